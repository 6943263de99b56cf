"""Loading extraction records into the store: validate everything, then write atomically."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import Errors, KGError
from kg.mapping import record_to_graph
from kg.records import DocumentRecord, read_record
from kg.store import KnowledgeStore
from kg.validation import validate


@dataclass(frozen=True, slots=True)
class Loaded:
    doc_id: str
    triples: int


def load_record(store: KnowledgeStore, record: DocumentRecord, *, source: Path | str) -> Loaded:
    """Maps, SHACL-validates and stores one record; on any error the store is untouched."""
    graph = record_to_graph(record)
    report = validate(graph)
    if not report.conforms:
        raise KGError(Errors.E005, path=source, report=report.text)
    store.replace_document(record.doc_id, graph)
    return Loaded(record.doc_id, len(graph))


def load_file(store: KnowledgeStore, path: Path) -> Loaded:
    return load_record(store, read_record(path), source=path)
