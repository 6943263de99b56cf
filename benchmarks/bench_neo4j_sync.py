"""Neo4j sync speed: the batched loader against one statement per fact, and the admin import.

    .venv/bin/python -m benchmarks.bench_neo4j_sync [--docs 1000] [--runs 3]

Builds a synthetic store (documents drawn from a shared pool of actors), projects it, starts
a server of its own (temporary KG_HOME, free port, the repository's jars) and measures, median
of --runs each:
- `kg neo4j sync`'s writer (batched UNWIND) on the whole graph, into an empty database;
- the baseline, one auto-committed MERGE per node or relationship, on a sample of
  --sample facts and extrapolated (its rate does not depend on the graph's size here);
- `neo4j-admin database import full` of the same nodes and relationships from CSV
  (uri, labels, name, docs; key and docs on relationships) into a fresh database, for the limit.
Network: loopback only. Files: a temporary folder, removed at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import os
import random
import socket
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg import settings
from kg.mapping import record_to_graph
from kg.neo4j import server
from kg.neo4j.config import Layout
from kg.neo4j.projection import Projection, project
from kg.neo4j.sync import Writer, sync
from kg.records import DocumentRecord
from kg.store import open_store, to_rdflib

PREDICATES = ["DEVELOPS", "INVESTS_IN", "SUPPLIES", "OPERATES_IN", "HEADQUARTERED_IN"]


def synthetic_record(i: int, rng: random.Random, pool: int) -> DocumentRecord:
    firms = [f"Firm {n}" for n in rng.sample(range(pool), 8)]
    govs = [f"Country {n}" for n in rng.sample(range(pool // 10), 3)]
    models = [f"Model {n}" for n in rng.sample(range(pool), 2)]
    ents = [{"name": n, "type": "Firm"} for n in firms]
    ents += [{"name": n, "type": "Government"} for n in govs]
    ents += [{"name": n, "type": "AIModel"} for n in models]
    relations = []
    for k in range(8):
        pred = PREDICATES[k % len(PREDICATES)]
        obj = (
            models[k % 2]
            if pred == "DEVELOPS"
            else govs[k % 3]
            if "IN" in pred[-2:]
            else firms[-1 - k % 4]
        )
        relations.append(
            {
                "subject": firms[k % 4],
                "predicate": pred,
                "object": obj,
                "evidence": f"Sentence {k} of document {i}.",
                "confidence": 0.8,
            }
        )
    subsidies = [
        {
            "funder": govs[0],
            "recipient": firms[k],
            "amount_usd": 1e6 * (k + 1),
            "year": 2020 + k,
            "evidence": f"Grant {k} of document {i}.",
        }
        for k in range(2)
    ]
    ventures = [{"partners": firms[:2], "year": 2024, "evidence": f"Venture of document {i}."}]
    return DocumentRecord.model_validate(
        {
            "doc": f"doc{i}.txt",
            "entities": ents,
            "subsidies": subsidies,
            "joint_ventures": ventures,
            "relations": relations,
        }
    )


def build_store(path: Path, docs: int) -> None:
    rng = random.Random(7)
    with open_store(path) as store:
        for i in range(docs):
            record = synthetic_record(i, rng, pool=2000)
            store.replace_document(record.doc_id, record_to_graph(record))


def median_of(runs: int, once: Callable[[], float]) -> float:
    return statistics.median(once() for _ in range(runs))


def wipe(writer: Writer) -> None:
    with writer.driver.session() as session:  # IN TRANSACTIONS needs an implicit transaction
        session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")


def batched_seconds(writer: Writer, projection: Projection) -> float:
    wipe(writer)
    started = time.perf_counter()
    sync(writer, projection)
    return time.perf_counter() - started


def baseline_seconds(writer: Writer, projection: Projection, sample: int) -> float:
    """One auto-commit statement per fact: the loader a first attempt writes."""
    wipe(writer)
    lists = frozenset({"aliases", "same_as"})
    nodes = list(projection.nodes.values())[: sample // 2]
    uris = {n.uri for n in nodes}
    rels = [r for r in projection.relationships.values() if r.start in uris and r.end in uris]
    rels = rels[: sample - len(nodes)]
    started = time.perf_counter()
    for n in nodes:
        writer.run(
            "MERGE (n:Resource {uri: $uri}) SET n = $props", uri=n.uri, props=n.properties(lists)
        )
    for r in rels:
        writer.run(
            f"MATCH (a:Resource {{uri: $a}}) MATCH (b:Resource {{uri: $b}}) "
            f"MERGE (a)-[r:{r.type} {{key: $key}}]->(b) SET r = $props",
            a=r.start,
            b=r.end,
            key=r.key,
            props=r.properties(),
        )
    return (time.perf_counter() - started) / (len(nodes) + len(rels))


def rdflib_neo4j_seconds(writer: Writer, triples: list[tuple[Any, Any, Any]]) -> float:
    """The official Neo4j Labs loader (an rdflib Store, n10s shape) on the union of triples."""
    from rdflib import Graph
    from rdflib_neo4j import HANDLE_VOCAB_URI_STRATEGY, Neo4jStore, Neo4jStoreConfig

    wipe(writer)
    config = Neo4jStoreConfig(
        handle_vocab_uri_strategy=HANDLE_VOCAB_URI_STRATEGY.IGNORE,
        batching=True,
        batch_size=int(settings.get("neo4j_batch")),
    )
    with contextlib.redirect_stdout(io.StringIO()):  # it prints its progress
        graph = Graph(store=Neo4jStore(config=config, neo4j_driver=writer.driver))
        started = time.perf_counter()
        for triple in triples:
            graph.add(triple)
        graph.close(True)
        return time.perf_counter() - started


def union_triples(path: Path) -> list[tuple[Any, Any, Any]]:
    with open_store(path, read_only=True) as store:
        distinct = {(q.subject, q.predicate, q.object) for q in store.quads()}
    return [(to_rdflib(s), to_rdflib(p), to_rdflib(o)) for s, p, o in distinct]


def write_csv(projection: Projection, folder: Path) -> tuple[Path, Path]:
    nodes, rels = folder / "nodes.csv", folder / "rels.csv"
    with nodes.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["uri:ID", ":LABEL", "name", "docs:string[]"])
        for n in projection.nodes.values():
            name = next(iter(n.values["name"]), "") if "name" in n.values else ""
            w.writerow([n.uri, ";".join(sorted(n.labels)), name, ";".join(sorted(n.docs))])
    with rels.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow([":START_ID", ":END_ID", ":TYPE", "key", "docs:string[]"])
        for r in projection.relationships.values():
            w.writerow([r.start, r.end, r.type, r.key, ";".join(sorted(r.docs))])
    return nodes, rels


def admin_import_seconds(folder: Path, nodes: Path, rels: Path, run: int) -> float:
    layout = Layout(home=folder / f"import{run}", lib=Layout.from_settings().lib)
    layout.conf_dir.mkdir(parents=True)
    layout.conf_file.write_text(f"server.directories.data={layout.data}\n")
    started = time.perf_counter()
    server.run_admin(
        layout,
        "database",
        "import",
        "full",
        f"--nodes={nodes}",
        f"--relationships={rels}",
        f"--report-file={folder / 'import.report'}",
        "--overwrite-destination",
        "neo4j",
    )
    return time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sample", type=int, default=2000)
    args = parser.parse_args()
    lib = str(settings.path("neo4j_lib").resolve())
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ.update(
            KG_HOME=str(folder / "home"), KG_NEO4J_LIB=lib, KG_NEO4J_BOLT_PORT=str(free_port())
        )
        os.environ.pop("NEO4J_PASSWORD", None)
        started = time.perf_counter()
        build_store(folder / "store", args.docs)
        with open_store(folder / "store", read_only=True) as store:
            t = time.perf_counter()
            projection = project(store)
            project_s = time.perf_counter() - t
        print(
            f"store of {args.docs} documents built in {time.perf_counter() - started:.1f}s; "
            f"projected in {project_s:.1f}s: {len(projection.nodes)} nodes + "
            f"{len(projection.relationships)} relationships = {projection.facts} facts"
        )
        layout = Layout.from_settings()
        server.install(layout)
        server.start(layout)
        try:
            with server.driver(layout) as driver:
                writer = Writer(driver, batch=int(settings.get("neo4j_batch")))
                batched_seconds(writer, projection)  # warm-up: JIT and query plans
                batched = median_of(args.runs, lambda: batched_seconds(writer, projection))
                per_fact = median_of(
                    args.runs, lambda: baseline_seconds(writer, projection, args.sample)
                )
                triples = union_triples(folder / "store")
                labs = median_of(args.runs, lambda: rdflib_neo4j_seconds(writer, triples))
                labs_facts = sum(
                    r["n"]
                    for r in writer.run(
                        "CALL { MATCH (n) RETURN count(n) AS n UNION ALL "
                        "MATCH ()-[r]->() RETURN count(r) AS n } RETURN n"
                    )
                )
        finally:
            server.stop(layout)
        nodes_csv, rels_csv = write_csv(projection, folder)
        runs = iter(range(args.runs))
        admin = median_of(
            args.runs, lambda: admin_import_seconds(folder, nodes_csv, rels_csv, next(runs))
        )
    facts, rels = projection.facts, len(projection.relationships)
    batched_rate, baseline_rate = facts / batched, 1 / per_fact
    print(
        f"batched UNWIND sync:     {batched:8.2f}s  {batched_rate:10.0f} facts/s  "
        f"{rels / batched:10.0f} relationships/s"
    )
    print(
        f"one statement per fact:  {per_fact * facts:8.2f}s  {baseline_rate:10.0f} facts/s  "
        f"(measured on {args.sample} facts, extrapolated)"
    )
    print(
        f"rdflib-neo4j (Labs):     {labs:8.2f}s  {len(triples) / labs:10.0f} triples/s  "
        f"({len(triples)} triples -> {labs_facts} nodes+relationships, {labs_facts / labs:.0f}/s)"
    )
    print(
        f"neo4j-admin import:      {admin:8.2f}s  {facts / admin:10.0f} facts/s  "
        f"(JVM start included)"
    )
    print(
        f"ratio batched/baseline:  {batched_rate / baseline_rate:8.1f}x   "
        f"admin import/batched: {batched / admin:.1f}x   (medians of {args.runs} runs)"
    )


if __name__ == "__main__":
    main()
