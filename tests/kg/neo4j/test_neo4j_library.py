"""Every query of kg/neo4j/queries against a graph of the three test documents."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import neo4j
import pytest

from kg.neo4j.cypher import Rows, run_read
from kg.neo4j.library import library
from kg.neo4j.sync import sync_store

RunQuery = Callable[..., list[dict[str, Any]]]


def test_library_has_a_described_query_per_research_question() -> None:
    queries = library()
    assert len(queries) >= 12
    for q in queries.values():
        assert q.description and q.text, q.name
        for param in q.params:
            assert f"${param}" in q.text, (q.name, param)


@pytest.fixture
def ask(research_store: Path, neo4j_driver: neo4j.Driver) -> RunQuery:
    sync_store(research_store, neo4j_driver)

    def run(name: str, **params: Any) -> list[dict[str, Any]]:
        q = library()[name]
        rows: Rows = run_read(
            neo4j_driver, q.text, {**q.params, **params}, timeout=30, row_cap=1000
        )
        return [dict(zip(rows.columns, r, strict=True)) for r in rows.rows]

    return run


@pytest.mark.neo4j
def test_every_library_query(ask: RunQuery) -> None:
    seen = set()

    def check(name: str, **params: Any) -> list[dict[str, Any]]:
        seen.add(name)
        return ask(name, **params)

    flows = check("funding_flows")
    assert flows[0]["funder"] == "India" and flows[0]["amount_usd"] == 1.2e9
    assert flows[0]["quote"] == "India will give Sarvam AI $1.2 billion in 2025."
    assert flows[0]["document"] == "asia"
    assert {r["funder"] for r in check("funding_flows", funder="EU")} == {"European Union"}

    blocs = {r["bloc"]: r for r in check("subsidies_by_bloc")}
    assert blocs["European Union"]["bloc_usd"] == 1e9
    assert blocs["European Union"]["members_usd"] == 7e8
    assert {m["member"] for m in blocs["European Union"]["members"]} == {"France", "Germany"}

    funds = check("state_fund_investments")
    assert [(r["investor"], r["investee"], r["investor_country"]) for r in funds] == [
        ("MGX", "G42", "United Arab Emirates")
    ]
    assert check("state_fund_investments", investors=["Microsoft"])[0]["investee"] == "G42"

    models = {r["model"]: r for r in check("model_families")}
    assert models["Mistral Large"]["developers"] == ["Mistral AI"]
    assert models["Mistral Large"]["developer_countries"] == ["France"]
    assert set(models["Mistral Large"]["funders"]) == {"European Union", "France"}
    assert models["Mistral Large"]["foreign_base"] == ["Nvidia"]
    assert models["Falcon"]["funders"] == ["United Arab Emirates"]

    domestic = {
        r["country"]: r["has_domestic_developer"] for r in check("domestic_model_developers")
    }
    assert domestic["France"] and domestic["India"] and domestic["United Arab Emirates"]
    assert not domestic["Japan"] and not domestic["Germany"]

    ventures = check("incumbent_partnerships")
    assert [(r["country"], r["incumbent"], r["local_partner"]) for r in ventures] == [
        ("France", "Microsoft", "Mistral AI"),
        ("United Arab Emirates", "Microsoft", "G42"),
    ]

    single = {r["country"]: r["suppliers"] for r in check("single_supplier_dependence")}
    assert single == {"France": ["Nvidia"], "United Arab Emirates": ["Nvidia"]}

    operators = {r["country"]: r for r in check("datacentre_operators")}
    assert operators["United Arab Emirates"]["local_operators"] == ["Khazna"]
    assert operators["United Arab Emirates"]["foreign_operators"] == ["Microsoft"]
    assert operators["France"]["local_operators"] == []

    hubs = check("hubs", limit=2)
    assert [r["actor"] for r in hubs] == ["Microsoft", "Mistral AI"]

    fault = {r["actor"]: r["blocs"] for r in check("fault_line_actors")}
    assert sorted(fault["Microsoft"]) == ["European Union", "Gulf Cooperation Council"]
    assert sorted(fault["Nvidia"]) == ["European Union", "Gulf Cooperation Council"]

    paths = check("connection_paths", **{"from": "UAE", "to": "Microsoft"})
    assert [(p["path"], p["hops"]) for p in paths] == [(["United Arab Emirates", "Microsoft"], 1)]
    assert paths[0]["edges"][0]["type"] == "OPERATES_IN"
    assert paths[0]["edges"][0]["quotes"] == ["Microsoft operates a cloud region in the UAE."]
    via_g42 = check("connection_paths", **{"from": "G42", "to": "France"})
    assert via_g42[0]["path"] == ["G42", "Microsoft", "France"]
    assert all(edge["quotes"] for p in via_g42 for edge in p["edges"])

    since = check("ties_since", year=2025)
    assert [(r["from"], r["to"], r["year"]) for r in since] == [("India", "Sarvam AI", 2025)]

    docs = {r["document"]: r for r in check("coverage_by_document")}
    assert set(docs) == {"asia", "eu-compute", "gulf"}
    assert docs["eu-compute"]["facts"] == 13 and docs["eu-compute"]["entities"] == 9

    countries = {r["country"]: r["documents"] for r in check("coverage_by_country")}
    assert countries["United States"] == 2 and countries["Japan"] == 1

    review = check("low_confidence_facts", max_confidence=0.4)
    assert {r["quote"] for r in review} == {"MGX may invest in G42.", "a Tokyo lab"}

    assert seen == set(library()), f"untested: {set(library()) - seen}"
