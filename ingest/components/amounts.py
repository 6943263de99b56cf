"""`sovai_amounts_v1`: an amount's currency word that is also an everyday English word reads
as a plural noun to the tagger and parser ("3 billion won in Hanwool Labs", where 'won'
would be the verb).

Runs before `tok2vec`, whose embeddings read each word's NORM: such a currency word right
after a number or scale word gets the norm "dollars", the most common amount noun in the
training text. Only the norm changes; the text, offsets and lemmas stay. (Every currency
word was tried: the parses of 'baht' or 'zloty' amounts got no better, some worse.)
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ingest.money import currencies

_SCALE_WORDS = frozenset("thousand million billion trillion crore crores lakh lakhs".split())
_AMOUNT_NORM = "dollars"
# currency names that are English words of another kind too
_EVERYDAY_WORDS = frozenset("won rand".split())


class AmountWords:
    def __init__(self) -> None:
        self.words = _EVERYDAY_WORDS & currencies().by_form.keys()

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc[1:]:
            if tok.lower_ not in self.words:
                continue
            before = doc[tok.i - 1]
            if before.like_num or before.lower_ in _SCALE_WORDS:
                tok.norm_ = _AMOUNT_NORM
        return doc


@Language.factory("sovai_amounts_v1")
def make_amount_words(nlp: Language, name: str) -> AmountWords:
    return AmountWords()
