"""Readers: a report file (plain text, Markdown, HTML or PDF) to its SourceText.

`read(path)` is the one entry point. Every failure is a `KGError` with a code E100-E149 that
names the file and the reason; nothing here touches the network.
"""

from __future__ import annotations

from pathlib import Path

from ingest.readers.decode import decode
from ingest.readers.html import read_html
from ingest.readers.limits import ReadLimits
from ingest.readers.markdown import markdown_title, strip_markdown
from ingest.readers.pdf import read_pdf
from ingest.readers.sniff import HEAD_BYTES, sniff
from ingest.readers.text import prose_source
from ingest.source import SourceText
from kg.errors import Errors, KGError

__all__ = ["ReadLimits", "read"]


def read(path: Path, *, limits: ReadLimits | None = None) -> SourceText:
    """The main text of the report at `path` (file access: reads `path`, nothing else).

    `limits` defaults to the settings table (max_file_bytes, max_text_chars, max_pdf_pages).
    """
    limits = limits or ReadLimits.from_settings()
    data = _read_bytes(path, limits)
    kind = sniff(path, data[:HEAD_BYTES])
    if kind == "pdf":
        source = read_pdf(path, data, limits=limits)
    elif kind == "html":
        source = read_html(path, _text(path, data))
    else:
        # Text is checked before boilerplate removal, which is the costly part.
        text = _within_limit(path, _text(path, data), limits)
        md = kind == "markdown"
        source = prose_source(
            path,
            text,
            kind=kind,
            strip_markup=strip_markdown if md else None,
            find_title=markdown_title if md else None,
        )
    _within_limit(path, source.text, limits)
    return source


def _within_limit(path: Path, text: str, limits: ReadLimits) -> str:
    if len(text) > limits.max_text_chars:
        raise KGError(Errors.E105, path=path, limit=limits.max_text_chars)
    return text


def _read_bytes(path: Path, limits: ReadLimits) -> bytes:
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            raise KGError(Errors.E104, path=path, size=size, limit=limits.max_file_bytes)
        with path.open("rb") as f:
            # Read one byte past the limit: the file may have grown since stat().
            data = f.read(limits.max_file_bytes + 1)
    except OSError as e:
        raise KGError(Errors.E009, path=path, reason=e.strerror or str(e)) from None
    if len(data) > limits.max_file_bytes:
        raise KGError(Errors.E104, path=path, size=len(data), limit=limits.max_file_bytes)
    if not data.strip():
        raise KGError(Errors.E100, path=path)
    return data


def _text(path: Path, data: bytes) -> str:
    text = decode(data, path=path)
    if not text.strip():
        raise KGError(Errors.E100, path=path)
    return text
