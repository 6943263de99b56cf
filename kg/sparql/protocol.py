"""The SPARQL 1.1 Protocol's query operation: what an HTTP request asks (query, dataset,
time limit), read within the request size cap.

GET carries the query in the URL; POST as a form (`application/x-www-form-urlencoded`) or
directly (`application/sparql-query`, dataset parameters in the URL). Update requests
(an `update` parameter or `application/sparql-update`) are refused: there is no update route.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl

from starlette.requests import Request

from kg.errors import Errors, KGError

FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
UPDATE = "application/sparql-update"


@dataclass(frozen=True, slots=True)
class QueryRequest:
    query: str | None  # None: the client asks for the service description or the page
    default_graph: list[str] | None
    named_graphs: list[str] | None
    timeout: str | None


async def read(request: Request, *, max_bytes: int) -> QueryRequest:
    """The query operation `request` asks for; KGError if it is no valid one."""
    url_params = _parse(request.url.query, max_bytes=max_bytes)
    if request.method == "GET":
        return _query_request(url_params, query=None)
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type == UPDATE:
        raise KGError(Errors.E301)
    if media_type not in (FORM, DIRECT):
        raise KGError(Errors.E305, value=media_type)
    body = await _body(request, max_bytes=max_bytes)
    if media_type == DIRECT:
        return _query_request(url_params, query=_decode(body))
    return _query_request(url_params + _parse(_decode(body), max_bytes=max_bytes), query=None)


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise KGError(Errors.E304, reason=f"the request is not UTF-8: {e}") from None


def _parse(text: str, *, max_bytes: int) -> list[tuple[str, str]]:
    if len(text.encode()) > max_bytes:
        raise KGError(Errors.E303, limit=max_bytes)
    try:
        return parse_qsl(text, keep_blank_values=True, strict_parsing=False, errors="strict")
    except UnicodeDecodeError as e:
        raise KGError(Errors.E304, reason=f"the parameters are not UTF-8: {e}") from None


async def _body(request: Request, *, max_bytes: int) -> bytes:
    """The body, refused as soon as it passes `max_bytes` (declared or actually sent)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > max_bytes:
        raise KGError(Errors.E303, limit=max_bytes)
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > max_bytes:
            raise KGError(Errors.E303, limit=max_bytes)
    return bytes(body)


def _query_request(params: list[tuple[str, str]], *, query: str | None) -> QueryRequest:
    names = [name for name, _ in params]
    if "update" in names:
        raise KGError(Errors.E301)
    queries = [value for name, value in params if name == "query"]
    if query is not None and queries:
        raise KGError(Errors.E304, reason="a direct POST carries its query in the body only")
    if len(queries) > 1:
        raise KGError(Errors.E304, reason="give exactly one query parameter")
    timeouts = [value for name, value in params if name == "timeout"]
    default = [value for name, value in params if name == "default-graph-uri"]
    named = [value for name, value in params if name == "named-graph-uri"]
    return QueryRequest(
        query=query if query is not None else (queries[0] if queries else None),
        default_graph=default or None,
        named_graphs=named or None,
        timeout=timeouts[-1] if timeouts else None,
    )
