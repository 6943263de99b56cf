"""MEMBER_OF: a government in a bloc ("France, a member of the EU"; "Sweden joined NATO";
"Brazil holds the G20 presidency"): the parse where it links them, else a membership word in
a sentence naming a country and a bloc that the reference data lists it in."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.facts.context import DocContext, Fact, Sentence, clause_verb
from ingest.facts.relations.common import relation_fact
from ingest.facts.tree import children, conjuncts, np_entities, prep_objects

# Words that say a sentence speaks of belonging to a bloc, not of dealing with it.
_MEMBERSHIP_LEMMAS = frozenset(
    """member membership join rejoin ally presidency chair chairmanship belong accession
    accede signatory party fellow form founder founding partner economy participant
    participate""".split()
)

# Words that say so only when said of the bloc itself: as its subject ("the Arab Maghreb Union,
# which groups Mauritania with Morocco"), or as its object ("which together make up the AES",
# "Eswatini shares SACU with Namibia"), or describing it ("the confederation Russia and Belarus
# created"); "the EU created a fund for France" says nothing of France's membership.
_BLOC_SUBJECT_VERBS = frozenset("group grouping link unite comprise include".split())
_BLOC_OBJECT_VERBS = frozenset("constitute create found share make sit".split())


_COUNTING = frozenset("both two three all".split())
_COUNTED_NOUNS = frozenset("country nation state economy government".split())
_CONTRASTS = frozenset("from than unlike versus outside beyond besides".split())


_APART = frozenset("different differently distinct apart away separate separately".split())


def _contrasted(tok: Token) -> bool:
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head  # "from Germany or France": the whole list
    prep = tok.head
    if prep.lower_ == "from":
        # "treated differently from Germany", not "ministers from Fiji and Samoa"
        return prep.head.lower_ in _APART or any(c.lower_ in _APART for c in prep.head.children)
    return prep.lower_ in _CONTRASTS


def _listed_members(ctx: DocContext, bloc: int) -> frozenset[str]:
    """The ISO codes of the states the reference lists in a bloc."""
    return ctx.reference.bloc_members.get(ctx.entities[bloc].key, frozenset())


def member_of(ctx: DocContext, sent: Sentence) -> list[Fact]:
    if not any(ctx.type_of(m.entity) == "Bloc" for m in sent.mentions):
        return _members_of_the_bloc_before(ctx, sent)  # most sentences name no bloc
    out = _parsed(ctx, sent)
    stated = {f.args for f in out}
    found = _listed(ctx, sent) + _members_in_brackets(ctx, sent) + _of_which(ctx, sent)
    for g, b in found + _dashed_list_before(ctx, sent):
        if (g, b) not in stated:
            out.append(relation_fact("MEMBER_OF", g, b, sent, 0.7))
    return out


_DASHES = frozenset("- – —".split())


def _members_in_brackets(ctx: DocContext, sent: Sentence) -> list[tuple[int, int]]:
    """'The East African Community - Kenya, Uganda, Tanzania, Rwanda and the others - is
    ...', 'the Gulf Cooperation Council (Saudi Arabia, the UAE, Qatar)': the states a bloc's
    name is glossed with, as the reference lists them."""
    doc = sent.span.doc
    pairs = []
    for bloc in (m for m in sent.mentions if ctx.type_of(m.entity) == "Bloc"):
        opener = bloc.span.end
        if opener >= sent.span.end or doc[opener].text not in _DASHES | {"("}:
            continue
        closers = _DASHES if doc[opener].text in _DASHES else {")"}
        end = next((t.i for t in doc[opener + 1 : sent.span.end] if t.text in closers), None)
        if end is None:
            continue
        members = _listed_members(ctx, bloc.entity)
        inside = [m.entity for m in sent.mentions if opener < m.span.start < end]
        states = [e for e in inside if ctx.type_of(e) == "Government"]
        if states and len(states) == len(inside):  # a list of states, nothing else
            pairs += [(e, bloc.entity) for e in states if ctx.entities[e].iso3 in members]
    return pairs


def _dashed_list_before(ctx: DocContext, sent: Sentence) -> list[tuple[int, int]]:
    """'All five countries discussed - Saudi Arabia, Qatar, Kuwait, Oman and the UAE - are
    members of the GCC': the states between the dashes right before 'are members of' (read
    off the words: the parser makes a verb of what comes before the list)."""
    doc = sent.span.doc
    out: list[tuple[int, int]] = []
    for close in (t for t in sent.tokens if t.text in _DASHES and t.i + 3 < sent.span.end):
        be, cue, of = doc[close.i + 1 : close.i + 4]
        if be.lemma_ != "be" or cue.lemma_.lower() != "member" or of.lower_ != "of":
            continue
        opener = next((t.i for t in reversed(doc[sent.span.start : close.i])
                       if t.text in _DASHES), None)  # fmt: skip
        bloc = next((m for m in sent.mentions if m.span.start > of.i), None)
        if opener is None or bloc is None or ctx.type_of(bloc.entity) != "Bloc":
            continue
        inside = [m.entity for m in sent.mentions if opener < m.span.start < close.i]
        if inside and all(ctx.type_of(e) == "Government" for e in inside):
            out += [(e, bloc.entity) for e in inside]
    return out


def _of_which(ctx: DocContext, sent: Sentence) -> list[tuple[int, int]]:
    """'the European Union, of which both the Netherlands and Finland are Member States': the
    states between 'of which' and the membership word, read off the words (the parse of such
    a clause after an object goes astray)."""
    doc = sent.span.doc
    out: list[tuple[int, int]] = []
    for bloc in (m for m in sent.mentions if ctx.type_of(m.entity) == "Bloc"):
        i = bloc.span.end
        if [t.lower_ for t in doc[i : min(i + 3, sent.span.end)]] != [",", "of", "which"]:
            continue
        clause = doc[i + 3 : min(i + 20, sent.span.end)]
        cue = next((t for t in clause if t.lemma_.lower() == "member"), None)
        if cue is None or any(t.dep_ == "neg" for t in doc[i + 3 : cue.i]):
            continue
        out += [
            (m.entity, bloc.entity) for m in sent.mentions
            if i + 3 <= m.span.start and m.span.end <= cue.i
            and ctx.type_of(m.entity) == "Government"
        ]  # fmt: skip
    return out


def _members_of_the_bloc_before(ctx: DocContext, sent: Sentence) -> list[Fact]:
    """'16 member states, among them France, Poland and Spain', 'smaller members such as
    Senegal and Zambia': members of the bloc the text named last, as the reference lists
    them."""
    # ("France and Germany, the bloc's two largest economies": the bloc's own states)
    cues = [t for t in sent.tokens if t.pos_ == "NOUN" and (
        t.lemma_ == "member" or (t.lemma_ in _COUNTED_NOUNS and _of_the_bloc(t)))]  # fmt: skip
    if not cues:
        return []
    bloc = ctx.last_entity_before(sent.start, {"Bloc"})
    if bloc is None:
        return []
    members = _listed_members(ctx, bloc)
    out = []
    for m in sent.mentions:
        e = m.entity
        if ctx.type_of(e) != "Government" or ctx.entities[e].iso3 not in members:
            continue
        if any(_listed_under(m.span.root, cue) for cue in cues):
            out.append(relation_fact("MEMBER_OF", e, bloc, sent, 0.6))
    return out


def _of_the_bloc(noun: Token) -> bool:
    """'the bloc's two largest economies'."""
    return any(p.lower_ == "bloc" for p in children(noun, ("poss",)))


def _listed_under(country: Token, cue: Token) -> bool:
    """The country stands in the member noun's own phrase, in the list the noun describes
    ("France and Germany, the bloc's two largest economies"), or in a list the words after
    it introduce ('such as', 'among them', 'including'), however the parser hung it."""
    if cue.is_ancestor(country) or any(t.is_ancestor(country) for t in conjuncts(cue)):
        return True
    if cue.dep_ == "appos" and country in conjuncts(cue.head):
        return True
    between = country.doc[cue.i + 1 : country.i]
    opened = any(t.lower_ in _LIST_OPENERS for t in between)
    # (not past a verb: "members such as A have said ..., while B ...")
    return country.i > cue.i and opened and not any(t.pos_ in ("VERB", "AUX") for t in between)


_LIST_OPENERS = frozenset("among including such like notably".split())


def _listed(ctx: DocContext, sent: Sentence) -> list[tuple[int, int]]:
    """Country-bloc pairs of a sentence with a membership word, as the reference lists them:
    a country the membership word is said of (the subject of its clause, or a name it
    describes), not one the sentence names elsewhere ("Egypt, which joined BRICS, signed
    agreements with China")."""
    cues = [
        t for t in sent.tokens
        if not _negated(t)
        if t.lemma_.lower() in _MEMBERSHIP_LEMMAS
        or (t.lemma_.lower() in _BLOC_SUBJECT_VERBS | _BLOC_OBJECT_VERBS
            and _about_bloc(ctx, sent, t))
        or _a_blocs_state(ctx, sent, t)
    ]  # fmt: skip
    if not cues:
        return []
    # "should not be treated differently from Germany or France": a comparison names others
    named = [
        m for m in sent.mentions
        if not _contrasted(m.span.root) and any(_said_of(m.span.root, c) for c in cues)
    ]  # fmt: skip
    blocs = [(m.entity, _listed_members(ctx, m.entity))
             for m in sent.mentions]  # fmt: skip
    states = [m.entity for m in named]
    # "The country, a member of the EAC": the country the text spoke of last
    # (not "The Czech Republic, a member of both NATO and the EU": a name)
    states += [e for c in cues if c.dep_ == "appos" and _the_country(c.head)
               and sent.mention_of(c.head) is None
               and (e := _country_before(ctx, sent)) is not None]  # fmt: skip
    counted = [c for c in cues if _counted_countries(c)]
    if counted:
        # "Both countries are members of the GCC": the countries this sentence and the ones
        # just before name, back to the second country
        # (in this sentence only those before the cue: "Both are members of X, alongside
        # A and B" counts the two before, not A and B)
        first = min(clause_verb(c).i for c in counted)
        told = [m.entity for m in sent.mentions if m.span.end <= first]
        for s in reversed(ctx.sentences[max(sent.index - 2, 0) : sent.index]):
            if len({e for e in told if ctx.type_of(e) == "Government"}) >= 2:
                break
            told += [m.entity for m in s.mentions]
        if len({e for e in told if ctx.type_of(e) == "Government"}) < 2:
            # "Both countries are members of the GCC, yet Riyadh ... Doha": named after
            told += [m.entity for m in sent.mentions if m.span.end > first]
        if len({e for e in told if ctx.type_of(e) == "Government"}) < 2:
            # "Blocs and diplomacy. Both countries are members of the AU": the two the text
            # is about, when it names two most
            told += _two_most_named(ctx)
        states += told
    pairs = [
        (e, b)
        for e in states if ctx.type_of(e) == "Government" and ctx.entities[e].iso3
        for b, members in blocs
        if ctx.type_of(b) == "Bloc" and ctx.entities[e].iso3 in members
    ]  # fmt: skip
    return list(dict.fromkeys(pairs))


_COUNTRY_NOUNS = frozenset("country nation kingdom republic emirate".split())


def _the_country(noun: Token) -> bool:
    return noun.lower_ in _COUNTRY_NOUNS and any(c.lower_ == "the" for c in noun.children)


def _country_before(ctx: DocContext, sent: Sentence) -> int | None:
    last = ctx.last_entity_before(sent.start, {"Government"})
    return last if last is not None and ctx.entities[last].iso3 else ctx.main_country


def _two_most_named(ctx: DocContext) -> list[int]:
    """The two countries a text names most, if a third is named less than either."""
    counts = sorted(
        ((len(e.mentions), i) for i, e in enumerate(ctx.entities) if e.iso3 and e.mentions),
        reverse=True,
    )
    if len(counts) < 2 or (len(counts) > 2 and counts[2][0] >= counts[1][0]):
        return []
    return [counts[0][1], counts[1][1]]


def _a_blocs_state(ctx: DocContext, sent: Sentence, tok: Token) -> bool:
    """'the latest Gulf Cooperation Council state', 'other East African Community states
    such as Uganda': a state noun the bloc's name describes."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in _COUNTED_NOUNS:
        return False
    named = (sent.mention_of(c) for c in children(tok, ("compound", "nmod")))
    return any(m is not None and ctx.type_of(m.entity) == "Bloc" for m in named)


def _counted_countries(cue: Token) -> bool:
    """'Both (our) countries are members', 'the two nations are members', 'both states'."""
    verb = clause_verb(cue)
    return any(
        (s.lemma_ in _COUNTED_NOUNS and any(c.lower_ in _COUNTING for c in s.children))
        or (s.lower_ == "both" and not list(s.children))  # "Both are members of X"
        # "All three are members of X"
        or (s.like_num and any(c.lower_ == "all" for c in s.children))
        for s in children(verb, ("nsubj",))
    )


def _negated(tok: Token) -> bool:
    """'Norway and the UK are not EU members', 'did not join': the word is what a clause
    denies (not a subject's description: 'a member of the EU should not be treated ...')."""
    said = tok.head if tok.dep_ in ("attr", "acomp", "oprd") else tok
    return any(c.dep_ == "neg" for c in said.children)


def _about_bloc(ctx: DocContext, sent: Sentence, verb: Token) -> bool:
    """Whether a bloc is the verb's subject or object, or the noun the verb describes (through
    a relative clause or an apposition: "the regional grouping that links Nepal with India")."""
    if verb.lemma_ == "make" and not any(
        c.dep_ == "prt" and c.lower_ == "up" for c in verb.children
    ):
        return False

    def is_bloc(tok: Token) -> bool:
        m = sent.mention_of(tok)
        return m is not None and ctx.type_of(m.entity) == "Bloc"

    roles = ("nsubj",) if verb.lemma_ in _BLOC_SUBJECT_VERBS else ("dobj", "nsubjpass", "appos")
    if any(is_bloc(c) for c in verb.children if c.dep_ in roles):
        return True
    if verb.lemma_ == "sit":  # "India sits in the Quad alongside the US"
        return any(is_bloc(o) for o in prep_objects(verb, ("in", "on")))
    tok = verb
    for _ in range(3):
        if tok.dep_ not in ("relcl", "acl", "appos", "conj") or tok.head == tok:
            return False
        tok = tok.head
        if is_bloc(tok):
            return True
    return False


def _said_of(country: Token, cue: Token) -> bool:
    """Whether a membership word speaks of this country: it describes the country's phrase
    (a relative clause, an apposition), stands in the clause the country is subject of, or
    in the same clause as it."""
    first = country
    while first.dep_ == "conj" and first.head != first:
        first = first.head  # "Rwanda, Egypt and Ghana, all AU members": the whole list
    if first.head.lower_ in ("including", "like", "as") and first.head.head != first.head:
        first = first.head.head  # "fellow member states including Zambia": the states
    if first.is_ancestor(cue) or cue.is_ancestor(first):
        return True
    if first.dep_ in ("nsubj", "nsubjpass") and first.head.is_ancestor(cue):
        return True
    return clause_verb(first) == clause_verb(cue)


def _is_in(ctx: DocContext, sent: Sentence) -> list[Fact]:
    """'Australia is in the Quad and in AUKUS': a state is in a bloc."""
    out = []
    for verb in (t for t in sent.tokens if t.lemma_ == "be" and not _negated(t)):
        states = [e for s in children(verb, ("nsubj",)) for t in conjuncts(s)
                  for e in np_entities(t, sent, ctx) if ctx.type_of(e) == "Government"]  # fmt: skip
        places = prep_objects(verb, ("in",))
        blocs = [e for o in places for t in conjuncts(o)
                 for e in np_entities(t, sent, ctx) if ctx.type_of(e) == "Bloc"]  # fmt: skip
        out += [relation_fact("MEMBER_OF", g, b, sent, 0.8) for g in states for b in blocs]
        # "Colombia is in the Andean Community with Peru, Ecuador and Bolivia": the fellows
        # the reference lists in it too
        fellows = [e for o in (*places, verb) for w in prep_objects(o, ("with",))
                   for t in conjuncts(w) for e in np_entities(t, sent, ctx)]  # fmt: skip
        out += [
            relation_fact("MEMBER_OF", g, b, sent, 0.7)
            for b in blocs
            for g in fellows
            if ctx.entities[g].iso3 in _listed_members(ctx, b)
        ]
    return out


def _parsed(ctx: DocContext, sent: Sentence) -> list[Fact]:
    out = _is_in(ctx, sent)
    for tok in sent.tokens:
        if tok.lemma_ not in ("member", "signatory", "party") or _negated(tok):
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
            # "Although Norway sits outside the EU, it is a member of the EEA"
            members += [e for s in children(tok.head, ("nsubj",)) if s.lower_ == "it"
                        if (e := ctx.last_entity_before(sent.offset + s.idx, {"Government"}))
                        is not None]  # fmt: skip
        for p in prep_objects(tok, ("such", "like", "including")):
            members += [e for t in conjuncts(p) for e in np_entities(t, sent, ctx)]
        for b in dict.fromkeys(blocs):
            if ctx.type_of(b) != "Bloc":
                continue
            for g in dict.fromkeys(members):
                if ctx.type_of(g) == "Government":
                    out.append(relation_fact("MEMBER_OF", g, b, sent, 0.8))
    return out
