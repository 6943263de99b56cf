"""HTTP content negotiation: which of the formats we offer a client's Accept header prefers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Format:
    """A format we can write; `media_types[0]` is the one we answer with."""

    key: str
    media_types: tuple[str, ...]

    @property
    def content_type(self) -> str:
        return f"{self.media_types[0]}; charset=utf-8"


# In order of preference when the client has none (no Accept, or */*).
SOLUTION_FORMATS = (
    Format("json", ("application/sparql-results+json", "application/json")),
    Format("xml", ("application/sparql-results+xml", "application/xml", "text/xml")),
    Format("csv", ("text/csv",)),
    Format("tsv", ("text/tab-separated-values",)),
)
GRAPH_FORMATS = (
    Format("turtle", ("text/turtle", "application/x-turtle")),
    Format("ntriples", ("application/n-triples", "text/plain")),
    Format("rdfxml", ("application/rdf+xml", "application/xml")),
    Format("jsonld", ("application/ld+json", "application/json")),
)
HTML = Format("html", ("text/html", "application/xhtml+xml"))


@dataclass(frozen=True, slots=True)
class _Range:
    media_type: str
    q: float

    def specificity(self, media_type: str) -> int:
        """2 for an exact match, 1 for type/*, 0 for */*, -1 for no match."""
        if self.media_type == media_type:
            return 2
        if self.media_type == media_type.split("/")[0] + "/*":
            return 1
        return 0 if self.media_type == "*/*" else -1


def _ranges(accept: str) -> list[_Range]:
    out = []
    for part in accept.split(","):
        media_type, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media_type:
            out.append(_Range(media_type.lower(), q))
    return out


def _quality(ranges: list[_Range], media_type: str) -> float:
    """The q of the most specific range that matches (RFC 9110, 12.5.1)."""
    best = max(ranges, key=lambda r: r.specificity(media_type))
    return best.q if best.specificity(media_type) >= 0 else 0.0


def choose(accept: str | None, offered: Sequence[Format]) -> Format | None:
    """The offered format the client likes best (ties go to our order); None if none is
    acceptable. No Accept header means anything is."""
    if not accept or not accept.strip():
        return offered[0]
    ranges = _ranges(accept)
    if not ranges:
        return offered[0]
    scored = [
        (max(_quality(ranges, m) for m in f.media_types), -i, f) for i, f in enumerate(offered)
    ]
    q, _, best = max(scored, key=lambda s: (s[0], s[1]))
    return best if q > 0 else None


def by_key(key: str) -> Format:
    return next(f for f in (*SOLUTION_FORMATS, *GRAPH_FORMATS, HTML) if f.key == key)
