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
    return sorted(SHARED_GOLD.glob("*.json")) if SHARED_GOLD.is_dir() else []
