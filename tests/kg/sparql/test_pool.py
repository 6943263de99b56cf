"""Query processes: answers come back, an overrun is killed and replaced."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.errors import Errors, KGError
from kg.loading import load_file
from kg.sparql.negotiation import by_key
from kg.sparql.pool import QueryPool
from kg.sparql.worker import Job
from kg.store import open_store
from tests.conftest import EXAMPLE

SLOW = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?a ?l"


def job(query: str) -> Job:
    return Job(query, by_key("json"), by_key("turtle"), max_rows=100)


@pytest.fixture
def pool(store_dir: Path) -> Iterator[QueryPool]:
    with open_store(store_dir) as store:
        load_file(store, EXAMPLE)
    queries = QueryPool(store_dir, size=1)
    yield queries
    queries.close()


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_answers(pool: QueryPool) -> None:
    answer = pool.run(job("ASK { ?s a sai:AIModel }"), timeout=30)
    assert answer.status == 200 and b"true" in answer.body


def test_overrun_is_killed_and_replaced(pool: QueryPool) -> None:
    pool.run(job("ASK {}"), timeout=30)  # started
    [pid] = pool.pids()
    started = time.monotonic()
    with pytest.raises(KGError) as caught:
        pool.run(job(SLOW), timeout=0.5)
    assert caught.value.code is Errors.E302
    assert time.monotonic() - started < 2
    deadline = time.monotonic() + 5
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive(pid)
    assert pool.run(job("ASK {}"), timeout=30).status == 200  # its successor answers


def test_all_busy_is_said(pool: QueryPool) -> None:
    import threading

    def overrun() -> None:
        with pytest.raises(KGError):
            pool.run(job(SLOW), timeout=2)

    slow = threading.Thread(target=overrun)
    slow.start()
    time.sleep(0.3)
    with pytest.raises(KGError) as caught:
        pool.run(job("ASK {}"), timeout=0.5)
    assert caught.value.code is Errors.E307
    slow.join()


def test_sees_newly_published_state(
    pool: QueryPool, store_dir: Path, tiny: dict[str, object]
) -> None:
    ask = job("ASK { ?m skos:prefLabel 'Mistral Large' }")
    assert b"false" in pool.run(ask, timeout=30).body
    from kg.loading import load_record
    from kg.records import parse_record

    with open_store(store_dir) as store:
        load_record(store, parse_record(tiny), source="tiny")
    assert b"true" in pool.run(ask, timeout=30).body
