"""The RDF store as a property graph: nodes and relationships, each with the documents that
assert it.

Conventions of neosemantics (n10s): every typed resource is a `:Resource` node with a unique
`uri`, labels come from rdf:type (plus the labels of the class's superclasses), literals
become properties and object properties become relationships. On top, for researchers:
- each direct relation (DEVELOPS, MEMBER_OF, ...) carries `evidence` (Evidence uris),
  `quotes` and `confidence` gathered from the RelationAssertions that state it;
- each n-ary fact class with a sai:neo4jShortcut gets direct relationships across it, e.g.
  (funder)-[:FUNDS {amount_usd, year, fact, evidence, quotes}]->(recipient).
Every node and relationship has `docs`: the ids of the documents asserting it, which is what
lets a sync remove exactly one document's facts. All names come from the ontology's
sai:neo4j* annotations (`Vocabulary.graph_shape`).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from rdflib import RDF

from kg import ids
from kg.store import KnowledgeStore
from kg.vocab import XSD, GraphShape, vocabulary

RESOURCE = "Resource"  # the n10s label every projected node carries
Value = str | int | float | bool

_NUMBERS = {str(XSD.integer): int, str(XSD.int): int, str(XSD.long): int}
_FLOATS = {str(XSD.decimal), str(XSD.double), str(XSD.float)}
_RDF_TYPE = str(RDF.type)


def _value(term: object) -> Value:
    if isinstance(term, ox.Literal):
        dtype = term.datatype.value
        if dtype in _NUMBERS:
            return int(term.value)
        if dtype in _FLOATS:
            return float(term.value)
        if dtype == str(XSD.boolean):
            return term.value == "true"
        return term.value
    assert isinstance(term, ox.NamedNode | ox.BlankNode)
    return term.value


@dataclass(slots=True)
class Node:
    uri: str
    labels: set[str] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)
    values: dict[str, Counter[Value]] = field(default_factory=lambda: defaultdict(Counter))

    def properties(self, lists: frozenset[str]) -> dict[str, Any]:
        """Scalars take the value most documents state (ties: the smallest); lists all."""
        props: dict[str, Any] = {"uri": self.uri, "docs": sorted(self.docs)}
        for key, counts in self.values.items():
            if key in lists:
                props[key] = sorted(counts, key=str)
            else:
                props[key] = min(counts, key=lambda v: (-counts[v], str(v)))
        return props


@dataclass(slots=True)
class Relationship:
    type: str
    start: str
    end: str
    key: str
    docs: set[str] = field(default_factory=set)
    props: dict[str, Any] = field(default_factory=dict)
    evidence: set[str] = field(default_factory=set)
    quotes: set[str] = field(default_factory=set)
    confidence: float | None = None

    def properties(self) -> dict[str, Any]:
        props = {**self.props, "key": self.key, "docs": sorted(self.docs)}
        if self.evidence:
            props.update(evidence=sorted(self.evidence), quotes=sorted(self.quotes))
        if self.confidence is not None:
            props["confidence"] = self.confidence
        return props


@dataclass(slots=True)
class Projection:
    """The whole store as nodes and relationships, and a fingerprint of each document."""

    nodes: dict[str, Node] = field(default_factory=dict)
    relationships: dict[str, Relationship] = field(default_factory=dict)
    fingerprints: dict[str, str] = field(default_factory=dict)

    @property
    def facts(self) -> int:
        return len(self.nodes) + len(self.relationships)


def relationship_key(rel_type: str, start: str, end: str, via: str = "") -> str:
    text = "\x1f".join((rel_type, start, end, via))
    return hashlib.sha256(text.encode()).hexdigest()[:24]


class _DocumentProjector:
    """Adds one document's named graph to a projection."""

    def __init__(self, out: Projection, shape: GraphShape, doc_id: str) -> None:
        self.out = out
        self.shape = shape
        self.doc = doc_id
        self.types: dict[str, set[str]] = defaultdict(set)
        # subject -> predicate -> values, so a fact's properties are one lookup away
        self.objects: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        self.literals: dict[str, dict[str, list[Value]]] = defaultdict(lambda: defaultdict(list))

    def add(self, quads: Iterable[ox.Quad]) -> None:
        for q in quads:
            if not isinstance(q.subject, ox.NamedNode | ox.BlankNode):
                continue  # RDF-star triples as subjects: the mapping makes none
            s, p, o = q.subject.value, q.predicate.value, q.object
            if p == _RDF_TYPE and isinstance(o, ox.NamedNode):
                self.types[s].add(o.value)
            elif isinstance(o, ox.NamedNode):
                self.objects[s][p].append(o.value)
            else:
                self.literals[s][p].append(_value(o))
        self._nodes()
        self._relationships()
        self._assertion_evidence()
        self._shortcuts()

    def _nodes(self) -> None:
        labels = {str(c): ls for c, ls in self.shape.labels.items()}
        for uri, classes in self.types.items():
            own = {label for c in classes for label in labels.get(c, ())}
            if not own:
                continue
            node = self.out.nodes.setdefault(uri, Node(uri))
            node.labels |= own | {RESOURCE}
            node.docs.add(self.doc)
        keys = {str(p): k for p, k in self.shape.keys.items()}
        type_names = {str(p): t for p, t in self.shape.types.items()}
        for source in (self.literals, self.objects):
            for s, by_predicate in source.items():
                subject = self.out.nodes.get(s)
                for p, values in by_predicate.items():
                    if subject is not None and p in keys:
                        # An IRI value naming a projected relation reads as its type.
                        subject.values[keys[p]].update(
                            type_names.get(v, v) if isinstance(v, str) else v for v in values
                        )

    def _relationships(self) -> None:
        types = {str(p): t for p, t in self.shape.types.items()}
        for s, by_predicate in self.objects.items():
            for p, values in by_predicate.items():
                for o in values if p in types and s in self.out.nodes else ():
                    if o in self.out.nodes:
                        self._relationship(types[p], s, o)

    def _relationship(self, rel_type: str, start: str, end: str, via: str = "") -> Relationship:
        key = relationship_key(rel_type, start, end, via)
        rel = self.out.relationships.get(key)
        if rel is None:
            rel = self.out.relationships[key] = Relationship(rel_type, start, end, key)
        rel.docs.add(self.doc)
        return rel

    def _evidence_of(self, fact: str, rel: Relationship) -> None:
        """Puts a fact's evidence (uri, quote, best confidence) on a relationship."""
        V = vocabulary()
        for ev in self.objects[fact][str(V.evidence)]:
            rel.evidence.add(ev)
            rel.quotes.update(str(q) for q in self.literals[ev][str(V.quote)])
            for c in self.literals[ev][str(V.confidence)]:
                assert isinstance(c, float | int)
                rel.confidence = max(rel.confidence or 0.0, float(c))

    def _assertion_evidence(self) -> None:
        V = vocabulary()
        types = {str(p): t for p, t in self.shape.types.items()}
        for uri, classes in self.types.items():
            if str(V.RelationAssertion) not in classes:
                continue
            s = self.objects[uri][str(RDF.subject)]
            p = self.objects[uri][str(RDF.predicate)]
            o = self.objects[uri][str(RDF.object)]
            if len(s) == len(p) == len(o) == 1 and p[0] in types:
                key = relationship_key(types[p[0]], s[0], o[0])
                if key in self.out.relationships:
                    self._evidence_of(uri, self.out.relationships[key])

    def _shortcuts(self) -> None:
        keys = {str(p): k for p, k in self.shape.keys.items()}
        for cls, cut in self.shape.shortcuts.items():
            for fact, classes in self.types.items():
                if str(cls) not in classes:
                    continue
                sources = self.objects[fact][str(cut.source)]
                targets = self.objects[fact][str(cut.target)]
                pairs = [(a, b) for a in sources for b in targets if a != b]
                if cut.source == cut.target:  # symmetric: one relationship per unordered pair
                    pairs = [(a, b) for a, b in pairs if a < b]
                props = {
                    keys[p]: vals[0]
                    for p, vals in self.literals[fact].items()
                    if p in keys and len(vals) == 1
                }
                for a, b in pairs:
                    if a in self.out.nodes and b in self.out.nodes:
                        rel = self._relationship(cut.type, a, b, fact)
                        rel.props = {**props, "fact": fact}
                        self._evidence_of(fact, rel)


def fingerprint(quads: Iterable[ox.Quad]) -> str:
    lines = sorted(f"{q.subject} {q.predicate} {q.object}" for q in quads)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def project(store: KnowledgeStore) -> Projection:
    """The property graph of every document in the store (reads the store)."""
    shape = vocabulary().graph_shape()
    out = Projection()
    for doc_id in store.document_ids():
        graph = ox.NamedNode(ids.graph_iri(doc_id))
        quads = list(store.ox.quads_for_pattern(None, None, None, graph))
        _DocumentProjector(out, shape, doc_id).add(quads)
        out.fingerprints[doc_id] = fingerprint(quads)
    return out
