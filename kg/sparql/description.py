"""The SPARQL 1.1 Service Description of the endpoint (what GET without a query returns)."""

from __future__ import annotations

import pyoxigraph as ox

from kg.sparql.negotiation import GRAPH_FORMATS, SOLUTION_FORMATS

SD = "http://www.w3.org/ns/sparql-service-description#"
_W3C_FORMATS = "http://www.w3.org/ns/formats/"
_FORMAT_IRIS = {
    "json": "SPARQL_Results_JSON",
    "xml": "SPARQL_Results_XML",
    "csv": "SPARQL_Results_CSV",
    "tsv": "SPARQL_Results_TSV",
    "turtle": "Turtle",
    "ntriples": "N-Triples",
    "rdfxml": "RDF_XML",
    "jsonld": "JSON-LD",
}
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _sd(name: str) -> ox.NamedNode:
    return ox.NamedNode(SD + name)


def service_description(endpoint: str, named_graphs: list[str]) -> list[ox.Triple]:
    """The service at `endpoint`: SPARQL 1.1 Query only, its result formats, the union
    default graph, and one named graph per document."""
    service, dataset, default = ox.BlankNode(), ox.BlankNode(), ox.BlankNode()
    out = [
        ox.Triple(service, _RDF_TYPE, _sd("Service")),
        ox.Triple(service, _sd("endpoint"), ox.NamedNode(endpoint)),
        ox.Triple(service, _sd("supportedLanguage"), _sd("SPARQL11Query")),
        ox.Triple(service, _sd("feature"), _sd("UnionDefaultGraph")),
        ox.Triple(service, _sd("defaultDataset"), dataset),
        ox.Triple(dataset, _RDF_TYPE, _sd("Dataset")),
        ox.Triple(dataset, _sd("defaultGraph"), default),
        ox.Triple(default, _RDF_TYPE, _sd("Graph")),
    ]
    out += [
        ox.Triple(service, _sd("resultFormat"), ox.NamedNode(_W3C_FORMATS + _FORMAT_IRIS[f.key]))
        for f in (*SOLUTION_FORMATS, *GRAPH_FORMATS)
    ]
    for name in named_graphs:
        graph = ox.BlankNode()
        out += [
            ox.Triple(dataset, _sd("namedGraph"), graph),
            ox.Triple(graph, _RDF_TYPE, _sd("NamedGraph")),
            ox.Triple(graph, _sd("name"), ox.NamedNode(name)),
        ]
    return out
