"""The query library: research questions as Cypher files in `kg/neo4j/queries/`.

Each file starts with comment lines: the first is a one-line description, then one
`// @param NAME DEFAULT` line per parameter (the default as JSON). Everything else is the query.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from kg.errors import Errors, KGError

QUERIES = Path(__file__).resolve().parent / "queries"
_PARAM = "@param "


@dataclass(frozen=True, slots=True)
class LibraryQuery:
    name: str
    description: str
    params: dict[str, Any]
    text: str


def parse(name: str, source: str) -> LibraryQuery:
    header = []
    lines = source.splitlines()
    while lines and lines[0].startswith("//"):
        header.append(lines.pop(0).removeprefix("//").strip())
    params = {}
    for line in header[1:]:
        if line.startswith(_PARAM):
            key, _, default = line.removeprefix(_PARAM).partition(" ")
            params[key] = json.loads(default)
    return LibraryQuery(name, header[0] if header else "", params, "\n".join(lines).strip())


@cache
def library() -> dict[str, LibraryQuery]:
    """Every library query by name (reads the queries folder)."""
    return {
        path.stem: parse(path.stem, path.read_text(encoding="utf-8"))
        for path in sorted(QUERIES.glob("*.cypher"))
    }


def get(name: str) -> LibraryQuery:
    try:
        return library()[name]
    except KeyError:
        raise KGError(Errors.E208, name=name) from None
