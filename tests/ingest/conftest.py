"""The spaCy pipeline, loaded once per test session, and helpers to run it on sentences."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from ingest.extract import extract
from ingest.pipeline import build_nlp
from ingest.source import SourceText
from kg.records import DocumentRecord

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
GOLD = HERE / "gold"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return build_nlp()


@pytest.fixture(scope="session")
def run(nlp: Language) -> Callable[[str], DocumentRecord]:
    """Extracts a record from a text written in the test."""

    def go(text: str) -> DocumentRecord:
        return extract(SourceText(path=Path("test.txt"), text=text), nlp)

    return go


def names(record: DocumentRecord) -> dict[str, str]:
    """Every name and alias of the record's entities, to the entity's type."""
    return {n: e.type for e in record.entities for n in (e.name, *e.aliases)}


def relations(record: DocumentRecord) -> set[tuple[str, str, str]]:
    """Every relation, once under each name or alias of its subject and object."""
    forms = {e.name: (e.name, *e.aliases) for e in record.entities}
    out = set()
    for r in record.relations:
        subj, obj = record.entity(r.subject).name, record.entity(r.object).name
        out |= {(s, r.predicate, o) for s in forms[subj] for o in forms[obj]}
    return out


# ------------------------------------------------------------------ golden documents
def _norm(name: str | None) -> str:
    s = unicodedata.normalize("NFKC", name or "").casefold().replace("’", "'")
    s = re.sub(r"[^\w\s&+-]", "", s.replace("'s ", " "))
    s = re.sub(r"\s+", " ", s).strip()
    return s[4:] if s.startswith("the ") else s


def score(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, tuple[int, int, int]]:
    """(correct predictions, predictions, gold items) per category, matched the way
    shared/eval/score.py matches them (names through gold and predicted aliases)."""
    index = {
        _norm(n): i for i, e in enumerate(gold["entities"]) for n in [e["name"], *e["aliases"]]
    }
    for e in pred["entities"]:
        forms = [e["name"], *e.get("aliases", [])]
        hit = next((index[_norm(n)] for n in forms if _norm(n) in index), None)
        for n in forms:
            if hit is not None:
                index.setdefault(_norm(n), hit)

    def key(name: str | None) -> object:
        return None if name is None else index.get(_norm(name), ("?", _norm(name)))

    found = {key(e["name"]) for e in pred["entities"]} - {None}
    found = {f for f in found if not isinstance(f, tuple)}
    out = {"entities": (len(found), len(pred["entities"]), len(gold["entities"]))}

    def facts(items: list[dict[str, Any]], k: Callable[[dict[str, Any]], object]) -> set[object]:
        return {k(x) for x in items}

    def rel(x: dict[str, Any]) -> object:
        return (key(x["subject"]), x["predicate"], key(x["object"]))

    def sub(x: dict[str, Any]) -> object:
        return (key(x["funder"]), key(x.get("recipient")))

    def jv(x: dict[str, Any]) -> object:
        return frozenset(key(p) for p in x["partners"])

    g_f = facts(gold["relations"], rel) | facts(gold["subsidies"], sub)
    p_f = facts(pred["relations"], rel) | facts(pred["subsidies"], sub)
    g_j = facts(gold["joint_ventures"], jv)
    p_j = facts(pred["joint_ventures"], jv)
    jv_ok = sum(1 for p in p_j if any(len(p & g) >= min(2, len(g)) for g in g_j))  # type: ignore[operator]
    out["facts"] = (len(p_f & g_f) + jv_ok, len(p_f) + len(p_j), len(g_f) + len(g_j))
    return out
