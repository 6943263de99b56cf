"""The README is the reference beside `--help`: it must name every setting, error and command."""

from __future__ import annotations

import re

from typer.main import get_command

from kg import settings
from kg.cli import app
from kg.errors import Errors
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def table_after(heading: str) -> str:
    """The first Markdown table after a heading, up to the blank line that ends it."""
    rest = README[README.index(heading) :]
    start = rest.index("\n|")
    return rest[start : rest.index("\n\n", start)]


def test_every_setting_has_a_row_in_one_table() -> None:
    table = table_after("### Settings")
    for s in settings.SETTINGS:
        assert re.search(rf"^\| {s.name} \| `{s.env}` \|", table, re.M), s.name


def test_every_error_code_has_a_row_in_one_table() -> None:
    table = table_after("### Errors")
    for code in Errors:
        assert re.search(rf"^\| {code.name} \|", table, re.M), code.name


def test_every_command_is_named() -> None:
    root = get_command(app)
    for name, cmd in root.commands.items():  # type: ignore[attr-defined]
        subs = getattr(cmd, "commands", {})
        for full in [f"kg {name} {sub}" for sub in subs] or [f"kg {name}"]:
            assert full in README, full


def test_starts_with_the_two_commands() -> None:
    head = README[:1500]
    assert "make demo" in head and "make test" in head
