from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers.html import read_html
from kg.errors import Errors, KGError

PAGE = """<!DOCTYPE html><html><head><title>France backs Mistral | Example News</title>
<link rel="canonical" href="https://example.org/france-mistral">
<meta property="article:published_time" content="2025-02-10T09:00:00Z"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/atlanta">Atlanta</a></li></ul></nav>
<article><h1>France backs Mistral</h1>
<p>France pledged EUR 20bn to Mistral AI in 2025, the ministry said on Tuesday in Paris.</p>
<p>The money will fund a data centre near Paris that Nvidia will supply with chips.</p>
</article><footer>&copy; 2025 Example News. All rights reserved.</footer></body></html>"""


def test_main_content_and_metadata() -> None:
    source = read_html(Path("page.html"), PAGE)
    assert "France pledged EUR 20bn to Mistral AI" in source.text
    assert "Nvidia will supply" in source.text
    assert "Atlanta" not in source.text and "rights reserved" not in source.text
    assert source.url == "https://example.org/france-mistral"
    assert source.published == "2025-02-10"
    assert source.title and "France backs Mistral" in source.title
    assert source.kind == "html"


def test_regression_no_publication_date_guessed_from_a_year_in_the_prose() -> None:
    page = PAGE.replace(
        '<meta property="article:published_time" content="2025-02-10T09:00:00Z">', ""
    )
    page = page.replace("in 2025, the ministry", "in February 2025, the ministry")
    assert read_html(Path("page.html"), page).published is None


@pytest.mark.parametrize("html", ["<html><body></body></html>", "<<<>>> <div", "<p>"])
def test_html_without_main_text_is_an_error(html: str) -> None:
    with pytest.raises(KGError) as e:
        read_html(Path("bad.html"), html)
    assert e.value.code is Errors.E106 and "bad.html" in str(e.value)


def test_headline_and_paragraphs_are_apart_by_a_blank_line() -> None:
    text = read_html(Path("page.html"), PAGE).text
    assert "France backs Mistral\n\nFrance pledged" in text
    assert "in Paris.\n\nThe money" in text
