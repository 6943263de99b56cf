"""Long texts in pieces spaCy accepts: cut at paragraph ends, else sentence ends, else spaces.

Each chunk carries its offset in the whole text, so evidence offsets stay exact.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"[.!?]\s+"), re.compile(r"\s+"))


def _cut(text: str, start: int, limit: int) -> int:
    """The best end for a chunk starting at `start`: the last break before the limit."""
    window = text[start : start + limit]
    for pattern in _BREAKS:
        ends = [m.end() for m in pattern.finditer(window)]
        if ends and ends[-1] > limit // 2:
            return start + ends[-1]
    return start + limit


def chunks(text: str, *, max_chars: int) -> Iterator[tuple[int, str]]:
    """(offset, piece) pairs covering `text` in order, each at most `max_chars` long."""
    start = 0
    while len(text) - start > max_chars:
        end = _cut(text, start, max_chars)
        yield start, text[start:end]
        start = end
    if start < len(text) or not text:
        yield start, text[start:]
