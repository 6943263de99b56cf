"""Tables aligned with spaces: their gutters marked with bars, every offset kept.

A plain-text notice may set its awards out in columns of spaces, under a rule of dashes:

    Ref    Recipient                 Amount (KES)
    -----  ------------------------  ------------
    G-01   Nairobi Lugha Labs Ltd     180,000,000

The rest of the reader (boilerplate removal, the award lists) knows tables by their bars,
so each gutter (a column of spaces that every line of the table leaves blank) gets one, in
place of a space: "G-01 | Nairobi Lugha Labs Ltd  |  180,000,000". Only spaces change, so
every character keeps its offset.
"""

from __future__ import annotations

import re

# two cells or more on one line: text, a gap of two spaces or more, text
_GAP = re.compile(r"\S {2,}(?=\S)")
_MIN_GAPS = 2  # three cells at least
_MIN_ROWS = 3  # a header and two rows
_GUTTER_MIN = 2  # the blank columns between two cells


def _is_row(line: str) -> bool:
    return "|" not in line and len(_GAP.findall(line)) >= _MIN_GAPS


def bar_aligned_tables(text: str) -> str:
    """The text with a bar in each gutter of its space-aligned tables."""
    if "  " not in text:
        return text
    lines = text.split("\n")
    block: list[int] = []  # the indices of a run of non-blank lines
    for i, line in enumerate([*lines, ""]):
        if line.strip():
            block.append(i)
            continue
        _bar_block(lines, block)
        block = []
    return "\n".join(lines)


def _bar_block(lines: list[str], block: list[int]) -> None:
    """Bars in the gutters of a run of lines, if its rows (less any prose line above or
    below them) are a table: `_MIN_ROWS` rows of three cells or more, and gutters every
    line leaves blank. A cell's wrapped line inside the table may hold fewer cells."""
    rows = [i for i in block if _is_row(lines[i])]
    if len(rows) < _MIN_ROWS:
        return
    table = range(rows[0], rows[-1] + 1)
    width = max(len(lines[i]) for i in table)
    blank = [all(c >= len(lines[i]) or lines[i][c] == " " for i in table) for c in range(width)]
    # (the indent before the first cell is no gutter)
    start = min(len(lines[i]) - len(lines[i].lstrip(" ")) for i in table)
    gutters: list[int] = []
    c = start
    while c < width:
        if not blank[c]:
            c += 1
            continue
        end = c
        while end < width and blank[end]:
            end += 1
        if end - c >= _GUTTER_MIN and end < width:
            # (a space on either side of the bar where the gutter is wide enough)
            gutters.append(end - 2 if end - c > _GUTTER_MIN else c)
        c = end
    if len(gutters) < _MIN_GAPS:
        return
    for i in table:
        line = lines[i]
        marks = [g for g in gutters if g < len(line.rstrip())]
        for g in marks:
            line = line[:g] + "|" + line[g + 1 :]
        lines[i] = line
