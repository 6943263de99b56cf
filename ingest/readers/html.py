"""HTML reports: the main content and metadata, by trafilatura, from the bytes given only."""

from __future__ import annotations

import re
from pathlib import Path

import trafilatura

from ingest.source import SourceText
from kg.errors import Errors, KGError


def read_html(path: Path, html: str) -> SourceText:
    """Main text, title, URL (canonical or og:url) and date of an HTML page.

    No network access: trafilatura gets the page's content, never a URL to fetch.
    """
    try:
        document = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            # Dates from the page's markup only: the extensive search guesses a day from any
            # year in the prose ("February 2025" became 2025-01-01), a precision nobody stated.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as e:  # a parser failing on hostile input must not crash a batch
        raise KGError(Errors.E106, path=path, reason=f"{type(e).__name__}: {e}") from None
    text = getattr(document, "text", None)
    if not text or not text.strip():
        raise KGError(Errors.E106, path=path, reason="trafilatura finds no article text")
    return SourceText(
        path=path,
        # trafilatura gives one block (heading, paragraph, list item) per line: a blank line
        # between them, as in the other formats, keeps a headline out of the first sentence
        text=re.sub(r"\n+", "\n\n", text),
        title=getattr(document, "title", None) or None,
        url=getattr(document, "url", None) or None,
        published=getattr(document, "date", None) or None,
        kind="html",
    )
