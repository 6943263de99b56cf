"""Blanking: removing text without moving anything after it."""

from __future__ import annotations

from collections.abc import Iterable

Span = tuple[int, int]


def blank(text: str, spans: Iterable[Span]) -> str:
    """`text` with every character of `spans` but line breaks replaced by a space.

    Offsets into the result equal offsets into `text`, so evidence found in blanked text
    points at the same characters of the original file.
    """
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)
