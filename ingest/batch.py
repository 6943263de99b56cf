"""Extracting many reports: file discovery, one outcome per file, optional process pool.

A file that fails (a reader's KGError, undecodable bytes, a pipeline error) becomes a failed
outcome with its code and reason; the rest of the batch goes on.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ingest.extract import extract
from ingest.pipeline import shared_nlp
from ingest.readers import read
from kg.errors import Errors, KGError
from kg.records import DocumentRecord

REPORT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")


@dataclass(frozen=True, slots=True)
class Outcome:
    path: Path
    record: DocumentRecord | None = None
    code: str | None = None  # error code when the file failed
    message: str | None = None


def report_files(paths: Iterable[Path]) -> list[Path]:
    """The files named, and every report file (by suffix) in the folders named (sorted)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out += sorted(
                f for f in p.iterdir() if f.is_file() and f.suffix.lower() in REPORT_SUFFIXES
            )
        else:
            out.append(p)
    return out


def extract_file(path: Path) -> Outcome:
    """Reads and extracts one file (file access: reads `path`); never raises for bad input."""
    try:
        try:
            source = read(path)
        except KGError:
            raise
        except (OSError, UnicodeDecodeError, ValueError) as e:
            raise KGError(Errors.E150, path=path, reason=str(e)) from None
        try:
            record = extract(source, shared_nlp())
        except (ValueError, RuntimeError, MemoryError) as e:
            raise KGError(Errors.E151, path=path, reason=f"{type(e).__name__}: {e}") from None
    except KGError as e:
        return Outcome(path, code=e.code.name, message=str(e))
    return Outcome(path, record=record)


def extract_files(paths: list[Path], *, n_process: int = 1) -> Iterator[Outcome]:
    """Outcomes in input order; with n_process > 1, files are spread over worker processes
    that share the pipeline loaded here (fork)."""
    if n_process <= 1 or len(paths) <= 1:
        for p in paths:
            yield extract_file(p)
        return
    shared_nlp()  # loaded once, inherited by the forked workers
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=n_process, mp_context=context) as pool:
        yield from pool.map(extract_file, paths, chunksize=1)
