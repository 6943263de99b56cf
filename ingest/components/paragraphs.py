"""`sovai_paragraphs_v1`: a blank line (or a bullet line) ends a sentence; nothing else but
punctuation or a line break may end one.

Runs before the parser, which keeps preset sentence starts: a headline, a dateline blanked
by ingest.prose or a list item never runs into the next paragraph's first sentence, and the
parser never cuts a name in two mid-line ("Deutsche | Telekom and NVIDIA announced ...").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_BULLETS = frozenset("• · ▪ ‣ - * –".split())


@Language.component("sovai_paragraphs_v1")
def paragraphs(doc: Doc) -> Doc:
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        blank_line = tok.is_space and tok.text.count("\n") >= 2
        if blank_line or ("\n" in tok.text_with_ws and nxt.text in _BULLETS):
            nxt.is_sent_start = True
            if nxt.text in _BULLETS and nxt.i + 1 < len(doc):
                doc[nxt.i + 1].is_sent_start = False  # the bullet belongs to its item
        elif not (tok.is_punct or tok.is_space or "\n" in tok.whitespace_):
            nxt.is_sent_start = False
    return doc
