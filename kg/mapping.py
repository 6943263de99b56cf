"""Records to RDF and back.

One document becomes the triples of its own named graph: the Document node, every entity it
names (type, labels, codes), n-ary Subsidy and JointVenture nodes, each relation both as a
direct triple and as a RelationAssertion, and an Evidence node for every fact. Which
property carries which record field is read from the ontology (`sai:recordField`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from typing import Any

from rdflib import OWL, RDF, Graph, Literal, URIRef
from rdflib.term import Node

from kg import ids
from kg.records import (
    DocumentMeta,
    DocumentRecord,
    Entity,
    Evidenced,
    JointVenture,
    Relation,
    Subsidy,
)
from kg.vocab import PROV, SKOS, XSD, Vocabulary, vocabulary


def _literal(value: Any, datatype: URIRef | None) -> Literal:
    if datatype == XSD.decimal:
        return Literal(Decimal(str(value)), datatype=XSD.decimal)
    if datatype == XSD.string or datatype is None:
        return Literal(str(value))
    return Literal(value, datatype=datatype)


def _python(node: Node, datatype: URIRef | None) -> Any:
    assert isinstance(node, Literal)
    if datatype == XSD.decimal:
        return float(node.toPython())
    if datatype == XSD.dateTime:
        value = node.toPython()
        return value if isinstance(value, datetime) else str(node)
    if datatype == XSD.integer:
        return int(node)
    return str(node)


class _Writer:
    """Builds the named graph of one document."""

    def __init__(self, record: DocumentRecord, vocab: Vocabulary) -> None:
        self.rec = record
        self.V = vocab
        self.g = Graph()
        self.doc = URIRef(ids.document_iri(record.doc_id))
        self._iri_of: dict[int, URIRef] = {}

    def iri(self, name: str) -> URIRef:
        ent = self.rec.entity(name)
        return self._iri_of.setdefault(id(ent), URIRef(ids.entity_iri(ent)))

    def fields(self, node: URIRef, cls: URIRef, obj: object, *, skip: Iterable[str] = ()) -> None:
        """Writes the data fields of a record that the ontology declares for `cls`."""
        for spec in self.V.fields(cls):
            if spec.datatype is None or spec.field in skip:
                continue
            value = getattr(obj, spec.field, None)
            if value is not None:
                self.g.add((node, spec.prop, _literal(value, spec.datatype)))

    def evidence(self, fact: URIRef, ev: Evidenced) -> None:
        if ev.evidence is None:
            return
        node = URIRef(
            ids.fact_iri(
                "evidence",
                self.rec.doc_id,
                ev.evidence,
                ev.start,
                ev.end,
                ev.page,
                ev.confidence,
                ev.extractor,
            )
        )
        self.g.add((node, RDF.type, self.V.Evidence))
        self.g.add((node, PROV.wasDerivedFrom, self.doc))
        self.fields(node, self.V.Evidence, ev)
        self.g.add((fact, self.V.evidence, node))

    def fact(self, node: URIRef, cls: URIRef, fact: Evidenced) -> None:
        self.g.add((node, RDF.type, cls))
        self.g.add((node, PROV.wasDerivedFrom, self.doc))
        self.fields(node, cls, fact)
        self.evidence(node, fact)

    def document(self) -> None:
        V, doc = self.V, self.doc
        self.g.add((doc, RDF.type, V.Document))
        meta = self.rec.document.model_copy(update={"id": self.rec.doc_id})
        self.fields(doc, V.Document, meta)
        self.g.add((doc, V.fileName, Literal(self.rec.doc)))

    def entity(self, ent: Entity) -> None:
        V, node = self.V, self.iri(ent.name)
        self.g.add((node, RDF.type, V.entity_types[ent.type]))
        self.g.add((node, SKOS.prefLabel, Literal(ent.name)))
        for alias in ent.aliases:
            if alias != ent.name:
                self.g.add((node, SKOS.altLabel, Literal(alias)))
        if ent.type == "Government" and (code := ids.country_code(ent)):
            self.g.add((node, V.iso3, Literal(code)))
        if ent.wikidata:
            self.g.add((node, OWL.sameAs, URIRef(ids.WIKIDATA + ent.wikidata)))
        self.g.add((self.doc, V.mentions, node))
        self.evidence(node, ent)

    def subsidy(self, s: Subsidy) -> None:
        funder = self.iri(s.funder)
        recipient = self.iri(s.recipient) if s.recipient else None
        node = URIRef(
            ids.fact_iri("subsidy", self.rec.doc_id, funder, recipient, s.amount_text, s.evidence)
        )
        self.fact(node, self.V.Subsidy, s)
        self.g.add((node, self.V.funder, funder))
        if recipient is not None:
            self.g.add((node, self.V.recipient, recipient))

    def joint_venture(self, j: JointVenture) -> None:
        partners = sorted({self.iri(p) for p in j.partners})
        node = URIRef(ids.fact_iri("venture", self.rec.doc_id, *partners, j.name, j.evidence))
        self.fact(node, self.V.JointVenture, j)
        for p in partners:
            self.g.add((node, self.V.partner, p))

    def relation(self, r: Relation) -> None:
        s, p, o = self.iri(r.subject), self.V.relations[r.predicate], self.iri(r.object)
        self.g.add((s, p, o))
        node = URIRef(ids.fact_iri("assertion", self.rec.doc_id, s, p, o, r.evidence))
        self.fact(node, self.V.RelationAssertion, r)
        self.g.add((node, RDF.subject, s))
        self.g.add((node, RDF.predicate, p))
        self.g.add((node, RDF.object, o))


def record_to_graph(record: DocumentRecord) -> Graph:
    """The triples of one document's named graph."""
    w = _Writer(record, vocabulary())
    w.document()
    for ent in record.entities:
        w.entity(ent)
    for s in record.subsidies:
        w.subsidy(s)
    for j in record.joint_ventures:
        w.joint_venture(j)
    for r in record.relations:
        w.relation(r)
    return w.g


class _Reader:
    """Reads one document's named graph back into a record."""

    def __init__(self, g: Graph, vocab: Vocabulary) -> None:
        self.g = g
        self.V = vocab

    def values(self, node: Node, cls: URIRef) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for spec in self.V.fields(cls):
            if spec.datatype is None:
                continue
            value = self.g.value(node, spec.prop)  # type: ignore[arg-type]
            if value is not None:
                out[spec.field] = _python(value, spec.datatype)
        return out

    def evidence(self, node: Node) -> dict[str, Any]:
        ev = self.g.value(node, self.V.evidence)  # type: ignore[arg-type]
        return self.values(ev, self.V.Evidence) if ev is not None else {}

    def name(self, node: Node | None) -> str | None:
        return None if node is None else str(self.g.value(node, SKOS.prefLabel))  # type: ignore[arg-type]

    def entity(self, node: Node, type_key: str) -> Entity:
        same = self.g.value(node, OWL.sameAs)  # type: ignore[arg-type]
        code = self.g.value(node, self.V.iso3)  # type: ignore[arg-type]
        return Entity(
            name=str(self.name(node)),
            type=type_key,
            aliases=sorted(str(a) for a in self.g.objects(node, SKOS.altLabel)),  # type: ignore[arg-type]
            iso3=str(code) if code else None,
            wikidata=str(same).removeprefix(ids.WIKIDATA) if same else None,
            **self.evidence(node),
        )

    def facts(self, cls: URIRef) -> list[Node]:
        return sorted(self.g.subjects(RDF.type, cls))  # type: ignore[type-var]

    def record(self) -> DocumentRecord:
        V, g = self.V, self.g
        doc = next(g.subjects(RDF.type, V.Document))
        meta = self.values(doc, V.Document)
        file_name = meta.pop("doc")
        entities = [
            self.entity(node, key)
            for key, cls in V.entity_types.items()
            for node in sorted(g.subjects(RDF.type, cls))  # type: ignore[type-var]
        ]
        subsidies = [
            Subsidy(
                funder=str(self.name(g.value(n, V.funder))),  # type: ignore[arg-type]
                recipient=self.name(g.value(n, V.recipient)),  # type: ignore[arg-type]
                **self.values(n, V.Subsidy),
                **self.evidence(n),
            )
            for n in self.facts(V.Subsidy)
        ]
        ventures = [
            JointVenture(
                partners=sorted(str(self.name(p)) for p in g.objects(n, V.partner)),  # type: ignore[arg-type]
                **self.values(n, V.JointVenture),
                **self.evidence(n),
            )
            for n in self.facts(V.JointVenture)
        ]
        relations = [
            Relation(
                subject=str(self.name(g.value(n, RDF.subject))),  # type: ignore[arg-type]
                predicate=V.json_key(g.value(n, RDF.predicate)),  # type: ignore[arg-type]
                object=str(self.name(g.value(n, RDF.object))),  # type: ignore[arg-type]
                **self.evidence(n),
            )
            for n in self.facts(V.RelationAssertion)
        ]
        return DocumentRecord(
            doc=file_name,
            document=DocumentMeta(**meta),
            entities=entities,
            subsidies=subsidies,
            joint_ventures=ventures,
            relations=relations,
        )


def graph_to_record(g: Graph) -> DocumentRecord:
    """The record a document's named graph holds (the inverse of record_to_graph)."""
    return _Reader(g, vocabulary()).record()
