"""`kg neo4j install|start|stop|status|sync` and `kg cypher`: the graph in Neo4j, for Cypher."""

from __future__ import annotations

import csv
import io
import json
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.table import Table

from kg import settings
from kg.cli.common import console, console_err, state
from kg.errors import Errors, KGError
from kg.neo4j import server
from kg.neo4j.config import PASSWORD_ENV, Layout, bolt_uri
from kg.neo4j.cypher import Rows, parse_param, run_read
from kg.neo4j.library import get as library_query
from kg.neo4j.library import library
from kg.neo4j.sync import sync_store

app = typer.Typer(help="The project's Neo4j server and the graph in it.", no_args_is_help=True)


def _running(layout: Layout) -> Layout:
    if not server.answers(layout):
        raise KGError(Errors.E204, uri=bolt_uri(), reason="not running; `kg neo4j start`")
    return layout


def _where(layout: Layout) -> None:
    console.print(f"home:     {layout.home}")
    console.print(f"config:   {layout.conf_file}")
    console.print(f"data:     {layout.data}")
    console.print(f"logs:     {layout.logs}")
    console.print(f"password: {layout.password_file} (or ${PASSWORD_ENV})")
    console.print(f"bolt:     {bolt_uri()} (user neo4j)")


@app.command()
def install() -> None:
    """Resolve the server's jars from Maven Central (once), write neo4j.conf and set a
    generated password (file with mode 0600) before the first start. Safe to run again."""
    layout = Layout.from_settings()
    done = server.install(layout)
    console.print(f"jars:     {layout.lib} ({'resolved now' if done.resolved_jars else 'present'})")
    _where(layout)
    if done.new_password:
        console.print("the initial password is set")


@app.command()
def start() -> None:
    """Start the server on 127.0.0.1 and wait until Bolt answers."""
    layout = Layout.from_settings()
    pid = server.start(layout)
    console.print(f"Neo4j runs (pid {pid})")
    _where(layout)


@app.command()
def stop() -> None:
    """Stop the server."""
    was = server.stop(Layout.from_settings())
    console.print("stopped" if was else "not running")


@app.command()
def status() -> None:
    """Whether the server runs and answers on Bolt; exit status 1 if not."""
    layout = Layout.from_settings()
    now = server.status(layout)
    console.print(f"pid: {now.pid or '-'}, bolt {now.uri}: {'answers' if now.answering else 'no'}")
    _where(layout)
    if not now.answering:
        raise typer.Exit(1)


@app.command()
def sync(
    ctx: typer.Context,
    full: Annotated[bool, typer.Option(help="Rewrite every document, not only changed ones.")] = (
        False
    ),
) -> None:
    """Project the RDF store into Neo4j: changed documents are rewritten, removed ones
    disappear with exactly their facts. Running it twice changes nothing."""
    with server.driver(_running(Layout.from_settings())) as driver:
        report = sync_store(state(ctx).store, driver, full=full)
    console.print(report.summary())


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def _cell(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)


def _print(rows: Rows, fmt: OutputFormat) -> None:
    if fmt is OutputFormat.json:
        out = {"columns": rows.columns, "rows": [dict(zip(rows.columns, r, strict=True))
                                                 for r in rows.rows]}  # fmt: skip
        if rows.truncated:
            out["truncated"] = True
        typer.echo(json.dumps(out, ensure_ascii=False, default=str))
    elif fmt is OutputFormat.csv:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(rows.columns)
        w.writerows([_cell(v) for v in r] for r in rows.rows)
        typer.echo(buf.getvalue(), nl=False)
    else:
        table = Table(*rows.columns)
        for r in rows.rows:
            table.add_row(*(_cell(v) for v in r))
        console.print(table)


def cypher(
    query: Annotated[str | None, typer.Argument(help="A read-only Cypher query.")] = None,
    param: Annotated[
        list[str] | None,
        typer.Option("--param", "-p", help="name=value; JSON values are typed, others text."),
    ] = None,
    name: Annotated[
        str | None, typer.Option("--query", "-q", help="Run a library query by name.")
    ] = None,
    list_queries: Annotated[bool, typer.Option("--list", help="List the query library.")] = False,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.table,
    limit: Annotated[
        int, typer.Option(help="Row cap. [default: KG_QUERY_ROWS or 10000]", show_default=False)
    ] = 0,
    timeout: Annotated[
        float, typer.Option(help="Seconds. [default: KG_CYPHER_TIMEOUT or 30]", show_default=False)
    ] = 0,
) -> None:
    """Run a read-only Cypher query on the project's Neo4j: anything the planner does not
    class as a read (or that uses LOAD CSV) is refused, it runs in a READ transaction,
    stops at the timeout and returns at most the row cap (a cut result says so)."""
    if list_queries:
        for q in library().values():
            defaults = " ".join(f"{k}={json.dumps(v)}" for k, v in q.params.items())
            console.print(f"[bold]{q.name}[/bold] {defaults}\n  {q.description}", markup=True)
        return
    if (query is None) == (name is None):
        raise typer.BadParameter("give a QUERY or --query NAME (see --list)")
    params: dict[str, Any] = {}
    if name is not None:
        entry = library_query(name)
        query, params = entry.text, dict(entry.params)
    assert query is not None
    params.update(parse_param(p) for p in param or [])
    layout = _running(Layout.from_settings())
    cap = limit or int(settings.get("query_rows"))
    seconds = timeout or float(settings.get("cypher_timeout"))
    with server.driver(layout) as driver:
        rows = run_read(driver, query, params, timeout=seconds, row_cap=cap)
    _print(rows, fmt)
    if rows.truncated:
        console_err.print(f"[yellow]truncated[/yellow]: showing the first {cap} rows")


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="neo4j")
    root.command()(cypher)
