"""Shared fixtures: tiny records written here, the shared dev set when it is beside the repo."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

# The running SPARQL endpoint fixture (`endpoint`), shared by its tests and the security tests.
pytest_plugins = ("tests.sparql_endpoint",)

ROOT = Path(__file__).resolve().parent.parent
SHARED_GOLD = ROOT.parent / "shared" / "eval" / "dev" / "gold"
EXAMPLE = ROOT / "data" / "examples" / "uae_falcon.json"
BUNDLED_GOLD = ROOT / "data" / "eval" / "bundled" / "gold"

TINY: dict[str, Any] = {
    "doc": "tiny.txt",
    "entities": [
        {"name": "France", "type": "Government", "aliases": ["French government"]},
        {"name": "Mistral AI", "type": "Firm", "aliases": ["Mistral"]},
        {"name": "Mistral Large", "type": "AIModel", "aliases": []},
        {"name": "European Union", "type": "Bloc", "aliases": ["EU"]},
    ],
    "subsidies": [
        {
            "funder": "France",
            "recipient": "Mistral AI",
            "amount_text": "EUR 20bn",
            "amount": 2e10,
            "currency": "EUR",
            "year": 2025,
            "evidence": "France pledged EUR 20bn to Mistral AI in 2025.",
            "start": 0,
            "end": 46,
            "confidence": 0.9,
        }
    ],
    "joint_ventures": [],
    "relations": [
        {
            "subject": "Mistral",
            "predicate": "DEVELOPS",
            "object": "Mistral Large",
            "evidence": "Mistral developed Mistral Large.",
        },
        {
            "subject": "France",
            "predicate": "MEMBER_OF",
            "object": "EU",
            "evidence": "France, a member of the EU",
        },
    ],
}


@pytest.fixture(autouse=True)
def _no_neo4j_autosync(monkeypatch: pytest.MonkeyPatch) -> None:
    """`kg ingest` syncs a running Neo4j; tests that want it turn it back on."""
    monkeypatch.setenv("KG_NEO4J_AUTOSYNC", "false")


@pytest.fixture
def tiny() -> dict[str, Any]:
    return copy.deepcopy(TINY)


@pytest.fixture
def write_json(tmp_path: Path):  # type: ignore[no-untyped-def]
    def write(data: object, name: str = "doc.json") -> Path:
        path = tmp_path / name
        path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
        return path

    return write


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


def gold_files() -> list[Path]:
    """The repository's gold files of the bundled reports, and the shared dev set's when it is
    beside the repository (a clean clone in CI may not have it)."""
    shared = sorted(SHARED_GOLD.glob("*.json")) if SHARED_GOLD.is_dir() else []
    return sorted(BUNDLED_GOLD.glob("*.json")) + shared


# ------------------------------------------------------------------ Neo4j
# One real server for the whole session, on a free loopback port in a temporary KG_HOME; the
# jars are those of the repository's KG_HOME (resolved by `make test` first, else here).

NEO4J_DATA = ROOT / "tests" / "kg" / "neo4j" / "data"


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def neo4j_layout(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from kg import settings
    from kg.neo4j import server
    from kg.neo4j.config import PASSWORD_ENV, Layout

    lib = settings.path("neo4j_lib").resolve()
    home = tmp_path_factory.mktemp("kg_home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KG_HOME", str(home))
        mp.setenv("KG_NEO4J_LIB", str(lib))
        mp.setenv("KG_NEO4J_BOLT_PORT", str(_free_port()))
        mp.setenv("KG_NEO4J_HEAP", "512m")
        mp.setenv("KG_NEO4J_PAGECACHE", "64m")
        mp.delenv(PASSWORD_ENV, raising=False)
        layout = Layout.from_settings()
        server.install(layout)
        server.start(layout)
        try:
            yield layout
        finally:
            server.stop(layout)


@pytest.fixture
def neo4j_driver(neo4j_layout):  # type: ignore[no-untyped-def]
    """A driver on an emptied database."""
    from kg.neo4j import server

    with server.driver(neo4j_layout) as driver:
        driver.execute_query("MATCH (n) DETACH DELETE n")
        yield driver


@pytest.fixture
def research_store(tmp_path: Path) -> Path:
    """A store holding the three small documents of tests/kg/neo4j/data."""
    from kg.loading import load_file
    from kg.store import open_store

    path = tmp_path / "store"
    with open_store(path) as store:
        for doc in sorted(NEO4J_DATA.glob("*.json")):
            load_file(store, doc)
    return path
