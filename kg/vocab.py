"""The ontology, loaded once: class and property IRIs and their interchange names.

Nothing here restates the model; it only reads `ontology/sovai.ttl`. Asking for a term the
ontology does not declare raises, so a typo fails at import time of the caller's first use.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import PROV, SKOS, VANN, XSD
from rdflib.term import Node

from kg import settings

__all__ = [
    "PROV",
    "RDF",
    "SKOS",
    "XSD",
    "FieldSpec",
    "GraphShape",
    "Shortcut",
    "Vocabulary",
    "vocabulary",
]

ONTOLOGY_FILE = "sovai.ttl"
SHAPES_FILE = "shapes.ttl"


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """A record field carried by an ontology property."""

    field: str
    prop: URIRef
    datatype: URIRef | None  # None for object properties


@dataclass(frozen=True, slots=True)
class Shortcut:
    """A direct relationship drawn across an n-ary fact (FUNDS from funder to recipient)."""

    type: str
    source: URIRef
    target: URIRef


@dataclass(frozen=True, slots=True)
class GraphShape:
    """The property-graph projection the ontology's sai:neo4j* annotations declare."""

    labels: dict[URIRef, tuple[str, ...]]  # class -> its label and its superclasses' labels
    types: dict[URIRef, str]  # object property -> relationship type
    keys: dict[URIRef, str]  # datatype property (or IRI-valued annotation) -> property key
    lists: frozenset[str]  # property keys that are always lists
    unique: dict[str, str]  # label -> its unique property key (besides Resource.uri)
    indexes: tuple[tuple[str, str], ...]  # (label, property key) pairs with a range index
    shortcuts: dict[URIRef, Shortcut]  # fact class -> its shortcut


class Vocabulary:
    """Terms of the ontology. `V.Subsidy` is the IRI of sai:Subsidy, checked to exist."""

    def __init__(self, ontology: Graph) -> None:
        self.graph = ontology
        uri = next(ontology.objects(None, VANN.preferredNamespaceUri))
        self.ns = Namespace(str(uri))
        self.prefix = str(next(ontology.objects(None, VANN.preferredNamespacePrefix)))
        self._terms = {
            str(s)[len(str(uri)) :]
            for s in ontology.subjects()
            if isinstance(s, URIRef) and str(s).startswith(str(uri))
        }
        self._fields: dict[URIRef, tuple[FieldSpec, ...]] = {}
        json_key = self.ns["jsonKey"]
        self.entity_types: dict[str, URIRef] = {
            str(key): URIRef(str(cls))
            for cls, key in ontology.subject_objects(json_key)
            if (cls, RDF.type, OWL.Class) in ontology
        }
        self.relations: dict[str, URIRef] = {
            str(key): URIRef(str(prop))
            for prop, key in ontology.subject_objects(json_key)
            if (prop, RDF.type, OWL.ObjectProperty) in ontology
        }

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("_") or name not in self._terms:
            raise AttributeError(f"the ontology declares no term {name!r}")
        return URIRef(self.ns[name])

    def json_key(self, term: URIRef) -> str:
        return str(self.graph.value(term, self.ns["jsonKey"]))

    def label(self, term: URIRef) -> str:
        return str(self.graph.value(term, RDFS.label) or term)

    def classes(self) -> list[URIRef]:
        """Every class the ontology declares in its own namespace."""
        return sorted(
            URIRef(str(c))
            for c in self.graph.subjects(RDF.type, OWL.Class)
            if str(c).startswith(str(self.ns))
        )

    def subclasses(self, cls: URIRef) -> set[URIRef]:
        return {URIRef(str(c)) for c in self.graph.transitive_subjects(RDFS.subClassOf, cls)}

    def fields(self, cls: URIRef) -> tuple[FieldSpec, ...]:
        """The record fields of a class: properties whose domain is it and that name a field."""
        if cls not in self._fields:
            self._fields[cls] = self._find_fields(cls)
        return self._fields[cls]

    def _find_fields(self, cls: URIRef) -> tuple[FieldSpec, ...]:
        specs = []
        for prop, domain in self.graph.subject_objects(RDFS.domain):
            if cls not in self._members(domain):
                continue
            field = self.graph.value(prop, self.ns["recordField"])
            if field is None:
                continue
            is_datatype = (prop, RDF.type, OWL.DatatypeProperty) in self.graph
            rng = self.graph.value(prop, RDFS.range) if is_datatype else None
            specs.append(
                FieldSpec(str(field), URIRef(str(prop)), URIRef(str(rng)) if rng else None)
            )
        return tuple(sorted(specs, key=lambda s: s.field))

    def _members(self, domain: Node) -> set[Node]:
        """A domain's classes: itself, or the members of an owl:unionOf."""
        union = self.graph.value(domain, OWL.unionOf)
        return set(Collection(self.graph, union)) if union is not None else {domain}

    def field(self, cls: URIRef, name: str) -> FieldSpec:
        return next(s for s in self.fields(cls) if s.field == name)

    def graph_shape(self) -> GraphShape:
        """The Neo4j projection: labels, relationship types, keys, constraints, shortcuts."""
        g, ns = self.graph, self.ns

        def annotated(name: str) -> dict[URIRef, str]:
            return {
                URIRef(str(s)): str(o)
                for s, o in g.subject_objects(ns[name])
                if isinstance(s, URIRef)
            }

        own = annotated("neo4jLabel")
        labels = {
            cls: tuple(
                own[c]
                for c in sorted(g.transitive_objects(cls, RDFS.subClassOf), key=str)
                if isinstance(c, URIRef) and c in own
            )
            for cls in own
        }
        keys = annotated("neo4jProperty")
        lists = frozenset(keys[p] for p, v in annotated("neo4jList").items() if v == "true")
        shortcuts = {
            cls: Shortcut(
                kind,
                URIRef(str(g.value(cls, ns["neo4jShortcutFrom"]))),
                URIRef(str(g.value(cls, ns["neo4jShortcutTo"]))),
            )
            for cls, kind in annotated("neo4jShortcut").items()
        }
        return GraphShape(
            labels=labels,
            types=annotated("neo4jType"),
            keys=keys,
            lists=lists,
            unique={own[c]: k for c, k in annotated("neo4jUnique").items()},
            indexes=tuple(
                sorted(
                    (own[URIRef(str(c))], str(k)) for c, k in g.subject_objects(ns["neo4jIndex"])
                )
            ),
            shortcuts=shortcuts,
        )

    def prefixes(self) -> dict[str, str]:
        """Prefixes for SPARQL and serialisations: the ontology's and those it uses."""
        return {
            self.prefix: str(self.ns),
            "rdf": str(RDF),
            "rdfs": str(RDFS),
            "owl": str(OWL),
            "xsd": str(XSD),
            "skos": str(SKOS),
            "prov": str(PROV),
            "dcterms": "http://purl.org/dc/terms/",
            "id": "https://w3id.org/sovereign-ai/id/",
        }


def ontology_dir() -> Path:
    return settings.path("ontology")


@cache
def ontology_graph() -> Graph:
    """Reads the ontology file (local file access only; owl:imports are never followed)."""
    return Graph().parse(ontology_dir() / ONTOLOGY_FILE, format="turtle")


@cache
def shapes_graph() -> Graph:
    """Reads the SHACL shapes file (local file access only)."""
    return Graph().parse(ontology_dir() / SHAPES_FILE, format="turtle")


@cache
def vocabulary() -> Vocabulary:
    return Vocabulary(ontology_graph())
