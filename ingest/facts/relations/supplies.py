"""SUPPLIES: chips, GPUs, servers or cloud from a supplier to a customer ("equipped with Nvidia's
platform", "hosted on Microsoft's Azure", "capacity from AWS").
"""

from __future__ import annotations

from spacy.tokens import Token

from ingest.facts.context import DocContext, Fact, Sentence, clause_verb
from ingest.facts.relations.common import (
    ACTORS,
    BUSINESSES,
    MAKER_CATEGORIES,
    is_hardware_maker,
    relation_fact,
)
from ingest.facts.tree import (
    appositions,
    children,
    conjuncts,
    definite,
    listed_after,
    named_or_meant,
    np_entities,
    prep_objects,
    subject_of,
)
from ingest.lexicon import (
    BUY_VERBS,
    COMPUTER_NOUNS,
    FACILITY_NOUNS,
    FUND_VERBS,
    MACHINE_NOUNS,
    MODEL_NOUNS,
    PARTNER_NOUNS,
    REST_NOUNS,
    ROLE_NOUNS,
    STAFF_NOUNS,
    SUPPLY_PREPS,
    word,
)

SUPPLIER_CATEGORIES = frozenset({"chipmaker", "hyperscaler", "hardware", "network", "dc_operator"})
_SUPPLY_VERBS = frozenset(
    "use receive equip power build host deploy train run operate install instal".split()
)
# "X will supply Y with GPUs", "X sells chips to Y" (and `BUY_VERBS`: "Y buys its GPUs from X")
_SELL_VERBS = frozenset("supply sell deliver ship".split())
# running or training something on a cloud ("runs its workloads on Azure")
_RUN_ON_VERBS = frozenset("run train host deploy".split())
_COMPUTE_WORDS = frozenset(
    """capacity compute computing gpu gpus chip chips cloud server servers accelerator
    processor superchip hardware cluster equipment supercomputer system rack node""".split()
)
_WEIGHT_NOUNS = frozenset("weight weights".split())
# the work compute is used for, said of the firm doing it ("Training ran on capacity from X")
_TRAINING_NOUNS = frozenset("training fine-tuning pre-training pretraining inference".split())
_RUN_NOUNS = frozenset("run runs job jobs workload workloads".split())
_MAKE_VERBS = frozenset("build manufacture make deliver supply assemble".split())
_STAKE_NOUNS = frozenset("stake share shares holding".split())
_INVESTING_ARMS = frozenset("arm fund".split())
# a list of buyers ends at a phrase of its own ("to A and B under an agreement with C")
_LIST_ENDS = frozenset("under in through with at from by for on via".split())
# giving compute: "provided it with Azure capacity", "gave the start-up cloud credits"
_PROVIDE_VERBS = frozenset("provide give grant offer allocate".split())
# making chips for another: "TSMC fabricates accelerators for Nvidia and AMD"
_FAB_VERBS = frozenset("fabricate manufacture produce".split())


def supplies(ctx: DocContext, sent: Sentence) -> list[Fact]:
    out = _supply_verbs(ctx, sent)
    for m in sent.mentions:
        known = ctx.reference.get(ctx.entities[m.entity].key)
        if known is None or known.category not in SUPPLIER_CATEGORIES:
            continue
        verb = _supplying_verb(m.span.root)
        hardware = verb is None and known.category in MAKER_CATEGORIES
        verb = _hardware_verb(m.span.root) if hardware else verb
        thing = m.span.root.head
        owned = sent.mention_of(thing)
        model = thing.lemma_ in MODEL_NOUNS or (
            owned is not None and ctx.type_of(owned.entity) == "AIModel"
        )
        if verb is None or model:
            continue  # "built on Google's Gemini (models)": a model is no supply of chips or cloud
        customer = _customer(ctx, sent, verb, supplier=m.entity)
        if hardware and customer is not None and ctx.type_of(customer) == "Government":
            continue  # servers in a cluster: a body runs them, not a country
        if customer is not None and customer != m.entity:
            out.append(relation_fact("SUPPLIES", m.entity, customer, sent, 0.7))
    return out


def _supplying_verb(root: Token) -> Token | None:
    """The verb of 'equipped with Nvidia's platform', 'built on NVIDIA's DGX', 'using Nvidia
    technology', 'receive 127 Nvidia systems': the supplier names the thing supplied."""
    if root.dep_ == "npadvmod" and root.head.lower_ in ("powered", "based", "equipped"):
        thing = root.head.head  # "operates Nvidia-powered clusters"
    elif root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.pos_ == "NOUN":
        thing = root.head.head  # "trained on cloud capacity from Amazon Web Services"
        if thing.lemma_ in ("backing", "funding", "investment", "support"):
            return None  # "with backing from Nvidia": money, not compute
    elif root.dep_ in ("poss", "compound", "nmod"):
        thing = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "with" and _deal_for_compute(root.head.head):
        return clause_verb(root.head.head)  # "holds an agreement with Nvidia for 18,000 chips"
    elif root.dep_ == "pobj" and root.head.lower_ == "on":
        # "G42 will run its applications on Microsoft Azure": the cloud itself
        verb = clause_verb(root.head)
        return verb if verb.lemma_ in _RUN_ON_VERBS else None
    else:
        return None
    chain = [thing]
    while thing.dep_ in ("compound", "amod", "nmod", "conj") and thing.head != thing:
        thing = thing.head
        chain.append(thing)
    # ("founded by former Google researchers", "by Nvidia chief executive Jensen Huang",
    # "Google's open Gemma weights": people and model weights are no supply)
    # ("participation from Nvidia's venture arm": an investor)
    if any(t.lemma_ in PARTNER_NOUNS | STAFF_NOUNS | ROLE_NOUNS | _WEIGHT_NOUNS | _INVESTING_ARMS
           for t in chain):  # fmt: skip
        return None
    if thing.dep_ == "dobj" and thing.head.lemma_ in _SUPPLY_VERBS | BUY_VERBS:
        return thing.head
    if (
        thing.dep_ == "pobj"
        and thing.head.lower_ == "of"
        and thing.head.head.lemma_ in _BUYER_NOUNS
    ):
        return clause_verb(thing.head.head)  # "the country's largest buyer of Nvidia chips"
    if thing.dep_ == "pobj":
        prep = thing.head
        # "get access to 4,096 Nvidia H100 GPUs": access to the supplier's product
        access = prep.lower_ == "to" and prep.head.lemma_ == "access"
        if prep.lower_ in SUPPLY_PREPS or prep.head.lower_ == "thanks" or access:
            head = clause_verb(prep.head)
            return head if head.lemma_ not in PARTNER_NOUNS else None
    return None


_BUYER_NOUNS = frozenset("buyer purchaser customer".split())
_GETTING_VERBS = frozenset("acquire get obtain receive".split())


def _deal_for_compute(noun: Token) -> bool:
    """'an agreement (with X) for 18,000 GB300 chips' (the 'for' on the verb at times: "placed
    an order with NVIDIA for Blackwell-generation systems")."""
    held = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    return noun.lemma_ in _DEAL_NOUNS and any(
        word(o) in _HARDWARE_NOUNS or any(word(c) in _HARDWARE_NOUNS for c in o.children)
        for h in held
        for o in prep_objects(h, ("for",))
    )


_HARDWARE_NOUNS = frozenset(
    "gpu gpus server servers accelerator accelerators chip chips processor processors card "
    "cards superchip superchips system systems".split()
)


# what a body does with hardware it gets: "will house 128 GPUs", "procured", "pay for"
_HARDWARE_VERBS = _SUPPLY_VERBS | BUY_VERBS | frozenset("house fit pay include add".split())


def _hardware_verb(root: Token) -> Token | None:
    """'128 NVIDIA GPUs in servers from Supermicro', 'accelerators in servers supplied by HPE',
    'GPUs in servers built by Lenovo': the maker names (or makes) hardware; the verb the
    hardware phrase hangs from says who uses it."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "from":
        thing = head.head
    elif root.dep_ == "pobj" and head.dep_ == "agent" and head.head.dep_ == "acl":
        thing = head.head.head  # "servers supplied/built by X"
    elif root.dep_ in ("compound", "nmod", "poss"):
        thing = head
    else:
        return None
    while thing.dep_ == "compound" and thing.head != thing:
        thing = thing.head
    if word(thing) not in _HARDWARE_NOUNS:
        return None
    # "GPUs in servers": the outer phrase
    while (
        thing.dep_ == "pobj"
        and thing.head.lower_ == "in"
        and word(thing.head.head) in _HARDWARE_NOUNS
    ):
        thing = thing.head.head
    verb = clause_verb(thing)
    return verb if verb.lemma_ in _HARDWARE_VERBS else None


def _customer(ctx: DocContext, sent: Sentence, verb: Token, *, supplier: int) -> int | None:
    subj = _own_subject(verb) or next(iter(children(verb, ("nsubjpass",))), None)
    if subj is not None:
        machine = subj.lemma_ in MACHINE_NOUNS or _a_machine_before(ctx, sent, subj)
        if machine and (host := _host(ctx, sent, subj)) is not None:
            return host  # "its accelerated partition uses NVIDIA H100 GPUs"
        for e in np_entities(subj, sent, ctx):
            if e == supplier:
                return None  # the supplier acts itself
            if ctx.type_of(e) == "AIModel":
                dev = _developer_of(ctx, e)
                if dev is not None:
                    return dev
            elif ctx.type_of(e) in ACTORS and not is_hardware_maker(ctx, e):
                return e
        if subj.lemma_ in MODEL_NOUNS:
            model = ctx.last_entity_before(sent.offset + subj.idx, {"AIModel"})
            if model is not None:
                return _developer_of(ctx, model)
    others = [
        m.entity for m in sent.mentions
        if m.entity != supplier and ctx.type_of(m.entity) in BUSINESSES
        and (ctx.reference.get(ctx.entities[m.entity].key) is None
             or ctx.reference.get(ctx.entities[m.entity].key).category not in SUPPLIER_CATEGORIES)  # type: ignore[union-attr]
    ]  # fmt: skip
    if others:
        return others[0]
    host = ctx.host_before(sent.offset + verb.idx)
    if host is not None and host != supplier:
        return host
    operator = _last_operator(ctx, sent)
    if operator is not None:
        return operator
    if subj is not None and (subj.lemma_ in MACHINE_NOUNS or subj.lower_ == "it"):
        # "USP will run it. The cluster will use 32 GPUs": the body just spoken of
        named = _body_just_named(ctx, sent)
        if named is not None and named != supplier:
            return named
    return None


def _own_subject(verb: Token) -> Token | None:
    """The verb's subject (a passive's agent), not the 'it' of a clause it is said in ("It is
    noted that the Shakti Cloud of Yotta is built on ...": the cloud)."""
    subj = subject_of(verb)
    own = children(verb, ("nsubjpass",))
    expletive = subj is not None and subj.lower_ == "it" and verb not in (subj.head, subj.head.head)
    return own[0] if own and expletive else subj


def _body_just_named(ctx: DocContext, sent: Sentence) -> int | None:
    """The firm or body (not a maker) the sentence before named last."""
    if not sent.index:
        return None
    before = ctx.sentences[sent.index - 1].mentions
    bodies = [
        m.entity for m in before
        if ctx.type_of(m.entity) in BUSINESSES and not is_hardware_maker(ctx, m.entity)
    ]  # fmt: skip
    return bodies[-1] if bodies else None


def _host(ctx: DocContext, sent: Sentence, machine: Token) -> int | None:
    """Who a computer belongs to: a body its phrase places it at, else the body the text
    last placed a computer at."""
    # ("Isambard-AI, hosted by the University of Bristol")
    hosts = [a for h in children(machine, ("acl",)) if h.lemma_ in _HOSTING_VERBS
             for a in prep_objects(h, ("by",))]  # fmt: skip
    for e in (e for a in hosts for e in np_entities(a, sent, ctx)):
        if ctx.type_of(e) in BUSINESSES:
            return e
    # ("JUPITER, Europe's first exascale supercomputer, at Forschungszentrum Jülich")
    described = [machine, *appositions(machine)]
    for prep in (c for t in described for c in t.children if c.dep_ == "prep" and c.lower_ == "at"):
        for e in np_entities(next(iter(children(prep, ("pobj",))), machine), sent, ctx):
            if ctx.type_of(e) in BUSINESSES:
                return e
    return ctx.host_before(sent.offset + machine.idx)


def _developer_of(ctx: DocContext, model: int) -> int | None:
    return next((f.args[0] for f in ctx.facts if f.kind == "DEVELOPS" and f.args[1] == model), None)


def _last_operator(ctx: DocContext, sent: Sentence) -> int | None:
    before = [f for f in ctx.facts if f.kind == "OPERATES_IN" and f.end <= sent.start]
    return before[-1].args[0] if before else None


def _supply_verbs(ctx: DocContext, sent: Sentence) -> list[Fact]:
    """A supplying or buying verb between two actors: 'NVIDIA will supply HUMAIN with chips',
    'supply GPUs for the facility, which Telekom will operate', 'will supply capacity for
    G42's customers', 'Yotta buys its GPUs from NVIDIA'."""
    out: list[Fact] = []
    for verb in sent.tokens:
        gapped: list[int] = []
        buying = False
        if verb.pos_ == "NOUN" and (
            (deal := _supply_deal(ctx, sent, verb)) is not None
            or (deal := _named_supplier(ctx, sent, verb)) is not None
        ):
            sellers, buyers = deal
        elif verb.pos_ != "VERB":
            continue
        elif (built := _machine_built_by(ctx, sent, verb)) is not None:
            makers, customer = built
            out += [relation_fact("SUPPLIES", m, customer, sent, 0.7) for m in makers]
            continue
        elif (verb.lemma_ in _SELL_VERBS and not _sells_a_stake(verb)) or (
            verb.lemma_ in _PROVIDE_VERBS | _FAB_VERBS and _compute_object(verb)
        ):
            sellers, buyers = _sellers(ctx, sent, verb), _buyers(ctx, sent, verb)
            gapped = _gapped_sellers(sent, verb)
            buyers = [b for b in buyers if b not in gapped]
            if sellers and not buyers:
                # "for which Nvidia will supply 1,024 GPUs": the body the hardware is for
                buyers = _implied_customer(ctx, sent, verb, sellers[0])
        elif verb.lemma_ in BUY_VERBS or (verb.lemma_ in _GETTING_VERBS and _compute_object(verb)):
            # ("will acquire accelerated servers from HPE": hardware, not a company, acquired;
            # "Vahagn gets its GPUs from NVIDIA")
            # "renting from Google Cloud": the firm whose product the seller is named by
            # ("sourced the GPUs through Dell Technologies": the one bought through)
            sellers = [
                e for o in _verb_preps(verb, ("from", "through")) for e in np_entities(o, sent, ctx)
            ]
            # ("has sourced the GPUs, NVIDIA H100s, through Dell": the maker of what is bought)
            sellers += [
                m.entity for o in children(verb, ("dobj",)) for t in o.subtree
                if t.dep_ in ("compound", "poss") and (m := sent.mention_of(t)) is not None
                and is_hardware_maker(ctx, m.entity)
            ]  # fmt: skip
            # "trains Akwaba on GPU capacity rented from X": the trainer rents it; "Its GPUs
            # are rented from NextDC": whose GPUs
            user = subject_of(clause_verb(verb.head)) if verb.dep_ == "acl" else subject_of(verb)
            buyers = _user(ctx, sent, user)
            buying = True
        else:
            continue
        # (a body giving compute supplies it too: "EuroHPC allocated the university GPU hours",
        # "Sigma2 supplied the GPU capacity to NorwAI")
        giving = (verb.lemma_ in _PROVIDE_VERBS and not sent.money) or (
            verb.lemma_ in _SELL_VERBS and _compute_object(verb)
        )
        sellers = [e for e in sellers if ctx.type_of(e) == "Firm" or (
            giving and ctx.type_of(e) == "Organization")]  # fmt: skip
        # (the agents of 'supplied by Nvidia and HPE', the sellers of 'leased GPUs from A,
        # B and C' and the names of a subject list, 'Microsoft and NVIDIA supplied', supply
        # alike; of other subjects the first name is the one that acts)
        every = verb.dep_ == "acl" or bool(children(verb, ("auxpass",))) or buying
        acting = sellers if every else sellers[:1] + _listed_subjects(sent, verb, sellers[1:])
        for seller in [*acting, *gapped]:
            for buyer in buyers:
                if buyer != seller and ctx.type_of(buyer) in ACTORS:
                    out.append(relation_fact("SUPPLIES", seller, buyer, sent, 0.7))
    return out


def _listed_subjects(sent: Sentence, verb: Token, names: list[int]) -> list[int]:
    """Those of `names` the verb's subject lists ("Microsoft and NVIDIA supplied")."""
    subject = subject_of(verb)
    listed = {
        m.entity for c in (conjuncts(subject)[1:] if subject is not None else [])
        if (m := sent.mention_of(c)) is not None
    }  # fmt: skip
    return [e for e in names if e in listed]


def _gapped_sellers(sent: Sentence, verb: Token) -> list[int]:
    """'with Nvidia supplying the GPUs and HPE the servers': a name joined to the thing
    supplied, with a thing of its own after it, supplies too."""
    return [
        m.entity
        for o in children(verb, ("dobj",))
        for c in conjuncts(o)[1:]
        if (m := sent.mention_of(c)) is not None
        and any(a.dep_ == "appos" and a.pos_ == "NOUN" for a in c.children)
    ]


def _user(ctx: DocContext, sent: Sentence, tok: Token | None) -> list[int]:
    """Who uses what a subject names: the actor; the developer of a model ("The model was
    trained on capacity supplied by X", "Breeze, which was trained on ..."); the owner of
    compute ("Its GPUs are rented from X")."""
    if tok is None:
        return []
    found = _actors_of(ctx, sent, tok)
    if not found and (tok.lower_ in ("which", "it") or tok.lemma_ in MODEL_NOUNS):
        e = ctx.refers_to(tok, sent)
        if e is None and tok.lemma_ in MODEL_NOUNS and definite(tok):
            e = ctx.last_entity_before(sent.offset + tok.idx, {"AIModel"})
        found = [e] if e is not None else []
    if not found and tok.lemma_.lower() in _COMPUTE_WORDS:
        # ("its GPUs", "the Shakti Cloud of Yotta": whose compute)
        found = [e for p in children(tok, ("poss",)) if (e := ctx.refers_to(p, sent)) is not None]
        found += [e for o in prep_objects(tok, ("of",)) for e in _actors_of(ctx, sent, o)]
    if not found and tok.lemma_ in _RUN_NOUNS | _TRAINING_NOUNS:
        # "Training runs for Falcon-H1 were carried out on capacity provided by Core42": the
        # model the runs are for
        found = [e for o in prep_objects(tok, ("for", "of")) for e in _actors_of(ctx, sent, o)]
    if not found and word(tok) in _TRAINING_NOUNS:
        # "Fine-tuning then ran on instances rented from Scaleway": the firm the text is about
        topic = ctx.topic_business(sent)
        found = [topic] if topic is not None else []
    models = [e for e in found if ctx.type_of(e) == "AIModel"]
    developers = [d for m in models if (d := _developer_of(ctx, m)) is not None]
    return developers + [e for e in found if e not in models]


def _sellers(ctx: DocContext, sent: Sentence, verb: Token) -> list[int]:
    """Who supplies: the subject; the agent of 'accelerators supplied by AMD' and of 'That
    capacity is provided by Yotta'; the one chosen in 'selected Nvidia to supply the GPUs'."""
    if (
        verb.dep_ == "acl"
        and verb.head.lemma_ in _DEAL_NOUNS
        and not prep_objects(verb, ("by",))
        and not prep_objects(verb.head, ("with",))
    ):
        # "ACWA Power signed a 20-year agreement to supply 1.5 GW to HUMAIN": who signed it
        # (an agreement with another leaves open which side supplies)
        return _actors_of(ctx, sent, subject_of(clause_verb(verb.head)))
    # (an acl with a subject of its own is active: "capacity that AWS supplied to CENIA")
    if (verb.dep_ == "acl" and not children(verb, ("nsubj",))) or children(verb, ("auxpass",)):
        # ("supplied to GENCI by HPE", "provided to KU free of charge by X": the 'by' may
        # hang on the buyer's phrase)
        hung = [a for o in prep_objects(verb, ("to",)) for a in _agents_within(o)]
        by = [*prep_objects(verb, ("by",)), *hung]
        agents = [e for a in by for e in _actors_of(ctx, sent, a)]
        # "The first hardware, NVIDIA H200 servers, was supplied to Kazakhtelecom": the
        # maker whose product the subject names
        named = [
            m.entity for s in children(verb, ("nsubjpass",)) for t in s.subtree
            if t.dep_ in ("compound", "poss") and (m := sent.mention_of(t)) is not None
            and is_hardware_maker(ctx, m.entity)
        ]  # fmt: skip
        return agents or list(dict.fromkeys(named))
    if not children(verb, ("nsubj",)) and verb.dep_ in ("xcomp", "advcl"):
        chosen = [e for o in children(verb.head, ("dobj",)) for e in _actors_of(ctx, sent, o)]
        if chosen:
            return chosen
    subject = subject_of(verb)
    if subject is not None and subject.lower_ == "it":  # "Nvidia said it would supply"
        return [e for e in [ctx.refers_to(subject, sent)] if e is not None]
    return _actors_of(ctx, sent, subject)


def _agents_within(phrase: Token) -> list[Token]:
    """Objects of a 'by' inside a phrase of nouns and prepositions ("to KU free of charge by
    Nepal Telecom")."""
    found = []
    for t in phrase.subtree:
        inside = t.head.dep_ in ("prep", "pobj", "amod") or t.head == phrase
        if t.lower_ == "by" and t.dep_ in ("prep", "agent") and inside:
            found += children(t, ("pobj",))
    return found


def _implied_customer(ctx: DocContext, sent: Sentence, verb: Token, seller: int) -> list[int]:
    """Who hardware with no named buyer goes to: who chose the supplier ('X has selected
    Nvidia to supply'), who runs on it ('It will run on accelerators supplied by AMD'), else
    the body the text last placed a computer at or last said operates a facility."""
    if (
        verb.dep_ in ("xcomp", "advcl")
        and not children(verb, ("nsubj",))
        and children(verb.head, ("dobj",))  # the chosen: not "A and B are to supply"
    ):
        chooser = _actors_of(ctx, sent, subject_of(verb.head))
        if chooser:
            return chooser
    if verb.dep_ == "acl":
        # ("It is noted that the Shakti Cloud of Yotta is built on processors supplied by X":
        # the cloud's owner)
        user = _user(ctx, sent, _own_subject(clause_verb(verb.head)))
        if user:
            return user
    passive = next(iter(children(verb, ("nsubjpass",))), None)
    if passive is not None and passive.lemma_.lower() in _COMPUTE_WORDS:
        # "Its training compute is supplied by Sahara Compute": whose compute
        owners = [e for e in _user(ctx, sent, passive) if e != seller]
        if owners:
            return owners
        # "Sarvam trains its models in India. That capacity is provided by Yotta."
        named = _body_just_named(ctx, sent) if definite(passive) else None
        if named is not None and named != seller:
            return [named]
    main = clause_verb(verb.head) if verb.dep_ == "pcomp" and verb.head.lower_ == "with" else None
    if main is not None and main.lemma_ not in FUND_VERBS:
        # "The Telus site runs on it, with Nvidia supplying the GPUs": the clause's subject
        # (not a funder's: "X committed DKK 450 million, with Nvidia supplying the hardware")
        # ("X built the system for CSC, with AMD supplying the accelerators": the client)
        having = _clients(ctx, sent, main) if main.lemma_ in _MAKE_VERBS else []
        having = having or _actors_of(ctx, sent, subject_of(main))
        if having:
            return [h for h in having if h != seller]
    if verb.dep_ == "relcl" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "with":
        # "X opened a cloud in partnership with Nvidia, which supplied 10,000 GPUs": X
        partnered = _actors_of(ctx, sent, subject_of(clause_verb(verb.head.head)))
        if partnered:
            return [p for p in partnered if p != seller]
    if not is_hardware_maker(ctx, seller):
        return []
    found = ctx.host_before(sent.offset + verb.idx)
    found = found if found is not None and found != seller else _last_operator(ctx, sent)
    if found is None:
        # "Nvidia will ship 18,000 of its chips for a first phase": the firm the text is about
        topic = ctx.topic_business(sent)
        found = topic if topic != seller and topic is not None and not is_hardware_maker(
            ctx, topic) else None  # fmt: skip
    return [found] if found is not None else []


_DEAL_NOUNS = frozenset("agreement deal contract order".split())


def _supply_deal(
    ctx: DocContext, sent: Sentence, noun: Token
) -> tuple[list[int], list[int]] | None:
    """'CNT has signed a supply agreement with AMD for 256 accelerators': the one the
    supply deal is with supplies the one who signed it."""
    if noun.lemma_ not in _DEAL_NOUNS or not any(c.lemma_ == "supply" for c in noun.children):
        return None
    sellers = [e for o in prep_objects(noun, ("with",)) for e in _actors_of(ctx, sent, o)]
    buyers = _actors_of(ctx, sent, subject_of(clause_verb(noun)))
    return (sellers, buyers) if sellers and buyers else None


_SUPPLIER_NOUNS = frozenset("supplier provider vendor".split())


def _named_supplier(
    ctx: DocContext, sent: Sentence, noun: Token
) -> tuple[list[int], list[int]] | None:
    """'Nvidia is the principal supplier of accelerators to the Company', 'HPE, the main
    vendor to the centre': who the supplier is said to sell to."""
    if noun.lemma_ not in _SUPPLIER_NOUNS:
        return None
    of = prep_objects(noun, ("of", "for"))  # "supplier of accelerators to Y"
    targets = [*prep_objects(noun, ("to",)), *(t for o in of for t in prep_objects(o, ("to",)))]
    # ("to the Company": the term's firm)
    buyers = [e for o in targets for e in named_or_meant(o, sent, ctx, heads_only=True)]
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        sellers = _actors_of(ctx, sent, subject_of(noun.head))
    elif noun.dep_ == "appos":
        sellers = _actors_of(ctx, sent, noun.head)
    else:
        return None
    return (sellers, buyers) if sellers and buyers else None


def _machine_built_by(ctx: DocContext, sent: Sentence, verb: Token) -> tuple[list[int], int] | None:
    """'The machine was built by Eviden and Lenovo', '5,448 superchips supplied by NVIDIA'
    (for a machine): hardware makers supply the body the machine belongs to."""
    if verb.lemma_ not in _MAKE_VERBS:
        return None
    subject = next(iter(children(verb, ("nsubj",))), None)
    machines = [o for o in children(verb, ("dobj",)) if o.lemma_ in MACHINE_NOUNS]
    # ("built ABCI 3.0 for AIST": a named machine, made for a client)
    named = [o for o in children(verb, ("dobj",)) if o.pos_ == "PROPN"]
    clients = _clients(ctx, sent, verb)
    if subject is not None and (machines or (named and clients)):
        # "Hewlett Packard Enterprise will build the system for SRCE"
        makers = [e for e in _actors_of(ctx, sent, subject) if is_hardware_maker(ctx, e)]
        customer = clients[0] if clients else _host(ctx, sent, machines[0])
        return (makers, customer) if makers and customer is not None else None
    if verb.dep_ == "acl":  # "uses superchips supplied by NVIDIA": the user's machine
        user = verb.head.head
        while user.dep_ == "conj" and not children(user, ("nsubj", "nsubjpass")):
            user = user.head  # "will be built by X and will use chips supplied by Y"
        machine = next(iter(children(user, ("nsubj", "nsubjpass"))), None)
    else:
        machine = next(iter(children(verb, ("nsubjpass",))), None)
    if machine is not None and clients and ctx.type_of(clients[0]) != "Government":
        # "Setonix was built for Pawsey by Hewlett Packard Enterprise": a hardware maker
        # builds for the client, whatever the thing is called
        by = [
            *prep_objects(verb, ("by",)),
            *(a for o in _verb_preps(verb, ("for",)) for a in _agents_within(o)),
        ]
        makers = [e for b in by for e in _actors_of(ctx, sent, b)
                  if is_hardware_maker(ctx, e) and e != clients[0]]  # fmt: skip
        if makers:
            return makers, clients[0]
    if machine is None or not (_a_machine(machine) or _a_machine_before(ctx, sent, machine)):
        return None
    # ("built by France's Eviden together with Munich-based ParTec": a firm that builds a
    # computer is its maker; one building a data centre may build it for itself)
    agents = [a for b in prep_objects(verb, ("by",)) for a in (b, *prep_objects(b, ("with",)))]
    # ("built by a consortium of Eviden and ParTec": its members)
    agents += [o for a in agents if a.lemma_ in _MAKER_GROUPS for o in prep_objects(a, ("of",))]
    computer = machine.lower_ == "it" or any(
        t.lemma_ in COMPUTER_NOUNS for t in (machine, *appositions(machine))
    )
    makers = [
        e for a in agents for e in np_entities(a, sent, ctx, heads_only=True)
        if is_hardware_maker(ctx, e) or (computer and ctx.type_of(e) == "Firm")
    ]  # fmt: skip
    # "built by HPE with Nvidia Grace Hopper chips": the chips' maker supplies too
    makers += [
        e for a in prep_objects(verb, ("with", "around")) for e in np_entities(a, sent, ctx)
        if is_hardware_maker(ctx, e)
    ]  # fmt: skip
    customer = _host(ctx, sent, machine)
    if not makers or customer is None:
        return None
    return [m for m in makers if m != customer], customer


def _a_machine(tok: Token) -> bool:
    """'the machine', or a name described as one ('JUPITER, Europe's first exascale
    supercomputer') or as hosted somewhere ('Isambard-AI, hosted by the University of
    Bristol')."""
    hosted = any(a.lemma_ in _HOSTING_VERBS for a in children(tok, ("acl",)))
    return (
        tok.lemma_ in MACHINE_NOUNS
        or any(a.lemma_ in MACHINE_NOUNS for a in appositions(tok))
        or (hosted and tok.pos_ == "PROPN")
    )


_HOSTING_VERBS = frozenset("host house install instal".split())
_MAKER_GROUPS = frozenset("consortium team group".split())


def _a_machine_before(ctx: DocContext, sent: Sentence, tok: Token) -> bool:
    """'It' where the sentence before spoke of a computer as its subject ("JUPITER became
    the first European system to pass one exaflop. It was built by ...")."""
    if tok.lower_ != "it" or not sent.index:
        return False
    before = ctx.sentences[sent.index - 1].tokens
    return any(
        t.lemma_ in COMPUTER_NOUNS
        and (t.dep_ in ("nsubj", "nsubjpass", "attr") or t.head.dep_ == "nsubj")
        for t in before
    )


def _clients(ctx: DocContext, sent: Sentence, verb: Token) -> list[int]:
    """Who a thing is made 'for' ("built the system for CSC", "for the centre")."""
    return [
        e for o in _verb_preps(verb, ("for",))
        for e in named_or_meant(o, sent, ctx, heads_only=True)
    ]  # fmt: skip


def _sells_a_stake(verb: Token) -> bool:
    """'has sold a 40 per cent stake in its cloud unit to X': a sale of a firm, no supply."""
    return any(o.lemma_ in _STAKE_NOUNS for o in children(verb, ("dobj",)))


def _compute_object(verb: Token) -> bool:
    """'provided cloud computing capacity and credits to CENIA', 'provided it with Azure
    cloud capacity', 'cloud capacity that Oracle provides', 'gave the start-up cloud
    credits': computing is what it gives."""
    given = [*children(verb, ("dobj", "nsubjpass")), *prep_objects(verb, ("with",))]
    if verb.dep_ in ("relcl", "acl"):
        given.append(verb.head)
    words = {t.lemma_.lower() for o in given for t in o.subtree}
    return bool(words & _COMPUTE_WORDS)


def _actors_of(ctx: DocContext, sent: Sentence, tok: Token | None) -> list[int]:
    return np_entities(tok, sent, ctx, heads_only=True) if tok is not None else []


def _buyers(ctx: DocContext, sent: Sentence, verb: Token) -> list[int]:
    objects = children(verb, ("dobj", "dative"))
    found = [e for o in objects if o.lower_ != "it" for e in _actors_of(ctx, sent, o)]
    if any(o.lower_ == "it" for o in objects) and prep_objects(verb, ("with",)):
        # "NVIDIA will supply it with 18,000 chips": the firm or body named before the
        # sentence (not the supplier, which would be 'itself')
        before = ctx.last_entity_before(sent.start, {"Firm", "Organization"})
        found += [before] if before is not None else []
    # "supply 260,000 GPUs to Korea: 50,000 to the government and the remainder to A, B and
    # C": the parts' buyers, each amount's own 'to'
    parts = [
        o for t in sent.tokens
        if t.i > verb.i and (t.like_num or t.lemma_ in REST_NOUNS) and t.dep_ != "dobj"
        for o in prep_objects(t, ("to",))
    ]  # fmt: skip
    # "Hardware for the LNCC upgrade will be supplied by X": what the passive subject is for
    meant = [o for p in children(verb, ("nsubjpass",)) for o in prep_objects(p, ("for",))]
    for o in [*_verb_preps(verb, ("to", "for")), *parts, *meant]:
        named = np_entities(o, sent, ctx, heads_only=o not in meant)
        if not named and o.pos_ != "PRON" and (e := ctx.refers_to(o, sent)) is not None:
            named = [e]  # "supplies the GPU clusters to the joint venture": the one named before
        found += named
        if children(o, ("conj", "appos")):
            # "to the government, Samsung Electronics, SK Group and Naver": every one listed
            # (read off the words: descriptions make the parse of such a list vary)
            found += listed_after(ctx, sent, o.head, stops=_LIST_ENDS)
        if o.lemma_ in FACILITY_NOUNS:  # "for the ITIDA facility": the body it is named for
            found += [e for c in children(o, ("compound",))
                      if (e := ctx.refers_to(c, sent)) is not None]  # fmt: skip
        # "for G42's customers": the one whose customers they are (not "to Kazakhstan's
        # Kazakhtelecom", a name the possessive only places)
        if sent.mention_of(o) is None:
            found += [
                e for p in children(o, ("poss",)) if (e := ctx.refers_to(p, sent)) is not None
            ]
        # "for the facility, which Deutsche Telekom will operate": its operator
        for clause in children(o, ("relcl",)):
            found += _actors_of(ctx, sent, next(iter(children(clause, ("nsubj",))), None))
    if not found:
        # "will provide the capacity under a service agreement with the Ministry": with no
        # one else it goes to, the other side of the deal
        found = [e for d in prep_objects(verb, ("under",)) if d.lemma_ in _DEAL_NOUNS
                 for w in prep_objects(d, ("with",)) for e in _actors_of(ctx, sent, w)]  # fmt: skip
    return found


def _verb_preps(verb: Token, words: tuple[str, ...]) -> list[Token]:
    """Objects of these prepositions on the verb, on its object ('buys GPUs from X') or on a
    verb the parser made of the object's first word ('supply Ascend AI processors for X')."""
    on = [verb, *children(verb, ("dobj", "xcomp"))]
    # "supplied cloud credits and DGX Cloud access to NSF": the 'to' on a later object
    on += [c for d in children(verb, ("dobj",)) for c in conjuncts(d)[1:]]
    # "supply 18,000 of its chips for Humain": the 'for' on what the amount is of
    on += [o for d in on[1:] if d.like_num for o in prep_objects(d, ("of",))]
    return [o for t in on for o in prep_objects(t, words)]
