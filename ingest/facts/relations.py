"""Relations: DEVELOPS, HEADQUARTERED_IN, OPERATES_IN, SUPPLIES, INVESTS_IN, MEMBER_OF.

Each rule reads one sentence's parse; the definitions are those of the shared SCHEMA.md.
"""

from __future__ import annotations

from spacy.tokens import Token

from ingest.facts.context import DocContext, Fact, Sentence
from ingest.facts.tree import children, conjuncts, np_entities, prep_objects, subject_of
from ingest.lexicon import (
    ACTOR_NOUNS,
    DEVELOP_VERBS,
    FACILITY_NOUNS,
    MODEL_NOUNS,
    OPERATE_VERBS,
    PARTNER_NOUNS,
    SUPPLY_PREPS,
    word,
)
from ingest.mentions import Mention

ACTORS = {"Firm", "Organization", "Government"}
BUSINESSES = {"Firm", "Organization"}
SUPPLIER_CATEGORIES = frozenset({"chipmaker", "hyperscaler", "hardware", "network", "dc_operator"})
_LAUNCH_NOUNS = frozenset("launch release development rollout unveiling".split())
_SUPPLY_VERBS = frozenset("use receive equip power build host deploy train run operate".split())


def _fact(predicate: str, subj: int, obj: int, sent: Sentence, confidence: float) -> Fact:
    return Fact(predicate, (subj, obj), sent.start, sent.end, confidence)


# ------------------------------------------------------------------------- DEVELOPS
def develops(ctx: DocContext, sent: Sentence) -> list[Fact]:
    out: list[Fact] = []
    for tok in sent.span:
        models: list[int] = []
        developers: list[int] = []
        if tok.pos_ not in ("VERB", "AUX"):
            pass
        elif tok.lemma_ in DEVELOP_VERBS:
            # the parser may hang the name off the verb beside its description
            # ("released EXAONE 4.0, its latest model": npadvmod + dobj)
            for obj in children(tok, ("dobj", "nsubjpass", "npadvmod", "oprd")):
                models += _models(obj, sent, ctx)
            active_acl = tok.dep_ == "acl" and bool(children(tok, ("dobj",)))
            if tok.dep_ in ("acl", "relcl") and not active_acl:
                models += _models(tok.head, sent, ctx)
            passive = bool(children(tok, ("nsubjpass", "auxpass"))) or (
                tok.dep_ == "acl" and not active_acl
            )
            if active_acl:  # "Inception, a G42 subsidiary, built Jais" parsed as a modifier
                noun = tok.head
                developers += np_entities(noun.head if noun.dep_ == "appos" else noun, sent, ctx)
            for agent in prep_objects(tok, ("by", "within", "at") if passive else ("by",)):
                developers += np_entities(agent, sent, ctx)
            if not passive:
                for subj in children(tok, ("nsubj",)):
                    developers += np_entities(subj, sent, ctx)
            if developers:
                for partner in prep_objects(tok, ("with",)):  # "built X together with Y"
                    developers += np_entities(partner, sent, ctx, heads_only=True)
        else:
            for obj in children(tok, ("dobj",)):
                if obj.lemma_ in _LAUNCH_NOUNS:
                    for model in prep_objects(obj, ("of",)):
                        models += _models(model, sent, ctx)
                    for subj in children(tok, ("nsubj",)):
                        developers += np_entities(subj, sent, ctx)
        if tok.lemma_ in ("developer", "maker", "creator") and tok.pos_ == "NOUN":
            # "Anthropic, the San Francisco-based developer of the Claude models"
            for obj in prep_objects(tok, ("of",)):
                models += _models(obj, sent, ctx)
            described = tok.head if tok.dep_ == "appos" else None
            if described is not None:
                developers += np_entities(described, sent, ctx, heads_only=True)
        if tok.lemma_ in MODEL_NOUNS and tok.pos_ == "NOUN":
            # "Lelapa AI's model, InkubaLM", "NTT said its tsuzumi model"
            for poss in children(tok, ("poss",)):
                owner = ctx.refers_to(poss, sent)
                developers += [owner] if owner is not None else []
            models += [e for e in np_entities(tok, sent, ctx) if ctx.type_of(e) == "AIModel"]
        for d in dict.fromkeys(developers):
            for m in dict.fromkeys(models):
                if ctx.type_of(d) in ACTORS and ctx.type_of(m) == "AIModel":
                    out.append(_fact("DEVELOPS", d, m, sent, 0.85))
    return out


def _models(tok: Token, sent: Sentence, ctx: DocContext) -> list[int]:
    found = [e for e in np_entities(tok, sent, ctx) if ctx.type_of(e) == "AIModel"]
    if not found and tok.dep_ == "appos":  # "X, an open-source model developed by Y"
        found = [e for e in np_entities(tok.head, sent, ctx) if ctx.type_of(e) == "AIModel"]
    if not found and tok.lemma_ in MODEL_NOUNS and tok.dep_ in ("nsubjpass", "nsubj"):
        last = ctx.last_entity_before(sent.offset + tok.idx, {"AIModel"})
        found = [last] if last is not None else []
    return found


def develops_by_name(ctx: DocContext) -> list[Fact]:
    """'Domyn Large' by Domyn: a model named after a firm of the same text."""
    out = []
    for m_i, model in enumerate(ctx.entities):
        if model.type != "AIModel" or not model.mentions:
            continue
        for d_i, dev in enumerate(ctx.entities):
            if dev.type in BUSINESSES and any(
                model.name.startswith(form + " ") for form in (dev.name, *dev.aliases)
            ):
                first = model.mentions[0]
                sent = next(s for s in ctx.sentences if s.start <= first.start < s.end)
                out.append(_fact("DEVELOPS", d_i, m_i, sent, 0.7))
    return out


# ------------------------------------------------------------------------- HEADQUARTERED_IN
def headquartered(ctx: DocContext, sent: Sentence) -> list[Fact]:
    out: list[Fact] = []
    if _headline(sent):
        return out  # a title-case headline's parse is too loose to read descriptions from
    for m in sent.mentions:
        if ctx.type_of(m.entity) not in BUSINESSES:
            continue
        # a country in the name counts only where the text names that country as an actor
        in_name = [c for c in _home_in_name(m, sent) if ctx.has_country(c)]
        countries = in_name or _home_from_description(m, sent) or _based_after(m, sent)
        for iso3 in dict.fromkeys(countries):
            out.append(_fact("HEADQUARTERED_IN", m.entity, ctx.country_entity(iso3), sent, 0.8))
    return out


def _based_after(m: Mention, sent: Sentence) -> list[str]:
    """'X, a Nairobi-based non-profit', 'X (TII), an Abu Dhabi-based centre': read off the
    words right after the name when the parse does not link them."""
    doc = m.span.doc
    i = m.span.end
    if i < len(doc) and doc[i].text == "(":
        i = next((t.i + 1 for t in doc[i : i + 6] if t.text == ")"), i)
    if i >= len(doc) or doc[i].text not in (",", "–", "—"):
        return []
    window = doc[i + 1 : i + 8]
    for p in sent.places:
        if not window.start <= p.span.start < window.end:
            continue
        if _followed_by_based(p.span.end, sent):
            return [p.country]
        # "X, a Brazilian start-up": a demonym on the noun that says what X is
        after = doc[p.span.end : p.span.end + 3]
        if p.span.label_ == "Demonym" and any(word(t) in ACTOR_NOUNS for t in after):
            return [p.country]
    return []


def _home_in_name(m: Mention, sent: Sentence) -> list[str]:
    """'Danish Center for AI Innovation', 'Technical University of Denmark'."""
    span = m.span
    out = []
    for p in sent.places:
        if not (span.start <= p.span.start and p.span.end <= span.end):
            continue
        first = p.span.start == span.start
        after_of = (
            p.span.end == span.end
            and p.span.start > span.start
            and span.doc[p.span.start - 1].lower_ == "of"
        )
        if (first or after_of) and p.span.label_ != "City":
            out.append(p.country)
    return out


def _home_from_description(m: Mention, sent: Sentence) -> list[str]:
    """'US chipmaker Nvidia', 'Vietnam's largest conglomerate, Vingroup', 'X, a Hanoi-based
    firm', 'X, headquartered in Paris'."""
    root = m.span.root
    nouns = [root]
    if word(root.head) in ACTOR_NOUNS and root.dep_ in ("appos", "compound", "nmod"):
        nouns.append(root.head)
    nouns += [c for c in root.children if c.dep_ == "appos" and word(c) in ACTOR_NOUNS]
    if root.dep_ == "appos" and word(root.head) in ACTOR_NOUNS:
        nouns.append(root.head)
    out: list[str] = []
    for noun in nouns:
        # the noun's own modifiers ("US chipmaker", "Vietnam's largest conglomerate") and
        # what an "-based" modifier holds ("a Hanoi-based company")
        direct = [
            c for c in noun.lefts if c.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod")
        ]
        left = direct + [t for c in direct if c.lower_ == "based" for t in c.subtree]
        left = [t for t in left if not m.span.start <= t.i < m.span.end]  # the name's own words
        for p in sent.places_in(left):
            based = _followed_by_based(p.span.end, sent)
            if p.span.label_ == "City" and not based:
                continue
            out.append(p.country)
        for verb in children(noun, ("acl",)):
            if verb.lemma_ in ("base", "headquarter", "headquartered", "found"):
                for obj in prep_objects(verb, ("in",)):
                    out += [p.country for p in sent.places_in(list(obj.subtree))]
    return out


def _headline(sent: Sentence) -> bool:
    words = [t for t in sent.span if t.is_alpha]
    return len(words) > 3 and sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)


def _followed_by_based(end: int, sent: Sentence) -> bool:
    doc = sent.span.doc
    return end + 1 < len(doc) and doc[end].text in ("-", "–") and doc[end + 1].lower_ == "based"


# ------------------------------------------------------------------------- OPERATES_IN
def operates_in(ctx: DocContext, sent: Sentence) -> list[Fact]:
    out: list[Fact] = []
    for tok in sent.span:
        operators: list[int] = []
        facility: Token | None = None
        if tok.pos_ == "VERB" and tok.lemma_ in OPERATE_VERBS:
            objs = children(tok, ("dobj", "nsubjpass"))
            if not objs and tok.dep_ == "conj":
                objs = children(tok.head, ("nsubjpass",))
            if tok.dep_ == "relcl":
                objs.append(tok.head)  # "a data centre that X will build"
            # "build 1.9 gigawatts of data-centre capacity": the facility is in the 'of'
            objs += [o for x in list(objs) for o in prep_objects(x, ("of",))]
            facility = next((o for o in objs if _is_facility(o)), None)
            if facility is None:
                continue
            agents = prep_objects(tok, ("by",))
            agents += [
                o for t in tok.subtree
                if t.lower_ == "with" and t.dep_ == "prep" and t.head.lemma_ not in PARTNER_NOUNS
                for o in children(t, ("pobj",))
            ]  # fmt: skip
            if not children(tok, ("nsubjpass",)) and not (tok.dep_ == "conj" and objs):
                agents += children(tok, ("nsubj",))
                purpose = tok.dep_ == "advcl" and any(c.lower_ == "to" for c in tok.children)
                if tok.dep_ == "xcomp" or purpose:  # "X plans to build", "X will invest to build"
                    agents += children(tok.head, ("nsubj",))
            for a in agents:
                # "with FPT" names a partner; "with Nvidia chips" names equipment
                operators += np_entities(a, sent, ctx, heads_only=a.dep_ == "pobj")
        elif tok.pos_ == "NOUN" and _is_facility(tok) and sent.mention_of(tok) is None:
            facility = tok
            # "X's data centre", "its campus"; a name compounded with the object of an
            # operating verb is a brand ("G42 operates the Khazna data centres")
            branded = tok.dep_ == "dobj" and tok.head.lemma_ in OPERATE_VERBS
            for c in children(tok, ("poss",) if branded else ("poss", "compound")):
                owner = ctx.refers_to(c, sent)  # "X's data centre", "its data centre"
                if owner is not None:
                    operators.append(owner)
        if facility is None:
            continue
        operators = [o for o in dict.fromkeys(operators) if ctx.type_of(o) in BUSINESSES]
        if not operators:
            continue
        country, confidence = _location(ctx, sent, tok, facility)
        if country is None:
            continue
        for o in operators:
            out.append(_fact("OPERATES_IN", o, country, sent, confidence))
    return out


def _is_facility(tok: Token) -> bool:
    if tok.ent_type_ in ("ORG", "GPE", "PERSON") and tok.pos_ == "PROPN":
        return False  # "Barcelona Supercomputing Center" is a body, not a centre
    if tok.lemma_ in FACILITY_NOUNS or tok.lower_ in FACILITY_NOUNS:
        return True
    linked = [c for c in tok.children if c.dep_ in ("compound", "appos")]
    return any(c.lemma_ in FACILITY_NOUNS or c.lower_ in FACILITY_NOUNS for c in linked)


def _location(
    ctx: DocContext, sent: Sentence, verb: Token, facility: Token
) -> tuple[int | None, float]:
    """Where: a country or city in the facility's phrase or the clause, else the document's
    main country (the sovereign-AI reports this reads are about one country)."""
    clause = verb.head if verb.dep_ in ("xcomp", "conj", "advcl") else verb
    for scope in (list(facility.subtree), list(verb.subtree), list(clause.subtree)):
        places = [p for p in sent.places_in(scope) if p.span.label_ != "Demonym"]
        if places:
            return ctx.country_entity(places[0].country), 0.75
    return ctx.main_country, 0.5


# ------------------------------------------------------------------------- SUPPLIES
def supplies(ctx: DocContext, sent: Sentence) -> list[Fact]:
    out: list[Fact] = []
    for m in sent.mentions:
        known = ctx.reference.get(ctx.entities[m.entity].key)
        if known is None or known.category not in SUPPLIER_CATEGORIES:
            continue
        verb = _supplying_verb(m.span.root)
        if verb is None:
            continue
        customer = _customer(ctx, sent, verb, supplier=m.entity)
        if customer is not None and customer != m.entity:
            out.append(_fact("SUPPLIES", m.entity, customer, sent, 0.7))
    return out


def _supplying_verb(root: Token) -> Token | None:
    """The verb of 'equipped with Nvidia's platform', 'built on NVIDIA's DGX', 'using Nvidia
    technology', 'receive 127 Nvidia systems': the supplier names the thing supplied."""
    if root.dep_ == "npadvmod" and root.head.lower_ in ("powered", "based", "equipped"):
        thing = root.head.head  # "operates Nvidia-powered clusters"
    elif root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.pos_ == "NOUN":
        thing = root.head.head  # "trained on cloud capacity from Amazon Web Services"
    elif root.dep_ in ("poss", "compound", "nmod"):
        thing = root.head
    else:
        return None
    while thing.dep_ in ("compound", "amod", "conj") and thing.head != thing:
        thing = thing.head
    if thing.lemma_ in PARTNER_NOUNS:
        return None
    if thing.dep_ == "dobj" and thing.head.lemma_ in _SUPPLY_VERBS:
        return thing.head
    if thing.dep_ == "pobj":
        prep = thing.head
        if prep.lower_ in SUPPLY_PREPS or prep.head.lower_ == "thanks":
            head = prep.head
            while head.pos_ not in ("VERB", "AUX") and head.head != head:
                head = head.head
            return head if head.lemma_ not in PARTNER_NOUNS else None
    return None


def _customer(ctx: DocContext, sent: Sentence, verb: Token, *, supplier: int) -> int | None:
    subj = subject_of(verb) or next(iter(children(verb, ("nsubjpass",))), None)
    if subj is not None:
        for e in np_entities(subj, sent, ctx):
            if e == supplier:
                return None  # the supplier acts itself
            if ctx.type_of(e) == "AIModel":
                dev = _developer_of(ctx, e)
                if dev is not None:
                    return dev
            elif ctx.type_of(e) in ACTORS:
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
    operator = _last_operator(ctx, sent)
    if operator is not None:
        return operator
    return ctx.main_country


def _developer_of(ctx: DocContext, model: int) -> int | None:
    return next((f.args[0] for f in ctx.facts if f.kind == "DEVELOPS" and f.args[1] == model), None)


def _last_operator(ctx: DocContext, sent: Sentence) -> int | None:
    before = [f for f in ctx.facts if f.kind == "OPERATES_IN" and f.end <= sent.start]
    return before[-1].args[0] if before else None


# ------------------------------------------------------------------------- INVESTS_IN
_UNIT_NOUNS = frozenset("unit subsidiary arm affiliate division".split())
_STAKE_NOUNS = frozenset("acquisition stake investment takeover purchase".split())
_INVEST_VERBS = frozenset("invest acquire buy".split())


def invests(ctx: DocContext, sent: Sentence) -> list[Fact]:
    out: list[Fact] = []
    for tok in sent.span:
        investors: list[int] = []
        investees: list[int] = []
        if tok.lemma_ in _STAKE_NOUNS and tok.pos_ == "NOUN":
            for obj in prep_objects(tok, ("of", "in")):
                investees += np_entities(obj, sent, ctx)
            for poss in children(tok, ("poss",)):
                e = ctx.refers_to(poss, sent)
                if e is not None:
                    investors.append(e)
            if not investors and tok.dep_ == "dobj":
                acting = subject_of(tok.head)
                if acting is not None:
                    investors += np_entities(acting, sent, ctx)
        elif tok.pos_ == "VERB" and tok.lemma_ in _INVEST_VERBS:
            subjects = children(tok, ("nsubj",))
            investors += [e for s in subjects for e in np_entities(s, sent, ctx)]
            for obj in [*children(tok, ("dobj",)), *prep_objects(tok, ("in",))]:
                investees += np_entities(obj, sent, ctx)
        elif tok.lemma_ in ("back", "own", "fund", "finance") and tok.dep_ == "acl":
            # "VinBrain, a company backed by Vingroup", "Humain, a company owned by the PIF"
            investees += np_entities(tok.head, sent, ctx)
            if tok.head.dep_ == "appos":
                investees += np_entities(tok.head.head, sent, ctx)
            for agent in prep_objects(tok, ("by",)):
                investors += np_entities(agent, sent, ctx)
        elif tok.lemma_ in _UNIT_NOUNS and tok.dep_ == "appos":
            # "True Corporation, a unit of Charoen Pokphand Group": the group owns it
            investees += np_entities(tok.head, sent, ctx, heads_only=True)
            for owner in prep_objects(tok, ("of",)):
                investors += np_entities(owner, sent, ctx, heads_only=True)
        elif tok.dep_ == "poss" and tok.head.pos_ == "PROPN":
            # "Singtel's Nxera": one firm's named unit
            owner_m, unit_m = sent.mention_of(tok), sent.mention_of(tok.head)
            if (
                owner_m is not None
                and unit_m is not None
                and owner_m.entity != unit_m.entity
                and ctx.type_of(owner_m.entity) == ctx.type_of(unit_m.entity) == "Firm"
            ):
                investors.append(owner_m.entity)
                investees.append(unit_m.entity)
        for a in dict.fromkeys(investors):
            if ctx.type_of(a) not in BUSINESSES or ctx.is_public(a):
                continue
            for b in dict.fromkeys(investees):
                if b != a and ctx.type_of(b) in (*BUSINESSES, "AIModel"):
                    out.append(_fact("INVESTS_IN", a, b, sent, 0.75))
    return out


# ------------------------------------------------------------------------- MEMBER_OF
def member_of(ctx: DocContext, sent: Sentence) -> list[Fact]:
    out: list[Fact] = []
    for tok in sent.span:
        if tok.lemma_ not in ("member", "signatory"):
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
        for p in prep_objects(tok, ("such", "like", "including")):
            members += [e for t in conjuncts(p) for e in np_entities(t, sent, ctx)]
        for b in dict.fromkeys(blocs):
            if ctx.type_of(b) != "Bloc":
                continue
            for g in dict.fromkeys(members):
                if ctx.type_of(g) == "Government":
                    out.append(_fact("MEMBER_OF", g, b, sent, 0.8))
    return out
