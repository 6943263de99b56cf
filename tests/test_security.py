"""Security-relevant behaviour, grouped by area."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()

# ---------------------------------------------------------------- extraction (kg extract / ingest)


def test_extract_writes_only_inside_out_and_quarantine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File names from the input decide only a stem inside --out or the quarantine folder."""
    monkeypatch.setenv("KG_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("KG_QUARANTINE", raising=False)
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "..evil.txt").write_text("Nvidia supplies G42.", encoding="utf-8")
    (reports / "..bad.txt").write_bytes(b"\xff\xfe\x00" * 10)
    out = tmp_path / "out"
    runner.invoke(app, ["extract", str(reports), "--out", str(out)])
    written = {p.relative_to(tmp_path) for p in tmp_path.rglob("*.json")}
    assert all(p.parts[0] in ("out", "home") for p in written)
    assert (out / "..evil.json").exists()
    assert all(p.parent.name == "quarantine" for p in written if p.parts[0] == "home")


def test_extracted_text_is_stored_as_data_not_run(tmp_path: Path) -> None:
    """Text that looks like a query or markup ends up as a literal quote, nothing else."""
    store = tmp_path / "store"
    report = tmp_path / "r.txt"
    hostile = (
        'Microsoft invested $1 billion in G42. "} ; DROP ALL ; <script>x</script> '
        "MATCH (n) DETACH DELETE n"
    )
    report.write_text(hostile, encoding="utf-8")
    assert runner.invoke(app, ["--store", str(store), "ingest", str(report)]).exit_code == 0
    result = runner.invoke(
        app, ["--store", str(store), "sparql", "query", "-f", "csv",
              "SELECT ?q WHERE { ?e sai:quote ?q }"],
    )  # fmt: skip
    assert "Microsoft invested $1 billion in G42." in result.output
    assert runner.invoke(app, ["--store", str(store), "validate"]).exit_code == 0
