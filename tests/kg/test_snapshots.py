"""Snapshots: writers publish, readers see whole states, nothing in use is collected."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg import snapshots
from kg.loading import load_file, load_record
from kg.records import parse_record
from kg.store import KnowledgeStore, open_store
from tests.conftest import EXAMPLE


def docs_in(path: Path) -> list[str]:
    store = KnowledgeStore(path, read_only=True)
    try:
        return store.document_ids()
    finally:
        store.close()


def test_closing_a_written_store_publishes(store_dir: Path) -> None:
    assert snapshots.current(store_dir) is None
    with open_store(store_dir) as store:
        load_file(store, EXAMPLE)
        assert snapshots.current(store_dir) is None  # not before the writer is done
    published = snapshots.current(store_dir)
    assert published is not None and docs_in(published) == ["uae_falcon_example"]


def test_readers_read_the_published_snapshot(store_dir: Path, tiny: dict[str, Any]) -> None:
    with open_store(store_dir) as store:
        load_file(store, EXAMPLE)
    first = snapshots.current(store_dir)
    with open_store(store_dir, read_only=True) as reader:
        assert reader.snapshot == first
    with open_store(store_dir) as writer:
        load_record(writer, parse_record(tiny), source="tiny")
        with open_store(store_dir, read_only=True) as reader:  # mid-write: the last publish
            assert reader.document_ids() == ["uae_falcon_example"]
    with open_store(store_dir, read_only=True) as reader:
        assert reader.document_ids() == ["tiny", "uae_falcon_example"]
        assert reader.snapshot == snapshots.current(store_dir) != first


def test_any_writable_close_publishes(store_dir: Path) -> None:
    """Also writes that bypass the store's methods (`store.ox`) reach the readers."""
    with open_store(store_dir) as store:
        store.ox.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.NamedNode("urn:c")))
    with open_store(store_dir, read_only=True) as reader:
        assert len(list(reader.quads())) == 1


def test_old_snapshots_are_collected_unless_leased(store_dir: Path, tiny: dict[str, Any]) -> None:
    with open_store(store_dir) as store:
        load_file(store, EXAMPLE)
    lease = snapshots.lease_current(store_dir)
    assert lease is not None
    with open_store(store_dir) as store:
        load_record(store, parse_record(tiny), source="tiny")
        store.publish_snapshot()
        load_record(store, parse_record({**tiny, "doc": "other.txt"}), source="other")
    root = snapshots.snapshots_dir(store_dir)
    generations = sorted(p.name for p in root.iterdir() if p.name.isdigit())
    assert generations == ["00000001", "00000003"]  # 2 collected, 1 leased
    assert docs_in(lease.path) == ["uae_falcon_example"]  # the reader's view is intact
    lease.release()
    assert snapshots.collect_garbage(store_dir) == [root / "00000001"]
    assert docs_in(snapshots.current(store_dir)) == ["other", "tiny", "uae_falcon_example"]  # type: ignore[arg-type]


def test_a_killed_reader_releases_its_lease(store_dir: Path) -> None:
    with open_store(store_dir) as store:
        load_file(store, EXAMPLE)
    first = snapshots.current(store_dir)
    reader = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
                import sys, time
                from pathlib import Path
                from kg import snapshots
                lease = snapshots.lease_current(Path({str(store_dir)!r}))
                print("held", flush=True)
                time.sleep(60)
            """),
        ],
        stdout=subprocess.PIPE,
    )
    assert reader.stdout is not None and reader.stdout.readline().strip() == b"held"
    with open_store(store_dir) as store:
        store.ox.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.NamedNode("urn:c")))
        store.publish_snapshot()
    assert first is not None and first.exists()  # leased by the reader
    reader.kill()
    reader.wait()
    snapshots.collect_garbage(store_dir)
    assert not first.exists()


def test_readers_see_whole_loads_while_a_writer_works(store_dir: Path, tmp_path: Path) -> None:
    """A writer process loads documents one by one, publishing after each; a reader that
    keeps opening the current snapshot sees only whole documents, in order."""
    with open_store(store_dir) as store:
        load_file(store, EXAMPLE)
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
                from pathlib import Path
                from kg.loading import load_record
                from kg.records import parse_record
                from kg.store import open_store
                from tests.conftest import TINY
                with open_store(Path({str(store_dir)!r})) as store:
                    for i in range(8):
                        record = parse_record({{**TINY, "doc": f"d{{i}}.txt"}})
                        load_record(store, record, source="t")
                        store.publish_snapshot()
            """),
        ],
    )
    per_document = len(store_graph_of_tiny())
    seen: list[int] = []
    while True:
        finished = writer.poll() is not None  # then the read below sees the final state
        lease = snapshots.lease_current(store_dir)
        assert lease is not None
        try:
            store = KnowledgeStore(lease.path, read_only=True)
            docs = store.document_ids()
            triples = sum(len(store.document_graph(d)) for d in docs if d.startswith("d"))
            store.close()
        finally:
            lease.release()
        assert triples == (len(docs) - 1) * per_document
        seen.append(len(docs))
        if finished:
            break
    assert writer.wait() == 0
    assert seen == sorted(seen) and seen[-1] == 9


def store_graph_of_tiny() -> list[object]:
    from kg.mapping import record_to_graph
    from tests.conftest import TINY

    return list(record_to_graph(parse_record({**TINY, "doc": "d0.txt"})))
