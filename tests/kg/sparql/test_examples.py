"""Every example query has a description and runs on the endpoint; the ones the example data
can answer do."""

from __future__ import annotations

import json

import pytest

from kg.sparql.examples import examples
from tests.sparql_endpoint import Endpoint

ANSWERED_BY_THE_EXAMPLE_DATA = {
    "q01_public_funding",
    "q02_bloc_against_members",
    "q04_model_families",
    "q05_countries_model_developers",
    "q06_incumbent_partnerships",
    "q09_tie_network",
    "q10_hubs_by_degree",
    "q11_paths_uae_microsoft",
    "q12_ties_by_year",
    "q13_coverage_by_document",
}


def test_examples_cover_the_research_questions() -> None:
    assert len(examples()) >= 10
    assert all(e.description for e in examples())
    assert {e.name for e in examples()} >= ANSWERED_BY_THE_EXAMPLE_DATA


@pytest.mark.parametrize("example", examples(), ids=lambda e: e.name)
def test_example_runs(endpoint: Endpoint, example: object) -> None:
    reply = endpoint.post_form({"query": example.query}, "application/sparql-results+json")  # type: ignore[attr-defined]
    assert reply.status == 200, reply.text
    rows = json.loads(reply.body)["results"]["bindings"]
    if example.name in ANSWERED_BY_THE_EXAMPLE_DATA:  # type: ignore[attr-defined]
        assert rows, example.name  # type: ignore[attr-defined]
