"""`kg sparql`: SPARQL over the store."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer
from rich.table import Table

from kg import settings
from kg.cli.common import console, console_err, state
from kg.results import Rows, plain, to_csv, to_json
from kg.store import open_store

app = typer.Typer(help="SPARQL over the knowledge store.", no_args_is_help=True)


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


@app.command()
def query(
    ctx: typer.Context,
    sparql: Annotated[
        str, typer.Argument(help="A SELECT or ASK query; ontology prefixes are predefined.")
    ],
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.table,
    limit: Annotated[
        int, typer.Option(help="Row cap. [default: KG_QUERY_ROWS or 10000]", show_default=False)
    ] = 0,
) -> None:
    """Run a read-only query over the union of all documents (the store is opened read-only
    and updates are refused). Named graphs: GRAPH <https://w3id.org/sovereign-ai/graph/DOC_ID>."""
    cap = limit or int(settings.get("query_rows"))
    with open_store(state(ctx).store, read_only=True) as store:
        rows = Rows.take(store.query(sparql), cap)
    if fmt is OutputFormat.json:
        typer.echo(to_json(rows))
    elif fmt is OutputFormat.csv:
        typer.echo(to_csv(rows), nl=False)
    elif rows.boolean is not None:
        console.print(str(rows.boolean).lower())
    else:
        table = Table(*rows.variables)
        for row in rows.rows:
            table.add_row(*(plain(t) for t in row))
        console.print(table)
    if rows.truncated:
        console_err.print(f"[yellow]truncated[/yellow]: showing the first {cap} rows")


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[
        str, typer.Option(help="Address to bind. [default: KG_SPARQL_HOST or 127.0.0.1]")
    ] = "",
    port: Annotated[int, typer.Option(help="Port. [default: KG_SPARQL_PORT or 7878]")] = 0,
) -> None:
    """Serve the store over the SPARQL 1.1 Protocol at http://HOST:PORT/sparql (read-only).

    Queries by GET or POST (form or application/sparql-query), results in SPARQL JSON, XML,
    CSV or TSV, graphs in Turtle, N-Triples, RDF/XML or JSON-LD, a service description, CORS
    and a query page with examples. The default graph is the union of all documents; FROM,
    FROM NAMED, GRAPH and default-graph-uri/named-graph-uri address a document's graph. Each
    query is bounded by KG_SPARQL_TIMEOUT (clients may lower it with `timeout`), KG_QUERY_ROWS
    and KG_SPARQL_MAX_REQUEST; SPARQL Update and SERVICE are refused. It reads the snapshot
    that writers publish, so it runs beside `kg load` and sees each load whole.
    """
    from kg.sparql.limits import Limits
    from kg.sparql.server import serve as run_server

    bind = host or settings.get("sparql_host")
    listen = port or int(settings.get("sparql_port"))
    console_err.print(f"SPARQL endpoint: http://{bind}:{listen}/sparql (Ctrl-C stops it)")
    run_server(
        state(ctx).store,
        host=bind,
        port=listen,
        workers=int(settings.get("sparql_workers")),
        limits=Limits.from_settings(),
    )
