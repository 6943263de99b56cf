"""`kg sparql serve` as a child process: on a free loopback port, waited for, and stopped.

For tests, benchmarks and anything else that needs a running endpoint for a while.
Network: loopback only. File access: the store's snapshots (by the child).
"""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

HOST = "127.0.0.1"


def free_port() -> int:
    """A port nothing listens on now (the OS picks it)."""
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def stop_process(process: subprocess.Popen[bytes], *, grace: float = 15) -> None:
    """Asks `process` to stop (SIGTERM), and kills it if it has not after `grace` seconds."""
    process.terminate()
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def answers(port: int, path: str) -> bool:
    """Whether a SPARQL endpoint on `port` answers `ASK {}` at `path`."""
    try:
        conn = http.client.HTTPConnection(HOST, port, timeout=5)
        conn.request("GET", f"{path}?query=ASK%7B%7D")
        return conn.getresponse().status == 200
    except OSError:
        return False


@dataclass(slots=True)
class RunningEndpoint:
    process: subprocess.Popen[bytes]
    port: int

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}/sparql"

    def stop(self) -> None:
        stop_process(self.process)


def start(
    store: Path, *, env: Mapping[str, str] | None = None, wait: float = 60
) -> RunningEndpoint:
    """Starts `kg --store STORE sparql serve` on a free port and waits until it answers."""
    port = free_port()
    kg = Path(sys.executable).parent / "kg"
    process = subprocess.Popen(
        [str(kg), "--store", str(store), "sparql", "serve", "--host", HOST, "--port", str(port)],
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    running = RunningEndpoint(process, port)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if process.poll() is not None:
            err = process.stderr.read().decode() if process.stderr else ""
            raise RuntimeError(f"kg sparql serve exited: {err}")
        if answers(port, "/sparql"):
            return running
        time.sleep(0.1)
    running.stop()
    raise RuntimeError(f"kg sparql serve did not answer within {wait:g} s")
