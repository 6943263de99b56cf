"""What the relation rules share: actor types and the relation fact."""

from __future__ import annotations

from ingest.facts.context import Fact, Sentence

ACTORS = {"Firm", "Organization", "Government"}
BUSINESSES = {"Firm", "Organization"}


def relation_fact(predicate: str, subj: int, obj: int, sent: Sentence, confidence: float) -> Fact:
    return Fact(predicate, (subj, obj), sent.start, sent.end, confidence)
