"""What every command shares: the state the root callback sets and the consoles."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import typer
from rich.console import Console

console = Console(highlight=False)
console_err = Console(stderr=True, highlight=False)


@dataclass(slots=True)
class State:
    store: Path


def state(ctx: typer.Context) -> State:
    obj = ctx.find_root().obj
    assert isinstance(obj, State)
    return obj
