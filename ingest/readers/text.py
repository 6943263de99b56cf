"""Plain-text (and Markdown) reports: header parsed and blanked, tables aligned with spaces
given bars, boilerplate blanked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ingest.readers.aligned_tables import bar_aligned_tables
from ingest.readers.boilerplate import remove_boilerplate
from ingest.readers.escapes import restore_line_breaks
from ingest.readers.header import split_header
from ingest.readers.sniff import Kind
from ingest.readers.spans import Span
from ingest.source import SourceText

MarkupStripper = Callable[[str], tuple[str, list[Span]]]
TitleFinder = Callable[[str], str | None]


def prose_source(
    path: Path,
    text: str,
    *,
    kind: Kind = "text",
    strip_markup: MarkupStripper | None = None,
    find_title: TitleFinder | None = None,
) -> SourceText:
    """The SourceText of a decoded text report; every offset is the file's own.

    `strip_markup` blanks markup (after the header is parsed) and returns link-text spans;
    `find_title` names the document when its header does not.
    """
    header, text = split_header(restore_line_breaks(text))
    title = header.title or (find_title(text) if find_title else None)
    links: list[Span] = []
    if strip_markup is not None:
        text, links = strip_markup(text)
    text = remove_boilerplate(bar_aligned_tables(text), links=links, title=title)
    return SourceText(
        path=path,
        text=text,
        title=title,
        url=header.url,
        published=header.published,
        kind=kind,
    )
