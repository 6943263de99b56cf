"""Read-only Cypher for researchers: checked, bounded, parameterised.

A query runs only if EXPLAIN says its type is read-only ("r") and its plan has no LOAD CSV;
it then runs in a READ transaction (the server refuses writes there too), with a client
timeout on top of the server's transaction timeout, and a row cap that says when it cut.
User values only ever travel as parameters, never inside the query text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import neo4j
from neo4j.exceptions import ClientError, CypherSyntaxError
from neo4j.graph import Node, Path, Relationship

from kg.errors import Errors, KGError

_FORBIDDEN_OPERATORS = ("LoadCSV",)  # reads, but fetches URLs: not for untrusted queries


@dataclass(slots=True)
class Rows:
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    truncated: bool = False


def parse_param(text: str) -> tuple[str, Any]:
    """'name=value' -> (name, value): JSON when it parses (numbers, booleans, lists), else text."""
    key, sep, raw = text.partition("=")
    if not sep or not key.strip().isidentifier():
        raise KGError(Errors.E209, value=text, reason="expected name=value")
    try:
        value: Any = json.loads(raw)
    except json.JSONDecodeError:
        value = raw
    return key.strip(), value


def _operators(plan: dict[str, Any] | None) -> set[str]:
    if not plan:
        return set()
    found = {str(plan.get("operatorType", "")).split("@")[0]}
    for child in plan.get("children", []):
        found |= _operators(child)
    return found


def check_read_only(session: neo4j.Session, text: str, params: dict[str, Any]) -> None:
    """Refuses anything the planner does not call read-only (E205) or cannot parse (E206)."""
    try:
        summary = session.run(f"EXPLAIN {text}", params).consume()  # type: ignore[arg-type]
    except CypherSyntaxError as e:
        raise KGError(Errors.E206, reason=e.message) from None
    except ClientError as e:
        raise KGError(Errors.E206, reason=e.message) from None
    if summary.query_type != "r":
        raise KGError(Errors.E205, reason=f"the planner classes it as {summary.query_type!r}")
    bad = sorted(op for op in _operators(summary.plan) if op in _FORBIDDEN_OPERATORS)
    if bad:
        raise KGError(Errors.E205, reason=f"the plan uses {', '.join(bad)}")


def run_read(
    driver: neo4j.Driver,
    text: str,
    params: dict[str, Any],
    *,
    timeout: float,
    row_cap: int,
) -> Rows:
    """Runs one read-only query (network: the Bolt server) and returns at most `row_cap` rows."""

    @neo4j.unit_of_work(timeout=timeout)
    def work(tx: neo4j.ManagedTransaction) -> Rows:
        result = tx.run(text, params)  # type: ignore[arg-type]
        out = Rows(list(result.keys()))
        for record in result:
            if len(out.rows) == row_cap:
                out.truncated = True
                break
            out.rows.append([plain(v) for v in record.values()])
        return out

    with driver.session(default_access_mode=neo4j.READ_ACCESS) as session:
        check_read_only(session, text, params)
        try:
            return session.execute_read(work)
        except ClientError as e:
            if "TransactionTimedOut" in (e.code or "") or "Terminated" in (e.code or ""):
                raise KGError(Errors.E207, seconds=timeout) from None
            if "Forbidden" in (e.code or "") or "AccessMode" in (e.code or ""):
                raise KGError(Errors.E205, reason=e.message) from None
            raise KGError(Errors.E206, reason=e.message) from None


def plain(value: Any) -> Any:
    """Graph values as JSON-friendly data: nodes and relationships as their properties."""
    if isinstance(value, Node):
        return {"labels": sorted(value.labels), **dict(value)}
    if isinstance(value, Relationship):
        return {"type": value.type, **dict(value)}
    if isinstance(value, Path):
        return [plain(n) for n in value.nodes]
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value
