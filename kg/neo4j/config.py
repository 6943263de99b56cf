"""Where the Neo4j server keeps its files, its configuration, and how to connect to it.

Everything lives below `$KG_HOME/neo4j` (setting `neo4j_home`): `conf/neo4j.conf`, `data/`,
`logs/`, `run/` (pid file), an empty `plugins/` (no APOC, no other procedures) and the
password file (owner-only). The jars sit in `neo4j_lib`, resolved from Maven Central.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from kg import settings
from kg.errors import Errors, KGError

USER = "neo4j"
PASSWORD_ENV = "NEO4J_PASSWORD"
POM = Path(__file__).resolve().parent / "pom.xml"


@dataclass(frozen=True, slots=True)
class Layout:
    """The server's folders and files (no file access until a method is called)."""

    home: Path
    lib: Path

    @classmethod
    def from_settings(cls) -> Layout:
        return cls(
            home=settings.path("neo4j_home").resolve(), lib=settings.path("neo4j_lib").resolve()
        )

    @property
    def conf_dir(self) -> Path:
        return self.home / "conf"

    @property
    def conf_file(self) -> Path:
        return self.conf_dir / "neo4j.conf"

    @property
    def data(self) -> Path:
        return self.home / "data"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def run(self) -> Path:
        return self.home / "run"

    @property
    def plugins(self) -> Path:
        return self.home / "plugins"

    @property
    def pid_file(self) -> Path:
        return self.run / "neo4j.pid"

    @property
    def console_log(self) -> Path:
        return self.logs / "console.log"

    @property
    def password_file(self) -> Path:
        return self.home / "password"

    @property
    def auth_file(self) -> Path:
        """Neo4j's own user store: present once the initial password is set."""
        return self.data / "dbms" / "auth.ini"


def bolt_port() -> int:
    return int(settings.get("neo4j_bolt_port"))


def bolt_uri() -> str:
    return f"bolt://127.0.0.1:{bolt_port()}"


def render_conf(layout: Layout) -> str:
    """neo4j.conf: loopback only, auth on, bounded transactions, no file access from Cypher."""
    lines = {
        # Network: Bolt on loopback only; the HTTP(S) connectors are off.
        "server.default_listen_address": "127.0.0.1",
        "server.default_advertised_address": "127.0.0.1",
        "server.bolt.listen_address": f"127.0.0.1:{bolt_port()}",
        "server.bolt.advertised_address": f"127.0.0.1:{bolt_port()}",
        "server.http.enabled": "false",
        "server.https.enabled": "false",
        "dbms.security.auth_enabled": "true",
        # Folders, all below $KG_HOME/neo4j.
        "server.directories.data": str(layout.data),
        "server.directories.logs": str(layout.logs),
        "server.directories.run": str(layout.run),
        "server.directories.plugins": str(layout.plugins),
        # Safety: LOAD CSV cannot read local files; no procedures beyond the built-in ones.
        "dbms.security.allow_csv_import_from_file_urls": "false",
        "dbms.security.procedures.unrestricted": "",
        # Bounded work: every transaction ends after the timeout or at its memory limit.
        "db.transaction.timeout": settings.get("neo4j_tx_timeout"),
        "db.memory.transaction.max": settings.get("neo4j_tx_memory"),
        "dbms.memory.transaction.total.max": "1g",
        # Memory for a 2-core, 24 GiB machine shared with the rest of the pipeline.
        "server.memory.pagecache.size": settings.get("neo4j_pagecache"),
        # No phoning home: the machine has no network beyond package registries.
        "dbms.usage_report.enabled": "false",
        "db.logs.query.enabled": "OFF",
    }
    head = "# Written by `kg neo4j install` from kg/settings.py; edits are overwritten.\n"
    return head + "".join(f"{k}={v}\n" for k, v in lines.items())


def write_private(path: Path, text: str) -> None:
    """Creates `path` readable and writable by its owner only (mode 0600) before writing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    path.chmod(0o600)


def new_password() -> str:
    return secrets.token_urlsafe(24)


def password(layout: Layout) -> str:
    """NEO4J_PASSWORD if set, else the password file `kg neo4j install` wrote (file read)."""
    if env := os.environ.get(PASSWORD_ENV):
        return env
    try:
        return layout.password_file.read_text(encoding="utf-8").strip()
    except OSError as e:
        raise KGError(
            Errors.E210,
            path=layout.password_file,
            reason=f"{e.strerror}; run `kg neo4j install` or set {PASSWORD_ENV}",
        ) from None


def auth(layout: Layout) -> tuple[str, str]:
    return (USER, password(layout))
