"""The explorer's data access, on the research store (three small documents)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest

from kg import explorer
from kg.store import KnowledgeStore, open_store

UAE = "https://w3id.org/sovereign-ai/id/country/ARE"
MICROSOFT = "https://w3id.org/sovereign-ai/id/firm/microsoft"
CAP = 100


@pytest.fixture
def store(research_store: Path) -> Iterator[KnowledgeStore]:
    with open_store(research_store, read_only=True) as store:
        yield store


def test_class_counts_name_every_class(store: KnowledgeStore) -> None:
    counts = dict(explorer.class_counts(store).rows)
    assert counts["Document"] == "3"
    assert counts["Subsidy"] == "5"


def test_documents_list_source_files(store: KnowledgeStore) -> None:
    assert explorer.documents(store, cap=CAP).column("source") == [
        "asia.txt",
        "eu_compute.txt",
        "gulf.txt",
    ]


def test_subsidies_carry_quote_and_source_and_filter_by_funder(store: KnowledgeStore) -> None:
    every = explorer.subsidies(store, cap=CAP)
    assert {"funder", "recipient", "amount", "usd", "year", "quote", "source"} <= set(every.columns)
    assert all(r["quote"] and r["source"] for r in every.records())
    france = explorer.subsidies(store, funder="France", cap=CAP)
    assert france.column("funder") == ["France"] and france.column("recipient") == ["Mistral AI"]


def test_row_cap_cuts_and_says_so(store: KnowledgeStore) -> None:
    table = explorer.subsidies(store, cap=2)
    assert len(table.rows) == 2 and table.truncated


def test_find_actors_matches_names_and_aliases_in_any_case(store: KnowledgeStore) -> None:
    by_alias = explorer.find_actors(store, "uae", cap=CAP).records()
    assert [(a["actor"], a["type"]) for a in by_alias] == [(UAE, "Government")]
    assert "UAE" in by_alias[0]["aliases"]
    assert "Mistral AI" in explorer.find_actors(store, "MISTRAL", cap=CAP).column("name")


def test_actor_facts_cover_relations_subsidies_and_ventures(store: KnowledgeStore) -> None:
    facts = explorer.actor_facts(store, MICROSOFT, cap=CAP).records()
    ties = {f["tie"] for f in facts}
    assert {"invests in", "headquartered in", "operates in", "Joint venture or partnership"} <= ties
    assert all(f["quote"] and f["document"] for f in facts)
    assert all("Microsoft" in (f["from"], f["to"]) for f in facts)


def test_paths_join_uae_and_microsoft_with_evidence(store: KnowledgeStore) -> None:
    net = explorer.network(store, cap=1000)
    paths = net.paths(UAE, MICROSOFT, most=3)
    assert paths[0] == [UAE, MICROSOFT]  # Microsoft operates in the UAE
    assert len(paths) == 3 and all(len(a) <= len(b) for a, b in pairwise(paths))
    evidence = net.evidence(paths[1]).records()
    assert evidence and all(e["quote"] and e["document"] for e in evidence)


def test_no_path_between_unconnected_or_unknown_actors(store: KnowledgeStore) -> None:
    net = explorer.network(store, cap=1000)
    assert net.paths(UAE, "https://w3id.org/sovereign-ai/id/aimodel/sarvam-1", most=3) == []
    assert net.paths(UAE, "https://example.org/nobody", most=3) == []
    assert net.paths(UAE, UAE, most=3) == []
