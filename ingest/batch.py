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

from ingest.extract import extract_many
from ingest.pipeline import shared_nlp
from ingest.readers import read
from ingest.source import SourceText
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


GROUP_FILES = 8  # files parsed in one stream: spaCy batches across them
_PIPELINE_ERRORS = (ValueError, RuntimeError, MemoryError)


def extract_file(path: Path) -> Outcome:
    """Reads and extracts one file (file access: reads `path`); never raises for bad input."""
    return extract_group([path])[0]


def extract_group(paths: list[Path]) -> list[Outcome]:
    """Reads and extracts a few files, their texts parsed in one stream (file access: reads
    `paths`); never raises for bad input. A pipeline error sends the group through one file
    at a time, so only the file that causes it fails."""
    outcomes: dict[Path, Outcome] = {}
    read_ok: list[tuple[Path, SourceText]] = []
    for path in paths:
        try:
            read_ok.append((path, _read(path)))
        except KGError as e:
            outcomes[path] = Outcome(path, code=e.code.name, message=str(e))
    try:
        records = extract_many([source for _, source in read_ok], shared_nlp())
    except _PIPELINE_ERRORS as e:
        if len(read_ok) > 1:
            outcomes |= {path: extract_group([path])[0] for path, _ in read_ok}
        else:
            [(path, _)] = read_ok
            error = KGError(Errors.E151, path=path, reason=f"{type(e).__name__}: {e}")
            outcomes[path] = Outcome(path, code=error.code.name, message=str(error))
    else:
        outcomes |= {
            path: Outcome(path, record=record)
            for (path, _), record in zip(read_ok, records, strict=True)
        }
    return [outcomes[p] for p in paths]


def _read(path: Path) -> SourceText:
    try:
        return read(path)
    except KGError:
        raise
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise KGError(Errors.E150, path=path, reason=str(e)) from None


def extract_files(paths: list[Path], *, n_process: int = 1) -> Iterator[Outcome]:
    """Outcomes in input order; files go in small groups parsed in one stream, and with
    n_process > 1 the groups are spread over worker processes that share the pipeline
    loaded here (fork)."""
    size = (
        GROUP_FILES if n_process <= 1 else max(1, min(GROUP_FILES, len(paths) // (2 * n_process)))
    )
    groups = [paths[i : i + size] for i in range(0, len(paths), size)]
    if n_process <= 1 or len(groups) <= 1:
        for group in groups:
            yield from extract_group(group)
        return
    shared_nlp()  # loaded once, inherited by the forked workers
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=n_process, mp_context=context) as pool:
        for outcomes in pool.map(extract_group, groups, chunksize=1):
            yield from outcomes
