"""`kg extract` and `kg ingest`: reports in, extraction records out (or into the store)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import Progress

from kg.cli.common import console, console_err, state
from kg.errors import KGError
from kg.loading import load_record
from kg.records import dump_record
from kg.store import open_store

_PATHS = typer.Argument(help="Report files (.txt .md .html .htm .pdf) or folders of them.")
_N_PROCESS = typer.Option("--n-process", "-n", min=1, help="Worker processes (one per core).")


def _write_atomic(path: Path, text: str) -> None:
    with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, encoding="utf-8") as f:
        f.write(text)
    os.replace(f.name, path)


def _fail(path: Path, code: str | None, message: str | None) -> None:
    from ingest.quarantine import quarantine

    console_err.print(f"[red]error[/red] {escape(message or '')}", highlight=False, soft_wrap=True)
    where = quarantine(path, code=code or "E151", message=message or "")
    console_err.print(f"  quarantined: {escape(str(where))}", highlight=False, soft_wrap=True)


def extract(
    paths: Annotated[list[Path], _PATHS],
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Folder for <stem>.json files; default: standard output."),
    ] = None,
    n_process: Annotated[int, _N_PROCESS] = 1,
) -> None:
    """Extract entities, subsidies, joint ventures and relations from reports.

    One JSON record per report (the schema of the README's interchange JSON). Without --out,
    one report prints as a JSON object and several as JSON Lines. A report that cannot be
    read is reported with its reason, quarantined ($KG_HOME/quarantine) and skipped; the
    exit status is 1 if any failed.
    """
    from ingest.batch import extract_files, report_files

    files = report_files(paths)
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for outcome in extract_files(files, n_process=n_process):
        if outcome.record is None:
            failed += 1
            _fail(outcome.path, outcome.code, outcome.message)
            continue
        if out is None:
            text = dump_record(outcome.record)
            typer.echo(text if len(files) == 1 else " ".join(text.split("\n")))
        else:
            target = out / f"{outcome.path.stem}.json"
            _write_atomic(target, dump_record(outcome.record) + "\n")
            console_err.print(
                escape(f"extracted {outcome.path} -> {target}"), highlight=False, soft_wrap=True
            )
    if failed:
        console_err.print(f"{failed} of {len(files)} reports failed")
        raise typer.Exit(1)


def ingest(
    ctx: typer.Context,
    paths: Annotated[list[Path], _PATHS],
    n_process: Annotated[int, _N_PROCESS] = 1,
) -> None:
    """Extract reports and load each record into the store in one step (with a progress bar).

    Each report replaces its own document graph; a report that fails to read, extract or
    validate is reported, quarantined and leaves the store as it was. Exit 1 if any failed.
    """
    from ingest.batch import extract_files, report_files

    files = report_files(paths)
    failed = 0
    with open_store(state(ctx).store) as store, Progress(console=console_err) as progress:
        task = progress.add_task("ingesting", total=len(files))
        for outcome in extract_files(files, n_process=n_process):
            progress.advance(task)
            if outcome.record is None:
                failed += 1
                _fail(outcome.path, outcome.code, outcome.message)
                continue
            try:
                done = load_record(store, outcome.record, source=outcome.path)
            except KGError as e:
                failed += 1
                _fail(outcome.path, e.code.name, str(e))
                continue
            line = f"ingested {outcome.path} -> document {done.doc_id} ({done.triples} triples)"
            console.print(escape(line), highlight=False, soft_wrap=True)
    _sync_neo4j(state(ctx).store)
    if failed:
        console_err.print(f"{failed} of {len(files)} reports failed")
        raise typer.Exit(1)


def _sync_neo4j(store: Path) -> None:
    """Brings Neo4j up to date when its server runs and autosync is on (README, "Neo4j")."""
    from kg.neo4j.sync import sync_if_running

    try:
        report = sync_if_running(store)
    except KGError as e:
        console_err.print(f"[yellow]warning[/yellow] Neo4j not synced: {escape(str(e))}")
        return
    if report is not None:
        console.print(f"Neo4j synced: {report.summary()}")


def register(app: typer.Typer) -> None:
    app.command()(extract)
    app.command()(ingest)
