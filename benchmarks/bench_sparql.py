"""SPARQL endpoint benchmark: latency through HTTP against the raw store, and throughput.

    python -m benchmarks.bench_sparql [--docs 2250] [--runs 30] [--seconds 10]

Builds a synthetic store of about 1M triples shaped like the real data (one named graph per
document: the Document, the actors it mentions with labels and evidence, subsidies, ventures,
relations with their assertions and evidence; IRIs from `kg.ids`, terms from the ontology),
publishes it, starts `kg sparql serve` on a free loopback port, then runs a mix of 10 queries
shaped like the research questions (lookups, 1- and 2-hop joins, aggregates, property paths):

- p50 and p95 latency of each query on the raw store (in this process: pyoxigraph plus reading
  every row, the same row cap) and through the HTTP endpoint (SPARQL JSON, one keep-alive
  connection), in the same run, and their ratio;
- queries per second through the endpoint with 4 concurrent clients.

File access: a temporary folder (or --home). Network: loopback only. Stops its server.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlencode

import pycountry
import pyoxigraph as ox

from kg import ids, snapshots
from kg.results import Rows
from kg.store import KnowledgeStore, open_store
from kg.vocab import PROV, RDF, SKOS, vocabulary

V = vocabulary()


def _n(iri: object) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def _lit(value: object) -> ox.Literal:
    if isinstance(value, bool):
        raise TypeError(value)
    if isinstance(value, int):
        return ox.Literal(
            str(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
        )
    if isinstance(value, float):
        return ox.Literal(
            str(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")
        )
    return ox.Literal(str(value))


class Population:
    """The actors and models the synthetic documents talk about."""

    def __init__(self, rng: random.Random) -> None:
        self.countries = [(c.alpha_3, c.name) for c in pycountry.countries]
        self.blocs = [f"Bloc {i}" for i in range(20)]
        self.firms = [f"Firm {i}" for i in range(5000)]
        self.orgs = [f"Organization {i}" for i in range(1000)]
        self.models = [f"Model {i}" for i in range(1500)]
        self.firm_home = {f: rng.choice(self.countries)[0] for f in self.firms}
        self.bloc_members = {b: rng.sample(self.countries, 8) for b in self.blocs}


def _iri(kind: str, name: str) -> ox.NamedNode:
    return ox.NamedNode(f"{ids.ID}{kind}/{ids.slug(name)}")


def _country(code: str) -> ox.NamedNode:
    return ox.NamedNode(f"{ids.ID}country/{code}")


def document_quads(doc: int, pop: Population, rng: random.Random) -> Iterator[ox.Quad]:
    """One synthetic document's named graph, shaped like `kg.mapping.record_to_graph`."""
    doc_id = f"doc{doc:05d}"
    g = ox.NamedNode(ids.graph_iri(doc_id))
    d = ox.NamedNode(ids.document_iri(doc_id))
    a = _n(RDF.type)

    def q(s: ox.NamedNode, p: object, o: ox.NamedNode | ox.Literal) -> ox.Quad:
        return ox.Quad(s, p if isinstance(p, ox.NamedNode) else _n(p), o, g)

    def evidence(fact: ox.NamedNode, quote: str) -> Iterator[ox.Quad]:
        ev = ox.NamedNode(ids.fact_iri("evidence", doc_id, quote))
        yield q(ev, a, _n(V.Evidence))
        yield q(ev, PROV.wasDerivedFrom, d)
        yield q(ev, V.quote, _lit(quote))
        yield q(ev, V.confidence, _lit(round(rng.uniform(0.5, 1.0), 2)))
        yield q(ev, V.startOffset, _lit(rng.randrange(10000)))
        yield q(fact, V.evidence, ev)

    yield q(d, a, _n(V.Document))
    yield q(d, V.documentId, _lit(doc_id))
    yield q(d, V.fileName, _lit(f"{doc_id}.txt"))
    yield q(d, V.title, _lit(f"Report {doc}"))

    countries = rng.sample(pop.countries, 4)
    firms = rng.sample(pop.firms, 6)
    orgs = rng.sample(pop.orgs, 2)
    models = rng.sample(pop.models, 2)
    bloc = rng.choice(pop.blocs)
    actors: list[tuple[ox.NamedNode, object, str]] = [
        (_country(code), V.Government, name) for code, name in countries
    ]
    actors += [(_iri("firm", f), V.Firm, f) for f in firms]
    actors += [(_iri("organization", o), V.Organization, o) for o in orgs]
    actors += [(_iri("aimodel", m), V.AIModel, m) for m in models]
    actors.append((_iri("bloc", bloc), V.Bloc, bloc))
    for node, cls, name in actors:
        yield q(node, a, _n(cls))
        yield q(node, SKOS.prefLabel, _lit(name))
        yield q(node, SKOS.altLabel, _lit(name.upper()))
        yield q(d, V.mentions, node)
        yield from evidence(node, f"{name} is mentioned in report {doc}.")
    for code, _ in countries:
        yield q(_country(code), V.iso3, _lit(code))

    def relation(s: ox.NamedNode, key: str, o: ox.NamedNode) -> Iterator[ox.Quad]:
        p = _n(V.relations[key])
        yield q(s, p, o)
        claim = ox.NamedNode(ids.fact_iri("assertion", doc_id, s, p, o))
        yield q(claim, a, _n(V.RelationAssertion))
        yield q(claim, PROV.wasDerivedFrom, d)
        yield q(claim, RDF.subject, s)
        yield q(claim, RDF.predicate, p)
        yield q(claim, RDF.object, o)
        yield from evidence(claim, f"{s.value} {key} {o.value} (report {doc}).")

    firm_nodes = [_iri("firm", f) for f in firms]
    for f, node in zip(firms, firm_nodes, strict=True):
        yield from relation(node, "HEADQUARTERED_IN", _country(pop.firm_home[f]))
    for m in models:
        yield from relation(rng.choice(firm_nodes), "DEVELOPS", _iri("aimodel", m))
    for _ in range(3):
        yield from relation(rng.choice(firm_nodes), "SUPPLIES", rng.choice(firm_nodes))
        yield from relation(rng.choice(firm_nodes), "INVESTS_IN", rng.choice(firm_nodes))
        yield from relation(
            rng.choice(firm_nodes), "OPERATES_IN", _country(rng.choice(countries)[0])
        )
    for code, _ in pop.bloc_members[bloc][:2]:
        yield from relation(_country(code), "MEMBER_OF", _iri("bloc", bloc))

    for i in range(3):
        funder = _country(rng.choice(countries)[0])
        recipient = rng.choice([*firm_nodes, *(_iri("aimodel", m) for m in models)])
        s = ox.NamedNode(ids.fact_iri("subsidy", doc_id, i))
        usd = float(rng.randrange(1, 5000) * 1_000_000)
        yield q(s, a, _n(V.Subsidy))
        yield q(s, PROV.wasDerivedFrom, d)
        yield q(s, V.funder, funder)
        yield q(s, V.recipient, recipient)
        yield q(s, V.amountText, _lit(f"USD {usd / 1e6:.0f} million"))
        yield q(s, V.amountUSD, _lit(usd))
        yield q(s, V.currency, _lit("USD"))
        yield q(s, V.year, _lit(rng.randrange(2015, 2026)))
        yield from evidence(s, f"{funder.value} funds {recipient.value} (report {doc}).")
    for i in range(2):
        jv = ox.NamedNode(ids.fact_iri("venture", doc_id, i))
        yield q(jv, a, _n(V.JointVenture))
        yield q(jv, PROV.wasDerivedFrom, d)
        yield q(jv, V.kind, _lit("partnership"))
        yield q(jv, V.year, _lit(rng.randrange(2015, 2026)))
        for partner in (*rng.sample(firm_nodes, 2), _country(rng.choice(countries)[0])):
            yield q(jv, V.partner, partner)
        yield from evidence(jv, f"A partnership in report {doc}.")


def build_store(path: Path, docs: int) -> int:
    """Writes the synthetic store and publishes it; returns the number of quads."""
    rng = random.Random(7)
    pop = Population(rng)
    with open_store(path) as store:
        batch: list[ox.Quad] = []
        for doc in range(docs):
            batch.extend(document_quads(doc, pop, rng))
            if len(batch) > 200_000:
                store.ox.bulk_extend(batch)
                batch = []
        store.ox.bulk_extend(batch)
        store.publish_snapshot()
        return len(store.ox)


# The mix: shaped like the research questions (and the example queries).
QUERIES: dict[str, str] = {
    "lookup: country by ISO code": """
        SELECT DISTINCT ?name ?alt WHERE { ?c sai:iso3 "FRA" ; skos:prefLabel ?name ;
        skos:altLabel ?alt }""",
    "lookup: a firm's relations with evidence": """
        SELECT ?p ?o ?quote WHERE { ?claim rdf:subject id:firm\\/firm-42 ; rdf:predicate ?p ;
        rdf:object ?o ; sai:evidence/sai:quote ?quote }""",
    "1-hop: subsidies funded by a country": """
        SELECT ?recipient ?usd ?year ?quote WHERE { ?s sai:funder id:country\\/DEU ;
        sai:recipient ?recipient ; sai:amountUSD ?usd ; sai:year ?year ;
        sai:evidence/sai:quote ?quote } ORDER BY DESC(?usd)""",
    "1-hop: partners of a firm's ventures": """
        SELECT DISTINCT ?partner ?year WHERE { ?jv sai:partner id:firm\\/firm-7 , ?partner ;
        sai:year ?year FILTER(?partner != id:firm\\/firm-7) }""",
    "2-hop: models by developers of a country": """
        SELECT DISTINCT ?dev ?model WHERE { ?dev sai:headquarteredIn id:country\\/JPN ;
        sai:develops ?model }""",
    "2-hop: suppliers of a country's firms": """
        SELECT ?supplier (COUNT(DISTINCT ?customer) AS ?customers) WHERE {
        ?customer sai:headquarteredIn id:country\\/IND . ?supplier sai:supplies ?customer }
        GROUP BY ?supplier ORDER BY DESC(?customers)""",
    "aggregate: USD per funder, top 20": """
        SELECT ?funder (SUM(?usd) AS ?total) WHERE { ?s a sai:Subsidy ; sai:funder ?funder ;
        sai:amountUSD ?usd } GROUP BY ?funder ORDER BY DESC(?total) LIMIT 20""",
    "aggregate: ventures per year": """
        SELECT ?year (COUNT(?jv) AS ?n) WHERE { ?jv a sai:JointVenture ; sai:year ?year }
        GROUP BY ?year ORDER BY ?year""",
    "path: fellow members of a bloc's members": """
        SELECT DISTINCT ?member ?other WHERE { ?member sai:memberOf id:bloc\\/bloc-3 ;
        sai:memberOf/^sai:memberOf ?other FILTER(?other != ?member) }""",
    "path: investment chains from a firm": """
        SELECT DISTINCT ?reached WHERE { id:firm\\/firm-3 sai:investsIn+ ?reached } LIMIT 500""",
}


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def timed_pair(
    first: Callable[[], object], second: Callable[[], object], runs: int
) -> tuple[list[float], list[float]]:
    """Run times of two ways to the same answer, interleaved so that load from anything else
    on the machine falls on both alike."""
    first(), second()  # warm-up
    a, b = [], []
    for _ in range(runs):
        for run, out in ((first, a), (second, b)):
            started = time.perf_counter()
            run()
            out.append(time.perf_counter() - started)
    return a, b


class Client:
    """One keep-alive HTTP connection to the endpoint."""

    def __init__(self, port: int) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def query(self, sparql: str) -> bytes:
        self.conn.request(
            "GET",
            "/sparql?" + urlencode({"query": sparql}),
            headers={"Accept": "application/sparql-results+json"},
        )
        resp = self.conn.getresponse()
        body = resp.read()
        if resp.status != 200:
            raise RuntimeError(f"{resp.status}: {body[:300]!r}")
        return body


def start_server(store: Path, home: Path, port: int) -> subprocess.Popen[bytes]:
    kg = Path(sys.executable).parent / "kg"
    server = subprocess.Popen(
        [str(kg), "--store", str(store), "sparql", "serve", "--port", str(port)],
        env={**os.environ, "KG_HOME": str(home)},
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            Client(port).query("ASK {}")
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("the endpoint did not start")


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def throughput(port: int, clients: int, seconds: float) -> float:
    done = [0] * clients
    stop = time.monotonic() + seconds
    queries = list(QUERIES.values())

    def client(i: int) -> None:
        c = Client(port)
        n = i
        while time.monotonic() < stop:
            c.query(queries[n % len(queries)])
            n += 1
            done[i] += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(done) / (time.monotonic() - started)


def report_line(name: str, rows: int, raw_t: list[float], http_t: list[float]) -> str:
    r50, h50 = statistics.median(raw_t), statistics.median(http_t)
    cells = [r50, percentile(raw_t, 95), h50, percentile(http_t, 95)]
    times = " ".join(f"{t * 1e3:>8.2f}" for t in cells)
    return f"{name:44} {rows:>6} {times} {h50 / r50:>6.2f}x"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=2250, help="documents (~450 quads each)")
    parser.add_argument("--runs", type=int, default=30, help="timed runs of each query")
    parser.add_argument("--seconds", type=float, default=10, help="length of the throughput run")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--home", type=Path, help="folder for the store (default: a temp folder)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-sparql-") as tmp:
        home = args.home or Path(tmp)
        store_path = home / "store"
        started = time.perf_counter()
        quads = build_store(store_path, args.docs)
        took = time.perf_counter() - started
        print(f"store: {quads:,} quads in {args.docs} documents, built in {took:.0f} s")
        max_rows = 10_000
        snapshot = snapshots.current(store_path)
        assert snapshot is not None
        raw = KnowledgeStore(snapshot, read_only=True)
        port = free_port()
        server = start_server(store_path, home, port)
        try:
            client = Client(port)
            heads = ("rows", "raw p50", "raw p95", "http p50", "http p95", "ratio")
            print(
                f"{'query (times in ms)':44} {heads[0]:>6} "
                + " ".join(f"{h:>8}" for h in heads[1:])
            )
            raw_p50s, http_p50s = [], []
            for name, sparql in QUERIES.items():
                rows = len(Rows.take(raw.query(sparql), max_rows).rows)
                raw_t, http_t = timed_pair(
                    lambda s=sparql: Rows.take(raw.query(s), max_rows),  # type: ignore[misc]
                    lambda s=sparql: client.query(s),  # type: ignore[misc]
                    args.runs,
                )
                raw_p50s.append(statistics.median(raw_t))
                http_p50s.append(statistics.median(http_t))
                print(report_line(name, rows, raw_t, http_t))
            ratios = [h / r for h, r in zip(http_p50s, raw_p50s, strict=True)]
            print(
                f"median of the per-query p50 ratios (http/raw): {statistics.median(ratios):.2f}x"
            )
            total = sum(http_p50s) / sum(raw_p50s)
            print(f"whole mix, sum of p50s: raw {sum(raw_p50s) * 1e3:.1f} ms, ", end="")
            print(f"http {sum(http_p50s) * 1e3:.1f} ms = {total:.2f}x")
            qps = throughput(port, args.clients, args.seconds)
            print(f"throughput: {qps:.1f} queries/s, {args.clients} concurrent clients, the mix")
        finally:
            server.terminate()
            server.wait(timeout=30)
            raw.close()


if __name__ == "__main__":
    main()
