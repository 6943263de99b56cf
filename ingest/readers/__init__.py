"""Readers: a report file to its SourceText. (Grows: HTML, PDF, boilerplate removal.)"""

from __future__ import annotations

from pathlib import Path

from ingest.source import SourceText


def read(path: Path) -> SourceText:
    """Reads a plain-text or Markdown report (file access: reads `path`)."""
    return SourceText(path=path, text=path.read_text(encoding="utf-8"))
