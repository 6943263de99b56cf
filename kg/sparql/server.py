"""`kg sparql serve`: the SPARQL 1.1 Protocol over HTTP (starlette app, uvicorn server).

Routes: `/sparql` answers queries (GET, POST form, POST direct) and, without a query, the
service description or, for browsers, the query page; `/examples.json` lists the example
queries. There is no update route. Every query runs in a query process of `QueryPool`, within
the time, row and size limits of `Limits`; CORS lets browser clients of any origin read.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pyoxigraph as ox
import uvicorn
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from kg import snapshots
from kg.errors import Errors, KGError
from kg.sparql import protocol
from kg.sparql.description import SD, service_description
from kg.sparql.examples import examples
from kg.sparql.limits import Limits
from kg.sparql.negotiation import GRAPH_FORMATS, HTML, SOLUTION_FORMATS, by_key, choose
from kg.sparql.pool import QueryPool
from kg.sparql.worker import RDF_FORMATS, Answer, Job, error_answer
from kg.store import open_store

PAGE = Path(__file__).resolve().parent / "page.html"
TRUNCATED = "X-KG-Truncated"
MAX_ROWS = "X-KG-Max-Rows"
_NAMED_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { } } ORDER BY ?g"


def create_app(pool: QueryPool, limits: Limits) -> Starlette:
    """The web app over `pool`; the caller owns the pool (starts and closes it)."""

    async def endpoint(request: Request) -> Response:
        accept = request.headers.get("accept", "")
        try:
            asked = await protocol.read(request, max_bytes=limits.max_request)
            if asked.query is None:
                if request.method == "POST":
                    raise KGError(Errors.E304, reason="the request has no query parameter")
                return await _describe(request, pool, limits)
            job = Job(
                query=asked.query,
                solutions_format=choose(accept, SOLUTION_FORMATS),
                graph_format=choose(accept, GRAPH_FORMATS),
                max_rows=limits.max_rows,
                default_graph=asked.default_graph,
                named_graphs=asked.named_graphs,
                accept=accept,
            )
            timeout = limits.timeout_for(asked.timeout)
            answer = await run_in_threadpool(pool.run, job, timeout=timeout)
        except KGError as e:
            answer = error_answer(e)
        return _response(answer, limits)

    async def example_list(request: Request) -> Response:
        return Response(
            json.dumps([asdict(e) for e in examples()]),
            media_type="application/json",
        )

    async def home(request: Request) -> Response:
        return RedirectResponse("/sparql")

    cors = Middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_methods=["GET", "POST"],
        allow_headers=["Accept", "Content-Type"],
        expose_headers=[TRUNCATED, MAX_ROWS],
    )
    return Starlette(
        routes=[
            Route("/sparql", endpoint, methods=["GET", "POST"]),
            Route("/examples.json", example_list, methods=["GET"]),
            Route("/", home, methods=["GET"]),
        ],
        middleware=[cors],
    )


def _response(answer: Answer, limits: Limits) -> Response:
    headers = {"Vary": "Accept", "Cache-Control": "no-store"}
    if answer.truncated:
        headers[TRUNCATED] = "true"
        headers[MAX_ROWS] = str(limits.max_rows)
    return Response(
        answer.body, status_code=answer.status, headers=headers, media_type=answer.content_type
    )


async def _describe(request: Request, pool: QueryPool, limits: Limits) -> Response:
    """The query page for browsers, else the service description in the format asked for."""
    accept = request.headers.get("accept", "")
    fmt = choose(accept, (*GRAPH_FORMATS, HTML))
    if fmt is None:
        offered = ", ".join(f.media_types[0] for f in (*GRAPH_FORMATS, HTML))
        return _response(error_answer(KGError(Errors.E306, accept=accept, offered=offered)), limits)
    if fmt is HTML:
        return Response(PAGE.read_bytes(), media_type=HTML.content_type)
    listing = Job(_NAMED_GRAPHS, by_key("json"), None, max_rows=limits.max_rows)
    answer = await run_in_threadpool(pool.run, listing, timeout=limits.timeout)
    if answer.status != 200:
        return _response(answer, limits)
    rows = json.loads(answer.body)["results"]["bindings"]
    endpoint = str(request.url.replace(query="", fragment=""))
    triples = service_description(endpoint, [row["g"]["value"] for row in rows])
    body = ox.serialize(triples, format=RDF_FORMATS[fmt.key], prefixes={"sd": SD})
    return Response(body or b"", media_type=fmt.content_type)


def serve(store_path: Path, *, host: str, port: int, workers: int, limits: Limits) -> None:
    """Serves the store's published snapshots until interrupted (network: listens on
    host:port; file access: the store's snapshots)."""
    if snapshots.current(store_path) is None:
        # A store written before snapshots existed, or never written: a writable open publishes
        # it when it closes. If a writer holds it, this fails with E006 (try again once the
        # writer is done: it publishes too).
        with open_store(store_path):
            pass
    pool = QueryPool(store_path, size=workers)
    try:
        uvicorn.run(
            create_app(pool, limits), host=host, port=port, log_level="warning", access_log=False
        )
    finally:
        pool.close()
