"""Subsidies: public money from a government, bloc or state body to a recipient.

A funding verb (subsidise, fund, back, grant, allocate, invest, spend, contribute...) with a
public funder: its subject or agent, a 'from X' phrase, the body a participle describes
("the Fund of Denmark, contributing 100 million kroner"), or 'the government' (the document's
main country). Coordination gives one subsidy per funder ("India, Japan and France are
spending..."). The recipient is the object, a 'to/for/towards X' phrase or the thing the
participle describes ("Falcon, backed by ... from the UAE government"); it may be null.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from ingest.facts.context import DocContext, Fact, Sentence, clause_verb
from ingest.facts.tree import (
    children,
    conjuncts,
    definite,
    listed_after,
    negated,
    np_entities,
    prep_objects,
    subject_of,
    subjects,
    year_of,
)
from ingest.lexicon import (
    COMPUTER_NOUNS,
    FACILITY_NOUNS,
    FIRM_NOUNS,
    FUND_VERBS,
    MACHINE_NOUNS,
    MODEL_NOUNS,
    ORG_NOUNS,
    not_yet,
    word,
)
from ingest.money import Money, issuing_country
from ingest.readers.boilerplate import LIST_MARKER

RECIPIENT_TYPES = {"Firm", "Organization", "AIModel"}
# a legal text's pointer to a sum stated elsewhere, which states no funding of its own
_CROSS_REFERENCE_VERBS = frozenset("refer mention specify".split())
_TIME_PREPS = frozenset("over during from".split())
_TEAM_NOUNS = frozenset("consortium team group alliance".split())
# what a plural may call the actors a list before named ("It will fund the teams")
_LISTED_NOUNS = (
    FIRM_NOUNS
    | ORG_NOUNS
    | _TEAM_NOUNS
    | frozenset("project winner recipient beneficiary applicant partner participant".split())
)
# Only these count without an amount in the sentence ("award a prize" is no subsidy).
_STRONG_VERBS = frozenset("subsidize subsidise fund finance back".split())
# a state fund's money however it is told; with a stated amount, also funding and backing
_CAPITAL_VERBS = frozenset("bankroll capitalise capitalize seed".split())
_BACKING_VERBS = _STRONG_VERBS | _CAPITAL_VERBS
# "the fund had committed at least $10 billion to Humain": a state fund giving money (taking a
# stake or investing in a firm is an investment, invests.py)
_GIVING_VERBS = frozenset(
    "commit pledge contribute provide give grant inject allocate earmark".split()
)
_AWARD_VERBS = _GIVING_VERBS | {"award"}
_PURCHASE_VERBS = frozenset("purchase buy procure order acquire".split())
_COMPUTE_WORDS = frozenset("gpu gpus chip chips supercomputer supercomputers accelerator".split())
_HARDWARE_NOUNS = _COMPUTE_WORDS | COMPUTER_NOUNS | {"server", "processor", "superchip", "cluster"}
# verbs that fund only with money as their object ("released R$1.8 billion to X", "has
# offered £10 million towards X", not "offers cloud services")
_MONEY_OBJECT_VERBS = frozenset("propose release extend offer cover".split())
# taking a stake in a firm for a stated sum
_STAKE_VERBS = frozenset("take acquire buy".split())
# the words that make an investment the state's ("a state investment of NOK 150 million")
_STATE_WORDS = frozenset("state public government sovereign".split())
# every verb the funding-verb test below reads
_FUNDING_VERB_LEMMAS = (
    FUND_VERBS
    | _PURCHASE_VERBS
    | _MONEY_OBJECT_VERBS
    | _STAKE_VERBS
    | frozenset("unveil announce launch establish create set put support go flow help make".split())
)
_SUBSIDISED = frozenset("subsidised subsidized state-funded publicly-funded free".split())
_FUNDING_NOUNS = frozenset(
    "funding subsidy subsidies grant grants budget loan loans contribution contributions".split()
)
# the nouns the funding-verb test reads: "a state investment" too
_FUNDING_NOUN_LEMMAS = _FUNDING_NOUNS | {"investment"}
_RECIPIENT_PREPS = ("to", "for", "towards", "toward", "into", "in", "on")
# The tagger reads "X funds Y" as a plural noun after a name; these forms are the verb there.
_VERB_AS_NOUN = frozenset("funds backs finances subsidises subsidizes".split())
# ... and these too, where an amount follows at once ("The Welsh Government awards £1.75
# million to X"): whom they give to is named after a preposition
_GIVING_AS_NOUN = frozenset("awards grants allocates contributes commits lends".split())
# "announced InvestAI, an initiative to mobilise ...": the money goes to a programme.
_PROGRAMME_NOUNS = frozenset("initiative programme program fund plan scheme mission".split())
# Approving a programme names no recipient unless a firm is approved.
_APPROVAL_VERBS = frozenset("approve sanction".split())
_WORK_NOUNS = frozenset("work project effort development".split())
_RECEIVED_NOUNS = frozenset("money support loan loans credit".split())
_RECEIVED_FUNDING = _FUNDING_NOUNS | _RECEIVED_NOUNS
_LIST_REACH = 4  # how many items before, a list's announcing sentence may stand
_ITEM_REACH = 8  # how many sentences before a list's item, the sum it is part of may stand
_MARKER_TOKENS = 4  # the tokens a list item's marker may take: "(", "iv", ")"
_RECEIVE_VERBS = frozenset("receive get win secure obtain raise share take land accept".split())
_GETTING_VERBS = frozenset("receive get win obtain accept".split())  # (not "take a stake")
_SAYING_VERBS = frozenset("say announce state confirm add".split())
_CONTRIBUTE_VERBS = frozenset("contribute put invest".split())
_CONTROL_VERBS = frozenset("control own run back manage".split())
_RUN_VERBS = frozenset("build run operate develop".split())  # a facility's builder or operator
_BUDGET_NOUNS = frozenset("budget exchequer treasury".split())
_PUBLIC_WORDS = frozenset("federal state government public national".split())
# "the government unveiled a QR9 billion incentive package": public money with no recipient
_PACKAGE_NOUNS = _PROGRAMME_NOUNS | {"package", "investment"}
_STATE_PLANS = frozenset(
    "mission programme program plan scheme budget proposal strategy draft policy".split()
)
# "The largest share, up to ¥50.1 billion, goes to X": a part of money just told
_SHARE_NOUNS = frozenset(
    """share portion part tranche rest remainder bulk balance award allocation slice item
    payment instalment installment disbursement""".split()
)
_SUM_NOUNS = frozenset("sum amount fund funds funding".split())
_TOLD_MONEY = frozenset("money funding sum amount grant financing".split())
_TOTAL_NOUNS = frozenset("total sum amount package budget money financing".split())
_SHARE_WORDS = frozenset("most much half part all some bulk".split())
_ASIDE_PREPS = frozenset("beyond besides despite unlike than excluding".split())
_ANAPHORS = frozenset("it they government ministry agency department".split())


def subsidies(ctx: DocContext, sent: Sentence) -> list[Fact]:
    money = sent.money
    out: list[Fact] = []
    if not money and sent.text.rstrip().endswith("?"):
        return []  # "And has Kudi Score received public money?": asked, not told
    if _SAID_PRIVATE.search(sent.text):
        return []  # "X's USD 220 million equity contribution is privately funded": no grant
    if (noun_verb := _noun_read_verb(ctx, sent)) is not None:
        funder, recipients = noun_verb
        return _subsidy_facts(sent, [funder], recipients, money, sent.span[0])
    if money and (share := _part_of_earlier(ctx, sent)) is not None:
        return share
    if money and (item := _item_of_a_sum(ctx, sent)) is not None:
        return item
    received = _received(ctx, sent) if money or _public_money(sent) else []
    for receiving, givers, receivers in received:
        out += _respectively(sent, givers, receivers) or _subsidy_facts(
            sent, givers, receivers, money, receiving
        )
        out += [f for e, m in _gapped(ctx, sent, receiving) for f in
                _subsidy_facts(sent, givers, [e], [m], receiving)]  # fmt: skip
    by_receiving = len(out)
    # "X was awarded ¥42.1 billion, on top of the ¥5.3 billion it received": the other
    # money of the sentence, by its own verbs
    receiving_verbs = {v.i for v, _, _ in received}
    proposed = bool(money) and all(_proposed(sent, m) for m in money)
    for tok in sent.tokens:
        verb = _funding_verb(tok, sent)
        if verb is None or negated(verb) or verb.i in receiving_verbs:
            continue
        if verb.lemma_ in _CROSS_REFERENCE_VERBS:
            continue  # "From the budget referred to in paragraph 1, the Minister grants ..."
        if not_yet(tok) or not_yet(verb) or proposed:
            # "A proposed second allocation of NOK 1.2 billion will be considered in the
            # revised national budget": a sum not yet given
            continue
        if verb.lemma_ in _CHANNEL_VERBS and (
            verb.dep_ in ("acl", "advcl")
            or (verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children))
        ):
            continue  # "approved ¥802.5 billion for Rapidus, channelled through NEDO": how
        if received and not _granted_to_named(ctx, sent, verb):
            continue  # the receiving statement said it all
        if verb.pos_ == "NOUN":
            funders = [f for o in _sources(verb) for f in _with_of(o, sent, ctx)]
            funders = [f for f in funders if ctx.is_public(f)]
            recipients = _subject_of_funding(verb, sent, ctx, funders)
            if funders:
                out += _subsidy_facts(sent, funders, recipients, money, verb)
                break
            continue
        # "The PIF is bankrolling Humain with tens of billions of riyals": a state fund's
        # money, stated, that funds a body (investing in one is an investment)
        backing = verb.lemma_ in _CAPITAL_VERBS or (
            bool(money)
            and verb.lemma_ in _BACKING_VERBS | _GIVING_VERBS | {"put"}
            and not _for_a_stake(verb)
        )
        funders = [
            f for f in _funders(ctx, sent, verb)
            if ctx.is_public(f) or (backing and ctx.is_state_fund(f))
            or _grant_maker(ctx, sent, verb, f)
        ]  # fmt: skip
        if any(o.lemma_ == "stake" for o in children(verb, ("dobj",))):
            # a stake is the state's money only if a public body takes it itself (a
            # business's is an investment, whoever else the text names)
            # (on the verb's own line: not a headline's "India:" the parser ran into it)
            base = sent.span.start_char
            on_line = [t for t in subjects(verb)
                       if "\n" not in sent.text[t.idx - base : verb.idx - base]]  # fmt: skip
            said = _subject_actors(on_line, sent, ctx)
            funders = [f for f in funders if f in said]
            if not funders:
                continue
        state_money = tok.lemma_ in _FUNDING_NOUNS and any(
            c.lower_ in _PUBLIC_WORDS for c in tok.children
        )  # "a decree approving AZN 85 million in state funding"
        if not funders and state_money and ctx.main_country is not None:
            funders = [ctx.main_country]
        if not funders and money:
            funders = _giver_told_before(ctx, sent, verb)
        if not funders and money and _granted_by_no_one(verb) and ctx.official_heading is not None:
            # "a grant of Rs 48 crore has been sanctioned to the company", in a government's
            # answer: the government's money
            funders = [ctx.official_heading]
        funders = [f for f in funders if not _pays_in_foreign_money(ctx, sent, f)]
        if not funders or (not money and _counted_programme(ctx, sent, verb)):
            continue
        recipients = (
            _recipients(ctx, sent, verb, funders)
            or _share_of_a_budget(ctx, sent, money)
            or _round_raiser(ctx, sent, verb, funders)
            or _joined_clause_recipients(ctx, sent, verb, funders)
            or _added_to_the_last(ctx, sent, verb, funders)
            or _into_its_venture(ctx, sent, verb, funders)
        )
        if not recipients and _describes_the_funder(sent, verb):
            continue  # "The PIF, the kingdom's $925 billion fund, is bankrolling the build-out"
        facts = _subsidy_facts(sent, funders, recipients, money, verb)
        shares = [(e, m) for e, m in _amounts_for(ctx, sent) if _clause_of(sent, m) == verb]
        if len(shares) >= 2:
            # "subsidies of up to ¥50.1 billion for Sakura Internet, ¥42.1 billion for SoftBank
            # Corp and ¥10.2 billion for KDDI": each amount to the one it is for
            facts = [f for e, m in shares for f in _subsidy_facts(sent, funders, [e], [m], verb)]
        # one statement per funder and amount: "X will invest €10bn ..., while Y spent €40m"
        # is two; a second verb on the same money or funder is the same statement
        # (the same money is the same words: "€45m by X, while Y will add another €45m" is two)
        # ("METI granted KDDI ¥10.2 billion and GMO ¥1.9 billion": one funder, two amounts)
        # ("has also lent on concessional terms: it extended a ¥30 billion loan to Highreso":
        # the second verb names whom the first's money went to)
        # ("is funded through ATRC, which granted AED 120 million to the institute": the
        # relative clause gives the sum the first verb lacked)
        told_after = verb.dep_ == "relcl"
        out = [
            f
            for f in out
            if not (_told_better(f, facts) or (told_after and _sum_told_after(f, facts)))
        ]
        told = [m for f in out if (m := money_of(f)) is not None]
        pairs_told = {(f.args[0], f.args[1]) for f in out}
        funders_told = {f.args[0] for f in out}
        if not any(
            _same_money(sent, money_of(f), told)
            or (f.args[0] in funders_told and (f.args[1] is None or f.args in pairs_told))
            for f in facts
        ):
            out += facts
    if not out:
        out += _named_recipients(ctx, sent)
    if not out and (gave := _noun_read_verb(ctx, sent, giving_too=True)) is not None:
        out += _subsidy_facts(sent, [gave[0]], gave[1], money, sent.span[0])
    # the same money from the same funder, read once with its recipient and once without
    # ("financed by a loan to Uruguay from the IDB, approved in September")
    named = {(f.args[0], f.extra.get("money")) for f in out if f.args[1] is not None}
    out = [
        f for f in out if f.args[1] is not None or (f.args[0], f.extra.get("money")) not in named
    ]
    # (a part "of which" is of money given, not of money a body says it received)
    return out + _part_of_which(ctx, sent, out[by_receiving:])


def _told_better(fact: Fact, facts: list[Fact]) -> bool:
    """Whether `facts` state the same funder's same money as `fact`, which names no recipient,
    with a recipient."""
    return fact.args[1] is None and any(
        f.args[0] == fact.args[0] and f.args[1] is not None and money_of(f) == money_of(fact)
        for f in facts
    )


def _sum_told_after(fact: Fact, facts: list[Fact]) -> bool:
    """Whether `facts` give the sum `fact` lacks for the same funder and recipient."""
    return money_of(fact) is None and any(
        f.args == fact.args and money_of(f) is not None for f in facts
    )


_LOAN_NOUNS = frozenset("loan loans credit facility".split())
# money "channelled" or "routed" through a body goes to it from a payer named elsewhere
_CHANNEL_VERBS = frozenset("channel route".split())
_AWARD_NOUNS = frozenset("award grant subsidy loan".split())
_JOINING_VERBS = frozenset("add contribute put commit provide inject".split())
_ROUND_WORDS = frozenset("round series investor investors raise".split())


def _payers_own(tok: Token) -> bool:
    """'its regional development agency', 'its Global Gateway programme': the payer's own."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)


def _round_raiser(ctx: DocContext, sent: Sentence, verb: Token, funders: list[int]) -> list[int]:
    """'X closed a 140 billion won Series C. Amazon led the round, while KDB contributed 30
    billion won': a state investor's money (a bank's or fund's, not a country's) in a funding
    round this sentence or the one before speaks of goes to the firm that raised it."""
    if verb.lemma_ not in _JOINING_VERBS or not sent.money:
        return []
    if any(ctx.entities[f].iso3 for f in funders):
        return []
    told = ctx.sentences[max(sent.index - 1, 0) : sent.index + 1]
    if not any(t.lemma_ in _ROUND_WORDS for s in told for t in s.tokens):
        return []
    raiser = ctx.round_raiser(sent)
    return [raiser] if raiser is not None else []


def _joined_clause_recipients(
    ctx: DocContext, sent: Sentence, verb: Token, funders: list[int]
) -> list[int]:
    """'X will provide GRNET with €15 million, and the government will put in a further
    €15 million': a clause joined to a funding clause, naming no recipient, pays the same one."""
    head = verb.head
    if verb.dep_ != "conj" or head.lemma_ not in FUND_VERBS or not sent.money:
        return []
    # (not a clause that says what its money is for: "and the EU has pledged EUR 40 million
    # under its initiative for African AI projects, without naming beneficiaries")
    if any(t.lower_ in ("for", "without") and t.dep_ == "prep" for t in verb.subtree):
        return []
    return _recipients(ctx, sent, head, funders)


def _added_to_the_last(
    ctx: DocContext, sent: Sentence, verb: Token, funders: list[int]
) -> list[int]:
    """'... financed by a EUR 25 million loan from the EIB to RISA. The government added Rwf
    38 billion from the national budget': money a sentence adds, naming no one, goes where
    the money the sentence before told of went (a subsidy's recipient, an investment's
    object)."""
    # (only 'added': in a list of pledges, "Norway will contribute NOK 250 million" pays
    # into the shared pot, not to whom the pledge before went)
    if verb.lemma_ != "add" or not sent.money or not sent.index:
        return []
    if any(t.dep_ == "prep" and t.lower_ in ("for", "to", "into") and t.head.lower_ != "according"
           for t in verb.subtree):  # fmt: skip
        return []  # it says where or what its money goes to ("a further €2.5 billion for AI")
    before = ctx.sentences[sent.index - 1].start
    told = [f.args[1] for f in ctx.facts if before <= f.start < sent.start
            and f.kind in ("subsidy", "INVESTS_IN") and f.args[1] is not None]  # fmt: skip
    # ("Rwanda secured a loan from the AfDB. The government will add Rwf 15 billion of its
    # own": no money to itself)
    return [e for e in told[-1:] if e is not None and e not in funders]


def _into_its_venture(
    ctx: DocContext, sent: Sentence, verb: Token, funders: list[int]
) -> list[int]:
    """'RDIF and Kaveri plan to register the joint venture, Indo-Rus AI Compute. The fund will
    contribute $300 million': a partner's money, naming no one, goes into the venture."""
    if verb.lemma_ not in _CONTRIBUTE_VERBS or not sent.money:
        return []
    venture = ctx.venture_named_before(sent.offset + verb.idx, partners=funders)
    return [venture] if venture is not None else []


_RECIPIENT_NOUNS = frozenset("recipient recipients beneficiary beneficiaries".split())


_SPLIT_VERBS = frozenset("share split divide distribute".split())


def _split_among(verb: Token) -> list[Token]:
    """The ones a sum is 'shared among' or 'split between'."""
    return [c for o in prep_objects(verb, ("among", "between")) for c in conjuncts(o)]


def _named_recipients(ctx: DocContext, sent: Sentence) -> list[Fact]:
    """'KDDI, GMO and Rutilea were named as the other recipients', 'A, B and C will share the
    remainder': the money the text just told of (two sentences at most), from its giver, to
    each one the subject lists; 'The Rs 2,000 crore will be shared among A, B and C': the
    sum now told, from the giver told before."""
    shared = [t for t in sent.tokens if t.lemma_ in _SPLIT_VERBS and t.dep_ != "amod"
              if sent.money and any(s.dep_ == "nsubjpass" for s in t.children)]  # fmt: skip
    split = [e for t in shared for o in _split_among(t) for e in np_entities(o, sent, ctx)]
    split = [e for e in dict.fromkeys(split) if ctx.type_of(e) in RECIPIENT_TYPES]
    if split and (funders := _last_funder(ctx, sent)):
        return _subsidy_facts(sent, funders, split, sent.money, shared[0])
    nouns = [
        t for t in sent.tokens
        if (t.lower_ in _RECIPIENT_NOUNS and t.dep_ in ("pobj", "attr"))
        or (t.lemma_ in _SHARE_NOUNS and t.dep_ == "dobj" and t.head.lemma_ == "share")
    ]  # fmt: skip
    if not nouns:
        return []  # most sentences
    # (a list, or one 'among' them: not "X has been the clearest beneficiary of ...")
    among = any(n.head.lower_ == "among" for n in nouns)
    verbs = [clause_verb(n.head) if n.head.pos_ == "ADP" else n.head for n in nouns]
    listed = [e for v in verbs for s in children(v, ("nsubj", "nsubjpass"))
              for e in np_entities(s, sent, ctx)]  # fmt: skip
    listed = [e for e in dict.fromkeys(listed) if ctx.type_of(e) in RECIPIENT_TYPES]
    if len(listed) < (1 if among or nouns[0].dep_ == "dobj" else 2):
        return []
    return _subsidy_facts(sent, _last_funder(ctx, sent), listed, [], verbs[0])


def _public_money(sent: Sentence) -> bool:
    """'have received federal money': public money, however much; 'The money goes to X':
    money just told of (asked only of sentences that state no amount)."""
    return any(
        (t.lemma_ in _RECEIVED_FUNDING and any(c.lower_ in _PUBLIC_WORDS for c in t.children))
        or (t.dep_ == "nsubj" and t.head.lemma_ == "go" and _told_money(t))
        for t in sent.tokens
    )


def _told_money(tok: Token) -> bool:
    """'The money', 'the funding': money the text has just told of."""
    return tok.lemma_ in _TOLD_MONEY and definite(tok)


def _respectively(sent: Sentence, funders: list[int], recipients: list[int]) -> list[Fact]:
    """'Highreso and Rutilea received ¥7.7 billion and ¥2.6 billion respectively': each
    recipient with the amount in the same place of its list."""
    money = sent.money
    if len(recipients) < 2 or len(money) != len(recipients):
        return []
    if not any(t.lower_ == "respectively" for t in sent.tokens):
        return []
    return [
        f
        for funder in dict.fromkeys(funders)
        for recipient, m in zip(recipients, money, strict=True)
        for f in _subsidy_facts(sent, [funder], [recipient], [m], sent.span.root)
    ]


def _describes_the_funder(sent: Sentence, verb: Token) -> bool:
    """Whether the amount nearest the verb stands in its subject's phrase (the size of the
    fund that acts, not money it gives)."""
    money = _amount_near(sent.money, verb, sent)
    if money is None:
        return False
    at = sent.words_of(money)
    heads = subjects(verb)
    subject = {t.i for s in heads for t in s.subtree}
    # ("€250 million comes from the EU budget": the amount is the subject itself)
    told = at is not None and any(s.i in range(at.start, at.end) for s in heads)
    return at is not None and not told and all(t.i in subject for t in at)


def _for_a_stake(verb: Token) -> bool:
    """'PIF will contribute $18 million for a 60 per cent stake': buying into a firm."""
    return any(t.lemma_ == "stake" for o in prep_objects(verb, ("for",)) for t in o.subtree)


def _giver_told_before(ctx: DocContext, sent: Sentence, verb: Token) -> list[int]:
    """Who gives money a sentence states without naming its giver: whoever gave the money
    the text just told of ("Among those funds, X is allocated to ...", "The largest share
    goes to X", "A further THB 500 million will fund Y", "KDDI was granted ¥10.2 billion")."""
    if verb.lemma_ in ("allocate", "earmark", "assign", "grant"):
        previous = [f.args[0] for f in ctx.facts if f.kind == "subsidy" and f.end <= sent.start]
        found = [p for p in previous[-1:] if p is not None]
        if found:
            return found
    money_acts = any(_is_quantity(s) or s.lemma_ in _SHARE_NOUNS for s in subjects(verb))
    if verb.lemma_ in ("go", "flow") or money_acts:
        found = _last_funder(ctx, sent)
        # ("METI has certified cloud programmes ... The largest awards went to X": the
        # awards of the body just named)
        if not found and any(s.lemma_ in _AWARD_NOUNS for s in subjects(verb)):
            found = _body_named_before(ctx, sent)
        if found:
            return found
    granted = [e for t in children(verb, ("nsubjpass",)) for e in np_entities(t, sent, ctx)]
    if children(verb, ("auxpass",)):  # "VND6.5 trillion will be disbursed to Viettel"
        granted += [e for o in prep_objects(verb, ("to",)) for e in np_entities(o, sent, ctx)]
    # ("was set up with ¥7.3 billion from eight domestic companies: A, B, ...": named
    # private money, no one's grant)
    froms = [t for t in verb.subtree if t.lower_ == "from" and t.dep_ == "prep"]
    named = [e for p in froms for e in listed_after(ctx, sent, p)]
    if named and not any(ctx.is_public(e) for e in named):
        return []
    if any(ctx.type_of(e) in RECIPIENT_TYPES for e in granted):
        # (where the sentence names no source: "paid for with a grant from the Ministry")
        sourced = any(t.lower_ == "from" for t in sent.tokens)
        # (else a notice's own body: "The Ministry ... hereby gives notice", then articles
        # and "2.1 A grant of EUR 38 million is awarded to X")
        opening = [ctx.opening_body] if ctx.opening_body is not None else []
        given = _last_funder(ctx, sent) or (
            [] if sourced else _body_named_before(ctx, sent) or opening
        )
        return [f for f in given if ctx.is_public(f)]
    return []


def _part_of_which(ctx: DocContext, sent: Sentence, told: list[Fact]) -> list[Fact]:
    """'... 1.3 trillion som of budget money, of which 180 billion som is going to IT Park':
    the part, from the same funder, to the one named after it (none if none is)."""
    funders = [f.args[0] for f in told if amount_of(f) is not None and f.args[0] is not None]
    which = next((t for t in sent.tokens if t.lower_ == "which" and t.i > sent.span.start
                  and t.nbor(-1).lower_ == "of"), None)  # fmt: skip
    if not funders or which is None:
        return []
    parts = [m for m in sent.money if sent.span.start_char + m.start > which.idx]
    if not parts:
        return []
    part = parts[0]
    end = sent.words_of(part)
    after = [m for m in sent.mentions if end is not None and m.span.start >= end.end]
    recipients = [m.entity for m in after[:1] if ctx.type_of(m.entity) in RECIPIENT_TYPES]
    return _subsidy_facts(sent, funders[:1], recipients, [part], which)


def _part_of_earlier(ctx: DocContext, sent: Sentence) -> list[Fact] | None:
    """'Of that sum, TND 35 million is earmarked for the model itself', 'Around AZN 30
    million of that is reserved for Nizami': part of the amount a sentence just before gave,
    from the same funder to the recipient now named; 'Of that sum, €4.5m comes from the EU':
    from the new funder to the same recipient."""
    doc = sent.span.doc
    # ("approved R$ 1.2 billion for CPTM, and part of that goes to signalling": the sum the
    # sentence itself gave first)
    part = (
        any(
            t.lower_ == "of"
            and t.i + 1 < sent.span.end
            and doc[t.i + 1].lower_ in ("that", "this")
            and not any(m.end < t.idx - sent.span.start_char - 1 for m in sent.money)
            for t in sent.tokens
        )
        or (  # "Of the R$23 billion, R$1.8 billion is earmarked for X"
            sent.tokens[0].lower_ == "of" and len(sent.money) >= 2 and sent.money[0].start < 12
        )
        or (  # "Of the total, $120 million is being provided by the AfDB"
            sent.tokens[0].lower_ == "of"
            and len(sent.tokens) > 2
            and sent.tokens[2].lemma_ in _TOTAL_NOUNS
        )
    )
    if not part:
        return None  # most sentences: no scan of the facts so far
    first = ctx.sentences[max(sent.index - 2, 0)].start
    earlier = [
        f for f in ctx.facts
        if f.kind == "subsidy" and amount_of(f) is not None and first <= f.start < sent.start
    ]  # fmt: skip
    if not earlier:
        return None
    funder, recipient = earlier[-1].args
    verb = sent.span.root
    # (on the verb, or on the grant it pays: "paid by the CNIL as a research grant to Inria")
    targets = [o for t in sent.tokens if t.lower_ in ("to", "for")
               and (t.head.pos_ in ("VERB", "AUX") or t.head.lemma_ in _FUNDING_NOUNS)
               for o in children(t, ("pobj",))]  # fmt: skip
    # "Of that, A$29.9 million will establish an Australian AI Safety Institute"
    targets += [o for o in children(verb, ("dobj",)) if sent.mention_of(o)]

    def named(payers: list[int]) -> list[int]:
        return [
            e for o in targets
            for e in _through_preps(o, sent, ctx, payers) or _model_worked_on(ctx, sent, o)
            if ctx.type_of(e) in RECIPIENT_TYPES and e not in payers
        ]  # fmt: skip

    sources = [e for t in sent.tokens if t.lower_ in ("from", "by") for o in children(t, ("pobj",))
               for e in _with_of(o, sent, ctx) if ctx.is_public(e)]  # fmt: skip
    more = any(
        t.lower_ == "top" and t.i + 1 < sent.span.end and doc[t.i + 1].lower_ == "of"
        for t in sent.tokens[:4]
    )
    if more and len(sent.money) > 1:
        return None  # "On top of that, A co-finances X with EUR 5 million, and B provides ..."
    if more:
        # "On top of that, the Ministry earmarked NOK 60 million for X": more money, from the
        # body that gives it, to whom it names (to the one before, if it names none)
        sources += [e for s in subjects(verb) for e in np_entities(s, sent, ctx)
                    if ctx.is_public(e)]  # fmt: skip
    if sources:
        # ("Of the amount, EUR 6 million shall be paid by the CNIL as a grant to Inria": the
        # recipient passing part on, to the one now named)
        passed = [recipient] if recipient is not None and recipient not in sources else []
        told = _recipients(ctx, sent, verb, sources) if more else []
        return _subsidy_facts(sent, sources, told or named(sources) or passed, sent.money, verb)
    assert funder is not None
    # "Kudi Score received NGN 180 million of that, and the University of Lagos received NGN
    # 95 million": each receiver its own part
    receivers = [(v, e) for v in sent.tokens if v.lemma_ in _RECEIVE_VERBS and v.pos_ == "VERB"
                 for s in children(v, ("nsubj",)) for e in np_entities(s, sent, ctx)
                 if ctx.type_of(e) in RECIPIENT_TYPES]  # fmt: skip
    if receivers:
        return [f for v, e in receivers for f in _subsidy_facts(sent, [funder], [e], sent.money, v)]
    recipients = named([funder])
    if not recipients and recipient is not None:
        recipients = [recipient]  # "Of this amount, NOK 95 million is allocated for site works"
    return _subsidy_facts(sent, [funder], recipients, sent.money, verb)


def _item_of_a_sum(ctx: DocContext, sent: Sentence) -> list[Fact] | None:
    """'• RM 140m to Dewan Bahasa dan Pustaka (DBP), for corpus licensing' under 'The
    government allocated RM 310 million in Budget 2026': a list item of an amount and whom it
    is for, with no verb of its own, part of the last sum the text told with no recipient."""
    first = sent.money[0]
    doc = sent.span.doc
    # (the item's marker opens the sentence, or its line before it: "  • RM 140m to X")
    own = LIST_MARKER.match(sent.text)
    at = own.end() if own else (0 if _after_a_marker(sent.span) else None)
    if first.start != at:
        return None  # most sentences: not an item that opens with its amount
    after = next((t for t in sent.tokens if t.idx - sent.span.start_char >= first.end), None)
    if after is None or after.lower_ not in ("to", "for"):
        return None
    recipients = [
        e for o in children(after, ("pobj",)) for e in np_entities(o, sent, ctx)
        if ctx.type_of(e) in RECIPIENT_TYPES
    ]  # fmt: skip
    reach = ctx.sentences[max(sent.index - _ITEM_REACH, 0)].start
    told = [
        f for f in ctx.facts
        if f.kind == "subsidy" and f.args[1] is None and reach <= f.start < sent.start
    ]  # fmt: skip
    funder = told[-1].args[0] if told else None
    if not recipients or funder is None or any(t.pos_ == "VERB" for t in sent.tokens):
        return None
    return _subsidy_facts(sent, [funder], recipients[:1], [first], doc[after.i])


def _after_a_marker(span: Span) -> bool:
    """Whether a list item's marker ("•", "-", "(a)") is all that stands on the span's line
    before it."""
    doc = span.doc
    k = span.start
    while k > 0 and span.start - k < _MARKER_TOKENS and "\n" not in doc[k - 1].text_with_ws:
        k -= 1
    line = doc[k : span.start].text_with_ws.lstrip("\n")
    return k < span.start and LIST_MARKER.fullmatch(line) is not None


def _received(ctx: DocContext, sent: Sentence) -> list[tuple[Token, list[int], list[int]]]:
    """'The institute will receive A$29.9 million in federal funding': the receiver is the
    recipient; the funder is who the funding is 'from', or the country of a 'federal',
    'state' or 'government' funding, or who gave the money the text just told of ("METI
    will hand 72.5 billion yen to five firms. KDDI will receive 10.2 billion yen")."""
    out = []
    amounts = sent.money_tokens() if sent.money else set()
    for verb in (t for t in sent.tokens if t.pos_ == "VERB"):
        # "Rs1.2bn will go to NUST": the money as the subject, the receiver after 'to'
        # ("The money goes to IT4Innovations": the money just told of)
        gone = verb.lemma_ == "go" and any(
            s.i in amounts or _told_money(s) for s in children(verb, ("nsubj",))
        )
        if verb.lemma_ not in _RECEIVE_VERBS and not gone:
            continue
        funding = [t for t in verb.subtree if t.lemma_ in _RECEIVED_FUNDING]
        funders = [e for f in funding for o in _sources(f) for e in _with_of(o, sent, ctx)]
        # "will share 530 billion won in ministry funding": the ministry the text speaks of
        for c in (c for f in funding for c in children(f, ("compound",)) if c.lower_ in _ANAPHORS):
            body = _body_named_before(ctx, sent) if c.lower_ != "government" else []
            funders += body or [e for e in [ctx.refers_to(c, sent)] if e is not None]
        funders += [e for o in prep_objects(verb, ("from",)) for e in _with_of(o, sent, ctx)]
        # "Through Enova SF, the state energy agency, Norsk Hydro has received NOK 95 million":
        # the public body it came through
        funders += [e for o in prep_objects(verb, ("through", "via"))
                    for e in np_entities(o, sent, ctx) if ctx.is_public(e)]  # fmt: skip
        # "received ¥50.1 billion in METI support": the body naming the funding
        funders += [m.entity for f in funding for c in children(f, ("compound", "poss"))
                    if (m := sent.mention_of(c)) is not None]  # fmt: skip
        # ("BD 15 million of equity from Mumtalakat": the 'from' on what is received;
        # "receives about NOK 60 million a year from the Research Council": on the amount)
        received = {t.i for d in children(verb, ("dobj",)) for t in d.subtree}
        funders += [e for t in verb.subtree
                    if t.lower_ == "from" and t.dep_ == "prep" and t.head != verb
                    and (t.i in received or t.head.like_num) and not _in_conjunct(t, verb)
                    for o in children(t, ("pobj",)) for e in _with_of(o, sent, ctx)]  # fmt: skip
        # "CINECA received €240 million for the machine, paid jointly by A and B"
        funders += [e for t in verb.subtree
                    if t.dep_ in ("acl", "advcl") and t.lemma_ in FUND_VERBS
                    for a in prep_objects(t, ("by",)) for e in _with_of(a, sent, ctx)]  # fmt: skip
        public = any(c.lower_ in _PUBLIC_WORDS for f in funding for c in f.children)
        # "receives 600 million dinars a year from the (Serbian) budget": the state's money
        budgets = [o for o in prep_objects(verb, ("from",)) if o.lemma_ in _BUDGET_NOUNS]
        if not funders and budgets:
            named = [ctx.country_entity(p.country) for b in budgets
                     for p in sent.places_in(list(b.subtree))]  # fmt: skip
            named += [c for c in [ctx.issuer_of(sent)] if c is not None]
            funders = named[:1] or ([ctx.main_country] if ctx.main_country is not None else [])
        if not funders and public and ctx.main_country is not None:
            funders = [ctx.main_country]
        named_source = any(t.lower_ == "from" for t in verb.subtree)
        if gone and not funders and verb.dep_ == "ccomp" and verb.head.lemma_ in _SAYING_VERBS:
            # "The ministry said a further 5 million euros would go to the RAE": its money
            sayer = subject_of(verb.head)
            funders = [e for e in [ctx.refers_to(sayer, sent)] if e is not None] if sayer else []
        if not funders and not named_source and verb.lemma_ in ("receive", "get", "share", "go"):
            # only where no source is named; else the one funder the text has told of
            funders = _last_funder(ctx, sent) or _sole_funder_before(ctx, sent)
        if not funders and not named_source and verb.lemma_ == "share" and sent.money:
            # "A, B and C will share a further Rs 400 crore in compute credits"
            funders = [ctx.main_country] if ctx.main_country is not None else []
        # ("will receive BD 15 million of equity from Mumtalakat": a state fund's money too)
        funders = [
            f for f in funders
            if ctx.is_public(f) or ctx.is_state_fund(f) or _grant_from(ctx, sent, verb, f)
        ]  # fmt: skip
        subject = next(iter(children(verb, ("nsubj", "nsubjpass"))), None)
        if verb.lemma_ == "share" and (subject is None or subject.dep_ != "nsubj" or _a_bill(verb)):
            continue  # "is shared between A and B", "A and B are sharing a bill of €544m"
        if gone:
            subject = next(iter(prep_objects(verb, ("to",))), None)
        recipients = np_entities(subject, sent, ctx) if subject is not None else []
        if not recipients:  # "The research centre Forschungszentrum Jülich received": two heads
            recipients = [
                e for s in children(verb, ("nsubj",))[1:] for e in np_entities(s, sent, ctx)
            ]
        if not recipients and subject is not None:
            recipients = _model_worked_on(ctx, sent, subject)  # "The project received $3.5m"
        if not recipients and subject is not None and definite(subject):
            # "The institute, which sits within HBKU, is to receive QAR 300 million"
            recipients = [e for e in [ctx.refers_to(subject, sent)] if e is not None]
        if not recipients and verb.dep_ == "relcl":
            # "the OpenGPT-X project, which received EUR 14 million": the project's name
            recipients = np_entities(verb.head, sent, ctx)
        passive_money = subject is not None and subject.dep_ == "nsubjpass" and subject.i in amounts
        if not recipients and passive_money and not gone:
            # "RMB 12.6 million was received from the Bureau": by the firm the text is about
            recipients = [e for e in [ctx.topic_business(sent)] if e is not None]
        # ("Nigeria has secured a $120 million loan from the AfDB": a state borrowing)
        lent = any(ctx.is_lender_to_states(f) for f in funders)
        recipients = [
            r
            for r in recipients
            if ctx.type_of(r) in RECIPIENT_TYPES or (lent and r not in funders)
        ]
        if funders and recipients:
            out.append((verb, funders, recipients))
        elif recipients and (shared := _each_contributing(ctx, sent, verb)) is not None:
            out.append((shared[0], shared[1], recipients))
    return out


def _each_contributing(
    ctx: DocContext, sent: Sentence, verb: Token
) -> tuple[Token, list[int]] | None:
    """'GENCI will receive EUR 544 million, with the French state and the EuroHPC JU each
    contributing EUR 272 million': the givers the 'with' phrase names, and their verb (its
    amount is each one's)."""
    for with_ in (c for c in verb.children if c.lower_ == "with" and c.dep_ == "prep"):
        # (read off the words: a long 'with' phrase is often misparsed)
        giving = next((t for t in sent.tokens if t.i > with_.i and t.tag_ == "VBG"
                       and t.lemma_ in FUND_VERBS | {"pay", "put"}), None)  # fmt: skip
        if giving is None:
            continue
        named = [o for p in children(with_, ("pobj",)) for o in conjuncts(p)]
        givers = [e for o in named for e in _with_of(o, sent, ctx) if ctx.is_public(e)]
        if givers:
            return giving, list(dict.fromkeys(givers))
    return None


def _a_bill(verb: Token) -> bool:
    """'sharing a bill of EUR 544 million', 'share the cost': paying, not receiving."""
    return any(o.lemma_ in _BILL_NOUNS for o in children(verb, ("dobj",)))


def _amounts_for(ctx: DocContext, sent: Sentence) -> list[tuple[int, Money]]:
    """The amounts a sentence gives 'for' or 'to' a named recipient, each with that recipient
    ("¥42.1 billion to SoftBank Corp., ¥50.1 billion to Sakura Internet")."""
    doc = sent.span.doc
    out = []
    for m in sent.money:
        at = sent.words_of(m)
        if at is not None and (bracketed := _named_before_bracket(ctx, sent, at)) is not None:
            out.append((bracketed, m))  # "went to Sakura Internet (up to ¥50.1 billion), KDDI"
            continue
        i = at.end if at is not None else sent.span.end
        if i + 1 >= sent.span.end or doc[i].lower_ not in ("for", "to"):
            continue
        i += 1 + (doc[i + 1].lower_ == "the")
        named = sent.mention_of(doc[i]) if i < sent.span.end else None
        if named is not None and ctx.type_of(named.entity) in RECIPIENT_TYPES:
            out.append((named.entity, m))
    return out


def _named_before_bracket(ctx: DocContext, sent: Sentence, words: Span) -> int | None:
    """The recipient named just before the bracket an amount stands in: 'KDDI (¥10.2
    billion)', 'Sakura Internet (up to ¥50.1 billion)'."""
    doc = sent.span.doc
    i = words.start - 1
    while i > sent.span.start and doc[i].lower_ in ("up", "to", "about", "some", "around"):
        i -= 1
    if i <= sent.span.start or doc[i].text != "(" or words.end >= len(doc):
        return None
    if doc[words.end].text != ")":
        return None
    named = sent.mention_of(doc[i - 1])
    return named.entity if named and ctx.type_of(named.entity) in RECIPIENT_TYPES else None


def _last_funder(ctx: DocContext, sent: Sentence) -> list[int]:
    """Who gave the last amount told in this sentence or the two before."""
    first = ctx.sentences[max(sent.index - 2, 0)].start
    given = [f.args[0] for f in ctx.facts
             if f.kind == "subsidy" and amount_of(f) is not None and first <= f.start]  # fmt: skip
    return [g for g in given[-1:] if g is not None]


def _sole_funder_before(ctx: DocContext, sent: Sentence) -> list[int]:
    """The funder of every subsidy the text told of before, when they are one ("Canada laid
    out how it will spend C$2 billion ... Cohere will receive up to C$240 million")."""
    if any(ctx.is_public(m.entity) and m.span.root.head.lower_ not in ("in", "at")
           for m in sent.mentions):  # fmt: skip
        return []  # the sentence names a body of its own (not a place: "open in Canada")
    given = {f.args[0] for f in ctx.facts if f.kind == "subsidy" and f.end <= sent.start}
    return [g for g in given if g is not None] if len(given) == 1 else []


def _same_money(sent: Sentence, money: Money | None, told: list[Money]) -> bool:
    """The amount of a fact already told, or its gloss ("XAF 12 billion (approximately US$20
    million)": one amount)."""
    if money is None:
        return False
    text = sent.text
    return any(
        t.start <= money.start < t.end
        or (0 <= money.start - t.end < 25 and text[t.end : money.start].lstrip().startswith("("))
        for t in told
    )


def _granted_to_named(ctx: DocContext, sent: Sentence, verb: Token) -> bool:
    """'SoftBank Corp. was awarded ¥42.1 billion': a named body the passive verb gives to."""
    passive = [e for t in children(verb, ("nsubjpass",)) for e in np_entities(t, sent, ctx)]
    return any(ctx.type_of(e) in RECIPIENT_TYPES for e in passive)


def _body_named_before(ctx: DocContext, sent: Sentence) -> list[int]:
    """The ministry or agency the two sentences before named last ("METI has approved a
    round of subsidies. ... KDDI was granted ¥10.2 billion")."""
    told = [
        m.entity for s in ctx.sentences[max(sent.index - 2, 0) : sent.index] for m in s.mentions
    ]
    bodies = [e for e in told if ctx.is_public(e) and ctx.entities[e].iso3 is None]
    return bodies[-1:]


def _gapped(ctx: DocContext, sent: Sentence, verb: Token) -> list[tuple[int, Money]]:
    """'KDDI will receive 10.2 billion yen, while Highreso gets 7.7 billion yen, Rutilea 2.5
    billion yen and GMO 1.9 billion yen': the names right before amounts after the verb,
    whose own verb the writer left out, each with its amount."""
    doc = sent.span.doc
    told = {id(_amount_near(sent.money, verb, sent))}
    out = []
    for m in sent.money:
        at = sent.words_of(m)
        if id(m) in told or at is None or at.start <= verb.i or at.start == 0:
            continue
        before = sent.mention_of(doc[at.start - 1])
        if before is not None and ctx.type_of(before.entity) in RECIPIENT_TYPES:
            out.append((before.entity, m))
    return out


def paid_by_the_state(ctx: DocContext) -> list[Fact]:
    """The facts with a state programme read as its state's purse: its subsidies given by
    the state, its own outlay ("the Rs 10,372 crore the Cabinet approved for the IndiaAI
    Mission") given to no one, and nothing it does of its own ("the IndiaAI Mission gave a
    compute grant to X" supplies nothing; the programme has no home)."""
    out = []
    for f in ctx.facts:
        if f.kind != "subsidy":
            subject = f.args[0] if f.kind != "venture" else None
            # (nor is a bloc's programme anyone's partner or customer)
            blocs = any(a is not None and ctx.is_blocs_programme(a) for a in f.args)
            if (subject is None or not ctx.is_state_programme(subject)) and not blocs:
                out.append(f)
            continue
        funder, recipient = f.args
        state = ctx.state_paying_for(funder) if funder is not None else None
        if recipient is not None and ctx.is_state_programme(recipient):
            recipient = None
        out.append(replace(f, args=(funder if state is None else state, recipient)))
    return out


def saying_what_or_to_whom(ctx: DocContext) -> list[Fact]:
    """The facts less the subsidies that name neither an amount nor a recipient ("the
    projects selected for grants funded by the City"): a funder alone states no subsidy."""
    return [
        f for f in ctx.facts
        if f.kind != "subsidy" or f.args[1] is not None or money_of(f) is not None
    ]  # fmt: skip


def without_headline_echoes(ctx: DocContext) -> list[Fact]:
    """The facts less the headline's subsidies the body states again: a headline (the
    leading lines without a full stop) gives the same funder and amount as a body sentence,
    or gives neither amount nor recipient while the body gives an amount. The body
    sentence, with its context, stands."""
    headline_end = 0
    for sent in ctx.sentences:
        text = sent.text.strip()
        if text and text[-1] in ".!?\"'":
            break
        headline_end = sent.end
    body = [f for f in ctx.facts if f.kind == "subsidy" and f.start >= headline_end]
    stated = {(f.args[0], amount_of(f)) for f in body}
    amounts = any(amount_of(f) is not None for f in body)

    def echo(f: Fact) -> bool:
        if f.kind != "subsidy" or f.start >= headline_end:
            return False
        vague = amount_of(f) is None and f.args[1] is None
        return (vague and amounts) or (f.args[0], amount_of(f)) in stated

    return [f for f in ctx.facts if not echo(f)]


def money_of(f: Fact) -> Money | None:
    """The amount a subsidy fact states, if any."""
    money = f.extra.get("money")
    return money if isinstance(money, Money) else None


def amount_of(f: Fact) -> float | None:
    money = money_of(f)
    return money.amount if money is not None else None


_COST_NOUNS = frozenset("budget cost costs investment".split())
_BILL_NOUNS = _COST_NOUNS | {"bill", "burden"}


def _share_of_a_budget(ctx: DocContext, sent: Sentence, money: list[Money]) -> list[int]:
    """'Total investment is put at €90 million. About €45 million will be provided by X':
    an amount paid towards a total the text just gave goes to the undertaking it named
    last. The budget a sentence pays 'from' or 'in' is the funder's, not the total."""
    if not money:
        return []
    told = ctx.sentences[max(sent.index - 1, 0) : sent.index + 1]
    totals = [
        t for s in told for t in s.span
        if t.lemma_ in _COST_NOUNS and not (t.dep_ == "pobj" and t.head.lower_ in ("from", "in"))
    ]  # fmt: skip
    project = ctx.project_before(sent) if totals else None
    return [project] if project is not None else []


def _counted_programme(ctx: DocContext, sent: Sentence, verb: Token) -> bool:
    """'X will invest S$70m in a programme. The programme is backed by the Foundation': a
    programme an earlier sentence gave an amount for, backed again with no amount, is the
    same money told from the body that runs it."""
    funded = children(verb, ("nsubjpass", "dobj"))
    again = any(t.lemma_ in _PROGRAMME_NOUNS and definite(t) for t in funded)
    return again and any(
        f.kind == "subsidy" and amount_of(f) is not None and f.end <= sent.start for f in ctx.facts
    )


def _proposed(sent: Sentence, money: Money) -> bool:
    """Whether an amount is that of a sum not yet given ("a proposed second allocation of
    NOK 1.2 billion"): the noun it is of, or stands for, says so."""
    words = sent.words_of(money)
    if words is None:
        return False
    noun = words.root  # (up from the amount to the first noun: "allocation of NOK 1.2 billion")
    while noun.pos_ != "NOUN" and noun.dep_ in _UP_TO_THE_NOUN and noun.head != noun:
        noun = noun.head
    return not_yet(noun)


_UP_TO_THE_NOUN = frozenset("pobj prep compound nummod quantmod".split())


def _subsidy_facts(
    sent: Sentence, funders: list[int], recipients: list[int], money: list[Money], at: Token
) -> list[Fact]:
    """One subsidy per funder and recipient (or none named)."""
    extra: dict[str, object] = {"money": _amount_near(money, at, sent), "year": year_of(at)}
    targets: list[int | None] = [*recipients] or [None]
    return [
        Fact("subsidy", (funder, recipient), sent.start, sent.end, 0.75, extra)
        for funder in dict.fromkeys(funders)
        for recipient in targets
    ]


def _noun_read_verb(
    ctx: DocContext, sent: Sentence, *, giving_too: bool = False
) -> tuple[int, list[int]] | None:
    """'The X Joint Undertaking funds AI factories': a public body's name followed by
    'funds' (tagged a noun) in a sentence with no other verb; the funder and the entities
    of the noun phrase after it. `giving_too`: also 'awards' and the like before an amount,
    with no verb before them ("The Welsh Government awards £1.75 million to X")."""
    verbs = [t.i for t in sent.tokens if t.pos_ in ("VERB", "AUX") and t.dep_ != "relcl"]
    amounts = sent.money_tokens()
    for tok in sent.tokens:
        before = sent.mention_of(tok.nbor(-1)) if tok.i > sent.span.start else None
        if before is None or not ctx.is_public(before.entity):
            continue
        giving = giving_too and tok.lower_ in _GIVING_AS_NOUN and tok.i + 1 in amounts
        if not (giving or (tok.lower_ in _VERB_AS_NOUN and not verbs)) or (
            verbs and verbs[0] < tok.i
        ):
            continue
        stops = ("PRON", "PUNCT", "VERB") if giving else ("PRON", "PUNCT", "ADP", "VERB")
        phrase = []
        for t in sent.span[tok.i + 1 - sent.span.start :]:
            if t.pos_ in stops and not (t.is_bracket or t.i in amounts):
                break
            phrase.append(t)
        mentions = {m.entity for t in phrase if (m := sent.mention_of(t)) is not None}
        found = [e for e in mentions if ctx.type_of(e) in RECIPIENT_TYPES]
        return before.entity, [e for e in found if e != before.entity]
    return None


def _subject_of_funding(
    noun: Token, sent: Sentence, ctx: DocContext, funders: list[int]
) -> list[int]:
    """'Upstage is developing Solar Pro 2 with funding from the government': Upstage; 'A
    grant of RM 12 million from MDEC to UTM supports ...': UTM, the one it goes to."""
    verb = clause_verb(noun)
    to = [o for t in (noun, *prep_objects(noun, ("of",))) for o in prep_objects(t, ("to",))]
    subjects = [
        e for s in children(verb, ("nsubj", "nsubjpass")) for e in np_entities(s, sent, ctx)
    ]
    found = [e for o in to for e in np_entities(o, sent, ctx)] or subjects
    return [e for e in found if ctx.type_of(e) in RECIPIENT_TYPES and e not in funders]


def _funding_verb(tok: Token, sent: Sentence) -> Token | None:
    """The verb of a funding statement at this token: a funding verb ("grant", "invest" with
    an amount), the verb over "£2 billion of funding", or "the money will support X"."""
    if tok.lemma_ not in (_FUNDING_NOUN_LEMMAS if tok.pos_ == "NOUN" else _FUNDING_VERB_LEMMAS):
        return None  # most words: asked once, before the rules below read more of them
    if tok.lemma_ == "investment" and not any(c.lower_ in _STATE_WORDS for c in tok.children):
        return None  # ("has made a state investment of NOK 150 million in X": a state's only)
    money = bool(sent.money)
    if tok.pos_ not in ("VERB", "NOUN"):
        return None
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ":":
        return None  # "Grant offered: £4,200,000", "Amount awarded:": a field's label
    if tok.pos_ == "VERB" and tok.lemma_ in ("unveil", "announce", "launch") and money:
        packages = [o for o in children(tok, ("dobj",)) if o.lemma_ in _PACKAGE_NOUNS]
        return tok if packages else None
    founded = tok.lemma_ in ("establish", "create") or (
        tok.lemma_ == "set" and any(c.lower_ == "up" for c in tok.children)
    )
    endowed = any(w.like_num for o in prep_objects(tok, ("with",)) for w in o.subtree)
    if tok.pos_ == "VERB" and founded and endowed and money:
        return tok  # "the central government set up a national AI fund with 60 billion yuan"
    if tok.pos_ == "VERB" and tok.lemma_ == "put" and (money or _a_sum(tok)):
        # "has put €100 million into X", "is putting up 530 billion won" (not "putting money
        # into the sector", which states no sum)
        put_up = any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)
        put_in = money and any(  # ("put in EUR 100 million", 'in' read as a preposition)
            c.lower_ == "in" and (c.dep_ == "prt" or any(t.like_num for t in c.subtree))
            for c in tok.children
        )
        return tok if put_up or put_in or (money and prep_objects(tok, ("into",))) else None
    if tok.pos_ == "VERB" and tok.lemma_ in _MONEY_OBJECT_VERBS:
        # "proposed SEK 500 million for X", "released R$1.8 billion to X", "extended a
        # C$50 million loan to X": the verb funds only with money as its object (not
        # "released Param-1, a 2.9-billion-parameter model")
        amounts = sent.money_tokens()
        objects = children(tok, ("dobj",))
        # ("extended a $45 million facility to X": a credit facility of a stated size)
        sized = [
            o
            for o in objects
            if (o.lemma_ in _LOAN_NOUNS or _a_loan_deal(o)) and amounts & {t.i for t in o.subtree}
        ]
        return (
            tok
            if sized or any(o.lemma_ in _RECEIVED_FUNDING or o.i in amounts for o in objects)
            else None
        )
    available = any(c.lower_ == "available" for c in tok.children)
    if tok.pos_ == "VERB" and tok.lemma_ == "make" and available:
        return tok if money else None  # "BNDES and Finep will make R$ 2 billion available"
    aside = any(c.lower_ == "aside" for c in tok.children)
    if tok.pos_ == "VERB" and tok.lemma_ == "set" and aside:
        # "the strategy set aside 11 billion dirhams", "has set aside funds for X"
        return tok if money or _a_sum(tok) else None
    if tok.pos_ == "VERB" and tok.lemma_ in _STAKE_VERBS and money:
        # "Invest-NL took a EUR 60 million minority stake in X": a sum paid for a stake in a
        # named firm (the state's money if a public body pays it, else an investment:
        # relations/invests.py)
        amounts = sent.money_tokens()
        stakes = [o for o in children(tok, ("dobj",)) if o.lemma_ == "stake"
                  and amounts & {t.i for t in o.subtree} and prep_objects(o, ("in",))]  # fmt: skip
        if stakes:
            return tok
    if tok.pos_ == "VERB" and tok.lemma_ in FUND_VERBS:
        # "pays the cost", "provides subsidised GPU access": funding without a figure
        objects = [w for o in children(tok, ("dobj",)) for w in o.subtree]
        objects += [w for o in prep_objects(tok, ("with",)) for w in o.subtree]
        costs = any(w.lemma_ in ("cost", "bill") or w.lower_ in _SUBSIDISED for w in objects)
        return tok if tok.lemma_ in _BACKING_VERBS or money or costs else None
    if tok.pos_ == "VERB" and tok.lemma_ in _PURCHASE_VERBS:
        # a state buying GPUs or a supercomputer is a compute subsidy programme
        objects = [w for o in children(tok, ("dobj",)) for w in o.subtree]
        return tok if any(w.lemma_.lower() in _COMPUTE_WORDS for w in objects) else None
    if tok.pos_ == "NOUN" and tok.lemma_ in _FUNDING_NOUNS and _sources(tok):
        return tok  # "developing X with funding from the government"
    if (
        tok.pos_ == "NOUN"
        and tok.lemma_ in _FUNDING_NOUN_LEMMAS
        and money
        and not (_set_aside(tok) or _added_to(tok))
    ):
        head = clause_verb(tok)
        # ("signed a loan agreement of up to $180 million with X": the agreement's place)
        said = tok.head if _a_loan_deal(tok.head) and tok.dep_ == "compound" else tok
        return head if head.pos_ in ("VERB", "AUX") and said.dep_ in ("pobj", "dobj") else None
    if tok.pos_ == "VERB" and tok.lemma_ in ("support", "go", "flow", "help"):
        subjects = children(tok, ("nsubj",))
        if subjects and subjects[0].lemma_ in _FUNDING_NOUNS | _SHARE_NOUNS | {"money", "fund"}:
            return tok
        # "a further €300 million goes to X", "5 million euros would go to X"
        if subjects and money and _is_quantity(subjects[0]):
            return tok
        if tok.lemma_ == "support" and endowed and money:
            return tok  # "The Ministry supports X with EUR 42.5 million from its programme"
    return None


_MATCHING_VERBS = frozenset("match complement mirror supplement top".split())


def _added_to(noun: Token) -> bool:
    """'On top of the federal grant, Saxony will contribute EUR 85 million', 'in addition
    to the grant': money told before, which the sentence adds to ("co-financing of EUR 9.4
    million, matching the EU grant": one it matches)."""
    prep = noun.head
    matched = noun.dep_ == "dobj" and prep.lemma_ in _MATCHING_VERBS and prep.tag_ == "VBG"
    return matched or (
        noun.dep_ == "pobj"
        and (
            (prep.lower_ == "of" and prep.head.lower_ == "top")
            or (prep.lower_ == "to" and prep.head.lower_ == "addition")
        )
    )


def _pays_in_foreign_money(ctx: DocContext, sent: Sentence, funder: int) -> bool:
    """'PKR 11 billion would buy a few hundred accelerators, a fraction of what India is
    spending': a country whose sentence counts only in another country's currency spends
    none of it (the country the text is about may: "Solomon Islands will put in A$13
    million")."""
    if funder == ctx.main_country:
        return False
    own = ctx.entities[funder].iso3
    # (any currency the amount's sign may stand for: "B$" is Brunei's or the Bahamas')
    issuers = {issuing_country(c) for m in sent.money for c in (m.currency, *m.choices)}
    return bool(own and issuers) and None not in issuers and own not in issuers


def _granted_by_no_one(verb: Token) -> bool:
    """'has been sanctioned to X', with no 'by' or 'from' saying who gave it (not a total 'for'
    a programme)."""
    return (
        bool(children(verb, ("auxpass",)))
        and bool(prep_objects(verb, ("to",)))
        and not prep_objects(verb, ("by", "from", "agent"))
    )


def _a_loan_deal(noun: Token) -> bool:
    """'a loan agreement', 'a credit deal', 'a credit line': an agreement that is a loan."""
    return noun.lemma_ in ("agreement", "deal", "line") and any(
        c.dep_ == "compound" and c.lemma_ in _LOAN_NOUNS for c in noun.children
    )


def _a_sum(verb: Token) -> bool:
    """Money not counted as the verb's object: "are putting up a matching sum"."""
    return any(o.lemma_ in _SUM_NOUNS for o in children(verb, ("dobj",)))


def _set_aside(tok: Token) -> bool:
    """'Beyond the 11 billion dirhams in the budget, the state is leaning on ...': money a
    sentence sets aside to speak of something else is not its statement."""
    return any(t.dep_ == "prep" and t.lower_ in _ASIDE_PREPS for t in tok.ancestors)


def _sources(noun: Token) -> list[Token]:
    """'funding from the government', 'a subsidy of up to ¥4bn from METI': the 'from' of
    the funding noun or of the amount it is 'of'."""
    amounts = [o for o in prep_objects(noun, ("of",)) if o.like_num or o.ent_type_ == "MONEY"]
    return [o for t in (noun, *amounts) for o in prep_objects(t, ("from",))]


# "is authorised to pay", "is empowered to grant": the one licensed does what the verb says
_LICENSING_VERBS = frozenset("authorise authorize permit allow empower mandate direct".split())
# what a grant maker's verb or its object says: "awarded X EUR 2m", "approved a grant"
_GRANTING_VERBS = frozenset("award grant".split())
_GRANT_NOUNS = frozenset("grant grants subsidy subsidies".split())
# a sentence that says its money is not the state's ("is privately funded from its own
# resources", "That's private money. It's not a subsidy"; not "will unlock private capital")
_SAID_PRIVATE = re.compile(
    r"\b(?:privately (?:funded|financed)|(?:is|are|was|were|'s) private money"
    r"|(?:from|out of) (?:its|their|our) own (?:resources|balance sheets?|funds)"
    r"|(?:is|are|was|were|'s) not (?:a subsidy|subsidies|public money|state aid)"
    r"|no (?:public|state|taxpayer) money)\b",
    re.I,
)
# private grant makers' names ("the Kutxa Fundazioa", "Wellcome Trust")
_PRIVATE_GIVERS = frozenset("Foundation Fundazioa Fundación Fondation Stiftung Trust".split())


def _grant_maker(ctx: DocContext, sent: Sentence, verb: Token, entity: int) -> bool:
    """'Innovate BC has awarded $15 million to X', 'DTIC approved a R20 million grant for us':
    a body that awards money, or gives it as a grant, as the verb's subject is a public
    funder, if the reference does not say otherwise (see _may_make_grants)."""
    granting = verb.lemma_ in _GRANTING_VERBS or _as_a_grant(verb)
    return (
        granting
        and _may_make_grants(ctx, entity)
        and any(m.entity == entity for s in subjects(verb) if (m := sent.mention_of(s)) is not None)
    )


def _grant_from(ctx: DocContext, sent: Sentence, verb: Token, entity: int) -> bool:
    """'X received a EUR 1.1 million grant in 2024 from CDTI': the body a grant comes from."""
    sources = [*prep_objects(verb, ("from",))]
    sources += [o for d in children(verb, ("dobj",)) for o in prep_objects(d, ("from",))]
    return (
        _as_a_grant(verb)
        and _may_make_grants(ctx, entity)
        and any(m.entity == entity for o in sources if (m := sent.mention_of(o)) is not None)
    )


def _as_a_grant(verb: Token) -> bool:
    return any(word(o) in _GRANT_NOUNS for o in children(verb, ("dobj", "dative")))


def _may_make_grants(ctx: DocContext, entity: int) -> bool:
    """Whether a body the reference lacks may be a public grant maker: the field's grant
    makers are agencies, councils and programmes (a foundation's or trust's grants, and a
    body the reference knows as private, are private money)."""
    e = ctx.entities[entity]
    words = e.name.split()
    return (
        e.type == "Organization"
        and ctx.reference.get(e.key) is None
        and not set(words) & _PRIVATE_GIVERS
        and not (len(words) > 1 and e.name.isupper())  # ("PUBLIC SUPPORT MEASURES": a heading)
    )


def _funders(ctx: DocContext, sent: Sentence, verb: Token) -> list[int]:
    out: list[int] = []
    chain = [verb]
    if verb.dep_ == "amod" and verb.tag_ == "VBN" and verb.head.dep_ == "dobj":
        chain.append(verb.head.head)  # "have each committed billions": read as 'have' + VBN
    while chain[-1].dep_ in ("xcomp", "conj", "advcl") and len(chain) < 4:
        chain.append(chain[-1].head)  # "are spending billions to subsidize": the subject above
    for v in chain:
        sources = [o for d in children(v, ("dobj",)) for o in prep_objects(d, ("from",))]
        sources += prep_objects(v, ("from",))
        if v.lemma_ in _APPROVAL_VERBS and sources:
            # "The Cabinet approved BD 10 million from the Labour Fund": the fund pays
            # (a fund the state approves money from is the state's: "the Labour Fund, Tamkeen")
            out += [e for o in sources for e in _with_of(o, sent, ctx)
                    if ctx.is_public(e) or ctx.type_of(e) in RECIPIENT_TYPES]  # fmt: skip
            if out:
                break
        # ("the NFI receives a grant of EUR 9 million": who receives gives none)
        said = subjects(v) if v.lemma_ not in _GETTING_VERBS else []
        if v.lemma_ in _LICENSING_VERBS and v is not verb:
            said += children(v, ("nsubjpass",))  # "The Agency is authorised to pay X a grant"
        out += _subject_actors(said, sent, ctx)
        agents = prep_objects(v, ("by", "from"))
        if children(v, ("auxpass",)):
            # "was granted NZ$13 million by the Ministry": the agent hung on the amount
            agents += [a for d in children(v, ("dobj",)) for a in prep_objects(d, ("by",))]
        # "has been allotted PLN 19 million in the 2025 state budget": the country's money
        state_budget = [b for b in v.subtree if b.lemma_ in _BUDGET_NOUNS and b.head.lower_ == "in"
                        and any(c.lower_ in _PUBLIC_WORDS for c in b.children)]  # fmt: skip
        if not out and state_budget and not subjects(v):
            # ("In the 2025 state budget the Ministry of X gave": the name the parser hung on
            # the budget)
            named = [e for e in _name_before_its_verb(v, sent) if ctx.is_public(e)]
            out += named or ([ctx.main_country] if ctx.main_country is not None else [])
        # (a body named beside the budget pays from its own: "funded by Gwangju Metropolitan
        # City from its AI cluster budget")
        others = [a for a in agents if a.lemma_ not in _BUDGET_NOUNS]
        if not out and not others and any(a.lemma_ in _BUDGET_NOUNS for a in agents):
            # "was allocated from the republican budget": the state whose money it counts in
            state = ctx.issuer_of(sent) or ctx.main_country
            out += [state] if state is not None else []
        # "granted ¥10.2 billion for a build-out by METI": the 'by' hung on the purpose
        # ("was granted to the joint venture by the European Union": on the receiver)
        hung_on = ("for", "to") if children(v, ("auxpass",)) else ("for",)
        agents += [a for o in prep_objects(v, hung_on) for a in prep_objects(o, ("by",))]
        channelled = v.lemma_ in _CHANNEL_VERBS
        if not out and not agents and children(v, ("auxpass",)) and not channelled:
            # "is funded separately through ATRC", "has been paid out through Finep": with no
            # one said to pay, the public body the money comes through (money "channelled
            # through ITIDA" is the payer's, named before)
            agents += [o for o in prep_objects(v, ("through", "via"))
                       if any(ctx.is_public(e) for e in np_entities(o, sent, ctx))]  # fmt: skip
        for obj in agents:
            out += _with_of(obj, sent, ctx)
            # "half was paid by X and the rest by A, B and C", "EUR 30 million from X and an
            # equal amount from Y": the gapped second payer
            # (not a joined verb's: "provided from the RRF ... and is administered by X")
            for part in (t for t in obj.subtree if t.dep_ == "conj" and t.pos_ != "VERB"):
                out += [e for o in prep_objects(part, ("by", "from"))
                        for e in _with_of(o, sent, ctx)]  # fmt: skip
        for obj in [o for d in children(v, ("dobj",)) for o in prep_objects(d, ("from",))]:
            out += _with_of(obj, sent, ctx)
        # "has been granted R$50 million in funding by Finep", "financed with a $10 million
        # contribution from the Chilean government": the funding's own source
        funding = [t for d in (*children(v, ("dobj",)), *prep_objects(v, ("with",)))
                   for t in d.subtree if t.lemma_ in _FUNDING_NOUNS]  # fmt: skip
        out += [e for f in funding for o in (*prep_objects(f, ("by",)), *_sources(f))
                for e in _with_of(o, sent, ctx)]  # fmt: skip
        # "SoftBank was granted a METI subsidy of ¥42.1 billion": the funding named for its payer
        out += [m.entity for f in funding for c in f.children if c.dep_ in ("compound", "poss")
                and (m := sent.mention_of(c)) is not None and ctx.is_public(m.entity)]  # fmt: skip
        if v.dep_ in ("acl", "advcl") and v.head.pos_ in ("NOUN", "PROPN"):
            described = [e for e in np_entities(v.head, sent, ctx) if ctx.is_public(e)]
            out += described
        if out:
            break
    if not out and verb.dep_ in ("relcl", "acl") and verb.head.lemma_ in _PROGRAMME_NOUNS:
        out += _announcer(verb.head, sent, ctx)
    if not out and verb.dep_ in ("acl", "advcl") and verb.tag_ in ("VBG", "VBN"):
        out += _actor_just_before(verb, sent)
    if not out and verb.dep_ == "ccomp":
        # "DSIT said the money will also support Nscale": the one who said it
        out += [e for s in children(verb.head, ("nsubj",)) for e in np_entities(s, sent, ctx)]
    if not out and verb.tag_ in ("VB", "VBP") and not subjects(verb):
        out += _subject_of_the_list(ctx, sent)
    if not out and verb.dep_ == "ROOT" and not subjects(verb):
        out += _name_before_its_verb(verb, sent)
    return out


def _name_before_its_verb(verb: Token, sent: Sentence) -> list[int]:
    """'In addition to the federal grant, the Free State of Saxony will contribute EUR 85
    million', the name parsed as the grant's apposition: the name that ends right before
    the verb and its auxiliaries is its subject."""
    i = verb.i - 1
    while i >= sent.span.start and verb.doc[i].dep_ in ("aux", "neg", "advmod"):
        i -= 1
    m = sent.mention_of(verb.doc[i]) if i >= sent.span.start else None
    return [m.entity] if m is not None and m.span.end == i + 1 else []


def _subject_of_the_list(ctx: DocContext, sent: Sentence) -> list[int]:
    """'The Ministry (hereinafter "the Ministry") shall:', then '1) allocate KZT 6.2 billion
    to ISSAI': the public body whose duties the list goes on."""
    for before in reversed(ctx.sentences[max(sent.index - _LIST_REACH, 0) : sent.index]):
        if before.text.rstrip().endswith(":"):
            # (the parser may make the body the root of a sentence with no verb but 'shall')
            said = [t for t in before.tokens if t.dep_ == "nsubj"
                    or (t.dep_ == "ROOT" and t.pos_ in ("NOUN", "PROPN"))]  # fmt: skip
            return [e for t in said for e in np_entities(t, before, ctx) if ctx.is_public(e)][:1]
    return []


def _subject_actors(subjs: list[Token], sent: Sentence, ctx: DocContext) -> list[int]:
    """The actors the subjects name, less a country that only describes a business named
    with it ("the US software group Microsoft invested": Microsoft, not the US)."""
    found = [
        e for subj in subjs
        for e in _previous_public_subject(subj, sent, ctx) or np_entities(subj, sent, ctx)
        or _what_which_stands_for(subj, sent, ctx)
    ]  # fmt: skip
    if not found and any(s.lower_ == "board" for s in subjs):
        # "The Board of Executive Directors of the IDB approved": the body whose board it is
        found = [e for s in subjs for e in _with_of(s, sent, ctx)]
    if not found and any(word(s) in _STATE_PLANS for s in subjs):
        # "The IndiaAI Mission will subsidise ...", "The 2026 budget proposal earmarks ...":
        # a state's programme or budget spends the state's money
        state = ctx.issuer_of(sent) or ctx.main_country
        found = [state] if state is not None else []
    heads = {m.entity for s in subjs for t in conjuncts(s) if (m := sent.mention_of(t))}
    # ("BNDES, the Brazilian national development bank, approved": BNDES, not Brazil)
    # (not "3. The People's Committee of X shall ...": a list's number the parser made the
    # subject, in apposition with the name)
    in_apposition = {
        m.entity for s in subjs for t in conjuncts(s) if sent.mention_of(t) is not None
        for a in children(t, ("appos",))
        for x in a.subtree if (m := sent.mention_of(x)) is not None
    } - heads  # fmt: skip
    found = [e for e in found if ctx.type_of(e) != "Government" or e not in in_apposition]
    if not any(ctx.type_of(e) == "Firm" and not ctx.is_public(e) for e in found):
        return found
    return [e for e in found if ctx.type_of(e) != "Government" or e in heads]


def _what_which_stands_for(subj: Token, sent: Sentence, ctx: DocContext) -> list[int]:
    """'..., the Ministry (MInT), which has committed ETB 1.8 billion to X': the body a
    relative pronoun stands for (the parser may hang its clause on the main verb)."""
    if subj.tag_ not in ("WDT", "WP"):
        return []
    meant = ctx.refers_to(subj, sent)
    if meant is not None:
        # (not a programme a body's name is 'of': "the Programme of the Ministry (X), which")
        return [] if ctx.is_state_programme(meant) else [meant]
    if subj.i == 0 or subj.doc[subj.i - 1].text != ",":
        return []
    before = subj.i - 1  # (no relative clause in the parse: the name before the comma)
    while before > sent.span.start and subj.doc[before].is_punct:
        before -= 1
    named = sent.mention_of(subj.doc[before])
    return [named.entity] if named is not None else []


def _announcer(programme: Token, sent: Sentence, ctx: DocContext) -> list[int]:
    """'the Commission announced InvestAI, an initiative to ...': who announced it."""
    noun = programme
    while noun.dep_ in ("appos", "dobj", "conj") and noun.head != noun:
        noun = noun.head
        if noun.pos_ == "VERB":
            return [e for s in children(noun, ("nsubj",)) for e in np_entities(s, sent, ctx)]
    return []


def _previous_public_subject(subj: Token, sent: Sentence, ctx: DocContext) -> list[int]:
    """'The ministry selected five teams. The government will provide them with ...': an
    unnamed subject stands for the public body the sentence before had as its subject."""
    qualified = any(c.dep_ in ("compound", "amod", "poss") for c in subj.children)
    at = sent.index
    said = subj.head.dep_ == "ccomp"  # "X said it would fund Y": X, as refers_to reads it
    a_name = sent.mention_of(subj) is not None  # "The Ministry of Science and ICT" is named
    if subj.lower_ not in _ANAPHORS or qualified or said or a_name or at == 0:
        return []
    if (defined := ctx.term_meant(subj)) is not None:
        return [defined]  # "Innovation Agency Lithuania (the Agency) ... The Agency also granted"
    before = ctx.sentences[at - 1]
    root = before.span.root
    # the public body named last before the verb: "SEOUL, August 4 - Korea's Ministry of X
    # has selected": the dateline is parsed as the subject, the ministry is the actor
    named = [m.entity for m in before.mentions if m.span.end <= root.i]
    # "the government" is a government (a ministry named before), not a state-owned agency;
    # "the ministry" or "the agency" is a body, not the country ("Norway has cheap power. In
    # 2025 the Ministry allocated ...": the ministry named before)
    state = subj.lower_ == "government"
    body = subj.lower_ in ("ministry", "agency", "department")
    public = [e for e in named if ctx.is_public(e)]
    return [e for e in reversed(public)
            if (not state or ctx.type_of(e) == "Government")
            and not (body and ctx.entities[e].iso3)][:1]  # fmt: skip


def _actor_just_before(verb: Token, sent: Sentence) -> list[int]:
    """'..., and the Export and Investment Fund of Denmark, contributing 100 million kroner'."""
    doc = verb.doc
    i = verb.i - 1
    if i < 0 or doc[i].text != ",":
        return []
    m = sent.mention_of(doc[i - 1]) if i > 0 else None
    return [m.entity] if m is not None else []


def _with_of(tok: Token, sent: Sentence, ctx: DocContext, depth: int = 0) -> list[int]:
    """'hundreds of millions of dollars from an arm of the UAE government': the government,
    through the 'of' and 'from' phrases; 'investment funds controlled by the Hangzhou
    municipal government': the government that controls them."""
    found = np_entities(tok, sent, ctx)
    if depth < 4:
        for obj in prep_objects(tok, ("of", "from")):
            found += _with_of(obj, sent, ctx, depth + 1)
        for owned in (c for c in tok.children if c.dep_ == "acl" and c.lemma_ in _CONTROL_VERBS):
            found += [e for a in prep_objects(owned, ("by",)) for e in np_entities(a, sent, ctx)]
    return found


def _recipients(ctx: DocContext, sent: Sentence, verb: Token, funders: list[int]) -> list[int]:
    found: list[int] = []
    described = verb
    if verb.dep_ == "conj" and verb.head.dep_ == "acl":
        described = verb.head  # "BharatGen, a consortium led by X and funded by Y"
    if described.dep_ == "acl":
        found += np_entities(described.head, sent, ctx)
        if described.head.dep_ == "appos":  # "TII, a research centre funded by the ATRC"
            found += np_entities(described.head.head, sent, ctx)
    # ("would provide land and a KES 4.5 billion grant to EcoCloud": each object)
    objects = [c for o in children(verb, ("dobj", "dative")) for c in conjuncts(o)]
    objects += [a for o in objects for a in children(o, ("appos",)) if a.lemma_ in _FUNDING_NOUNS]
    money_objects = objects  # (what the money is to do, whoever an approval's objects name)
    granted: list[Token] = []
    if verb.lemma_ in _APPROVAL_VERBS:
        firms = {e for e in range(len(ctx.entities)) if ctx.type_of(e) == "Firm"}
        # "approved a $4.5 million grant to AGETIC", "approved subsidies worth Rs 246 crore
        # for Sarvam": the approved money's recipient
        granted = [t for o in objects for p in o.subtree
                   if p.dep_ == "prep" and p.lower_ in ("to", "for", "towards", "toward")
                   for t in children(p, ("pobj",))]  # fmt: skip
        objects = [o for o in objects if firms & set(np_entities(o, sent, ctx))]
    if verb.lemma_ in _GIVING_VERBS:
        # "granted Tilde EUR 1.8 million": the parser may take the receiver for a word of
        # the amount
        granted += [o.left_edge for o in objects if o.left_edge.dep_ == "compound"
                    and o.left_edge.pos_ == "PROPN" and sent.mention_of(o.left_edge)]  # fmt: skip
    if verb.lemma_ in _AWARD_VERBS:
        # ("awarded Nilecore a grant": or for a particle of the verb)
        granted += [p for p in children(verb, ("prt",)) if sent.mention_of(p)]
    targets = [*objects, *granted, *prep_objects(verb, _RECIPIENT_PREPS)]
    # ("will be made available to the Council": the 'to' on 'available')
    targets += [o for a in children(verb, ("oprd", "acomp")) if a.lower_ == "available"
                for o in prep_objects(a, ("to", "for"))]  # fmt: skip
    # ("allocated R850 million over the 2025-2028 period to the CHPC": a 'to' the parser
    # hung on the time phrase)
    # ("awarded NorwAI NOK 18 million": the receiver the parser glued to the amount)
    amounts = sent.money_tokens()
    # ("has granted the Consortium EUR 9.8 million": a body the text named before)
    targets += [t for o in children(verb, ("dobj", "dative")) if o.i in amounts
                for t in o.subtree if t.dep_ == "compound" and t.head.i in amounts
                and t.i not in amounts and t.i < o.i
                and (sent.mention_of(t) is not None or _after_the(t))]  # fmt: skip
    # ("provided A$118.6 million over four years, from 2025-26, to the Bureau": on the 'from';
    # "awarded EUR 20 million under the France 2030 plan to X": on the plan)
    timed = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in _TIME_PREPS | {"under"}]
    targets += [o for p in timed for t in (p, *children(p, ("pobj",)))
                for o in prep_objects(t, ("to",))]  # fmt: skip
    # "signed a $150 million sovereign loan with Uruguay": the borrower a loan is signed with
    # ("a loan of AED 550 million with the Government of Indonesia": 'with' on the amount)
    signed_with = [w for o in objects if o.lemma_ in _LOAN_NOUNS or _a_loan_deal(o)
                   for w in prep_objects(verb, ("with",)) + [
                       p for t in o.subtree if t.lower_ == "with" and t.dep_ == "prep"
                       for p in children(t, ("pobj",))]]  # fmt: skip
    targets += signed_with
    # "approved R$120 million ..., to be split between Maritaca AI and the university"
    split = [o for t in verb.subtree if t.lemma_ in _SPLIT_VERBS and t != verb
             for o in _split_among(t)]  # fmt: skip
    # ("shared between teams led by A, B and C": the leaders)
    targets += split + [x for o in split for a in children(o, ("acl",)) if a.lemma_ == "lead"
                        for b in prep_objects(a, ("by",)) for x in conjuncts(b)]  # fmt: skip
    state_bodies: list[int] = []
    # "paid for by the government through a grant to the university", "financed by a loan to
    # Uruguay from the IDB"
    targets += [o for g in prep_objects(verb, ("through", "via", "by", "with"))
                if g.lemma_ in _FUNDING_NOUNS
                for o in prep_objects(g, ("to", "for"))]  # fmt: skip
    for xcomp in children(verb, ("xcomp",)):
        targets += children(xcomp, ("dobj",))
    # "granted 45 million reais to Maritaca AI to train its Sabiá models": the purpose names
    # a recipient only where the verb's own words name none
    purposes: list[Token] = []
    # "a loan to upgrade the computing labs at X": the money's own purpose
    purposes += [d for o in money_objects if o.lemma_ in _FUNDING_NOUNS | _LOAN_NOUNS
                 for a in children(o, ("acl", "relcl")) if any(c.tag_ == "TO" for c in a.children)
                 for d in children(a, ("dobj",))]  # fmt: skip
    for purpose in children(verb, ("advcl",)):  # "investing R$100 million to upgrade X at Y"
        if sent.mention_of(purpose) and any(c.lower_ == "to" for c in purpose.children):
            targets.append(purpose)  # "allocated to AIST", the name parsed as a verb
        elif any(c.lower_ in ("for", "so") and c.dep_ == "mark" for c in purpose.children):
            # "approved ALL 900m for AKSHI to buy", "earmarked NT$3.8 billion for the NSTC to
            # buy", "is providing EUR 145 million so that the LRZ can add": a body the money is
            # for (a country's own state body too)
            enabled = children(purpose, ("nsubj",))
            targets += enabled
            state_bodies += [e for t in enabled for e in np_entities(t, sent, ctx)]
        elif any(c.tag_ == "TO" for c in purpose.children):
            purposes += children(purpose, ("dobj",))
            if purpose.lemma_ in ("help", "enable", "allow"):  # "to help Cohere pay for X"
                targets += [s for c in children(purpose, ("ccomp", "xcomp"))
                            for s in children(c, ("nsubj",))]  # fmt: skip
    if not targets and verb.dep_ == "relcl" and _is_quantity(verb.head):
        # "The system cost 202 million euros, half of which was paid by X": the system
        targets += children(verb.head.head, ("nsubj", "nsubjpass"))
    # "The state will provide EUR 8.5m ..., most of it to the University of Tartu"
    doc = sent.span.doc
    targets += [
        o for t in sent.tokens
        if t.lower_ == "to" and t.i >= 3
        and doc[t.i - 1].lower_ == "it" and doc[t.i - 2].lower_ == "of"
        and doc[t.i - 3].lower_ in _SHARE_WORDS
        for o in children(t, ("pobj",))
    ]  # fmt: skip
    reached = {t.i: _target_recipients(ctx, sent, verb, t, funders) for t in targets}
    found += [e for t in targets for e in reached[t.i]]
    # ("Maritaca AI was awarded R$45 million by Finep to train a larger Sabiá": the awarded)
    given = _passive_subjects(verb) if verb.lemma_ in _AWARD_VERBS else []
    named = [e for t in targets + given for e in _through_preps(t, sent, ctx, funders)]
    # "a US$45 million loan to Uruguay from the IDB", "a US$20 million grant for Samoa": a
    # development bank lends to a state it names as the one the money is 'to' or 'for'
    states: set[int] = set()
    if any(ctx.is_lender_to_states(f) for f in funders):
        told_to = [t for t in targets if t.dep_ == "dative" or t.head.lower_ in ("to", "for")]
        told_to += signed_with
        states = {e for t in told_to for e in np_entities(t, sent, ctx)}
    # (not what a loan to a state is to do: "to the Republic of the Philippines to support the
    # modernization of the Bureau of Customs")
    lent_to_state = any(ctx.type_of(e) == "Government" for e in states)
    if not lent_to_state and not any(ctx.type_of(r) in RECIPIENT_TYPES for r in named):
        found += [e for t in purposes for e in _target_recipients(ctx, sent, verb, t, funders)]
    if any(ctx.entities[f].iso3 for f in funders):
        # a country's money for one of its own bodies to spend (not a region: its government)
        states |= {e for e in state_bodies if not ctx.entities[e].key.startswith("state:")}
    # (a state's own office the money is for: "to the Department of Posts", "gave the
    # Department KES 1.2 billion")
    found = [
        r for r in dict.fromkeys(found)
        if ctx.type_of(r) in RECIPIENT_TYPES or r in states
        or (ctx.is_state_office(r) and r not in funders)
    ]  # fmt: skip
    if not set(found) - set(funders) and not (verb.dep_ == "relcl" and _is_quantity(verb.head)):
        # "Qai will be backed by billions from QIA", "KDDI was granted ¥10.2 billion for a
        # build-out", "TAIDE is developed by X and financed by Y"
        # ("The model was financed by the Ministry": the model the text names; "Development
        # of Jamii-7B was supported by X": what is developed)
        passive = _passive_subjects(verb)
        passive += [o for t in passive if t.lemma_ in _WORK_NOUNS for o in prep_objects(t, ("of",))]
        found += [e for t in passive
                  for e in np_entities(t, sent, ctx) or _host_of_facility(t, sent, ctx)
                  or [r for r in [ctx.refers_to(t, sent)] if r is not None]
                  if ctx.type_of(e) in RECIPIENT_TYPES]  # fmt: skip
    if not [r for r in found if r not in funders]:
        # "will spend J$2 billion over three years through eGov Jamaica Limited": the body the
        # money goes through, named after the verb (before it, it is the funder's channel)
        # "committed NOK 1 billion ..., channelled through the Research Council": the same
        channelling = [c for c in verb.subtree if c.lemma_ in _CHANNEL_VERBS and c != verb]
        # ("channelled into the Rwanda Centre for Applied AI", "channelled through the
        # Ministry to VSCI": whom it goes to)
        channels = [o for v in (verb, *channelling)
                    for o in prep_objects(v, ("to", "into", "through", "via") if v != verb
                                          else ("through", "via")) if o.i > verb.i]  # fmt: skip
        # ("added EUR 4 million through its regional development agency, the BOM",
        # "through its Global Gateway programme": the payer's own arm or scheme is not whom
        # the money is for; whom the scheme is for may be)
        channels = [
            p for o in channels for p in (prep_objects(o, ("for", "to")) if _payers_own(o) else [o])
        ]
        found += [e for o in channels for e in np_entities(o, sent, ctx)
                  if ctx.type_of(e) in RECIPIENT_TYPES]  # fmt: skip
    if not [r for r in found if r not in funders]:
        found += _named_after_to(ctx, sent, verb, funders)
    # "sanctioned Rs 412 crore to Grid-India for Urja-Drishti": the body the money is 'to',
    # not the model it is for as well
    # ("granted us NOK 18 million towards the Mimir programme": the receiver the dative names)
    told = [t for t in targets if t.head.lower_ == "to" or t.dep_ == "dative"]
    bodies = [e for t in told for e in np_entities(t, sent, ctx) or reached[t.i]
              if ctx.type_of(e) in ("Firm", "Organization") and e not in funders]  # fmt: skip
    if bodies:
        # ("shall provide to the Commission a grant-in-aid of Rs 214 crore for the DMIU": the
        # unit the money is for is the receiver's)
        for_only = {e for t in targets if t.head.lower_ == "for" for e in reached[t.i]}
        for_only |= {
            e for p in verb.subtree if p.lower_ == "for" and p.dep_ == "prep"
            for o in children(p, ("pobj",)) for e in np_entities(o, sent, ctx)
        }  # fmt: skip
        found = [r for r in found if ctx.type_of(r) != "AIModel"
                 and (r in bodies or r not in for_only)]  # fmt: skip
    return [r for r in found if r not in funders]


def _passive_subjects(verb: Token) -> list[Token]:
    """Who a passive funding verb says gets the money: its subject, a joined verb's ("is
    developed by X and financed by Y"), or what a relative clause is on ("Dilmun AI, a
    developer, which was granted BD 180,000")."""
    passive = children(verb, ("nsubjpass",))
    if not passive and verb.dep_ == "conj":
        passive = children(verb.head, ("nsubjpass",))
    if verb.dep_ == "relcl" and any(t.tag_ in ("WDT", "WP") for t in passive):
        return [verb.head.head if verb.head.dep_ == "appos" else verb.head]
    return passive


def _named_after_to(ctx: DocContext, sent: Sentence, verb: Token, funders: list[int]) -> list[int]:
    """'allocated KZT 12 billion to ISSAI to train ...' (the parser made 'to ISSAI' a verb),
    'A loan of R$ 1.4 billion to Elea Data Centers was approved by BNDES': the first name
    right after a 'to' in the funding verb's clause, whatever the parse made of it."""
    doc = sent.span.doc
    for to in (t for t in verb.subtree if t.lower_ == "to" and not _in_conjunct(t, verb)):
        starts = (
            {to.i + 1, to.i + 2}
            if to.i + 1 < len(doc) and doc[to.i + 1].lower_ == "the"
            else {to.i + 1}
        )
        named = next((m.entity for m in sent.mentions if m.span.start in starts), None)
        if named is not None and named not in funders:
            # (a development bank's loan 'to Uruguay')
            lent = ctx.type_of(named) == "Government" and any(
                ctx.is_lender_to_states(f) for f in funders
            )
            return [named] if ctx.type_of(named) in RECIPIENT_TYPES or lent else []
    return []


def _in_conjunct(tok: Token, verb: Token) -> bool:
    """Whether `tok` sits in a clause joined to the verb's ('..., and it has promised X') or
    in a relative clause ('Rs5 billion, of which Rs1.2 billion goes to X': a part's)."""
    while tok != verb:
        # (not a name the parser made a clause of: "in the budget request to RIKEN for")
        if (tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")) or (
            tok.dep_ == "relcl" and not tok.ent_type_
        ):
            return True
        tok = tok.head
    return False


def _target_recipients(
    ctx: DocContext, sent: Sentence, verb: Token, t: Token, funders: list[int]
) -> list[int]:
    """The recipients one object, 'to'/'for' phrase or purpose of a funding verb names."""
    if t.lower_ == "it" and t.head.lower_ == "for":
        return []  # "paid 22 billion tenge for it": the thing bought
    if t.lower_ == "us" and t.dep_ in ("dative", "dobj", "pobj"):
        # "Innovation Norway granted us NOK 18 million": the speaker's or writer's business
        us = ctx.refers_to(t, sent)
        return [us] if us is not None and ctx.type_of(us) in RECIPIENT_TYPES else []
    if t.lower_ == "part" and any(c.dep_ == "poss" for c in t.children):
        return []  # "the state, for its part, has promised": no one the money goes to
    if t.lemma_ in _SUM_NOUNS and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children):
        return []  # "is putting up its own money": the funder's
    if t.dep_ == "dative" and t.i in sent.money_tokens():
        # "gave the Department KES 1.2 billion": the parser glued the dative to the currency
        glued = [c for c in children(t, ("compound",)) if c.is_title] if definite(t) else []
        t = glued[0] if len(glued) == 1 else t
    if t.lower_ in ("them", "they") and verb.dep_ == "conj":
        # "has selected A, B and C ..., and will provide them with ...": the selected
        t = next(iter(children(verb.head, ("dobj",))), t)
    return (
        _the_venture(ctx, sent, t)
        or _through_preps(t, sent, ctx, funders)
        or _team_leaders(ctx, sent, t)
        or _listed_before(ctx, sent, t)
        or _model_worked_on(ctx, sent, t)
        or _the_body_called(ctx, sent, t)
    )


def _team_leaders(ctx: DocContext, sent: Sentence, t: Token) -> list[int]:
    """'to a consortium led by the University of Oslo': the team's leaders."""
    if t.lemma_ not in _TEAM_NOUNS or sent.mention_of(t) is not None:
        return []
    leaders = [b for a in children(t, ("acl",)) if a.lemma_ == "lead"
               for b in prep_objects(a, ("by",))]  # fmt: skip
    return [e for b in leaders for e in np_entities(b, sent, ctx)]


def _the_venture(ctx: DocContext, sent: Sentence, t: Token) -> list[int]:
    """'was granted to the joint venture by the EU', "the JV": the venture the text named
    before."""
    if (t.lemma_ != "venture" and t.lower_ != "jv") or not (definite(t) or _after_the(t)):
        return []  # ("has awarded the JV SAR 15 million": the article on the amount)
    venture = ctx.venture_named_before(sent.offset + t.idx)
    return [venture] if venture is not None else []


def _after_the(t: Token) -> bool:
    """'the Consortium' in 'granted the Consortium EUR 9.8 million', where the parser hung the
    article on the amount: a capitalised noun right after 'the' ("the JV")."""
    capital = t.is_title or t.is_upper
    return t.tag_ == "NNP" and capital and t.i > 0 and t.doc[t.i - 1].lower_ == "the"


def _the_body_called(ctx: DocContext, sent: Sentence, t: Token) -> list[int]:
    """'NAFOSTED awarded the institute 12.5 billion dong': the body named before whose name
    has that noun; 'to the Bureau', 'gave the Department': a capitalised one, as the text
    refers to it."""
    # ("the Department KES 1.2 billion": the article on the word the name was glued to)
    the = definite(t) or (t.dep_ == "compound" and (definite(t.head) or _after_the(t)))
    if not the or sent.mention_of(t) is not None:
        return []
    if t.tag_ == "NNP" and t.is_title:
        body = ctx.named_by_head(t.lower_, sent.offset + t.idx)
        return [body] if body is not None else []
    if t.lemma_ in FIRM_NOUNS and t.lemma_ not in ORG_NOUNS:
        # "has been sanctioned to the company": the firm the text was telling of
        firm = ctx.refers_to(t, sent)
        return [firm] if firm is not None and ctx.type_of(firm) == "Firm" else []
    if t.lemma_ not in ORG_NOUNS:
        return []
    body = ctx.body_called(sent.offset + t.idx, t.lemma_)
    return [body] if body is not None else []


def _through_preps(
    tok: Token, sent: Sentence, ctx: DocContext, funders: list[int], depth: int = 0
) -> list[int]:
    """'¥72.5bn of GPU purchases by X and Y', 'the development of TAIDE': the recipient
    through the 'of', 'for', 'to' and 'by' phrases of the money or the purpose."""
    # "for 4,096 Nvidia H100 GPUs": the maker of the hardware bought is no recipient
    hardware = tok.lemma_.lower() in _HARDWARE_NOUNS and sent.mention_of(tok) is None
    # ("a government subsidy of NT$62.5 million to the Company": the money's own words name
    # its payer, not whom it goes to)
    money = tok.lemma_ in _FUNDING_NOUNS and sent.mention_of(tok) is None
    # (_host_of_facility also reads who builds or runs it: "for a research fellowship run by
    # Data Science Nigeria")
    found = (
        [] if hardware else np_entities(tok, sent, ctx, heads_only=money)
    ) or _host_of_facility(tok, sent, ctx)
    if not found:  # "for CAIT's digital transformation projects": whose projects
        found = [m.entity for p in children(tok, ("poss",)) if (m := sent.mention_of(p))]
    if depth < 3 and not found:  # "the Falcon models of the TII": Falcon, not TII
        # ("to expand GPU capacity at the Leibniz Supercomputing Centre": the body it is at)
        for inner in prep_objects(tok, ("of", "for", "to", "by", "on", "towards", "in", "at")):
            if inner.lemma_ in _BUDGET_NOUNS and any(p.pos_ == "PRON" for p in inner.children):
                continue  # "for the strategy in its 2024 budget": the funder's own budget
            if inner.lower_ == "own":
                continue  # "will add Rwf 15 billion of its own": the funder's own money
            found += _through_preps(inner, sent, ctx, funders, depth + 1)
            found += _generic_model(ctx, inner, funders)
    return found


def _host_of_facility(tok: Token, sent: Sentence, ctx: DocContext) -> list[int]:
    """'in Snellius-2, a new supercomputer at the University of Twente': the body that hosts
    the named facility receives the money."""
    facilities = [a for a in (tok, *children(tok, ("appos",))) if a.lemma_ in FACILITY_NOUNS]
    # "upgrade the supercomputer at the LNCC": the 'at' may hang on the verb
    places = [*facilities, *(f.head for f in facilities if f.dep_ == "dobj")]
    # ("on Clementina XXI, a supercomputer for the National Meteorological Service": its user)
    hosts = [e for f in places for o in prep_objects(f, ("at", "for"))
             for e in np_entities(o, sent, ctx)]  # fmt: skip
    # ("a campus, to be built by Guaraní Compute, has been backed with a loan": its builder)
    hosts += [e for f in facilities for e in _run_by(f, sent, ctx, ("acl", "relcl"))]
    if not hosts and sent.mention_of(tok) is None:
        # (any thing the money is for: "for a national AI platform to be built by iGovTT",
        # and however the parser hung the clause: "TT$340 million for a platform, to be
        # built and managed by iGovTT")
        verb = tok.head.head if tok.dep_ == "pobj" else tok
        hosts += _run_by(tok, sent, ctx, ("acl",)) or _run_by(verb, sent, ctx, ("xcomp", "advcl"))
    if not hosts and tok.lemma_ in MACHINE_NOUNS and definite(tok):
        # "the system", "the machine": the body the text last placed a computer at
        host = ctx.host_before(sent.offset + tok.idx)
        hosts += [host] if host is not None else []
    elif not hosts and tok.lemma_ in COMPUTER_NOUNS:
        # "€80m for a national AI supercomputer. The machine will be installed at X"
        host = ctx.host_next(sent)
        hosts += [host] if host is not None else []
    return hosts


def _run_by(noun: Token, sent: Sentence, ctx: DocContext, clauses: tuple[str, ...]) -> list[int]:
    """Who a clause on the noun says builds or runs it ('run by X', 'to be built by X')."""
    # ("a platform, to be built and managed by iGovTT": the 'by' on the last verb)
    return [
        e for a in children(noun, clauses) if a.lemma_ in _RUN_VERBS
        if a.dep_ in ("acl", "relcl") or children(a, ("auxpass",))
        for v in conjuncts(a) for o in prep_objects(v, ("by",)) for e in np_entities(o, sent, ctx)
    ]  # fmt: skip


def _is_quantity(tok: Token) -> bool:
    return tok.like_num or any(c.dep_ in ("nummod", "quantmod") for c in tok.children)


def _listed_before(ctx: DocContext, sent: Sentence, tok: Token) -> list[int]:
    """'The ministry selected A, B and C. It will fund the teams': a definite plural noun
    stands for the list of actors the sentence before named."""
    if tok.tag_ != "NNS" or not any(c.lower_ in ("the", "these") for c in tok.children):
        return []
    if tok.lemma_.lower() in _HARDWARE_NOUNS:
        return []  # "the two systems": machines, not the firms that built them
    if word(tok) not in _LISTED_NOUNS:
        return []  # "for the heat-recovery and liquid-cooling components": things, not bodies
    at = sent.index
    if at == 0:
        return []
    before = ctx.sentences[at - 1]
    for t in before.span:
        listed = [m.entity for c in conjuncts(t) if (m := before.mention_of(c)) is not None]
        listed = [e for e in dict.fromkeys(listed) if ctx.type_of(e) in ("Firm", "Organization")]
        if len(listed) >= 2 and t.dep_ != "conj":
            return listed
    return []


def _model_worked_on(ctx: DocContext, sent: Sentence, tok: Token) -> list[int]:
    """'The ministry financed the work with 14.5 million zlotys': 'the work', 'the project' or
    'the models' is the model one of the three sentences before named last (also as the
    owner: "to the project's next phase")."""
    # ("for the model's second phase": the model's; not a purpose's object, "to train the
    # model's next version", which the text's firm does with the money)
    owners = _WORK_NOUNS | (MODEL_NOUNS if tok.dep_ == "pobj" else frozenset())
    tok = next((p for p in children(tok, ("poss",)) if p.lemma_ in owners), tok)
    if tok.lemma_ not in _WORK_NOUNS | MODEL_NOUNS or not definite(tok):
        return []
    at = sent.index
    named = [m.entity for s in ctx.sentences[max(at - 3, 0) : at] for m in s.mentions]
    # (and this sentence before it: "Latam-GPT is being developed by CENIA; CAF has
    # contributed $3.5 million to the effort")
    if tok.lemma_ in _WORK_NOUNS:
        named += [m.entity for m in sent.mentions if m.span.end <= tok.i]
    models = [e for e in named if ctx.type_of(e) == "AIModel"]
    return models[-1:]


def _generic_model(ctx: DocContext, tok: Token, funders: list[int]) -> list[int]:
    """'for the development of our own AI models': the model the funder develops."""
    words = [t for c in conjuncts(tok) for t in c.subtree]
    if not any(t.lemma_ in MODEL_NOUNS for t in words):
        return []
    developed = [f.args[1] for f in ctx.facts if f.kind == "DEVELOPS" and f.args[0] in funders]
    return [m for m in dict.fromkeys(developed) if m is not None]


def _clause_of(sent: Sentence, money: Money) -> Token | None:
    """The verb of the clause an amount stands in."""
    words = sent.words_of(money)
    return clause_verb(words.root) if words is not None else None


def _amount_near(money: list[Money], verb: Token, sent: Sentence) -> Money | None:
    """The amount of the verb's own clause; else the nearest not told by a clause joined to
    it ("MIDA granted YTL a tax allowance, and the government set aside RM2 billion": the
    RM2 billion is the second clause's)."""
    if not money:
        return None
    owners = [_clause_of(sent, m) for m in money]
    own = [m for m, o in zip(money, owners, strict=True) if o == verb]
    # ("is funded through ATRC, which granted AED 120 million": the relative clause's own,
    # where the verb says no one pays; "co-funded by A and B, which together have committed
    # EUR 430 million" is A's and B's)
    unpaid = not prep_objects(verb, ("by",))
    joined = set(verb.conjuncts) | {
        o for o in owners
        if unpaid and o is not None and o.dep_ == "relcl" and o.lemma_ in FUND_VERBS
        and verb in o.ancestors
    }  # fmt: skip
    free = [m for m, o in zip(money, owners, strict=True) if o not in joined]
    if not (own or free):
        return None
    at = verb.idx - sent.span.start_char
    return min(own or free, key=lambda m: abs(m.start - at))
