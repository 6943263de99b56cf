"""Mentions: where an actor is named, with absolute offsets into the source text."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ingest.components.actors import ACTORS_KEY, PLACES_KEY


@dataclass(slots=True)
class Mention:
    text: str
    start: int  # character offsets into SourceText.text
    end: int
    type: str
    key: str  # reference key, or "" for a name the reference lacks
    span: Span = field(repr=False)
    entity: int = -1  # index of the resolved entity, set by resolution


@dataclass(frozen=True, slots=True)
class Place:
    """A country, demonym or city word and the country it points to."""

    start: int
    end: int
    country: str  # ISO alpha-3
    span: Span


def collect(docs: list[tuple[int, Doc]]) -> tuple[list[Mention], list[Place]]:
    """Mentions and places of a document processed in chunks (offset, Doc)."""
    mentions: list[Mention] = []
    places: list[Place] = []
    for offset, doc in docs:
        for s in doc.spans[ACTORS_KEY]:
            a, b = offset + s.start_char, offset + s.end_char
            mentions.append(Mention(s.text, a, b, s.label_, s.kb_id_, s))
        for s in doc.spans[PLACES_KEY]:
            if s.kb_id_:
                iso3 = s.kb_id_.split(":", 1)[1]
                places.append(Place(offset + s.start_char, offset + s.end_char, iso3, s))
    return mentions, places
