"""`kg extract` and `kg ingest` through Typer's runner: outputs, bad input, quarantine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()
DOCS = Path(__file__).resolve().parent.parent / "ingest" / "docs"


@pytest.fixture
def kg_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("KG_HOME", str(home))
    monkeypatch.delenv("KG_QUARANTINE", raising=False)
    monkeypatch.delenv("KG_STORE", raising=False)
    return home


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "good.txt").write_text("Microsoft invested $1.5 billion in G42.", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\xff\xfe\x89PNG" * 50)
    (folder / "empty.md").write_bytes(b"  \n")
    (folder / "skipped.json").write_text("{}", encoding="utf-8")
    return folder


def test_extract_folder_to_out(kg_home: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(DOCS), "--out", str(out)])
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in out.glob("*.json"))
    assert written == sorted(f"{d.stem}.json" for d in DOCS.iterdir())
    record = json.loads((out / "t01_france_mistral.json").read_text(encoding="utf-8"))
    assert record["doc"] == "t01_france_mistral.txt"
    assert record["document"]["content_hash"]
    assert all("start" in r and "confidence" in r for r in record["relations"])


def test_extract_one_file_to_stdout(kg_home: Path) -> None:
    result = runner.invoke(app, ["extract", str(DOCS / "t04_gulf_fund.md")])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["doc"] == "t04_gulf_fund.md"


def test_bad_input_in_batch(kg_home: Path, batch: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(batch), "--out", str(out)])
    assert result.exit_code == 1
    assert "binary.txt" in result.output and "empty.md" in result.output
    assert "2 of 3 reports failed" in result.output
    assert [p.name for p in out.iterdir()] == ["good.json"]
    quarantined = [json.loads(p.read_text()) for p in (kg_home / "quarantine").glob("*.json")]
    assert {Path(q["path"]).name for q in quarantined} == {"binary.txt", "empty.md"}
    assert all(q["code"].startswith("E") and q["reason"] for q in quarantined)


def test_two_processes_give_the_same_records(kg_home: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    runner.invoke(app, ["extract", str(DOCS), "--out", str(one)])
    result = runner.invoke(app, ["extract", str(DOCS), "--out", str(two), "--n-process", "2"])
    assert result.exit_code == 0
    for path in one.iterdir():
        assert (two / path.name).read_text() == path.read_text()


def test_ingest_loads_the_store_and_reports_failures(kg_home: Path, batch: Path) -> None:
    store = kg_home / "store"
    result = runner.invoke(app, ["--store", str(store), "ingest", str(batch), str(DOCS)])
    assert result.exit_code == 1
    total = 3 + len(list(DOCS.iterdir()))
    assert "ingested" in result.output and f"2 of {total} reports failed" in result.output
    stats = runner.invoke(app, ["--store", str(store), "stats", "--docs"]).output
    assert "good" in stats and "t03_japan_gpu" in stats
