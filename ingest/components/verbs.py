"""`sovai_verbs_v1`: a sentence's verb the tagger read as a plural noun ("The Ministry grants
TNO an institutional subsidy": 'grants' tagged NNS, though the parser made it the root with
a subject before it and an object after it) is retagged as the verb it is.

Runs after the parser and the attribute ruler, before the lemmatizer, which then gives the
verb's lemma ("grant") as the fact rules read it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token


def _verb_read_as_noun(tok: Token) -> bool:
    if tok.tag_ != "NNS" or tok.dep_ != "ROOT" or not tok.lower_.endswith("s"):
        return False
    subject = any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
    return subject and any(c.dep_ in ("dobj", "dative") and c.i > tok.i for c in tok.children)


@Language.component("sovai_verbs_v1")
def retag_verbs(doc: Doc) -> Doc:
    for sent in doc.sents:
        root = sent.root
        if _verb_read_as_noun(root):
            root.tag_, root.pos_ = "VBZ", "VERB"
    return doc
