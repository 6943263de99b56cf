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
        "query_rows", "KG_QUERY_ROWS", "10000", "Row cap of `kg sparql query`; truncation is said."
    ),
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
