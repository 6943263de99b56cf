"""One table of settings: name, environment variable, default and help.

Every command reads its defaults here, `kg settings` prints the table, and the README
copies it. A value comes from the command line first, then the environment, then the default.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
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
        "Row cap of `kg sparql query`, the SPARQL endpoint and `kg cypher`; truncation is said.",
    ),
    Setting(
        "reference",
        "KG_REFERENCE",
        str(Path(__file__).resolve().parent.parent / "data" / "reference"),
        "Folder of the extractor's reference data (countries, blocs, actors, currencies CSV).",
    ),
    Setting(
        "quarantine",
        "KG_QUARANTINE",
        "{home}/quarantine",
        "Folder of quarantine records: one JSON per report that `kg extract`/`kg ingest` "
        "could not read.",
    ),
    Setting(
        "explorer_rows",
        "KG_EXPLORER_ROWS",
        "500",
        "Row cap of each table of the Streamlit explorer (and of its network); truncation is said.",
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
    Setting(
        "neo4j_home",
        "KG_NEO4J_HOME",
        "{home}/neo4j",
        "Neo4j's folder: neo4j.conf, data, logs, the password file and the pid file.",
    ),
    Setting(
        "neo4j_lib",
        "KG_NEO4J_LIB",
        "{home}/neo4j/lib",
        "The Neo4j server's jars, resolved from Maven Central by `kg neo4j install`.",
    ),
    Setting("neo4j_bolt_port", "KG_NEO4J_BOLT_PORT", "7687", "Bolt port (bound to 127.0.0.1)."),
    Setting("neo4j_heap", "KG_NEO4J_HEAP", "1g", "JVM heap of the Neo4j server."),
    Setting("neo4j_pagecache", "KG_NEO4J_PAGECACHE", "512m", "Neo4j page cache size."),
    Setting(
        "neo4j_tx_timeout",
        "KG_NEO4J_TX_TIMEOUT",
        "120s",
        "Server-side limit on any transaction's duration (db.transaction.timeout).",
    ),
    Setting(
        "neo4j_tx_memory",
        "KG_NEO4J_TX_MEMORY",
        "512m",
        "Memory limit of one transaction (db.memory.transaction.max).",
    ),
    Setting("cypher_timeout", "KG_CYPHER_TIMEOUT", "30", "Seconds `kg cypher` lets a query run."),
    Setting(
        "neo4j_autosync",
        "KG_NEO4J_AUTOSYNC",
        "true",
        "`kg ingest` also syncs Neo4j when its server is running (true/false).",
    ),
    Setting("neo4j_batch", "KG_NEO4J_BATCH", "10000", "Rows per UNWIND batch of `kg neo4j sync`."),
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
    return _expanded(get(name))


@cache
def _expanded(value: str) -> Path:
    # (hot: the extractor asks for its reference folder per name it weighs)
    return Path(value).expanduser()
