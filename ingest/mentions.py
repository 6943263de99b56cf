"""Mentions: where an actor is named, with absolute offsets into the source text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ingest.components.actors import ACTORS_KEY, PLACES_KEY
from ingest.lexicon import FIRM_TAIL_WORDS
from ingest.names import DEFINING, acronyms_of, is_short_form, spells, without_legal_form


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


_QUOTES = frozenset("\"“”'‘’")
_DASHES = frozenset("— –".split())


def _defined_term(doc: Doc, i: int) -> Span | None:
    """The term a bracket at `i` defines: '(hereinafter "Sernageomin" or "the Service")'
    gives 'Sernageomin'; none for a common noun ('(hereinafter "the Service")')."""
    if i + 4 >= len(doc) or doc[i].text != "(":
        return None
    # (the words up to the term's opening quote: "(hereinafter referred to as \"")
    opening = re.match(rf"\(\s*{DEFINING},?\s+[\"'‘“]", doc[i : i + 8].text)
    if opening is None:
        return None
    start = next(t.i for t in doc[i + 1 :] if t.idx >= doc[i].idx + opening.end())
    end = next((t.i for t in doc[start : start + 6] if t.text in _QUOTES), None)
    if end is None or end == start or not doc[start].text[:1].isupper():
        return None
    return doc[start:end]


def _short_form_after(m: Mention) -> Span | None:
    """The short form right after a name, in brackets or in apposition: 'Technology Innovation
    Institute (TII)', 'the Department of Health, the DoH,',
    'Shenzhen Suanli Cloud Services Co., Ltd. ("Suanli Cloud")'."""
    doc = m.span.doc
    i = m.span.end
    defined = _defined_term(doc, i)
    if defined is not None:
        return defined
    if i + 2 < len(doc) and doc[i].text in _DASHES:
        # "the Institute of ... of the University of Latvia — IMCS UL — develops": between dashes
        close = next((t.i for t in doc[i + 1 : i + 5] if t.text == doc[i].text), None)
        if close is not None and close > i + 1 and is_short_form(doc[i + 1 : close].text, m.text):
            return doc[i + 1 : close]
        return None
    if i + 2 < len(doc) and doc[i].text == ",":
        # "the Department of Health, the DoH, is": an acronym in apposition that spells it
        start = i + 2 if doc[i + 1].lower_ == "the" else i + 1
        if start + 1 < len(doc) and doc[start + 1].text == "," and spells(doc[start].text, m.text):
            return doc[start : start + 1]
        return None
    if i + 2 < len(doc) and doc[i].text == "(":
        close = next((t.i for t in doc[i + 1 : i + 7] if t.text == ")"), None)
        if close is None:
            return None
        start, end = i + 1, close
        if doc[start].lower_ == "the":
            return None  # ('(the "JV Company")': a defined term, not a short form of the name)
        if any(t.text == ":" for t in doc[start:end]):
            return None  # ("(SIX: TLRS)": the share's exchange and ticker)
        places = doc.spans.get(PLACES_KEY, [])
        if any(p.start <= start < p.end for p in places):
            return None  # ("MURGIA AI S.r.l. (Bari, Apulia)": where it is)
        if any(t.text == "," for t in doc[start:end]) and any(
            start < p.start < end for p in places
        ):
            return None  # ("Lexica Digital SL (Girona, Spain)": a town the reference lacks)
        comma = next((t.i for t in doc[start:end] if t.text == ","), None)
        if comma is not None:
            # "Federal Motor Transport Authority (Kraftfahrt-Bundesamt, KBA)": its name in its
            # own language, then that name's letters (which resolution joins to it too)
            native = doc[start:comma]
            letters = doc[comma + 1 : end]
            spelled = len(letters) == 1 and spells(letters.text, native.text)
            return native if spelled and len(native) < len(m.span) + 4 else None
        if doc[start].text in _QUOTES and doc[end - 1].text in _QUOTES:
            start, end = start + 1, end - 1
        if end > start and is_short_form(doc[start:end].text, m.text):
            return doc[start:end]
    return None


def collect(docs: list[tuple[int, Doc]]) -> tuple[list[Mention], list[Place]]:
    """Mentions and places of a document processed in chunks (offset, Doc)."""
    mentions: list[Mention] = []
    places: list[Place] = []
    for offset, doc in docs:
        for s in doc.spans[ACTORS_KEY]:
            a, b = offset + s.start_char, offset + s.end_char
            mentions.append(Mention(" ".join(s.text.split()), a, b, s.label_, s.kb_id_, s))
        for s in doc.spans[PLACES_KEY]:
            if s.kb_id_:
                iso3 = s.kb_id_.split(":", 1)[1]
                places.append(Place(offset + s.start_char, offset + s.end_char, iso3, s))
    return mentions, places


def _without_legal_form(span: Span) -> Span:
    """The name before its legal form: 'Kelvin Compute' of 'Kelvin Compute Ltd'."""
    formal = without_legal_form(span.text)
    end = span.end
    while end > span.start + 1 and span.doc[span.start : end].text != formal:
        end -= 1
    return span.doc[span.start : end] if span.doc[span.start : end].text == formal else span


def _own_words_of_a_firm(m: Mention) -> Span | None:
    """The own words of an unknown firm's name whose other words only say what it is, which
    the text may use alone later ("Mawingu AI Cloud", later "Mawingu")."""
    span = _without_legal_form(m.span)
    if m.type != "Firm" or len(span) < 2 or span[-1].text not in FIRM_TAIL_WORDS:
        return None
    k = len(span)
    while k > 1 and span[k - 1].text in FIRM_TAIL_WORDS:
        k -= 1
    own = span[:k]
    # (the tagger may read a name's first word as an adjective: "Northern Lantern Studios")
    named = all(t.is_title for t in own) and own[-1].pos_ == "PROPN"
    return own if named and len(own.text) > 3 and own[-1].text not in FIRM_TAIL_WORDS else None


# the actors whose long names a text may shorten to letters it never defines
_SPELLED_TYPES = frozenset({"Government", "Organization", "Firm"})


def propagate(docs: list[tuple[int, Doc]], mentions: list[Mention]) -> list[Mention]:
    """Every other occurrence of a name accepted from context is a mention too: a name the
    reference lacks, recognised once ("Lintasarta, a telecom firm"), is the same actor where
    the tagger missed it later. Returns the mentions in text order."""
    if not docs:
        return mentions
    vocab = docs[0][1].vocab
    names: dict[str, str] = {}
    matcher = PhraseMatcher(vocab, attr="ORTH")
    for m in mentions:
        short = _short_form_after(m)
        if short is not None and short.text not in names:
            names[short.text] = m.type  # "Korvath Research Institute (KRI)": KRI later on
            matcher.add(short.text, [Doc(vocab, words=[t.text for t in short])])
        plain = _without_legal_form(m.span) if not m.key else m.span
        # ("NgolaCompute, S.A.", later "NgolaCompute": one word if a proper noun's)
        named = len(plain) >= 2 or (plain[0].pos_ == "PROPN" and not plain[0].is_stop)
        if named and plain != m.span and plain.text not in names:
            names[plain.text] = m.type  # "Kelvin Compute Ltd", later "Kelvin Compute"
            matcher.add(plain.text, [Doc(vocab, words=[t.text for t in plain])])
        own = _own_words_of_a_firm(m)
        if own is not None and own.text not in names:
            names[own.text] = m.type  # "Mawingu AI Cloud", later "Mawingu"
            matcher.add(own.text, [Doc(vocab, words=[t.text for t in own])])
        for letters in acronyms_of(m.text) if m.type in _SPELLED_TYPES else ():
            if letters not in names:  # "Ministry of Trade, Industry and Energy", later "MOTIE"
                names[letters] = m.type
                matcher.add(letters, [Doc(vocab, words=[letters])])
        if m.key or m.text in names or not any(c.isupper() for c in m.text):
            continue
        names[m.text] = m.type
        matcher.add(m.text, [Doc(vocab, words=[t.text for t in m.span])])
    if not names:
        return mentions
    out = list(mentions)
    for offset, doc in docs:
        inside = [m for m in mentions if m.span.doc is doc]
        taken = {i for m in inside for i in range(m.span.start, m.span.end)}
        # (places are no firm's name, but a place starts one: "Ulsan AI Campus")
        placed = {i for s in doc.spans.get(PLACES_KEY, []) for i in range(s.start, s.end)}
        # the longest first: "Pwani AI", not its first word "Pwani" inside it
        matches = sorted(matcher(doc), key=lambda m: (m[1] - m[2], m[1]))
        for match_id, start, end in matches:
            # a name told in full elsewhere wraps a shorter known one ("Atelier Quanta SAS",
            # later "Atelier Quanta raised": not the reference's "Quanta")
            wrapped = [m for m in inside if start <= m.span.start and m.span.end <= end]
            wrapped = [m for m in wrapped if (m.span.start, m.span.end) != (start, end)]
            if wrapped and end - start >= 2:
                out = [m for m in out if m not in wrapped]
                inside = [m for m in inside if m not in wrapped]
                taken -= {i for m in wrapped for i in range(m.span.start, m.span.end)}
            if any(i in taken for i in range(start, end)):
                continue
            if all(i in placed or doc[i].is_punct for i in range(start, end)):
                continue
            text = vocab.strings[match_id]
            span = Span(doc, start, end, label=names[text])
            out.append(
                Mention(
                    text, offset + span.start_char, offset + span.end_char, names[text], "", span
                )
            )
            taken.update(range(start, end))
    return sorted(out, key=lambda m: m.start)
