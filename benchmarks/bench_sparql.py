"""SPARQL endpoint benchmark: latency through HTTP against the raw store, and throughput.

    python -m benchmarks.bench_sparql [--docs 2250] [--runs 30] [--seconds 10] [--fuseki JAR]

Builds a synthetic store of about 1M triples shaped like the real data (one named graph per
document: the Document, the actors it mentions with labels and evidence, subsidies, ventures,
relations with their assertions and evidence; IRIs from `kg.ids`, terms from the ontology),
publishes it, starts `kg sparql serve` on a free loopback port, then runs a mix of 10 queries
shaped like the research questions (lookups, 1- and 2-hop joins, aggregates, property paths):

- p50 and p95 latency of each query on the raw store (in this process: pyoxigraph plus reading
  every row, the same row cap) and through the HTTP endpoint (SPARQL JSON, one keep-alive
  connection), in the same run, and their ratio;
- queries per second through the endpoint with 4 concurrent clients;
- with --fuseki, the same for Apache Jena Fuseki (TDB2) loaded with the same quads.

File access: a temporary folder (or --home). Network: loopback only. Stops its server.
"""

from __future__ import annotations

import argparse
import http.client
import random
import statistics
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlencode

import pycountry
import pyoxigraph as ox

from kg import ids, snapshots
from kg.results import Rows
from kg.sparql import launch
from kg.store import KnowledgeStore, open_store
from kg.vocab import PROV, RDF, SKOS, vocabulary

if TYPE_CHECKING:
    from benchmarks.fuseki import Fuseki

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
    "path: models of firms based in a bloc": """
        SELECT DISTINCT ?model WHERE {
        id:bloc\\/bloc-3 ^sai:memberOf/^sai:headquarteredIn/sai:develops ?model }""",
    "path: investment chains from a firm": """
        SELECT DISTINCT ?reached WHERE { id:firm\\/firm-3 sai:investsIn+ ?reached } LIMIT 500""",
}


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def timed(runs: int, *ways: Callable[[], object]) -> list[list[float]]:
    """Run times of several ways to the same answer, interleaved so that load from anything
    else on the machine falls on all alike."""
    for run in ways:
        for _ in range(3):  # warm-up (Fuseki's JIT needs a few)
            run()
    out: list[list[float]] = [[] for _ in ways]
    for _ in range(runs):
        for run, times in zip(ways, out, strict=True):
            started = time.perf_counter()
            run()
            times.append(time.perf_counter() - started)
    return out


class Client:
    """One keep-alive HTTP connection to a SPARQL endpoint; `prologue` goes before each query
    (PREFIX declarations for a server that does not predefine ours)."""

    def __init__(self, port: int, *, path: str = "/sparql", prologue: str = "") -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        self.path = path
        self.prologue = prologue

    def query(self, sparql: str) -> bytes:
        try:
            return self._query(sparql)
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            self.conn.close()  # the server closed an idle keep-alive connection: reconnect
            return self._query(sparql)

    def _query(self, sparql: str) -> bytes:
        self.conn.request(
            "GET",
            f"{self.path}?" + urlencode({"query": self.prologue + sparql}),
            headers={"Accept": "application/sparql-results+json"},
        )
        resp = self.conn.getresponse()
        body = resp.read()
        if resp.status != 200:
            raise RuntimeError(f"{resp.status}: {body[:300]!r}")
        return body


def throughput(connect: Callable[[], Client], clients: int, seconds: float) -> float:
    done = [0] * clients
    stop = time.monotonic() + seconds
    queries = list(QUERIES.values())

    def client(i: int) -> None:
        c = connect()
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


def fmt_times(times: list[float]) -> str:
    return f"{statistics.median(times) * 1e3:>8.2f} {percentile(times, 95) * 1e3:>8.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=2250, help="documents (~450 quads each)")
    parser.add_argument("--runs", type=int, default=30, help="timed runs of each query")
    parser.add_argument("--seconds", type=float, default=10, help="length of the throughput run")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--home", type=Path, help="folder for the store (default: a temp folder)")
    parser.add_argument("--fuseki", type=Path, help="jena-fuseki-server jar: compare with it")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-sparql-") as tmp:
        home = args.home or Path(tmp)
        store_path = home / "store"
        started = time.perf_counter()
        quads = build_store(store_path, args.docs)
        took = time.perf_counter() - started
        print(f"store: {quads:,} quads in {args.docs} documents, built in {took:.0f} s")
        snapshot = snapshots.current(store_path)
        assert snapshot is not None
        raw = KnowledgeStore(snapshot, read_only=True)
        server = launch.start(store_path, env={"KG_HOME": str(home)})
        port = server.port
        fuseki = None
        try:
            if args.fuseki:
                from benchmarks.fuseki import Fuseki

                fuseki = Fuseki(args.fuseki, raw.ox, home / "fuseki", launch.free_port())
            run(args, raw, port, fuseki)
        finally:
            server.stop()
            if fuseki is not None:
                fuseki.stop()
            raw.close()


def run(args: argparse.Namespace, raw: KnowledgeStore, port: int, fuseki: Fuseki | None) -> None:
    max_rows = 10_000
    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in V.prefixes().items())

    def ours() -> Client:
        return Client(port)

    def theirs() -> Client:
        assert fuseki is not None
        return Client(fuseki.port, path=fuseki.path, prologue=prologue)

    ways: list[Callable[[str], object]] = [
        lambda q: Rows.take(raw.query(q), max_rows),
        ours().query,
    ]
    heads = ["raw p50", "raw p95", "http p50", "http p95", "http/raw"]
    if fuseki is not None:
        ways.append(theirs().query)
        heads += ["fuseki50", "fuseki95", "http/fus"]
    print(f"{'query (times in ms)':44} {'rows':>6} " + " ".join(f"{h:>8}" for h in heads))
    p50s: list[list[float]] = [[] for _ in ways]
    for name, sparql in QUERIES.items():
        rows = len(Rows.take(raw.query(sparql), max_rows).rows)
        times = timed(args.runs, *(lambda w=w, s=sparql: w(s) for w in ways))  # type: ignore[misc]
        for i, t in enumerate(times):
            p50s[i].append(statistics.median(t))
        line = f"{name:44} {rows:>6} {fmt_times(times[0])} {fmt_times(times[1])}"
        line += f" {p50s[1][-1] / p50s[0][-1]:>7.2f}x"
        if fuseki is not None:
            line += f" {fmt_times(times[2])} {p50s[1][-1] / p50s[2][-1]:>7.2f}x"
        print(line)
    raw_sum, http_sum = sum(p50s[0]), sum(p50s[1])
    ratios = sorted(h / r for h, r in zip(p50s[1], p50s[0], strict=True))
    print(f"p50 http/raw: median over the queries {statistics.median(ratios):.2f}x; ", end="")
    print(f"whole mix {http_sum * 1e3:.1f} / {raw_sum * 1e3:.1f} ms = {http_sum / raw_sum:.2f}x")
    qps = throughput(ours, args.clients, args.seconds)
    print(f"throughput: {qps:.1f} queries/s ({args.clients} concurrent clients, the mix)")
    if fuseki is not None:
        fuseki_sum = sum(p50s[2])
        print(f"Fuseki, whole mix p50: {fuseki_sum * 1e3:.1f} ms; ours/Fuseki ", end="")
        print(f"{http_sum / fuseki_sum:.2f}x")
        fqps = throughput(theirs, args.clients, args.seconds)
        print(f"Fuseki throughput: {fqps:.1f} queries/s; ours/Fuseki {qps / fqps:.2f}x")


if __name__ == "__main__":
    main()
