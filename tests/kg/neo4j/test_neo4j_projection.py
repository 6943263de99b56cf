"""kg/neo4j/projection.py: the store as nodes and relationships, without a server."""

from __future__ import annotations

from pathlib import Path

from kg.neo4j.projection import RESOURCE, project
from kg.store import open_store


def test_projection_follows_the_ontology(research_store: Path) -> None:
    with open_store(research_store, read_only=True) as store:
        p = project(store)
    france = p.nodes["https://w3id.org/sovereign-ai/id/country/FRA"]
    assert france.labels == {RESOURCE, "Actor", "Government"}
    assert france.docs == {"eu-compute"}
    microsoft = next(n for n in p.nodes.values() if n.values["name"].get("Microsoft"))
    assert microsoft.docs == {"eu-compute", "gulf"}
    props = france.properties(frozenset({"aliases"}))
    assert props["name"] == "France" and props["aliases"] == ["French government"]
    assert props["iso3"] == "FRA"
    funds = [r for r in p.relationships.values() if r.type == "FUNDS" and r.start == france.uri]
    assert len(funds) == 1
    fund = funds[0].properties()
    assert fund["amount_usd"] == 5e8 and fund["year"] == 2023 and fund["docs"] == ["eu-compute"]
    assert fund["quotes"] == ["France gave Mistral $500 million in 2023."]
    assert set(p.fingerprints) == {"asia", "eu-compute", "gulf"}


def test_relations_stated_by_two_documents_carry_both(research_store: Path) -> None:
    with open_store(research_store, read_only=True) as store:
        p = project(store)
    hq = [
        r
        for r in p.relationships.values()
        if r.type == "HEADQUARTERED_IN" and r.start.endswith("/firm/microsoft")
    ]
    assert len(hq) == 1 and hq[0].docs == {"eu-compute", "gulf"}
    assert len(hq[0].evidence) == 2 and hq[0].quotes == {"US-based Microsoft"}
