"""Records to RDF and back: the same facts, deterministic IRIs, valid against the shapes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rdflib import OWL, Literal, URIRef

from kg import ids
from kg.mapping import graph_to_record, record_to_graph
from kg.records import DocumentRecord, parse_record, read_record
from kg.validation import validate
from kg.vocab import PROV, SKOS, vocabulary
from tests.conftest import EXAMPLE, gold_files


def facts(rec: DocumentRecord) -> dict[str, Any]:
    """A record's content, order-free and resolved to canonical names."""

    def canon(name: str | None) -> str | None:
        return None if name is None else rec.entity(name).name

    return {
        "entities": sorted(
            (e.name, e.type, tuple(sorted(set(e.aliases) - {e.name}))) for e in rec.entities
        ),
        "subsidies": sorted(
            repr((canon(s.funder), canon(s.recipient), s.amount_text, s.amount, s.currency,
             s.amount_usd, s.year, s.evidence, s.start, s.end, s.confidence))
            for s in rec.subsidies
        ),
        "joint_ventures": sorted(
            (tuple(sorted(canon(p) or "" for p in j.partners)), j.name, j.year, j.kind, j.evidence)
            for j in rec.joint_ventures
        ),
        "relations": sorted(
            (canon(r.subject), r.predicate, canon(r.object), r.evidence, r.confidence)
            for r in rec.relations
        ),
    }  # fmt: skip


@pytest.mark.parametrize("path", [EXAMPLE, *gold_files()], ids=lambda p: p.stem)
def test_round_trip(path: Path) -> None:
    rec = read_record(path)
    back = graph_to_record(record_to_graph(rec))
    assert facts(back) == facts(rec)
    assert back.doc == rec.doc


@pytest.mark.parametrize("path", [EXAMPLE, *gold_files()], ids=lambda p: p.stem)
def test_mapped_graph_conforms(path: Path) -> None:
    report = validate(record_to_graph(read_record(path)))
    assert report.conforms, report.text


def test_same_actor_same_iri_across_documents(tiny: dict[str, Any]) -> None:
    other = {
        "doc": "other.txt",
        "entities": [
            {"name": "French Republic", "type": "Government", "aliases": ["FRA"]},
            {"name": "mistral ai", "type": "Firm"},
        ],
    }
    a, b = parse_record(tiny), parse_record(other)
    assert ids.entity_iri(a.entities[0]) == ids.entity_iri(b.entities[0]) == ids.ID + "country/FRA"
    assert ids.entity_iri(a.entities[1]) == ids.entity_iri(b.entities[1])


def test_wikidata_id_becomes_same_as(tiny: dict[str, Any]) -> None:
    tiny["entities"][1]["wikidata"] = "Q116759004"
    g = record_to_graph(parse_record(tiny))
    mistral = URIRef(ids.ID + "wd/Q116759004")
    assert (mistral, OWL.sameAs, URIRef(ids.WIKIDATA + "Q116759004")) in g


def test_every_fact_has_evidence_and_document(tiny: dict[str, Any]) -> None:
    V = vocabulary()
    g = record_to_graph(parse_record(tiny))
    for cls in (V.Subsidy, V.RelationAssertion):
        for node in g.subjects(predicate=None, object=cls):
            assert g.value(node, V.evidence) is not None
            assert g.value(node, PROV.wasDerivedFrom) == URIRef(ids.document_iri("tiny"))


def test_relation_is_asserted_directly(tiny: dict[str, Any]) -> None:
    V = vocabulary()
    g = record_to_graph(parse_record(tiny))
    france = g.value(predicate=SKOS.prefLabel, object=Literal("France"))
    eu = g.value(predicate=SKOS.prefLabel, object=Literal("European Union"))
    assert (france, V.memberOf, eu) in g
