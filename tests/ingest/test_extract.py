"""ingest/extract.py end to end: golden documents, long texts in chunks, valid records."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from ingest.extract import _unique, extract
from ingest.facts.context import Fact
from ingest.readers import read
from ingest.source import SourceText
from kg.loading import load_record
from kg.records import DocumentRecord
from kg.store import open_store
from tests.ingest.conftest import DOCS, GOLD, score

GOLDEN = sorted(DOCS.glob("*.*"))

Run = Callable[[str], DocumentRecord]


@pytest.mark.parametrize("doc", GOLDEN, ids=[d.stem for d in GOLDEN])
def test_golden_document(nlp: Language, doc: Path) -> None:
    gold = json.loads((GOLD / f"{doc.stem}.json").read_text(encoding="utf-8"))
    record = extract(read(doc), nlp)
    pred = json.loads(record.model_dump_json())
    result = score(gold, pred)
    ok, n_pred, n_gold = result["entities"]
    assert ok / n_gold >= 0.9 and ok / max(n_pred, 1) >= 0.9, result
    ok, n_pred, n_gold = result["facts"]
    assert ok / n_gold >= 0.7 and ok / max(n_pred, 1) >= 0.7, result


def test_golden_records_load_into_the_store(nlp: Language, tmp_path: Path) -> None:
    with open_store(tmp_path / "store") as store:
        for doc in GOLDEN:
            record = extract(read(doc), nlp)
            assert load_record(store, record, source=doc).triples > 50


def test_long_text_in_chunks_keeps_offsets(nlp: Language) -> None:
    paragraph = (
        "Filler text about the weather and markets that names nobody at all.\n\n" * 30
        + "Microsoft invested $1.5 billion in G42.\n\n"
    )
    text = paragraph * 6
    source = SourceText(path=Path("long.txt"), text=text)
    whole = extract(source, nlp)
    pieces = extract(source, nlp, chunk_chars=1000)
    assert len(text) > 6 * 1000
    assert [(r.start, r.end) for r in pieces.relations] == [
        (r.start, r.end) for r in whole.relations
    ]
    for rel in pieces.relations:
        assert rel.start is not None and rel.end is not None
        assert text[rel.start : rel.end] == rel.evidence
    assert {e.name for e in pieces.entities} == {"Microsoft", "G42"}


def test_text_over_spacy_max_length_is_not_rejected(nlp: Language) -> None:
    old = nlp.max_length
    nlp.max_length = 5000
    try:
        text = ("Nvidia supplies chips to firms in many countries.\n\n" * 300)[:20000]
        record = extract(SourceText(path=Path("big.txt"), text=text), nlp, chunk_chars=4000)
    finally:
        nlp.max_length = old
    assert record.entities[0].name == "Nvidia"


def test_whitespace_runs_from_blanked_boilerplate(nlp: Language) -> None:
    text = " " * 5000 + "\n" * 300 + "G42 and Microsoft announced a partnership." + " " * 3000
    record = extract(SourceText(path=Path("blank.txt"), text=text), nlp)
    [jv] = record.joint_ventures
    assert jv.start == text.index("G42") and set(jv.partners) == {"G42", "Microsoft"}


def test_regression_no_fact_from_an_entity_to_itself() -> None:
    """A firm and its model family shared a name ("Nour"), and "Nour DEVELOPS Nour" came out."""
    facts = [
        Fact("DEVELOPS", (3, 3), 0, 10, 0.8),
        Fact("subsidy", (2, 2), 0, 10, 0.7),
        Fact("DEVELOPS", (1, 3), 0, 10, 0.8),
        Fact("venture", (1, 2), 0, 10, 0.7, {"kind": "partnership"}),
    ]
    assert [(f.kind, f.args) for f in _unique(facts)] == [
        ("DEVELOPS", (1, 3)),
        ("venture", (1, 2)),
    ]


def test_regression_the_first_entity_as_a_recipient_is_not_a_missing_one(run: Run) -> None:
    rec = run(
        "Serpro runs the state's cloud. The Ministry of Management and Innovation in Public "
        "Services will transfer R$ 450 million to Serpro and Dataprev over two years."
    )
    assert rec.entities[0].name == "Serpro"
    assert {s.recipient for s in rec.subsidies} == {"Serpro", "Dataprev"}
