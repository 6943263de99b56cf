"""The knowledge store of record: an embedded, persistent pyoxigraph store.

Each document's statements live in the document's own named graph; replacing a document
is one SPARQL Update transaction (drop its graph, insert the new triples), so a reader sees
either the old or the new document and a failure leaves the old one in place.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg import ids, snapshots
from kg.errors import Errors, KGError
from kg.sparql import lexical
from kg.vocab import vocabulary

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_ox(term: Node) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def to_rdflib(term: object) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)  # RDF 1.1: a plain literal is an xsd:string
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"not an RDF term: {term!r}")


class KnowledgeStore:
    """The store at `path` (file access: reads and writes below `path` and its snapshots).

    Opened for writing, it is the store itself (one writing process at a time: RocksDB's lock)
    and it publishes a snapshot when it closes (`kg.snapshots`). Opened read-only, it is the
    current published snapshot, held under a lease, so a reader never opens files another
    process is writing; a store that was never published is read directly.
    """

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self.lease: snapshots.Lease | None = None
        try:
            if read_only:
                self.lease = snapshots.lease_current(path)
                source = self.lease.path if self.lease else path
                if not source.exists():
                    # An empty store answers reads without creating anything on disk.
                    self.ox = ox.Store()
                else:
                    self.ox = ox.Store.read_only(str(source))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self.ox = ox.Store(str(path))
        except (OSError, RuntimeError) as e:
            if self.lease is not None:
                self.lease.release()
            raise KGError(Errors.E006, store=path, reason=str(e)) from None

    @property
    def snapshot(self) -> Path | None:
        """The published snapshot a read-only store reads (None: the store itself)."""
        return self.lease.path if self.lease else None

    def replace_document(self, doc_id: str, graph: Graph) -> None:
        """Puts `graph` in place of the document's named graph, in one transaction."""
        g = ox.NamedNode(ids.graph_iri(doc_id))
        body = " .\n".join(f"{to_ox(s)} {to_ox(p)} {to_ox(o)}" for s, p, o in graph)
        self.ox.update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body} .\n}} }}")

    def remove_document(self, doc_id: str) -> bool:
        g = ox.NamedNode(ids.graph_iri(doc_id))
        if not self.ox.contains_named_graph(g):
            return False
        self.ox.remove_graph(g)
        return True

    def document_ids(self) -> list[str]:
        out = (ids.doc_id_of_graph(g.value) for g in self.ox.named_graphs() if hasattr(g, "value"))
        return sorted(d for d in out if d)

    def document_graph(self, doc_id: str) -> Graph:
        g = Graph()
        for q in self.ox.quads_for_pattern(None, None, None, ox.NamedNode(ids.graph_iri(doc_id))):
            g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
        return g

    def union_graph(self) -> Graph:
        """All documents' triples in one rdflib graph (for SHACL and Turtle export)."""
        g = Graph()
        for prefix, ns in vocabulary().prefixes().items():
            g.bind(prefix, ns)
        for q in self.ox:
            g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
        return g

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self.ox)

    def query(
        self,
        sparql: str,
        *,
        default_graph: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> object:
        """A read query; updates are refused.

        The default graph is the union of all documents' graphs unless the query names its
        own dataset (FROM, FROM NAMED) or `default_graph`/`named_graphs` (graph IRIs, as the
        SPARQL Protocol's `default-graph-uri`/`named-graph-uri`) override it. Graphs are only
        ever read from the store, never fetched.
        """
        dataset: dict[str, object] = {}
        try:
            if default_graph is not None or named_graphs is not None:
                # As the protocol says, what is not given is empty.
                dataset["default_graph"] = [ox.NamedNode(g) for g in default_graph or []]
                dataset["named_graphs"] = [ox.NamedNode(g) for g in named_graphs or []]
            elif not lexical.names_dataset(sparql):
                dataset["use_default_graph_as_union"] = True
            return self.ox.query(sparql, prefixes=vocabulary().prefixes(), **dataset)  # type: ignore[arg-type]
        except SyntaxError as e:
            if lexical.looks_like_update(sparql):
                raise KGError(Errors.E007, reason="SPARQL Update is not a query") from None
            raise KGError(Errors.E008, reason=str(e)) from None
        except ValueError as e:  # a dataset IRI that is no IRI
            raise KGError(Errors.E008, reason=str(e)) from None

    def class_counts(self) -> dict[str, int]:
        """Instances per ontology class over all documents; a class counts its subclasses'
        instances too (Actor = Governments + Blocs + Firms + Organizations)."""
        V = vocabulary()
        direct: dict[URIRef, int] = {}
        rows = self.ox.query(
            "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c",
            use_default_graph_as_union=True,
        )
        for row in rows:  # type: ignore[union-attr]
            direct[URIRef(row["c"].value)] = int(row["n"].value)
        return {V.label(c): sum(direct.get(sub, 0) for sub in V.subclasses(c)) for c in V.classes()}

    def publish_snapshot(self) -> Path:
        """Publishes the store's present state for readers (`kg.snapshots`); a writer with a
        long batch may call it between documents so that readers see progress."""
        return snapshots.publish(self.ox, self.path)

    def close(self) -> None:
        """Flushes and publishes a writable store (whatever wrote to it, `self.ox` included),
        releases a reader's lease, and the store's files (RocksDB closes when the last
        reference goes)."""
        try:
            if not self.read_only:
                self.publish_snapshot()
        finally:
            del self.ox
            if self.lease is not None:
                self.lease.release()


@contextmanager
def open_store(path: Path, *, read_only: bool = False) -> Iterator[KnowledgeStore]:
    store = KnowledgeStore(path, read_only=read_only)
    try:
        yield store
    finally:
        store.close()
