"""What a reader hands to the extractor: a document's text and what is known about it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class SourceText:
    """One document's main text. Evidence offsets are character offsets into `text`.

    For plain text and Markdown, `text` keeps the file's own offsets (removed boilerplate is
    blanked, not cut). For paged sources, `page_starts[i]` is where page i+1 begins in `text`.
    """

    path: Path
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    page_starts: tuple[int, ...] = field(default=())
    kind: str = "text"  # the reader that made it: text, markdown, html or pdf

    @property
    def doc(self) -> str:
        return self.path.name

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def page_of(self, offset: int) -> int | None:
        """The 1-based page an offset falls on, or None for unpaged sources."""
        if not self.page_starts:
            return None
        return sum(1 for start in self.page_starts if start <= offset) or 1
