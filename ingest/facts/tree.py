"""Small walks over the dependency parse that the fact rules share."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ingest.lexicon import (
    BASED_WORDS,
    FIRM_NOUNS,
    ORG_NOUNS,
    ROLE_NOUNS,
    STAFF_NOUNS,
    UNIT_NOUNS,
    UNIT_OF_A_BODY,
    word,
)

if TYPE_CHECKING:  # (the context reads phrases with these helpers: no import back)
    from ingest.facts.context import DocContext, Sentence
    from ingest.mentions import Mention

_STATE_HEADS = frozenset("state government province emirate kingdom republic".split())
_STATE_BODY_HEADS = _STATE_HEADS | {"authority", "ministry"}
_NP_LINKS = frozenset({"compound", "amod", "poss", "appos", "nmod"})
_BODY_NOUNS = FIRM_NOUNS | ORG_NOUNS


def conjuncts(tok: Token) -> list[Token]:
    """The token and everything coordinated with it ("India, Japan and France")."""
    seen = {tok.i: tok}
    stack = [tok]
    while stack:
        t = stack.pop()
        for nxt in [*t.children, t.head]:
            linked = (nxt.dep_ == "conj" and nxt.head == t) or (t.dep_ == "conj" and nxt == t.head)
            # "G42, OpenAI, Oracle and Cisco": a list item the parser took for an apposition
            # (not an acronym in brackets: "Hewlett Packard Enterprise (HPE), the US maker")
            linked = linked or (
                nxt.dep_ == "appos"
                and nxt.head == t
                and nxt.pos_ == "PROPN" == t.pos_
                and nxt.doc[nxt.i - 1].text != "("
            )
            if linked and nxt.i not in seen and not _subject_of_next_clause(nxt):
                seen[nxt.i] = nxt
                stack.append(nxt)
    return [seen[i] for i in sorted(seen)]


_FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _subject_of_next_clause(tok: Token) -> bool:
    """'took a stake in Kestrel and Hostplus took 9%': a conjunct right before a verb with
    no subject of its own is that verb's subject, whatever the parser linked it to; so is one
    whose name runs on into the subject of a joined clause ('granted us EUR 7.5 million, and
    the EuroHPC Joint Undertaking awarded us ...')."""
    doc = tok.doc
    if tok.dep_ != "conj" or tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1]
    while nxt.dep_ == "compound" and nxt.head.i > nxt.i:
        nxt = nxt.head
    if nxt.dep_ in ("nsubj", "nsubjpass") and nxt.i > tok.i:
        return nxt.head.dep_ == "conj" and nxt.head.pos_ in ("VERB", "AUX")
    return (
        nxt.tag_ in _FINITE_VERB_TAGS
        and nxt.dep_ == "conj"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children)
    )


def named_or_meant(
    tok: Token, sent: Sentence, ctx: DocContext, *, heads_only: bool = False
) -> list[int]:
    """What a noun phrase names, else what it stands for ('it', 'the Company')."""
    found = np_entities(tok, sent, ctx, heads_only=heads_only)
    meant = ctx.refers_to(tok, sent) if not found else None
    return found or ([meant] if meant is not None else [])


def np_entities(
    tok: Token, sent: Sentence, ctx: DocContext, *, heads_only: bool = False
) -> list[int]:
    """Entities a noun phrase names: the head, its name parts, apposition, 'including' lists,
    and its conjuncts ("the Vietnamese government", "Governments—including India, Japan").
    With `heads_only`, modifiers do not count ("with Nvidia chips" names no partner)."""
    found: list[int] = []
    for t in conjuncts(tok):
        if t != tok and _describes_the_item_before(t, sent):
            continue
        named = sent.mention_of(t) is not None or any(
            c.dep_ == "appos" and sent.mention_of(c) for c in t.children
        )
        # "the Vietnamese government" names Vietnam; "US chipmaker Nvidia" names Nvidia only;
        # "NVIDIA CEO Jensen Huang" names a person, not NVIDIA
        role = [t, *(c for c in t.children if c.dep_ == "compound")]
        person = sent.mention_of(t) is None and any(word(r) in ROLE_NOUNS for r in role)
        # "with the Vietnamese government": a state noun's country is the head's referent
        heads_only_here = heads_only and t.lemma_ not in _STATE_HEADS
        links = {"appos"} if named or heads_only_here or person else _NP_LINKS
        candidates = [t, *[c for c in t.children if c.dep_ in links]]
        if not named:
            candidates += _apposition_hung_elsewhere(t, sent)
        if t.tag_ == "NNS" and sent.mention_of(t) is None:
            # "Existing backers Nvidia, Andreessen Horowitz and General Catalyst": a plural's
            # apposition is a list
            candidates += [x for c in t.children if c.dep_ == "appos" for x in conjuncts(c)[1:]]
        of_state = prep_objects(t, ("of",)) if not named and t.lemma_ in _STATE_HEADS else []
        if any(sent.mention_of(o) for o in of_state):
            # "the state of Hesse" is Hesse, not the country 'the state' would stand for
            candidates = [c for c in candidates if c != t] + of_state
        own = sent.mention_of(t)
        if own is not None:
            # "to LG AI Research and Naver Cloud", parsed as "[LG AI Research and Naver] Cloud":
            # the name whose words hold the 'and' is listed too
            candidates += [c for c in t.children if c.dep_ in ("compound", "nmod")
                           and (m := sent.mention_of(c)) is not None and m.entity != own.entity
                           and any(x.dep_ == "cc" for x in c.children)]  # fmt: skip
        # "something called the Chubu Sovereign Compute Consortium", "a start-up named X"
        candidates += [o for a in children(t, ("acl",)) if a.lemma_ in ("call", "name")
                       for o in children(a, ("oprd", "attr", "dobj"))]  # fmt: skip
        for prep in (
            c for c in t.children if c.dep_ == "prep" and c.lower_ in ("including", "like")
        ):
            candidates += [p for o in prep.children if o.dep_ == "pobj" for p in conjuncts(o)]
        if not named and t.lemma_ in STAFF_NOUNS:  # "researchers at MBZUAI", "engineers from X"
            workplaces = prep_objects(t, ("at", "from", "of"))
            # ("from the University of Gdańsk and Gdańsk University of Technology": the parser
            # may hang the first name on the second)
            candidates += workplaces + [n for w in workplaces for n in children(w, ("nmod",))]
            candidates += children(t, ("poss",))  # "the university's researchers"
        if word(t) in _BODY_NOUNS and sent.mention_of(t) is None:
            # "the Finnish lab", "the Korean company": a home describes the body, which is
            # the one the text told of (not the country)
            candidates = [
                c for c in candidates
                if not (c.dep_ == "amod" and (m := sent.mention_of(c)) is not None
                        and ctx.type_of(m.entity) == "Government")
            ]  # fmt: skip
        for c in candidates:
            if c == t and named and sent.mention_of(t) is None:
                continue  # "the energy company Fortum": the name, not what 'the company' meant
            if c != t and sent.mention_of(c) is None:
                # "A third contender, the Lima-based operator Nexa Datacenters": the name
                # the apposition itself is in apposition with
                c = next((a for a in children(c, ("appos",)) if sent.mention_of(a)), c)
            # "Inception, a G42 subsidiary": a named phrase's apposition describes the name
            # (its own name counts; what its words refer to does not)
            described = named and c.dep_ == "appos" and c.head == t
            e = (
                (m.entity if (m := sent.mention_of(c)) else None)
                if described
                else ctx.refers_to(c, sent)
            )
            # "Vietnam's largest conglomerate, Vingroup": the possessor is not the phrase
            possessor_only = (
                c.dep_ == "poss"
                and c != t
                and sent.mention_of(t) is None
                and any(x.dep_ == "appos" for x in t.children)
            )
            if e is not None and e not in found and not possessor_only:
                found.append(e)
    return found


def _apposition_hung_elsewhere(t: Token, sent: Sentence) -> list[Token]:
    """'from my ministry, the Ministry of Education, Culture and Science, in 2025': the name
    right after the comma that repeats the noun is its apposition, wherever the parser hung
    it (here on the amount)."""
    after = t.doc[t.i + 1 : t.i + 4]
    if t.pos_ != "NOUN" or len(after) < 3 or after[0].text != "," or after[1].lower_ != "the":
        return []
    name = after[2]
    mention = sent.mention_of(name)
    repeats = name.lower_ == t.lower_ and name.is_title and not t.is_title
    here = mention is not None and mention.span.start in (name.i - 1, name.i)
    return [name] if repeats and here else []


def _describes_the_item_before(t: Token, sent: Sentence) -> bool:
    """'by Inception, a G42 subsidiary, and MBZUAI': an indefinite noun the parser made an
    item of the list describes the name before it."""
    return (
        t.pos_ == "NOUN"
        and sent.mention_of(t) is None
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
        and t.i > 0
        and t.doc[t.left_edge.i - 1].text == ","
    )


_COLLECTIVE_NOUNS = frozenset(
    "consortium group alliance coalition team collaboration partnership cooperation".split()
)


def parent_of_unit(tok: Token, sent: Sentence, ctx: DocContext) -> list[int]:
    """The body an unnamed unit belongs to: 'the University of Zambia's Department of
    Computer Science', 'the Faculty of Sciences of the Universidade Agostinho Neto'."""
    if tok.lemma_.lower() not in UNIT_OF_A_BODY or sent.mention_of(tok) is not None:
        return []
    # (its 'of' however nested: "the Faculty of Computing of Khon Kaen University")
    ofs = [t for t in tok.subtree if t.dep_ == "pobj" and t.head.lower_ == "of"]
    owners = [*children(tok, ("poss",)), *ofs]
    found = [e for o in owners if (e := ctx.refers_to(o, sent)) is not None]
    return [e for e in found if ctx.type_of(e) == "Organization"]


def group_members(tok: Token, sent: Sentence, ctx: DocContext) -> list[int]:
    """The members a collective noun names: 'a consortium led by X, which also includes A, B
    and C', 'a collaboration between A and B', 'a consortium of A and B'."""
    if tok.lemma_ not in _COLLECTIVE_NOUNS:
        return []
    found = [
        e for o in prep_objects(tok, ("between", "among", "of")) for e in np_entities(o, sent, ctx)
    ]
    for t in tok.subtree:
        if t.dep_ == "acl" and t.lemma_ in ("lead", "head", "coordinate", "form", "run"):
            found += [e for o in prep_objects(t, ("by",)) for e in np_entities(o, sent, ctx)]
        if t.dep_ == "relcl" and t.lemma_ in MEMBERSHIP_VERBS:
            found += members_listed(t, sent, ctx)
    return list(dict.fromkeys(found))


#: Verbs of a clause that lists a group's members ("which includes A and B").
MEMBERSHIP_VERBS = frozenset("include comprise bring gather".split())


def members_listed(clause: Token, sent: Sentence, ctx: DocContext) -> list[int]:
    """The members a clause lists: its objects, and the bodies named after it up to a new
    phrase ("that brings together A (IST), B, the University of C and D": a list of described
    names the parser breaks up, read off the words)."""
    found = [e for o in children(clause, ("dobj",)) for e in np_entities(o, sent, ctx)]
    found += [
        e for e in listed_after(ctx, sent, clause, stops=_MEMBER_LIST_STOPS)
        if ctx.type_of(e) in ("Firm", "Organization")
    ]  # fmt: skip
    return found


_MEMBER_LIST_STOPS = frozenset("with while which who under for to".split())


def collaborators(sent: Sentence, ctx: DocContext) -> list[int]:
    """Who 'in collaboration with A and B' (partnership, cooperation) names in a sentence."""
    return [
        e
        for prep in sent.tokens if prep.dep_ == "prep" and prep.lower_ == "in"
        for noun in children(prep, ("pobj",)) if noun.lemma_ in _COLLECTIVE_NOUNS
        for o in prep_objects(noun, ("with",))
        for e in np_entities(o, sent, ctx, heads_only=True)
    ]  # fmt: skip


def names_before(verb: Token, sent: Sentence, ctx: DocContext) -> list[int]:
    """The firms and bodies named before a verb the parser left without a subject ("Alibaba,
    Tencent and Meituan all invested"), save a country describing one."""
    return list(
        dict.fromkeys(
            m.entity
            for m in sent.mentions
            if m.span.end <= verb.i
            and ctx.type_of(m.entity) in ("Firm", "Organization")
            and m.span.root.dep_ != "poss"  # "Nvidia's unit X": X acts
        )
    )


def appositions(tok: Token) -> list[Token]:
    """The appositions that describe this token: in "Microsoft and G42, the Abu Dhabi-based
    group," the parser hangs "group" on Microsoft, but it describes G42, the conjunct it
    follows."""
    top = tok
    while top.dep_ == "conj" and top.head != top:
        top = top.head
    members = conjuncts(top)
    out = []
    # (each apposition describes the last conjunct before it, whichever one the parser hung
    # it on: "NAIROBI, May 22 - Microsoft and G42, the Abu Dhabi-based group")
    # (a plural one describes them all: "Bosch and Infineon, both German groups")
    for c in [*children(top, ("appos",)), *(children(tok, ("appos",)) if top != tok else [])]:
        described = max((m for m in members if m.i < c.i), key=lambda m: m.i, default=top)
        if described == tok or (c.tag_ == "NNS" and tok in members and tok.i < c.i):
            out.append(c)
    return out


def children(tok: Token, deps: Iterable[str]) -> list[Token]:
    wanted = set(deps)
    return [c for c in tok.children if c.dep_ in wanted]


def definite(tok: Token) -> bool:
    """'the system', 'this model', 'that capacity': a noun with a definite determiner."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)


def prep_objects(tok: Token, words: Iterable[str]) -> list[Token]:
    """Objects of the token's prepositions among `words` ("with X", "between X and Y")."""
    wanted = set(words)
    # ("providing capacity to CENIA": the parser calls a recipient's 'to' a dative)
    preps = [
        p for p in tok.children if p.dep_ in ("prep", "agent", "dative") and p.lower_ in wanted
    ]
    # ("to the government and to Samsung": the repeated preposition is the first one's conjunct)
    preps += [c for p in preps for c in p.children if c.dep_ == "conj" and c.lower_ == p.lower_]
    return [o for p in preps for o in p.children if o.dep_ == "pobj"]


def subjects(verb: Token) -> list[Token]:
    """The verb's subjects, also where the parser hung one on its auxiliary ("Vietnam and
    Thailand are each spending": 'Vietnam' under 'are')."""
    found = children(verb, ("nsubj",))
    found = found or [s for a in children(verb, ("aux",)) for s in children(a, ("nsubj",))]
    # ("Under the Scheme, NITDA disbursed NGN 2.5 billion": the name right before a past verb
    # with no subject, which the parser took for an adverbial)
    before = verb.doc[verb.i - 1] if verb.i else None
    if not found and before is not None and before.head == verb and verb.tag_ == "VBD":
        found = [before] if before.dep_ == "npadvmod" and before.pos_ == "PROPN" else []
    return found


def subject_of(verb: Token) -> Token | None:
    """The verb's subject (passive: its agent), climbing through xcomp/conj/advcl/acl."""
    t: Token | None = verb
    for _ in range(4):
        if t is None:
            return None
        subj = subjects(t)
        if subj:
            # "Its rival Inwi has signed": the parser gave the verb two subjects; the name
            return next((s for s in subj if s.pos_ == "PROPN"), subj[0])
        agent = prep_objects(t, ("by",))
        if agent and children(t, ("nsubjpass",)):
            return agent[0]
        if t.dep_ in ("xcomp", "conj", "advcl", "acl", "relcl", "ccomp") and t.head != t:
            t = t.head
        else:
            break
    passive = children(t, ("nsubjpass",)) if t is not None else []
    return passive[0] if passive else None  # "It is set to receive ...": the raised subject


def year_of(tok: Token) -> int | None:
    """The year a statement dates itself to: 'in 2024', 'in December 2023' in its own clause
    (for a noun, the clause of its verb). Targets ('by 2030'), spans ('through 2026') and
    other clauses do not date the fact."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    stack = [verb]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "conj"):
                continue
            if c.dep_ == "prep" and c.lower_ in ("in", "during"):
                for w in (w for o in c.children for w in o.subtree):
                    if w.text.isdigit() and len(w.text) == 4 and 1990 <= int(w.text) <= 2100:
                        return int(w.text)
            stack.append(c)
    return None


def acting_subject(verb: Token, sent: Sentence) -> Token | None:
    """The verb's subject, or, where the parser lost it, the name right before the verb
    ("Chile's National Center for AI (CENIA) is leading ...")."""
    subj = subject_of(verb)
    if subj is not None:
        return subj
    doc = verb.doc
    i = verb.i - 1
    while i >= sent.span.start and (
        doc[i].dep_ in ("aux", "auxpass", "neg", "advmod") or doc[i].text in (")", ",")
    ):
        i -= 1
    return doc[i] if i >= sent.span.start and sent.mention_of(doc[i]) is not None else None


def _of_a_body(sent: Sentence, root: Token) -> bool:
    """'Khazna Data Centers of the UAE', 'FGIS, the sovereign wealth fund of Gabon': a
    country after 'of' on a name, or on a description in apposition to one."""
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of":
        return False
    owner = of.head
    return sent.mention_of(owner) is not None or (
        owner.dep_ == "appos" and sent.mention_of(owner.head) is not None
    )


def listed_after(
    ctx: DocContext, sent: Sentence, prep: Token, *, stops: frozenset[str] = frozenset()
) -> list[int]:
    """'a joint venture between MGX, the Abu Dhabi-based firm, Bpifrance, France's bank, and
    two companies: Mistral AI and US chipmaker Nvidia', 'developed by A in Tunis and B': every
    actor named after the preposition up to the clause's end (or a word of `stops`), save
    those only describing another ('France's bank'), when descriptions make the parse lose
    the list."""
    found = []
    doc = prep.doc
    for m in sent.mentions:
        root = m.span.root
        state = ctx.type_of(m.entity) == "Government"
        describes = root.dep_ in ("poss", "compound") or (
            state
            and (
                root.dep_ in ("amod", "nmod") or _demonym_of_a_body(root) or _of_a_body(sent, root)
            )
        )  # (a firm's name the parser took for an adjective still names a partner; "a
        # Singapore data-centre company" describes one)
        # ("Hexagon, the technology group headquartered in Sweden": where an item is based)
        based = (
            state
            and m.span.start >= 2
            and doc[m.span.start - 1].lower_ == "in"
            and doc[m.span.start - 2].lower_ in BASED_WORDS
        )
        if m.span.start <= prep.i or describes or based:
            continue  # "France's bank", "US chipmaker": a description, not a partner
        path = list(doc[prep.i + 1 : m.span.start])  # the words between
        last_colon = max((t.i for t in path if t.text == ":"), default=-1)
        # "..., and two companies that have become symbols: Mistral AI and Nvidia": a colon
        # takes the list up again after a clause
        ended = any((_ends_list(t) or t.lower_ in stops) and t.i > last_colon for t in path)
        if ended or root.dep_ == "nsubj":
            break  # past the list: a clause of its own, or its subject
        last_comma = max((t.i for t in path if t.text == ","), default=-1)
        if any(_owner_of(t) and t.i > last_comma for t in path):
            continue  # "Jazz, the subsidiary of telecoms group VEON, and NTC": not VEON
        found.append(m.entity)
    return found


def _demonym_of_a_body(tok: Token) -> bool:
    """'Norwegian industrial group Aker ASA' (whatever the parse): a demonym whose next noun
    is no state noun describes a body ("the French and German governments" are states)."""
    if tok.pos_ != "ADJ":
        return False
    noun = next((t for t in tok.doc[tok.i + 1 : tok.sent.end] if t.pos_ in ("NOUN", "PROPN")), None)
    return noun is not None and noun.lemma_ not in _STATE_BODY_HEADS


def _ends_list(tok: Token) -> bool:
    """A verb (not a participle describing an item: 'Abu Dhabi-based'), an infinitive's
    'to' or a preposition after the list's 'and' ('of A and B, and with C') ends a list of
    names; a word hyphen-glued to the next is none ('the Hyderabad start-up X')."""
    doc = tok.doc
    glued = tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_
    verb = tok.pos_ in ("VERB", "AUX") and tok.tag_ not in ("VBN", "VBG") and not glued
    before = doc[tok.i - 1] if tok.i > 0 else tok
    new_phrase = tok.pos_ == "ADP" and before.lower_ in ("and", "or")
    return verb or new_phrase or tok.tag_ == "TO" or tok.dep_ == "relcl"


def _owner_of(tok: Token) -> bool:
    """'SCB 10X, the technology venture arm of SCBX': the 'of' naming the owner an item's
    description names (no item of the list)."""
    return tok.lower_ == "of" and tok.i > 0 and word(tok.doc[tok.i - 1]) in UNIT_NOUNS


def negated(verb: Token) -> bool:
    """'did not fund', 'has offered no direct subsidy', 'No grant or subsidy from the UAE is
    part of the deal'."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if verb.pos_ == "VERB":  # "has offered no direct subsidy": the object denied
        return any(
            c.dep_ == "det" and c.lower_ == "no"
            for o in children(verb, ("dobj",))
            for c in o.children
        )
    noun = verb
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head
    return verb.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def named_before_comma(tok: Token, sent: Sentence) -> Mention | None:
    """The name right before the comma that opens the phrase `tok` heads, however the parser
    hung the phrase ("Meltemi, the open Greek model released by Athena"; "not HyperCLOVA X,
    which Naver developed")."""
    left = tok.left_edge.i
    if left < sent.span.start + 2 or tok.doc[left - 1].text != ",":
        return None
    return sent.mention_of(tok.doc[left - 2])
