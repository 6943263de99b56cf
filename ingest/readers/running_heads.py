"""Running heads and feet of paged text: a line printed at the top or foot of most pages."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from ingest.readers.spans import Span, blank

_EDGE_LINES = 3  # lines at each end of a page where running heads and feet sit
_MIN_PAGES = 3
_MIN_SHARE = 0.5
_DIGITS = re.compile(r"\d+")


def blank_running_heads(text: str, page_starts: Sequence[int]) -> str:
    """`text` with lines that recur at the edges of most pages blanked ("Annual Report | 12").

    Page numbers vary, so digits are ignored when comparing lines. Offsets are kept.
    """
    pages = len(page_starts)
    if pages < _MIN_PAGES:
        return text
    edges = [list(_edge_lines(text, start, end)) for start, end in _pages(text, page_starts)]
    seen = Counter(key for lines in edges for key in {key for key, _ in lines})
    running = {key for key, n in seen.items() if n >= _MIN_PAGES and n >= _MIN_SHARE * pages}
    return blank(text, [span for lines in edges for key, span in lines if key in running])


def _pages(text: str, page_starts: Sequence[int]) -> Iterator[Span]:
    yield from zip(page_starts, [*page_starts[1:], len(text)], strict=True)


def _edge_lines(text: str, start: int, end: int) -> Iterator[tuple[str, Span]]:
    lines = [m for m in re.finditer(r"[^\n]+", text[start:end]) if m[0].strip()]
    edge = lines[:_EDGE_LINES] + lines[_EDGE_LINES:][-_EDGE_LINES:]
    for m in edge:
        yield (
            _DIGITS.sub("#", " ".join(m[0].split()).casefold()),
            (start + m.start(), start + m.end()),
        )
