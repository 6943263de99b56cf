"""MEMBER_OF: a government in a bloc ("France, a member of the EU")."""

from __future__ import annotations

from ingest.facts.context import DocContext, Fact, Sentence
from ingest.facts.relations.common import relation_fact
from ingest.facts.tree import children, conjuncts, np_entities, prep_objects


def member_of(ctx: DocContext, sent: Sentence) -> list[Fact]:
    out: list[Fact] = []
    for tok in sent.span:
        if tok.lemma_ not in ("member", "signatory"):
            continue
        blocs = [e for o in prep_objects(tok, ("of", "to")) for e in np_entities(o, sent, ctx)]
        blocs += [
            m.entity for c in children(tok, ("compound", "nmod")) if (m := sent.mention_of(c))
        ]
        members: list[int] = []
        if tok.dep_ == "appos":
            members += np_entities(tok.head, sent, ctx)
        if tok.dep_ == "attr":
            members += [
                e for s in children(tok.head, ("nsubj",)) for e in np_entities(s, sent, ctx)
            ]
        for p in prep_objects(tok, ("such", "like", "including")):
            members += [e for t in conjuncts(p) for e in np_entities(t, sent, ctx)]
        for b in dict.fromkeys(blocs):
            if ctx.type_of(b) != "Bloc":
                continue
            for g in dict.fromkeys(members):
                if ctx.type_of(g) == "Government":
                    out.append(relation_fact("MEMBER_OF", g, b, sent, 0.8))
    return out
