"""kg/neo4j/sync.py against the real server: idempotent, per-document, exact."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import neo4j
import pytest

from kg.loading import load_record
from kg.neo4j.projection import project
from kg.neo4j.sync import SyncReport, Writer, sync, sync_if_running, sync_store
from kg.records import read_record
from kg.store import open_store

pytestmark = pytest.mark.neo4j

DATA = Path(__file__).parent / "data"


def snapshot(driver: neo4j.Driver) -> tuple[list[Any], list[Any]]:
    """The projected graph as sorted plain data (bookkeeping nodes left out)."""
    nodes, _, _ = driver.execute_query(
        "MATCH (n:Resource) RETURN labels(n) AS labels, properties(n) AS props"
    )
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.uri AS a, b.uri AS b, properties(r) AS p"
    )

    def canon(rows: list[neo4j.Record]) -> list[str]:
        out = []
        for r in rows:
            d = r.data()
            if "labels" in d:
                d["labels"] = sorted(d["labels"])
            out.append(json.dumps(d, sort_keys=True, default=str))
        return sorted(out)

    return canon(nodes), canon(rels)


def test_sync_twice_changes_nothing(research_store: Path, neo4j_driver: neo4j.Driver) -> None:
    first = sync_store(research_store, neo4j_driver)
    assert first.changed == ["asia", "eu-compute", "gulf"]
    assert first.nodes_written > 0 and first.relationships_written > 0
    before = snapshot(neo4j_driver)
    second = sync_store(research_store, neo4j_driver)
    assert second.changed == [] and second.nodes_written == second.relationships_written == 0
    full = sync_store(research_store, neo4j_driver, full=True)
    assert full.changed == first.changed
    assert snapshot(neo4j_driver) == before


def test_every_fact_reaches_its_evidence(research_store: Path, neo4j_driver: neo4j.Driver) -> None:
    sync_store(research_store, neo4j_driver)
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (a:Actor)-[r:FUNDS|PARTNERS_WITH|DEVELOPS|SUPPLIES|INVESTS_IN|OPERATES_IN|"
        "MEMBER_OF|HEADQUARTERED_IN]->(b) "
        "OPTIONAL MATCH (e:Evidence)-[:DERIVED_FROM]->(d:Document) WHERE e.uri IN r.evidence "
        "RETURN type(r) AS t, count(e) AS evidence, collect(d.doc_id) AS docs"
    )
    assert records
    for r in records:
        assert r["evidence"] >= 1, r
    funds, _, _ = neo4j_driver.execute_query(
        "MATCH (g:Government {name: 'France'})-[f:FUNDS]->(x) RETURN f.amount_usd AS usd, "
        "f.year AS year, x.name AS x, f.quotes AS q"
    )
    assert [(r["usd"], r["year"], r["x"]) for r in funds] == [(5e8, 2023, "Mistral AI")]
    assert funds[0]["q"] == ["France gave Mistral $500 million in 2023."]


def _fresh(driver: neo4j.Driver, store: Path) -> tuple[list[Any], list[Any]]:
    driver.execute_query("MATCH (n) DETACH DELETE n")
    sync_store(store, driver)
    return snapshot(driver)


def test_removed_document_takes_exactly_its_facts(
    research_store: Path, neo4j_driver: neo4j.Driver
) -> None:
    sync_store(research_store, neo4j_driver)
    with open_store(research_store) as store:
        store.remove_document("gulf")
    report = sync_store(research_store, neo4j_driver)
    assert report.removed == ["gulf"] and report.changed == []
    assert report.nodes_deleted > 0 and report.relationships_deleted > 0
    after = snapshot(neo4j_driver)
    names, _, _ = neo4j_driver.execute_query("MATCH (n:Actor) RETURN collect(n.name) AS n")
    assert "G42" not in names[0]["n"] and "Microsoft" in names[0]["n"]
    docs, _, _ = neo4j_driver.execute_query(
        "MATCH (m:Firm {name: 'Microsoft'}) RETURN m.docs AS docs"
    )
    assert docs[0]["docs"] == ["eu-compute"]
    assert after == _fresh(neo4j_driver, research_store)


def test_reingested_document_replaces_its_facts(
    research_store: Path, neo4j_driver: neo4j.Driver
) -> None:
    sync_store(research_store, neo4j_driver)
    record = read_record(DATA / "asia.json")
    record.subsidies[0].amount_usd = 2.5e9
    record.relations = record.relations[:1]
    with open_store(research_store) as store:
        load_record(store, record, source="asia.json")
    report = sync_store(research_store, neo4j_driver)
    assert report.changed == ["asia"]
    usd, _, _ = neo4j_driver.execute_query(
        "MATCH (:Government {name: 'India'})-[f:FUNDS]->() RETURN f.amount_usd AS usd"
    )
    assert [r["usd"] for r in usd] == [2.5e9]
    assert snapshot(neo4j_driver) == _fresh(neo4j_driver, research_store)


def test_an_interrupted_sync_is_redone(research_store: Path, neo4j_driver: neo4j.Driver) -> None:
    with open_store(research_store, read_only=True) as store:
        projection = project(store)
    writer = Writer(neo4j_driver, batch=7)
    sync(writer, projection)
    # As if the last sync stopped before its fingerprints were written.
    neo4j_driver.execute_query("MATCH (s:SyncedDocument {doc_id: 'gulf'}) SET s.fingerprint = null")
    again: SyncReport = sync(writer, projection)
    assert again.changed == ["gulf"]
    assert sync(writer, projection).changed == []


def test_sync_if_running_follows_setting_and_server(
    research_store: Path, neo4j_driver: neo4j.Driver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_NEO4J_AUTOSYNC", "false")
    assert sync_if_running(research_store) is None
    monkeypatch.setenv("KG_NEO4J_AUTOSYNC", "true")
    report = sync_if_running(research_store)
    assert report is not None and report.changed == ["asia", "eu-compute", "gulf"]
    monkeypatch.setenv("KG_NEO4J_HOME", str(research_store.parent / "no-server"))
    assert sync_if_running(research_store) is None


def test_full_sync_repairs_lost_bookkeeping(
    research_store: Path, neo4j_driver: neo4j.Driver
) -> None:
    sync_store(research_store, neo4j_driver)
    before = snapshot(neo4j_driver)
    neo4j_driver.execute_query("MATCH (s:SyncedDocument) DELETE s")
    report = sync_store(research_store, neo4j_driver, full=True)
    assert report.changed == ["asia", "eu-compute", "gulf"]
    assert snapshot(neo4j_driver) == before


def test_kg_ingest_syncs_a_running_server(
    neo4j_driver: neo4j.Driver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    monkeypatch.setenv("KG_NEO4J_AUTOSYNC", "true")
    report = tmp_path / "report.txt"
    report.write_text("Microsoft invested $1.5 billion in G42, the Abu Dhabi-based firm.\n")
    result = CliRunner().invoke(app, ["--store", str(tmp_path / "store"), "ingest", str(report)])
    assert result.exit_code == 0, result.output
    assert "Neo4j synced" in result.output
    found, _, _ = neo4j_driver.execute_query(
        "MATCH (:Firm {name: $a})-[:INVESTS_IN]->(:Firm {name: $b}) RETURN count(*) AS n",
        a="Microsoft",
        b="G42",
    )
    assert found[0]["n"] == 1


def test_regression_new_document_reuses_a_removed_documents_node(
    neo4j_driver: neo4j.Driver, tmp_path: Path
) -> None:
    """A first-seen document asserting a node that a removed document left in Neo4j used to
    CREATE it again and fail on the uri constraint."""
    from kg.records import parse_record

    def store_with(doc: str) -> Path:
        path = tmp_path / doc
        record = parse_record({"doc": f"{doc}.txt", "entities": [{"name": "G42", "type": "Firm"}]})
        with open_store(path) as store:
            load_record(store, record, source=doc)
        return path

    sync_store(store_with("first"), neo4j_driver)
    report = sync_store(store_with("second"), neo4j_driver)
    assert report.changed == ["second"] and report.removed == ["first"]
    rows, _, _ = neo4j_driver.execute_query("MATCH (n:Firm {name: 'G42'}) RETURN n.docs AS docs")
    assert [r["docs"] for r in rows] == [["second"]]
