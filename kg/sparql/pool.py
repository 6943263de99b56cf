"""Query processes: each query runs in one, and one that overruns its time limit is killed.

pyoxigraph cannot cancel a query, so a thread would keep burning a core after its client gave
up. A process can be killed: the pool sends the job, waits until the deadline, and on expiry
kills the process (SIGKILL; its snapshot lease goes with it) and starts a fresh one in the
background, so other clients keep being served by the remaining processes.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from kg.errors import Errors, KGError
from kg.sparql import worker
from kg.sparql.worker import Answer, Job

# spawn, not fork: the server's threads and open files must not leak into query processes.
_CONTEXT = multiprocessing.get_context("spawn")


@dataclass(slots=True, eq=False)  # identity: each is one live process
class _Process:
    process: BaseProcess
    conn: Connection


class QueryPool:
    """`size` query processes over the published snapshots of the store at `store_path`."""

    def __init__(self, store_path: Path, *, size: int) -> None:
        self.store_path = store_path
        self.size = size
        self._idle: queue.Queue[_Process] = queue.Queue()
        self._all: set[_Process] = set()
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(size):
            self._idle.put(self._start())

    def _start(self) -> _Process:
        parent, child = _CONTEXT.Pipe()
        process = _CONTEXT.Process(
            target=worker.serve, args=(child, str(self.store_path)), daemon=True
        )
        process.start()
        child.close()
        started = _Process(process, parent)
        with self._lock:
            self._all.add(started)
        return started

    def pids(self) -> list[int]:
        """Process ids of the query processes (for tests and monitoring)."""
        with self._lock:
            return [p.process.pid for p in self._all if p.process.pid is not None]

    def run(self, job: Job, *, timeout: float) -> Answer:
        """The answer to `job`, or KGError E302 (too slow), E307 (all busy), E308 (crashed)."""
        deadline = time.monotonic() + timeout
        try:
            proc = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise KGError(Errors.E307, workers=self.size, seconds=timeout) from None
        try:
            proc.conn.send(job)
            if proc.conn.poll(max(0.0, deadline - time.monotonic())):
                answer: Answer = proc.conn.recv()
                self._idle.put(proc)
                return answer
        except (EOFError, OSError) as e:
            self._replace(proc)
            raise KGError(Errors.E308, reason=repr(e)) from None
        self._replace(proc)
        raise KGError(Errors.E302, seconds=timeout)

    def _replace(self, proc: _Process) -> None:
        """Kills `proc` now and starts its successor in the background."""
        proc.process.kill()
        with self._lock:
            self._all.discard(proc)

        def successor() -> None:
            proc.process.join()
            proc.conn.close()
            if self._closed:
                return
            fresh = self._start()
            self._idle.put(fresh)
            if self._closed:  # closed while it started
                self.close()

        threading.Thread(target=successor, daemon=True).start()

    def close(self) -> None:
        """Stops every query process."""
        self._closed = True
        with self._lock:
            procs, self._all = list(self._all), set()
        for proc in procs:
            proc.conn.close()  # the process ends when its pipe closes
        for proc in procs:
            proc.process.join(timeout=5)
            if proc.process.is_alive():
                proc.process.kill()
                proc.process.join()
