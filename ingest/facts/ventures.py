"""Joint ventures and partnerships: who teams up with whom.

Triggers are partnership nouns ("a joint venture between A, B and C", "their partnership",
"in partnership with X", "an agreement with Y"), partnering verbs ("X partners with Y",
"X partners Y") and named partnerships ("the U.S.-UAE AI Acceleration Partnership").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from spacy.tokens import Span, Token

from ingest.facts.context import DocContext, Fact, Sentence, clause_verb
from ingest.facts.tree import (
    MEMBERSHIP_VERBS,
    children,
    conjuncts,
    definite,
    listed_after,
    members_listed,
    names_before,
    negated,
    np_entities,
    prep_objects,
    subject_of,
    subjects,
    year_of,
)
from ingest.lexicon import (
    ACTOR_NOUNS,
    FACILITY_NOUNS,
    FOUNDING_NOUNS,
    HOME_SUFFIXES,
    PARTNER_NOUNS,
    VENTURE_HEADS,
    joint_venture_word,
    not_yet,
    word,
)

PARTNER_TYPES = {"Firm", "Organization", "Government", "Bloc"}
_PARTNER_VERBS = frozenset("partner team collaborate ally cooperate join".split())
_MAKE_DEAL_VERBS = frozenset(
    """enter sign form announce establish create forge strike seal reach include have launch
    lead join agree set found unveil conclude ink register incorporate run operate own""".split()
)
# Two actors that announce or launch one such thing together are partners in it.
_JOINT_ACTS = frozenset("announce launch unveil open inaugurate".split())
_JOINT_THINGS = frozenset(
    """package project initiative programme program plan investment fund centre center
    facility campus lab laboratory hub""".split()
)
_PAYING_VERBS = frozenset("put fund finance pay contribute co-fund cofund".split())
_CONSTRUCT_VERBS = frozenset("build construct".split())
_BUILD_VERBS = _CONSTRUCT_VERBS | {"develop", "run", "operate"}
_SETTING_UP_VERBS = _BUILD_VERBS | {"set", "deploy", "establish", "create", "open"}
_FOUNDING_VERBS = frozenset("agree form create establish set launch found own".split())
STATE_WORDS = frozenset("government state authorities administration ministry".split())
_TIE_NOUNS = frozenset("partnership collaboration alliance venture cooperation".split())
_NAMED_HEADS = frozenset("Partnership Alliance Agreement Pact Accord".split())
_LIST_PREPS = frozenset("between among of".split())
_TOGETHER = frozenset("jointly together".split())
_PLATFORM_NOUNS = frozenset("cloud platform network".split())
_PRONOUNS = frozenset("it they we".split())
_OWN_VERBS = frozenset("own control hold".split())
# "invested in G42 as part of a strategic partnership", "under a partnership", "through ..."
_PART_OF = frozenset("part under through".split())
# "a memorandum signed in June by A, B and C", "the Stargate venture announced by A and B"
_SIGNED_VERBS = frozenset(
    "sign conclude agree form set create establish announce launch unveil".split()
)


# Words that say a tie is denied or only talked of: "denied reports that ...", "rumours of
# a partnership", "press reports that A and B are forming a partnership"
_DENYING = frozenset("deny dismiss rumour rumor speculate speculation".split())
_TALKERS = frozenset("press media newspaper newspapers".split())
# "... but nothing had been agreed": what no one has done yet
_DONE_DEAL_VERBS = frozenset("agree sign conclude finalise finalize decide".split())
# the verbs whose denial denies the tie itself: "has not been concluded", "did not enter"
_TIE_EXISTS_VERBS = (
    _SIGNED_VERBS
    | _DONE_DEAL_VERBS
    | frozenset("have be enter exist reach pursue plan seek".split())
)


def ventures(ctx: DocContext, sent: Sentence) -> list[Fact]:
    out: list[Fact] = []
    # ("... but that nothing had been agreed": no tie in the sentence)
    for tok in [] if _nothing_done(sent) else sent.tokens:
        told = len(out)
        joint = joint_venture_word(tok) or (
            tok.lower_ == "venture" and _hyphenated_owners(sent, tok)
        )
        # "a letter of intent": an agreement in all but name
        intent = tok.lemma_ == "letter" and any(
            o.lower_ == "intent" for o in prep_objects(tok, ("of",))
        )
        # "a supply agreement with AMD" is a sale (supplies.py), not a partnership
        tie = tok.pos_ == "NOUN" and (
            (tok.lemma_ in PARTNER_NOUNS and not _sale(tok)) or _a_venture(tok) or _joint(tok)
        )
        if joint or intent or tie:
            # ("have formed a joint venture company, RH Mobility": the company is the venture)
            if joint and tok.dep_ == "compound" and tok.head.lemma_ in VENTURE_HEADS:
                tok = tok.head
            partners = _noun_partners(ctx, sent, tok)
            if len(set(partners)) < 2 and _refers_back(tok):
                # "X will invest in Y. The strategic partnership gives X ...": X and Y
                partners = ctx.actors_before(sent, {"Firm", "Organization"})
            elif len(set(partners)) == 1 and prep_objects(tok, ("with",)):
                # "the first step in a partnership with Nvidia": the firm the text is about
                partners += _dominant_partner(ctx, sent, partners[0])
            name = _venture_name(ctx, sent, tok, partners)
            if joint and name is None:
                name = _named_later(ctx, sent, partners)
            kind = "joint_venture" if joint else "partnership"
            out += _make(ctx, sent, partners, kind, name, year_of(tok))
        elif (
            tok.pos_ == "VERB"
            and _done_together(tok)
            and not _develops_here(ctx, sent)
            and tok.lemma_ not in _PAYING_VERBS  # paying for a thing together: subsidies.py
        ):
            # "SAP and Deutsche Telekom will jointly own a new company" (a joint venture);
            # "A and B agreed to build it together", "launched by A together with B", "a
            # jointly built campus" (a partnership)
            kind = "joint_venture" if tok.lemma_ in _OWN_VERBS else "partnership"
            # "A and B will jointly establish X Co., Ltd.": a company founded together
            objects = children(tok, ("dobj",)) if tok.lemma_ in _FOUNDING_VERBS else []
            founded = [e for o in objects for e in _named_in(o, sent) if ctx.type_of(e) == "Firm"]
            kind = "joint_venture" if founded else kind
            # ("a company jointly owned by A, B and C": the owners)
            # (building anything 'together with' another: "is building, together with
            # Microsoft, a supercomputer", whose object the parser may lose)
            others = _joint_undertaking(tok) or tok.lemma_ in _OWN_VERBS | _CONSTRUCT_VERBS
            partners = [p for p in _together(ctx, sent, tok, others=others) if p not in founded]
            name = ctx.entities[founded[0]].name if founded else None
            out += _make(ctx, sent, partners, kind, name, year_of(tok))
        elif (
            tok.lemma_ in _BUILD_VERBS and _joint_undertaking(tok) and prep_objects(tok, ("with",))
        ):
            # "ByteDance is building a data centre in Ceará with developer Casa dos Ventos"
            # (a name the parser broke up: the first one after the 'with')
            partners = _together(ctx, sent, tok, others=True)
            if len(set(partners)) == 1:
                withs = [p for p in tok.children if p.lower_ == "with"]
                partners += [e for p in withs for e in _partners_after(ctx, sent, p)][:1]
            out += _make(ctx, sent, partners, "partnership", None, year_of(tok))
        elif (
            tok.pos_ == "VERB"
            and (tok.lemma_ in _PARTNER_VERBS or _works_with(tok))
            and not _joining_a_round(tok)
        ):
            partners = [e for s in children(tok, ("nsubj",)) for e in _named_in(s, sent)]
            if not partners:  # "Nvidia said it was partnering with Mistral AI", "the telco"
                partners += [e for s in children(tok, ("nsubj",))
                             if (e := ctx.refers_to(s, sent)) is not None]  # fmt: skip
            if not partners and tok.dep_ == "xcomp" and (above := subject_of(tok)) is not None:
                partners += _named_in(above, sent)  # "NASK and SpeakLeash agreed to cooperate"
            for obj in [*children(tok, ("dobj",)), *prep_objects(tok, ("with",))]:
                joined = np_entities(obj, sent, ctx)
                # "Sweden joined NATO" is membership, not a partnership
                bloc = tok.lemma_ == "join"
                partners += [e for e in joined if not (bloc and ctx.type_of(e) == "Bloc")]
            out += _make(ctx, sent, partners, "partnership", None, year_of(tok))
        elif tok.lemma_ == "agree" and tok.pos_ == "VERB" and _agreed_to_build(tok):
            # "Jio Platforms agreed with Nvidia to build AI infrastructure", "SK Group and AWS
            # have agreed to build an AI data centre"
            partners = [e for s in children(tok, ("nsubj",)) for e in _named_in(s, sent)]
            partners += [e for o in prep_objects(tok, ("with",))
                         for e in np_entities(o, sent, ctx, heads_only=True)]  # fmt: skip
            out += _make(ctx, sent, partners, "partnership", None, year_of(tok))
        elif (
            tok.lemma_ == "partner"
            and tok.pos_ == "NOUN"
            and (pair := _named_partner(ctx, sent, tok))
        ):
            out += _make(ctx, sent, pair, "partnership", None, year_of(tok))
        elif tok.lemma_ == "partner" and tok.pos_ == "NOUN" and tok.dep_ == "nsubj":
            out += _partners_listed(ctx, sent, tok)
        elif (
            tok.lemma_ == "partner"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "as"
            and tok.head.head.lemma_ in ("work", "act", "operate", "collaborate")
            and not any(c.dep_ in ("prep", "compound") for c in tok.children)
        ):
            # "The two companies have worked as strategic partners since 2024" (not "as
            # partners of X", "as Five Eyes partners")
            acting = subject_of(clause_verb(tok.head))
            partners = _named_in(acting, sent) or _the_two(ctx, sent, acting) if acting else []
            out += _make(ctx, sent, partners, "partnership", None, year_of(tok))
        elif tok.lemma_ in _JOINT_ACTS and tok.pos_ == "VERB" and _one_joint_thing(tok):
            # "Microsoft and G42 announced a $1 billion package of investments in Kenya"
            partners = [e for s in children(tok, ("nsubj",)) for e in _named_in(s, sent)]
            out += _make(ctx, sent, partners, "partnership", None, year_of(tok))
        elif tok.lemma_ in _JOINT_ACTS and tok.pos_ == "VERB" and prep_objects(tok, ("with",)):
            # "OpenAI unveiled Stargate UAE with G42 ... and Stargate Norway with Nscale and
            # Aker": the one who unveiled it and who it was unveiled with, for each project
            lead = [e for s in children(tok, ("nsubj",)) for e in np_entities(s, sent, ctx)][:1]
            for project in (tok, *children(tok, ("conj",))):
                withs = prep_objects(project, ("with",))
                partners = [e for o in withs for e in np_entities(o, sent, ctx, heads_only=True)]
                out += _make(ctx, sent, lead + partners, "partnership", None, year_of(tok))
        elif tok.lemma_ == "own" and (tok.tag_ == "VBN" or children(tok, ("agent",))):
            # "The company is owned by A, B, C and D": a company several own is a joint venture
            # ("a venture owned 70% by A and 30% by B": each share's 'by', however parsed)
            bys = [a for a in tok.subtree if a.lower_ == "by" and _owning_by(a, tok)]
            owners = [e for a in bys for o in children(a, ("pobj",))
                      for e in np_entities(o, sent, ctx)]  # fmt: skip
            owners = [e for e in owners if ctx.type_of(e) in ("Firm", "Organization")]
            if len(set(owners)) >= 2:
                out += _make(ctx, sent, owners, "joint_venture", None, year_of(tok))
        if len(out) > told and _unreal(tok):
            del out[told:]  # (read only where a word told of a tie: most words tell of none)
    out += _named(ctx, sent)
    teams = _developing_teams(ctx, sent, out)
    # "developed by A in collaboration with B and C": the whole team, not the part the noun got
    kept = [f for f in out if not any(set(f.args) < set(t.args) for t in teams)]
    # "signed an agreement to form a joint venture": one joint venture, not a partnership too
    ventures_told = [set(f.args) for f in kept if f.extra.get("kind") == "joint_venture"]
    kept = [
        f for f in kept
        if f.extra.get("kind") == "joint_venture" or set(f.args) not in ventures_told
    ]  # fmt: skip
    return kept + teams


_TEAM = ("Firm", "Organization")
_TEAMWORK_NOUNS = frozenset("partnership collaboration cooperation agreement memorandum".split())


def _developing_teams(ctx: DocContext, sent: Sentence, found: list[Fact]) -> list[Fact]:
    """'Rafidain is being developed jointly by A and B', 'developed by A together with B under
    a research partnership': bodies that develop one model together, where the sentence says
    they work together, are partners."""
    cue = any(t.lower_ in _TOGETHER or t.lemma_ in _TEAMWORK_NOUNS for t in sent.tokens)
    if not cue:
        return []
    by_model: dict[int, list[int]] = {}
    for f in (f for f in ctx.facts if f.kind == "DEVELOPS" and f.start == sent.start):
        developer, model = f.args
        if developer is not None and model is not None and ctx.type_of(developer) in _TEAM:
            by_model.setdefault(model, []).append(developer)
    told = [set(f.args) for f in found]
    out: list[Fact] = []
    for developers in by_model.values():
        team = set(developers)
        if len(team) >= 2 and not any(team <= t for t in told):
            out += _make(ctx, sent, developers, "partnership", None)
    return out


def _develops_here(ctx: DocContext, sent: Sentence) -> bool:
    """Whether the sentence tells who develops a model (the developing-teams rule, with its
    own cues, reads those)."""
    return any(f.kind == "DEVELOPS" and f.start == sent.start for f in ctx.facts)


def _done_together(verb: Token) -> bool:
    """'build it together', 'jointly own', 'launched by A together with B' (the parser hangs
    'together' on the 'with')."""
    return any(
        c.lower_ in _TOGETHER
        or (c.lower_ == "with" and any(a.lower_ == "together" for a in c.children))
        for c in verb.children
    )


def _joint_undertaking(verb: Token) -> bool:
    """Launching or unveiling something, or building or running a facility: what partners
    do 'together with' others (drafting a policy or carrying out work with a university is
    no partnership)."""
    if verb.lemma_ in _JOINT_ACTS:
        return True
    things = [*children(verb, ("dobj", "nsubjpass")), verb.head]
    return any(t.lemma_.lower() in FACILITY_NOUNS | _PLATFORM_NOUNS for t in things)


def _together(ctx: DocContext, sent: Sentence, verb: Token, *, others: bool) -> list[int]:
    """Who does a thing 'together' or 'jointly': the subjects (of the clause a participle
    describes: "plan to invest in a jointly built campus"), and, for a joint undertaking
    (`others`), the agents and who it is done 'together with'."""
    if verb.lemma_ in _OWN_VERBS and children(verb, ("auxpass", "agent")):
        # "The company, which is jointly owned by A and B": the owners, not the company
        # (also read off the words: descriptions make the parse lose the list)
        bys = children(verb, ("agent",))
        owners = [e for by in bys for o in children(by, ("pobj",))
                  for e in np_entities(o, sent, ctx, heads_only=True)]  # fmt: skip
        return owners + [e for by in bys for e in _partners_after(ctx, sent, by)]
    if verb.dep_ == "acl" and children(verb, ("dobj",)):
        # "Inception, a G42 subsidiary, built Jais together with X", read as a modifier
        noun = verb.head
        subj: Token | None = noun.head if noun.dep_ == "appos" else noun
    else:
        acting = clause_verb(verb.head) if verb.dep_ in ("amod", "acl") else verb
        subj = subject_of(acting)
    # the subjects themselves, not what their phrases mention in passing ("it": its referent)
    # ("A and B said they would jointly invest": who said it)
    partners = _sayers(ctx, sent, subj) if subj is not None else []
    partners = partners or [e for t in (conjuncts(subj) if subj is not None else [])
                            if (e := _subject_entity(ctx, sent, t)) is not None]  # fmt: skip
    if subj is not None and not partners:
        partners = _the_two(ctx, sent, subj)  # "The two firms will also jointly market ..."
    if subj is not None and len(set(partners)) == 1:
        # "Turkish operator Turkcell and Azerbaijani mobile firm Azercell agreed to form a
        # jointly owned company": descriptions make the parse lose the list
        # (not a description's: "ByteDance, the owner of TikTok, is building")
        aside = {t.i for c in children(subj, ("appos", "prep")) for t in c.subtree}
        own = {t.i for t in subj.subtree} - aside
        named = [
            m.entity for m in sent.mentions
            if m.span.root.i in own and ctx.type_of(m.entity) in _TEAM
        ]  # fmt: skip
        partners = named if len(set(named)) >= 2 else partners
    if subj is not None and _description_after_names(subj, sent):
        # "Telebras and Serpro, the federal data-processing company, will jointly run": the
        # parser took the description for the subject
        partners = names_before(subj, sent, ctx) or partners
    if not others:
        return partners
    partners += [e for a in prep_objects(verb, ("by",)) for e in np_entities(a, sent, ctx)]
    withs = [verb, *(c for c in verb.children if c.lower_ == "together")]
    partners += [e for t in withs for o in prep_objects(t, ("with",))
                 for e in np_entities(o, sent, ctx, heads_only=True)]  # fmt: skip
    return partners


def _a_clause_part(ctx: DocContext, sent: Sentence, entity: int) -> bool:
    """Whether the entity is named as a subject or object of its clause, not inside a
    prepositional phrase ("offered through Microsoft's Azure AI Foundry": not Foundry)."""
    for m in sent.mentions:
        if m.entity == entity:
            t = m.span.root
            while t.pos_ not in ("VERB", "AUX") and t.head != t:
                if t.dep_ == "pobj":
                    break
                t = t.head
            else:
                return True
    return False


def _description_after_names(subj: Token, sent: Sentence) -> bool:
    """'A and B, the federal data-processing company, will': a common-noun subject right
    after a name and a comma (a description the parser took for the subject)."""
    comma = subj.left_edge.i - 1
    doc = subj.doc
    return (
        subj.pos_ == "NOUN"
        and subj.dep_ == "nsubj"
        and comma > 0
        and doc[comma].text == ","
        and sent.mention_of(doc[comma - 1]) is not None
    )


def _subject_entity(ctx: DocContext, sent: Sentence, tok: Token) -> int | None:
    """A subject's name, or what its pronoun or 'the company' stands for (not what another
    common noun might)."""
    firm = tok.lemma_ in ("company", "firm", "start-up", "startup") and any(
        c.lower_ == "the" for c in tok.children
    )
    named = sent.mention_of(tok) is not None or tok.lower_ in _PRONOUNS or firm
    return ctx.refers_to(tok, sent) if named else None


def _hyphenated_owners(sent: Sentence, noun: Token) -> bool:
    """'the Thales-Google Cloud venture': two names joined by a hyphen before it."""
    words = [t for c in children(noun, ("compound",)) for t in c.subtree]
    return any(
        t.text == "-" and sent.mention_of(t.nbor(-1)) and sent.mention_of(t.nbor(1))
        for t in words if 0 < t.i < len(t.doc) - 1
    )  # fmt: skip


def _a_venture(noun: Token) -> bool:
    """'the $500bn Stargate venture announced by A, B and C' (not 'venture capital', 'a
    venture fund', 'Orange Ventures')."""
    return noun.lower_ == "venture" and noun.dep_ != "compound" and noun.tag_ == "NN"


def _joint(noun: Token) -> bool:
    """'a joint research lab with Nvidia', 'a joint centre': one thing two set up together."""
    return noun.lemma_ in _JOINT_THINGS and any(
        c.dep_ == "amod" and c.lower_ == "joint" for c in noun.children
    )


def _agreed_to_build(verb: Token) -> bool:
    """'agreed (with X) to build / set up / develop / run' something; 'agreed with X to'
    do anything together ("has agreed with OpenAI to plan a campus")."""
    doing = children(verb, ("xcomp",))
    together = bool(doing) and bool(prep_objects(verb, ("with",)))
    return together or any(x.lemma_ in _SETTING_UP_VERBS for x in doing)


def _joining_a_round(verb: Token) -> bool:
    """'..., led by A, with B and C joining', 'Existing investors A and B joined the round':
    investors taking part in a round, not partners."""
    if verb.lemma_ != "join":
        return False
    objects = children(verb, ("dobj",))
    if not objects:
        return verb.dep_ == "pcomp"  # the absolute 'with' clause has no object of its own
    return any(o.lower_ == "round" or o.lemma_ == "round" for o in objects)


def _works_with(verb: Token) -> bool:
    """'Krutrim is working with Nvidia to deploy ...', 'has tied up with Microsoft' (not the
    participle describing a team: 'researchers from A, working with B', which the develops
    rules read)."""
    tied_up = verb.lemma_ == "tie" and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in verb.children
    )
    return (
        (verb.lemma_ == "work" or tied_up)
        and verb.dep_ not in ("acl", "advcl")
        and bool(prep_objects(verb, ("with",)))
    )


def _sale(noun: Token) -> bool:
    """'a supply agreement', 'a loan agreement', 'a service agreement' (a sale or a loan, not
    a partnership; not 'a partnership under which X will supply Y')."""
    # (a services partnership is a partnership: "a cloud-services partnership with Microsoft")
    sold: tuple[str, ...] = ("supply", "purchase", "loan", "credit")
    if noun.lemma_ != "partnership":
        sold += ("service", "hosting", "procurement")
    return any(c.lemma_ in sold and c.dep_ in ("compound", "amod", "nmod") for c in noun.children)


def _one_joint_thing(verb: Token) -> bool:
    """The verb's object is one project, package or facility ("launched the Rwanda AI Scaling
    Hub", not "announced results")."""
    return any(
        o.tag_ in ("NN", "NNP") and o.lemma_.lower() in _JOINT_THINGS
        for o in children(verb, ("dobj",))
    )


def _refers_back(noun: Token) -> bool:
    """'The (strategic) partnership', 'this deal' as the subject: one told of just before."""
    return (
        noun.lemma_ in _TIE_NOUNS  # not "the deal": a sale or a contract is no partnership
        and noun.dep_ in ("nsubj", "nsubjpass")
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children)
        and not any(c.dep_ == "prep" for c in noun.children)
    )


def _named_in(subject: Token, sent: Sentence) -> list[int]:
    """Every actor the subject phrase names, however the parser linked "A and B" inside it,
    save a country only describing a firm ("Argentine energy company Sur Energy"; "the
    Rwandan government" is the country)."""
    inside = {t.i for t in subject.subtree if t.dep_ not in ("relcl", "acl")}
    return [
        m.entity for m in sent.mentions
        if m.span.root.i in inside and not _describes_a_firm(m.span.root)
    ]  # fmt: skip


def _describes_a_firm(tok: Token) -> bool:
    """'US firm X', 'Qatar's Ooredoo', 'Khazna of the United Arab Emirates' (a name's 'of'),
    'MGX, an investment firm from the United Arab Emirates'."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        # (or a description's: "RailTel, an enterprise of the Government of India, and X")
        return tok.head.head.pos_ == "PROPN" or tok.head.head.dep_ == "appos"
    if tok.dep_ == "pobj" and tok.head.lower_ == "from":
        return word(tok.head.head) in ACTOR_NOUNS
    if tok.dep_ == "npadvmod" and tok.head.lower_ in HOME_SUFFIXES:
        return True  # "Singapore-headquartered Meridian Compute"
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lower_ in HOME_SUFFIXES:
        return True  # "X, a data centre operator based in Singapore, joined"
    return tok.dep_ in ("amod", "compound", "poss") and tok.head.lemma_ not in STATE_WORDS


def _noun_partners(ctx: DocContext, sent: Sentence, noun: Token) -> list[int]:
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "include":
        return []  # "the collaboration will also include X": members of one named before
    partners: list[int] = _stake_holders(ctx, sent, noun)
    # ("a joint venture company between A and B": the 'between' on the noun it qualifies)
    qualified = (
        [noun, noun.head] if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" else [noun]
    )
    for prep in (
        c for n in qualified for c in n.children if c.dep_ == "prep" and c.lower_ in _LIST_PREPS
    ):
        objects = children(prep, ("pobj",))
        # "between British company Nscale and Norwegian group Aker ASA": the names after the
        # word, when there are two (the descriptions' countries are no partners); else the
        # phrase's referents ("between the US company and the government of Iceland")
        listed = _partners_after(ctx, sent, prep)
        if len(set(listed)) >= 2:
            partners += listed
        elif prep.lower_ != "of" or any(sent.mention_of(o) for o in objects):
            partners += [e for o in objects for e in np_entities(o, sent, ctx)] + listed
        else:
            partners += listed
    for t in noun.subtree:  # "the consortium that will run the centre, which includes X and Y"
        if t.lemma_ in MEMBERSHIP_VERBS and t.dep_ == "relcl":
            partners += members_listed(t, sent, ctx)
        elif t.lemma_ in _FOUNDING_VERBS | _SIGNED_VERBS and t.dep_ == "relcl" and t.head == noun:
            # "a joint venture that A and B agreed to form", "the partnership that A, B and C
            # unveiled", "an agreement that Kazakhstan signed with the UAE": who made it
            for s in children(t, ("nsubj",)):
                named = _named_in(s, sent)
                if not named and any(c.lower_ == "two" for c in s.children):
                    # "X will resell Y's services under a partnership the two companies
                    # signed": the two this sentence or the one before named
                    here = [
                        e for e in names_before(noun, sent, ctx) if _a_clause_part(ctx, sent, e)
                    ]
                    named = _the_two(ctx, sent, s) or (here if len(here) == 2 else [])
                partners += named
            partners += [e for o in prep_objects(t, ("with",))
                         for e in np_entities(o, sent, ctx, heads_only=True)]  # fmt: skip
    withs = [t for t in noun.subtree if t.lower_ == "with" and t.dep_ == "prep"]
    if noun.dep_ == "dobj":  # "signed deals with X": the parser may hang 'with' on the verb
        withs += [t for t in noun.head.children if t.lower_ == "with" and t.dep_ == "prep"]
    for t in withs:  # "a deal to develop a factory in Vietnam with FPT", not "with Nvidia chips"
        # ("a collaboration with HUMAIN covering 500 MW": the name read as a clause's subject)
        objects = children(t, ("pobj",)) + [s for c in children(t, ("pcomp",))
                                            for s in children(c, ("nsubj",))]  # fmt: skip
        for obj in objects:
            partners += np_entities(obj, sent, ctx, heads_only=True)
    if noun.dep_ == "nsubjpass" and noun.head.lemma_ in _SIGNED_VERBS:
        # "A data-sharing agreement was signed by TNO with NDP Nieuwsmedia and ANP"
        signed = noun.head
        partners += [e for by in children(signed, ("agent",))
                     for e in _partners_after(ctx, sent, by)]  # fmt: skip
        partners += [e for o in prep_objects(signed, ("with",))
                     for e in np_entities(o, sent, ctx, heads_only=True)]  # fmt: skip
    for signed in children(noun, ("acl",)):  # "a memorandum signed in June by A, B and C"
        if signed.lemma_ in _SIGNED_VERBS:
            # ("a joint venture formed in March between A and B")
            between = [c for c in children(signed, ("prep",)) if c.lower_ in ("between", "among")]
            for by in children(signed, ("agent",)) + between:
                listed = _partners_after(ctx, sent, by)
                if len(set(listed)) < 2:
                    # ("between the Company (60%) and Singtel (40%)": a defined term is no
                    # name; what the objects stand for)
                    listed += [
                        e for o in children(by, ("pobj",)) for e in np_entities(o, sent, ctx)
                    ]
                partners += listed
    for poss in children(noun, ("poss",)):
        if poss.lower_ == "their":
            subj = _subject_above(noun)
            # ("The two companies first announced their partnership": the two named before)
            partners += np_entities(subj, sent, ctx) + _the_two(ctx, sent, subj) if subj else []
        else:
            e = ctx.refers_to(poss, sent)
            partners += [e] if e is not None else []
    # ("the Thales-Google Cloud venture": the names in its modifiers, however nested)
    for modifier in (t for c in children(noun, ("compound", "amod", "nmod")) for t in c.subtree):
        m = sent.mention_of(modifier)
        partners += [m.entity] if m is not None else []
    head = noun.head
    # "under an agreement with X", "under the agreement it signed with X" (not "Under the
    # agreement, X will supply Y": one the text told of before)
    said_with = any(t.lower_ == "with" for t in noun.subtree)
    if noun.dep_ == "pobj" and (head.lower_ == "in" or (head.lower_ == "under" and said_with)):
        # "X's facility in partnership with Y", "X built it in partnership with Y", "Under an
        # agreement with Nvidia, the company is rolling out ..."
        owner = head.head
        owners = [p for p in children(owner, ("poss",))] if owner.pos_ != "VERB" else []
        subj = subject_of(owner) if owner.pos_ in ("VERB", "AUX") else None
        if head.lower_ == "under" and subj is not None and ctx.refers_to(subj, sent) is None:
            subj = None  # "Under a memorandum with Greece, Cypriot researchers will ..."
        if subj is not None and subj.lower_ in ("they", "we") and owner.dep_ == "ccomp":
            # "A and B said they would invest $5bn in a strategic partnership": who said it
            subj = next(iter(subjects(owner.head)), subj)
        for t in owners + ([subj] if subj is not None else []):
            partners += np_entities(t, sent, ctx)
        if owner.pos_ == "VERB" and children(owner, ("auxpass",)):
            # "will be hosted by Cenaero, in cooperation with the VSC": who hosts it
            partners += [e for a in prep_objects(owner, ("by",)) for e in np_entities(a, sent, ctx)]
        # "X is a partner, with A, B and C, in a joint venture"
        for partner in (p for p in (owner, *children(owner, ("attr",))) if p.lemma_ == "partner"):
            partners += [e for w in partner.children if w.lower_ == "with"
                         for e in _partners_after(ctx, sent, w)]  # fmt: skip
        if not owners and subj is None:
            up = owner.head if owner.dep_ == "pobj" else owner
            for t in children(up.head if up.dep_ == "prep" else up, ("poss",)):
                partners += np_entities(t, sent, ctx)
            if head.lower_ == "in" and len(set(partners)) < 2:
                # "is building Colosseum, a data centre, in partnership with Nvidia": the
                # parser hung it on the object; the clause's subject is the partner
                acting = subject_of(clause_verb(owner))
                partners += np_entities(acting, sent, ctx) if acting is not None else []
    elif noun.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in ("VERB", "AUX"):
        # "A and B are building a 40 MW facility as a 50/50 joint venture": the builders
        acting = subject_of(head.head)
        # ("X, the provider set up as a joint venture by A and B": who set it up, the
        # subject being the venture)
        makers = [c for c in noun.children if c.lower_ == "by"] + children(head.head, ("agent",))
        if makers:
            partners += [e for by in makers for e in _partners_after(ctx, sent, by)]
        elif acting is not None:
            partners += _named_in(acting, sent)
    elif noun.dep_ == "appos" and (maker := _maker_of(head)) is not None:
        # "A and B announced Stargate UK, a partnership to build ...", "A and B completed the
        # formation of QazPresight, a joint venture": who made it
        subj = subject_of(maker)
        if subj is not None:
            # ("A and B said they had formed X, a joint venture": who said it)
            said = _who_said(ctx, sent, subj, maker)
            partners += said or np_entities(subj, sent, ctx) + _named_in(subj, sent)
        else:
            partners += names_before(maker, sent, ctx)
    elif (maker := _deal_maker(noun)) is not None and not prep_objects(
        noun,
        ("between", "among"),  # "announced a deal between A and B"
    ):
        subj = subject_of(maker)
        said = _who_said(ctx, sent, subj, maker) if subj is not None else None
        if said is not None:  # "A and B said they had formed a partnership": who said it
            partners += said
            subj = None
        if subj is not None:
            partners += np_entities(subj, sent, ctx) + _named_in(subj, sent)
            partners += _the_two(ctx, sent, subj)
            if subj.lower_ in ("which", "who", "it") and len(set(partners)) < 1:
                # "Cassava, which has a partnership with Nvidia": what 'which' stands for
                partners += [e for e in [ctx.refers_to(subj, sent)] if e is not None]
            if len(set(partners)) == 1 and subj.lower_ in ("they", "these"):
                partners += _dominant_partner(ctx, sent, partners[0])
            if len(set(partners)) == 1 and subj.i > sent.span.start:
                # "British start-up A and Norwegian investor B have formed a joint venture":
                # descriptions make the parse lose the list
                partners += names_before(maker, sent, ctx)
        elif not partners:
            # the parser lost the subject ("Belize Telemedia ... signed"): the names before
            partners += names_before(maker, sent, ctx)
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_ in _CALLING_VERBS:
        # "The two firms described the arrangement as a strategic partnership", "a project
        # the two companies describe as a partnership": who call it one (the two named in
        # this sentence or the one before)
        caller = subject_of(head.head)
        if caller is not None:
            here = [m.entity for m in sent.mentions if m.span.end <= caller.i
                    and ctx.type_of(m.entity) in ("Firm", "Organization")]  # fmt: skip
            two = any(c.lower_ == "two" for c in caller.children)
            partners += np_entities(caller, sent, ctx) + _named_in(caller, sent)
            partners += here if two and len(set(here)) == 2 else _the_two(ctx, sent, caller)
    if len(set(partners)) == 1 and noun.dep_ == "pobj" and head.lower_ in ("to", "into"):
        # "KT committed 2.4 trillion won to a partnership with Microsoft": who commits to it
        # (the 'to' may hang on the amount, 'won' even read as a verb: the nearest subject)
        verbs = [head.head, *head.head.ancestors][:4] if said_with else []
        doer = next((d for v in verbs if (d := subject_of(v)) is not None), None)
        partners += np_entities(doer, sent, ctx) if doer is not None else []
    if len(set(partners)) < 2 and noun.dep_ == "pobj" and _within_part_of(noun):
        # "Microsoft invested $1.5 billion in G42 as part of a strategic partnership": the
        # clause's subject and the one it acts on
        verb = clause_verb(noun)
        acting = subject_of(verb)
        partners += np_entities(acting, sent, ctx) if acting is not None else []
        for obj in [*children(verb, ("dobj",)), *prep_objects(verb, ("in", "with", "to"))]:
            partners += np_entities(obj, sent, ctx, heads_only=True)
    return partners


_CALLING_VERBS = frozenset("describe call term characterise characterize bill label".split())


def _deal_maker(noun: Token) -> Token | None:
    """The verb that makes the deal `noun` names: 'signed a partnership', 'entered into a
    partnership'."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_ in _MAKE_DEAL_VERBS:
        return head
    if noun.dep_ == "pobj" and head.lower_ == "into" and head.head.lemma_ == "enter":
        return head.head
    # "announced a partnership to launch a cloud region", read as the partnership's clause
    to_do = any(c.tag_ == "TO" for c in head.children)
    if noun.dep_ == "nsubj" and head.dep_ == "ccomp" and to_do:
        return head.head if head.head.lemma_ in _MAKE_DEAL_VERBS else None
    return None


def _owning_by(by: Token, owned: Token) -> bool:
    """A 'by' of the owning verb's own ("owned 70% by A and 30% by B"), not one in a clause
    below it ("owned by A, which is in turn controlled by B")."""
    t = by
    while t != owned and t.head != t:
        if t.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return False
        t = t.head
    return by.dep_ in ("agent", "prep")


_MAKING_NOUNS = frozenset("formation creation establishment launch founding".split())


def _maker_of(thing: Token) -> Token | None:
    """The verb that makes a named thing: 'announced X', 'completed the formation of X'."""
    if thing.dep_ == "dobj" and thing.head.lemma_ in _MAKE_DEAL_VERBS:
        return thing.head
    of = thing.head
    making = of.head
    if thing.dep_ == "pobj" and of.lower_ == "of" and making.lemma_ in _MAKING_NOUNS:
        return clause_verb(making) if making.dep_ in ("dobj", "nsubj", "pobj") else None
    return None


def _within_part_of(noun: Token) -> bool:
    """'as part of a strategic partnership', 'under a partnership' (not 'was not part of
    the agreement')."""
    definite = any(c.lower_ in ("the", "this", "that") for c in noun.children)
    heads = [noun.head, noun.head.head, noun.head.head.head]
    negated = any(c.dep_ == "neg" for c in clause_verb(noun).children)
    return not definite and not negated and any(h.lower_ in _PART_OF for h in heads)


_SHARE = frozenset("% per percent".split())


def _stake_holders(ctx: DocContext, sent: Sentence, noun: Token) -> list[int]:
    """'a joint venture in which A holds 51% and B the remaining 49%' (each name before a
    share, the parse of the gapped list varies), 'A will hold 40% of a joint venture with B'
    (the holder; the 'with' is read as for any partnership noun)."""
    doc = noun.doc
    holding = [v for v in children(noun, ("relcl",)) if v.lemma_ in _OWN_VERBS]
    if not holding and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        share = noun.head.head
        verb = share.head if share.dep_ == "dobj" else None
        if verb is not None and verb.lemma_ in _OWN_VERBS:
            return [e for s in children(verb, ("nsubj",)) for e in _named_in(s, sent)]
    # ("Uzbekistan's state operator Uzbektelecom holds": the name in the described subject)
    holders = [
        m.entity for v in holding for s in children(v, ("nsubj",)) for t in s.subtree
        if (m := sent.mention_of(t)) is not None and ctx.type_of(m.entity) in _TEAM
    ]  # fmt: skip
    for v in holding:  # "... and Huawei Technologies the remaining 49%" (however parsed)
        shares = [
            t for t in sent.tokens
            if t.i > v.i and t.like_num and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _SHARE
        ]  # fmt: skip
        for t in shares:
            m = next((sent.mention_of(doc[i]) for i in range(t.i - 1, v.i, -1)
                      if sent.mention_of(doc[i]) is not None), None)  # fmt: skip
            holders += [m.entity] if m is not None else []
    return holders


def _who_said(ctx: DocContext, sent: Sentence, subj: Token, verb: Token) -> list[int] | None:
    """'A and B said they had formed ...': who said what 'they' or 'we' did (the parser may
    give the reporting verb both as subjects); None where no one reports it."""
    sayers = subjects(verb.head) if subj.lower_ in ("they", "we") and verb.dep_ == "ccomp" else []
    if not sayers:
        return None
    return [e for t in sayers for e in np_entities(t, sent, ctx) + _named_in(t, sent)]


def _sayers(ctx: DocContext, sent: Sentence, subj: Token) -> list[int]:
    """'A and B said they would ...': the names who said it, for 'they' (not a country
    describing one, as `_who_said` counts for a formed venture)."""
    if subj.lower_ != "they" or subj.head.dep_ != "ccomp":
        return []
    return [e for s in children(subj.head.head, ("nsubj",)) for e in _named_in(s, sent)]


def _the_two(ctx: DocContext, sent: Sentence, subj: Token) -> list[int]:
    """'The two firms had signed a strategic partnership': the two the text just named (in
    the sentence's clause before: "Microsoft invested in G42, and the two announced ...")."""
    firms = (any(c.lower_ == "two" for c in subj.children) and subj.tag_ == "NNS") or (
        subj.lower_ == "two" and any(c.lower_ == "the" for c in subj.children)
    )
    if not firms:
        return []
    kinds = {"Firm", "Organization"}
    here = list(dict.fromkeys(
        m.entity for m in sent.mentions
        if m.span.end <= subj.i and ctx.type_of(m.entity) in kinds
    ))  # fmt: skip
    return here if len(here) == 2 else ctx.actors_before(sent, kinds)


def _partners_after(ctx: DocContext, sent: Sentence, prep: Token) -> list[int]:
    return [e for e in listed_after(ctx, sent, prep) if ctx.type_of(e) in PARTNER_TYPES]


def _subject_above(noun: Token) -> Token | None:
    """'X and Y announced their partnership': the subject of the nearest verb above."""
    t = noun
    for _ in range(4):
        t = t.head
        subj = [c for c in t.children if c.dep_ == "nsubj" and c != noun and noun not in c.subtree]
        if subj:
            return subj[0]
        if t.head == t:
            break
    # the parser hung the list elsewhere: the name right before the verb ("..., G42, OpenAI
    # and Cisco today announced their partnership")
    doc = noun.doc
    for i in range(t.i - 1, max(t.i - 4, -1), -1):
        if doc[i].pos_ == "PROPN":
            return doc[i]
    return None


def _dominant_partner(ctx: DocContext, sent: Sentence, partner: int) -> list[int]:
    """'They include a deal ... with FPT': the unnamed side is the firm the text is about."""
    firms = Counter(
        m.entity for e in ctx.entities for m in e.mentions
        if ctx.type_of(m.entity) == "Firm" and m.entity != partner
    )  # fmt: skip
    if not firms:
        return []
    top, n = firms.most_common(1)[0]
    return [top] if n >= 3 else []


def _named_partner(ctx: DocContext, sent: Sentence, noun: Token) -> list[int]:
    """'G42 and its Kenyan partner EcoCloud', 'with its local partner, Safaricom': the one
    whose partner the name is, and the name."""
    named = [noun.head] if noun.dep_ == "compound" else children(noun, ("appos",))
    # (the possessive hangs on the name when the noun is its compound)
    owners = children(noun, ("poss",)) or [p for t in named[:1] for p in children(t, ("poss",))]
    owner = next((ctx.refers_to(p, sent) for p in owners), None)
    if owner is not None and named and named[0].dep_ == "conj":
        # ("A and its partner B": A, the name coordinated before)
        before = sent.mention_of(named[0].head)
        owner = before.entity if before is not None else owner
    partner = next((m.entity for t in named if (m := sent.mention_of(t)) is not None), None)
    if owner is None or partner is None or owner == partner:
        return []
    # (not "its Benelux partners Luxembourg and the Netherlands": states a bloc joins)
    businesses = all(ctx.type_of(e) in ("Firm", "Organization") for e in (owner, partner))
    return [owner, partner] if businesses else []


def _partners_listed(ctx: DocContext, sent: Sentence, noun: Token) -> list[Fact]:
    """'The company's partners include Microsoft, NVIDIA...': one partnership per partner."""
    owner = next((ctx.refers_to(p, sent) for p in children(noun, ("poss",))), None)
    if owner is None:
        return []
    # (the names listed, not a country describing one: "SAP, Germany's largest software group")
    items = [c for o in children(noun.head, ("dobj", "attr")) for c in conjuncts(o)]
    listed = [e for c in items for e in np_entities(c, sent, ctx, heads_only=True)]
    out: list[Fact] = []
    for e in dict.fromkeys(listed):
        out += _make(ctx, sent, [owner, e], "partnership", None)
    return out


_VENTURE_WORDS = frozenset("venture company entity jv".split())


def _named_later(ctx: DocContext, sent: Sentence, partners: list[int]) -> str | None:
    """'... agreed to form a joint venture. The jointly owned company, to be named X, will
    ...', 'The venture, provisionally named X, ...', 'The joint venture, X, will ...': the name
    the next sentences give it."""
    for later in ctx.sentences[sent.index + 1 : sent.index + 3]:
        # (the subject the sentence is about: not "the state oil company Saudi Aramco")
        nouns = [t for t in later.tokens
                 if t.lower_ in _VENTURE_WORDS and t.dep_ in ("nsubj", "nsubjpass")]  # fmt: skip
        for noun in (t for t in nouns if definite(t)):
            named = children(noun, ("appos",))
            named += [o for a in children(noun, ("acl", "relcl", "appos"))
                      if a.lemma_ in ("name", "call")
                      for o in children(a, ("oprd", "attr", "dobj"))]  # fmt: skip
            named += [o for a in children(noun, ("acl",)) for x in children(a, ("xcomp",))
                      if x.lemma_ in ("name", "call")
                      for o in children(x, ("oprd", "attr", "dobj"))]  # fmt: skip
            for t in named:
                m = later.mention_of(t)
                if m is not None and m.entity not in partners and ctx.type_of(m.entity) == "Firm":
                    return ctx.entities[m.entity].name
    return None


def at_work(ctx: DocContext) -> list[Fact]:
    """A named joint venture runs what its founding sentence says it is set up for ("formed
    a joint venture, X, to build a data centre campus in Batam, Indonesia"): the venture
    operates where its parents are said to and where the sentence places things."""
    by_start = {s.start: s for s in ctx.sentences}
    added: list[Fact] = []
    for jv in (f for f in ctx.facts if f.kind == "venture"):
        venture = ctx.venture_entity(jv)
        if venture is None:
            continue
        parents = [f for f in ctx.facts if f.kind == "OPERATES_IN" and f.start == jv.start
                   and f.args[0] in jv.args]  # fmt: skip
        where = {f.args[1] for f in parents} | {
            ctx.country_entity(p.country) for p in by_start[jv.start].places if _placed_in(p.span)
        }
        added += [Fact("OPERATES_IN", (venture, c), jv.start, jv.end, 0.7) for c in where]
    return ctx.facts + added


def _placed_in(place: Span) -> bool:
    """A country a phrase places something in: 'in Vietnam', 'in Batam, Indonesia' (not
    'Viettel, Vietnam's military-owned group')."""
    doc = place.doc
    if place.label_ != "Government" or place.start < 2:
        return False
    if place.end < len(doc) and doc[place.end].tag_ == "POS":
        return False
    before = doc[place.start - 1]
    return before.lower_ == "in" or (before.text == "," and doc[place.start - 3].lower_ == "in")


def _venture_name(ctx: DocContext, sent: Sentence, noun: Token, partners: list[int]) -> str | None:
    """'A joint venture between A and B, C launched...': C, when C is a firm of its own; 'to
    form a joint venture, to be named C': the name its naming clause gives."""
    linked = [noun.head] if noun.dep_ in ("appos", "npadvmod", "nsubj") else []
    linked += children(noun, ("appos",))
    # ("announced the launch of C, a joint venture": what the event's noun is of)
    linked += [o for t in linked if t.lemma_ in FOUNDING_NOUNS for o in prep_objects(t, ("of",))]
    namers = [a for h in (noun, noun.head) for a in children(h, ("acl", "advcl", "relcl"))
              if a.lemma_ in ("name", "call")]  # fmt: skip
    # ("formed a joint venture with X, called C": the naming word right after the phrase,
    # wherever the parser hung it)
    namers += [t for t in sent.tokens if t.lemma_ in ("name", "call")
               and 1 <= t.i - noun.right_edge.i <= 2 and t not in namers]  # fmt: skip
    linked += [o for a in namers for o in children(a, ("oprd", "attr", "dobj"))]
    for t in linked:
        for c in conjuncts(t):
            m = sent.mention_of(c)
            if m is not None and m.entity not in partners and ctx.type_of(m.entity) == "Firm":
                return ctx.entities[m.entity].name
    if noun.dep_ == "npadvmod" or noun.head.dep_ == "ROOT":
        subj = children(noun.head, ("nsubj",))
        for s in subj:
            m = sent.mention_of(s)
            if m is not None and m.entity not in partners and ctx.type_of(m.entity) == "Firm":
                return ctx.entities[m.entity].name
    return None


def _named(ctx: DocContext, sent: Sentence) -> list[Fact]:
    """A named partnership whose name holds its partners: 'U.S.-UAE AI ... Partnership'."""
    out: list[Fact] = []
    for run in ctx.name_runs(sent):
        if run[-1].text not in _NAMED_HEADS:
            continue
        inside = [p for p in sent.places if run.start <= p.span.start < run.end]
        partners = [ctx.country_entity(p.country) for p in inside]
        for tok in run:  # "U.S.-UAE": one token, two countries
            for part in re.split(r"[-–/]", tok.text) if re.search(r"\S[-–/]\S", tok.text) else []:
                known = ctx.reference.by_name(part)
                if known is not None and known.country and known.type == "Government":
                    partners.append(ctx.country_entity(known.country))
        partners += [m.entity for m in sent.mentions if run.start <= m.span.start < run.end]
        root = run.root
        if len(set(partners)) < 2 and root.dep_ == "dobj" and root.head.lemma_ in _MAKE_DEAL_VERBS:
            # "BlackRock, GIP, Microsoft and MGX launched the AI Infrastructure Partnership"
            partners += [e for s in subjects(root.head) for e in _named_in(s, sent)]
        out += _make(ctx, sent, partners, "partnership", run.text)
    return out


def _unreal(tok: Token) -> bool:
    """A tie denied or only reported: 'has not been concluded', 'no partnership with X',
    'denied reports that the Ministry had entered a partnership', 'press reports of a
    partnership with Microsoft'."""
    verb = clause_verb(tok)
    # (not "the partnership does not include state money": a tie that is, saying what not)
    if negated(tok) or (negated(verb) and (verb == tok or verb.lemma_ in _TIE_EXISTS_VERBS)):
        return True
    # "a proposed cooperation between A and B remains under discussion and has not been
    # concluded": a tie only planned
    if not_yet(tok):
        return True
    # (its own clause's: not "signed a memorandum with Baidu, and is in talks with X")
    if verb != tok and any(o.lemma_ in _TALKS for o in prep_objects(verb, ("under", "in"))):
        return True
    # (the talk above the tie, or the subject of the clause above it: "There were press
    # reports last week of a partnership", "Reports suggested that X had signed a partnership")
    above = [tok, *tok.ancestors]
    return any(_talk(t) for a in above for t in (a, *children(a, ("nsubj", "attr"))))


# where it stands: "remains under discussion", "is in negotiations"
_TALKS = frozenset("discussion negotiation consideration review talk".split())


def _talk(tok: Token) -> bool:
    """'denied', 'rumours', 'speculation', 'press reports', 'Media report that'."""
    if tok.lemma_ in _DENYING:
        return True
    return tok.lemma_ == "report" and (
        tok.tag_ == "NNS" or any(c.lower_ in _TALKERS for c in tok.children)
    )


def _nothing_done(sent: Sentence) -> bool:
    """'said it was reviewing a possible partnership but that nothing had been agreed'; 'Did
    CBC sign any agreement with OpenAI?' (a question tells of no tie)."""
    if sent.text.rstrip().endswith("?"):
        return True
    return any(t.lower_ == "nothing" and t.head.lemma_ in _DONE_DEAL_VERBS for t in sent.tokens)


def _make(
    ctx: DocContext,
    sent: Sentence,
    partners: list[int],
    kind: str,
    name: str | None,
    year: int | None = None,
) -> list[Fact]:
    unique = [
        p for p in dict.fromkeys(partners)
        if ctx.type_of(p) in PARTNER_TYPES
        and not (
            ctx.type_of(p) == "Government"
            and (_only_in_brackets(sent, p) or _only_in_addresses(sent, p))
        )
    ]  # fmt: skip
    itself = _the_venture_itself(ctx, sent, unique)
    if itself and len(unique) - len(itself) >= 2:
        unique = [p for p in unique if p not in itself]
        name = name or ctx.entities[itself[0]].name
    elif kind == "joint_venture" and (named := _parents_in_its_name(ctx, sent, partners)):
        venture, unique = named
        name = name or ctx.entities[venture].name
    if len(unique) < 2:
        return []
    confidence = 0.8 if kind == "joint_venture" else 0.7
    return [
        Fact(
            "venture",
            tuple(unique),
            sent.start,
            sent.end,
            confidence,
            {"kind": kind, "name": name, "year": year},
        )
    ]


def _the_venture_itself(ctx: DocContext, sent: Sentence, partners: list[int]) -> list[int]:
    """The names among a tie's partners that are the tie's own: one the sentence says it is
    called ("a joint venture with Southern Cross Marine Pty Ltd, called Tasman Autonomy Ltd")
    or one made of two partners' names ("a joint venture with Japan's Mitsuwa Marine Systems,
    Konkan-Mitsuwa Naval Digital Private Limited", said by Konkan)."""
    called = [
        m.entity for t in sent.tokens
        if t.lemma_ in ("call", "name") and t.dep_ in ("acl", "relcl", "advcl")
        for o in children(t, ("oprd", "attr", "dobj"))
        if (m := sent.mention_of(o)) is not None and m.entity in partners
    ]  # fmt: skip
    words = {p: re.split(r"[\s-]", ctx.entities[p].name) for p in partners}
    blended = [
        p for p in partners
        if sum(w[0] in words[p] for q, w in words.items() if q != p) >= 2
    ]  # fmt: skip
    return list(dict.fromkeys(called + blended))


_BLEND = re.compile(r"([A-Z][\w&]+)-([A-Z][\w&]+)\b")


def _parents_in_its_name(
    ctx: DocContext, sent: Sentence, partners: list[int]
) -> tuple[int, list[int]] | None:
    """A joint venture named after its two parents, each named in the sentence ("Suryam
    Energy Storage Ltd shall execute its project through Suryam-Kyoden Cells Pvt Ltd, a joint
    venture formed in 2023 with Kyoden Battery Corporation"): the venture and its parents."""
    firsts = {
        m.entity: ctx.entities[m.entity].name.split()[0]
        for m in sent.mentions
        if ctx.type_of(m.entity) in ("Firm", "Organization")
    }
    # (the venture itself may be no partner the rule found: it is the name told of)
    for p in dict.fromkeys([*partners, *(m.entity for m in sent.mentions)]):
        blend = _BLEND.match(ctx.entities[p].name)
        if blend is None:
            continue
        parents = [
            next((e for e, w in firsts.items() if w == part and e != p), None)
            for part in blend.groups()
        ]
        if all(e is not None for e in parents) and parents[0] != parents[1]:
            return p, [e for e in parents if e is not None]
    return None


def _only_in_addresses(sent: Sentence, entity: int) -> bool:
    """'jointly owned by X plc and Y LLC of Denver, Colorado, United States': a country the
    sentence names only after a place and a comma ends an address."""
    places = {t.i for p in sent.places for t in p.span}

    def after_a_place(s: Span) -> bool:
        return s.start >= 2 and s.doc[s.start - 1].text == "," and s.start - 2 in places

    return _only_where(sent, entity, after_a_place)


def _only_in_brackets(sent: Sentence, entity: int) -> bool:
    """'a joint venture of Indra (Alcobendas, Spain; 70% share) and X': a country the sentence
    names only inside brackets says where a partner is."""
    doc = sent.span.doc

    def bracketed(s: Span) -> bool:
        before = doc[sent.span.start : s.start]
        return sum(1 if t.text == "(" else -1 if t.text == ")" else 0 for t in before) > 0

    return _only_where(sent, entity, bracketed)


def _only_where(sent: Sentence, entity: int, where: Callable[[Span], bool]) -> bool:
    """Whether the sentence names the entity, and only at mentions `where` holds."""
    spans = [m.span for m in sent.mentions if m.entity == entity]
    return bool(spans) and all(where(s) for s in spans)
