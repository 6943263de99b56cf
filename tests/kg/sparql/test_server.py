"""The SPARQL 1.1 Protocol against the running endpoint: a subset of the W3C protocol tests
(query via GET, POST form and POST direct; datasets; content types; bad requests), the
service description, CORS and the query page."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
from rdflib import Graph, Namespace, URIRef

from kg import ids
from tests.sparql_endpoint import Endpoint

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
COUNT_FALCON = "SELECT ?name WHERE { ?m a sai:AIModel ; skos:prefLabel ?name } ORDER BY ?name"
EXAMPLE_GRAPH = ids.graph_iri("uae_falcon_example")
TINY_GRAPH = ids.graph_iri("tiny")


def names(reply_body: bytes) -> list[str]:
    return [b["name"]["value"] for b in json.loads(reply_body)["results"]["bindings"]]


# ------------------------------------------------------------- query operation


def test_query_get(endpoint: Endpoint) -> None:
    reply = endpoint.get(COUNT_FALCON, "application/sparql-results+json")
    assert reply.status == 200
    assert reply.headers["content-type"].startswith("application/sparql-results+json")
    assert "Falcon" in names(reply.body)


def test_query_post_form(endpoint: Endpoint) -> None:
    reply = endpoint.post_form({"query": COUNT_FALCON})
    assert reply.status == 200 and "Falcon" in names(reply.body)


def test_query_post_direct(endpoint: Endpoint) -> None:
    reply = endpoint.request(
        "POST",
        body=COUNT_FALCON,
        headers={"Content-Type": "application/sparql-query; charset=utf-8"},
    )
    assert reply.status == 200 and "Falcon" in names(reply.body)


def test_default_graph_is_the_union_of_documents(endpoint: Endpoint) -> None:
    got = names(endpoint.get(COUNT_FALCON).body)
    assert {"Falcon", "Mistral Large"} <= set(got)  # from two documents


def test_dataset_default_graph_uri(endpoint: Endpoint) -> None:
    reply = endpoint.get(COUNT_FALCON, **{"default-graph-uri": TINY_GRAPH})
    assert names(reply.body) == ["Mistral Large"]


def test_dataset_named_graph_uri(endpoint: Endpoint) -> None:
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    params = [("query", query), ("named-graph-uri", TINY_GRAPH), ("named-graph-uri", EXAMPLE_GRAPH)]
    reply = endpoint.request("GET", params=params, headers={"Accept": "application/json"})
    graphs = {b["g"]["value"] for b in json.loads(reply.body)["results"]["bindings"]}
    assert graphs == {TINY_GRAPH, EXAMPLE_GRAPH}


def test_dataset_in_the_query_from_and_graph(endpoint: Endpoint) -> None:
    query = (
        f"SELECT ?name FROM <{EXAMPLE_GRAPH}> WHERE {{ ?m a sai:AIModel ; skos:prefLabel ?name }}"
    )
    assert names(endpoint.get(query).body) == ["Falcon"]
    pattern = "?m a sai:AIModel ; skos:prefLabel ?name"
    query = f"SELECT ?name WHERE {{ GRAPH <{TINY_GRAPH}> {{ {pattern} }} }}"
    assert names(endpoint.get(query).body) == ["Mistral Large"]


def test_protocol_dataset_overrides_from(endpoint: Endpoint) -> None:
    query = (
        f"SELECT ?name FROM <{EXAMPLE_GRAPH}> WHERE {{ ?m a sai:AIModel ; skos:prefLabel ?name }}"
    )
    reply = endpoint.get(query, **{"default-graph-uri": TINY_GRAPH})
    assert names(reply.body) == ["Mistral Large"]


def test_ontology_prefixes_are_predefined(endpoint: Endpoint) -> None:
    reply = endpoint.get("ASK { id:country\\/ARE sai:iso3 'ARE' }")
    assert reply.status == 200 and json.loads(reply.body)["boolean"] is True


# --------------------------------------------------------------- content types


@pytest.mark.parametrize(
    ("accept", "media_type"),
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
        ("*/*", "application/sparql-results+json"),
        ("", "application/sparql-results+json"),
    ],
)
def test_select_content_negotiation(endpoint: Endpoint, accept: str, media_type: str) -> None:
    reply = endpoint.get(COUNT_FALCON, accept)
    assert reply.status == 200
    assert reply.headers["content-type"].split(";")[0] == media_type
    assert "Falcon" in reply.text


def test_select_formats_parse(endpoint: Endpoint) -> None:
    xml = ET.fromstring(endpoint.get(COUNT_FALCON, "application/sparql-results+xml").body)
    ns = "{http://www.w3.org/2005/sparql-results#}"
    assert "Falcon" in [e.text for e in xml.iter(f"{ns}literal")]
    rows = list(csv.reader(io.StringIO(endpoint.get(COUNT_FALCON, "text/csv").text)))
    assert rows[0] == ["name"] and ["Falcon"] in rows
    tsv = endpoint.get(COUNT_FALCON, "text/tab-separated-values").text.splitlines()
    assert tsv[0] == "?name" and '"Falcon"' in tsv


@pytest.mark.parametrize(
    "accept", ["application/sparql-results+json", "application/sparql-results+xml", "text/csv"]
)
def test_ask_content_types(endpoint: Endpoint, accept: str) -> None:
    reply = endpoint.get("ASK { ?m a sai:AIModel }", accept)
    assert reply.status == 200 and "true" in reply.text


@pytest.mark.parametrize(
    ("accept", "rdflib_format"),
    [
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/ld+json", "json-ld"),
        ("application/rdf+xml", "xml"),
    ],
)
@pytest.mark.parametrize(
    "form",
    ["CONSTRUCT { ?m a sai:AIModel } WHERE { ?m a sai:AIModel }", "DESCRIBE id:country\\/ARE"],
)
def test_graph_content_types(
    endpoint: Endpoint, accept: str, rdflib_format: str, form: str
) -> None:
    reply = endpoint.get(form, accept)
    assert reply.status == 200 and reply.headers["content-type"].startswith(accept)
    graph = Graph().parse(data=reply.body, format=rdflib_format)
    assert len(graph) > 0


def test_not_acceptable(endpoint: Endpoint) -> None:
    reply = endpoint.get(COUNT_FALCON, "text/turtle")
    assert reply.status == 406 and "E306" in reply.text
    reply = endpoint.get("CONSTRUCT WHERE { ?s ?p ?o }", "text/csv")
    assert reply.status == 406


# ---------------------------------------------------------------- bad requests


def test_bad_query_method(endpoint: Endpoint) -> None:
    assert endpoint.request("PUT", params={"query": "ASK {}"}).status == 405
    assert endpoint.request("DELETE").status == 405


def test_bad_multiple_queries(endpoint: Endpoint) -> None:
    reply = endpoint.request("GET", params=[("query", "ASK {}"), ("query", "ASK {}")])
    assert reply.status == 400 and "exactly one query" in reply.text


def test_bad_query_wrong_media_type(endpoint: Endpoint) -> None:
    reply = endpoint.request("POST", body="ASK {}", headers={"Content-Type": "text/plain"})
    assert reply.status == 415 and "E305" in reply.text


def test_bad_query_missing_form_type(endpoint: Endpoint) -> None:
    reply = endpoint.request("POST", body="query=ASK%20%7B%7D")
    assert reply.status == 415


def test_bad_form_without_query(endpoint: Endpoint) -> None:
    assert endpoint.post_form({"default-graph-uri": TINY_GRAPH}).status == 400


def test_bad_query_non_utf8(endpoint: Endpoint) -> None:
    reply = endpoint.request(
        "POST", body=b"ASK { ?s ?p '\xff' }", headers={"Content-Type": "application/sparql-query"}
    )
    assert reply.status == 400 and "UTF-8" in reply.text


def test_bad_query_syntax_names_the_parser_error(endpoint: Endpoint) -> None:
    reply = endpoint.get("SELECT ?x WHERE { ?x ?y }")
    assert reply.status == 400
    assert "E008" in reply.text and "error at 1:" in reply.text


def test_bad_timeout_parameter(endpoint: Endpoint) -> None:
    assert endpoint.get("ASK {}", timeout="soon").status == 400
    assert endpoint.get("ASK {}", timeout="-1").status == 400


# ------------------------------------------------- description, CORS and page


def test_service_description(endpoint: Endpoint) -> None:
    reply = endpoint.request("GET", headers={"Accept": "text/turtle"})
    assert reply.status == 200 and reply.headers["content-type"].startswith("text/turtle")
    sd = Graph().parse(data=reply.body, format="turtle")
    service = sd.value(predicate=SD.endpoint, object=URIRef(endpoint.url), any=False)
    assert service is not None
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in sd
    assert (service, SD.feature, SD.UnionDefaultGraph) in sd
    assert URIRef(EXAMPLE_GRAPH) in set(sd.objects(None, SD.name))


def test_cors(endpoint: Endpoint) -> None:
    reply = endpoint.request(
        "GET", params={"query": "ASK {}"}, headers={"Origin": "http://example.org"}
    )
    assert reply.headers["access-control-allow-origin"] == "*"
    preflight = endpoint.request(
        "OPTIONS",
        headers={
            "Origin": "http://example.org",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status == 200 and "POST" in preflight.headers["access-control-allow-methods"]


def test_query_page_for_browsers(endpoint: Endpoint) -> None:
    accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    page = endpoint.request("GET", headers={"Accept": accept})
    assert page.status == 200 and page.headers["content-type"].startswith("text/html")
    assert "<textarea" in page.text and "textContent" in page.text
    listing = json.loads(endpoint.request("GET", path="/examples.json").body)
    assert len(listing) >= 10 and all(item["description"] for item in listing)


# ------------------------------------------------------------ beside a writer


def test_serves_beside_a_writer_and_sees_each_load_whole(
    endpoint: Endpoint, tiny: dict[str, object]
) -> None:
    from kg.loading import load_record
    from kg.records import parse_record
    from kg.store import open_store

    ask = "ASK { ?m skos:prefLabel 'Late Model' }"
    late = {**tiny, "doc": "late.txt"}
    late["entities"] = [*tiny["entities"], {"name": "Late Model", "type": "AIModel", "aliases": []}]  # type: ignore[list-item]
    assert json.loads(endpoint.get(ask).body)["boolean"] is False
    with open_store(endpoint.store) as store:  # the server holds no lock on the store
        load_record(store, parse_record(late), source="late")
        assert json.loads(endpoint.get(ask).body)["boolean"] is False  # not yet published
    assert json.loads(endpoint.get(ask).body)["boolean"] is True
    with open_store(endpoint.store) as store:
        store.remove_document("late")
    assert json.loads(endpoint.get(ask).body)["boolean"] is False
