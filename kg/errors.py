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
    # Readers (ingest/readers): a report file that cannot become text.
    E100 = "the file is empty"
    E101 = "a binary file, not a report: {reason}"
    E102 = "cannot decode the text: {reason}"
    E103 = "unsupported file type: {kind}"
    E104 = "the file has {size} bytes, over the limit of {limit} (setting max_file_bytes)"
    E105 = "the text has over {limit} characters (setting max_text_chars)"
    E106 = "no main text found in the HTML: {reason}"
    E107 = "the PDF cannot be parsed: {reason}"
    E108 = "the PDF is encrypted and cannot be opened without a password"
    E109 = "the PDF has {pages} pages, over the limit of {limit} (setting max_pdf_pages)"
    E110 = "the PDF explodes in size when decompressed: {reason}"
    E111 = "the PDF has no extractable text (scanned images?)"
    # the SPARQL endpoint (kg.sparql)
    E300 = "SERVICE (federated query) is refused: this endpoint never calls other endpoints"
    E301 = "SPARQL Update is refused: this endpoint is read-only and has no update route"
    E302 = "the query ran longer than its limit of {seconds:g} s and was stopped"
    E303 = "the request has more than the limit of {limit} bytes"
    E304 = "bad request: {reason}"
    E305 = "unsupported request content type {value!r}; send a form or application/sparql-query"
    E306 = "no result format for this query matches Accept {accept!r}; offered: {offered}"
    E307 = "all {workers} query processes stayed busy for {seconds:g} s; try again later"
    E308 = "the query process failed: {reason}"
    # Neo4j (kg/neo4j, `kg neo4j`, `kg cypher`)
    E201 = "cannot resolve the Neo4j jars from Maven Central into {lib}: {reason}"
    E202 = "Neo4j is not installed in {home}: run `kg neo4j install`"
    E203 = "Neo4j did not start: {reason} (log: {log})"
    E204 = "Neo4j does not answer at {uri}: {reason}"
    E205 = "only read queries are allowed: {reason}"
    E206 = "bad Cypher query: {reason}"
    E207 = "the query ran longer than {seconds}s and was stopped"
    E208 = "no library query {name!r}; `kg cypher --list` names them"
    E209 = "bad --param {value!r}: {reason}"
    E210 = "no Neo4j password: {reason}"
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
