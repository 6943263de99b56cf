"""Content negotiation: q-values, wildcards, specificity, our order on ties."""

from __future__ import annotations

import pytest

from kg.sparql.negotiation import GRAPH_FORMATS, HTML, SOLUTION_FORMATS, choose


@pytest.mark.parametrize(
    ("accept", "key"),
    [
        (None, "json"),
        ("*/*", "json"),
        ("text/*", "xml"),  # text/xml is one of its types
        ("application/sparql-results+xml", "xml"),
        ("application/json", "json"),
        ("text/csv;q=0.2, text/tab-separated-values", "tsv"),
        ("text/csv;q=0.1, application/sparql-results+json;q=0.05", "csv"),
        ("*/*;q=0.1, text/csv;q=0", "json"),
    ],
)
def test_solutions(accept: str | None, key: str) -> None:
    chosen = choose(accept, SOLUTION_FORMATS)
    assert chosen is not None and chosen.key == key


def test_nothing_acceptable() -> None:
    assert choose("text/turtle", SOLUTION_FORMATS) is None
    assert choose("text/csv;q=0", SOLUTION_FORMATS[2:3]) is None


def test_browsers_get_the_page_and_tools_the_description() -> None:
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    assert choose(browser, (*GRAPH_FORMATS, HTML)) is HTML
    assert choose("*/*", (*GRAPH_FORMATS, HTML)) is GRAPH_FORMATS[0]
