"""The store of record: per-document named graphs, atomic replace, exact removal."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from kg.errors import Errors, KGError
from kg.loading import load_file, load_record
from kg.records import parse_record
from kg.results import Rows
from kg.store import KnowledgeStore, open_store
from tests.conftest import EXAMPLE


def snapshot(store: KnowledgeStore) -> list[str]:
    return sorted(str(q) for q in store.quads())


def test_load_twice_leaves_store_identical(store_dir: Path) -> None:
    with open_store(store_dir) as store:
        load_file(store, EXAMPLE)
        first = snapshot(store)
        load_file(store, EXAMPLE)
        assert snapshot(store) == first


def test_reload_replaces_exactly_the_document(store_dir: Path, tiny: dict[str, Any]) -> None:
    with open_store(store_dir) as store:
        load_file(store, EXAMPLE)
        load_record(store, parse_record(tiny), source="tiny")
        example_only = [q for q in snapshot(store) if "uae_falcon_example" in q]
        tiny["subsidies"] = []
        load_record(store, parse_record(tiny), source="tiny")
        assert [q for q in snapshot(store) if "uae_falcon_example" in q] == example_only
        assert store.class_counts()["Subsidy"] == 1  # the example's; tiny's is gone


def test_remove_document_removes_only_it(store_dir: Path, tiny: dict[str, Any]) -> None:
    with open_store(store_dir) as store:
        load_file(store, EXAMPLE)
        before = snapshot(store)
        load_record(store, parse_record(tiny), source="tiny")
        assert store.document_ids() == ["tiny", "uae_falcon_example"]
        assert store.remove_document("tiny")
        assert snapshot(store) == before
        assert not store.remove_document("tiny")


def test_shape_violation_leaves_store_unchanged(
    store_dir: Path, tiny: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg import loading
    from kg.validation import Report

    with open_store(store_dir) as store:
        load_file(store, EXAMPLE)
        before = snapshot(store)
        monkeypatch.setattr(loading, "validate", lambda g: Report(False, "broken on purpose", g))
        with pytest.raises(KGError) as e:
            load_record(store, parse_record(tiny), source="tiny.json")
        assert e.value.code is Errors.E005 and "tiny.json" in str(e.value)
        assert snapshot(store) == before


def test_query_sees_union_of_documents(store_dir: Path, tiny: dict[str, Any]) -> None:
    with open_store(store_dir) as store:
        load_file(store, EXAMPLE)
        load_record(store, parse_record(tiny), source="tiny")
        rows = Rows.take(
            store.query("SELECT DISTINCT ?f WHERE { ?s sai:funder/skos:prefLabel ?f } ORDER BY ?f"),
            100,
        )
    assert [r[0].value for r in rows.rows] == ["France", "United Arab Emirates"]


def test_named_graph_per_document(store_dir: Path) -> None:
    with open_store(store_dir) as store:
        load_file(store, EXAMPLE)
        g = "<https://w3id.org/sovereign-ai/graph/uae_falcon_example>"
        q = f"ASK {{ GRAPH {g} {{ ?s a sai:Subsidy }} }}"
        assert bool(store.query(q))


def test_row_cap_says_it_truncated(store_dir: Path) -> None:
    with open_store(store_dir) as store:
        load_file(store, EXAMPLE)
        rows = Rows.take(store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }"), 3)
    assert len(rows.rows) == 3 and rows.truncated


def test_read_only_store_refuses_writes(store_dir: Path) -> None:
    with open_store(store_dir) as store:
        load_file(store, EXAMPLE)
    with open_store(store_dir, read_only=True) as ro:
        with pytest.raises(RuntimeError, match="read-write"):
            ro.ox.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.NamedNode("urn:c")))
        assert ro.class_counts()["Subsidy"] == 1


def test_missing_store_reads_as_empty(tmp_path: Path) -> None:
    with open_store(tmp_path / "nothing", read_only=True) as store:
        assert store.document_ids() == []
    assert not (tmp_path / "nothing").exists()


def test_abstract_classes_count_their_subclasses(store_dir: Path) -> None:
    with open_store(store_dir) as store:
        load_file(store, EXAMPLE)
        counts = store.class_counts()
    actors = sum(counts[k] for k in ("Government", "Bloc", "Firm", "Organization"))
    assert counts["Actor"] == actors == 5
    kinds = ("Subsidy", "Joint venture or partnership", "Relation assertion")
    assert counts["Fact"] == sum(counts[k] for k in kinds)
