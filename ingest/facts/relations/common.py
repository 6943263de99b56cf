"""What the relation rules share: actor types, hardware makers and the relation fact."""

from __future__ import annotations

from ingest.facts.context import DocContext, Fact, Sentence

ACTORS = {"Firm", "Organization", "Government"}
BUSINESSES = {"Firm", "Organization"}
MAKER_CATEGORIES = frozenset({"chipmaker", "hardware", "network"})


def is_hardware_maker(ctx: DocContext, entity: int) -> bool:
    """A maker of chips, servers or network gear (reference category)."""
    known = ctx.reference.get(ctx.entities[entity].key)
    return known is not None and known.category in MAKER_CATEGORIES


def relation_fact(predicate: str, subj: int, obj: int, sent: Sentence, confidence: float) -> Fact:
    return Fact(predicate, (subj, obj), sent.start, sent.end, confidence)
