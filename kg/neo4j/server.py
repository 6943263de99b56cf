"""The Neo4j Community server: resolve its jars, install, start, stop, status.

Jars come from Maven Central through `mvn` and `kg/neo4j/pom.xml` (network: Maven Central
only, once). The server runs as `java -cp lib/* org.neo4j.server.CommunityEntryPoint` with the
configuration of `config.render_conf`, detached, its pid in `run/neo4j.pid`.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import neo4j
from neo4j.exceptions import AuthError, ServiceUnavailable

from kg import settings
from kg.errors import Errors, KGError
from kg.neo4j.config import (
    PASSWORD_ENV,
    POM,
    Layout,
    auth,
    bolt_uri,
    new_password,
    render_conf,
    write_private,
)

SERVER_MAIN = "org.neo4j.server.CommunityEntryPoint"
ADMIN_MAIN = "org.neo4j.cli.AdminTool"
_RESOLVED = ".resolved"  # holds the sha256 of the pom the jars were resolved from


def _pom_digest() -> str:
    return hashlib.sha256(POM.read_bytes()).hexdigest()


def jars_present(layout: Layout) -> bool:
    marker = layout.lib / _RESOLVED
    return marker.is_file() and marker.read_text().strip() == _pom_digest()


def resolve_jars(layout: Layout) -> bool:
    """Copies the server's jars from Maven Central into `layout.lib` (network, file writes).

    Skipped when the jars of the current pom are there; returns whether it ran Maven.
    """
    if jars_present(layout):
        return False
    mvn = shutil.which("mvn")
    if mvn is None:
        raise KGError(Errors.E201, lib=layout.lib, reason="Maven (mvn) is not installed")
    if layout.lib.exists():
        shutil.rmtree(layout.lib)  # a pom change must not leave jars of two versions
    layout.lib.mkdir(parents=True)
    cmd = [mvn, "-B", "-q", "-f", str(POM), "dependency:copy-dependencies"]
    cmd += [f"-DoutputDirectory={layout.lib}", "-DincludeScope=runtime"]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise KGError(Errors.E201, lib=layout.lib, reason=(done.stdout + done.stderr)[-2000:])
    (layout.lib / _RESOLVED).write_text(_pom_digest())
    return True


def java_command(layout: Layout, main: str, *args: str, heap: str | None = None) -> list[str]:
    java = shutil.which("java") or "java"
    memory = [f"-Xms{heap}", f"-Xmx{heap}"] if heap else []
    return [
        java,
        *memory,
        "-XX:+UseG1GC",
        "-XX:+ExitOnOutOfMemoryError",
        "-Dfile.encoding=UTF-8",
        "-cp",
        f"{layout.lib}/*",
        main,
        *args,
    ]


def _admin_env(layout: Layout) -> dict[str, str]:
    return {**os.environ, "NEO4J_HOME": str(layout.home), "NEO4J_CONF": str(layout.conf_dir)}


def run_admin(layout: Layout, *args: str) -> str:
    """Runs `neo4j-admin ARGS` (org.neo4j.cli.AdminTool) on this layout; returns its output."""
    done = subprocess.run(
        java_command(layout, ADMIN_MAIN, *args, heap="512m"),
        env=_admin_env(layout),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise KGError(Errors.E203, reason=done.stderr[-2000:], log="neo4j-admin output")
    return done.stdout


@dataclass(frozen=True, slots=True)
class Installed:
    layout: Layout
    resolved_jars: bool
    new_password: bool


def install(layout: Layout) -> Installed:
    """Jars, folders, neo4j.conf and the initial password; safe to run again (file writes).

    The password is NEO4J_PASSWORD when set, else generated and written to the password
    file with mode 0600. It is set in Neo4j's user store once, before the first start.
    """
    resolved = resolve_jars(layout)
    for folder in (layout.conf_dir, layout.data, layout.logs, layout.run, layout.plugins):
        folder.mkdir(parents=True, exist_ok=True)
    layout.conf_file.write_text(render_conf(layout), encoding="utf-8")
    fresh = not layout.auth_file.exists()
    if fresh:
        secret = os.environ.get(PASSWORD_ENV)
        if not secret:
            secret = new_password()
            write_private(layout.password_file, secret + "\n")
        # ("--": a password may start with "-", as token_urlsafe's do one time in 64, and
        # neo4j-admin would read it as an option)
        run_admin(layout, "dbms", "set-initial-password", "--", secret)
    return Installed(layout, resolved, fresh)


def pid(layout: Layout) -> int | None:
    """The pid of this layout's running server, if one runs (reads the pid file and /proc)."""
    try:
        number = int(layout.pid_file.read_text().strip())
        cmdline = Path(f"/proc/{number}/cmdline").read_bytes().decode(errors="replace")
    except (OSError, ValueError):
        return None
    return number if SERVER_MAIN in cmdline and str(layout.home) in cmdline else None


def driver(layout: Layout) -> neo4j.Driver:
    """A driver for this layout's server (no network until used; loopback only)."""
    return neo4j.GraphDatabase.driver(
        bolt_uri(),
        auth=auth(layout),
        connection_timeout=5,
        max_transaction_retry_time=5,
        notifications_min_severity="OFF",
    )


def answers(layout: Layout) -> bool:
    """Whether Bolt answers and accepts our credentials (network: loopback)."""
    try:
        with driver(layout) as d:
            d.verify_connectivity()
    except (ServiceUnavailable, OSError):
        return False
    except AuthError as e:
        raise KGError(Errors.E204, uri=bolt_uri(), reason=str(e)) from None
    return True


def start(layout: Layout, *, wait_seconds: float = 180) -> int:
    """Starts the server detached and waits until Bolt answers; returns its pid."""
    if not layout.conf_file.exists() or not jars_present(layout):
        raise KGError(Errors.E202, home=layout.home)
    if (running := pid(layout)) is not None:
        return running
    layout.logs.mkdir(parents=True, exist_ok=True)
    cmd = java_command(
        layout,
        SERVER_MAIN,
        f"--home-dir={layout.home}",
        f"--config-dir={layout.conf_dir}",
        heap=settings.get("neo4j_heap"),
    )
    with layout.console_log.open("ab") as log:
        proc = subprocess.Popen(
            cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True, cwd=layout.home,
        )  # fmt: skip
    layout.run.mkdir(parents=True, exist_ok=True)
    layout.pid_file.write_text(f"{proc.pid}\n")
    deadline = time.monotonic() + wait_seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise KGError(Errors.E203, reason=f"exit status {proc.returncode}", log=_log(layout))
        if answers(layout):
            return proc.pid
        time.sleep(0.5)
    stop(layout)
    raise KGError(Errors.E203, reason=f"Bolt did not answer in {wait_seconds}s", log=_log(layout))


def _log(layout: Layout) -> Path:
    return layout.logs / "neo4j.log"


def stop(layout: Layout, *, wait_seconds: float = 60) -> bool:
    """Stops this layout's server (SIGTERM, then SIGKILL); returns whether one was running."""
    number = pid(layout)
    if number is None:
        return False
    os.kill(number, signal.SIGTERM)
    deadline = time.monotonic() + wait_seconds
    while pid(layout) is not None and time.monotonic() < deadline:
        _reap(number)
        time.sleep(0.2)
    if pid(layout) is not None:
        os.kill(number, signal.SIGKILL)
        _reap(number)
    layout.pid_file.unlink(missing_ok=True)
    return True


def _reap(number: int) -> None:
    """Collects the exit status when the server is our own child (else it would linger)."""
    with contextlib.suppress(ChildProcessError):
        os.waitpid(number, os.WNOHANG)


@dataclass(frozen=True, slots=True)
class Status:
    pid: int | None
    answering: bool
    uri: str


def status(layout: Layout) -> Status:
    number = pid(layout)
    return Status(number, number is not None and answers(layout), bolt_uri())
