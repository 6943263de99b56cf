"""SHACL validation of data against ontology/shapes.ttl, with pySHACL."""

from __future__ import annotations

from dataclasses import dataclass

import pyshacl
from rdflib import Graph

from kg.vocab import ontology_graph, shapes_graph


@dataclass(frozen=True, slots=True)
class Report:
    conforms: bool
    text: str
    graph: Graph


def validate(data: Graph) -> Report:
    """Validates `data` with the ontology mixed in, so sh:class sees rdfs:subClassOf."""
    conforms, results, text = pyshacl.validate(
        data,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference="none",
        allow_warnings=True,
    )
    return Report(bool(conforms), str(text), results)
