from __future__ import annotations

from pathlib import Path

from ingest.readers.markdown import strip_markdown
from ingest.readers.text import prose_source


def test_header_then_markup_then_boilerplate() -> None:
    text = (
        "---\ntitle: France backs Mistral\n---\n\n"
        "France pledged [EUR 20bn](https://x.org) to *Mistral AI* in 2025, the ministry said.\n"
        "\n[Share on LinkedIn](https://linkedin.com/share)\n"
    )
    source = prose_source(Path("a.md"), text, kind="markdown", strip_markup=strip_markdown)
    assert source.title == "France backs Mistral"
    assert len(source.text) == len(text)
    assert " ".join(source.text.split()) == (
        "France pledged EUR 20bn to Mistral AI in 2025, the ministry said."
    )
