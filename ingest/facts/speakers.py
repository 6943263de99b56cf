"""The turns of a transcript and the body each speaker speaks for.

A podcast, hearing or interview opens each turn with its speaker ("Priya Hollis:", "MS.
LUTZ.", "[00:04] Ana Ruiz:", "Q105 Tom Reeve:"); the turn's "we", "our" and "us" are the
body the speaker is introduced with elsewhere in the text ("Witnesses: ... Priya Hollis,
Chief Executive, Ledgerlight AI Ltd."; "My guest is Faizan Qidwai, co-founder of Awadh
Intelligence"). A turn whose speaker the text introduces with no body (the host, the chair)
says nothing of its "we".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ingest.facts.context import Sentence

# A turn's label at a line's start: an optional timestamp or question number, one to four
# capitalised words (a bracket may follow: "HOST (Ana Ruiz)"), then a colon, or a full stop
# after words in capitals ("DR. FELD.", as a hearing's record writes them).
_LABEL = re.compile(
    r"^[ \t]*(?:\[[\d:]+\][ \t]*)?(?:Q\d+[ \t]+)?"
    r"(?P<label>(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w'’-]*)"
    r"(?:[ \t]*(?P<bracket>\([^)\n]*\)))?(?P<end>:|\.)[ \t]",
    re.M,
)
# Words of a label that are no one's name.
_TITLES = frozenset(
    """mr mrs ms miss dr prof professor sir dame hon chair chairman chairwoman chairperson
    host co-host presenter moderator interviewer representative senator deputy minister
    ranking member rep mp fr father rev imam sheikh""".split()
)
# Words a paragraph's lead-in opens with that no speaker's label does ("On AI:", "Re 04:")
_OPENING_WORDS = frozenset(
    """on in at for from to with by about of as re and or but the a an first second third
    finally next then also""".split()
)
# How far after a speaker's name their body may be named ("Karen Lutz, Acting Director,
# CHIPS Program Office").
_INTRO_WINDOW = 14


@dataclass(frozen=True, slots=True)
class Turn:
    start: int  # the label's offset in the text
    end: int  # where the label ends
    label: str  # as written, less timestamp, question number and bracket
    surname: str | None  # casefolded; None for a label that names no one
    # where the label's bracket is: "Dr Johnson (Chief Executive Officer, Bureau of
    # Meteorology):" names the speaker's body in it
    bracket: tuple[int, int] | None = None


def turns(text: str) -> list[Turn]:
    """The speaker labels of the text, in order (the source text: the prose blanks a label
    in capitals, "VIKRAM MENON:", as it would a dateline)."""
    out = []
    for m in _LABEL.finditer(text):
        label = m.group("label")
        if m.group("end") == "." and not label.isupper():
            continue  # "Smaller awards matter." is a sentence, "MS. LUTZ." a speaker
        names = [w.strip(".").casefold() for w in label.split()]
        if names[0] in _OPENING_WORDS:
            continue  # "On AI: in June, Enova awarded us ...": a topic, not a speaker
        names = [w for w in names if w not in _TITLES]
        surname = names[-1] if names else None
        bracket = m.span("bracket") if m.group("bracket") else None
        out.append(Turn(m.start(), m.end(), label, surname, bracket))
    return out


def speaker_bodies(
    labels: list[Turn], sentences: list[Sentence], is_body: Callable[[int], bool]
) -> dict[str, int]:
    """Each speaker's body: the first body named after the speaker's name outside the turn
    labels, in the same item of a list or introduction (no ';', blank line or other
    speaker's name between)."""
    wanted = {t.surname for t in labels if t.surname is not None}
    spans = [(t.start, t.end) for t in labels]
    found: dict[str, int] = {}
    for sent in sentences:
        for tok in sent.tokens:
            name = tok.text.strip(".").casefold()
            if name not in wanted or name in found or tok.pos_ != "PROPN":
                continue
            pos = sent.offset + tok.idx
            if any(start <= pos < end for start, end in spans):
                continue
            for m in sent.mentions:
                if not 0 < m.span.start - tok.i <= _INTRO_WINDOW or not is_body(m.entity):
                    continue
                between = tok.doc[tok.i + 1 : m.span.start]
                # (the rest of the speaker's own name: "Fr. Dennis Cabral", labelled both
                # "FR. DENNIS CABRAL:" and "FR. DENNIS:")
                own = next((k for k, t in enumerate(between) if t.pos_ != "PROPN"), len(between))
                between = between[own:]
                if not any(
                    t.text == ";" or "\n\n" in t.text or t.text.strip(".").casefold() in wanted
                    for t in between
                ):
                    found[name] = m.entity
                break
    return found


def bracket_bodies(
    labels: list[Turn], sentences: list[Sentence], is_body: Callable[[int], bool]
) -> dict[int, int]:
    """The body a turn's label names in its bracket ("Dr Johnson (Chief Executive Officer,
    Bureau of Meteorology):", "Witness (Polaris Lexica):"), by the label's offset: each turn
    its own, as a hearing labels several speakers "Witness"."""
    bracketed = [(t.start, *t.bracket) for t in labels if t.bracket]
    found: dict[int, int] = {}
    for sent in sentences if bracketed else []:
        for m in sent.mentions:
            for label, start, end in bracketed:
                if start <= m.start < end and is_body(m.entity):
                    found.setdefault(label, m.entity)
    return found


def turn_at(labels: list[Turn], starts: list[int], pos: int) -> Turn | None:
    """The turn the text at `pos` belongs to (`starts`: the labels' offsets), if any."""
    k = bisect_right(starts, pos)
    return labels[k - 1] if k else None
