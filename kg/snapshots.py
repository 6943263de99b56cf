"""Read-only snapshots of the store, so that readers in other processes never see half a write.

RocksDB lets one process open a store for writing, and pyoxigraph calls opening it read-only
while another process writes undefined behaviour. So the writer publishes: after its writes it
makes a RocksDB checkpoint (`Store.backup`, hard links, cheap) in `<store>.snapshots/<gen>`,
then atomically points `CURRENT` at it (temp file + `os.replace`). A reader opens the current
snapshot read-only; a snapshot never changes once published, so every reader sees one
consistent state, never part of an ingest.

Readers hold a shared `flock` on the snapshot's lease file for as long as they have it open;
garbage collection removes an old snapshot only under an exclusive lock, so nothing in use
is deleted, and a killed reader's lock goes with its process.

File access: reads and writes below `<store>.snapshots/`.
"""

from __future__ import annotations

import fcntl
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pyoxigraph as ox

POINTER = "CURRENT"
LEASE = ".lease"
_DIGITS = 8


def snapshots_dir(store_path: Path) -> Path:
    """Snapshots belong to one store, so they live beside it: `<store>.snapshots`."""
    return store_path.with_name(store_path.name + ".snapshots")


def current(store_path: Path) -> Path | None:
    """The snapshot `CURRENT` points at, or None if nothing was published yet."""
    root = snapshots_dir(store_path)
    try:
        name = (root / POINTER).read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    return root / name


def publish(store: ox.Store, store_path: Path) -> Path:
    """Checkpoints the (open, writable) store as the next generation and makes it current.

    Call only from the process that holds the store open for writing. Returns the snapshot.
    """
    root = snapshots_dir(store_path)
    root.mkdir(parents=True, exist_ok=True)
    generations = [int(p.name) for p in root.iterdir() if p.name.isdigit()]
    name = f"{max(generations, default=0) + 1:0{_DIGITS}d}"
    staging = root / f"tmp-{name}"
    shutil.rmtree(staging, ignore_errors=True)
    store.flush()
    store.backup(str(staging))
    (staging / LEASE).touch()
    staging.rename(root / name)
    pointer = root / f"{POINTER}.tmp"
    pointer.write_text(name + "\n", encoding="ascii")
    os.replace(pointer, root / POINTER)
    collect_garbage(store_path)
    return root / name


def collect_garbage(store_path: Path) -> list[Path]:
    """Removes snapshots other than the current one that no reader holds; returns them."""
    root = snapshots_dir(store_path)
    keep = current(store_path)
    removed = []
    for path in sorted(root.iterdir()) if root.is_dir() else []:
        if path == keep or not path.is_dir():
            continue
        if path.name.startswith("tmp-") or _try_remove(path):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def _try_remove(path: Path) -> bool:
    """Deletes a snapshot if no reader holds its lease (decided under an exclusive lock)."""
    try:
        with open(path / LEASE, "a+b") as lease:
            try:
                fcntl.flock(lease, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
            # Deleted while locked: a reader waiting on this lease finds the folder gone.
            shutil.rmtree(path, ignore_errors=True)
            return True
    except FileNotFoundError:
        return True  # not a finished snapshot (no lease): remove it


@dataclass(slots=True)
class Lease:
    """A reader's hold on a snapshot: garbage collection leaves it alone until `release`."""

    path: Path
    _file: IO[bytes]

    def release(self) -> None:
        self._file.close()  # releases the shared lock


def lease_current(store_path: Path) -> Lease | None:
    """A lease on the current snapshot (open it read-only while holding it); None if none is
    published yet.

    If garbage collection removes the snapshot between reading `CURRENT` and taking the lease,
    `CURRENT` has moved on: read it again.
    """
    tried: Path | None = None
    while (path := current(store_path)) is not None:
        if path == tried:
            raise FileNotFoundError(f"CURRENT points at a missing snapshot: {path}")
        tried = path
        try:
            file = open(path / LEASE, "rb")  # noqa: SIM115 - held for the lease's lifetime
        except FileNotFoundError:
            continue
        fcntl.flock(file, fcntl.LOCK_SH)
        if (path / LEASE).exists():
            return Lease(path, file)
        file.close()
    return None
