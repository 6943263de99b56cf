"""`kg`: the command line. Every command's --help is its reference; the README shows them.

Each group of commands lives in a module of its own and registers itself on `app` here.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from kg import settings
from kg.cli.common import State, console_err
from kg.errors import KGError

app = typer.Typer(
    name="kg",
    help="Sovereign AI knowledge graph: extract facts from reports, store them as RDF with "
    "their evidence, query them with SPARQL and Cypher.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.callback()
def _root(
    ctx: typer.Context,
    store: Annotated[
        Path | None,
        typer.Option(
            "--store",
            envvar="KG_STORE",
            help="Folder of the knowledge store. [default: $KG_HOME/store, KG_HOME=.kg]",
            show_default=False,
        ),
    ] = None,
) -> None:
    ctx.obj = State(store=store or settings.path("store"))


def _register() -> None:
    from kg.cli import extract, neo4j, sparql, store_commands

    store_commands.register(app)
    extract.register(app)
    neo4j.register(app)
    app.add_typer(sparql.app, name="sparql")


_register()


def main() -> None:
    try:
        app()
    except KGError as e:
        console_err.print(f"[red]error[/red] {e}", markup=True, highlight=False)
        sys.exit(1)
