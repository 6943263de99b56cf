"""Security-relevant behaviour, grouped by area."""

from __future__ import annotations

import json
import os
import socket
import stat
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import neo4j
import pytest
from typer.testing import CliRunner

from ingest.readers import ReadLimits, read
from kg.cli import app
from kg.errors import Errors, KGError
from kg.neo4j.config import Layout
from kg.neo4j.cypher import run_read
from kg.neo4j.sync import sync_store
from tests.ingest.readers.pdfs import pdf_bytes
from tests.sparql_endpoint import MAX_REQUEST, MAX_ROWS, Endpoint

# --- Readers (ingest/readers): untrusted report files -------------------------------------


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a reader tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.mark.usefixtures("no_network")
def test_readers_never_touch_the_network(tmp_path: Path) -> None:
    html = tmp_path / "page.html"
    html.write_text(
        '<html><head><link rel="canonical" href="http://example.org/a">'
        '<script src="http://example.org/x.js"></script></head><body><article>'
        '<img src="http://example.org/i.png"><iframe src="http://example.org/f"></iframe>'
        "<p>France pledged EUR 20bn to Mistral AI in 2025, the ministry said on Tuesday.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    assert "Mistral AI" in read(html).text
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(pdf_bytes(["See http://example.org for details."]))
    assert "example.org" in read(pdf).text


def test_an_oversized_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(10**10)  # sparse: 10 GB that costs nothing on disk
    with pytest.raises(KGError) as e:
        read(huge)
    assert e.value.code is Errors.E104


def test_a_pdf_decompression_bomb_is_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(pdf_bytes(["boom"], padding=5_000_000, deflate=True))
    limits = ReadLimits(max_file_bytes=100_000, max_text_chars=10_000, max_pdf_pages=5)
    assert bomb.stat().st_size < limits.max_file_bytes
    with pytest.raises(KGError) as e:
        read(bomb, limits=limits)
    assert e.value.code is Errors.E110


def test_binary_files_are_refused(tmp_path: Path) -> None:
    binary = tmp_path / "report.txt"
    binary.write_bytes(b"\x7fELF\x02\x01\x01" + bytes(200))
    with pytest.raises(KGError) as e:
        read(binary)
    assert e.value.code is Errors.E103


# ----------------------------------------------------------------- SPARQL endpoint
# Read-only, no outbound calls, and every query bounded in time, rows and request size.

CROSS_PRODUCT = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?a ?l"
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def count_quads(endpoint: Endpoint) -> int:
    body = json.loads(endpoint.get(COUNT_ALL, "application/json").body)
    return int(body["results"]["bindings"][0]["n"]["value"])


class Listener:
    """A TCP listener on loopback that counts the connections it receives."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.sock.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    ear = Listener()
    yield ear
    ear.close()


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "LOAD <http://127.0.0.1:9/data.ttl>",
        "CLEAR ALL",
        "DROP ALL",
        "CREATE GRAPH <urn:g>",
        "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    ],
)
def test_sparql_update_is_refused_on_every_route(endpoint: Endpoint, update: str) -> None:
    before = count_quads(endpoint)
    as_query = endpoint.get(update)
    assert as_query.status == 400 and "E007" in as_query.text
    assert endpoint.post_form({"query": update}).status == 400
    assert endpoint.post_form({"update": update}).status == 403
    assert endpoint.get("ASK {}", update=update).status == 403
    direct = endpoint.request(
        "POST", body=update, headers={"Content-Type": "application/sparql-update"}
    )
    assert direct.status == 403 and "E301" in direct.text
    assert endpoint.request("POST", path="/update", body=update).status == 404
    assert count_quads(endpoint) == before


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
        "select * where {{ service silent <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
        "SELECT * {{ ?x ?y ?z {{ SELECT * {{ SERVICE<http://127.0.0.1:{port}/>{{?s ?p ?o}}}} }} }}",
        "SELECT * WHERE {{ \\u0053ERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ BIND(<http://127.0.0.1:{port}/> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
        "ASK {{ SERVICE <http://127.0.0.1:{port}/> {{ }} }}",
    ],
)
def test_service_is_refused_and_nothing_is_called(
    endpoint: Endpoint, listener: Listener, template: str
) -> None:
    reply = endpoint.get(template.format(port=listener.port))
    assert reply.status == 400 and "E300" in reply.text and "SERVICE" in reply.text
    time.sleep(0.3)
    assert listener.connections == 0


def test_from_and_from_named_never_fetch(endpoint: Endpoint, listener: Listener) -> None:
    remote = f"http://127.0.0.1:{listener.port}/data.ttl"
    for query in (
        f"SELECT * FROM <{remote}> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <{remote}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    ):
        reply = endpoint.get(query, "application/json")
        assert reply.status == 200 and json.loads(reply.body)["results"]["bindings"] == []
    endpoint.get("SELECT * WHERE { ?s ?p ?o }", **{"default-graph-uri": remote})
    endpoint.get("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", **{"named-graph-uri": remote})
    time.sleep(0.3)
    assert listener.connections == 0


def test_service_word_in_strings_iris_and_names_is_fine(endpoint: Endpoint) -> None:
    query = (
        "PREFIX service: <http://example.org/service#> "
        "SELECT ?service WHERE { BIND('cloud SERVICE' AS ?service) "
        "OPTIONAL { ?service service:service <http://example.org/SERVICE> } } # SERVICE"
    )
    assert endpoint.get(query).status == 200


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / 100  # utime + stime, in clock ticks


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        out += [int(c) for c in (task / "children").read_text().split()]
    return out


def _children_cpu(pid: int) -> float:
    total = 0.0
    for child in _children(pid):
        try:
            total += _cpu_seconds(child)
        except FileNotFoundError:
            continue
    return total


def test_query_time_limit_stops_the_query_and_others_are_served(endpoint: Endpoint) -> None:
    result: dict[str, object] = {}

    def slow() -> None:
        started = time.monotonic()
        result["reply"] = endpoint.get(CROSS_PRODUCT, timeout="2")
        result["seconds"] = time.monotonic() - started

    workers_before = set(_children(endpoint.process.pid))
    worker = threading.Thread(target=slow)
    worker.start()
    time.sleep(0.5)
    started = time.monotonic()
    quick = endpoint.get("ASK { ?m a sai:AIModel }")
    assert quick.status == 200 and time.monotonic() - started < 1.5  # not stuck behind it
    worker.join()
    reply = result["reply"]
    assert reply.status == 503 and "E302" in reply.text  # type: ignore[attr-defined]
    assert 1.9 < float(result["seconds"]) < 5  # type: ignore[arg-type]
    # The query's process was killed, not left burning a core; its successor, once started
    # (its imports take seconds on a slow machine), idles.
    assert _within(20.0, lambda: bool(workers_before - set(_children(endpoint.process.pid))))
    assert _within(20.0, lambda: _idle_for_a_second(endpoint.process.pid))
    assert endpoint.get("ASK {}").status == 200


def _within(seconds: float, check: Callable[[], bool]) -> bool:
    """Whether `check` comes true within `seconds` (asked every 0.2 s)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.2)
    return False


def _idle_for_a_second(pid: int) -> bool:
    """Whether the process's children use under 0.2 s of CPU in the next second."""
    before = _children_cpu(pid)
    time.sleep(1.0)
    return _children_cpu(pid) - before < 0.2


def test_client_may_only_lower_the_time_limit() -> None:
    from kg.sparql.limits import Limits

    limits = Limits(timeout=5, max_rows=10, max_request=100)
    assert limits.timeout_for("1") == 1
    assert limits.timeout_for("1000") == 5
    assert limits.timeout_for(None) == 5


def test_rows_are_capped_and_truncation_is_said(endpoint: Endpoint) -> None:
    query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    reply = endpoint.get(query, "application/sparql-results+json")
    body = json.loads(reply.body)
    assert len(body["results"]["bindings"]) == MAX_ROWS
    assert body["head"]["truncated"] is True
    assert reply.headers["x-kg-truncated"] == "true"
    assert reply.headers["x-kg-max-rows"] == str(MAX_ROWS)
    csv = endpoint.get(query, "text/csv")
    assert csv.headers["x-kg-truncated"] == "true" and len(csv.text.splitlines()) == MAX_ROWS + 1
    assert "urn:kg:truncated" in endpoint.get(query, "application/sparql-results+xml").text
    graph = endpoint.get("CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples")
    assert graph.headers["x-kg-truncated"] == "true" and len(graph.text.splitlines()) == MAX_ROWS
    small = endpoint.get("SELECT ?s WHERE { ?s a sai:AIModel } LIMIT 2")
    assert "x-kg-truncated" not in small.headers and "truncated" not in small.text


def test_request_size_is_capped(endpoint: Endpoint) -> None:
    big = "ASK { FILTER(" + " || ".join(["true"] * MAX_REQUEST) + ") }"
    direct = endpoint.request(
        "POST", body=big, headers={"Content-Type": "application/sparql-query"}
    )
    assert direct.status == 413 and "E303" in direct.text
    assert endpoint.post_form({"query": big}).status == 413
    assert endpoint.get(big[: MAX_REQUEST + 100]).status == 413


def test_malformed_query_answers_400_with_the_parser_message(endpoint: Endpoint) -> None:
    reply = endpoint.get("SELECT * WHERE { ?s ?p }")
    assert reply.status == 400
    assert "bad SPARQL query: error at" in reply.text


def test_server_binds_loopback_by_default() -> None:
    from kg import settings

    assert settings.get("sparql_host") == "127.0.0.1"


# ------------------------------------------------------------------ Neo4j

WRITES = [
    "CREATE (n:X) RETURN n",
    "MERGE (n:X {a: 1}) RETURN n",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n) SET n.hacked = true RETURN n",
    "MATCH (n) REMOVE n.name RETURN n",
    "CALL db.createLabel('X')",
    "CALL db.createProperty('hacked')",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS line RETURN line",
    "CREATE INDEX x FOR (n:X) ON (n.a)",
    "MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS RETURN 1",
]


@pytest.mark.neo4j
@pytest.mark.parametrize("query", WRITES)
def test_cypher_refuses_anything_but_reads(query: str, neo4j_driver: neo4j.Driver) -> None:
    neo4j_driver.execute_query("CREATE (:Canary {name: 'still here'})")
    with pytest.raises(KGError, match=r"E205|E206"):
        run_read(neo4j_driver, query, {}, timeout=10, row_cap=10)
    left, _, _ = neo4j_driver.execute_query("MATCH (n) RETURN n.name AS name, keys(n) AS k")
    assert [(r["name"], r["k"]) for r in left] == [("still here", ["name"])]


@pytest.mark.neo4j
def test_cypher_stops_slow_queries(neo4j_driver: neo4j.Driver) -> None:
    slow = "UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 99 RETURN count(*)"
    with pytest.raises(KGError, match="E207"):
        run_read(neo4j_driver, slow, {}, timeout=0.3, row_cap=10)


@pytest.mark.neo4j
def test_cypher_parameters_are_matched_literally(
    research_store: Path, neo4j_driver: neo4j.Driver
) -> None:
    sync_store(research_store, neo4j_driver)
    count = "MATCH (n) RETURN count(n) AS n"
    before = neo4j_driver.execute_query(count).records[0]["n"]
    evil = 'x\'}) DETACH DELETE n // "Labs"'
    query = "MATCH (n:Firm) WHERE n.name = $name RETURN n.name AS name"
    found = run_read(neo4j_driver, query, {"name": evil}, timeout=10, row_cap=10)
    assert found.rows == [[evil]]
    missing = run_read(neo4j_driver, query, {"name": "x'}) DETACH DELETE n //"}, timeout=10,
                       row_cap=10)  # fmt: skip
    assert missing.rows == []
    assert neo4j_driver.execute_query(count).records[0]["n"] == before


@pytest.mark.neo4j
def test_neo4j_password_file_is_owner_only(neo4j_layout: Layout) -> None:
    mode = stat.S_IMODE(neo4j_layout.password_file.stat().st_mode)
    assert mode == 0o600
    assert len(neo4j_layout.password_file.read_text().strip()) >= 24


@pytest.mark.neo4j
def test_neo4j_listens_on_loopback_only(neo4j_layout: Layout) -> None:
    from kg.neo4j import server

    pid = server.pid(neo4j_layout)
    assert pid is not None
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:  # closed meanwhile
            continue
        if target.startswith("socket:["):
            inodes.add(target.removeprefix("socket:[").rstrip("]"))
    listening = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            cols = line.split()
            if cols[3] == "0A" and cols[9] in inodes:  # 0A: LISTEN
                listening.append(cols[1].split(":")[0])
    loopback = {"0100007F", "0000000000000000FFFF00000100007F", "00000000000000000000000001000000"}
    assert listening and set(listening) <= loopback, listening
    conf = neo4j_layout.conf_file.read_text()
    assert "server.http.enabled=false" in conf
    assert "dbms.security.allow_csv_import_from_file_urls=false" in conf
    assert "dbms.security.auth_enabled=true" in conf


@pytest.mark.neo4j
def test_neo4j_refuses_wrong_password(neo4j_layout: Layout) -> None:
    from kg.neo4j.config import bolt_uri

    with (
        neo4j.GraphDatabase.driver(bolt_uri(), auth=("neo4j", "neo4j")) as d,
        pytest.raises(neo4j.exceptions.AuthError),
    ):
        d.verify_connectivity()


# ----------------------------------------------------------------- Explorer (kg/explorer.py)
# Search text enters SPARQL only as an N-Triples literal; an actor only as a checked IRI.


@pytest.mark.parametrize(
    "text",
    [
        '") || true || ("',
        '\\") } } SELECT * WHERE { ?s ?p ?o } #',
        "'x'}) DETACH DELETE n // \"Labs\"",
        "\n} DROP ALL ; #",
    ],
)
def test_explorer_search_text_cannot_change_the_query(research_store: Path, text: str) -> None:
    from kg import explorer
    from kg.store import open_store

    with open_store(research_store, read_only=True) as store:
        assert explorer.find_actors(store, text, cap=100).rows == []
        assert explorer.find_actors(store, "x'}) DETACH", cap=100).column("name") == [
            'x\'}) DETACH DELETE n // "Labs"'
        ]


def test_explorer_refuses_an_actor_that_is_no_iri(research_store: Path) -> None:
    from kg import explorer
    from kg.store import open_store

    with open_store(research_store, read_only=True) as store, pytest.raises(ValueError):
        explorer.actor_facts(store, "x> || true) } #", cap=100)


runner = CliRunner()

# ---------------------------------------------------------------- extraction (kg extract / ingest)


def test_extract_writes_only_inside_out_and_quarantine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File names from the input decide only a stem inside --out or the quarantine folder."""
    monkeypatch.setenv("KG_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("KG_QUARANTINE", raising=False)
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "..evil.txt").write_text("Nvidia supplies G42.", encoding="utf-8")
    (reports / "..bad.txt").write_bytes(b"\xff\xfe\x00" * 10)
    out = tmp_path / "out"
    runner.invoke(app, ["extract", str(reports), "--out", str(out)])
    written = {p.relative_to(tmp_path) for p in tmp_path.rglob("*.json")}
    assert all(p.parts[0] in ("out", "home") for p in written)
    assert (out / "..evil.json").exists()
    assert all(p.parent.name == "quarantine" for p in written if p.parts[0] == "home")


def test_extracted_text_is_stored_as_data_not_run(tmp_path: Path) -> None:
    """Text that looks like a query or markup ends up as a literal quote, nothing else."""
    store = tmp_path / "store"
    report = tmp_path / "r.txt"
    hostile = (
        'Microsoft invested $1 billion in G42. "} ; DROP ALL ; <script>x</script> '
        "MATCH (n) DETACH DELETE n"
    )
    report.write_text(hostile, encoding="utf-8")
    assert runner.invoke(app, ["--store", str(store), "ingest", str(report)]).exit_code == 0
    result = runner.invoke(
        app, ["--store", str(store), "sparql", "query", "-f", "csv",
              "SELECT ?q WHERE { ?e sai:quote ?q }"],
    )  # fmt: skip
    assert "Microsoft invested $1 billion in G42." in result.output
    assert runner.invoke(app, ["--store", str(store), "validate"]).exit_code == 0
