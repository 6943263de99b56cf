"""One query, answered: the code a query process runs (`serve`) and the answer it sends back.

Each query process reads the store's current published snapshot (a read-only
`KnowledgeStore`, see `kg.snapshots`), reopens it when a newer one is published, and writes
the whole response body itself, so a query that runs too long can be stopped by killing its
process.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

from kg import snapshots
from kg.errors import Errors, KGError
from kg.results import Rows, to_csv, to_json, to_tsv, to_xml
from kg.sparql import lexical
from kg.sparql.negotiation import GRAPH_FORMATS, SOLUTION_FORMATS, Format
from kg.store import KnowledgeStore
from kg.vocab import vocabulary

_WRITERS = {"json": to_json, "xml": to_xml, "csv": to_csv, "tsv": to_tsv}
RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
}


@dataclass(frozen=True, slots=True)
class Job:
    """A query and how to answer it: formats are the negotiated ones (None: not acceptable)."""

    query: str
    solutions_format: Format | None
    graph_format: Format | None
    max_rows: int
    default_graph: list[str] | None = None
    named_graphs: list[str] | None = None
    accept: str = ""


@dataclass(frozen=True, slots=True)
class Answer:
    status: int
    content_type: str
    body: bytes
    truncated: bool = False


# HTTP status of each error a request can meet; any other is the server's fault (500).
STATUS = {
    Errors.E007: 400,
    Errors.E008: 400,
    Errors.E300: 400,
    Errors.E301: 403,
    Errors.E302: 503,
    Errors.E303: 413,
    Errors.E304: 400,
    Errors.E305: 415,
    Errors.E306: 406,
    Errors.E307: 503,
}


def error_answer(error: KGError) -> Answer:
    status = STATUS.get(error.code, 500)
    return Answer(status, "text/plain; charset=utf-8", f"{error}\n".encode())


def answer(store: KnowledgeStore, job: Job) -> Answer:
    """Runs `job` on `store`, capped at `job.max_rows` rows (or triples)."""
    try:
        if lexical.uses_service(job.query):
            raise KGError(Errors.E300)
        result = store.query(
            job.query, default_graph=job.default_graph, named_graphs=job.named_graphs
        )
        if isinstance(result, ox.QueryTriples):
            return _graph(result, job)
        return _solutions(result, job)
    except KGError as e:
        return error_answer(e)


def _not_acceptable(job: Job, offered: tuple[Format, ...]) -> KGError:
    kinds = ", ".join(f.media_types[0] for f in offered)
    return KGError(Errors.E306, accept=job.accept, offered=kinds)


def _solutions(result: object, job: Job) -> Answer:
    fmt = job.solutions_format
    if fmt is None:
        raise _not_acceptable(job, SOLUTION_FORMATS)
    rows = Rows.take(result, job.max_rows)
    body = _WRITERS[fmt.key](rows).encode()
    return Answer(200, fmt.content_type, body, rows.truncated)


def _graph(result: ox.QueryTriples, job: Job) -> Answer:
    fmt = job.graph_format
    if fmt is None:
        raise _not_acceptable(job, GRAPH_FORMATS)
    triples = list(islice(result, job.max_rows + 1))
    truncated = len(triples) > job.max_rows
    body = ox.serialize(
        triples[: job.max_rows], format=RDF_FORMATS[fmt.key], prefixes=vocabulary().prefixes()
    )
    return Answer(200, fmt.content_type, body or b"", truncated)


class _Reader:
    """The snapshot a query process has open, reopened when a newer one is published."""

    def __init__(self, store_path: Path) -> None:
        self.store_path = store_path
        self.store: KnowledgeStore | None = None

    def current(self) -> KnowledgeStore:
        latest = snapshots.current(self.store_path)
        if latest is None:
            raise KGError(Errors.E308, reason=f"no snapshot of {self.store_path} is published")
        if self.store is None or self.store.snapshot != latest:
            self.close()
            self.store = KnowledgeStore(self.store_path, read_only=True)
        return self.store

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None


def serve(conn: Connection, store_path: str) -> None:
    """A query process: answers jobs from `conn` until it closes (file access: the snapshots)."""
    reader = _Reader(Path(store_path))
    while True:
        try:
            job = conn.recv()
        except EOFError:
            reader.close()
            return
        try:
            conn.send(answer(reader.current(), job))
        except KGError as e:
            conn.send(error_answer(e))
