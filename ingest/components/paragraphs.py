"""`sovai_paragraphs_v1`: a blank line, a bullet line, a numbered, dated or table-row line
("2. KDDI Corporation", "24 Jul — Microsoft / G42 — ...", "3  | TNO | ...", "Bac Ninh |
Amkor | Vietnam"), a short label line ("Data Centres", a section name over a headline) or a
question's line ends a sentence; nothing else but punctuation or a line break may end one.

Runs before the parser, which keeps preset sentence starts: a headline, a dateline blanked
by ingest.prose or a list item never runs into the next paragraph's first sentence, and the
parser never cuts a name in two mid-line ("Deutsche | Telekom and NVIDIA announced ...").
"""

from __future__ import annotations

import re
from typing import cast

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span
from thinc.types import Ints2d

from ingest.lexicon import CALENDAR_WORDS, LIST_BULLETS
from ingest.names import is_legal_word
from ingest.readers.boilerplate import ROMAN_ITEM, is_table_row, line_at

_LABEL_MAX_WORDS = 6
# a legal text's numbered heading may be longer: "Section 7 - Aid ceiling and EU rules"
_NUMBERED_HEADING = re.compile(
    r"\s*(?:Section|Article|Art\.|Chapter|Part|Annex|Schedule|Clause|Title)\s+(?:\d+|[IVXLC]+)[a-z]?\b"
)
_NUMBERED_HEADING_MAX_WORDS = 12
# A dot bullet, which the tagger may read as a word of its item ("• Slovenia and Poland are
# both EU member states": a verb with Slovenia under it), is a sentence of its own; dashes
# and stars stay with their items (splitting them off cost more than it gained).
_DOT_BULLETS = frozenset("• ▪ ‣ ·".split())
_ITEM_LABEL = re.compile(r"[a-z]|\d{1,2}|[ivx]{1,4}")
# a legal text's item lettered with a stop, one token: "a.", "b."
_LETTER_ITEM = re.compile(r"[a-z]\.")
# Words that only open a sentence after a legal form's full stop ("... Kakatiya Neural Labs
# Pvt. Ltd. The institute shall ...": the tokenizer keeps the stop in "Ltd.")
_OPENING_WORDS = frozenset("The This These It Its They We He She".split())


@Language.component("sovai_paragraphs_v1")
def paragraphs(doc: Doc) -> Doc:
    line_start = 0
    # (a table row is one sentence: the parser cut "| No. | Company (region) | Grant |" after
    # "No." and the bracket, and the header was no header any more)
    text = doc.text  # (built anew on every access: once)
    in_row = is_table_row(line_at(text, 0))
    # (decided here and written once: setting a token's is_sent_start scans the whole Doc
    # for a parse each time, quadratic in its length)
    starts: list[int] = doc.to_array([SENT_START]).astype(numpy.int64).tolist()
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        blank_line = tok.is_space and tok.text.count("\n") >= 2
        line_ends = "\n" in tok.text_with_ws
        label = row = False
        if line_ends:
            line = doc[line_start : tok.i + 1]
            # (a paragraph may open with its number: "Art. 5 Cooperation" over "1 The ...")
            numbered = nxt.is_digit and nxt.i + 1 < len(doc) and doc[nxt.i + 1].is_title
            label = (nxt.text[:1].isupper() or numbered) and (
                _is_label(line)
                or (_opens_paragraph(doc, line.start) and _is_label(line, sentence_case=True))
            )
            row = in_row  # (the line just ended)
            line_start = tok.i + 1
            in_row = is_table_row(line_at(text, nxt.idx))
        item = line_ends and (nxt.text in LIST_BULLETS or item_start(doc, nxt.i))
        # ("Q2. Who has received funding?" | "A. In 2025 the MOEA awarded ...": a question
        # ends where its line does)
        asked = line_ends and (
            tok.text == "?" or (tok.is_space and tok.i > 0 and doc[tok.i - 1].text == "?")
        )
        if blank_line or label or row or item or asked:
            starts[nxt.i] = 1
            if item:
                # the bullet or label belongs to its item ("1. Sakura Internet Inc.", "(iv) No")
                after_dot = nxt.i + 1 < len(doc) and doc[nxt.i + 1].text in (".", ")")
                glued = 3 if nxt.text == "(" else 2 if after_dot else 1
                for j in range(nxt.i + 1, min(nxt.i + 1 + glued, len(doc))):
                    starts[j] = -1
                if nxt.text in _DOT_BULLETS and nxt.i + 1 < len(doc):
                    starts[nxt.i + 1] = 1
        elif tok.text.endswith(".") and is_legal_word(tok.text) and nxt.text in _OPENING_WORDS:
            starts[nxt.i] = 1
        elif in_row or not (tok.is_punct or tok.is_space or "\n" in tok.whitespace_):
            starts[nxt.i] = -1
        elif tok.text == "." and tok.i == line_start + 1 and doc[line_start].text == "Art":
            starts[nxt.i] = -1  # "Art. 5 Cooperation": the heading's own stop
    # (-1 wraps to the unsigned form Doc arrays hold, as Doc.to_array writes it)
    column = numpy.array(starts, dtype=numpy.int64).astype(numpy.uint64).reshape(-1, 1)
    return doc.from_array([SENT_START], cast(Ints2d, column))


def item_start(doc: Doc, i: int) -> bool:
    """Whether a line starting at token i opens a list item or table row: '2.', '3)', '(b)',
    '| 1 |', '1  |', '24 Jul —', 'II -'."""
    first = doc[i]
    after = next((t for t in doc[i + 1 : i + 3] if not t.is_space), None)
    if first.text == "|" or (after is not None and ROMAN_ITEM.match(f"{first.text} {after.text} ")):
        return True  # ("II - BRL 60 million to ...": a legal text's item)
    if first.text == "(" and i + 2 < len(doc) and doc[i + 2].text == ")":
        return bool(_ITEM_LABEL.fullmatch(doc[i + 1].text))  # "(b) Thirlmere and ...", "(iv)"
    if _LETTER_ITEM.fullmatch(first.text) or (
        after is not None and len(first.text) == 1 and first.is_lower and after.text == ")"
    ):
        return True  # "a. EUR 4.8 million to ...", "b) Noordvlees Verwerking B.V."
    if not (first.is_digit and len(first.text) <= 2) or after is None:
        return False
    return after.text in (".", ")", "|") or after.text.rstrip(".").title() in CALENDAR_WORDS


def _opens_paragraph(doc: Doc, i: int) -> bool:
    return i == 0 or (doc[i - 1].is_space and doc[i - 1].text.count("\n") >= 2)


def _is_label(line: Span, *, sentence_case: bool = False) -> bool:
    """A short line of capitalised words and no sentence punctuation: a section's name or
    a heading, never a line of wrapped prose ("signed a deal with"). In `sentence_case`
    only its first word is capitalised ("Vietnam's state champions step up"), and it must
    open a paragraph: a hard-wrapped paragraph's first line is long."""
    stops: tuple[str, ...] = (".", "!", "?", ":", ";", ",")
    if item_start(line.doc, line.start):  # "2. Allocations from the Consolidated Fund"
        line = line[2:] if line[0].text != "(" else line[3:]
        # (an item's heading may hold a colon: "3. Slovakia: small but moving"; "2. La Presse
        # — Amount: C$850,000" is an item's first field)
        if not any(c.isdigit() for c in line.text):
            stops = (".", "!", "?", ";", ",")
    words = [t for t in line if not (t.is_space or t.is_punct)]
    if not words:
        return False
    numbered = _NUMBERED_HEADING.match(line.text)
    longest = _NUMBERED_HEADING_MAX_WORDS if numbered else _LABEL_MAX_WORDS
    # (the stop of "Art. 5 Cooperation" is the heading word's)
    after = line[0].idx + numbered.end() if numbered else line[0].idx
    if not 0 < len(words) <= longest or any(t.text in stops and t.idx >= after for t in line):
        return False
    if sentence_case:
        return words[0].text[:1].isupper() and not words[-1].is_stop
    return all(t.text[:1].isupper() or not t.is_alpha for t in words)
