"""kg/neo4j/server.py: installing the server's folders and its initial password."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import settings
from kg.neo4j import server
from kg.neo4j.config import PASSWORD_ENV, Layout

pytestmark = pytest.mark.neo4j


def test_regression_a_password_starting_with_a_dash_is_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A generated password starting with "-" (one in 64) was read by neo4j-admin as an
    option ("Missing required parameter: '<password>'") and every Neo4j test failed to start.
    Runs neo4j-admin (a Java process) in a temporary folder."""
    monkeypatch.setenv(PASSWORD_ENV, "-starts-with-a-dash-0123456789")
    layout = Layout(home=tmp_path, lib=settings.path("neo4j_lib").resolve())
    assert server.install(layout).new_password
    assert layout.auth_file.exists()
