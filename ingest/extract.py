"""One report to its extraction record: run the pipeline, resolve mentions, read the facts.

`extract(source, nlp)` is the whole stage; readers give the SourceText, `kg load` takes the
record. Long texts are cut into chunks (ingest.chunking) and offsets stay those of the source.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from ingest.chunking import chunks
from ingest.facts import award_lists, relations, subsidies, ventures
from ingest.facts.context import DocContext, Fact, Sentence
from ingest.facts.speakers import turns
from ingest.facts.subsidies import amount_of, money_of
from ingest.mentions import collect, propagate
from ingest.pipeline import load_config
from ingest.prose import mask_non_prose
from ingest.reference import load_reference
from ingest.resolve import ResolvedEntity, home_state, resolve
from ingest.source import SourceText
from kg.records import DocumentMeta, DocumentRecord, Entity, JointVenture, Relation, Subsidy

EXTRACTOR = "sovai-extract/1"

SentenceRule = Callable[[DocContext, Sentence], list[Fact]]
# Order matters: later rules read earlier facts (a model's developer, a site's operator).
RULE_PASSES: tuple[tuple[SentenceRule, ...], ...] = (
    (relations.develops,),
    (relations.operates_in,),
    (
        relations.headquartered,
        relations.supplies,
        relations.invests,
        relations.member_of,
        ventures.ventures,
        subsidies.subsidies,
    ),
)


def max_chunk_chars() -> int:
    return int(load_config()["extract"]["max_chunk_chars"])


def parse_many(
    texts: Sequence[str], nlp: Language, *, chunk_chars: int | None = None
) -> list[list[tuple[int, Doc]]]:
    """Each text's chunks through the pipeline, each with its offset in its text. All the
    chunks go through one `nlp.pipe` stream: spaCy batches across documents, faster than a
    call per document."""
    limit = chunk_chars or max_chunk_chars()
    pieces = [
        (i, offset, piece)
        for i, t in enumerate(texts)
        for offset, piece in chunks(t, max_chars=limit)
    ]
    parsed: list[list[tuple[int, Doc]]] = [[] for _ in texts]
    docs = nlp.pipe(piece for _, _, piece in pieces)
    for (i, offset, _), doc in zip(pieces, docs, strict=True):
        parsed[i].append((offset, doc))
    return parsed


def extract(source: SourceText, nlp: Language, *, chunk_chars: int | None = None) -> DocumentRecord:
    """The extraction record of one document (no file access; the model is `nlp`)."""
    return extract_many([source], nlp, chunk_chars=chunk_chars)[0]


def extract_many(
    sources: Sequence[SourceText], nlp: Language, *, chunk_chars: int | None = None
) -> list[DocumentRecord]:
    """The extraction records of several documents, parsed in one stream (no file access)."""
    proses = [mask_non_prose(s.text) for s in sources]
    parsed = parse_many(proses, nlp, chunk_chars=chunk_chars)
    return [build_record(s, d, p) for s, d, p in zip(sources, parsed, proses, strict=True)]


def build_record(source: SourceText, docs: list[tuple[int, Doc]], prose: str) -> DocumentRecord:
    """The record from parsed chunks; `prose` is the text as parsed (non-prose blanked)."""
    reference = load_reference()
    mentions, places = collect(docs)
    mentions = propagate(docs, mentions)
    text = source.text
    home = home_state(mentions, places)
    named = frozenset(p.country for p in places)
    entities = resolve(mentions, text, reference, home=home, countries=named)
    # ("the Kenya Space Agency (KSA)": letters the text gave a body name no country there)
    taken = {a for e in entities if e.iso3 is None for a in (e.name, *e.aliases)}
    places = [p for p in places if not (p.span.text.isupper() and p.span.text in taken)]
    ctx = DocContext(docs, mentions, places, entities, reference, home=home, speakers=turns(text))
    for rules in RULE_PASSES:
        for sent in ctx.sentences:
            for rule in rules:
                ctx.facts += rule(ctx, sent)
        if rules == (relations.develops,):
            ctx.facts += relations.develops_by_name(ctx)
    ctx.facts = ventures.at_work(ctx)
    ctx.facts = award_lists.listed_awards(ctx)
    ctx.facts = award_lists.listed_support(ctx)
    ctx.facts = award_lists.labelled_awards(ctx)
    ctx.facts = award_lists.funder_lines(ctx)
    ctx.facts = subsidies.paid_by_the_state(ctx)
    ctx.facts = subsidies.without_headline_echoes(ctx)
    ctx.facts = subsidies.saying_what_or_to_whom(ctx)
    return _record(source, ctx, prose)


def _record(source: SourceText, ctx: DocContext, prose: str) -> DocumentRecord:
    facts = _unique(ctx.facts)
    used = {a for f in facts for a in f.args if a is not None}
    used |= {i for i, e in enumerate(ctx.entities) if e.mentions}
    used -= {i for i in used if ctx.is_blocs_programme(i)}  # ("Horizon Europe": the EU's purse)
    names = {i: e.name for i, e in enumerate(ctx.entities)}
    record = DocumentRecord(
        doc=source.doc,
        document=DocumentMeta(
            title=source.title,
            url=source.url,
            published=source.published,
            content_hash=source.content_hash,
        ),
        entities=[_entity(source, e) for i, e in enumerate(ctx.entities) if i in used],
    )
    for f in facts:
        where = _evidence(source, prose, f)
        if f.kind == "subsidy":
            record.subsidies.append(_subsidy(f, names, where))
        elif f.kind == "venture":
            partners = [names[a] for a in f.args if a is not None]
            kind = str(f.extra["kind"])
            name = f.extra.get("name")
            record.joint_ventures.append(
                JointVenture(
                    partners=partners,
                    kind=kind,  # type: ignore[arg-type]
                    name=name if isinstance(name, str) else None,
                    year=_year(f),
                    **where,  # type: ignore[arg-type]
                )
            )
        else:
            subj, obj = f.args
            assert subj is not None and obj is not None
            record.relations.append(
                Relation(subject=names[subj], predicate=f.kind, object=names[obj], **where)  # type: ignore[arg-type]
            )
    return DocumentRecord.model_validate(record.model_dump())


def _unique(facts: Iterable[Fact]) -> list[Fact]:
    """Each fact once: the same relation, subsidy or partner set is kept where first read;
    none from an entity to itself."""
    seen: set[tuple[object, ...]] = set()
    partner_sets: list[frozenset[int | None]] = []
    out: list[Fact] = []
    facts = list(facts)
    # "X will invest $5m" read once without and once with its recipient: the latter stands
    # (a recipient is an entity's index: the first entity's is 0, no missing one)
    received = {
        (f.args[0], amount_of(f)) for f in facts if f.kind == "subsidy" and f.args[1] is not None
    }
    for f in sorted(facts, key=lambda f: (f.start, f.kind)):
        if f.kind != "venture" and f.args[0] is not None and f.args[0] == f.args[1]:
            continue  # "Nour DEVELOPS Nour", "EuroHPC funds EuroHPC": a name read twice
        stated = amount_of(f) is not None
        if (
            f.kind == "subsidy"
            and stated
            and f.args[1] is None
            and (f.args[0], amount_of(f)) in received
        ):
            continue
        if f.kind == "venture":
            members = frozenset(f.args)
            if any(members <= earlier for earlier in partner_sets):
                continue
            partner_sets.append(members)
        else:
            key = (f.kind, *f.args)
            if key in seen:
                continue
            seen.add(key)
        out.append(f)
    return out


def _evidence(source: SourceText, prose: str, f: Fact) -> dict[str, object]:
    """The sentence as the source has it, without the blanked non-prose around it."""
    raw = prose[f.start : f.end]
    start = f.start + len(raw) - len(raw.lstrip())
    end = f.end - (len(raw) - len(raw.rstrip()))
    return {
        "evidence": source.text[start:end],
        "start": start,
        "end": end,
        "page": source.page_of(start),
        "confidence": f.confidence,
        "extractor": EXTRACTOR,
    }


def _subsidy(f: Fact, names: dict[int, str], where: dict[str, object]) -> Subsidy:
    funder, recipient = f.args
    assert funder is not None
    money = money_of(f)
    fields: dict[str, object] = {}
    if money is not None:
        fields = {
            "amount_text": money.text,
            "amount": money.amount,
            "currency": money.currency,
            "amount_usd": money.usd_stated,
            "amount_usd_estimate": money.usd_estimate,
        }
    return Subsidy(
        year=_year(f),
        funder=names[funder],
        recipient=names[recipient] if recipient is not None else None,
        **fields,  # type: ignore[arg-type]
        **where,  # type: ignore[arg-type]
    )


def _year(f: Fact) -> int | None:
    year = f.extra.get("year")
    return year if isinstance(year, int) else None


def _entity(source: SourceText, e: ResolvedEntity) -> Entity:
    first = e.mentions[0] if e.mentions else None
    return Entity(
        name=e.name,
        type=e.type,
        aliases=e.aliases,
        iso3=e.iso3,
        wikidata=e.wikidata,
        evidence=first.text if first else None,
        start=first.start if first else None,
        end=first.end if first else None,
        page=source.page_of(first.start) if first else None,
        extractor=EXTRACTOR,
    )
