"""Commands on the store of record: load, remove, export, stats, validate, settings."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import pyoxigraph as ox
import typer
from rich.table import Table

from kg import settings
from kg.cli.common import console, console_err, state
from kg.errors import KGError
from kg.loading import load_file
from kg.store import open_store
from kg.validation import validate
from kg.vocab import vocabulary


class ExportFormat(StrEnum):
    turtle = "turtle"
    nquads = "nquads"
    trig = "trig"
    jsonld = "jsonld"


_OX_FORMATS = {
    ExportFormat.turtle: ox.RdfFormat.TURTLE,
    ExportFormat.nquads: ox.RdfFormat.N_QUADS,
    ExportFormat.trig: ox.RdfFormat.TRIG,
    ExportFormat.jsonld: ox.RdfFormat.JSON_LD,
}


def load(
    ctx: typer.Context,
    files: Annotated[list[Path], typer.Argument(help="Extraction JSON files (schema: README).")],
) -> None:
    """Validate extraction files and put each in place of its document's named graph.

    A file that fails (bad JSON, unknown type, a name that is no entity, a SHACL violation)
    is reported with its reason and leaves the store as it was; the other files still load.
    Loading the same file twice leaves the store identical. Exit status 1 if any file failed.
    """
    failed = 0
    with open_store(state(ctx).store) as store:
        for path in files:
            try:
                done = load_file(store, path)
            except KGError as e:
                failed += 1
                console_err.print(f"[red]error[/red] {e}", highlight=False)
                continue
            console.print(f"loaded {path} -> document {done.doc_id} ({done.triples} triples)")
    if failed:
        console_err.print(f"{failed} of {len(files)} files failed")
        raise typer.Exit(1)


def remove(
    ctx: typer.Context,
    doc_ids: Annotated[list[str], typer.Argument(help="Document ids, as `kg stats --docs` lists.")],
) -> None:
    """Remove documents: exactly their named graphs, nothing else."""
    with open_store(state(ctx).store) as store:
        for doc_id in doc_ids:
            gone = store.remove_document(doc_id)
            console.print(f"{'removed' if gone else 'no such document'}: {doc_id}")


def export(
    ctx: typer.Context,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.turtle,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File; default stdout.")
    ] = None,
) -> None:
    """Export the store: Turtle (all documents merged), N-Quads and TriG (one named graph per
    document) or JSON-LD."""
    with open_store(state(ctx).store, read_only=True) as store:
        prefixes = vocabulary().prefixes()
        if fmt is ExportFormat.turtle:
            triples = {ox.Triple(q.subject, q.predicate, q.object) for q in store.quads()}
            data = ox.serialize(
                sorted(triples, key=str), format=_OX_FORMATS[fmt], prefixes=prefixes
            )
        elif fmt is ExportFormat.trig:
            data = ox.serialize(store.quads(), format=_OX_FORMATS[fmt], prefixes=prefixes)
        else:
            data = ox.serialize(store.quads(), format=_OX_FORMATS[fmt])
    assert data is not None
    if output is None:
        typer.echo(data.decode("utf-8"), nl=False)
    else:
        output.write_bytes(data)
        console_err.print(f"wrote {output}")


def stats(
    ctx: typer.Context,
    docs: Annotated[bool, typer.Option("--docs", help="Also list the documents.")] = False,
) -> None:
    """Count instances of each ontology class over all documents."""
    with open_store(state(ctx).store, read_only=True) as store:
        counts = store.class_counts()
        doc_ids = store.document_ids()
    table = Table("class", "count", title=f"{state(ctx).store}")
    for label, n in counts.items():
        table.add_row(label, str(n))
    console.print(table)
    if docs:
        for d in doc_ids:
            console.print(d)


def validate_store(ctx: typer.Context) -> None:
    """Validate the whole store against the SHACL shapes; exit status 1 if it does not conform."""
    with open_store(state(ctx).store, read_only=True) as store:
        report = validate(store.union_graph())
    console.print(report.text, highlight=False, markup=False)
    if not report.conforms:
        raise typer.Exit(1)


def show_settings() -> None:
    """Show every setting: environment variable, effective value and help."""
    table = Table("setting", "environment", "value", "help")
    for s in settings.SETTINGS:
        table.add_row(s.name, s.env, settings.get(s.name), s.help)
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command()(load)
    app.command()(remove)
    app.command()(export)
    app.command()(stats)
    app.command("validate")(validate_store)
    app.command("settings")(show_settings)
