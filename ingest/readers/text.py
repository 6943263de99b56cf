"""Plain-text reports: header parsed and blanked, boilerplate blanked, offsets kept."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ingest.readers.boilerplate import remove_boilerplate
from ingest.readers.header import split_header
from ingest.readers.sniff import Kind
from ingest.readers.spans import Span
from ingest.source import SourceText


def prose_source(
    path: Path, text: str, *, kind: Kind = "text", links: Sequence[Span] = ()
) -> SourceText:
    """The SourceText of decoded text whose markup (if any) is already blanked."""
    header, text = split_header(text)
    text = remove_boilerplate(text, links=links, title=header.title)
    return SourceText(
        path=path,
        text=text,
        title=header.title,
        url=header.url,
        published=header.published,
        kind=kind,
    )
