"""Deterministic IRIs: the same actor gets the same IRI in every document.

The canonical key of an entity is, in order: its ISO 3166-1 alpha-3 code (Governments;
given, or found by pycountry from its name or aliases), its Wikidata id, or its type and
normalised name. Facts get IRIs from a hash of what identifies them within their document.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

import pycountry

from ingest.reference import load_reference
from kg.records import Entity

ID = "https://w3id.org/sovereign-ai/id/"
GRAPH = "https://w3id.org/sovereign-ai/graph/"
WIKIDATA = "http://www.wikidata.org/entity/"

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    """'The Technology Innovation Institute (TII)' -> 'technology-innovation-institute-tii'."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    if folded.startswith("the "):
        folded = folded[4:]
    s = _NON_WORD.sub("-", folded).strip("-")
    # Names in other scripts have no ASCII form: keep them, percent-encoded.
    return s or quote(unicodedata.normalize("NFKC", name).casefold().strip(), safe="")


def country_code(entity: Entity) -> str | None:
    """The entity's ISO alpha-3 code: given, or a name or alias that the countries reference
    data knows ("Russia", "UAE", "Britain"), or an exact pycountry match."""
    if entity.iso3:
        return entity.iso3
    reference = load_reference()
    for name in (entity.name, *entity.aliases):
        known = reference.by_name(name)
        if known is not None and known.key.startswith("country:") and known.country:
            return known.country
    for name in (entity.name, *entity.aliases):
        try:
            return str(pycountry.countries.lookup(name).alpha_3)
        except LookupError:
            continue
    return None


def entity_key(entity: Entity) -> str:
    """The path of the entity's IRI below ID."""
    if entity.type == "Government":
        code = country_code(entity)
        if code:
            return f"country/{code}"
    if entity.wikidata:
        return f"wd/{entity.wikidata}"
    return f"{entity.type.lower()}/{slug(entity.name)}"


def entity_iri(entity: Entity) -> str:
    return ID + entity_key(entity)


def document_iri(doc_id: str) -> str:
    return f"{ID}document/{doc_id}"


def graph_iri(doc_id: str) -> str:
    """The named graph that holds exactly one document's statements."""
    return GRAPH + doc_id


def doc_id_of_graph(graph: str) -> str | None:
    return graph[len(GRAPH) :] if graph.startswith(GRAPH) else None


def fact_iri(kind: str, *parts: object) -> str:
    """A fact's IRI from the parts that identify it ('subsidy', doc id, funder IRI, ...)."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return f"{ID}{kind}/{hashlib.sha256(text.encode()).hexdigest()[:20]}"
