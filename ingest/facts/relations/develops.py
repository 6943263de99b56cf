"""DEVELOPS: who develops an AI model ("X was developed by Y", "Y launched X, its model", "Y's
model, X", a model named after its firm).
"""

from __future__ import annotations

from spacy.tokens import Token

from ingest.components.descriptions import NAMING_WORDS
from ingest.facts.context import DocContext, Fact, Sentence, clause_verb
from ingest.facts.relations.common import ACTORS, BUSINESSES, relation_fact
from ingest.facts.tree import (
    acting_subject,
    appositions,
    children,
    collaborators,
    conjuncts,
    definite,
    group_members,
    listed_after,
    named_before_comma,
    named_or_meant,
    np_entities,
    parent_of_unit,
    prep_objects,
    subject_of,
    subjects,
)
from ingest.lexicon import (
    ACTOR_NOUNS,
    DEVELOP_VERBS,
    FIRM_NOUNS,
    FOUNDING_NOUNS,
    MODEL_NOUNS,
    ORG_NOUNS,
    STAFF_NOUNS,
    word,
)

_TEAMING_VERBS = frozenset("partner team collaborate cooperate work join".split())
_LAUNCH_NOUNS = frozenset("launch release development rollout unveiling".split())
_WORK_NOUNS = frozenset("product result fruit outcome work creation".split())
_VERSION_NOUNS = frozenset("version edition iteration update upgrade variant".split())
# Groups that are behind a model without being a body ("the open-source community behind X")
_MAKER_GROUPS = frozenset("community team".split())
_BODY_NOUNS = ACTOR_NOUNS | ORG_NOUNS | FIRM_NOUNS | _MAKER_GROUPS


def develops(ctx: DocContext, sent: Sentence) -> list[Fact]:
    out: list[Fact] = []
    for tok in sent.tokens:
        models: list[int] = []
        developers: list[int] = []
        if tok.pos_ not in ("VERB", "AUX"):
            pass
        elif tok.lemma_ in DEVELOP_VERBS:
            # the parser may hang the name off the verb beside its description
            # ("released EXAONE 4.0, its latest model": npadvmod + dobj)
            for obj in children(tok, ("dobj", "nsubjpass", "npadvmod", "oprd", "advmod")):
                models += _models(obj, sent, ctx) or _model_meant(ctx, sent, obj)
            active_acl = tok.dep_ == "acl" and bool(children(tok, ("dobj",)))
            if tok.dep_ in ("acl", "relcl") and not active_acl:
                # ("not HyperCLOVA X, which Naver developed": the name before the comma)
                listed = (
                    _named_before_which(ctx, sent, tok)
                    or _models(tok.head, sent, ctx)
                    or [m for t in _described_subjects(tok.head) for m in _models(t, sent, ctx)]
                )
                # ("Llama 3, developed by Meta, and Falcon, developed by TII": each name its
                # own maker, not the list's)
                others = {x.entity for c in conjuncts(tok.head) if c != tok.head
                          and any(a.dep_ == "acl" and a.lemma_ in DEVELOP_VERBS
                                  for a in c.children)
                          if (x := sent.mention_of(c)) is not None}  # fmt: skip
                models += [e for e in listed if e not in others]
            if tok.dep_ == "advcl" and tok.tag_ == "VBN" and tok.i < tok.head.i:
                # "Developed by Almawave, Velvet was released in January": the main subject
                models += [m for s in subjects(tok.head) for m in _models(s, sent, ctx)]
            passive = bool(children(tok, ("nsubjpass", "auxpass"))) or (
                tok.dep_ == "acl" and not active_acl
            )
            inside = sent.span.start < tok.i < sent.span.end - 1
            if tok.dep_ == "compound" and tok.tag_ in ("VBZ", "VBD") and inside:
                # "MLT builds Tifawt, a model family ...": the parser read the verb as part of
                # a name; the names on either side are still its subject and its object
                doer, thing = sent.mention_of(tok.nbor(-1)), sent.mention_of(tok.nbor())
                developers += [doer.entity] if doer is not None else []
                models += [thing.entity] if thing is not None else []
            lost = tok.i > 0 and tok.doc[tok.i - 1].text == ","
            if lost and tok.dep_ == "amod" and tok.sent.root.pos_ in ("PROPN", "NOUN"):
                # "Silo AI, a Helsinki-based lab, trained Poro, ... and the Viking family":
                # the parser lost the verb, making the developer the sentence's root
                models += [e for c in conjuncts(tok.head) for e in _models(c, sent, ctx)]
                developers += np_entities(tok.sent.root, sent, ctx, heads_only=True)
            if active_acl:  # "Inception, a G42 subsidiary, built Jais" parsed as a modifier
                noun = tok.head
                while noun.dep_ in ("pobj", "conj") and noun.head.dep_ in ("agent", "pobj"):
                    # "Sarvam, backed by A, B and C, released X": not the backers
                    noun = noun.head.head if noun.dep_ == "pobj" else noun.head
                    noun = noun.head if noun.dep_ == "acl" else noun
                developers += np_entities(noun.head if noun.dep_ == "appos" else noun, sent, ctx)
            for agent in prep_objects(tok, ("by", "within", "at") if passive else ("by",)):
                developers += np_entities(agent, sent, ctx) + group_members(agent, sent, ctx)
                developers += parent_of_unit(agent, sent, ctx)
            if passive and not developers and children(tok, ("nsubjpass",)):
                # "Its enterprise model Takane was developed with Cohere": no 'by', a 'with'
                developers += [e for w in prep_objects(tok, ("with",))
                               for e in np_entities(w, sent, ctx, heads_only=True)
                               if ctx.type_of(e) in ("Firm", "Organization")]  # fmt: skip
            above = tok.head
            teamed = tok.dep_ in ("xcomp", "advcl") and above.lemma_ in _TEAMING_VERBS
            if not passive and teamed and not children(tok, ("nsubj",)):
                # "Fujitsu has partnered with Cohere to co-develop Takane": the partners
                developers += [e for s in children(above, ("nsubj",))
                               for e in np_entities(s, sent, ctx)]  # fmt: skip
                developers += [e for w in prep_objects(above, ("with",))
                               for e in np_entities(w, sent, ctx, heads_only=True)]  # fmt: skip
            if not passive and tok.dep_ == "relcl" and tok.head.lemma_ in STAFF_NOUNS:
                # "a team at University College London that develops BritLLM": the body
                developers += [e for o in prep_objects(tok.head, ("at", "from", "of"))
                               for e in np_entities(o, sent, ctx)]  # fmt: skip
            if not passive and tok.dep_ == "xcomp" and not children(tok, ("nsubj",)):
                # "TII continues to develop Falcon", "X plans to train Y" (but "asked Z to
                # develop it": the one asked)
                doers = children(tok.head, ("dobj",)) or children(tok.head, ("nsubj",))
                developers += [e for d in doers for e in np_entities(d, sent, ctx)
                               if ctx.type_of(e) in ("Firm", "Organization")]  # fmt: skip
            if not passive:
                for subj in children(tok, ("nsubj",)):
                    developers += np_entities(subj, sent, ctx)
                    if subj.tag_ == "WDT" and tok.dep_ == "relcl" and not developers:
                        # "The Helsinki-based lab, which trained Poro": what the lab is; "AI
                        # Sweden, the centre for applied AI, which developed X": the body the
                        # clause hangs under
                        lab = ctx.refers_to(tok.head, sent)
                        lab = lab if lab is not None else _body_above(ctx, sent, tok.head)
                        developers += [lab] if lab is not None else []
            if developers:
                for partner in prep_objects(tok, ("with",)):  # "built X together with Y"
                    # ("with the TurkuNLP research group": the group's name)
                    grouped = word(partner) in _MAKER_GROUPS | {"group"}
                    developers += np_entities(partner, sent, ctx, heads_only=not grouped)
                developers += collaborators(sent, ctx)  # "..., in collaboration with Y"
                developers += _co_developers(ctx, sent, tok, passive=passive)
        else:
            for obj in children(tok, ("dobj",)):
                if obj.lemma_ in _LAUNCH_NOUNS:
                    for model in prep_objects(obj, ("of",)):
                        models += _models(model, sent, ctx)
                    actor = acting_subject(tok, sent)
                    developers += np_entities(actor, sent, ctx) if actor is not None else []
        if tok.lemma_ == "come" and tok.pos_ == "VERB" and (source := _comes_from(tok)):
            # "Sarvam-1 comes from Sarvam AI", "EXAONE, which comes from LG AI Research"
            subject = subject_of(tok)
            held = tok.head if subject is not None and subject.tag_ == "WDT" else subject
            models += _models(held, sent, ctx) if held is not None else []
            developers += [e for o in source for e in np_entities(o, sent, ctx, heads_only=True)
                           if ctx.type_of(e) in ("Firm", "Organization")]  # fmt: skip
        maker_noun = tok.lemma_ in ("developer", "maker", "creator")
        # ("Inception, G42's unit and the developer of the Jais family": a joined apposition)
        bearer = tok.head.head if tok.dep_ == "conj" and tok.head.dep_ == "appos" else tok.head
        appos = tok.dep_ == "appos" or bearer != tok.head
        if maker_noun and not appos and (before := _name_before_description(sent, tok)):
            # "led a round in Moonshot AI, the maker of the Kimi chatbot": the parser lost
            # the apposition; the words still say whose it is
            bearer, appos = before, True
        said_to_be = tok.dep_ == "attr" and tok.head.lemma_ == "be" and tok.head.i < tok.i
        # (the words between read only then: a slice of the Doc per token adds up)
        if (
            maker_noun
            and said_to_be
            and not any(t.is_punct for t in tok.doc[tok.head.i + 1 : tok.i])
        ):
            # "G42 is the developer of Jais", "G42 is also the developer, through its unit
            # Inception, of Jais" (the 'of' hung on the aside)
            of = prep_objects(tok, ("of",)) or [
                o for t in sent.tokens[tok.i - sent.span.start + 1 :]
                if t.lower_ == "of" and t.dep_ == "prep" and t.head.i > tok.i
                for o in children(t, ("pobj",))
            ][:1]  # fmt: skip
            models += [m for o in of for m in _models(o, sent, ctx)]
            developers += [e for s in subjects(tok.head) for e in named_or_meant(s, sent, ctx)]
        if tok.pos_ == "NOUN" and appos and (maker_noun or word(tok) in _BODY_NOUNS):
            # "Anthropic, the San Francisco-based developer of the Claude models",
            # "Maritaca AI, the Campinas start-up behind the Sabiá family of models"
            objects = prep_objects(tok, ("of",) if maker_noun else ("behind",))
            if maker_noun and tok.dep_ == "conj":  # ("a start-up and developer of the GLM
                # models": the parser may hang 'of' on the first noun)
                objects += [o for o in prep_objects(tok.head, ("of",)) if o.i > tok.i]
            for obj in objects:
                models += _models(obj, sent, ctx)
            # ("LG AI Research, developer of the Exaone series; Naver Cloud, ...": a singular
            # describes its own name, not the list it is in)
            if tok.tag_ == "NNS":
                developers += np_entities(bearer, sent, ctx, heads_only=True) if models else []
            elif models:  # (or what a dateline it was hung on stands beside: "PARIS - X, ...")
                own = ctx.refers_to(bearer, sent)
                developers += [own] if own is not None else np_entities(
                    bearer, sent, ctx, heads_only=True)[:1]  # fmt: skip
        # (a lower-case model noun the tagger took for a name's part: "whose InkubaLM model")
        model_noun = tok.lemma_ in MODEL_NOUNS or tok.lower_ == "series"
        if model_noun and (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_lower)):
            # "Lelapa AI's model, InkubaLM", "NTT said its tsuzumi model", "its A.X series"
            for poss in children(tok, ("poss",)):
                owner = ctx.refers_to(poss, sent)
                developers += [owner] if owner is not None else []
            # "OpenAI's Whisper model and Meta's Llama models": Llama is Meta's, not OpenAI's
            owners = {ctx.refers_to(p, sent) for p in children(tok, ("poss",))}
            # "Le Chat, the start-up's chatbot": the name the description is of
            described = np_entities(tok.head, sent, ctx) if tok.dep_ == "appos" else []
            if tok.dep_ == "attr" and tok.head.lemma_ == "be":
                # "Heron-7B is Quillon AI's Swahili model", "Sarayu-7B is our model"
                described += [e for s in children(tok.head, ("nsubj",))
                              for e in np_entities(s, sent, ctx)]  # fmt: skip
            if (
                described and tok.dep_ == "appos"
            ):  # (not "Proximus will offer Mistral Large, the French company's
                # model": 'the company' read as the one who offers it)
                offering = subject_of(clause_verb(tok.head))
                offerer = ctx.refers_to(offering, sent) if offering is not None else None
                developers = [d for d in developers if d != offerer]
            models += [
                e for e in [*np_entities(tok, sent, ctx), *described]
                if ctx.type_of(e) == "AIModel" and not _owned_by_another(ctx, sent, e, owners)
            ]  # fmt: skip
            # "Llama 3.1 8B, the Meta model": a firm's or body's name before the noun of a
            # description of the model named just before
            named_makers = [
                x.entity for c in children(tok, ("compound",))
                if (x := sent.mention_of(c)) is not None and ctx.type_of(x.entity) in BUSINESSES
            ]  # fmt: skip
            described_models = [e for e in described if ctx.type_of(e) == "AIModel"]
            for firm in named_makers:
                for described_model in described_models or _named_before(tok, sent, ctx):
                    out.append(relation_fact("DEVELOPS", firm, described_model, sent, 0.8))
        named = sent.mention_of(tok)
        if named is not None and tok == named.span.root and ctx.type_of(named.entity) == "AIModel":
            # "Meta's Llama 3.1", "Google's Gemini": a model owned by a named actor
            # "Bielik, the product of a collaboration between A and B"
            # ("Bielik is the work of SpeakLeash and ACK Cyfronet AGH")
            said = (
                children(tok.head, ("attr",))
                if tok.dep_ == "nsubj" and tok.head.lemma_ == "be"
                else []
            )
            for made in (a for a in [*appositions(tok), *said] if a.lemma_ in _WORK_NOUNS):
                for maker in prep_objects(made, ("of",)):
                    developers += group_members(maker, sent, ctx) or np_entities(
                        maker, sent, ctx, heads_only=True
                    )
                    models.append(named.entity)
            doc = tok.doc
            if named.span.end < len(doc) and doc[named.span.end].lower_ == "from":
                # "runs Sabiá-3 from Maritaca AI": the firm or body a model comes from
                makers = [e for o in children(doc[named.span.end], ("pobj",))
                          for e in np_entities(o, sent, ctx, heads_only=True)
                          if ctx.type_of(e) in ("Firm", "Organization")]  # fmt: skip
                developers += makers
                models += [named.entity] if makers else []
            for poss in (c for t in named.span for c in children(t, ("poss",))):
                # ("Tilde, whose open TildeOpen LLM was released": the name 'whose' is of)
                holder = sent.mention_of(poss)
                owner = holder.entity if holder is not None else None
                if poss.lower_ == "whose":
                    owner = ctx.refers_to(poss, sent)
                if owner is not None and owner != named.entity:
                    developers.append(owner)
                    models.append(named.entity)
        made_by = _made_by(ctx, sent, tok)
        if made_by is not None:
            developers.append(made_by[0])
            models += made_by[1]
        for d in dict.fromkeys(developers):
            for m in dict.fromkeys(models):
                if ctx.type_of(d) in ACTORS and ctx.type_of(m) == "AIModel":
                    out.append(relation_fact("DEVELOPS", d, m, sent, 0.85))
    return out + _paired_with(ctx, sent)


def _described_subjects(noun: Token) -> list[Token]:
    """'Waratah is a family of language models developed by X': the subject the phrase
    describes, up the 'of' phrases to the copula's complement."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head
    return subjects(noun.head) if noun.dep_ == "attr" else []


def _named_before_which(ctx: DocContext, sent: Sentence, clause: Token) -> list[int]:
    """The model named right before ', which' opening a relative clause, whatever the parser
    hung the clause on."""
    if clause.left_edge.lower_ not in ("which", "that"):
        return []
    before = named_before_comma(clause, sent)
    named = before is not None and ctx.type_of(before.entity) == "AIModel"
    return [before.entity] if before is not None and named else []


def _model_meant(ctx: DocContext, sent: Sentence, pronoun: Token) -> list[int]:
    """'Nusantara-LM 2 is a model. BRIN developed it with ITB', '... into Tengri-2, a Kazakh
    model. Steppe Intelligence is building the model': the model the sentence before named
    last, that 'it' or 'the model' stands for."""
    meant = pronoun.lower_ == "it" or (pronoun.lower_ == "model" and definite(pronoun))
    if not meant or not sent.index:
        return []
    before = [m.entity for m in ctx.sentences[sent.index - 1].mentions
              if ctx.type_of(m.entity) == "AIModel"]  # fmt: skip
    return before[-1:]


def _comes_from(verb: Token) -> list[Token]:
    """What 'comes from' names: the objects of its 'from' (not 'comes from a family of')."""
    return [o for o in prep_objects(verb, ("from",)) if o.lemma_ not in MODEL_NOUNS]


def _name_before_description(sent: Sentence, noun: Token) -> Token | None:
    """The root of the name right before ', the' (or ', a') and the noun."""
    doc = noun.doc
    i = noun.i - 2
    if i < 1 or doc[i + 1].lower_ not in ("the", "a", "an") or doc[i].text != ",":
        return None
    named = sent.mention_of(doc[i - 1])
    return named.span.root if named is not None and named.span.end == i else None


def _body_above(ctx: DocContext, sent: Sentence, tok: Token) -> int | None:
    """The firm or body named nearest above a word, through its phrase and appositions."""
    for _ in range(5):
        m = sent.mention_of(tok)
        if m is not None and ctx.type_of(m.entity) in BUSINESSES:
            return m.entity
        if tok.head == tok or tok.pos_ in ("VERB", "AUX"):
            return None
        founded = prep_objects(tok, ("of",)) if tok.lemma_ in FOUNDING_NOUNS else []
        for m in filter(None, map(sent.mention_of, founded)):
            if ctx.type_of(m.entity) in BUSINESSES:
                return m.entity  # "announced the launch of QSI, a joint venture that will ..."
        tok = tok.head
    return None


def _paired_with(ctx: DocContext, sent: Sentence) -> list[Fact]:
    """'five teams: LG AI Research with its Exaone models, SK Telecom with A.X, ...': a firm or
    body, 'with' and a model right after it (read off the words: such lists parse loosely)."""
    doc = sent.span.doc
    out = []
    for m in sent.mentions:
        i = m.span.end
        if ctx.type_of(m.entity) not in ("Firm", "Organization") or i >= sent.span.end:
            continue
        if doc[i].lower_ != "with":
            continue
        j = i + 1 + (i + 1 < sent.span.end and doc[i + 1].lower_ == "its")
        model = sent.mention_of(doc[j]) if j < sent.span.end else None
        if model is not None and ctx.type_of(model.entity) == "AIModel":
            out.append(relation_fact("DEVELOPS", m.entity, model.entity, sent, 0.7))
    return out


# "developed by X at Y for Z": the host and the client are no co-developers
_CLAUSE_BREAKS = frozenset("while whereas but although ;".split())
# (and the next model's own maker: "Llama 3, developed by Meta, and Falcon, developed by TII")
_LIST_STOPS = frozenset(
    "at for under to from on using which who that while developed built trained".split()
)


def _co_developers(ctx: DocContext, sent: Sentence, verb: Token, *, passive: bool) -> list[int]:
    """The bodies the words after 'developed by' or 'with' list, however the parse hung them:
    'developed by A in Tunis and B, a start-up', 'by imec, the Leuven-based institute ...,
    together with KU Leuven and Ghent University', 'is developing Kelma with Lingwa Labs'."""
    doc = verb.doc
    # the verb's own clause: not "..., while Inception built Jais with MBZUAI"
    other = {
        t.i for c in verb.children
        if c.dep_ in ("advcl", "conj", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")
        for t in c.subtree
    }  # fmt: skip
    end = next(
        (t.i for t in doc[verb.i + 1 : sent.span.end] if t.lower_ in _CLAUSE_BREAKS),
        sent.span.end,
    )  # however the parser hung the next clause
    after = [t for t in doc[verb.i + 1 : end] if t.i not in other]
    preps = [t for t in after if t.lower_ == "by" and t.head == verb] if passive else []
    # "by researchers at BUET and Bhasha Labs", "by a team of researchers from HIT and X":
    # the list starts after the staff's 'at' or 'from'
    preps = [_after_staff(p) for p in preps]
    # "with" right after the verb's object or as 'together/jointly/along with'
    preps += [
        t for t in after
        if t.lower_ == "with"
        and (t.head in (verb, *children(verb, ("dobj",)))
             or doc[t.i - 1].lower_ in ("together", "jointly", "along")
             or t.head.lemma_ in ("work", "collaborate", "partner"))  # ", working with X"
    ]  # fmt: skip
    return [
        e for p in preps[:2] for e in listed_after(ctx, sent, p, stops=_LIST_STOPS)
        if ctx.type_of(e) in ("Firm", "Organization")
    ]  # fmt: skip


def _after_staff(prep: Token) -> Token:
    """The preposition a list of bodies follows: 'by researchers at X', 'by a team of
    researchers from X' (through the staff nouns), else the given one."""
    staff = next(iter(children(prep, ("pobj",))), None)
    while staff is not None and staff.lemma_ in STAFF_NOUNS:
        inner = [p for p in staff.children if p.dep_ == "prep" and p.lower_ in ("of", "from", "at")]
        if not inner:
            break
        if inner[0].lower_ in ("from", "at"):
            return inner[0]
        staff = next(iter(children(inner[0], ("pobj",))), None)
    return prep


def _made_by(ctx: DocContext, sent: Sentence, tok: Token) -> tuple[int, list[int]] | None:
    """'Mixtral from Mistral AI', 'Mistral NeMo and Mixtral, both from French start-up Mistral
    AI': a model 'from' a firm or body is its developer's."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "from":
        return None
    maker = sent.mention_of(tok)
    owner = tok.head.head
    if maker is None or ctx.type_of(maker.entity) not in BUSINESSES:
        return None
    if owner.lower_ in ("both", "all", "each") and owner.dep_ == "appos":
        listed = conjuncts(owner.head)
        listed = listed[-2:] if owner.lower_ == "both" else listed
    elif owner.lemma_ in MODEL_NOUNS and owner.dep_ == "appos":
        listed = [owner.head]  # "Mistral 7B, an open model from French start-up Mistral AI"
    else:
        listed = [owner]
    models = [m.entity for t in listed if (m := sent.mention_of(t)) is not None]
    models = [e for e in models if ctx.type_of(e) == "AIModel"]
    if not models and owner.lemma_ in MODEL_NOUNS | {"family", "series"}:
        # "runs on Falcon 3, the open model family from TII", the description hung elsewhere
        models = _named_before(owner, sent, ctx)
    return (maker.entity, models) if models else None


def _models(tok: Token, sent: Sentence, ctx: DocContext) -> list[int]:
    if tok.lemma_ in _VERSION_NOUNS:  # "released a 70-billion-parameter version of Sahabat-AI"
        return [m for o in prep_objects(tok, ("of",)) for m in _models(o, sent, ctx)]
    found = [e for e in np_entities(tok, sent, ctx) if ctx.type_of(e) == "AIModel"]
    # "the Mistral Large and Le Chat products": a coordinated list of names before the noun;
    # "its own A.X model series": through the model noun the head's modifiers include
    modifiers = children(tok, ("nmod", "compound", "amod"))  # ("Large and Magistral": ADJ)
    modifiers += [
        c for m in modifiers if m.lemma_ in MODEL_NOUNS for c in children(m, ("compound",))
    ]
    found += [
        m.entity
        for c in modifiers
        for x in conjuncts(c)
        if (m := sent.mention_of(x)) is not None and ctx.type_of(m.entity) == "AIModel"
    ]
    if not found and tok.lemma_ in MODEL_NOUNS:
        # "a Swahili model called Pwani-2", "a model family known as Matilda": the name given
        given = [
            o for a in children(tok, ("acl",)) if a.lower_ in NAMING_WORDS
            for o in [*prep_objects(a, ("as",)), *children(a, ("oprd", "attr", "dobj"))]
        ]  # fmt: skip
        found = [e for o in given for e in np_entities(o, sent, ctx) if ctx.type_of(e) == "AIModel"]
    if not found and tok.dep_ == "appos":  # "X, an open-source model developed by Y"
        found = [e for e in np_entities(tok.head, sent, ctx) if ctx.type_of(e) == "AIModel"]
    if not found and tok.dep_ == "attr" and tok.lemma_ in MODEL_NOUNS:
        # "K2 Think is a reasoning model developed by MBZUAI": what the copula says it is
        found = [e for s in children(tok.head, ("nsubj",)) for e in np_entities(s, sent, ctx)
                 if ctx.type_of(e) == "AIModel"]  # fmt: skip
    if not found and tok.lemma_ in MODEL_NOUNS:
        # "T3 AI, a Turkish LLM developed by X", however the parser hung the description
        found = _named_before(tok, sent, ctx)
    if not found and tok.dep_ == "pobj" and tok.head.lower_ == "of":
        # "Gemma, the family of open models developed by Google": the family's name; "the
        # Qwen family of models developed by Alibaba Cloud": the name on the family
        family = tok.head.head
        found = _named_before(family, sent, ctx) or [
            m.entity for c in children(family, ("compound", "amod", "nmod"))
            if (m := sent.mention_of(c)) is not None and ctx.type_of(m.entity) == "AIModel"
        ]  # fmt: skip
    if not found and tok.lemma_ in MODEL_NOUNS and tok.dep_ in ("nsubjpass", "nsubj"):
        # "The models, developed under the name Norbu, are built by X": the name inside
        inside = [m.entity for t in tok.subtree if (m := sent.mention_of(t)) is not None]
        last = ctx.last_entity_before(sent.offset + tok.idx, {"AIModel"})
        named = [e for e in inside if ctx.type_of(e) == "AIModel"]
        found = named[:1] or ([last] if last is not None else [])
    if not found and tok.lower_ in ("it", "they") and tok.dep_ == "nsubjpass" and sent.index:
        # "It was developed by X": the model of the sentence before, if it named one
        before = ctx.sentences[sent.index - 1]
        found = [m.entity for m in before.mentions if ctx.type_of(m.entity) == "AIModel"][:1]
    if not found and tok.lemma_ in MODEL_NOUNS:
        # "the GPT-SW3 language models": a name deeper among the model noun's modifiers
        found = [
            m.entity for c in tok.lefts if c.dep_ in ("compound", "nmod") for t in c.subtree
            if (m := sent.mention_of(t)) is not None and ctx.type_of(m.entity) == "AIModel"
        ]  # fmt: skip
    return found


def _owned_by_another(ctx: DocContext, sent: Sentence, model: int, owners: set[int | None]) -> bool:
    """Whether the sentence gives the model a possessor of its own, not among `owners`."""
    for m in (m for m in sent.mentions if m.entity == model):
        phrase = [m.span.root, *(t for t in m.span.root.ancestors if t.lemma_ in MODEL_NOUNS)][:2]
        for t in phrase:
            for p in children(t, ("poss",)):
                if ctx.refers_to(p, sent) not in owners:
                    return True
    return False


def _named_before(noun: Token, sent: Sentence, ctx: DocContext) -> list[int]:
    """The model named right before a description: 'KazLLM, an open family of models'."""
    doc = noun.doc
    i = noun.left_edge.i - 1
    if i < 1 or doc[i].text != ",":
        return []
    m = sent.mention_of(doc[i - 1])
    return [m.entity] if m is not None and ctx.type_of(m.entity) == "AIModel" else []


def develops_by_name(ctx: DocContext) -> list[Fact]:
    """'Domyn Large' by Domyn: a model named after a firm of the same text."""
    out = []
    model_names = {e.name for e in ctx.entities if e.type == "AIModel"}
    for m_i, model in enumerate(ctx.entities):
        if model.type != "AIModel" or not model.mentions:
            continue
        for d_i, dev in enumerate(ctx.entities):
            # ("GaMS-9B" of the GaMS family: a body of the family's name is no developer)
            if (
                dev.type in BUSINESSES
                and dev.name not in model_names
                and any(
                    model.name.startswith((form + " ", form + "-"))
                    for form in (dev.name, *dev.aliases)
                )
            ):
                first = model.mentions[0]
                sent = next(s for s in ctx.sentences if s.start <= first.start < s.end)
                out.append(relation_fact("DEVELOPS", d_i, m_i, sent, 0.7))
    return out
