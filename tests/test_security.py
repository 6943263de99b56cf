"""Security-relevant behaviour, grouped by area."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import neo4j
import pytest

from kg.errors import KGError
from kg.neo4j.config import Layout
from kg.neo4j.cypher import run_read
from kg.neo4j.sync import sync_store

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
