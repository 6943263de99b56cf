"""Resolution: every mention to one canonical entity of its document.

Mentions join when they share a reference key ("UAE", "United Arab Emirates"), when one is
the bracketed acronym of another ("Technology Innovation Institute (TII)", later "TII"), when
a name the reference lacks is the start of a longer name of the same type ("Indosat" of
"Indosat Ooredoo Hutchison") or nearly the same string (rapidfuzz). An actor the reference
data knows is named by its reference name in every document (the same entity across
documents); any other by the most complete form the text uses. Every other surface form is
an alias.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ingest.components.gazetteer import PLACES_KEY
from ingest.lexicon import NAME_HEADS, NATIONAL_GOVERNMENTS, NATIONAL_ORGANS, STATE_ORGANS
from ingest.mentions import Mention, Place
from ingest.names import (
    DEFINING,
    acronyms_of,
    initials,
    is_legal_word,
    is_short_form,
    normalise,
    spells,
    without_legal_form,
)
from ingest.reference import Reference

# "Name (TII)", "Name (YTL Power)", "Name, formerly known as iGenius", "Name, or KHIDI": a
# second name follows.
_SHORT_FORM = re.compile(
    # ('(hereinafter "the Operator")': a capitalised term the text defines is one of its
    # names, its article no part of it)
    r"\s*(?:\(\s*(?:(?P<defined>" + DEFINING + r"),?\s+)?[\"'‘“]?(?(defined)(?:the\s+)?)"
    r"|,?\s*(?P<former>(?:formerly|previously|also)(?:\s+known\s+as|\s+called)?"
    r"|(?:better|commonly|widely|locally)\s+known\s+as)\s+"  # ("..., better known as Zen-Noh,")
    r"|(?P<alternative>,\s*or)\s+"  # ("the Korea Health ... Institute, or KHIDI,")
    # ("the Ministry of Trade, Industry and Energy, MOTIE, selected"; "..., the DoH, is")
    r"|(?P<appositive>,)\s+(?:the\s+)?"
    # ("... of the University of Latvia — IMCS UL — develops", "the Authority — the LRA —")
    r"|\s(?P<dash>[—–])\s*(?:the\s+)?)"
    r"(?P<short>[A-Z][\w&.*\-]*(?:\s[A-Z][\w&.*\-]*){0,3})"
    # (whole words, and no exchange before its ticker: "(TSE Prime: 4397)")
    r"(?![\w&.*\-]|(?:\s[A-Z][\w&.*\-]*)*\s*:)"
    r"(?(dash)\s*(?P=dash))"
)
# "Federal Motor Transport Authority (Kraftfahrt-Bundesamt, KBA)": the name in its own
# language and that name's letters
_NATIVE_AND_LETTERS = re.compile(
    r"\s*\(\s*(?P<native>[^(),]{3,80}?),\s*(?P<short>[A-Z][\w&.\-]*)\s*\)"
)
_TYPE_RANK = {"AIModel": 0, "Bloc": 1, "Government": 2, "Firm": 3, "Organization": 4}
# A longer name ending in one of these is a body of its own, not the long form of a shorter
# one ("Novo Nordisk Foundation" is not "Novo Nordisk").
_OWN_BODY_HEADS = frozenset(
    """Foundation Institute University Fund Ministry Agency Authority Trust Academy Center
    Centre""".split()
)
FUZZY_MIN = 92
_GROUP_WORDS = frozenset("Group Holdings Holding Corporation Company Technologies".split())


@dataclass(slots=True)
class ResolvedEntity:
    name: str
    type: str
    key: str
    mentions: list[Mention] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    iso3: str | None = None
    wikidata: str | None = None


class _Groups:
    """Union-find over mention indexes."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def resolve(
    mentions: list[Mention],
    text: str,
    reference: Reference,
    *,
    home: str | None = None,
    countries: frozenset[str] = frozenset(),
) -> list[ResolvedEntity]:
    """Groups mentions into entities; sets `mention.entity`; entities in first-mention order.
    `home`: the key of the state a state's own text is about (`home_state`)."""
    groups = _Groups(len(mentions))
    by_key: dict[str, int] = {}
    by_norm: dict[str, int] = {}
    acronyms: dict[str, int] = {}
    for i, m in enumerate(mentions):
        # ("Deutsche Telekom AG" too; "the Dutch Ministry of Economic Affairs" too)
        m_norm = normalise(without_legal_form(_without_its_state(m) or m.text))
        defined = mentions[acronyms[m.text]] if m.text in acronyms else None
        if defined is not None and _names_same(m, defined, reference, countries):
            groups.join(acronyms[m.text], i)
        elif defined is not None and initials(defined.text) == m.text:
            # "the Caribbean Development Bank (CDB)": the text's own definition, not the
            # reference's other holder of the letters (the China Development Bank)
            m.key, m.type = defined.key, defined.type
            groups.join(acronyms[m.text], i)
        if m.key:
            groups.join(by_key.setdefault(m.key, i), i)
        if m_norm:
            same = by_norm.setdefault(f"{m.type}:{m_norm}", i)
            if not (m.key and mentions[same].key and m.key != mentions[same].key):
                groups.join(same, i)
        after = _SHORT_FORM.match(text, m.end)
        # ('(hereinafter "Sernageomin")': a term the text defines, whatever its letters)
        if after and _names_again(after, m.text):
            acronyms.setdefault(after.group("short"), i)
        native = _NATIVE_AND_LETTERS.match(text, m.end)
        if native and spells(native.group("short"), native.group("native")):
            acronyms.setdefault(native.group("native"), i)
            acronyms.setdefault(native.group("short"), i)
    # one name the context typed once as a firm, once as another body ("Tessera AI GmbH",
    # later "talks with Tessera AI"): one actor
    for key, i in by_norm.items():
        other = by_norm.get(key.replace("Firm:", "Organization:", 1))
        if key.startswith("Firm:") and other is not None:
            groups.join(i, other)
    # (spelled first: "BRI" is Bank Rakyat Indonesia's, not the start of "BRI Ventures")
    _join_spelled(mentions, groups)
    _join_short_forms(mentions, groups, reference)
    _join_known_stems(mentions, groups, reference)
    _join_state_organs(mentions, groups, home)
    return _entities(mentions, groups, reference)


def _names_same(
    short: Mention, long: Mention, reference: Reference, countries: frozenset[str]
) -> bool:
    """Whether an acronym names the actor whose long name defined it: the same actor, or an
    unknown long form of an actor the reference knows by that acronym ("Saudi Data and AI
    Authority (SDAIA)") if that actor's country is one the text names (Pakistan's "National
    Center of Artificial Intelligence (NCAI)" is not Saudi Arabia's NCAI)."""
    if not short.key or short.key == long.key:
        return True
    if short.key.startswith("country:"):
        return False  # "the Kenya Space Agency (KSA)": the agency's letters, not the Kingdom's
    known = reference.get(short.key)
    return not long.key and known is not None and known.country in countries


def _names_again(after: re.Match[str], name: str) -> bool:
    """Whether the second name after `name` is another name of it: one the text defines
    ('(hereinafter "Sernageomin")') or gives as former, whatever its letters; an alternative
    after 'or' or a comma only if it spells the name ("the Korea Health Industry Development
    Institute, or KHIDI", "the Ministry of Trade, Industry and Energy, MOTIE,", not "Lenovo,
    or IBM"); a bracketed one if it is a short form."""
    short = after.group("short")
    if after.group("defined") or after.group("former"):
        return True
    if after.group("alternative") or after.group("appositive"):
        return spells(short, name)
    return is_short_form(short, name)


def home_state(mentions: list[Mention], places: list[Place]) -> str | None:
    """The key of the state a state's own text is about (Odisha's cabinet note, Karnataka's
    release): the state it names, as an actor or a place, more often than it names its main
    country as an actor; None in most texts."""
    countries = Counter(m.key for m in mentions if m.key.startswith("country:"))
    states = Counter(m.key for m in mentions if m.key.startswith("state:"))
    if not states:
        return None
    in_state = Counter(f"state:{p.span.text}" for p in places if p.span.label_ == "State")
    for key in states:
        states[key] += in_state[key]
    state, named = states.most_common(1)[0]
    national = countries.most_common(1)[0][1] if countries else 0
    return state if named > national else None


_NEAR_CHARS = 600  # how near before a national government's title its country is named


def _join_state_organs(mentions: list[Mention], groups: _Groups, home: str | None) -> None:
    """'The Council of Ministers approved ...' with no country named: the text's country (the
    one it names most), or the state of a state's own text, `home` ("The State Cabinet has
    approved ₹200 crore" in Karnataka's release; never the "Union Cabinet"); the Federal
    Government of the country named just before it, if one is."""
    countries = Counter(m.key for m in mentions if m.key.startswith("country:"))
    if not countries:
        return
    country = countries.most_common(1)[0][0]
    first: dict[str, int] = {}  # each key's first mention
    for i, m in enumerate(mentions):
        first.setdefault(m.key, i)
    last = ""  # the country named last before each mention
    last_at = -_NEAR_CHARS
    for i, m in enumerate(mentions):
        if not m.key and m.type == "Government" and m.text in STATE_ORGANS:
            own = home if home is not None and m.text not in NATIONAL_ORGANS else country
            # ("Nigeria ... the Federal Government" in a note on several countries: the one
            # just named)
            if m.text in NATIONAL_GOVERNMENTS and last and m.start - last_at < _NEAR_CHARS:
                own = last
            groups.join(first[own], i)
        elif m.key.startswith("country:"):
            last, last_at = m.key, m.start


def _join_known_stems(mentions: list[Mention], groups: _Groups, reference: Reference) -> None:
    """An unknown name that is a known actor's name plus a group word ('Nebius Group' of
    Nebius), or a known body's name less its country ('the Innovation Authority' of the
    Israel Innovation Authority)."""
    known = [(i, m) for i, m in enumerate(mentions) if m.key.startswith("actor:")]
    for i, m in enumerate(mentions):
        if m.key:
            continue
        # "Telekom Malaysia Bhd (TM)": a known firm's name with its legal form, the text
        # otherwise naming it by an alias ("TM")
        formal = without_legal_form(m.text)
        same = reference.by_name(formal) if formal != m.text else None
        twin = next((j for j, k in known if k.key == same.key), None) if same else None
        if twin is not None:
            groups.join(twin, i)
            continue
        for j, k in known:
            if k.type != m.type:
                continue
            stem = m.text.startswith(k.text + " ") and m.text[len(k.text) + 1 :] in _GROUP_WORDS
            rest = k.text[: -len(m.text)].strip() if k.text.endswith(" " + m.text) else ""
            found = reference.by_name(rest) if rest else None
            country = found is not None and found.type in ("Government", "Demonym")
            if stem or country:
                groups.join(j, i)
                break


def _join_short_forms(mentions: list[Mention], groups: _Groups, reference: Reference) -> None:
    """An unknown name that starts a longer name of the same type, or nearly equals it (not a
    name that a place's name lengthens: a local company's parent)."""
    names = {(m.type, m.text): i for i, m in enumerate(mentions)}
    texts: dict[int, set[str]] = {}
    for i, m in enumerate(mentions):
        texts.setdefault(groups.find(i), set()).add(m.text)
    for i, m in enumerate(mentions):
        if m.key or m.type == "Government" or len(texts[groups.find(i)]) > 1:
            continue  # known, or already the short form of something ("BDx Data Centers (BDx)")
        words = m.text.split()
        candidates = []
        starts: set[int] = set()  # the longer names it starts
        for (typ, other), j in names.items():
            if typ != m.type or other == m.text or groups.find(i) == groups.find(j):
                continue
            longer = other.split()
            is_prefix = (
                len(longer) > len(words)
                and longer[: len(words)] == words
                and longer[-1] not in _OWN_BODY_HEADS
            )
            near = fuzz.ratio(normalise(m.text), normalise(other)) >= FUZZY_MIN
            if is_prefix or near:
                candidates.append(j)
            if is_prefix:
                starts.add(j)
        if any(_a_place(mentions[j].text.split()[len(words) :], reference) for j in starts):
            continue  # "DP World" of "DP World Santos" (and "DP World Ventures"): their parent
        # ("CMC" of "CMC Corporation", not of the venture "CMC SoftBank AI Cloud JSC" it
        # founded: a known actor's name first, else the shortest)
        candidates.sort(
            key=lambda j: (not mentions[j].key, len(without_legal_form(mentions[j].text).split()))
        )
        if candidates:
            groups.join(candidates[0], i)
            texts[groups.find(i)] = {m.text, mentions[candidates[0]].text}  # its other mentions


def _a_place(words: list[str], reference: Reference) -> bool:
    """Whether the words are a city's or a state's name ("Santos"), or a country's with a
    legal form ("Moldova SRL"; "Bell Canada" is Bell)."""
    name = " ".join(words)
    if len(words) > 1 and is_legal_word(words[-1]):
        country = reference.names.get(" ".join(words[:-1]).casefold())
        return country is not None and country.type == "Government"
    return bool(words) and (
        reference.get(f"city:{name}") is not None or reference.get(f"state:{name}") is not None
    )


def _join_spelled(mentions: list[Mention], groups: _Groups) -> None:
    """An unknown acronym the text never defines, and the one long name of it the text gives
    ("Ministry of Trade, Industry and Energy", later "MOTIE")."""
    spelled: dict[str, set[int]] = {}
    for i, m in enumerate(mentions):
        for short in acronyms_of(m.text):
            spelled.setdefault(short, set()).add(groups.find(i))
    for i, m in enumerate(mentions):
        long = spelled.get(m.text, set()) if not m.key and m.text.isupper() else set()
        if len(long) == 1:
            groups.join(long.pop(), i)


def _without_its_state(m: Mention) -> str | None:
    """A state organ's name less the country or demonym it opens with ("Ministry of Sports,
    Youth and Community Life" of "the French Ministry of Sports, ..."), the name its text
    may also use."""
    span = m.span
    place = next((p for p in span.doc.spans.get(PLACES_KEY, []) if p.start == span.start), None)
    if place is None or place.end >= span.end - 2:
        return None
    return (
        span[place.end - span.start :].text
        if NAME_HEADS.get(span.doc[place.end].text) == "Government"
        else None
    )


def _entities(
    mentions: list[Mention], groups: _Groups, reference: Reference
) -> list[ResolvedEntity]:
    members: dict[int, list[Mention]] = {}
    for i, m in enumerate(mentions):
        members.setdefault(groups.find(i), []).append(m)
    out: list[ResolvedEntity] = []
    for root in sorted(members):
        ms = members[root]
        known = next((reference.get(m.key) for m in ms if reference.get(m.key)), None)
        types = Counter(m.type for m in ms)
        if known is not None and known.type in _TYPE_RANK:
            typ = known.type
        elif any(m.key.startswith("country:") for m in ms):
            typ = "Government"
        else:
            typ = min(types, key=lambda t: (-types[t], _TYPE_RANK.get(t, 9)))
        forms = list(dict.fromkeys(m.text for m in ms))
        iso3 = next((m.key.split(":")[1] for m in ms if m.key.startswith("country:")), None)
        if iso3 and typ == "Government":
            country = reference.get(f"country:{iso3}")
            name = country.name if country else forms[0]
        elif known is not None and (known.type in _TYPE_RANK or known.type == "State"):
            # the reference name, so the actor is the same entity in every document ("the
            # Gauteng provincial government" is Gauteng)
            name = known.name
        else:
            # the most complete form; of equally long ones, the first the text uses not in
            # capitals ("Hanbit Neural Co., Ltd.", not its letterhead's "HANBIT NEURAL CO., LTD.")
            name = max(forms, key=lambda f: (len(f.split()), not f.isupper(), -forms.index(f)))
        forms += [short for m in ms if (short := _without_its_state(m)) and short not in forms]
        aliases = [f for f in forms if f != name]
        entity = ResolvedEntity(
            name=name,
            type=typ,
            key=known.key if known else (f"country:{iso3}" if iso3 else f"name:{normalise(name)}"),
            mentions=ms,
            aliases=aliases,
            iso3=iso3 if typ == "Government" else None,
            wikidata=known.wikidata if known else None,
        )
        for m in ms:
            m.entity = len(out)
        out.append(entity)
    return out
