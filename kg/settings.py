"""One table of settings: name, environment variable, default and help.

Every command reads its defaults here, `kg settings` prints the table, and the README
copies it. A value comes from the command line first, then the environment, then the default.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    env: str
    default: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("home", "KG_HOME", ".kg", "Folder for all local state: store, quarantine, Neo4j."),
    Setting(
        "store", "KG_STORE", "{home}/store", "The pyoxigraph knowledge store (system of record)."
    ),
    Setting(
        "ontology",
        "KG_ONTOLOGY",
        str(Path(__file__).resolve().parent.parent / "ontology"),
        "Folder holding sovai.ttl (OWL) and shapes.ttl (SHACL).",
    ),
    Setting(
        "query_rows",
        "KG_QUERY_ROWS",
        "10000",
        "Row cap of `kg sparql query` and the SPARQL endpoint; truncation is said.",
    ),
    Setting("sparql_host", "KG_SPARQL_HOST", "127.0.0.1", "Address `kg sparql serve` binds."),
    Setting("sparql_port", "KG_SPARQL_PORT", "7878", "Port of `kg sparql serve`."),
    Setting(
        "sparql_timeout",
        "KG_SPARQL_TIMEOUT",
        "30",
        "Seconds a SPARQL endpoint query may take (clients may only lower it); then 503.",
    ),
    Setting(
        "sparql_max_request",
        "KG_SPARQL_MAX_REQUEST",
        "262144",
        "Largest SPARQL endpoint request in bytes (query string or body); larger is 413.",
    ),
    Setting(
        "sparql_workers",
        "KG_SPARQL_WORKERS",
        "4",
        "Query processes of the SPARQL endpoint (each query runs in one, killed at its limit).",
    ),
    Setting(
        "max_file_bytes",
        "KG_MAX_FILE_BYTES",
        "50000000",
        "Largest report file read; also caps each decompressed PDF stream.",
    ),
    Setting(
        "max_text_chars",
        "KG_MAX_TEXT_CHARS",
        "10000000",
        "Most characters of text a report may yield (guards against decompression bombs).",
    ),
    Setting("max_pdf_pages", "KG_MAX_PDF_PAGES", "2000", "Most pages of a PDF report."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str) -> str:
    """The effective value of a setting: environment first, then the default."""
    setting = _BY_NAME[name]
    value = os.environ.get(setting.env) or setting.default
    if "{home}" in value:
        value = value.replace("{home}", get("home"))
    return value


def path(name: str) -> Path:
    return Path(get(name)).expanduser()
