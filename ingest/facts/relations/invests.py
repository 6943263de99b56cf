"""INVESTS_IN: private or corporate investment, acquisition, ownership ("backed by", "owned by").
A parent's own unit ("X, a unit of Y", "Singtel's Nxera") is no investment: most annotators
leave it out.
"""

from __future__ import annotations

from spacy.tokens import Token

from ingest.facts.context import DocContext, Fact, Sentence, clause_verb
from ingest.facts.relations.common import BUSINESSES, relation_fact
from ingest.facts.tree import (
    children,
    conjuncts,
    listed_after,
    named_or_meant,
    names_before,
    negated,
    np_entities,
    prep_objects,
    subject_of,
    subjects,
)
from ingest.lexicon import REST_NOUNS, ROUND_VERBS

_STAKE_NOUNS = frozenset("acquisition stake investment takeover purchase".split())
_INVEST_VERBS = frozenset("invest acquire buy subscribe".split())
_GIVE_MONEY_VERBS = frozenset("provide commit pledge contribute donate grant".split())
_INVESTOR_NOUNS = frozenset("investor shareholder backer owner".split())
# a partner's money with no 'to' or 'into': into the joint venture the text told of
_INTO_A_VENTURE = frozenset("contribute commit".split())
_GIVE_VERBS = frozenset("give grant hand".split())
_RECEIVE_VERBS = frozenset("receive secure get attract win".split())
_OWN_VERBS = frozenset("back own fund finance control".split())
_INJECT_VERBS = frozenset("inject put pump pour".split())
_CAPITAL_NOUNS = frozenset("capital money equity cash funds".split())
# what a holder buys of an issuer ("bonds of X", "units of the fund")
_SECURITY_NOUNS = frozenset("share bond unit note stock equity security debenture capital".split())
_STATE_FUND_GIVING = _GIVE_MONEY_VERBS | _INJECT_VERBS
_LIST_VERBS = frozenset("include comprise".split())


def invests(ctx: DocContext, sent: Sentence) -> list[Fact]:
    out: list[Fact] = _shares(ctx, sent)
    for tok in sent.tokens:
        investors: list[int] = []
        investees: list[int] = []
        if tok.lemma_ in _STAKE_NOUNS and tok.pos_ == "NOUN":
            if negated(tok.head if tok.dep_ == "dobj" else tok):
                continue  # "The court has no stake in the company"
            for obj in prep_objects(tok, ("of", "in")):
                investees += np_entities(obj, sent, ctx)
                if obj.ent_type_ == "MONEY":  # "a stake of EUR 7 million in X": 'in' on the sum
                    investees += [e for o in prep_objects(obj, ("in",))
                                  for e in np_entities(o, sent, ctx)]  # fmt: skip
            for poss in children(tok, ("poss",)):
                e = ctx.refers_to(poss, sent)
                if e is not None:
                    investors.append(e)
            if tok.lemma_ == "investment" and not investors:
                # "The investment of EUR 4 million by the venture fund X in Y": the 'in' may
                # hang on the investor's name
                by = prep_objects(tok, ("by",))
                investors += [e for b in by for e in np_entities(b, sent, ctx)]
                into = [o for b in by for t in b.subtree if t.lower_ == "in" and t.dep_ == "prep"
                        for o in children(t, ("pobj",))]  # fmt: skip
                investees += [e for o in into for e in np_entities(o, sent, ctx)]
            received = tok.dep_ == "dobj" and tok.head.lemma_ in _RECEIVE_VERBS
            # ("received an investment of $18 million from Y": the 'from' on the verb)
            givers = prep_objects(tok, ("from",)) or (
                prep_objects(tok.head, ("from",)) if received else []
            )
            if not investors and received and givers:
                # "X also received an undisclosed investment from Kapitalbank"
                investors += [e for o in givers for e in np_entities(o, sent, ctx)]
                receiver = subject_of(tok.head)
                investees += np_entities(receiver, sent, ctx) if receiver is not None else []
            elif not investors and tok.dep_ == "dobj" and tok.head.lemma_ in _GIVE_VERBS:
                # "the partnership gives X a minority stake": X invests in the other side
                investors += [e for d in children(tok.head, ("dative",)) for e in
                              np_entities(d, sent, ctx)]  # fmt: skip
                if not investees:
                    investees += ctx.actors_before(sent, {"Firm"})
            elif not investors and (tok.dep_ == "dobj" or _paid_for(tok)):
                # "Microsoft paid $1.5 billion for a minority stake in the company"
                acting = subject_of(tok.head if tok.dep_ == "dobj" else tok.head.head)
                if acting is not None:
                    investors += np_entities(acting, sent, ctx)
                # "Sonatel, in which Orange holds a 42% stake": what the 'which' stands for
                for which in prep_objects(tok.head, ("in",)):
                    held = ctx.refers_to(which, sent) if which.lower_ == "which" else None
                    investees += [held] if held is not None else []
                if not investees and tok.head.dep_ == "relcl":
                    investees += _backed_one(ctx, sent, tok.head)
        elif tok.lemma_ in _INVESTOR_NOUNS and tok.dep_ == "nsubj" and _said_to_be(tok):
            # "Indosat, whose main shareholders are Ooredoo and CK Hutchison", "its backers
            # include A and B": the named holders invest in the possessor
            for obj in children(tok.head, ("attr", "dobj")):
                investors += np_entities(obj, sent, ctx)
            for poss in children(tok, ("poss",)):
                held = ctx.refers_to(poss, sent)
                investees += [held] if held is not None else []
        elif (
            tok.lemma_ in _INVESTOR_NOUNS
            and tok.dep_ == "nsubj"
            and tok.head.lemma_ in _LIST_VERBS
            and _round_told_before(ctx, sent, here=True)
        ):
            # "X raised ¥20bn. New investors included A, B and C": the raiser's investors
            investors += [
                e for o in children(tok.head, ("dobj",)) for e in np_entities(o, sent, ctx)
            ]
            investees += _raiser_or_topic(ctx, sent)
        elif tok.lemma_ == "backing" and tok.pos_ == "NOUN" and prep_objects(tok, ("from",)):
            # "raised $214 million in its Series A, with backing from Nvidia and three
            # Japanese megabanks - MUFG, SMBC and Mizuho": the backers, in the raiser
            for prep in (c for c in tok.children if c.lower_ == "from"):
                investors += listed_after(ctx, sent, prep, stops=frozenset({"for", "in", "to"}))
            raiser = subject_of(clause_verb(tok))
            investees += np_entities(raiser, sent, ctx) if raiser is not None else []
            if raiser is not None and not investees:
                investees += [e for e in [ctx.refers_to(raiser, sent)] if e is not None]
        elif tok.lemma_ in _INVESTOR_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "among":
            # "X counts Nvidia and Google among its investors": the counted invest in X
            # (a state fund counted among shareholders is the state's money: subsidies.py)
            counting = tok.head.head
            # ("counts the venture firm Kaszek among its backers": 'among' hung on the object)
            counted = [counting] if counting.dep_ == "dobj" else children(counting, ("dobj",))
            investors += [e for o in counted
                          for e in np_entities(o, sent, ctx)
                          if not (ctx.is_public(e) or ctx.is_state_fund(e))]  # fmt: skip
            # ('its' is the counter's: "Maritaca, which counts Kaszek among its backers")
            counter = subject_of(counting.head if counting.dep_ == "dobj" else counting)
            counted_by = ctx.refers_to(counter, sent) if counter is not None else None
            for poss in children(tok, ("poss",)):
                held = counted_by if counted_by is not None else ctx.refers_to(poss, sent)
                investees += [held] if held is not None else []
        elif (
            (
                tok.lower_ == "backed"
                or (tok.lower_ in ("controlled", "owned") and tok.head.dep_ == "appos")
            )
            and tok.dep_ == "amod"
            and tok.i >= 2
            and tok.doc[tok.i - 1].text == "-"
            and (backer := sent.mention_of(tok.doc[tok.i - 2])) is not None
        ):
            # "Trendyol, the Alibaba-backed e-commerce group": Alibaba in what the noun names
            # ("Scala, the DigitalBridge-controlled operator": said of a name)
            investors.append(backer.entity)
            noun = tok.head
            investees += np_entities(noun.head if noun.dep_ == "appos" else noun, sent, ctx,
                                     heads_only=True)  # fmt: skip
        elif tok.lemma_ in _INVESTOR_NOUNS and tok.dep_ in ("attr", "appos"):
            # "Bpifrance is an investor in Mistral AI", "Y, a shareholder in X"
            holder = subject_of(tok.head) if tok.dep_ == "attr" else tok.head
            investors += np_entities(holder, sent, ctx) if holder is not None else []
            for obj in prep_objects(tok, ("in", "of")):
                investees += np_entities(obj, sent, ctx)
        elif tok.pos_ == "VERB" and tok.lemma_ in _GIVE_MONEY_VERBS and sent.money:
            # "The foundation is providing $7.5 million for the hub": private money (public
            # money is a subsidy, which the check below leaves to the subsidy rules)
            # ("X undertakes to contribute R$ 620 million": the subject above)
            giver = children(tok, ("nsubj",)) or [s for s in [subject_of(tok)] if s is not None]
            investors += [e for s in giver for e in np_entities(s, sent, ctx)]
            for obj in prep_objects(tok, ("for", "to", "into")):
                # ("to the capital of the JV Company": the company)
                capital = prep_objects(obj, ("of",)) if obj.lemma_ == "capital" else [obj]
                investees += [
                    e for c in capital for e in np_entities(c, sent, ctx, heads_only=True)
                ]
            if investors and not investees and tok.lemma_ in _INTO_A_VENTURE:
                # "A will invest THB 2,040 million in the JV, while B will contribute THB
                # 1,960 million", "B has committed $210 million in cash": into the joint
                # venture the text told of, B's
                pos = sent.offset + tok.idx
                venture = ctx.venture_named_before(pos, partners=investors)
                investees += [venture] if venture is not None else []
        elif tok.pos_ == "VERB" and (
            tok.lemma_ in _INVEST_VERBS or (tok.lemma_ == "back" and _backs_a_name(tok, sent))
        ):
            subjs = subjects(tok)
            investors += [e for s in subjs for e in np_entities(s, sent, ctx)]
            # ("The pension funds managed by AFP Andes Futuro will invest": their manager)
            investors += [e for s in subjs if not investors for e in _manager_of(s, sent, ctx)]
            acquired = children(tok, ("nsubjpass",))
            if acquired:  # "Silo AI was acquired by US chipmaker AMD"
                investees += [e for s in acquired for e in np_entities(s, sent, ctx)]
                investors += [
                    e for a in prep_objects(tok, ("by",)) for e in np_entities(a, sent, ctx)
                ]
            # "Alibaba, Tencent and Meituan all invested in the company": the names before
            investors = investors or names_before(tok, sent, ctx)
            if tok.lemma_ == "subscribe":
                # (a state body or fund subscribing shares puts in public money: a subsidy)
                investors = [e for e in investors if not (ctx.is_public(e) or ctx.is_state_fund(e))]
            # ("invested 3 billion won in X": the parse may hang 'in X' on the amount)
            amounts = [o for o in children(tok, ("dobj",)) if any(t.like_num for t in o.subtree)]
            # ("invested $22 million for a 30 percent stake in Vahagn Cloud": the stake's)
            stakes = [o for o in prep_objects(tok, ("for",)) if o.lemma_ in _STAKE_NOUNS]
            into = [
                *prep_objects(tok, ("in",)),
                *(o for a in [*amounts, *stakes] for o in prep_objects(a, ("in",))),
                # ("invested NOK 8 million of its own funds in X": on the funds)
                *(
                    o
                    for a in amounts
                    for f in prep_objects(a, ("of",))
                    if f.lower_ in _CAPITAL_NOUNS
                    for o in prep_objects(f, ("in",))
                ),
            ]
            # "invested KRW 120 billion in convertible preferred shares of Upstage": the issuer
            into += [
                i for o in into if o.lemma_ in _SECURITY_NOUNS for i in prep_objects(o, ("of",))
            ]
            for obj in [*children(tok, ("dobj",)), *into]:
                # ("A, B and C invested $41 million in the firm": 'the firm' is none of them)
                named = sent.mention_of(obj) is not None
                # ("Yotta bought Nvidia GPUs": a product's maker is not what is bought)
                product = tok.lemma_ == "buy" and obj.dep_ == "dobj"
                investees += [e for e in np_entities(obj, sent, ctx, heads_only=product)
                              if named or e not in investors]  # fmt: skip
            if investors and amounts and not into and not investees:
                # "X closed its round. Elaia invested the remaining EUR 8 million": in the
                # firm that raised it
                raising = ctx.round_raiser(sent)
                investees += [raising] if raising is not None else []
        elif tok.pos_ == "VERB" and sent.money and (founders := _founded_with_money_from(tok)):
            # "Rapidus was set up in 2022 with ¥7.3 billion from eight domestic companies:
            # Toyota Motor, Sony Group, ...": who put up the money invests in it
            investors += [e for p in founders for e in listed_after(ctx, sent, p)]
            investees += [
                e for s in children(tok, ("nsubjpass",))
                for e in np_entities(s, sent, ctx, heads_only=True) if e not in investors
            ]  # fmt: skip
        elif tok.pos_ == "VERB" and tok.lemma_ in _INJECT_VERBS and _capital_into(tok):
            # "SoftBank Corp injected further capital into SB Intuitions"
            acting = subject_of(tok)
            investors += np_entities(acting, sent, ctx) if acting is not None else []
            investees += [
                e for o in prep_objects(tok, ("into",)) for e in np_entities(o, sent, ctx)
            ]
        elif tok.lemma_ in ("hold", "own") and tok.dep_ == "relcl" and _held_in_which(tok):
            # "Safaricom, in which Vodacom holds a controlling interest", "Sonatel, in which
            # France's Orange holds about 42%": the holder invests in what 'which' stands for
            investors += [e for s in children(tok, ("nsubj",)) for e in np_entities(s, sent, ctx)]
            investees += [
                e for w in _held_in_which(tok) if (e := ctx.refers_to(w, sent)) is not None
            ]
        elif tok.lemma_ in _OWN_VERBS and _owned_one(tok) is not None:
            # "VinBrain, a company backed by Vingroup", "Humain, a company owned by the PIF";
            # "Teraco, owned by X, and Y": Teraco only, not the list it is in; "Kyivstar,
            # which is owned by VEON"; "Trendyol, which is majority-owned by Alibaba"
            owned = _owned_one(tok)
            investees += named_or_meant(owned, sent, ctx, heads_only=True)[:1] if owned else []
            if owned is not None and owned.dep_ == "appos":
                investees += np_entities(owned.head, sent, ctx)
            for agent in prep_objects(tok, ("by",)):
                investors += np_entities(agent, sent, ctx)
        elif _is_round(tok):  # "a funding round" (tagged ADV at times), "a Series A"
            # "X raised EUR 1.7 billion in a round led by ASML"
            # "a round led by X", "raised $41 million in a round in December 2023 led by X"
            # ("a round ..., that was led by A, B and C", however the parser hung the clause)
            # ("led by A and joined by B": who joins it by 'by' too)
            led = [
                t for t in sent.tokens
                if t.lemma_ in ("lead", "join")
                and (
                    t.dep_ in ("acl", "advcl", "relcl", "conj")
                    or (t.tag_ == "VBN" and t.i > tok.i)
                )
            ]  # fmt: skip
            # ("Aleph Alpha's Series B was led by X": the letter heads the round's words)
            head = tok.head if tok.lower_ == "series" and tok.dep_ == "compound" else tok
            if head.dep_ == "nsubjpass" and head.head.lemma_ == "lead":
                led.append(head.head)  # "The round was led by Riyadh's STV"
            for verb in led:
                for agent in prep_objects(verb, ("by",)):
                    investors += np_entities(agent, sent, ctx, heads_only=True)
            # "raised X in a round led by Y", "closed a €4m seed round led by Y"
            raiser = subject_of(tok.head.head) if tok.dep_ == "pobj" else None
            closing = next((a for a in tok.ancestors if a.lemma_ in ROUND_VERBS), None)
            # ("the $40 million Series B we closed in February": the clause on the round)
            closing = closing or next(
                (c for c in (*tok.children, *head.children)
                 if c.dep_ == "relcl" and c.lemma_ in ROUND_VERBS),
                None,
            )  # fmt: skip
            raiser = raiser or (subject_of(closing) if closing is not None else None)
            investees += np_entities(raiser, sent, ctx) if raiser is not None else []
            # "Anthropic's round was led by ...": the round's possessor raised it
            investees += [
                e for p in children(head, ("poss",)) if (e := ctx.refers_to(p, sent)) is not None
            ]
            if not investees and head.dep_ == "nsubjpass":
                # "X closed a Series A. The round was led by Y": the firm the text is about
                investees += _topic_firm(ctx, sent)
            # "..., with participation from Peak XV Partners and Khosla Ventures"
            joined = [t for t in sent.tokens if t.lemma_ == "participation"]
            investors += [
                e for t in joined for o in prep_objects(t, ("from", "of", "by"))
                for e in np_entities(o, sent, ctx, heads_only=True)
            ]  # fmt: skip
            investors += _taking_part(ctx, sent, tok)
            # "X joined a funding round for Y", "X will lead a round of $40 billion in Y",
            # "Existing investors A, B and C joined the round" (the firm the text is about)
            # ("led a EUR 45m Series B in X": the round word a compound of the object)
            taken = tok.head if tok.dep_ == "compound" and tok.head.dep_ == "dobj" else tok
            taking = taken.head if taken.dep_ == "dobj" else None
            if taking is not None and taking.lemma_ in _ROUND_JOIN_VERBS:
                lead = subject_of(taking)
                investors += np_entities(lead, sent, ctx) if lead is not None else []
                investees += [e for o in prep_objects(taken, ("for", "in"))
                              for e in np_entities(o, sent, ctx)]  # fmt: skip
                investees += [e for o in prep_objects(tok, ("of",))
                              for p in prep_objects(o, ("in",))
                              for e in np_entities(p, sent, ctx)]  # fmt: skip
                # "Sanabil Investments led the round; STV joined.": who joins, with no
                # object, takes part in it too
                joining = [
                    m.entity for m in sent.mentions
                    if m.span.root.dep_ == "nsubj" and m.span.root.head.lemma_ in _TAKE_PART_VERBS
                    and not children(m.span.root.head, ("dobj",))
                ]  # fmt: skip
                investors += joining
                if not investees:
                    # "X remains privately funded; ... and Tencent joined a later round": the
                    # sentence's own subject, else the firm the text is about
                    own = [
                        m.entity for m in sent.mentions
                        if m.span.root.dep_ == "nsubj" and m.entity not in investors
                        and ctx.type_of(m.entity) == "Firm"
                    ]  # fmt: skip
                    investees += own[:1] or _raiser_or_topic(ctx, sent)
            part = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else None
            if part is not None and part.lemma_ == "participate":
                # "We participated in Cohere's 2024 financing round": who took part
                taker = subject_of(part)
                found = ctx.refers_to(taker, sent) if taker is not None else None
                investors += [found] if found is not None else []
            # "a Series B round backed by A, B and C"
            for backed in children(tok, ("acl",)):
                if backed.lemma_ in ("back", "fund", "finance", "support"):
                    investors += [e for a in prep_objects(backed, ("by",))
                                  for e in np_entities(a, sent, ctx, heads_only=True)]  # fmt: skip
            # "That round also brought in Nvidia and ...": who it brought in, into the firm
            # the text is about
            # ("led the round, which also drew A and B": who the round drew; "a round in
            # which A and B took part": who took part)
            for verb in children(tok, ("relcl",)):
                if verb.lemma_ in _DRAW_VERBS:
                    investors += [e for o in children(verb, ("dobj",))
                                  for e in np_entities(o, sent, ctx)]  # fmt: skip
                elif verb.lemma_ in _TAKE_PART_VERBS:
                    investors += [e for s in children(verb, ("nsubj",))
                                  for e in np_entities(s, sent, ctx)]  # fmt: skip
            if tok.dep_ == "nsubj" and tok.head.lemma_ in _DRAW_VERBS:
                brought = [t for t in tok.head.subtree if t.i > tok.head.i]
                investors += [m.entity for t in brought if (m := sent.mention_of(t))
                              and ctx.type_of(m.entity) in BUSINESSES]  # fmt: skip
                if not investees:
                    investees += _topic_firm(ctx, sent)
        elif _rest_came_from(tok) and _round_told_before(ctx, sent, here=True):
            # "Khazanah will contribute RM600 million, with the remainder coming from Sunway
            # Group and Jungle Ventures": the round's other investors
            investors += [
                e for o in prep_objects(tok, ("from",)) for e in np_entities(o, sent, ctx)
            ]
            raising = ctx.round_raiser(sent)
            investees += [raising] if raising is not None else []
        elif _took_part(tok) and _round_told_before(ctx, sent):
            # "Sarvam raised $41 million. Nvidia, AMD Ventures and Salesforce Ventures also
            # took part.": investors in the round the sentence before told of
            investors += [e for s in children(tok, ("nsubj",)) for e in np_entities(s, sent, ctx)]
            investees += _raiser_or_topic(ctx, sent)
        elif tok.pos_ == "VERB" and (
            tok.lemma_ in ("raise", "draw")
            or (tok.lemma_ in _TAKE_MONEY_VERBS and _money_object(tok, sent))
            or (tok.lemma_ == "receive" and _money_object(tok, sent) and not _a_gift(tok))
        ):
            # "X raised $100 million from Y and Z", "... from a syndicate that included Y",
            # "has drawn EUR 500mn from backers including A, B and C"
            # (the 'from' may hang on the amount: "raised 18 million zlotys from X")
            # ("secured EUR 20m from X": the amount the money tagger found, however parsed)
            money = sent.money_tokens()
            amounts = [
                d for d in children(tok, ("dobj",))
                if d.like_num or d.i in money or any(c.dep_ == "nummod" for c in d.children)
            ]  # fmt: skip
            # ("a round of $18 million raised by X from Y": the raiser, its 'from')
            raisers = prep_objects(tok, ("by",)) if tok.dep_ == "acl" else []
            sources = [*prep_objects(tok, ("from",)),
                       *(o for d in amounts for o in prep_objects(d, ("from",))),
                       *(o for r in raisers for o in prep_objects(r, ("from",)))]  # fmt: skip
            for source in sources:
                investors += np_entities(source, sent, ctx)
                if source.lemma_ in _INVESTOR_NOUNS:
                    listed = [c for o in prep_objects(source, ("including", "like"))
                              for c in conjuncts(o)]  # fmt: skip
                    investors += [e for c in listed for e in np_entities(c, sent, ctx)]
                listing = [c for c in children(source, ("relcl",)) if c.lemma_ in _LIST_VERBS]
                investors += [e for c in listing for o in children(c, ("dobj",))
                              for e in np_entities(o, sent, ctx)]  # fmt: skip
            # "raised $500 million, led by A and B, with C and D joining"
            for lead in (t for t in tok.subtree if t.lemma_ == "lead" and t.dep_ == "acl"):
                investors += [e for a in prep_objects(lead, ("by",))
                              for e in np_entities(a, sent, ctx, heads_only=True)]  # fmt: skip
            investors += _taking_part(ctx, sent, tok) if investors else []
            if tok.lemma_ == "receive":
                # (money received from an agency or a state's fund is the state's)
                investors = [e for e in investors
                             if ctx.type_of(e) == "Firm" and not ctx.is_state_fund(e)]  # fmt: skip
            if investors:
                # ("X said it had raised ...": who 'it' is)
                # ("The company did, however, raise ...": the subject on the auxiliary)
                investees += [e for s in subjects(tok) for e in named_or_meant(s, sent, ctx)]
                investees += [e for r in raisers for e in np_entities(r, sent, ctx)]
        # a public body that "is an investor in" a firm says so itself: no subsidy reading
        declared = tok.lemma_ in _INVESTOR_NOUNS
        # a state fund's money given (or taken from it) funds the body (subsidies.py);
        # investing in it is this
        given = tok.lemma_ in _STATE_FUND_GIVING | _TAKE_MONEY_VERBS
        for a in dict.fromkeys(investors):
            if ctx.type_of(a) not in BUSINESSES or (ctx.is_public(a) and not declared):
                continue
            if given and ctx.is_state_fund(a):
                continue
            for b in dict.fromkeys(investees):
                if b != a and ctx.type_of(b) in (*BUSINESSES, "AIModel"):
                    out.append(relation_fact("INVESTS_IN", a, b, sent, 0.75))
    return out


_PERCENT_WORDS = frozenset("cent percent %".split())
# taking money from an investor: "secured EUR 20m from Partech", "has taken money from Nvidia"
# (not "receive": a text tells of grants received, which subsidies.py reads)
_TAKE_MONEY_VERBS = frozenset("secure obtain take attract".split())
_MONEY_NOUNS = _CAPITAL_NOUNS | frozenset("funding investment pledge financing".split())
_FRACTION_WORDS = frozenset("half third quarter".split())
_ROUND_JOIN_VERBS = frozenset("join lead co-lead".split())
# "That round also brought in Nvidia", "the round, which also drew A and B"
_DRAW_VERBS = frozenset("bring attract include draw".split())
_TAKE_PART_VERBS = frozenset("participate join invest take follow co-invest".split())


_MANAGING_VERBS = frozenset("manage run advise operate".split())


def _manager_of(funds: Token, sent: Sentence, ctx: DocContext) -> list[int]:
    """'The pension funds managed by X': who manages the money that acts."""
    return [
        e for a in children(funds, ("acl",)) if a.lemma_ in _MANAGING_VERBS
        for o in prep_objects(a, ("by",)) for e in np_entities(o, sent, ctx)
    ]  # fmt: skip


_GIFT_NOUNS = frozenset("grant subsidy award prize loan donation contract payment".split())


def _a_gift(verb: Token) -> bool:
    """'received a grant of EUR 2 million from X': money given, not invested ("received EUR
    4 million from the investor X" is an investment)."""
    return any(t.lemma_ in _GIFT_NOUNS for o in children(verb, ("dobj",)) for t in o.subtree)


def _money_object(verb: Token, sent: Sentence) -> bool:
    """'secured EUR 20m', 'has taken money from', 'obtained EUR 300 million in pledges': money
    as what the verb takes."""
    # (its own phrases, not the subject's nor a 'from': "received close to EUR 300 million in
    # initial pledges, notably from X")
    other = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") or c.lower_ == "from"
             for t in c.subtree}  # fmt: skip
    other |= {t.i for o in children(verb, ("dobj",)) for p in prep_objects(o, ("from",))
              for t in p.head.subtree}  # fmt: skip
    said = [t for t in verb.subtree if t.i not in other and t != verb]
    amounts = sent.money_tokens()
    return any(t.i in amounts or t.lemma_ in _MONEY_NOUNS for t in said)


def _raiser_or_topic(ctx: DocContext, sent: Sentence) -> list[int]:
    """The firm that raised the round the text tells of, else the firm the text is about."""
    raiser = ctx.round_raiser(sent)
    return [raiser] if raiser is not None else _topic_firm(ctx, sent)


def _topic_firm(ctx: DocContext, sent: Sentence) -> list[int]:
    """The firm the text is about, the one that raised a round it leaves unnamed."""
    raised = ctx.topic_business(sent)
    return [raised] if raised is not None else []


def _rest_came_from(verb: Token) -> bool:
    """'the remainder coming from X', 'the rest came from X'."""
    return verb.lemma_ == "come" and any(s.lower_ in REST_NOUNS for s in children(verb, ("nsubj",)))


def _took_part(verb: Token) -> bool:
    """'also took part', 'participated' with no 'in' saying in what."""
    if verb.pos_ != "VERB" or prep_objects(verb, ("in",)):
        return False
    return verb.lemma_ == "participate" or (
        verb.lemma_ == "take" and any(o.lower_ == "part" for o in children(verb, ("dobj",)))
    )


def _round_told_before(ctx: DocContext, sent: Sentence, *, here: bool = False) -> bool:
    """Whether one of the two sentences before (or, `here`, this one) tells of a funding
    round ("raised EUR 1.7bn in a round led by ASML. ASML invested EUR 1.3bn. Existing
    backers A, B and C also took part.")."""
    told = list(ctx.sentences[max(sent.index - 2, 0) : sent.index])
    told += [sent] if here else []
    return any(t.lemma_ in ("round", "raise") for s in told for t in s.tokens)


def _paid_for(stake: Token) -> bool:
    return stake.dep_ == "pobj" and stake.head.lower_ == "for" and stake.head.head.pos_ == "VERB"


def _said_to_be(holders: Token) -> bool:
    """'whose shareholders are A and B', 'its backers include A' (not 'its backers said')."""
    return holders.head.lemma_ in ("be", "include") and bool(children(holders, ("poss",)))


def _is_round(tok: Token) -> bool:
    """'a funding round' (the tagger reads 'round' as an adverb at times), 'a Series A'."""
    if tok.lower_ == "round":
        return tok.pos_ in ("NOUN", "ADV")
    if tok.lower_ != "series" or tok.i + 1 >= len(tok.doc):
        return False
    nxt = tok.doc[tok.i + 1]
    return len(nxt.text) == 1 and nxt.is_upper


def _taking_part(ctx: DocContext, sent: Sentence, round_: Token) -> list[int]:
    """'..., with Khosla Ventures and Japanese groups NTT, KDDI and Sony also taking part',
    '..., with Nvidia and Bpifrance participating', '..., with Nvidia and Dell among the
    other investors': the names between the 'with' and the verb of taking part or the
    'among' (read off the words: the parse of such a clause varies)."""
    doc = sent.span.doc
    for w in (t for t in sent.tokens if t.lower_ == "with" and t.i > round_.i):
        for t in doc[w.i + 1 : sent.span.end]:
            # "..., with Nvidia, Dell and Nokia among the other investors"
            among = t.lower_ == "among" and any(
                x.lemma_ in _INVESTOR_NOUNS for x in doc[t.i + 1 : min(t.i + 5, sent.span.end)]
            )
            if among or t.pos_ in ("VERB", "AUX") or t.tag_ == "VBG":
                if among or t.lemma_ in _TAKE_PART_VERBS:
                    named = [sent.mention_of(x) for x in doc[w.i + 1 : t.i]]
                    return list(dict.fromkeys(
                        m.entity for m in named if m and ctx.type_of(m.entity) in BUSINESSES
                    ))  # fmt: skip
                break
    return []


def _shares(ctx: DocContext, sent: Sentence) -> list[Fact]:
    """'Camtel holds 51 per cent of the new company and Cassava 49 per cent', 'KESH and One
    Albania will each hold 50 per cent of Drin Data': each holder invests in the company the
    first share is 'of'. Read off the words: the parser loses gapped lists."""
    doc = sent.span.doc
    shares = [
        t for t in sent.tokens
        if (t.lower_ in _PERCENT_WORDS and (doc[t.i - 1].like_num or doc[t.i - 1].lower_ == "per"))
        or (t.lower_ in _FRACTION_WORDS and t.dep_ == "dobj")  # "owns roughly half of X"
    ]  # fmt: skip
    if not shares:
        return []  # most sentences
    holding = [t for t in sent.tokens if t.lemma_ in ("hold", "own") and t.pos_ == "VERB"]
    if not holding:
        return []
    companies = [
        e for t in shares for o in prep_objects(t, ("of",)) for e in np_entities(o, sent, ctx)
    ]
    companies = [e for e in companies if ctx.type_of(e) in BUSINESSES][:1]
    if not companies:
        return []
    # (a named or pronoun subject: "the infrastructure investor" may be one the text never named)
    holders = [e for v in holding for s in subjects(v) if s.pos_ in ("PROPN", "PRON")
               for e in np_entities(s, sent, ctx)]  # fmt: skip
    for share in shares:  # "... and Cassava 49 per cent": the name right before the number
        i = share.i - 1
        while i > sent.span.start and (doc[i].like_num or doc[i].lower_ in ("per", "a", "the")):
            i -= 1
        m = sent.mention_of(doc[i])
        holders += [m.entity] if m is not None else []
    return [
        relation_fact("INVESTS_IN", h, companies[0], sent, 0.75)
        for h in dict.fromkeys(holders)
        if h != companies[0] and ctx.type_of(h) in BUSINESSES and not ctx.is_public(h)
    ]


def _held_in_which(verb: Token) -> list[Token]:
    """The 'which' of 'in which X holds ...' (not of 'a joint venture in which X holds 51
    per cent': a venture's owners are its partners)."""
    if verb.head.lemma_ == "venture":
        return []
    return [w for w in prep_objects(verb, ("in",)) if w.lower_ == "which"]


_FOUND_VERBS = frozenset("found establish create capitalise capitalize".split())


def _founded_with_money_from(verb: Token) -> list[Token]:
    """The 'from' of 'was set up / founded with ¥7.3 billion from A, B and C'."""
    set_up = verb.lemma_ == "set" and any(c.lower_ == "up" for c in children(verb, ("prt",)))
    if not (set_up or verb.lemma_ in _FOUND_VERBS) or not children(verb, ("auxpass",)):
        return []
    money = prep_objects(verb, ("with",))
    froms = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    froms += [c for o in money for c in o.children if c.dep_ == "prep" and c.lower_ == "from"]
    return froms if money else []


def _backs_a_name(verb: Token, sent: Sentence) -> bool:
    """'Tencent has backed both Zhipu and MiniMax': a name as the object ("backed by" is an
    owning verb's; "backed the company in an earlier round" leaves 'the company' open)."""
    return any(sent.mention_of(o) is not None for o in children(verb, ("dobj",)))


def _capital_into(verb: Token) -> bool:
    """'injected (further) capital into X', 'put $50 million into X': money put into a body."""
    # ("inject £90m of capital": "m" a number the tagger knows, not a word that looks like one)
    money = [
        o for o in children(verb, ("dobj",))
        if o.lemma_ in _CAPITAL_NOUNS or o.like_num or o.tag_ == "CD"
    ]  # fmt: skip
    return bool(money) and bool(prep_objects(verb, ("into",)))


def _owned_one(verb: Token) -> Token | None:
    """What 'owned/backed by' describes: the noun of its clause ('X, owned by Y', 'X, which is
    owned by Y', 'X, which is majority-owned by Y') or its passive subject ('X is owned by
    Y')."""
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.dep_ in ("acl", "relcl"):
        verb = verb.head  # "X, a start-up known for its models and backed by Amazon"
    if verb.head.lower_ in _PERCENT_WORDS and verb.head.dep_ == "attr":
        # "The Company is 51 per cent owned by Orange S.A." (not "The JV is 60 per cent owned
        # by CDC": a venture's owners are its partners)
        owned = subject_of(verb.head.head)
        return None if owned is None or owned.lower_ in ("jv", "venture") else owned
    # ("Orange Jordan, majority-owned by France's Orange": a modifier of the name)
    if verb.dep_ in ("acl", "relcl") or (verb.dep_ == "amod" and prep_objects(verb, ("by",))):
        return verb.head
    if verb.dep_ == "acomp" and verb.head.dep_ == "relcl":
        return verb.head.head
    agents = prep_objects(verb, ("by",))
    # ("51% owned by Proximus and 49% by Nvidia": a gapped list of owners)
    gapped = any(c.lower_ in _PERCENT_WORDS for c in children(verb, ("conj",)))
    # a company several own is a joint venture (ventures.py), not one several back ("is
    # backed by the US firm X and by Y")
    several = len(agents) != 1 or bool(children(agents[0], ("conj",))) or gapped
    if several and verb.lemma_ != "back":
        return None
    # "Grameenphone is majority-owned by Norway's Telenor", "It is controlled by X"
    if verb.dep_ == "acomp":
        return next(iter(children(verb.head, ("nsubj",))), None)
    return next(iter(children(verb, ("nsubjpass",))), None)


def _backed_one(ctx: DocContext, sent: Sentence, clause: Token) -> list[int]:
    """'X received backing from Y, which took a minority stake': X, the subject of the verb
    the clause's noun hangs from."""
    t = clause.head
    while t.pos_ != "VERB" and t.head != t:
        t = t.head
    subj = subject_of(t) if t.pos_ == "VERB" else None
    return np_entities(subj, sent, ctx) if subj is not None else []
