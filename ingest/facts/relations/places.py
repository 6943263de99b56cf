"""HEADQUARTERED_IN and OPERATES_IN: where a firm or organisation is from, and where it builds or
runs data centres.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Span, Token

from ingest.components.descriptions import NAMING_WORDS
from ingest.facts.context import DocContext, Fact, Sentence, clause_verb
from ingest.facts.relations.common import BUSINESSES, is_hardware_maker, relation_fact
from ingest.facts.tree import (
    appositions,
    children,
    conjuncts,
    listed_after,
    negated,
    np_entities,
    prep_objects,
    subject_of,
)
from ingest.lexicon import (
    ACTOR_NOUNS,
    BASED_WORDS,
    FACILITY_NOUNS,
    FIRM_NOUNS,
    HOME_SUFFIXES,
    NAME_HEADS,
    OPERATE_VERBS,
    ORG_NOUNS,
    PARTNER_NOUNS,
    UNIT_NOUNS,
    based_suffix_at,
    word,
)
from ingest.mentions import Mention
from ingest.readers.boilerplate import is_table_row

# places inside a country: they say where only as "X-based", "a Hanoi firm", "X's Y"
_LOCAL_PLACES = ("City", "State")
# Nouns for a firm or body ("a Korean AI start-up", "Ireland's centre for applied AI").
_DESCRIBING_NOUNS = ACTOR_NOUNS | ORG_NOUNS | {"partner"}  # a noun before the name
_BODY_NOUNS = ACTOR_NOUNS | ORG_NOUNS | UNIT_NOUNS  # ("EcoCloud, a Kenyan subsidiary")
_MINISTRY_HEADS = frozenset(
    w for w, kind in NAME_HEADS.items() if kind == "Government" and w != "Government"
)
# nouns for the one who runs facilities ("the operator of three data centres in Lithuania")
_RUNNER_NOUNS = frozenset("operator owner provider".split())


def headquartered(ctx: DocContext, sent: Sentence) -> list[Fact]:
    out: list[Fact] = _office_field(ctx, sent)
    if is_table_row(sent.text):
        # a table row's parse is too loose to read, its cells' brackets are not: "1 |
        # Agence France-Presse (France) | ..."
        return out + [
            relation_fact("HEADQUARTERED_IN", m.entity, ctx.country_entity(iso3), sent, 0.8)
            for m in sent.mentions if ctx.type_of(m.entity) in BUSINESSES
            for iso3 in _place_in_brackets(m, sent)
        ]  # fmt: skip
    if _headline(sent):
        return out  # a title-case headline's parse is too loose to read
    for m in sent.mentions:
        if ctx.type_of(m.entity) not in BUSINESSES:
            continue
        # a country in the name counts only where the text names that country as an actor
        in_name = [c for c in _home_in_name(m, sent) if ctx.has_country(c)]
        countries = (
            in_name
            or _place_in_brackets(m, sent)
            or _home_from_description(ctx, m, sent)
            or _based_after(ctx, m, sent)
            or _the_countrys(ctx, m, sent)
            or _described_just_before(ctx, m, sent)
            or _a_countrys_description_before(ctx, m, sent)
            or _listed_under(m, sent)
            or _listed_after_the_countrys(ctx, m, sent)
            or _body_in_place(ctx, m, sent)
            or _of_country(m, sent)
        )
        for iso3 in dict.fromkeys(countries):
            out.append(
                relation_fact("HEADQUARTERED_IN", m.entity, ctx.country_entity(iso3), sent, 0.8)
            )
    return out + _home_of_referent(ctx, sent) + _headquartered_in(ctx, sent)


def _headquartered_in(ctx: DocContext, sent: Sentence) -> list[Fact]:
    """'X, which is headquartered in the Netherlands', 'X is a company headquartered in
    Riyadh, Saudi Arabia', 'X, based in Nairobi': the firm or body the participle describes
    (itself, the relative clause's head, or the subject a copula describes with it)."""
    out = _registered_office(ctx, sent)
    for based in (t for t in sent.tokens if _home_participle(t)):
        # ("headquartered here in Yerevan": the 'in' hung on 'here')
        heres = [h for h in children(based, ("advmod",)) if h.lower_ in ("here", "there")]
        where = [p for t in (based, *heres) for o in prep_objects(t, ("in",))
                 for p in sent.places_in(_place_phrase(o))]  # fmt: skip
        if not where or where[0].span.label_ == "Demonym":
            continue
        # ("incorporated and domiciled in Singapore": the first participle describes)
        while based.dep_ == "conj" and _home_participle(based.head):
            based = based.head
        described = based.head
        doc = based.doc
        comma = based.left_edge.i - 1
        if based.dep_ == "relcl" and comma > 0 and doc[comma].text == ",":
            # "Bosch and Infineon, ..., and NXP, which is based in Eindhoven": the name just
            # before the clause, wherever the parser hung it
            described = doc[comma - 1] if sent.mention_of(doc[comma - 1]) else described
        if based.dep_ == "relcl" or described.dep_ in ("attr", "appos"):
            # "X, which is headquartered in", "X is a company headquartered in"
            described = described.head if described.dep_ in ("attr", "appos") else described
        # "Singtel is headquartered in Singapore": the passive subject
        verbal = described.pos_ in ("AUX", "VERB")
        subjects_ = children(described, ("nsubj", "nsubjpass")) if verbal else []
        for t in subjects_ or [described]:
            firm = ctx.refers_to(t, sent)
            if firm is not None and ctx.type_of(firm) in BUSINESSES:
                country = ctx.country_entity(where[0].country)
                out.append(relation_fact("HEADQUARTERED_IN", firm, country, sent, 0.8))
    return out


# a company's legal home: "a company incorporated in the United States", "Meridiana Cloud
# SpA, established in Milan (Italy)", "incorporated and domiciled in Singapore"
_REGISTERED_WORDS = frozenset("incorporated domiciled established registered".split())


def _home_participle(tok: Token) -> bool:
    """'based', 'headquartered'; or a participle of registration describing a name (not
    'X established a lab in Paris')."""
    if tok.pos_ != "VERB":
        return False
    if tok.lower_ in BASED_WORDS:
        return True
    # (a reduced relative the tagger may read as a past tense: "a company incorporated and
    # domiciled in Singapore")
    return tok.lower_ in _REGISTERED_WORDS and not children(tok, ("dobj", "nsubj"))


# a form's field for where the firm above it is registered ("Registered office: Munich, Germany")
_OFFICE_FIELD = re.compile(
    r"^(?:registered office|head office|headquarters|seat|domicile)[ \t]*:", re.M | re.I
)


def _office_field(ctx: DocContext, sent: Sentence) -> list[Fact]:
    """A form's line 'Registered office: Munich, Germany' under the firm's own line."""
    out = []
    text = sent.text
    for field in _OFFICE_FIELD.finditer(text):
        newline = text.find("\n", field.end())
        line_end = newline if newline >= 0 else len(text)
        line = [t for t in sent.span if field.end() <= t.idx - sent.span.start_char < line_end]
        places = sent.places_in(line)
        if not line and sent.index + 1 < len(ctx.sentences):
            # (the parser may end the sentence at the label's colon: the next one's first line)
            after = ctx.sentences[sent.index + 1]
            first_line = after.text.split("\n")[0]
            places = after.places_in(
                [t for t in after.span if t.idx - after.span.start_char < len(first_line)]
            )
        start = sent.offset + sent.span.start_char + field.start()
        firm = ctx.last_entity_before(start, {"Firm", "Organization"})
        if places and places[-1].span.label_ != "Demonym" and firm is not None:
            country = ctx.country_entity(places[-1].country)
            out.append(relation_fact("HEADQUARTERED_IN", firm, country, sent, 0.7))
    return out


def _registered_office(ctx: DocContext, sent: Sentence) -> list[Fact]:
    """'X, with its registered office in Frankfurt am Main, Germany', 'The registered office
    of the Group is established in Paris': whose office it is."""
    out = []
    for office in (t for t in sent.tokens if t.lemma_ == "office" and t.pos_ == "NOUN"):
        if not any(c.lower_ in ("registered", "head") for c in children(office, ("amod",))):
            continue
        here = prep_objects(office, ("in",))
        if office.dep_ in ("nsubj", "nsubjpass"):  # "The registered office ... is in Paris"
            here += prep_objects(office.head, ("in",))
        where = [p for o in here for p in sent.places_in(_place_phrase(o))]
        if not where or where[0].span.label_ == "Demonym":
            continue
        holders = [*children(office, ("poss",)), *prep_objects(office, ("of",))]
        if (
            office.dep_ == "pobj"
            and office.head.lower_ == "with"
            and not prep_objects(office, ("of",))
        ):
            holders = [office.head.head]  # "X, with its registered office in ...": X
            # ("The Management Board of X with its registered office in ...": X)
            holders += prep_objects(holders[0], ("of",))
        for h in holders:
            firm = ctx.refers_to(h, sent)
            if firm is not None and ctx.type_of(firm) in BUSINESSES:
                country = ctx.country_entity(where[0].country)
                out.append(relation_fact("HEADQUARTERED_IN", firm, country, sent, 0.8))
    return out


def _body_in_place(ctx: DocContext, m: Mention, sent: Sentence) -> list[str]:
    """'the CYENS Centre of Excellence in Nicosia', 'INSAT in Tunis', 'Athena Research Center
    in Greece': a university or institute the text places by name is at home there (not a
    firm, whose 'in' is as often a market, nor a body the reference already places)."""
    if ctx.type_of(m.entity) != "Organization":
        return []
    known = ctx.reference.get(ctx.entities[m.entity].key)
    doc = m.span.doc
    i = m.span.end
    if i < len(doc) and doc[i].text == "(":  # "(INSAT) in Tunis"
        i = next((t.i + 1 for t in doc[i : i + 6] if t.text == ")"), i)
    if i >= len(doc) or doc[i].lower_ != "in":
        return []
    found = [p.country for p in sent.places if p.span.start == i + 1 and p.span.label_ != "Demonym"]
    return [c for c in found if known is None or known.country == c]


def _place_in_brackets(m: Mention, sent: Sentence) -> list[str]:
    """'Nakamal AI (Port Vila, Vanuatu)', 'Sakura Internet Inc. (Osaka)': a list's or a
    filing's bracket holding only where the firm or body is (or first, before a semicolon)."""
    doc = m.span.doc
    opener = m.span.end
    if opener >= sent.span.end or doc[opener].text != "(":
        return []
    closer = next((t.i for t in doc[opener + 1 : sent.span.end] if t.text == ")"), None)
    if closer is None or closer == opener + 1:
        return []
    if closer + 1 < len(doc) and doc[closer + 1].text[:1].isupper():
        return []  # "Alibaba Cloud (Thailand) Co., Ltd.": the bracket is inside a name
    # ("Indra Sistemas, S.A. (Alcobendas, Spain; 70% share)": the place before a semicolon)
    closer = next((t.i for t in doc[opener + 1 : closer] if t.text == ";"), closer)
    places = [p for p in sent.places if opener < p.span.start and p.span.end <= closer]
    covered = {i for p in places for i in range(p.span.start, p.span.end)}
    # (a town the reference lacks may come before the country: "(Alcobendas, Spain)")
    country_at = places[-1].span.start if places else opener
    rest = [
        t for t in doc[opener + 1 : closer]
        if t.i not in covered and t.text != "," and not (t.is_title and t.i < country_at)
    ]  # fmt: skip
    if rest or not places or places[-1].span.label_ == "Demonym":
        return []
    return [places[-1].country]


def _of_country(m: Mention, sent: Sentence) -> list[str]:
    """'Mistral AI of France', 'Khazna Data Centers of the United Arab Emirates': a firm's
    name, then 'of' and a country ('Powerchip (PSMC) of Taiwan': its acronym between)."""
    doc = m.span.doc
    i = m.span.end
    if i + 3 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 3
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return []
    start = i + 2 if doc[i + 1].lower_ == "the" else i + 1
    places = [p for p in sent.places if p.span.start == start]
    # (a country's ministry is no place: "the IndiaAI Mission of the Ministry of ...")
    return [
        p.country for p in places
        if p.span.label_ not in (*_LOCAL_PLACES, "Demonym")
        and p.span[0].text not in _MINISTRY_HEADS
    ]  # fmt: skip


def _home_of_referent(ctx: DocContext, sent: Sentence) -> list[Fact]:
    """'the US company's programme', 'the French start-up said': a definite firm noun with a
    country before it says where the firm it stands for is from."""
    out = []
    for tok in sent.tokens:
        if word(tok) not in FIRM_NOUNS or sent.mention_of(tok) is not None:
            continue
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else tok
        if tok.dep_ in ("compound", "appos") or sent.mention_of(after) is not None:
            continue  # "the Moroccan company Nexus Core Systems" names the firm it describes
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        named = [sent.mention_of(c) for c in tok.children if c.dep_ == "compound"]
        if any(m is not None and ctx.type_of(m.entity) in BUSINESSES for m in named):
            continue  # "the UAE-based G42 group" names its firm
        modifiers = [
            t for c in tok.children if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree
        ]  # "the Netherlands-based company": the place inside "-based"
        places = [
            p for p in sent.places_in(modifiers)
            if p.span.label_ not in _LOCAL_PLACES or based_suffix_at(sent.span.doc, p.span.end)
        ]  # fmt: skip
        firm = ctx.refers_to(tok, sent) if places else None
        home = places[0].country if places else None
        if firm is not None and home is not None and ctx.home_of(firm) not in (None, home):
            # "signed with OpenAI, under which the Korean chipmaker would supply the U.S.
            # firm": not the text's Korean firm; the US one named last
            firm = ctx.last_from(home, sent.offset + tok.idx, BUSINESSES)
        if firm is not None and ctx.type_of(firm) in BUSINESSES:
            country = ctx.country_entity(places[0].country)
            out.append(relation_fact("HEADQUARTERED_IN", firm, country, sent, 0.7))
    return out


def _based_after(ctx: DocContext, m: Mention, sent: Sentence) -> list[str]:
    """'X, a Nairobi-based non-profit', 'X (TII), an Abu Dhabi-based centre': read off the
    words right after the name when the parse does not link them."""
    doc = m.span.doc
    i = m.span.end
    if i < len(doc) and doc[i].text == "(":
        # (its acronym, or a filing's defined terms: '("TDI" or "the Company")')
        i = next((t.i + 1 for t in doc[i : i + 14] if t.text == ")"), i)
    if i >= len(doc) or doc[i].text not in (",", "–", "—"):
        return []
    window = _description_after(doc[i + 1 : i + 8], sent, ctx)
    if len(window) and window[0].pos_ == "PROPN" and not sent.places_in([window[0]]):
        return []  # "between Microsoft, Start Campus and X": the next item of a list
    for p in sent.places:
        if not window.start <= p.span.start < window.end:
            continue
        if based_suffix_at(sent.span.doc, p.span.end):
            return [p.country]
        # "X, a Brazilian start-up", "X, a Korean AI start-up": a demonym on the noun; "X,
        # the Bengaluru start-up", "Mila, the Montreal AI institute": a city, where the text
        # names its country
        after = doc[p.span.end : p.span.end + 4]
        city = p.span.label_ in _LOCAL_PLACES and ctx.has_country(p.country)
        if (p.span.label_ == "Demonym" or city) and any(word(t) in _BODY_NOUNS for t in after):
            return [p.country]
        # "X, France's public investment bank": a country's, then the actor noun
        # ("X, Ireland's centre for applied AI")
        owned = after[:1].text in ("'s", "’s")
        # (within the description: "Vodafone Group, Japan's Sumitomo" is Sumitomo's)
        described = doc[p.span.end + 1 : min(p.span.end + 5, window.end)]
        if owned and any(word(t) in _BODY_NOUNS for t in described):
            return [p.country]
        # "X (TII), a government research centre in Abu Dhabi": the described body's place
        before = doc[i + 1 : p.span.start]
        before = before[:-1] if before[-1:].text.lower() == "the" else before
        # ("MGX, an AI investment firm from the United Arab Emirates")
        if before[-1:].text in ("in", "from") and any(word(t) in ACTOR_NOUNS for t in before):
            return [p.country]
    return []


def _described_just_before(ctx: DocContext, m: Mention, sent: Sentence) -> list[str]:
    """'US chipmaker Nvidia', 'Swedish cloud company Evroc', 'French group Eviden': a country
    or demonym, then common nouns ending in an actor noun, right before the name (read off
    the words, since a long sentence's parse often links them elsewhere)."""
    doc = m.span.doc
    i = m.span.start - 1
    start = _list_start(m, sent)
    if start - 2 >= sent.span.start and doc[start - 1].text in ("-", "–", ":"):
        start -= 1  # "Japan's megabanks - MUFG, SMBC and Mizuho"
    plural = start > 0 and (doc[start - 1].tag_ == "NNS" or doc[start - 1].lower_.endswith("s"))
    if plural:
        i = start - 1  # "US developers OpenAI and Anthropic": a plural describes all
    if i < 0 or word(doc[i]) not in ACTOR_NOUNS:
        return []
    while (
        i > sent.span.start
        and i > m.span.start - 5
        and (
            doc[i - 1].is_lower or doc[i - 1].text in ("-", "–") or _acronym_word(doc[i - 1], sent)
        )
    ):
        i -= 1  # "British AI cloud provider Nscale"
    for p in sent.places:
        # "Abu Dhabi AI group G42": a city says the country where the text names that country
        local = p.span.label_ in _LOCAL_PLACES and not ctx.has_country(p.country)
        if p.span.end == i and not local:
            return [p.country]
    return []


def _a_countrys_description_before(ctx: DocContext, m: Mention, sent: Sentence) -> list[str]:
    """'Germany's national standards body, DIN', 'France's largest operator, Orange': a
    country's possessive, lower-case words ending in a body noun, a comma, then the name."""
    doc = m.span.doc
    comma = m.span.start - 1
    if comma - 3 < sent.span.start or doc[comma].text != ",":
        return []
    if word(doc[comma - 1]) not in _BODY_NOUNS:
        return []
    i = comma - 1
    while (
        i > sent.span.start and i > comma - 6 and doc[i - 1].is_lower and doc[i - 1].tag_ != "POS"
    ):
        i -= 1
    if i - 2 < sent.span.start or doc[i - 1].tag_ != "POS":
        return []
    owner = sent.mention_of(doc[i - 2])
    country = ctx.entities[owner.entity] if owner is not None else None
    if country is None or not country.key.startswith("country:") or not country.iso3:
        return []
    return [country.iso3]


def _list_start(m: Mention, sent: Sentence) -> int:
    """Where the list of names a mention ends stands begins ("NTT, KDDI and Sony": NTT),
    read off the words (the parse of a list of names varies)."""
    doc = m.span.doc
    start = m.span.start
    while start - 2 >= sent.span.start and doc[start - 1].lower_ in (",", "and", "-", "–"):
        before = sent.mention_of(doc[start - 2])
        if before is None:
            break
        start = before.span.start
    return start


_OTHERS_PREPS = frozenset("between among with for by to".split())
_OWNED_NOUNS = UNIT_NOUNS | {"venture"}  # "the local arm of X", "a joint venture of A and B"


def _description_after(window: Span, sent: Sentence, ctx: DocContext) -> Span:
    """The words describing a name, up to a verb or another firm's or body's name: in
    "Teraco, owned by US-based Digital Realty", "US-based" describes Digital Realty; in
    "Naver, Nvidia and the Moroccan company X", "Moroccan" describes X."""
    for t in window:
        # "the local arm of French operator Orange", "a joint venture between British company
        # A and B": what a preposition's object says describes that object
        of_others = t.lower_ in _OTHERS_PREPS or (
            t.lower_ == "of" and word(t.doc[t.i - 1]) in _OWNED_NOUNS
        )
        if of_others and t.i > window.start:
            return window.doc[window.start : t.i]
        other = sent.mention_of(t)
        named = other is not None and ctx.type_of(other.entity) != "Government"
        if named or (t.pos_ in ("VERB", "AUX") and t.lower_ not in BASED_WORDS):
            return window.doc[window.start : t.i]
    return window


def _the_countrys(ctx: DocContext, m: Mention, sent: Sentence) -> list[str]:
    """'Kyivstar, the country's largest mobile operator' (or the description first), 'X, the
    State's funding agency', 'X, the state-owned operator': the country the text is about."""
    if ctx.main_country is None or not (_the_countrys_before(m) or _the_countrys_after(m)):
        return []
    # ("The government of Kazakhstan has allocated ... to Kazakhtelecom, the national
    # operator" in a roundup of many countries: the country the sentence itself names)
    # (not another's home: "Core42, ... of the UAE-based G42 group, ..., while Kazakhtelecom,
    # the national telecom operator")
    named = [
        x.entity for x in sent.mentions
        if x.start < m.start and ctx.entities[x.entity].key.startswith("country:")
        and not based_suffix_at(x.span.doc, x.span.end)
    ]  # fmt: skip
    iso3 = ctx.entities[named[-1] if named else ctx.main_country].iso3
    return [iso3] if iso3 else []


# what a text calls the country it is about: "the country's", "the Kingdom's largest operator"
_COUNTRY_WORDS = frozenset("country nation kingdom sultanate emirate republic".split())


def _the_countrys_after(m: Mention) -> bool:
    """'Kyivstar, the country's largest mobile operator', 'X, the state-owned operator',
    'Sonatrach, the national oil and gas company'."""
    doc = m.span.doc
    i = m.span.end
    words = [t.lower_ for t in doc[i : i + 6]]
    if words[:1] != [","]:
        return False
    if words[1:3] == ["one", "of"]:
        i += 2  # "Kapitalbank, one of the country's largest private lenders"
        words = [t.lower_ for t in doc[i : i + 6]]
    state_owned = any(
        w in ("state", "government") and n == "-" for w, n in itertools.pairwise(words)
    )
    the_country = (
        words[1:2] == ["the"] and len(words) > 2 and words[2] in _COUNTRY_WORDS | {"state"}
    )
    national = words[1:3] == ["the", "national"]  # "Sonatrach, the national oil company"
    description = doc[i + 2 : i + 10]
    # (a business: "the national research institute" is the writers' no home)
    national = national and any(word(t) in FIRM_NOUNS for t in description)
    return (the_country or state_owned or national) and any(
        word(t) in _BODY_NOUNS for t in description
    )


def _the_countrys_before(m: Mention) -> bool:
    """'the country's largest mobile operator, Kyivstar': the description first."""
    doc = m.span.doc
    comma = m.span.start - 1
    if comma < 4 or doc[comma].text != "," or word(doc[comma - 1]) not in _BODY_NOUNS:
        return False
    before = [t.lower_ for t in doc[max(comma - 8, 0) : comma]]
    return any(
        a == "the" and b in _COUNTRY_WORDS and c == "'s"
        for a, b, c in zip(before, before[1:], before[2:], strict=False)
    )


def _listed_after_the_countrys(ctx: DocContext, m: Mention, sent: Sentence) -> list[str]:
    """'the Philippines' two biggest telcos, PLDT Inc. and Globe Telecom', 'South Korea's two
    memory champions ...: SK Hynix ... and Samsung': the bodies listed after a plural a
    country owns."""
    for noun in sent.tokens:
        if noun.tag_ != "NNS" or word(noun) not in _BODY_NOUNS or noun.i >= m.span.start:
            continue
        owners = children(noun, ("poss",))
        places = [p for o in owners for p in sent.places_in([o]) if p.span.label_ == "Government"]
        country = [p.country for p in places]
        if not country and any(o.lower_ in ("country", "nation") for o in owners):
            main = ctx.main_country
            country = [iso3] if main is not None and (iso3 := ctx.entities[main].iso3) else []
        if country and m.entity in listed_after(ctx, sent, noun):
            return country
    return []


def _listed_under(m: Mention, sent: Sentence) -> list[str]:
    """'US-based providers such as OpenAI and Google', 'Chinese firms including X': a list
    under a plural noun that says where its members are from."""
    first = m.span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    prep = first.head
    if first.dep_ != "pobj" or prep.lower_ not in ("as", "including", "like"):
        return []
    noun = prep.head
    if noun.tag_ != "NNS" or word(noun) not in ACTOR_NOUNS:
        return []
    described = [t for c in noun.lefts for t in c.subtree]
    return [
        p.country
        for p in sent.places_in(described)
        if p.span.label_ not in _LOCAL_PLACES or based_suffix_at(sent.span.doc, p.span.end)
    ][:1]


def _acronym_word(tok: Token, sent: Sentence) -> bool:
    """'AI', 'IT': a short capitalised common word, not a place ('US')."""
    return tok.is_upper and len(tok) <= 3 and not sent.places_in([tok])


def _home_in_name(m: Mention, sent: Sentence) -> list[str]:
    """'Danish Center for AI Innovation', 'Technical University of Denmark', 'National
    Supercomputing Centre Singapore' (not 'BDx Indonesia': a firm's local company is not said
    to be from there)."""
    span = m.span
    out = []
    for p in sent.places:
        if not (span.start <= p.span.start and p.span.end <= span.end):
            continue
        first = p.span.start == span.start
        last = p.span.end == span.end and p.span.start > span.start
        after_of = last and span.doc[p.span.start - 1].lower_ == "of"
        body = last and m.type == "Organization"
        if (first or after_of or body) and p.span.label_ not in _LOCAL_PLACES:
            out.append(p.country)
    return out


_HOME_WORDS = frozenset("domestic homegrown home-grown".split())


def _home_from_description(ctx: DocContext, m: Mention, sent: Sentence) -> list[str]:
    """'US chipmaker Nvidia', 'Vietnam's largest conglomerate, Vingroup', 'X, a Hanoi-based
    firm', 'X, headquartered in Paris'."""
    root = m.span.root
    nouns = [root]
    if word(root.head) in ACTOR_NOUNS and root.dep_ in ("appos", "compound", "nmod"):
        nouns.append(root.head)
    # (a name is another list item: "Peru's X University (PUCP), Uruguay's National Agency")
    # ("MGX, French state investment bank Bpifrance, ...": a noun right before another name
    # describes that one)
    starts = {o.span.start for o in sent.mentions}
    nouns += [
        c
        for c in appositions(root)
        if word(c) in ACTOR_NOUNS and c.pos_ != "PROPN" and c.i + 1 not in starts
    ]
    # "Sfax-based IT services group Medina Systems": the describing noun before the name
    # ("its Kenyan partner EcoCloud", not "Thailand's first Nvidia cloud partner")
    nouns += [c for c in root.lefts if c.dep_ == "compound" and word(c) in _DESCRIBING_NOUNS]
    if root.dep_ == "appos" and word(root.head) in ACTOR_NOUNS:
        nouns.append(root.head)
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":  # "Humain is a Saudi firm"
        nouns += [a for a in children(root.head, ("attr",)) if word(a) in ACTOR_NOUNS]
    # "Lunit, which is a Korean medical AI company"
    nouns += [a for r in children(root, ("relcl",)) if r.lemma_ == "be"
              for a in children(r, ("attr",)) if word(a) in ACTOR_NOUNS]  # fmt: skip
    # "British start-up Nscale and Norwegian investor Aker": what comes before another name
    # describes that one, however the parser hung it
    names = [o for o in sent.mentions if ctx.type_of(o.entity) != "Government"]
    barrier = max((o.span.end for o in names if o.span.end <= m.span.start), default=0)
    out: list[str] = []
    for noun in nouns:
        # the noun's own modifiers ("US chipmaker", "Vietnam's largest conglomerate") and
        # what an "-based" modifier holds ("a Hanoi-based company")
        direct = [
            c for c in noun.lefts if c.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod")
        ]
        left = direct + [t for c in direct if c.lower_ in HOME_SUFFIXES for t in c.subtree]
        # "Abu Dhabi technology investor MGX": the place modifies the noun's modifier
        left += [
            t
            for c in direct
            if c.dep_ == "compound" and c.pos_ == "NOUN"
            for t in c.lefts
            if t.i < m.span.start
        ]
        if noun == root:  # "Italy's CDP Venture Capital": the possessive may hang on any word
            left += [c for t in m.span for c in t.children if c.dep_ == "poss"]
        left = [t for t in left if not m.span.start <= t.i < m.span.end]  # the name's own words
        left = [t for t in left if t.i >= barrier]
        main = ctx.main_country
        said = [t for c in noun.lefts for t in c.subtree]  # ("a domestic AI chip start-up")
        if main is not None and any(t.lower_ in _HOME_WORDS for t in said):
            # "Rebellions, a domestic AI chip start-up": of the country the text is about
            out += [c for c in [ctx.entities[main].iso3] if c]
        for p in sent.places_in(left):
            based = based_suffix_at(sent.span.doc, p.span.end)
            after = p.span.doc[p.span.end] if p.span.end < len(p.span.doc) else None
            # "a Hanoi-based firm", "Heidelberg start-up X": a city says where only so
            # ("Abu Dhabi technology investor MGX", "a Hanoi AI start-up")
            city_of_actor = after is not None and any(
                word(t) in ACTOR_NOUNS for t in after.doc[after.i : after.i + 3]
            )
            # "Riyadh's STV": a city's possessive before the name says where it is from
            owned = p.span.end < len(p.span.doc) and p.span.doc[p.span.end].tag_ == "POS"
            if p.span.label_ in _LOCAL_PLACES and not (based or city_of_actor or owned):
                continue
            out.append(p.country)
        # "Samruk-Kazyna, the sovereign wealth fund of Kazakhstan": a describing noun's country
        # (the apposition right after the name; the place the whole object: not "Latin America")
        if noun != root and 0 < noun.left_edge.i - m.span.end <= 4:
            of = [
                p
                for o in prep_objects(noun, ("of",))
                for p in sent.places_in([o])
                if p.span.start - o.left_edge.i == (o.left_edge.lower_ == "the")
            ]
            out += [p.country for p in of if p.span.label_ not in (*_LOCAL_PLACES, "Demonym")]
        # "the group founded by X and headquartered in the United Kingdom": each participle
        for verb in (v for a in children(noun, ("acl",)) for v in conjuncts(a)):
            if verb.lemma_ in ("base", "headquarter", "headquartered", "found", "register"):
                for obj in prep_objects(verb, ("in",)):
                    out += [p.country for p in sent.places_in(_place_phrase(obj))]
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":  # "Rota Neural is Brazilian"
        said = [a for a in children(root.head, ("acomp",)) if a.i == root.head.i + 1]
        out += [p.country for p in sent.places_in(said) if p.span.label_ == "Demonym"]
    return out


def _place_phrase(obj: Token) -> list[Token]:
    """The words of 'in X' naming the place, not a clause about it ("based in the United
    States, which provides the hardware for a factory in South Africa")."""
    clauses = {t.i for c in obj.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    return [t for t in obj.subtree if t.i not in clauses]


def _headline(sent: Sentence) -> bool:
    words = [t for t in sent.tokens if t.is_alpha]
    return len(words) > 3 and sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)


def operates_in(ctx: DocContext, sent: Sentence) -> list[Fact]:
    out: list[Fact] = []
    if is_table_row(sent.text):
        return out  # "Woodlands | Micron | Singapore": cells, whose words no clause joins
    out += _operators_listed(ctx, sent)
    for tok in sent.tokens:
        operators: list[int] = []
        facility: Token | None = None
        jointly = False
        set_up = tok.lemma_ in _PHRASAL and _PHRASAL[tok.lemma_] in {
            c.lower_ for c in tok.children if c.dep_ == "prt"
        }  # "set up", "is rolling out data centres"
        spends = tok.lemma_ in _SPEND_VERBS and bool(sent.money)
        if tok.pos_ == "VERB" and (tok.lemma_ in OPERATE_VERBS or set_up or spends):
            if negated(tok):
                continue  # "Istat does not operate its own GPU cluster"
            objs = children(tok, ("dobj", "nsubjpass"))
            if not objs and tok.dep_ == "conj":
                objs = children(tok.head, ("nsubjpass",))
            if not objs:
                # "operates cloud data centers in Malaysia": the parser made a verb of the
                # object's first word, the object its own
                objs = [o for c in children(tok, ("ccomp", "xcomp")) if c.i == tok.i + 1
                        for o in children(c, ("dobj",))]  # fmt: skip
            if tok.dep_ == "relcl" or (tok.dep_ == "acl" and prep_objects(tok, ("by",))):
                objs.append(tok.head)  # "a data centre that X will build", "a site run by X"
            if tok.dep_ == "xcomp" and tok.head.dep_ == "relcl" and not objs:
                objs.append(tok.head.head)  # "the supercomputer it plans to build in France"
            if tok.lemma_ == "invest" or spends:
                # "invest R$14.7 billion in AI infrastructure in Brazil", "pledged EUR 10
                # billion for a supercomputer in France", "spending EUR 11 billion on a data
                # centre in Lübbenau"
                objs += prep_objects(tok, ("in", "into", "for", "on"))
            # "build 1.9 gigawatts of data-centre capacity": the facility is in the 'of'
            objs += [o for x in list(objs) for o in prep_objects(x, ("of",))]
            facility = next((c for o in objs for c in conjuncts(o) if _is_facility(c)), None)
            where = [w for t in (tok, *objs) for w in prep_objects(t, ("in",))]
            if facility is None and tok.lemma_ == "operate" and where:
                facility = tok  # "said it would operate the platform in France": it works there
            loose = facility is None and (spends or tok.lemma_ == "invest")
            if loose:
                # "pledged $2.9 billion to expand AI and cloud infrastructure in Japan",
                # "will spend $8 billion on cloud capacity in Japan": however it was parsed
                facility = _facility_spent_on(sent, tok)
            if facility is None:
                continue
            agents = prep_objects(tok, ("by",))
            agents += [
                o for t in tok.subtree
                if t.lower_ == "with" and t.dep_ == "prep" and t.head.lemma_ not in PARTNER_NOUNS
                for o in children(t, ("pobj",))
            ]  # fmt: skip
            # "to build and operate the supercomputer", "will design, build and operate data
            # centres": the first verb's subject acts
            active_conj = tok.dep_ == "conj" and bool(children(tok, ("dobj",)))
            acting = tok
            while active_conj and acting.dep_ == "conj" and not children(acting, ("nsubj",)):
                acting = acting.head
            passive_or_shared = children(tok, ("nsubjpass",)) or (tok.dep_ == "conj" and objs)
            if acting is not tok or not passive_or_shared:
                agents += children(acting, ("nsubj",))
                if acting.dep_ == "acl" and acting.tag_ == "VBG" and acting.head.pos_ == "NOUN":
                    # "Sakura Compute, a Tokyo operator building GPU clusters in Osaka": the
                    # one the noun describes
                    noun = acting.head
                    agents.append(noun.head if noun.dep_ == "appos" else noun)
                to = any(c.lower_ == "to" for c in acting.children)
                # ("a joint venture that will build and run a data centre in Sumgait")
                venture = acting.dep_ == "relcl" and acting.head.lemma_ == "venture"
                if ((acting.dep_ == "acl" and to) or venture) and acting.head.pos_ == "NOUN":
                    # "signed a letter of intent to build a data centre": who signed it;
                    # "formed a joint venture called X to build": X
                    agents += _named_object(acting.head, sent) or _signers(acting.head)
                    # ("agreed to form a joint venture to build and operate data centres in
                    # Qatar": each partner of the venture works there, a chipmaker too; "a
                    # venture with AMD that will build ...": not the chipmaker)
                    jointly = acting.head.lemma_ == "venture" and to
                if acting.dep_ == "relcl" and to and acting.head.like_num:
                    # "granted SoftBank Corp. ¥42.1 billion to build GPU clusters in Japan":
                    # who the money is given to builds
                    given = acting.head.head
                    agents += [n for o in children(given, ("dobj", "dative")) if o != acting.head
                               for n in _named_object(o, sent)]  # fmt: skip
                if acting.dep_ == "xcomp" or (acting.dep_ == "advcl" and to):
                    # "X plans to build"; "selected Nebius to build": the one selected builds
                    chosen = [
                        n
                        for o in children(acting.head, ("dobj", "dative"))
                        for n in _named_object(o, sent)
                    ]
                    agents += chosen or children(acting.head, ("nsubj",))
            agents += [x for a in agents for x in _all_of_which(a, acting)]
            for a in agents:
                # "with FPT" names a partner; "with Nvidia chips" names equipment
                operators += np_entities(a, sent, ctx, heads_only=a.dep_ == "pobj")
        elif tok.pos_ == "NOUN" and _is_facility(tok) and sent.mention_of(tok) is None:
            if tok.dep_ == "dobj" and negated(tok.head):
                continue  # "does not operate its own GPU cluster", "has no data centre"
            facility = tok
            # "X's data centre", "its campus"; a name compounded with the object of an
            # operating verb is a brand ("G42 operates the Khazna data centres")
            # ("The province hosts a Google data centre": the province runs no business)
            branded = (
                tok.dep_ == "dobj"
                and tok.head.lemma_ in OPERATE_VERBS
                and any(
                    ctx.type_of(e) in BUSINESSES
                    for s in children(tok.head, ("nsubj",))
                    for e in np_entities(s, sent, ctx)
                )
            )
            for c in children(tok, ("poss",) if branded else ("poss", "compound")):
                owner = ctx.refers_to(c, sent)  # "X's data centre", "its data centre"
                # ("an Nvidia GPU cluster": the maker of what is in it runs no facility)
                if owner is not None and not is_hardware_maker(ctx, owner):
                    operators.append(owner)
            operators += _owner_of_hosted(ctx, sent, tok) or _seller_from(ctx, sent, tok)
            placed = bool(sent.places_in(list(tok.subtree)))
            if not operators and tok.dep_ == "dobj" and tok.head.lemma_ in ("have", "own"):
                # "Ooredoo, which has data centres in Qatar, Kuwait and Oman": who has them
                having = subject_of(tok.head)
                held = ctx.refers_to(having, sent) if having is not None else None
                operators += [held] if held is not None and placed else []
            holder = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
            if not operators and placed and holder is not None and word(holder) in _RUNNER_NOUNS:
                # "X, the Vilnius-based operator of three data centres in Lithuania", "X is the
                # owner of data centres in Y": the one the noun describes
                described = holder.head if holder.dep_ == "appos" else holder
                if holder.dep_ == "attr":
                    described = subject_of(holder.head) or holder
                operators += np_entities(described, sent, ctx)
            if not operators and tok.dep_ == "pobj" and tok.head.lower_ == "with" and placed:
                # "will deploy GPUs on the continent, with sites in Egypt and Kenya": the
                # clause's subject has them
                having = subject_of(clause_verb(tok.head))
                operators += np_entities(having, sent, ctx) if having is not None else []
        if facility is None:
            continue
        operators = [o for o in dict.fromkeys(operators) if ctx.type_of(o) in BUSINESSES]
        if spends or set_up or tok.lemma_ == "invest":
            # a public body's or state fund's money or programme ("factories rolled out by
            # the EuroHPC JU", "QIA committed $150 million to X, building clusters in Osaka")
            # runs no facility of its own
            operators = [o for o in operators if not (ctx.is_public(o) or ctx.is_state_fund(o))]
        # "Deutsche Telekom and NVIDIA will build an AI cloud in Germany": the chipmaker
        # supplies the one who runs it
        runners = [o for o in operators if not is_hardware_maker(ctx, o)]
        operators = operators if jointly else runners or operators
        if not operators:
            continue
        countries, confidence = _location(ctx, sent, tok, facility)
        if facility.lower_ == "cloud" and confidence < 0.75:
            continue  # a cloud is a place of business only where the sentence places it
        for o in operators:
            for country in countries:
                out.append(relation_fact("OPERATES_IN", o, country, sent, confidence))
            for later in _to_follow(ctx, sent) if countries else []:
                out.append(relation_fact("OPERATES_IN", o, later, sent, 0.6))
    # (a university's, an institute's or an agency's sites: writers place a body where it is
    # based, and say a business operates where it runs its facilities; measured over the
    # evaluation sets, 7% of the OPERATES_IN facts said of a body were in the gold)
    return [f for f in out if (doer := f.args[0]) is not None and ctx.type_of(doer) == "Firm"]


def _operators_listed(ctx: DocContext, sent: Sentence) -> list[Fact]:
    """'Companies operating data centres in Johor include A, B and C', 'Operators with
    facilities in the state include A and B': each one the list names operates where the
    subject's own facilities are."""
    out: list[Fact] = []
    for verb in (t for t in sent.tokens if t.lemma_ == "include" and t.pos_ == "VERB"):
        subject = next(iter(children(verb, ("nsubj",))), None)
        if subject is None or word(subject) not in _OPERATOR_NOUNS:
            continue
        scope = list(subject.subtree)
        if not any(_is_facility(t) for t in scope):
            continue
        places = [p for p in sent.places_in(scope) if p.span.label_ != "Demonym"]
        where = places[0].country if places else None
        if where is None and any(t.lower_ == "state" for t in scope) and ctx.home_state:
            where = ctx.home_of(ctx.home_state)  # "facilities in the state": a state's own text
        if where is None:
            continue
        country = ctx.country_entity(where)
        listed = [e for o in children(verb, ("dobj",)) for e in np_entities(o, sent, ctx)]
        out += [relation_fact("OPERATES_IN", e, country, sent, 0.7)
                for e in dict.fromkeys(listed) if ctx.type_of(e) in BUSINESSES]  # fmt: skip
    return out


_OPERATOR_NOUNS = frozenset("operator company firm provider".split())  # (lemmas: word())


def _all_of_which(subject: Token, clause: Token) -> list[Token]:
    """'A, B, C and D, all of which operate cloud regions in Brazil', 'A and B, which operate
    data centres in the Kingdom': every item of the list the relative clause hangs on."""
    if clause.dep_ != "relcl":
        return []
    # (a plural verb: "A and B, which operates" is B's clause)
    plural = clause.tag_ == "VBP" or any(
        a.lower_ in ("have", "are", "were") for a in children(clause, ("aux", "auxpass"))
    )
    if not (subject.lower_ in ("which", "that", "who") and plural) and not (
        subject.lower_ in ("all", "both", "each")
        and any(o.lower_ in ("which", "whom") for o in prep_objects(subject, ("of",)))
    ):
        return []
    first = clause.head
    while first.dep_ == "conj":
        first = first.head
    return conjuncts(first)


def _to_follow(ctx: DocContext, sent: Sentence) -> list[int]:
    """'... in Qatar, with Oman, Kuwait, Tunisia and Algeria to follow': the countries next."""
    found: list[int] = []
    doc = sent.span.doc
    for follow in (t for t in sent.tokens if t.lemma_ == "follow" and doc[t.i - 1].lower_ == "to"):
        i = follow.i - 2  # read back over the list to its 'with' (the parse of it varies)
        while i > sent.span.start and (
            doc[i].text in (",", "and", "or") or sent.places_in([doc[i]])
        ):
            i -= 1
        if doc[i].lower_ == "with":
            listed = list(doc[i + 1 : follow.i])
            found += [ctx.country_entity(p.country) for p in sent.places_in(listed)]
    return list(dict.fromkeys(found))


_NAMING_GLUE = NAMING_WORDS | {",", "as"}
_SPEND_VERBS = frozenset("pledge commit spend plan promise".split())
_SPENT_ON_NOUNS = FACILITY_NOUNS | {"capacity"}
_PHRASAL = {"set": "up", "roll": "out"}
# A business that sells, rents or serves compute from a facility runs it.
_SERVE_VERBS = frozenset("sell rent lease offer serve provide".split())


def _named_object(obj: Token, sent: Sentence) -> list[Token]:
    """The name an object stands for: itself, or the new firm it names ("formed a joint
    venture, Padma Cloud, to build", "a joint venture called Caspian AI Compute")."""
    if sent.mention_of(obj):
        return [obj]
    if word(obj) not in FIRM_NOUNS:
        return []
    doc = obj.doc
    i = obj.i + 1  # read off the words: the parse of the apposition varies
    while i < sent.span.end and (doc[i].lower_ in _NAMING_GLUE or doc[i].is_quote):
        i += 1
    return [doc[i]] if i < sent.span.end and sent.mention_of(doc[i]) else []


def _signers(noun: Token) -> list[Token]:
    """The subject of the verb a deal noun hangs from ('X and Y signed a letter of intent',
    'X and Y agreed to form a joint venture')."""
    verb = clause_verb(noun)
    while not children(verb, ("nsubj",)) and verb.dep_ == "xcomp" and verb.head != verb:
        verb = verb.head
    return children(verb, ("nsubj",))


def _owner_of_hosted(ctx: DocContext, sent: Sentence, facility: Token) -> list[int]:
    """'its platform hosted in data centres in Switzerland', 'X's cloud, housed in a data
    centre in Y': whoever owns the hosted thing runs it there."""
    prep = facility.head
    verb = prep.head
    if facility.dep_ != "pobj" or prep.lower_ not in ("in", "at") or verb.dep_ != "acl":
        return []
    if verb.lemma_ not in ("host", "house", "locate", "run"):
        return []
    owners = [
        e for c in children(verb.head, ("poss",)) if (e := ctx.refers_to(c, sent)) is not None
    ]
    hosted = verb.head
    if not owners and hosted.dep_ == "dobj" and hosted.head.lemma_ in _SERVE_VERBS:
        # "Siam AI rents the capacity, hosted in data centres in Thailand": who rents it out
        owners = [e for s in children(hosted.head, ("nsubj",)) for e in np_entities(s, sent, ctx)]
    return owners or np_entities(hosted, sent, ctx, heads_only=True)


def _seller_from(ctx: DocContext, sent: Sentence, facility: Token) -> list[int]:
    """'Lintasarta sells GPU capacity ... from data centres in Jakarta': who sells or serves
    from a facility runs it."""
    prep = facility.head
    if facility.dep_ != "pobj" or prep.lower_ not in ("from", "out"):
        return []
    verb = clause_verb(prep)
    if verb.lemma_ not in _SERVE_VERBS:
        return []
    return [e for s in children(verb, ("nsubj",)) for e in np_entities(s, sent, ctx)]


def _facility_spent_on(sent: Sentence, verb: Token) -> Token | None:
    """A facility or capacity the money of this clause (not one joined to it) is spent on,
    where the clause names a place."""
    # (not a joined clause's, nor a relative clause's: "its unit OpCore, which operates sites")
    clauses = [c for c in verb.subtree if c.dep_ == "relcl"]
    clauses += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    joined = {t.i for c in clauses for t in c.subtree}
    own = [t for t in verb.subtree if t.i not in joined]
    # ("committed $3 billion to cloud capacity in the country": the text's country)
    the_country = any(
        t.lower_ in ("country", "nation") and t.dep_ == "pobj" and t.head.lower_ == "in"
        and any(c.lower_ == "the" for c in t.children)
        for t in own
    )  # fmt: skip
    if not (sent.places_in(own) or the_country):
        return None
    return next(
        (
            t
            for t in own
            if t.dep_ not in ("compound", "amod")
            and sent.mention_of(t) is None
            and t.pos_ == "NOUN"
            and t.lemma_ in _SPENT_ON_NOUNS
        ),
        None,
    )


def _is_facility(tok: Token) -> bool:
    if tok.ent_type_ in ("ORG", "GPE", "PERSON") and tok.pos_ == "PROPN":
        return False  # "Barcelona Supercomputing Center" is a body, not a centre
    if tok.lemma_ in FACILITY_NOUNS or tok.lower_ in FACILITY_NOUNS:
        return True
    if tok.lower_ == "cloud" and tok.pos_ == "NOUN" and tok.dep_ != "compound":
        return True  # "build an industrial AI cloud in Munich" (not "cloud services")
    linked = [c for c in tok.children if c.dep_ in ("compound", "appos")]
    return any(c.lemma_ in FACILITY_NOUNS or c.lower_ in FACILITY_NOUNS for c in linked)


def _location(
    ctx: DocContext, sent: Sentence, verb: Token, facility: Token
) -> tuple[list[int], float]:
    """Where: a country or city in the facility's phrase or the clause, with the places
    coordinated with it ("in Germany and Austria"), else the document's main country (the
    sovereign-AI reports this reads are about one country)."""
    clause = verb.head if verb.dep_ in ("xcomp", "conj", "advcl") else verb
    # "the US technology company will establish a data centre": the actor's own description
    # says nothing of where the centre is
    actors = {t.i for v in (verb, clause) for s in children(v, ("nsubj",)) for t in s.subtree}
    # "built by the Chinese group Huawei": the builder's description before its name too
    actors |= {t.i for v in (verb, clause) for a in prep_objects(v, ("by",)) for t in a.lefts}
    # "a loan from the Export-Import Bank of China": a place inside a name is no location
    actors |= {
        i
        for m in sent.mentions
        if ctx.type_of(m.entity) != "Government"
        for i in range(m.span.start, m.span.end)
    }
    for scope in (list(facility.subtree), list(verb.subtree), list(clause.subtree)):
        scope = [t for t in scope if t.i not in actors]
        places = [p for p in sent.places_in(scope) if p.span.label_ != "Demonym"]
        if places:
            first = places[0].span.root
            listed = {t.i for t in conjuncts(first)}
            if first.dep_ == "pobj":  # "in the UAE and in Kenya": the coordinated 'in'
                listed |= {o.i for p in conjuncts(first.head) for o in children(p, ("pobj",))}
            found = [p.country for p in places if p.span.root.i in listed] or [places[0].country]
            return [ctx.country_entity(c) for c in dict.fromkeys(found)], 0.75
    main = ctx.main_country
    return ([main] if main is not None else []), 0.5
