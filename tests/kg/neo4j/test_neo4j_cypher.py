"""kg/neo4j/cypher.py: typed parameters, row cap, and the CLI on the real server."""

from __future__ import annotations

import json
from pathlib import Path

import neo4j
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import KGError
from kg.neo4j.cypher import parse_param, run_read
from kg.neo4j.sync import sync_store


def test_params_are_typed() -> None:
    assert parse_param("n=3") == ("n", 3)
    assert parse_param("x=0.5") == ("x", 0.5)
    assert parse_param("ok=true") == ("ok", True)
    assert parse_param('names=["a", "b"]') == ("names", ["a", "b"])
    assert parse_param("name=Mistral AI") == ("name", "Mistral AI")
    assert parse_param("q=a=b") == ("q", "a=b")
    with pytest.raises(KGError, match="E209"):
        parse_param("no equals sign")


@pytest.mark.neo4j
def test_row_cap_says_it_truncated(neo4j_driver: neo4j.Driver) -> None:
    rows = run_read(neo4j_driver, "UNWIND range(1, 10) AS x RETURN x", {}, timeout=10, row_cap=3)
    assert rows.rows == [[1], [2], [3]] and rows.truncated
    whole = run_read(neo4j_driver, "UNWIND range(1, 3) AS x RETURN x", {}, timeout=10, row_cap=3)
    assert not whole.truncated


@pytest.mark.neo4j
def test_cli_runs_library_queries_and_formats(
    research_store: Path, neo4j_driver: neo4j.Driver
) -> None:
    sync_store(research_store, neo4j_driver)
    runner = CliRunner()
    listed = runner.invoke(app, ["cypher", "--list"])
    assert listed.exit_code == 0 and "funding_flows" in listed.output
    done = runner.invoke(
        app, ["cypher", "--query", "funding_flows", "--param", "funder=Germany", "-f", "json"]
    )
    assert done.exit_code == 0, done.output
    rows = json.loads(done.output)["rows"]
    assert [(r["recipient"], r["amount_usd"]) for r in rows] == [("Aleph Alpha", 2e8)]
    csv_out = runner.invoke(app, ["cypher", "MATCH (n:Bloc) RETURN n.name AS bloc ORDER BY bloc",
                                  "-f", "csv"])  # fmt: skip
    assert csv_out.output.splitlines() == ["bloc", "European Union", "Gulf Cooperation Council"]


@pytest.mark.neo4j
def test_cli_status_and_refusal(neo4j_driver: neo4j.Driver) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["neo4j", "status"]).exit_code == 0
    refused = runner.invoke(app, ["cypher", "CREATE (n:X)"])
    assert refused.exit_code != 0 and "E205" in str(refused.exception)
