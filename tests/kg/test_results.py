"""Result writers: SPARQL XML and TSV (JSON and CSV are covered through the CLI and endpoint)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pyoxigraph as ox

from kg.results import Rows, to_tsv, to_xml

NS = "{http://www.w3.org/2005/sparql-results#}"


def rows() -> Rows:
    store = ox.Store()
    s, p = ox.NamedNode("urn:s"), ox.NamedNode("urn:p")
    store.add(ox.Quad(s, p, ox.Literal("a <b> & 'c'\tx", language="en")))
    store.add(ox.Quad(s, p, ox.Literal("7", datatype=ox.NamedNode("urn:int"))))
    return Rows.take(store.query("SELECT ?s ?o ?none WHERE { ?s ?p ?o } ORDER BY ?o"), 1)


def test_xml_escapes_and_types_terms_and_says_truncated() -> None:
    doc = ET.fromstring(to_xml(rows()))
    assert [v.get("name") for v in doc.iter(f"{NS}variable")] == ["s", "o", "none"]
    assert doc.find(f"{NS}head/{NS}link").get("href") == "urn:kg:truncated"  # type: ignore[union-attr]
    [literal] = doc.iter(f"{NS}literal")
    assert literal.get("datatype") == "urn:int" and literal.text == "7"
    assert [b.get("name") for b in doc.iter(f"{NS}binding")] == ["s", "o"]  # unbound: absent


def test_xml_language_tag() -> None:
    store = ox.Store()
    store.add(
        ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal("x<", language="fr"))
    )
    doc = ET.fromstring(to_xml(Rows.take(store.query("SELECT ?o { ?s ?p ?o }"), 5)))
    [literal] = doc.iter(f"{NS}literal")
    assert (
        literal.get("{http://www.w3.org/XML/1998/namespace}lang") == "fr" and literal.text == "x<"
    )


def test_xml_replaces_characters_xml_cannot_carry() -> None:
    store = ox.Store()
    text = "page one\x0cpage two\x00"
    store.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal(text)))
    doc = ET.fromstring(to_xml(Rows.take(store.query("SELECT ?o { ?s ?p ?o }"), 5)))
    [literal] = doc.iter(f"{NS}literal")
    assert literal.text == "page one\ufffdpage two\ufffd"


def test_tsv_writes_terms_in_ntriples_form() -> None:
    lines = to_tsv(rows()).splitlines()
    assert lines == ["?s\t?o\t?none", '<urn:s>\t"7"^^<urn:int>\t']
    ask = Rows.take(ox.Store().query("ASK {}"), 1)
    assert to_tsv(ask).splitlines() == ["?_askResult", "true"]
