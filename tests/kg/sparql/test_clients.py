"""Real SPARQL clients against the running endpoint: SPARQLWrapper and rdflib."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlconnector import SPARQLConnector
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, POST, XML, SPARQLWrapper

from kg.vocab import SKOS
from tests.sparql_endpoint import Endpoint

MODELS = "SELECT DISTINCT ?name WHERE { ?m a sai:AIModel ; skos:prefLabel ?name } ORDER BY ?name"


def wrapper(endpoint: Endpoint, fmt: str, *, method: str = "GET") -> SPARQLWrapper:
    client = SPARQLWrapper(endpoint.url, returnFormat=fmt)
    client.setMethod(method)
    client.setQuery(MODELS)
    return client


@pytest.mark.parametrize("method", ["GET", POST])
def test_sparqlwrapper_json(endpoint: Endpoint, method: str) -> None:
    result = wrapper(endpoint, JSON, method=method).queryAndConvert()
    assert isinstance(result, dict)
    assert "Falcon" in [b["name"]["value"] for b in result["results"]["bindings"]]


def test_sparqlwrapper_xml(endpoint: Endpoint) -> None:
    document = wrapper(endpoint, XML).queryAndConvert()
    literals = [n.firstChild.data for n in document.getElementsByTagName("literal")]  # type: ignore[union-attr]
    assert "Falcon" in literals


def test_sparqlwrapper_csv(endpoint: Endpoint) -> None:
    text = wrapper(endpoint, CSV).queryAndConvert()
    assert isinstance(text, bytes)
    lines = text.decode().splitlines()
    assert lines[0] == "name" and "Falcon" in lines


def test_sparqlwrapper_ask(endpoint: Endpoint) -> None:
    client = SPARQLWrapper(endpoint.url, returnFormat=JSON)
    client.setQuery("ASK { ?m a sai:AIModel }")
    assert client.queryAndConvert()["boolean"] is True  # type: ignore[index]


def test_rdflib_sparqlstore_select_ask_construct(endpoint: Endpoint) -> None:
    graph = Graph(SPARQLStore(endpoint.url))
    rows = list(graph.query(MODELS))
    assert Literal("Falcon") in [row[0] for row in rows]  # type: ignore[index]
    assert graph.query("ASK { ?s ?p ?o }").askAnswer is True
    built = graph.query(
        "CONSTRUCT { ?m skos:prefLabel ?name } WHERE { ?m a sai:AIModel ; skos:prefLabel ?name }"
    ).graph
    assert built is not None and (None, SKOS.prefLabel, Literal("Falcon")) in built


def test_rdflib_sparqlstore_triples(endpoint: Endpoint) -> None:
    graph = Graph(SPARQLStore(endpoint.url))
    uae = URIRef("https://w3id.org/sovereign-ai/id/country/ARE")
    assert Literal("United Arab Emirates") in set(graph.objects(uae, SKOS.prefLabel))


@pytest.mark.parametrize("method", ["GET", "POST", "POST_FORM"])
@pytest.mark.parametrize("return_format", ["xml", "json", "csv"])
def test_rdflib_sparqlconnector(endpoint: Endpoint, method: str, return_format: str) -> None:
    connector = SPARQLConnector(endpoint.url, returnFormat=return_format, method=method)  # type: ignore[arg-type]
    result = connector.query(MODELS)
    assert "Falcon" in [str(row[0]) for row in result]  # type: ignore[index]
