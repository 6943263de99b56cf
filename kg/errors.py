"""The error catalogue: every error a user can see has a code, a message and the file it concerns.

Codes are stable; the README lists them. Raise `KGError(Errors.E001, path=..., reason=...)`.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class Errors(StrEnum):
    E001 = "not valid JSON: {reason}"
    E002 = "not a valid extraction record: {reason}"
    E003 = "unknown {what} {value!r}; expected one of: {allowed}"
    E004 = "{field} names {value!r}, which is not an entity of this document"
    E005 = "the extraction breaks the ontology's shapes:\n{report}"
    E006 = "the store at {store} is in use by another process or unreadable: {reason}"
    E007 = "only read queries are allowed here: {reason}"
    E008 = "bad SPARQL query: {reason}"
    E009 = "cannot read the file: {reason}"
    # E150-E199: extraction (ingest pipeline, kg extract / kg ingest)
    E150 = "cannot read the report: {reason}"
    E151 = "extraction failed: {reason}"


class KGError(Exception):
    """An error meant for the user: a catalogue code, a message, and the file it concerns."""

    def __init__(self, code: Errors, *, path: Path | str | None = None, **fields: object) -> None:
        self.code = code
        self.path = path
        self.detail = code.value.format(**fields)
        where = f"{path}: " if path is not None else ""
        super().__init__(f"[{code.name}] {where}{self.detail}")
