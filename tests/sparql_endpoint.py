"""A running `kg sparql serve` on a free loopback port, over a store of the example data (and
the shared dev gold files when present), with tiny limits so that slow paths are fast."""

from __future__ import annotations

import http.client
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

import pytest

from kg.loading import load_file, load_record
from kg.records import parse_record
from kg.sparql import launch
from kg.store import open_store
from tests.conftest import EXAMPLE, TINY, gold_files

MAX_ROWS = 50
MAX_REQUEST = 4096
# (the example queries must finish on a slow or busy machine: one took over 10 s on a machine
# three times slower than usual; the time limit itself is tested with queries that lower it)
TIMEOUT = 60


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    headers: dict[str, str]  # lower-case names
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


@dataclass(slots=True)
class Endpoint:
    host: str
    port: int
    store: Path
    process: subprocess.Popen[bytes]

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/sparql"

    def request(
        self,
        method: str,
        *,
        params: dict[str, str] | list[tuple[str, str]] | None = None,
        body: bytes | str | None = None,
        headers: dict[str, str] | None = None,
        path: str = "/sparql",
    ) -> Reply:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
        try:
            target = path + ("?" + urlencode(params) if params else "")
            data = body.encode() if isinstance(body, str) else body
            conn.request(method, target, body=data, headers=headers or {})
            resp = conn.getresponse()
            return Reply(resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read())
        finally:
            conn.close()

    def get(self, query: str, accept: str = "*/*", **params: str) -> Reply:
        return self.request("GET", params={"query": query, **params}, headers={"Accept": accept})

    def post_form(
        self, fields: dict[str, str] | list[tuple[str, str]], accept: str = "*/*"
    ) -> Reply:
        return self.request(
            "POST",
            body=urlencode(fields),
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
        )


@pytest.fixture(scope="session")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Endpoint]:
    home = tmp_path_factory.mktemp("sparql-home")
    store = home / "store"
    with open_store(store) as s:
        load_file(s, EXAMPLE)
        load_record(s, parse_record(TINY), source="tiny")
        for path in gold_files():
            load_file(s, path)
    running = launch.start(
        store,
        env={
            "KG_HOME": str(home),
            "KG_QUERY_ROWS": str(MAX_ROWS),
            "KG_SPARQL_MAX_REQUEST": str(MAX_REQUEST),
            "KG_SPARQL_TIMEOUT": str(TIMEOUT),
            "KG_SPARQL_WORKERS": "2",
        },
    )
    yield Endpoint(launch.HOST, running.port, store, running.process)
    running.stop()
