"""Writes a projection into Neo4j: per-document diffs, batched UNWIND, idempotent.

A `(:SyncedDocument {doc_id, fingerprint})` node remembers what each document looked like at
its last sync. A sync rewrites only the elements a changed, new or removed document asserts
(now or before), deletes those no document asserts any more, and writes the fingerprints
last, so an interrupted sync is redone the next time. Syncing twice writes nothing the second
time; re-ingesting or removing a document changes exactly its facts.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import neo4j

from kg import settings
from kg.neo4j import server
from kg.neo4j.config import Layout
from kg.neo4j.projection import RESOURCE, Node, Projection, Relationship, project
from kg.store import open_store
from kg.vocab import GraphShape, vocabulary

SYNCED = "SyncedDocument"  # bookkeeping nodes, outside the projected graph
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
T = TypeVar("T")


@dataclass(slots=True)
class SyncReport:
    documents: int = 0
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    nodes_written: int = 0
    relationships_written: int = 0
    nodes_deleted: int = 0
    relationships_deleted: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"{self.documents} documents, {len(self.changed)} changed, "
            f"{len(self.removed)} removed; wrote {self.nodes_written} nodes and "
            f"{self.relationships_written} relationships, deleted {self.nodes_deleted} nodes "
            f"and {self.relationships_deleted} relationships in {self.seconds:.2f}s"
        )


def name(identifier: str) -> str:
    """A label or type from the ontology, checked and quoted for use in query text."""
    if not _NAME.match(identifier):
        raise ValueError(f"not a plain Neo4j identifier: {identifier!r}")
    return f"`{identifier}`"


def batches(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def schema_statements(shape: GraphShape) -> list[str]:
    """Constraints and indexes, all from the ontology (and n10s's unique Resource.uri)."""
    out = [
        f"CREATE CONSTRAINT resource_uri IF NOT EXISTS FOR (n:{RESOURCE}) REQUIRE n.uri IS UNIQUE",
        f"CREATE CONSTRAINT synced_doc IF NOT EXISTS FOR (n:{SYNCED}) REQUIRE n.doc_id IS UNIQUE",
    ]
    for label, key in sorted(shape.unique.items()):
        out.append(
            f"CREATE CONSTRAINT {label.lower()}_{key} IF NOT EXISTS "
            f"FOR (n:{name(label)}) REQUIRE n.{name(key)} IS UNIQUE"
        )
    for label, key in shape.indexes:
        out.append(
            f"CREATE INDEX {label.lower()}_{key} IF NOT EXISTS "
            f"FOR (n:{name(label)}) ON (n.{name(key)})"
        )
    rel_types = sorted({*shape.types.values(), *(c.type for c in shape.shortcuts.values())})
    for rel_type in rel_types:
        out.append(
            f"CREATE INDEX rel_{rel_type.lower()}_key IF NOT EXISTS "
            f"FOR ()-[r:{name(rel_type)}]-() ON (r.key)"
        )
    return out


class Writer:
    """Batched, parameterised writes to one Neo4j database (network: the Bolt server)."""

    def __init__(self, driver: neo4j.Driver, *, batch: int, database: str | None = None) -> None:
        self.driver = driver
        self.batch = batch
        self.database = database

    def run(self, query: str, **params: Any) -> list[dict[str, Any]]:
        records, _, _ = self.driver.execute_query(
            query, params, database_=self.database, routing_=neo4j.RoutingControl.WRITE
        )
        return [r.data() for r in records]

    def each_batch(self, query: str, rows: Sequence[dict[str, Any]]) -> None:
        for chunk in batches(rows, self.batch):
            self.run(query, rows=list(chunk))

    def upsert_nodes(self, nodes: Iterable[Node], *, unseen: set[str], present: set[str]) -> None:
        """Replace properties and set exactly the projected labels: MERGE on uri, or CREATE
        for nodes only never-synced documents assert and that are not `present` already (a
        removed document may have left them).

        Labels travel as parameters (Cypher 5.26 dynamic labels), so one query text serves
        every kind of node and is planned once.
        """
        all_labels = _projected_labels()
        lists = vocabulary().graph_shape().lists
        merge: list[dict[str, Any]] = []
        create: list[dict[str, Any]] = []
        for n in nodes:
            row = {"props": n.properties(lists), "labels": sorted(n.labels)}
            if n.docs <= unseen and n.uri not in present:
                create.append(row)
            else:
                merge.append({**row, "stale": sorted(all_labels - n.labels)})
        self.each_batch(
            f"UNWIND $rows AS row MERGE (n:{RESOURCE} {{uri: row.props.uri}}) SET n = row.props "
            "SET n:$(row.labels) REMOVE n:$(row.stale)",
            merge,
        )
        self.each_batch("UNWIND $rows AS row CREATE (n:$(row.labels)) SET n = row.props", create)

    def upsert_relationships(
        self, rels: Iterable[Relationship], *, unseen: set[str], present: set[str]
    ) -> None:
        """Per type: update those whose key exists, create the others.

        Only a relationship some already-synced document asserts can exist: the others (all
        of a first sync) are created without a lookup. Not MERGE: planned on the statistics
        of a near-empty database it can scan every relationship of the type per row, while
        hinted index seeks cannot.
        """
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        known: set[str] = set()
        for r in rels:
            groups[r.type].append({"start": r.start, "end": r.end, "props": r.properties()})
            if not r.docs <= unseen or r.key in present:
                known.add(r.key)
        for rel_type, group in groups.items():
            t = name(rel_type)
            seek = f"MATCH ()-[r:{t} {{key: row.props.key}}]->() USING INDEX r:{t}(key)"
            maybe = [row for row in group if row["props"]["key"] in known]
            existing = {
                row["key"]
                for chunk in batches(maybe, self.batch)
                for row in self.run(f"UNWIND $rows AS row {seek} RETURN r.key AS key", rows=chunk)
            }
            self.each_batch(
                f"UNWIND $rows AS row {seek} SET r = row.props",
                [row for row in maybe if row["props"]["key"] in existing],
            )
            self.each_batch(
                f"UNWIND $rows AS row "
                f"MATCH (a:{RESOURCE} {{uri: row.start}}) MATCH (b:{RESOURCE} {{uri: row.end}}) "
                f"CREATE (a)-[r:{t}]->(b) SET r = row.props",
                [row for row in group if row["props"]["key"] not in existing],
            )

    def delete_relationships(self, keys: Iterable[tuple[str, str]]) -> None:
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for rel_type, key in keys:
            groups[rel_type].append({"key": key})
        for rel_type, group in groups.items():
            t = name(rel_type)
            self.each_batch(
                f"UNWIND $rows AS row MATCH ()-[r:{t} {{key: row.key}}]->() "
                f"USING INDEX r:{t}(key) DELETE r",
                group,
            )

    def delete_nodes(self, uris: Sequence[str]) -> None:
        self.each_batch(
            f"UNWIND $rows AS row MATCH (n:{RESOURCE} {{uri: row.uri}}) DETACH DELETE n",
            [{"uri": u} for u in uris],
        )


def _projected_labels() -> frozenset[str]:
    return frozenset(
        label for labels in vocabulary().graph_shape().labels.values() for label in labels
    )


def ensure_schema(writer: Writer) -> None:
    for statement in schema_statements(vocabulary().graph_shape()):
        writer.run(statement)


def _touching(writer: Writer, changed: list[str]) -> tuple[set[str], set[tuple[str, str]]]:
    """What Neo4j holds now that a changed document asserts: node uris, (type, key) pairs."""
    where = "any(d IN n.docs WHERE d IN $changed)"
    nodes = writer.run(f"MATCH (n:{RESOURCE}) WHERE {where} RETURN n.uri AS uri", changed=changed)
    rels = writer.run(
        f"MATCH (n:{RESOURCE}) WHERE {where} MATCH (n)-[r]-() "
        "WHERE any(d IN r.docs WHERE d IN $changed) "
        "RETURN DISTINCT type(r) AS type, r.key AS key",
        changed=changed,
    )
    return {r["uri"] for r in nodes}, {(r["type"], r["key"]) for r in rels}


def sync(writer: Writer, projection: Projection, *, full: bool = False) -> SyncReport:
    """Brings Neo4j to the projection, touching only what changed documents assert."""
    started = time.perf_counter()
    ensure_schema(writer)
    synced = {
        r["doc"]: r["fp"]
        for r in writer.run(f"MATCH (s:{SYNCED}) RETURN s.doc_id AS doc, s.fingerprint AS fp")
    }
    current = projection.fingerprints
    report = SyncReport(documents=len(current))
    report.changed = sorted(d for d, fp in current.items() if full or synced.get(d) != fp)
    report.removed = sorted(set(synced) - set(current))
    changed = report.changed + report.removed
    if not changed:
        report.seconds = time.perf_counter() - started
        return report
    # Marked dirty first: if this sync stops half-way, the next one redoes these documents.
    writer.each_batch(
        f"UNWIND $rows AS row MERGE (s:{SYNCED} {{doc_id: row.doc}}) SET s.fingerprint = null",
        [{"doc": d} for d in changed],
    )
    had_nodes, had_rels = _touching(writer, changed)
    touched = set(changed)
    nodes = [
        n
        for uri, n in projection.nodes.items()
        if not n.docs.isdisjoint(touched) or uri in had_nodes
    ]
    rels = [
        r
        for r in projection.relationships.values()
        if not r.docs.isdisjoint(touched) or (r.type, r.key) in had_rels
    ]
    stale_rels = {(t, k) for t, k in had_rels if k not in projection.relationships}
    stale_nodes = sorted(had_nodes - projection.nodes.keys())
    writer.delete_relationships(stale_rels)
    # Elements only never-synced documents assert cannot be in Neo4j yet: created, not looked
    # up. --full trusts nothing and looks everything up.
    unseen = set() if full else set(report.changed) - set(synced)
    writer.upsert_nodes(nodes, unseen=unseen, present=had_nodes)
    writer.upsert_relationships(rels, unseen=unseen, present={key for _, key in had_rels})
    writer.delete_nodes(stale_nodes)
    writer.each_batch(
        f"UNWIND $rows AS row MATCH (s:{SYNCED} {{doc_id: row.doc}}) SET s.fingerprint = row.fp",
        [{"doc": d, "fp": current[d]} for d in report.changed],
    )
    writer.each_batch(
        f"UNWIND $rows AS row MATCH (s:{SYNCED} {{doc_id: row.doc}}) DELETE s",
        [{"doc": d} for d in report.removed],
    )
    report.nodes_written, report.relationships_written = len(nodes), len(rels)
    report.nodes_deleted, report.relationships_deleted = len(stale_nodes), len(stale_rels)
    report.seconds = time.perf_counter() - started
    return report


def sync_store(store_path: Path, driver: neo4j.Driver, *, full: bool = False) -> SyncReport:
    """Projects the store at `store_path` (read-only) and syncs it (file read, network)."""
    with open_store(store_path, read_only=True) as store:
        projection = project(store)
    writer = Writer(driver, batch=int(settings.get("neo4j_batch")))
    return sync(writer, projection, full=full)


def sync_if_running(store_path: Path) -> SyncReport | None:
    """The hook for `kg ingest`: syncs when autosync is on and the server answers, else None."""
    if settings.get("neo4j_autosync").casefold() not in {"1", "true", "yes", "on"}:
        return None
    layout = Layout.from_settings()
    if server.pid(layout) is None or not server.answers(layout):
        return None
    with server.driver(layout) as driver:
        return sync_store(store_path, driver)
