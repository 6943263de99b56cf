"""What the Streamlit explorer (`app.py`) shows, as plain tables: the data access behind its
pages, testable without a browser.

Every function takes an open `KnowledgeStore` (read-only in the app) and a row cap, and
returns a `Table` that says whether the cap cut it. Text typed by the user never becomes
SPARQL syntax: it enters a query only as a pyoxigraph `Literal` or `NamedNode` serialised to
N-Triples, which escapes or refuses anything that could end the term.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice, pairwise

import networkx as nx
import pyoxigraph as ox
from rdflib import URIRef

from kg.results import Rows, plain
from kg.sparql.examples import examples
from kg.store import KnowledgeStore
from kg.vocab import vocabulary

# The example queries (kg/sparql/examples) the explorer shows as they are.
SUBSIDIES_QUERY = "q01_public_funding"
COVERAGE_QUERY = "q13_coverage_by_document"

_DOCUMENTS = """
SELECT ?source ?title ?url WHERE {
  ?doc a sai:Document ; sai:fileName ?source .
  OPTIONAL { ?doc sai:title ?title }
  OPTIONAL { ?doc sai:url ?url }
}
ORDER BY ?source
"""

_ACTORS = """
SELECT ?actor ?name ?type (GROUP_CONCAT(DISTINCT ?alias; separator=", ") AS ?aliases) WHERE {
  ?actor skos:prefLabel ?name ; a ?cls .
  VALUES ?cls { %(classes)s }
  BIND (STRAFTER(STR(?cls), "#") AS ?type)
  FILTER (CONTAINS(LCASE(?name), %(needle)s)
          || EXISTS { ?actor skos:altLabel ?a FILTER (CONTAINS(LCASE(?a), %(needle)s)) })
  OPTIONAL { ?actor skos:altLabel ?alias }
}
GROUP BY ?actor ?name ?type
ORDER BY ?name
"""

# Every evidenced fact as an edge between two actors (a subsidy without a recipient has no
# `?b`); `?tie` is the relation's property or the n-ary fact's class, named in Python from the
# ontology. `%(actor)s` narrows it to the facts of one actor.
_FACTS = """
SELECT DISTINCT ?fact ?tie ?a ?from ?b ?to ?quote ?source WHERE {
  {
    ?fact a sai:Subsidy ; sai:funder ?a . BIND (sai:Subsidy AS ?tie)
    OPTIONAL { ?fact sai:recipient ?b }
  } UNION {
    ?fact a sai:JointVenture ; sai:partner ?a, ?b . FILTER (STR(?a) < STR(?b))
    BIND (sai:JointVenture AS ?tie)
  } UNION {
    ?fact a sai:RelationAssertion ; rdf:subject ?a ; rdf:predicate ?tie ; rdf:object ?b .
  }
  %(actor)s
  ?a skos:prefLabel ?from .
  OPTIONAL { ?b skos:prefLabel ?to }
  ?fact sai:evidence/sai:quote ?quote ; prov:wasDerivedFrom/sai:fileName ?source .
}
ORDER BY ?from ?to ?quote
"""


@dataclass(slots=True)
class Table:
    """Rows of plain strings under named columns; `truncated` if the row cap cut them."""

    columns: list[str]
    rows: list[list[str]] = field(default_factory=list)
    truncated: bool = False

    def records(self) -> list[dict[str, str]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def column(self, name: str) -> list[str]:
        i = self.columns.index(name)
        return [row[i] for row in self.rows]


def _table(rows: Rows) -> Table:
    return Table(rows.variables, [[plain(t) for t in row] for row in rows.rows], rows.truncated)


def _select(store: KnowledgeStore, sparql: str, cap: int) -> Rows:
    return Rows.take(store.query(sparql), cap)


def example(store: KnowledgeStore, name: str, *, cap: int) -> Table:
    """The rows of one example query (`kg/sparql/examples/<name>.rq`)."""
    query = next(e.query for e in examples() if e.name == name)
    return _table(_select(store, query, cap))


def class_counts(store: KnowledgeStore) -> Table:
    counts = store.class_counts()
    return Table(["class", "instances"], [[c, str(n)] for c, n in sorted(counts.items())])


def documents(store: KnowledgeStore, *, cap: int) -> Table:
    """Each source document with its title and URL (where the record gave them)."""
    return _table(_select(store, _DOCUMENTS, cap))


def subsidies(store: KnowledgeStore, *, funder: str | None = None, cap: int) -> Table:
    """RQ1: who funds whom, how much, when, with the quote and source; `funder` keeps one."""
    table = example(store, SUBSIDIES_QUERY, cap=cap)
    if funder is not None:
        i = table.columns.index("funder")
        table.rows = [row for row in table.rows if row[i] == funder]
    return table


def find_actors(store: KnowledgeStore, text: str, *, cap: int) -> Table:
    """Actors whose name or an alias contains `text` (any case): actor IRI, name, type, aliases."""
    needle = str(ox.Literal(text.strip().lower()))
    classes = " ".join(str(ox.NamedNode(c)) for c in vocabulary().entity_types.values())
    return _table(_select(store, _ACTORS % {"classes": classes, "needle": needle}, cap))


@dataclass(frozen=True, slots=True)
class Fact:
    """One evidenced tie: `a` and `b` are actor IRIs (`b` empty: a subsidy without recipient)."""

    fact: str
    tie: str
    a: str
    source_name: str
    b: str
    target_name: str
    quote: str
    document: str


FACT_COLUMNS = ["from", "tie", "to", "quote", "document"]


def _tie_name(iri: str) -> str:
    return vocabulary().label(URIRef(iri))


def _facts(store: KnowledgeStore, actor: str | None, cap: int) -> tuple[list[Fact], bool]:
    narrow = ""
    if actor is not None:
        node = str(ox.NamedNode(actor))  # refuses anything that is no IRI
        narrow = f"FILTER (?a = {node} || ?b = {node})"
    rows = _select(store, _FACTS % {"actor": narrow}, cap)
    facts = [
        Fact(
            fact=plain(r[0]),
            tie=_tie_name(plain(r[1])),
            a=plain(r[2]),
            source_name=plain(r[3]),
            b=plain(r[4]),
            target_name=plain(r[5]),
            quote=plain(r[6]),
            document=plain(r[7]),
        )
        for r in rows.rows
    ]
    return facts, rows.truncated


def fact_table(facts: Iterable[Fact], *, truncated: bool = False) -> Table:
    rows = [[f.source_name, f.tie, f.target_name, f.quote, f.document] for f in facts]
    return Table(FACT_COLUMNS, rows, truncated)


def actor_facts(store: KnowledgeStore, actor: str, *, cap: int) -> Table:
    """Every fact the actor (an IRI) takes part in, as subject or object, with its evidence."""
    facts, truncated = _facts(store, actor, cap)
    return fact_table(facts, truncated=truncated)


@dataclass(slots=True)
class Network:
    """The actors as nodes (name by IRI) and their evidenced ties as edges (`facts` per pair)."""

    graph: nx.Graph = field(default_factory=nx.Graph)
    truncated: bool = False

    def name(self, actor: str) -> str:
        return str(self.graph.nodes[actor]["name"])

    def actors(self) -> list[tuple[str, str]]:
        """(IRI, name) of every connected actor, by name."""
        return sorted(((n, self.name(n)) for n in self.graph.nodes), key=lambda p: p[1])

    def paths(self, start: str, end: str, *, most: int) -> list[list[str]]:
        """Up to `most` simple paths from `start` to `end`, shortest first (RQ11)."""
        if start == end or start not in self.graph or end not in self.graph:
            return []
        try:
            return list(islice(nx.shortest_simple_paths(self.graph, start, end), most))
        except nx.NetworkXNoPath:
            return []

    def evidence(self, path: list[str]) -> Table:
        """The facts behind each step of a path, in path order."""
        return fact_table(f for u, v in pairwise(path) for f in self._edge(u, v))

    def _edge(self, u: str, v: str) -> Iterator[Fact]:
        return iter(self.graph.edges[u, v]["facts"])


def network(store: KnowledgeStore, *, cap: int) -> Network:
    """All actor-to-actor facts (up to `cap`) as one undirected graph."""
    facts, truncated = _facts(store, None, cap)
    net = Network(truncated=truncated)
    for f in facts:
        if not f.b:
            continue
        net.graph.add_node(f.a, name=f.source_name)
        net.graph.add_node(f.b, name=f.target_name)
        if not net.graph.has_edge(f.a, f.b):
            net.graph.add_edge(f.a, f.b, facts=[])
        net.graph.edges[f.a, f.b]["facts"].append(f)
    return net
