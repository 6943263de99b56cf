"""What every fact extractor reads: the sentences, the mentions in them, and simple
document-level reference ("the government" -> the document's main country, "the company"
-> the firm last named).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from ingest.components.actors import RUNS_KEY
from ingest.components.descriptions import NAMING_WORDS
from ingest.facts.speakers import Turn, bracket_bodies, speaker_bodies, turn_at
from ingest.facts.tree import children, definite, named_before_comma, prep_objects, subjects
from ingest.lexicon import (
    BANKS,
    BASED_WORDS,
    FIRM_NOUNS,
    HOME_SUFFIXES,
    LOCAL_WORDS,
    MACHINE_NOUNS,
    ORG_NOUNS,
    PROJECT_NOUNS,
    PUBLIC_BANK_WORDS,
    ROLE_NOUNS,
    ROUND_NOUNS,
    ROUND_VERBS,
    STAFF_NOUNS,
    word,
)
from ingest.mentions import Mention, Place
from ingest.money import Money, find_money, for_country, issuing_country
from ingest.reference import Reference
from ingest.resolve import ResolvedEntity

PUBLIC_HEADS = frozenset(
    """Ministry Department Government Agency Authority Commission Council Office Fund Bank
    Board Bureau Fonds Fondo Fundo Agence Agencia Mission Customs Survey""".split()
)
# "National" where other languages put it, after the head ("Fonds National pour ...",
# "Fondo Nacional de ...")
_NATIONAL = frozenset("National Nacional Nationale Nazionale".split())
# a body named "Agency for ...", "Office of ...": an arm of the state
_STATE_BODY_HEADS = frozenset(
    "Ministry Department Agency Authority Office Administration Directorate Inspectorate".split()
)
# a body whose name ends "... Agency", "... Authority": a public one (a "Council", "Fund" or
# "Bank" may as well be private)
_STATE_BODY_TAILS = _STATE_BODY_HEADS | {"Commission", "Undertaking"}
# multilateral: development banks and UN programmes, owned by states: their grants and loans
# are public money; so are a central bank's grants and a state programme's ("IndiaAI Mission")
PUBLIC_CATEGORIES = frozenset(
    {"agency", "ministry", "multilateral", "lender", "central_bank", "state_programme"}
)
# "X raised ...", and "X announced the close of its Series B" (announcing a round, not an
# amount: "announced $1.5bn for G42" raises nothing)
_TELLING_ROUND_VERBS = ROUND_VERBS | {"announce"}
# Nouns that name a kind of firm the reference data knows ("the US chipmaker").
_CATEGORY_NOUNS = {
    **dict.fromkeys(["chipmaker", "chip-maker", "chipmakers"], "chipmaker"),
    **dict.fromkeys(["telco", "telecom", "carrier"], "telco"),
    "hyperscaler": "hyperscaler",
}
_QUOTES = frozenset('"“”')
# "the government", "the Treasury set aside K500 million": the state itself
_STATE_WORDS = frozenset("government state treasury exchequer cabinet".split())
# the head words of a state's own offices (a ministry is the state itself: "a budget for the
# Ministry of X" is the state's own)
_OFFICE_WORDS = frozenset("Department Directorate Bureau Agency Service Office".split())
_MAKING_NOUNS = frozenset("development training release launch".split())
_INSTALL_VERBS = frozenset("install instal operate run host house".split())  # spaCy: "instal"


@dataclass(frozen=True, slots=True)
class Fact:
    """A fact before it becomes a record: entity indexes, evidence span, confidence."""

    kind: str  # "subsidy", "venture" or a relation predicate
    args: tuple[int | None, ...]
    start: int
    end: int
    confidence: float
    extra: dict[str, object] = field(default_factory=dict, hash=False, compare=False)


@dataclass(slots=True)
class Sentence:
    span: Span
    offset: int  # of the chunk the sentence's Doc holds
    mentions: list[Mention]
    places: list[Place]
    index: int  # in the document's sentences
    money: list[Money]  # the amounts it states (the subsidy and investment rules read them)
    # its tokens, made once: every rule walks them, and spaCy makes a new Token per access
    tokens: list[Token] = field(default_factory=list)
    text: str = ""  # the span's text, made once (spaCy joins it anew per access)
    _at: dict[int, Mention] | None = None  # the mention at each token position, made once

    @property
    def start(self) -> int:
        return self.offset + self.span.start_char

    @property
    def end(self) -> int:
        return self.offset + self.span.end_char

    def words_of(self, money: Money) -> Span | None:
        """The tokens an amount stands in (its offsets are the sentence text's)."""
        start = self.span.start_char
        doc = self.span.doc
        return doc.char_span(start + money.start, start + money.end, alignment_mode="expand")

    def money_tokens(self) -> set[int]:
        """The positions of the tokens of every amount the sentence states."""
        return {t.i for m in self.money if (w := self.words_of(m)) is not None for t in w}

    def mention_of(self, tok: Token) -> Mention | None:
        if self._at is None:  # (asked of most tokens by every rule)
            self._at = {}
            for m in self.mentions:
                for i in range(m.span.start, m.span.end):
                    self._at.setdefault(i, m)
        return self._at.get(tok.i)

    def places_in(self, tokens: list[Token] | None = None) -> list[Place]:
        if tokens is None:
            return self.places
        idx = {t.i for t in tokens}
        return [p for p in self.places if any(i in idx for i in range(p.span.start, p.span.end))]


_Spanned = TypeVar("_Spanned", Mention, Place)


def _by_sentence(doc: Doc, items: list[_Spanned]) -> Callable[[Span], list[_Spanned]]:
    """The items of `doc` that start in a sentence, in their list's order (found by bisection:
    a filter over all of them per sentence grew with the square of a long text)."""
    own = sorted((x.span.start, k) for k, x in enumerate(items) if x.span.doc is doc)
    starts = [start for start, _ in own]

    def within(sent: Span) -> list[_Spanned]:
        found = own[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]
        return [items[k] for k in sorted(k for _, k in found)]

    return within


class DocContext:
    def __init__(
        self,
        docs: list[tuple[int, Doc]],
        mentions: list[Mention],
        places: list[Place],
        entities: list[ResolvedEntity],
        reference: Reference,
        *,
        home: str | None = None,
        speakers: list[Turn] | None = None,
    ) -> None:
        """`home`: the key of the state a state's own text is about (`resolve.home_state`);
        `speakers`: a transcript's turns (`speakers.turns` of the source text)."""
        self.entities = entities
        self.reference = reference
        self._turns: list[Turn] = speakers or []
        self._turn_starts = [t.start for t in self._turns]
        self.sentences: list[Sentence] = []
        for offset, doc in docs:
            mentions_in = _by_sentence(doc, mentions)
            places_in = _by_sentence(doc, places)
            for sent in doc.sents:
                ms = mentions_in(sent)
                ps = places_in(sent)
                at = len(self.sentences)
                text = sent.text
                money = find_money(text)
                self.sentences.append(Sentence(sent, offset, ms, ps, at, money, list(sent), text))
        counts = Counter(m.entity for m in mentions if entities[m.entity].iso3)
        # the country the text is about: named as an actor, and as a place, a demonym or a
        # city ("Egyptian companies", "CAIRO -"), where adjectives name others ("US rules")
        placed = Counter(p.country for p in places)
        for e in counts:
            counts[e] += placed[entities[e].iso3 or ""]
        self.main_country: int | None = counts.most_common(1)[0][0] if counts else None
        # a state's own text (Odisha's cabinet, Telangana's order): "the state" is the state
        self.home_state: int | None = next(
            (k for k, e in enumerate(entities) if home is not None and e.key == home), None
        )
        named = [entities[e].iso3 for e, _ in counts.most_common()]
        for told in self.sentences:  # "600 million dinars" in a report on Serbia
            told.money = [for_country(m, *named) for m in told.money]
        self._country_entity = {e.iso3: i for i, e in enumerate(entities) if e.iso3}
        self._by_key: dict[str, int] = {}  # (the first entity of a key)
        for index, entity in enumerate(entities):
            self._by_key.setdefault(entity.key, index)
        self._place_countries = {p.country for p in places}
        self.facts: list[Fact] = []
        self._runs = {id(doc): list(doc.spans.get(RUNS_KEY, [])) for _, doc in docs}
        self._hosts: list[tuple[int, int]] | None = None
        self._heads: dict[int, set[str]] = {}
        self._projects: dict[int, bool] = {}
        self._public: dict[int, bool] = {}
        self._descriptions: dict[int, set[str]] = {}  # by mention start
        self._we: bool | None = None
        self._defined: dict[str, int] | None = None

    def name_runs(self, sent: Sentence) -> list[Span]:
        """Capitalised name runs of the sentence (computed once per Doc)."""
        runs = self._runs.get(id(sent.span.doc), [])
        return [r for r in runs if sent.span.start <= r.start < sent.span.end]

    def defined_term(self, noun: str) -> int | None:
        """The actor a filing or report defines a term for: 'Nuvem Tupi S.A. ("Nuvem Tupi" or
        "the Company")' makes every later 'the Company' that firm."""
        if self._defined is None:
            self._defined = {}
            for sent in self.sentences:
                text = sent.text
                found_terms = [
                    (found.start(), found.group(1), False)
                    for found in _DEFINED_TERM.finditer(text)
                ] + [
                    # ('(Eisenbahn-Bundesamt, EBA; hereinafter "the Authority")': any term its
                    # body's name holds)
                    (text.rfind("(", 0, found.start()), found.group(1), True)
                    for found in _HEREINAFTER.finditer(text)
                    if found.group(1) not in _TERMS
                ] + [
                    # ("the Government of Åland (the Government) decides": a word of its name)
                    (found.start(), found.group(1), True)
                    for found in _BRACKETED_TERM.finditer(text)
                ]  # fmt: skip
                for bracket, term, in_name in found_terms:
                    # (its name may close a quotation: '"Hellas Sovereign Compute S.A." (the
                    # "JV")')
                    named = [
                        m for m in sent.mentions
                        if 0 <= bracket - (end := m.end - sent.start) <= 3
                        and not text[end:bracket].strip(_BETWEEN_NAME_AND_TERM)
                    ]  # fmt: skip
                    acting = self._acting_as(sent, sent.span.start_char + bracket, term)
                    if acting is not None:
                        self._defined.setdefault(term.lower(), acting)
                    elif named and bracket >= 0 and (not in_name or self._names(named[-1], term)):
                        self._defined.setdefault(term.lower(), named[-1].entity)
                for found in _MEANS_TERM.finditer(text):
                    # ('"the Ministry" means the Ministry of Justice and Digital Affairs')
                    at = sent.start + found.end()
                    meant = [m for m in sent.mentions if m.start == at]
                    if meant and (
                        self._names(meant[0], found.group(1)) or _whole_definition(meant[0])
                    ):
                        self._defined.setdefault(found.group(1).lower(), meant[0].entity)
        return self._defined.get(noun)

    def _acting_as(self, sent: Sentence, bracket: int, term: str) -> int | None:
        """'X shall act as the Nodal Agency (hereinafter "the Agency")': the one the role
        the term ends is said of."""
        role = next((t for t in reversed(sent.tokens) if t.idx + len(t) <= bracket), None)
        if role is None or role.text != term:
            return None
        while role.dep_ == "compound":
            role = role.head
        if role.head.lower_ != "as":
            return None
        # (the subject nearest the verb: a heading before it may parse as one too, "3. Nodal
        # Agency.—Grid Controller of India Limited shall act as ...")
        said = [
            e for s in reversed(subjects(role.head.head))
            if (e := self.refers_to(s, sent)) is not None
        ]  # fmt: skip
        return said[0] if said else None

    def term_meant(self, tok: Token) -> int | None:
        """The body a term the text defined stands for where it is used ("the Agency",
        "the Government"; not the report's own "the Company", read apart)."""
        if tok.is_title and tok.text not in _TERMS and _definite(tok):
            return self.defined_term(tok.lower_)
        return None

    def _titled(self, entity: int, title: str) -> bool:
        """Whether a government's name opens with a title: 'Province of Córdoba'."""
        return self.entities[entity].name.startswith(f"{title} of ")

    def _names(self, m: Mention, word: str) -> bool:
        """Whether the mention's entity has `word` in its name ("the Authority": the Federal
        Railway Authority, not the country named before the bracket)."""
        names = (self.entities[m.entity].name, m.text)
        return any(word.lower() in name.lower().split() for name in names)

    # ---------------------------------------------------------------- entities
    def type_of(self, entity: int) -> str:
        return self.entities[entity].type

    def country_entity(self, iso3: str) -> int:
        """The entity of a country, added to the document if the text only implies it."""
        if iso3 not in self._country_entity:
            known = self.reference.get(f"country:{iso3}")
            name = known.name if known else iso3
            self._country_entity[iso3] = self._government(f"country:{iso3}", name, iso3)
        return self._country_entity[iso3]

    def _government(self, key: str, name: str, iso3: str | None = None) -> int:
        """The government entity of this reference key, added if the text only implies it."""
        return self._implied(key, name, "Government", iso3)

    def _implied(self, key: str, name: str, typ: str, iso3: str | None = None) -> int:
        """The entity of this reference key, added if the text only implies it."""
        if key not in self._by_key:
            self.entities.append(ResolvedEntity(name, typ, key, iso3=iso3))
            self._by_key[key] = len(self.entities) - 1
        return self._by_key[key]

    def _province_before(self, sent: Sentence, tok: Token) -> int | None:
        """The entity of the state (of a country) named last before `tok`, in this sentence
        or the one before, added to the document if it is named only as a place."""
        spans = [
            p.span for s in self.sentences[max(sent.index - 1, 0) : sent.index + 1]
            for p in s.places if p.span.label_ == "State"
        ]  # fmt: skip
        before = [p for p in spans if p.doc is not tok.doc or p.start < tok.i]
        known = self.reference.get(f"state:{before[-1].text}") if before else None
        return self._government(known.key, known.name) if known is not None else None

    def issuer_of(self, sent: Sentence) -> int | None:
        """The one country the text names whose currency the sentence's amounts are in."""
        issuers = {issuing_country(m.currency) for m in sent.money} - {None}
        # a country the text names, if only as a place or demonym ("Malagasy", "Antananarivo")
        named = [c for c in issuers if c in self._country_entity or c in self._place_countries]
        if len(named) != 1:
            return None
        # (a currency several states issue, "35 million manat", is that of the one this
        # paragraph speaks of, if it issues one: Turkmenistan's, in a report on Azerbaijan)
        shared = {issuing_country(c) for m in sent.money if len(m.choices) > 1 for c in m.choices}
        spoken = self.last_entity_before(sent.start, {"Government"}) if shared else None
        if spoken is not None and self.entities[spoken].iso3 in shared - {None}:
            first = self.paragraph_start(sent)
            if any(first <= m.start for m in self.entities[spoken].mentions):
                return spoken
        return self.country_entity(named[0])

    def has_country(self, iso3: str) -> bool:
        """Whether the text names this country as an actor (not only inside a name)."""
        return iso3 in self._country_entity

    def is_public(self, entity: int) -> bool:
        """A government, bloc or state body: may give public money (asked for every funder
        candidate: worked out once per entity)."""
        if entity not in self._public:
            self._public[entity] = self._publicly_owned(self.entities[entity])
        return self._public[entity]

    def is_state_fund(self, entity: int) -> bool:
        """A sovereign wealth fund: its money is the state's when it funds or backs a body,
        an investment when it invests or takes a stake."""
        return self._category(entity) == "sovereign_fund"

    def is_state_programme(self, entity: int) -> bool:
        """A state's programme that reports name as a body ("the IndiaAI Mission")."""
        return self._category(entity) == "state_programme"

    def is_blocs_programme(self, entity: int) -> bool:
        """A bloc's programme ("Horizon Europe"): the bloc's purse, no actor of a report."""
        known = self.reference.get(self.entities[entity].key)
        return self.is_state_programme(entity) and known is not None and known.payer is not None

    def state_paying_for(self, entity: int) -> int | None:
        """The country or bloc whose money a state programme pays out ("a grant of Rs 12 crore
        from the IndiaAI Mission": India's money; "Horizon Europe awarded": the EU's), else
        None."""
        known = self.reference.get(self.entities[entity].key)
        if not self.is_state_programme(entity) or known is None:
            return None
        bloc = self.reference.get(f"bloc:{known.payer}") if known.payer else None
        if bloc is not None:
            return self._implied(bloc.key, bloc.name, "Bloc")
        return self.country_entity(known.country) if known.country else None

    def is_lender_to_states(self, entity: int) -> bool:
        """A development bank, a state's development lender or a UN programme: a state may be
        who its loan or grant is for."""
        return self._category(entity) in ("multilateral", "lender")

    def _category(self, entity: int) -> str | None:
        """The reference category of a known actor (None for one the reference lacks)."""
        known = self.reference.get(self.entities[entity].key)
        return known.category if known is not None else None

    def _publicly_owned(self, e: ResolvedEntity) -> bool:
        if e.type in ("Government", "Bloc"):
            return True
        if e.type != "Organization":
            return False
        known = self.reference.get(e.key)
        if known is not None:
            return known.category in PUBLIC_CATEGORIES
        words = e.name.split()
        has_place = any(p for m in e.mentions for p in self._places_inside(m)) or any(
            c.dep_ == "poss" and c.ent_type_ == "GPE"
            for m in e.mentions
            for c in m.span.root.children
        )  # "Thailand's Board of Investment"
        # ("the Abu Dhabi Investment Office": a city's name starting a longer name is no place
        # of its own)
        has_place = has_place or any(
            self.reference.get(f"{kind}:{' '.join(words[:n])}") is not None
            for kind in ("city", "state")
            for n in (1, 2)
        )
        national = words[0] in ("National", "State") or (len(words) > 1 and words[1] in _NATIONAL)
        if len(words) > 1 and any(
            (known_bloc := self.reference.by_name(" ".join(words[:n]))) is not None
            and known_bloc.type == "Bloc"
            for n in (1, 2)
        ):
            return True  # "the ASEAN Centre for Energy": a bloc's own body
        if set(words) & BANKS and set(words) & PUBLIC_BANK_WORDS:
            return True  # a development bank ("Banco Português de Fomento")
        if bool(set(words) & PUBLIC_HEADS) and (has_place or national):
            return True
        # "the Shota Rustaveli National Science Foundation of Georgia", "Science Foundation
        # Ireland": a state's research funder, not a private foundation
        research = any(f"{field} Foundation" in e.name for field in ("Science", "Research"))
        if research and (has_place or "National" in words):
            return True
        if any(
            len(words) > k + 2 and words[k] in _STATE_BODY_HEADS and words[k + 1] in ("for", "of")
            for k in (0, 1)
        ):
            # "the Agency for Electronic Government and Information Society", "the General
            # Authority of Civil Aviation"
            return True
        if len(words) > 2 and words[-1] in _STATE_BODY_TAILS:
            return True  # "the Information and Communication Technology Agency"
        # "the Export Development Fund", "the Sindh Enterprise Development Fund" (not "CDB's
        # Special Development Fund": a lender's pot, whose money is the lender's)
        if (
            len(words) > 2
            and words[-2] == "Development"
            and words[-1] in PUBLIC_HEADS
            and not any(c.dep_ == "poss" for m in e.mentions for c in m.span.root.children)
        ):
            return True
        return any(_described_as_state(m.span) for m in e.mentions)

    def _places_inside(self, m: Mention) -> list[Span]:
        doc = m.span.doc
        return [
            s for s in doc.spans.get("sovai_places", []) if m.span.start <= s.start < m.span.end
        ]

    # ---------------------------------------------------------------- simple reference
    def _relative_head(self, tok: Token, sent: Sentence) -> int | None:
        """'X, a Brazilian start-up whose model ...': what the relative clause is about."""
        t = tok
        while t.dep_ != "relcl" and t.head != t:
            t = t.head
        if t.dep_ != "relcl":
            return None
        noun = t.head
        prep = noun.head if noun.dep_ == "pobj" else None
        if prep is not None and prep.lower_ == "at" and sent.mention_of(prep.head) is not None:
            # "the Institute of Smart Systems (ISSAI) at Nazarbayev University, which
            # developed KazLLM": the body at the university
            noun = prep.head
        elif (
            prep is not None
            and prep.lower_ == "by"
            and prep.head.dep_ == "acl"
            and prep.head.lemma_ in _OWNING_VERBS
        ):
            # "Scala, a Sao Paulo-based operator backed by DigitalBridge, which will use it":
            # the clause goes on about the one described, not its backer (but "a data
            # centre run by X, which also operates ...": X)
            noun = prep.head.head
        elif (
            prep is not None
            and prep.lower_ == "of"
            and prep.head.lemma_ in _UNIT_NOUNS
            and prep.head.dep_ == "appos"
        ):
            # "STACKIT, the cloud unit of Schwarz Gruppe, which operates data centres": the
            # unit the apposition describes, not its parent
            noun = prep.head
        if (
            prep is not None
            and prep.lower_ in ("in", "at")
            and prep.head.lower_ in HOME_SUFFIXES
            and prep.head.dep_ == "acl"
        ):
            # "X, a Greek start-up based in Thessaloniki, which is developing Y": the one the
            # place describes, not the place
            noun = prep.head.head
        listed = [c for c in noun.conjuncts if noun.i < c.i < t.i]
        if listed and t.tag_ == "VBZ":
            # "A and Nokia, which operates ...": the parser hung the clause on the list's
            # first item; a singular verb's is the last
            noun = listed[-1]
        doc = noun.doc
        before = noun.left_edge.i - 1  # "Maritaca AI, a Brazilian start-up whose ..."
        beside = doc[before - 1] if before > 0 and doc[before].text == "," else None
        # ("Arcadia is a private company ... which operates ...": what the copula says it is)
        said = [c for c in noun.head.children if c.dep_ == "nsubj"] if noun.dep_ == "attr" else []
        for cand in (noun, noun.head if noun.dep_ == "appos" else None, beside, *said):
            m = sent.mention_of(cand) if cand is not None else None
            if m is not None:
                return m.entity
        # "Ooredoo is the other player. The Qatari operator, which has data centres in ...":
        # what the noun itself stands for
        return self.refers_to(noun, sent) if noun.pos_ == "NOUN" else None

    def _clause_subject(self, tok: Token, sent: Sentence) -> int | None:
        """The firm or body named as the subject of the clause a possessive sits in; for 'it'
        in a clause hung on the main one ("X will train it on a cluster that it is deploying
        at its own data centre"), the main clause's subject."""
        verb = clause_verb(tok)
        while verb.dep_ in ("conj", "xcomp", "advcl") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
        ):
            if verb.dep_ != "conj":  # "finance Scala to expand its campus": Scala's campus
                controller = [c for c in verb.head.children if c.dep_ == "dobj"]
                m = sent.mention_of(controller[0]) if controller else None
                if m is not None and self.type_of(m.entity) in ("Firm", "Organization"):
                    return m.entity
            verb = verb.head  # "X provides links and hosts hardware at its data centre"
        subjects = (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i)
        for subj in subjects:
            m = sent.mention_of(subj)
            if m is not None and self.type_of(m.entity) in ("Firm", "Organization"):
                return m.entity
            if subj.lower_ == "it" and verb.dep_ in ("relcl", "acl", "advcl", "ccomp"):
                return self._clause_subject(sent.span.root, sent)
            if word(subj) in FIRM_NOUNS and _definite(subj):  # "The Doha-based group said"
                return self._topic_business(sent, sent.offset + subj.idx)
        if verb.dep_ == "ccomp" and not any(c.dep_ == "nsubj" for c in verb.children):
            # "The Applicant has informed EirGrid that its battery is supported by ...": the
            # one who tells of its own battery, not the one told
            for subj in (c for c in verb.head.children if c.dep_ == "nsubj"):
                told_by = self.refers_to(subj, sent)
                if told_by is not None and self.type_of(told_by) in ("Firm", "Organization"):
                    return told_by
        return None

    def home_of(self, entity: int) -> str | None:
        """Where the reference says a known actor is from (ISO3; None if it does not)."""
        known = self.reference.get(self.entities[entity].key)
        return known.country or None if known is not None else None

    def last_from(self, iso3: str, pos: int, types: set[str]) -> int | None:
        """The entity of these types from this country (by the reference) named last before
        `pos`."""
        return self._named_last(pos, lambda e: self.type_of(e) in types and self.home_of(e) == iso3)

    def _last_of_category(self, category: str, pos: int) -> int | None:
        def of_category(e: int) -> bool:
            known = self.reference.get(self.entities[e].key)
            return known is not None and known.category == category

        return self._named_last(pos, of_category)

    def named_by_head(self, noun: str, pos: int) -> int | None:
        """The firm or body named last before `pos` whose name ends in this noun ('the
        foundation' -> 'Gates Foundation', 'the hub' -> 'Rwanda AI Scaling Hub')."""

        def headed(e: int) -> bool:
            if self.type_of(e) not in ("Firm", "Organization") and not self.is_state_office(e):
                return False
            if e not in self._heads:  # asked for every definite noun: worked out once
                self._heads[e] = _head_words(self.entities[e])
            return noun in self._heads[e] or f"{noun}s" in self._heads[e]  # "Kola Labs"

        return self._named_last(pos, headed)

    def is_state_office(self, e: int) -> bool:
        """A state's own office typed as its government ("Kenya Meteorological Department",
        "Department of Posts"), not a country, state, city, ministry or programme."""
        ent = self.entities[e]
        return (
            ent.type == "Government"
            and not ent.iso3
            and not ent.key.startswith(("country:", "state:", "city:"))
            and bool(_OFFICE_WORDS & set(ent.name.split()))
        )

    def _described_before(
        self, noun: str, sent: Sentence, *, window: int = 3, upto: int | None = None
    ) -> int | None:
        """The business named last, in this sentence or the `window` before, that the text
        described with this noun ('a joint venture called X', 'X, a Baghdad-based
        start-up')."""
        first = self.sentences[max(sent.index - window, 0)].start

        def described(e: int) -> bool:
            if self.type_of(e) not in ("Firm", "Organization"):
                return False
            recent = [m for m in self.entities[e].mentions if m.start >= first]
            return any(noun in self._described(m) for m in recent)

        end = upto if upto is not None else sent.offset + sent.span.start_char
        return self._named_last(end, described)

    def _the_model(self, tok: Token, sent: Sentence, pos: int) -> int | None:
        """'Meltemi, the open model released by Athena': the model in apposition; 'The model
        was financed by X', 'put 3.5 billion pesos into the model': the model named last (a
        subject no words of its own name, not "The model, to be called Kobza, ..." nor "the
        model's next version", "on top of the national model")."""
        # (in apposition, however the parser hung it: "Ariadne is fine-tuned from Meltemi, the
        # open Greek model released by Athena")
        named = named_before_comma(tok, sent)
        if named is not None and self.type_of(named.entity) == "AIModel":
            return named.entity
        bare = not any(c.dep_ in ("appos", "acl", "relcl", "amod") for c in tok.children)
        put_into = tok.dep_ == "pobj" and tok.head.lower_ == "into"
        if bare and ("subj" in tok.dep_ or put_into):
            return self.last_entity_before(pos, {"AIModel"})
        return None

    def paragraph_start(self, sent: Sentence, *, window: int = 3) -> int:
        """Where the paragraph of `sent` starts: the sentence before at least, `window` before
        at most ("Turkmenistan has unveiled Altyn-LM. It was built by X. The government funded
        the work": Turkmenistan's government)."""
        first = self.sentences[max(sent.index - 1, 0)]
        for before in reversed(self.sentences[max(sent.index - window, 0) : sent.index - 1]):
            after = self.sentences[before.index + 1]
            doc = after.span.doc
            # (the words across the gap, whitespace and all: Doc.text is built anew per access)
            gap = (
                doc[before.span.end - 1 : after.span.start + 1] if before.span.doc is doc else None
            )
            if gap is None or "\n\n" in gap.text:
                break
            first = before
        return first.start

    def project_before(self, sent: Sentence, *, window: int = 2) -> int | None:
        """The undertaking ('the facility, called BRAIN++', 'SLAIF, the Slovenian AI
        Factory', 'AI Factory Austria') named last in this sentence or the `window` before."""
        first = self.sentences[max(sent.index - window, 0)].start

        def project(e: int) -> bool:
            if self.type_of(e) not in ("Firm", "Organization"):
                return False
            if not any(m.start >= first for m in self.entities[e].mentions):
                return False
            if e not in self._projects:
                entity = self.entities[e]
                described = {n for m in entity.mentions for n in self._described(m)}
                self._projects[e] = _is_project(entity, described)
            return self._projects[e]

        return self._named_last(sent.end, project)

    def _described(self, m: Mention) -> set[str]:
        """The nouns the text describes this mention with (worked out once per mention)."""
        if m.start not in self._descriptions:
            self._descriptions[m.start] = _described_as(m.span)
        return self._descriptions[m.start]

    def last_entity_before(self, pos: int, types: set[str]) -> int | None:
        """The entity of these types named last before offset `pos`."""
        return self._named_last(pos, lambda e: self.type_of(e) in types)

    def _local_government_before(self, pos: int, level: str) -> int | None:
        """The sub-national government named last before offset `pos`: a city's for
        'municipal' or 'city', a province's or state's for 'provincial' or 'regional'."""
        if level in ("municipal", "city", "metropolitan"):
            wanted: tuple[str, ...] = ("city:",)
        else:
            wanted = ("state:", "city:") if level == "local" else ("state:",)
        return self._named_last(
            pos,
            lambda e: self.type_of(e) == "Government" and self.entities[e].key.startswith(wanted),
        )

    def body_called(self, pos: int, noun: str) -> int | None:
        """The firm or body named last before offset `pos` whose name has this noun ("the
        institute": the Institute for Vietnamese Language Intelligence)."""
        word = noun.casefold()
        return self._named_last(
            pos,
            lambda e: (
                self.type_of(e) in ("Firm", "Organization")
                and word in self.entities[e].name.casefold().split()
            ),
        )

    def _ministries(self) -> list[int]:
        """The ministries the text names ("Ministry of Housing", "Federal Ministry for ...")."""
        return [
            i for i, e in enumerate(self.entities)
            if e.type == "Government" and "Ministry" in e.name.split()[:2]
        ]  # fmt: skip

    def _named_last(self, pos: int, keep: Callable[[int], bool]) -> int | None:
        """The entity `keep` accepts whose latest mention before offset `pos` is latest."""
        best: tuple[int, int] | None = None
        for e_i, e in enumerate(self.entities):
            if not keep(e_i):
                continue
            for m in e.mentions:
                if m.start < pos and (best is None or m.start > best[0]):
                    best = (m.start, e_i)
        return best[1] if best else None

    def _previous_subject(
        self, sent: Sentence, depth: int = 0, *, kinds: frozenset[str] = frozenset({"Firm"})
    ) -> int | None:
        """The firm (or actor of `kinds`) the sentence before had as the subject of its main
        clause, named or as 'the company' (which reads back in turn, a few sentences at
        most)."""
        if not sent.index or depth >= 3:
            return None
        before = self.sentences[sent.index - 1]
        # ("Then there is Sakana AI, founded in 2023. The start-up ...": what there is)
        there = [a for t in before.span if t.dep_ == "expl" and t.head.dep_ == "ROOT"
                 for a in t.head.children if a.dep_ == "attr"]  # fmt: skip
        for subj in (t for t in before.span if t.dep_ in ("nsubj", "nsubjpass") or t in there):
            if subj.head.dep_ != "ROOT":
                continue
            m = before.mention_of(subj)
            if m is not None and self.type_of(m.entity) in kinds:
                return m.entity
            if word(subj) in FIRM_NOUNS and _definite(subj):
                return self._topic_business(before, before.start + 1, depth + 1)
            if subj.lower_ == "it":
                return self._previous_subject(before, depth + 1, kinds=kinds)
        if any(t.lower_ == "it" and t.dep_ in ("dobj", "dative", "pobj") for t in before.span):
            # "The City granted it $6 million. Its machines ...": the topic the 'it' went on
            return self._previous_subject(before, depth + 1, kinds=kinds)
        return None

    @cached_property
    def _issuer(self) -> int | None:
        """The firm a filing names as its issuer: in its letterhead, or in a form's field
        ("Company name: Lanyang Intelligent Computing Co., Ltd.")."""
        if self._letterhead is not None:
            return self._letterhead
        for sent in self.sentences:
            for named_in in _ISSUER_FIELD.finditer(sent.text):
                at = sent.span.start_char + named_in.end()
                named = [m.entity for m in sent.mentions if m.span.start_char == at]
                if named and self.type_of(named[0]) == "Firm":
                    return named[0]
        return None

    @cached_property
    def _letterhead(self) -> int | None:
        """The firm a filing's or transcript's heading lines name ("SAHYADRI COMPUTE LIMITED",
        "Hokuto Data Holdings, Inc. (TSE Prime: 4397)", a prospectus's "RHENVALE SOVEREIGN
        COMPUTE SE" under its date): who 'we' are (found once)."""
        return self._heading_body({"Firm", "Organization"})

    @cached_property
    def official_heading(self) -> int | None:
        """The country a state's paper heads itself with ("GOVERNMENT OF INDIA" above a
        minister's answer): who grants what it says was granted, by no one named."""
        body = self._heading_body({"Government"})
        return body if body is not None and self.entities[body].iso3 else None

    @cached_property
    def public_heading(self) -> int | None:
        """The public body, not a country, a text's heading lines name ("Federal Ministry for
        Digital and Transport (BMDV)" above its list of grants): who publishes it."""
        body = self._heading_body({"Government", "Organization", "Bloc"})
        public = body is not None and self.is_public(body) and not self.entities[body].iso3
        return body if public else None

    def _heading_body(self, types: set[str]) -> int | None:
        """The body of one of `types` a heading line opens with. Heading lines are the text's
        first few short lines before its first sentence of prose."""
        lines = 0
        for sent in self.sentences:
            start = sent.span.start_char
            for line in sent.text.split("\n"):
                words = [
                    t for t in sent.tokens
                    if start <= t.idx < start + len(line) and not t.is_space
                ]  # fmt: skip
                if words and (
                    len(line.split()) > _LETTERHEAD_MAX_WORDS
                    or any(t.tag_ in _FINITE_TAGS for t in words)
                ):
                    return None  # (prose: not an exchange's disclaimer naming itself)
                # (the name the line opens with: a letterhead, not a hearing's title;
                # "GOVERNMENT OF INDIA": the country a government's heading names)
                first = next((t for t in words if not t.is_punct), None)
                if first is not None and [w.lower_ for w in words[:2]] == ["government", "of"]:
                    first = words[2] if len(words) > 2 else None
                # (a fund's or institute's annual report speaks for it too)
                named = [
                    m.entity for m in sent.mentions
                    if first is not None and m.span.start == first.i
                    and self.type_of(m.entity) in types
                ]  # fmt: skip
                if named:
                    return named[0]
                lines += bool(words)
                if lines >= _LETTERHEAD_MAX_LINES:
                    return None
                start += len(line) + 1
        return None

    @cached_property
    def opening_body(self) -> int | None:
        """The public body the text's first sentence with a subject acts as ("The Ministry of
        ... hereby gives notice of the following awards"): a notice's own body."""
        for sent in self.sentences:
            subject = next((t for t in sent.tokens if t.dep_ == "nsubj"), None)
            if subject is None or subject.head.pos_ not in ("VERB", "AUX"):
                continue
            body = self.refers_to(subject, sent)
            public = body is not None and self.is_public(body) and not self.entities[body].iso3
            return body if public else None
        return None

    def _first_person(self) -> bool:
        """Whether the text speaks as 'we' (a release or blog), not only in quotes: three
        sentences or more with 'we' or 'our' and no quotation mark."""
        if self._we is None:
            we = [
                s for s in self.sentences
                if not _QUOTES & set(s.text) and any(t.lower_ in ("we", "our") for t in s.span)
            ]  # fmt: skip
            self._we = len(we) >= 3
        return self._we

    @cached_property
    def _speakers(self) -> dict[str, int]:
        """The body each speaker of a transcript speaks for, by surname."""
        if not self._turns:
            return {}
        # (a dateline, "NAIROBI:", is no speaker)
        speakers = [t for t in self._turns if not self._is_place(t.label.title())]
        return speaker_bodies(speakers, self.sentences, self._speaks_for)

    @cached_property
    def _bracket_bodies(self) -> dict[int, int]:
        """The body each transcript turn's label names in its bracket, by the label's offset."""
        return bracket_bodies(self._turns, self.sentences, self._speaks_for)

    def _speaks_for(self, e: int) -> bool:
        """Whether a speaker may speak for the entity: a firm or body, not a country."""
        kind = self.entities[e].type
        return kind in ("Firm", "Organization") or (
            kind == "Government" and not self.entities[e].iso3
        )

    def _is_place(self, name: str) -> bool:
        """Whether the reference knows `name` as a country, city or state."""
        return self.reference.by_name(name) is not None or any(
            self.reference.get(f"{kind}:{name}") is not None for kind in ("city", "state")
        )

    def speaker_body(self, pos: int) -> int | None:
        """The body the speaker of the transcript turn at `pos` speaks for, if the text says:
        in the turn's label, else where the speaker is introduced."""
        turn = turn_at(self._turns, self._turn_starts, pos)
        if turn is None:
            return None
        if turn.start in self._bracket_bodies:
            return self._bracket_bodies[turn.start]
        return None if turn.surname is None else self._speakers.get(turn.surname)

    @cached_property
    def _speakers_business(self) -> int | None:
        """The business whose founder or chief the text introduces before it first says
        'we' (an interview, a founder's thread): "Aroha Smith, co-founder of Kōwhai Labs",
        "Kōwhai Labs founder Aroha Smith"."""
        for sent in self.sentences:
            for tok in (t for t in sent.tokens if word(t) in _LEADER_NOUNS):
                owners = [*prep_objects(tok, ("of",)), *children(tok, ("compound",))]
                for owner in owners:
                    m = sent.mention_of(owner)
                    if m is not None and self.type_of(m.entity) in ("Firm", "Organization"):
                        return m.entity
            if any(t.lower_ in ("we", "our", "us") for t in sent.tokens):
                return None  # (a partner's chief quoted later speaks for the partner)
        return None

    def round_raiser(self, sent: Sentence) -> int | None:
        """The firm that raised the funding round this sentence or the three before told of:
        the subject of 'raise', 'close' ... with a round or an amount in its phrase."""
        # (a round's investors are listed over a few sentences: "X closed a Series B. A led
        # the round. B and C followed. D put in R$60 million")
        for s in reversed(self.sentences[max(sent.index - 3, 0) : sent.index + 1]):
            for raising in (
                t for t in s.tokens if t.lemma_ in _TELLING_ROUND_VERBS and t.pos_ == "VERB"
            ):
                named = any(t.lower_ in ROUND_NOUNS for t in raising.subtree)
                if not (
                    named
                    or (raising.lemma_ != "announce" and any(t.like_num for t in raising.subtree))
                ):
                    continue
                # ("PARIS, Sept 9 (Reuters) - Mistral AI, ..., has raised": the dateline's
                # apposition)
                subjects = [c for c in raising.children if c.dep_ == "nsubj"]
                subjects += [a for c in subjects for a in c.children if a.dep_ == "appos"]
                for subj in subjects:
                    firm = self.refers_to(subj, s)
                    if (
                        firm is not None
                        and self.type_of(firm) == "Firm"
                        and not self.is_public(firm)
                    ):
                        return firm
            # "will lead a RM1.1 billion funding round for YTL AI Labs"
            # (the 'for' on the round or on the verb that leads it)
            for round_ in (t for t in s.tokens if t.lower_ == "round"):
                holders = [round_, round_.head] if round_.dep_ == "dobj" else [round_]
                for o in (o for h in holders for p in h.children if p.lower_ == "for"
                          for o in p.children if o.dep_ == "pobj"):  # fmt: skip
                    firm = self.refers_to(o, s)
                    if firm is not None and self.type_of(firm) == "Firm":
                        return firm
        return None

    def topic_business(self, sent: Sentence) -> int | None:
        """The firm a sentence with no named subject is about (as 'the company' reads)."""
        return self._topic_business(sent, sent.start)

    def venture_entity(self, venture: Fact) -> int | None:
        """The entity a joint venture fact's name names (None for a partnership or a venture
        the text leaves unnamed)."""
        name = venture.extra.get("name")
        if venture.extra.get("kind") != "joint_venture" or name is None:
            return None
        return next((i for i, e in enumerate(self.entities) if e.name == name), None)

    def venture_named_before(self, pos: int, *, partners: Iterable[int] = ()) -> int | None:
        """The joint venture the text last told of before `pos`, if it was named (with
        `partners`: only if one of them is its partner, "The fund will contribute $300
        million" of a venture the fund formed)."""
        told = [
            f for f in self.facts
            if f.kind == "venture" and f.extra.get("kind") == "joint_venture" and f.start < pos
        ]  # fmt: skip
        if not told:
            return None
        # (a sentence may tell of one venture twice, once with its name and once without)
        last = [f for f in told if f.start == told[-1].start]
        f = next((f for f in reversed(last) if f.extra.get("name") is not None), last[-1])
        wanted = set(partners)
        return self.venture_entity(f) if not wanted or wanted & set(f.args) else None

    def _topic_business(self, sent: Sentence, pos: int, depth: int = 0) -> int | None:
        """What 'the company' stands for: the firm the sentence before had as its subject,
        else the firm the text has named most so far (news keeps to its topic; the firm
        named last is often a supplier or partner in passing), else a body."""
        subject = self._previous_subject(sent, depth)
        if subject is not None:
            return subject
        # "One of the first users is Kvet AI, a start-up. The company is developing ...": the
        # one firm the sentence before named
        if sent.index:
            before = self.sentences[sent.index - 1]
            # ("to Schönbuch Labs GmbH, a Cyber Valley spin-off": not a name that only
            # describes another business)
            firms = {m.entity for m in before.mentions
                     if self.type_of(m.entity) == "Firm" and not _modifies_noun(m)}  # fmt: skip
            if len(firms) == 1:
                return firms.pop()
        return self._most_named(pos)

    def _most_named(self, pos: int, *, latest: bool = True) -> int | None:
        """The firm named most before `pos` (of equals the latest, or the first when
        `latest` is false: a release names its author first), else such a body. A name
        that only says where people work weighs half ("former Google researchers")."""
        for types in ({"Firm"}, {"Organization"}):
            counts: Counter[int] = Counter()
            last: dict[int, int] = {}
            for e_i, e in enumerate(self.entities):
                for m in e.mentions if e.type in types else []:
                    if m.start < pos:
                        counts[e_i] += 1 if _names_staff(m) else 2
                        last[e_i] = max(last.get(e_i, -1), m.start) if latest else -e_i
            if counts:
                return max(counts, key=lambda e: (counts[e], last[e]))
        return None

    def host_before(self, pos: int) -> int | None:
        """The body the text last placed a computer at before offset `pos` ("MareNostrum 5,
        a supercomputer, was inaugurated at the BSC"; "the Alps supercomputer at CSCS";
        "a cluster hosted by X"): who 'the machine' or 'the system' belongs to."""
        found = [e for start, e in self._all_hosts() if start < pos]
        return found[-1] if found else None

    def host_next(self, sent: Sentence) -> int | None:
        """The body the next sentence places a computer at ("€80m for a national AI
        supercomputer. The machine ... will be installed at the CC SAS")."""
        if sent.index + 1 >= len(self.sentences):
            return None
        nxt = self.sentences[sent.index + 1]
        return next((e for start, e in self._all_hosts() if nxt.start <= start < nxt.end), None)

    def _all_hosts(self) -> list[tuple[int, int]]:
        """(offset, body) of every placing of a computer in the text, found once."""
        if self._hosts is None:
            self._hosts = [host for sent in self.sentences for host in self._hosts_in(sent)]
        return self._hosts

    def _hosts_in(self, sent: Sentence) -> list[tuple[int, int]]:
        out = []
        for prep in sent.tokens:
            head = prep.head
            if prep.dep_ == "agent" and head.lemma_ in ("host", "house", "operate", "run"):
                machines = [c for c in head.children if c.dep_ == "nsubjpass"]
            elif prep.dep_ == "prep" and prep.lower_ == "at":
                verb = head.pos_ in ("VERB", "AUX")
                machines = [
                    c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                ]  # "X was inaugurated at Y", "upgrade the supercomputer at Y"
                machines = machines if verb else [head]
                if verb and head.dep_ == "acl" and head.lemma_ in _INSTALL_VERBS:
                    machines.append(head.head)  # "JUPITER, installed at Y, is a system"
                if any(m.lower_ == "it" for m in machines):
                    # "JUPITER became Europe's first supercomputer when it was inaugurated
                    # at Y": the machine the sentence named before
                    machines += [t for t in sent.tokens[: prep.i - sent.span.start]
                                 if t.lemma_ in MACHINE_NOUNS]  # fmt: skip
            elif prep.dep_ == "nsubj" and head.lemma_ in _INSTALL_VERBS and head.dep_ == "relcl":
                # "a supercomputer that GRNET is installing at Lavrio": the installer hosts it
                # ("the system, which the university will operate": the one it names)
                machine = head.head.lemma_ in MACHINE_NOUNS
                m = sent.mention_of(prep) if machine else None
                body = m.entity if m is not None else None
                if body is None and machine and prep.pos_ == "NOUN":
                    body = self.refers_to(prep, sent)
                if body is not None and self.type_of(body) in ("Firm", "Organization"):
                    out.append((sent.offset + prep.idx, body))
                continue
            else:
                continue
            words = [t for m in machines for t in (m.subtree if m is not head else [m])]
            described = [t for m in machines if m.dep_ == "nsubj" for t in m.head.children
                         if t.dep_ == "attr"]  # fmt: skip
            if not any(t.lemma_ in MACHINE_NOUNS for t in words + described):
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                m = sent.mention_of(obj)
                if m is not None and self.type_of(m.entity) in ("Firm", "Organization"):
                    out.append((m.start, m.entity))
        return out

    def actors_before(self, sent: Sentence, types: set[str]) -> list[int]:
        """'X will invest in Y. The partnership gives X a stake': the actors of these types
        the sentence before names, when they are exactly two."""
        at = sent.index
        named = [m.entity for m in self.sentences[at - 1].mentions] if at else []
        found = [e for e in dict.fromkeys(named) if self.type_of(e) in types]
        return found if len(found) == 2 else []

    def refers_to(self, tok: Token, sent: Sentence) -> int | None:
        """What a pronoun, 'the company' or 'the government' stands for, if simple enough."""
        mention = sent.mention_of(tok)
        if mention is not None:
            return mention.entity
        lower = tok.lower_
        pos = sent.offset + tok.idx
        meant = self.term_meant(tok)  # '"the Ministry" means the Ministry of X'
        if meant is not None:
            return meant
        qualified = any(
            c.dep_ in ("compound", "amod", "poss") and sent.mention_of(c) for c in tok.children
        )
        alone = all(c.dep_ == "det" for c in tok.children)
        if lower == "minister" and alone and _definite(tok):
            # "the Minister grants TNO a subsidy" in a decree of one ministry: that ministry
            ministries = self._ministries()
            if len(ministries) == 1:
                return ministries[0]
        if tok.text in ("State", "Province", "Prefecture") and not qualified:
            # "The State will reimburse ...", "The Province will provide ...", "the
            # Prefecture's budget": in a state's own release, that state
            last = self.last_entity_before(pos, {"Government"})
            if last is not None and self.entities[last].key.startswith("state:"):
                return last
            if self.home_state is not None:
                return self.home_state
            # ("the Province of Córdoba ... The Province shall transfer": the one so titled)
            titled = self._named_last(
                pos, lambda e: self.type_of(e) == "Government" and self._titled(e, tok.text)
            )
            if titled is not None:
                return titled
        if lower in ("state", "province") and not qualified and tok.tag_ == "NN":
            # "In Tamil Nadu, the approach is academic. The state has committed Rs 120 crore":
            # the state (or province) of a country this sentence or the one before just named
            province = self._province_before(sent, tok)
            if province is not None:
                return province
            if lower == "state" and self.home_state is not None:
                return self.home_state
        local = [c.lower_ for c in tok.children if c.lower_ in LOCAL_WORDS]
        if lower == "government" and local and not qualified:
            # "the provincial government", "the municipal government": the province's or
            # city's government the text named last
            below = self._local_government_before(pos, local[0])
            if below is None and local[0] in ("regional", "provincial", "prefectural"):
                # ("The Community of Madrid ... The regional government approved": the region
                # just named as a place, else the text's own)
                below = self._province_before(sent, tok) or self.home_state
            if below is not None:
                return below
        if lower in _STATE_WORDS and not qualified and tok.tag_ in ("NN", "NNP"):
            # "the government": the country whose currency the sentence counts in
            issuer = self.issuer_of(sent)
            national = any(
                c.lower_ in ("national", "federal", "central", "union") for c in tok.children
            )
            home = self.home_state
            owned = any(c.dep_ == "poss" for c in tok.children)  # "President Lula's government"
            if (
                home is not None
                and not national
                and not owned
                and (issuer is None or self.entities[issuer].iso3 == self.home_of(home))
            ):
                return home  # "The cabinet also earmarked Rs 45 crore" in a state's own text
            if issuer is not None:
                return issuer
            if national:
                return self.main_country  # "the national treasury": the text's own country
            # else the country this paragraph spoke of last (this sentence or the one before
            # at least), else the text's main country (not one named in passing paragraphs
            # earlier)
            last = self.last_entity_before(pos, {"Government"})
            recent = self.paragraph_start(sent)
            spoken = last is not None and any(
                recent <= m.start < pos for m in self.entities[last].mentions
            )
            if last is not None and spoken and self.entities[last].iso3:
                return last
            return self.main_country
        if lower == "it" and tok.dep_ == "nsubj" and tok.head.dep_ == "conj":
            # "The venture will build ..., and it will run on ...": the first clause's subject
            # ("X was acquired by AMD, but it continues to maintain Y": the passive's too)
            earlier = [c for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if earlier and earlier[0] != tok and earlier[0].lower_ != "it":
                return self.refers_to(earlier[0], sent)
        if lower in ("it", "they") and tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp":
            # "X said on Tuesday it would fund Y": the one who said it
            said = [c for c in tok.head.head.children if c.dep_ == "nsubj"]
            if said and said[0] != tok:
                # ("US chipmaker Nvidia said it would": the name in apposition)
                in_apposition = [m.entity for a in said[0].children if a.dep_ == "appos"
                                 if (m := sent.mention_of(a)) is not None]  # fmt: skip
                sayer = self.refers_to(said[0], sent)
                return sayer if sayer is not None or not in_apposition else in_apposition[0]
        if lower == "it" and tok.dep_ == "nsubj":
            # "Its cloud unit, Naver Cloud, is exporting the pitch: it struck a deal": the
            # subject of the clause before the colon, named or in apposition
            for clause in (c for c in tok.head.children if c.dep_ in ("ccomp", "parataxis")):
                if clause.i > tok.i:
                    continue
                for subj in (c for c in clause.children if c.dep_ == "nsubj"):
                    colon_subject = [
                        m.entity for t in (subj, *subj.children)
                        if t == subj or t.dep_ == "appos"
                        if (m := sent.mention_of(t)) is not None
                    ]  # fmt: skip
                    if colon_subject:
                        return colon_subject[0]
        if tok.lemma_ == "model" and tok.tag_ == "NN" and definite(tok):
            model = self._the_model(tok, sent, pos)
            if model is not None:
                return model
        relative = tok.dep_ in ("nsubj", "pobj")  # "X, which ...", "X, in which Y holds ..."
        if lower == "whose" or (lower in ("which", "who", "that") and relative):
            return self._relative_head(tok, sent)  # "X, a firm which plans to ..."
        if lower == "its":
            # "It is set to ... equip its facilities": the same referent as the subject "It"
            first = sent.span[0] if sent.span[0].is_alpha else sent.span[1]
            if first.lower_ == "it" and first.dep_ in ("nsubj", "nsubjpass"):
                pos = sent.offset + first.idx
            elif (owner := self._clause_subject(tok, sent)) is not None:
                return owner  # "Maritaca AI has released versions of its Sabiá model"
        if word(tok) in _CATEGORY_NOUNS and _definite(tok):
            # "the US chipmaker": the chip maker named last, not the text's main firm
            kind = self._last_of_category(_CATEGORY_NOUNS[word(tok)], pos)
            if kind is not None:
                return kind
        venture_word = tok.lower_ in ("venture", "jv") or (
            tok.lower_ == "company" and any(c.lower_ in ("jv", "venture") for c in tok.children)
        )  # ("the JV Company", "the Joint Venture Company")
        if tok.text in _TERMS and _definite(tok) and not venture_word:
            defined = self.defined_term(tok.lower_)  # "the Company" a report defined
            if defined is None and tok.text in _ISSUER_TERMS:
                # ("the Company", together with its subsidiaries, "the Group"), or the firm a
                # filing's letterhead names
                defined = self.defined_term("company") or self._issuer
            if defined is not None:
                return defined
        if venture_word and _definite(tok):
            # "Nvidia will supply the venture", "the HDB will provide the JV with a grant" (the
            # name a filing defined: '"Hellas Sovereign Compute S.A." (the "JV")')
            term = "jv company" if tok.lower_ == "company" else tok.lower_
            venture = (
                self.venture_named_before(pos) or self.defined_term(term) or self.defined_term("jv")
            )
            if venture is not None:
                return venture
        if word(tok) in FIRM_NOUNS and _definite(tok) and tok.tag_ == "NN":
            # ("for CPTM, the suburban rail company, in 2024", however the parser hung it: the
            # name it describes; not "..., the company said")
            apposed = named_before_comma(tok, sent)
            if (
                apposed is not None
                and tok.dep_ not in ("nsubj", "nsubjpass", "poss")
                and self.type_of(apposed.entity) in ("Firm", "Organization")
            ):
                return apposed.entity
            generic = word(tok) in ("company", "firm", "group")  # said of any business
            described = None if generic else self._described_before(word(tok), sent)
            if described is None and any(c.lower_ == "new" for c in tok.children):
                described = self._described_before("venture", sent)  # "the new company"
            if described is not None:
                return described  # "formed a joint venture, X. ... in the venture": X
            joint = any(c.lower_ == "joint" for c in tok.children)  # a venture of several
            if not joint:
                # ("gave the lab 150 million dirhams": the X Lab named before; "the group" is
                # said of any business)
                named = None if generic else self.named_by_head(word(tok), pos)
                return named if named is not None else self._topic_business(sent, pos)
        # ("for the Centre", "towards the Mission": a capitalised head noun alone)
        titled = (
            tok.tag_ == "NNP"
            and tok.is_title
            and not any(c.dep_ in ("compound", "amod", "nmod") for c in tok.children)
        )
        if (
            ((tok.pos_ == "NOUN" and tok.tag_ == "NN") or titled)
            and _definite(tok)
            # ("the AI supercomputing centre of the University of Tarapacá": its owner named)
            and not any(sent.mention_of(o) for o in prep_objects(tok, ("of",)))
        ):
            noun = tok.lower_ if titled else tok.lemma_
            named = self.named_by_head(noun, pos)
            if named is not None:
                return named  # "the foundation": the Gates Foundation named before
            if noun in ORG_NOUNS:  # "AI Sweden, the national centre ... the centre"
                named = self._described_before(noun, sent, upto=pos)
                if named is None and sent.index:
                    # "Then there is BharatGen. The consortium, led by ...": the one body
                    # the sentence before named
                    before = {m.entity for m in self.sentences[sent.index - 1].mentions
                              if self.type_of(m.entity) == "Organization"}  # fmt: skip
                    named = next(iter(before)) if len(before) == 1 else None
                if named is not None:
                    return named
            if noun in PROJECT_NOUNS:
                return self.project_before(sent)  # "the project": SLAIF, the AI factory
        in_subject = lower == "its" and tok.head.dep_ in ("nsubj", "nsubjpass")
        opening = (lower == "it" and tok.dep_ in ("nsubj", "nsubjpass")) or in_subject
        main = (tok.head if lower == "it" else tok.head.head).dep_ == "ROOT"
        # ("In September 2024 it closed a round, ...": the sentence opens with it, however
        # the parser hung the clause)
        early = not any(m.span.start < tok.i for m in sent.mentions) and tok.i - sent.span.start < 6
        if opening and (main or (lower == "it" and early)):
            # "X raised money from A and B. It also struck a partnership", "Its own
            # engineers released Y": the topic goes on
            # ("The MOEA awarded NT$4.8 billion to ITRI. It also awarded ...": a public
            # body's topic goes on too)
            kinds = _ACTING_KINDS if lower == "it" else frozenset({"Firm"})
            subject = self._previous_subject(sent, kinds=kinds)
            if subject is not None:
                return subject
        if lower == "they" and tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT":
            # "Runestav AS is a Norwegian company. They raised NOK 40 million": a business
            # spoken of as 'they' (one subject before, not "A and B")
            previous = self.sentences[sent.index - 1] if sent.index else None
            joined = previous is not None and any(
                t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
                and any(c.dep_ == "conj" for c in t.children)
                for t in previous.span
            )  # fmt: skip
            firm = self._previous_subject(sent) if not joined else None
            if firm is not None:
                return firm
        if lower in ("it", "its"):
            # "Its development was funded ...": a model's development is the model's
            if lower == "its" and tok.head.lemma_ in _MAKING_NOUNS:
                model = self.last_entity_before(pos, {"AIModel"})
                recent = self.sentences[max(sent.index - 1, 0)].start
                if model is not None and any(
                    recent <= m.start < pos for m in self.entities[model].mentions
                ):
                    return model
            return self.last_entity_before(pos, {"Firm", "Organization"})
        if lower in ("we", "our", "us") and (body := self.speaker_body(pos)) is not None:
            return body  # "Priya Hollis: ... our seed round": the speaker's business
        if lower in ("we", "our", "us") and self._first_person():
            # a press release or blog in the first person: the business that writes it, the
            # one its letterhead names, else the one it names most
            author = self._issuer if self._issuer is not None else self._speakers_business
            return author if author is not None else self._most_named(pos, latest=False)
        if lower == "ministry" and _definite(tok):
            ministries = [
                i for i, e in enumerate(self.entities)
                if e.type == "Government" and "Ministry" in e.name and e.mentions
                and e.mentions[0].start < pos
            ]  # fmt: skip
            return ministries[-1] if ministries else self.main_country
        return None


# the actors whose topic an opening 'it' goes on with
_ACTING_KINDS = frozenset({"Firm", "Organization", "Government", "Bloc"})


def _modifies_noun(m: Mention) -> bool:
    """Whether the name only qualifies a common noun ("a Cyber Valley spin-off")."""
    root = m.span.root
    return root.dep_ in ("compound", "nmod") and root.head.pos_ == "NOUN"


# the people who speak for a business they lead
_LEADER_NOUNS = frozenset("founder co-founder cofounder ceo cto executive director head".split())


def _names_staff(m: Mention) -> bool:
    root = m.span.root
    return root.dep_ == "compound" and word(root.head) in STAFF_NOUNS | ROLE_NOUNS


def clause_verb(tok: Token) -> Token:
    """The verb of the clause a word stands in (the word itself if it is one; the root at
    most)."""
    t = tok
    while t.pos_ not in ("VERB", "AUX") and t.head != t:
        t = t.head
    return t


_UNIT_NOUNS = frozenset("unit arm subsidiary division affiliate branch".split())
_OWNING_VERBS = frozenset("back own control fund finance acquire".split())
# a defined term in brackets after a name: '("Nuvem Tupi" or "the Company")', '(hereinafter
# the "Company")', '("Presight" or "the Group"; ADX: PRESIGHT)'
_TERMS = frozenset(
    """Company Group Bank Fund Issuer Applicant Contractor Borrower Beneficiary JV
    Partnership Operator Supplier Recipient Grantee Consortium""".split()
)
_ISSUER_TERMS = frozenset("Company Group Issuer".split())
_LETTERHEAD_MAX_WORDS = 16
# a filing form's field that names its issuer ("Company name: X", "Name of listed company: X")
_ISSUER_FIELD = re.compile(
    r"^(?:Company name|Name of (?:the )?(?:listed )?(?:company|issuer|entity)|Issuer)[ \t]*:[ \t]*",
    re.M | re.I,
)
_LETTERHEAD_MAX_LINES = 3
_FINITE_TAGS = frozenset("VBZ VBD VBP MD".split())
_BETWEEN_NAME_AND_TERM = " \"”’'"  # what may stand between a name and its defined term
_DEFINED_TERM = re.compile(
    r"\((?:[^()]{0,60}?\b(?:or|and|hereinafter)\s+)?(?:[\"“]the |the [\"“])("
    + "|".join(["JV Company", *_TERMS])
    + r")[\"”](?:(?:[;,]|\s+(?:or|and)\b)[^()]{0,60})?\)"  # ('(... "the Company" or "Hengxin")')
)
# '(..., hereinafter "the Authority")': a term in a bracket after the name it stands for
_HEREINAFTER = re.compile(
    r"\bhereinafter\s+(?:referred to as\s+)?(?:[\"“]the |the [\"“])([A-Z][a-z]+)[\"”][^()]{0,60}\)"
)
# '(the Government)', unquoted: a word of the name right before the bracket
_BRACKETED_TERM = re.compile(r"\(the ([A-Z][a-z]+)\)")
# a definitions clause: '"the Ministry" means the Ministry of ...', '"Authority" means the
# ...' (the term's one word, its name right after "means" and an article)
_MEANS_TERM = re.compile(
    r"[\"“](?:the )?([A-Z][a-z]+)[\"”] (?:means|shall mean|refers to) (?:the )?"
)
_STATE_CUES = re.compile(
    r"\b(?:state-owned|state|sovereign|government-owned|government's|state's|public)\b"
)
# "the regional research agency ARDITI", "CDTI, the innovation agency of the Spanish
# Ministry of Science": an agency of a region, a nation or a ministry
_PUBLIC_AGENCY = re.compile(
    r"\b(?:regional|national|federal|provincial|municipal)\b(?: [a-z-]+){0,2} "
    r"(?:agency|authority)\b|\b(?:agency|authority) of (?:the )?(?:\S+ )?(?:ministry|government)"
)
# "GIZ, Germany's development agency": a country's own body
_A_COUNTRYS_BODY = re.compile(
    r"^(?:the )?\S+(?: \S+)? ?['’]s (?:[a-z-]+ ){0,3}(?:agency|ministry|regulator)\b"
)


def _whole_definition(m: Mention) -> bool:
    """'"the Agency" means IDA Ireland;': the name is all the definition says (its clause ends
    with it, or a description follows after a comma), so it is what the term stands for."""
    doc = m.span.doc
    after = doc[m.span.end] if m.span.end < len(doc) else None
    return after is None or after.text in (";", ",", ".") or "\n" in m.span[-1].whitespace_


def _described_as_state(span: Span) -> bool:
    """'the state-owned Slovak Investment Holding', 'DHI, the sovereign wealth fund', 'Malta
    Enterprise, the state's economic development agency': a body the text says the state
    owns."""
    doc = span.doc
    before = doc[max(span.start - 3, 0) : span.start].text.lower()
    after = ""
    end = span.end
    if end + 3 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        end += 3  # "the Karnataka Innovation and Technology Society (KITS), the state's agency"
    if end + 1 < len(doc) and doc[end].text in (",", "("):
        words = []
        for t in doc[end + 1 : end + 8]:
            if t.is_punct and t.text not in ("-", "'"):
                break
            words.append(t.text_with_ws)
        after = "".join(words).lower()
    if _A_COUNTRYS_BODY.match(after):
        # ("the" and a name of two words at most before the "'s")
        owner = next((t.nbor(-1) for t in doc[end + 1 : end + 5] if t.text in ("'s", "’s")), None)
        if owner is not None and owner.ent_type_ == "GPE":
            return True
    cues = (_STATE_CUES, _PUBLIC_AGENCY)
    return any(cue.search(before) or cue.search(after) for cue in cues)


def _is_project(entity: ResolvedEntity, described: set[str]) -> bool:
    """Whether the name or the words the text describes it with make it an undertaking."""
    words = {w.lower() for form in (entity.name, *entity.aliases) for w in form.split()}
    return bool((words | described) & PROJECT_NOUNS)


def _described_as(span: Span) -> set[str]:
    """The nouns the text describes a name with: 'SLAIF, the Slovenian AI Factory' (factory),
    'the Czech proposal, CZAI' (proposal), 'the facility, called BRAIN++' (facility)."""
    root = span.root
    nouns = {word(c) for c in root.children if c.dep_ == "appos"}
    if root.dep_ == "appos":
        nouns.add(word(root.head))
    verb = root.head.head if root.head.lower_ == "as" else root.head  # "known as X"
    if verb.lower_ in NAMING_WORDS and verb.head.pos_ in ("NOUN", "PROPN"):
        nouns.add(word(verb.head))
    doc = span.doc
    i = span.end  # "X, a Baghdad-based start-up": read off the words, however parsed
    if i + 1 < len(doc) and doc[i].text == ",":
        for t in doc[i + 1 : i + 9]:
            clause = t.tag_ in ("WDT", "WP") or t.pos_ in ("ADP", "AUX", "SCONJ")
            acts = t.pos_ == "VERB" and t.lower_ not in BASED_WORDS
            if (t.is_punct and t.text not in ("-", "–")) or clause or acts:
                break  # the apposition's own words only
            if t.pos_ == "NOUN":
                nouns.add(word(t))
    j = span.start - 1  # "a joint venture, Padma Cloud,", "a joint venture called X"
    while j >= 0 and (doc[j].text == "," or doc[j].lower_ in NAMING_WORDS or doc[j].is_quote):
        j -= 1
    if j >= 0 and j < span.start - 1 and doc[j].pos_ == "NOUN":
        nouns.add(word(doc[j]))
    return nouns


def _head_words(entity: ResolvedEntity) -> set[str]:
    """The words a definite noun may name the entity by: 'University of Tartu' -> university,
    tartu; 'Institute for Computer Science, ...' (INSAIT) -> institute."""
    heads = set()
    for form in (entity.name, *entity.aliases):
        words = re.split(r" (?:of|for) ", form)[0].split()
        heads |= {form.split()[-1].lower(), words[-1].lower(), words[0].lower()}
    return heads


def _definite(tok: Token) -> bool:
    return any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "this") for c in tok.children
    )
