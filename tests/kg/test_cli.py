"""The `kg` command line, end to end through Typer's runner."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from kg.cli import app
from tests.conftest import EXAMPLE, SHARED_GOLD, gold_files

runner = CliRunner()


def kg(store: Path, *args: str) -> Any:
    return runner.invoke(app, ["--store", str(store), *args], catch_exceptions=False)


def test_help_lists_commands() -> None:
    out = runner.invoke(app, ["--help"]).output
    for cmd in ("load", "export", "stats", "validate", "sparql", "remove", "settings"):
        assert cmd in out


def test_load_stats_validate(store_dir: Path) -> None:
    assert kg(store_dir, "load", str(EXAMPLE)).exit_code == 0
    stats = kg(store_dir, "stats").output
    assert "Subsidy" in stats
    result = kg(store_dir, "validate")
    assert result.exit_code == 0 and "Conforms: True" in result.output


def test_bad_file_in_batch(store_dir: Path, write_json, tiny: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    tiny["entities"][0]["type"] = "Country"
    bad = write_json(tiny, "bad.json")
    broken = write_json("{not json", "broken.json")
    result = kg(store_dir, "load", str(bad), str(EXAMPLE), str(broken))
    assert result.exit_code == 1
    assert "bad.json" in result.output and "entities.0.type" in result.output
    assert "broken.json" in result.output and "E001" in result.output
    assert "uae_falcon_example" in kg(store_dir, "stats", "--docs").output


def test_sparql_query_json(store_dir: Path) -> None:
    kg(store_dir, "load", str(EXAMPLE))
    result = kg(
        store_dir, "sparql", "query", "-f", "json",
        "SELECT ?q WHERE { ?s a sai:Subsidy ; sai:recipient/skos:prefLabel 'Falcon' ; "
        "sai:evidence/sai:quote ?q }",
    )  # fmt: skip
    data = json.loads(result.output)
    assert "Emirati government" in data["results"]["bindings"][0]["q"]["value"]


def test_sparql_update_refused(store_dir: Path) -> None:
    kg(store_dir, "load", str(EXAMPLE))
    result = runner.invoke(app, ["--store", str(store_dir), "sparql", "query", "CLEAR ALL"])
    assert result.exit_code != 0
    assert "sai:Subsidy" not in result.output


def test_export_formats(store_dir: Path, tmp_path: Path) -> None:
    kg(store_dir, "load", str(EXAMPLE))
    for fmt in ("turtle", "nquads", "trig", "jsonld"):
        out = tmp_path / f"export.{fmt}"
        assert kg(store_dir, "export", "-f", fmt, "-o", str(out)).exit_code == 0
        assert out.stat().st_size > 1000
    assert "graph/uae_falcon_example" in (tmp_path / "export.nquads").read_text()


@pytest.mark.skipif(not SHARED_GOLD.is_dir(), reason="shared/eval is not beside the repository")
def test_issue_acceptance_on_gold(store_dir: Path) -> None:
    """Issue 2's 'done when': the 000 gold file's counts, all gold loads, validate, query."""
    first = SHARED_GOLD / "000_6dd6b7022633aa7e.json"
    kg(store_dir, "load", str(first))
    rows = dict(
        line.strip("│ ").split("│")[:2]
        for line in kg(store_dir, "stats").output.splitlines()
        if line.count("│") == 3
    )
    counts = {k.strip(): int(v) for k, v in rows.items()}
    assert counts["Government"] == 8 and counts["Bloc"] == 1 and counts["Firm"] == 1
    assert counts["AI model"] == 1 and counts["Subsidy"] == 6
    assert kg(store_dir, "load", *map(str, gold_files())).exit_code == 0
    assert kg(store_dir, "validate").exit_code == 0
    result = kg(
        store_dir, "sparql", "query", "-f", "csv",
        "SELECT ?quote WHERE { ?s a sai:Subsidy ; sai:funder/sai:iso3 'ARE' ; "
        "sai:recipient/skos:prefLabel 'Falcon' ; sai:evidence/sai:quote ?quote }",
    )  # fmt: skip
    assert "backed by hundreds of millions of dollars" in result.output
