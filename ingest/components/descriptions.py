"""What the words around a name the reference lacks say it is.

"telecommunications company X", "X, a Nairobi-based start-up", "X, its first large language
model", "the chatbot program, 'X'", "the LLM series X", "X's AI data centre facility",
"The company is X", a name coordinated with known firms. Used by `sovai_actors_v1`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ingest.components.gazetteer import PLACES_KEY
from ingest.components.paragraphs import item_start
from ingest.lexicon import (
    BASED_WORDS,
    COMPUTER_NOUNS,
    FACILITY_NOUNS,
    FIRM_NOUNS,
    FIRM_TAIL_WORDS,
    FUND_VERBS,
    LIST_BULLETS,
    MACHINE_NOUNS,
    MODEL_NOUNS,
    NAME_HEADS,
    ORG_NOUNS,
    PROJECT_NOUNS,
    ROLE_NOUNS,
    ROUND_NOUNS,
    SENTENCE_OPENERS,
    UNIT_NOUNS,
    VENTURE_HEADS,
    based_suffix_at,
    joint_venture_word,
    word,
)
from ingest.money import find_money
from ingest.names import is_camel_case, is_legal_word

# "hedge fund Davidson Kempner", "the Japanese fund Global Brain": an investor's kind before
# its name (only there: "the fund" alone may be a state's)
_FIRM_KINDS = FIRM_NOUNS | {"fund", "megabank", "insurer", "bank", "lender"}
# ... and in a description after the name ("Maison Delacour, the French fashion house"), not
# as any word before it ("the campus which will house Stargate UAE")
_DESCRIBING_FIRM_NOUNS = FIRM_NOUNS | {"house"}
# ... and bodies: "the Bundeskartellamt, Germany's federal cartel office", "X, the privacy
# watchdog" ("the office" and "a watchdog" alone are no names' heads)
_DESCRIBING_ORG_NOUNS = ORG_NOUNS | {"office", "watchdog"}
# "X, the AI factory" and "the proposal, X" name an undertaking that is a body of its own;
# "X, a facility" is a building and "X, an initiative" a programme (neither is an actor)
_UNDERTAKINGS = PROJECT_NOUNS - {"facility", "initiative", "programme", "program"}


_PRIVATE = frozenset("private privately-owned privately-held listed".split())
_DERIVATIVE_NOUNS = frozenset("adaptation version variant fine-tune derivative".split())
# a group of things, as 'family' is of models: "a set of claims models"
_FAMILY_NOUNS = frozenset("family series suite line set range collection".split())


def kind_from_context(tok: Token, chosen: list[Span]) -> str | None:
    """What the words around an unknown name say it is, or None."""
    by_token = {i: s.label_ for s in chosen for i in range(s.start, s.end)}
    # coordinated with known firms or organisations: the same kind
    kinds = {by_token.get(s.i) for s in list_items(tok) if s != tok} - {None}
    if kinds and kinds <= {"Firm"}:
        return "Firm"
    if kinds and kinds <= {"Organization"}:
        return "Organization"
    # "telecommunications company X", "chipmaker X": the noun heads or precedes X
    if tok.head.lemma_ in FIRM_NOUNS and tok.dep_ in ("appos", "compound", "npadvmod"):
        return "Firm"
    if any(c.lemma_ in _FIRM_KINDS and c.dep_ in ("compound", "amod", "nmod") for c in tok.lefts):
        return "Firm"
    for c in tok.children:
        if c.dep_ == "appos":
            # the apposition's own words, not its relative clause ("X, a start-up, which is
            # developing an assistant" is no model)
            if word(c) in _DESCRIBING_FIRM_NOUNS or c.text.endswith("company"):
                return "Firm"  # "Sanad AI, the developer of the Arz language model"
            if word(c) not in ORG_NOUNS and any(a.lower_ in _PRIVATE for a in c.children):
                return "Firm"  # "Skymet Weather Services, a private forecaster based in Noida"
            # nor what its 'of' or relative clause speaks of ("a family of open models" is)
            clauses = {
                t.i for r in c.children if r.dep_ in ("relcl", "acl", "prep") for t in r.subtree
            }
            lemmas = {t.lemma_ for t in c.subtree if t.i not in clauses} | {c.lemma_}
            # ("a set of catastrophe and claims models", "a suite of speech models")
            of_words = {o.lemma_ for p in c.children if p.lower_ == "of" for o in p.children}
            if lemmas & MODEL_NOUNS or (c.lemma_ in _FAMILY_NOUNS and of_words & MODEL_NOUNS):
                return "AIModel"
            # "SinLlama, a Sinhala-language adaptation of Meta's Llama 3": a model's
            # derivative
            derived = c.lemma_ in _DERIVATIVE_NOUNS and any(
                by_token.get(o.i) == "AIModel" for p in c.children if p.lower_ == "of"
                for o in p.children
            )  # fmt: skip
            if derived:
                return "AIModel"
            if c.lemma_ in UNIT_NOUNS:
                # "ePLDT, the data-center arm of PLDT Inc.": a unit is of its owner's kind
                of = [o for p in c.children if p.lower_ == "of" for o in p.children]
                owners = {by_token.get(o.i) for o in of}
                if owners & {"Firm", "Organization"}:
                    return "Firm" if "Firm" in owners else "Organization"
    if tok.dep_ == "appos" and tok.head.lemma_ in FIRM_NOUNS:
        return "Firm"
    if tok.head.lemma_ in MODEL_NOUNS and tok.dep_ in ("compound", "appos"):
        # "the ALLaM model" and "the Command models" name a model (family); "Swahili
        # language models" describes many; "its Solar models" are one developer's family
        # ("whose Papa Reo speech models": common nouns between name and noun)
        between = tok.doc[tok.i + 1 : tok.head.i]
        family = all(t.pos_ == "NOUN" and t.is_lower for t in between) and any(
            c.lower_ == "the" or c.dep_ == "poss" for c in tok.head.children
        )
        return "AIModel" if tok.head.tag_ != "NNS" or family else None
    if (
        tok.dep_ == "compound"
        and tok.head.lemma_ in _FAMILY_NOUNS
        and any(
            o.lemma_ in MODEL_NOUNS
            for p in tok.head.children
            if p.lower_ == "of"
            for o in p.children
        )
    ):
        return "AIModel"  # "the Qalam series of Urdu language models"
    if tok.dep_ == "appos" and tok.head.lemma_ in ORG_NOUNS:
        return "Organization"
    # "the open-source LLM series Falcon": a model word among the name's modifiers
    modifiers = [t for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree]
    if any(t.lemma_ in MODEL_NOUNS or t.text in MODEL_NOUNS for t in modifiers):
        return "AIModel"
    # "X's model", "X's AI model": X is its developer
    if tok.dep_ == "poss" and tok.head.lemma_ in MODEL_NOUNS:
        return "Firm"
    # "Singtel's Nxera": a name a known firm owns is a firm (a unit or brand of it)
    if any(c.dep_ == "poss" and by_token.get(c.i) == "Firm" for c in tok.children):
        return "Firm"
    # "the state of North Rhine-Westphalia", "the emirate of Abu Dhabi": a sub-national government
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in _SUBNATIONAL:
        return "Government"
    # "Dhiraagu is the Maldives' leading telecommunications provider"
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        for attr in (c for c in tok.head.children if c.dep_ == "attr"):
            if word(attr) in FIRM_NOUNS:
                return "Firm"
            if word(attr) in ORG_NOUNS:
                return "Organization"
            if attr.lemma_ in MODEL_NOUNS:  # "HarbourMind will be a maritime language model"
                return "AIModel"
    # "The company is Domyn"
    if tok.dep_ == "attr":
        subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
        if subj and subj[0].lemma_ in FIRM_NOUNS:
            return "Firm"
    if (
        tok.dep_ == "compound"
        and tok.head.lemma_ in FACILITY_NOUNS
        and any(c.lower_ in ("a", "an") for c in tok.head.children)
    ):
        return "Firm"  # "housed in a Digital Realty data center"
    if tok.dep_ == "poss" and _facility_phrase(tok.head):
        return "Firm"  # "YTL Power's AI data centre facility"
    if leads_a_round(tok) or forms_a_venture(tok):
        return "Firm"  # "Kaszek led the round", "Aerovia and Embraer have signed a joint venture"
    if _told_as_made(tok):
        return "AIModel"
    if _after_a_machine(tok):
        return None  # "a new supercomputer, MeluXina-AI, the factory will ...": a computer
    if _listed_with_its_place(tok):
        return "Firm"  # "3. Kawi Data (Yogyakarta) - curation of Javanese text corpora"
    if _of_a_country(tok):
        return "Firm"  # "a joint venture between NSME and Kongsberg Digital of Norway"
    return _described_after(tok) or _described_before(tok) or _named_as(tok)


def _of_a_country(tok: Token) -> bool:
    """Whether the name ending at `tok`, tagged a person's or ending in a business's word,
    is told 'of' a country and ends there: "Indra of Spain", "Kongsberg Digital of Norway
    (40%)" (a business's home, which a person's name seldom has)."""
    doc = tok.doc
    # (a person's name by the tagger, or a business's: "Law of Ukraine", "Verkhovna Rada of
    # Ukraine" are none)
    business = tok.ent_type_ == "ORG" and (tok.text in FIRM_TAIL_WORDS or is_legal_word(tok.text))
    if not (tok.ent_type_ == "PERSON" or business):
        return False
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "of":
        return False
    country = next(
        (
            s
            for s in doc.spans.get(PLACES_KEY, [])
            if s.start == tok.i + 2 and s.label_ == "Government"
        ),
        None,
    )
    # ("the Bank of Norway Savings Fund": the country inside a longer name)
    return country is not None and (country.end == len(doc) or not _is_name_word(doc[country.end]))


def _is_name_word(tok: Token) -> bool:
    return tok.is_title and tok.pos_ == "PROPN"


def _listed_with_its_place(tok: Token) -> bool:
    """Whether the name ending at `tok` opens a list item and a bracketed place follows it:
    a cohort's or a register's entry ("- Fundy Ocean Analytics (Halifax, Nova Scotia)")."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "(":
        return False
    place = doc[tok.i + 2]
    placed = {s.start for s in doc.spans.get(PLACES_KEY, [])}
    if place.ent_type_ not in ("GPE", "LOC") and place.i not in placed:
        return False
    first = tok
    while first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and doc[first.i - 1].text[:1].isupper():
        first = doc[first.i - 1]
    bullet = first.i >= 1 and doc[first.i - 1].text in LIST_BULLETS
    numbered = first.i >= 2 and item_start(doc, first.i - 2)  # "3. Kawi Data"
    return first.is_sent_start or bullet or numbered


def forms_a_venture(tok: Token) -> bool:
    """Who sets up a joint venture: the subjects of "A and B have signed a joint venture", the
    names after "a joint venture between"."""
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ == "nsubj":
        return any(_a_joint_venture(o) for o in tok.head.children if o.dep_ == "dobj")
    if tok.dep_ == "pobj" and tok.head.lower_ == "between":
        return _a_joint_venture(tok.head.head)
    return False


def _a_joint_venture(noun: Token) -> bool:
    """'a joint venture', 'a JV', 'a joint venture company'."""
    return joint_venture_word(noun) or (
        noun.lemma_ in VENTURE_HEADS
        and any(joint_venture_word(c) for c in noun.children if c.dep_ == "compound")
    )


def leads_a_round(tok: Token) -> bool:
    """Who leads or joins a funding round: the subject of 'led the round', the agent of 'a
    round led by X' or 'joined by X', or whom money was 'raised from' (an investor)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "from":
        # ("raised $3 million from Kaszek": the 'from' on the verb or on the amount)
        on = tok.head.head
        return (on if on.pos_ == "VERB" else on.head).lemma_ == "raise"
    if tok.dep_ == "nsubj" and tok.head.lemma_ in ("lead", "co-lead"):
        # ("led the round", "led a EUR 45m Series B")
        objects = [o for o in tok.head.children if o.dep_ == "dobj"]
        return any(w.lower_ in ROUND_NOUNS for o in objects for w in (o, *o.children))
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        verb = tok.head.head
        led = verb.head if verb.dep_ in ("acl", "advcl") else None
        return (
            verb.lemma_ in ("lead", "co-lead", "join")
            and led is not None
            and (led.lower_ in ROUND_NOUNS or any(
                o.lower_ in ROUND_NOUNS for o in led.children if o.dep_ == "dobj"))
        )  # fmt: skip
    return False


# the verbs a sum is given 'to' someone with ("committed A$14 million to Seqwater")
_GIVING_TO_VERBS = frozenset(
    "commit grant award allocate transfer contribute provide give disburse".split()
)


def given_money(tok: Token) -> bool:
    """Whom a sum is given to: 'has committed A$14 million to Seqwater', 'allocated MAD 300m
    to ONCF', 'a USD 700,000 subsidy to Grameenphone', 'awarded Kestrel Looms EUR 2
    million', 'invested $3 million in Suara Nusantara' (a recipient or an investee, a firm or
    body however unknown its name). The tagger misses amounts in currency codes and takes an
    acronym there for a verb, so the sum is read by `find_money` and an acronym counts as a
    name."""
    # (an unknown one-word name the tagger may take for a common noun: "to Grameenphone")
    named = tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.text[:1].isupper())
    if (not named and not is_acronym(tok)) or tok.dep_ not in ("dobj", "dative", "pobj"):
        return False  # (the parse first: the sums below are read for few words)
    doc = tok.doc
    if tok.ent_type_ == "MONEY" or any(
        m.start == 0 for m in find_money(doc[tok.i : tok.i + 3].text)
    ):
        return False  # "allocate KSh 6.2 billion to ...": the sum's currency
    if _described_as_a_thing(tok):
        return False  # "invest £225 million in Isambard-AI, a new supercomputer"
    # (a sum the tagger missed, to a name without an article: "to the Programme", "to the
    # LUMI AI Factory", "to that JV" are what the money is for)
    bare = not any(c.dep_ == "det" for c in tok.children)
    if tok.dep_ in ("dobj", "dative") and tok.head.lemma_ in FUND_VERBS and bare:
        after = [t for t in tok.head.rights if t.i > tok.i]  # "awarded X EUR 2m", "with a grant"
        return any(find_money(doc[t.left_edge.i : t.right_edge.i + 1].text) for t in after)
    if tok.dep_ != "pobj":
        return False
    prep, on = tok.head, tok.head.head
    if prep.lower_ in ("in", "into") and on.lemma_ in _INVESTING_VERBS and on.i < prep.i:
        # ("invest $10 billion in AI infrastructure in Sines": the first 'in' says in what)
        between = doc[on.i + 1 : prep.i]
        first = not any(t.lower_ in ("in", "into") for t in between)
        return bare and first and bool(find_money(between.text))
    if prep.lower_ != "to" or not on.i < prep.i:
        return False
    if on.pos_ == "NOUN" and on.lemma_ in _MONEY_NOUNS:
        return bare and bool(find_money(doc[on.left_edge.i : prep.i].text))
    # ("approved a USD 700,000 subsidy to X": a funding verb's sum in its noun)
    sum_noun = any(c.dep_ == "dobj" and c.lemma_ in _MONEY_NOUNS for c in on.children)
    if on.lemma_ not in _GIVING_TO_VERBS and not (sum_noun and on.lemma_ in FUND_VERBS):
        return False
    if any(c.dep_ == "dobj" and c.ent_type_ == "MONEY" for c in on.children):
        return True
    return bare and bool(find_money(doc[on.i + 1 : prep.i].text))


def grants_money(tok: Token) -> bool:
    """Who grants a sum ('KOSGEB approved a TRY 9 million grant', 'BHTPA awarded X a
    subsidy of USD 700,000'): a public body, whose own name the reference may lack."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_ not in _GRANTING_VERBS:
        return False
    if (tok.pos_ != "PROPN" and not is_acronym(tok)) or tok.text in NAME_HEADS:
        return False  # ("The Board of Executive Directors of the IDB approved": the IDB's)
    sums = [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        c.lemma_ in _MONEY_NOUNS or find_money(tok.doc[c.left_edge.i : c.i + 1].text) for c in sums
    )


def invests_money(tok: Token) -> bool:
    """Who invests a sum in another ('Rabobank has invested EUR 8 million in Akkerdata B.V.'):
    an investor, whose own name the reference and the tagger may lack."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_ not in _INVESTING_VERBS:
        return False
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is not None and after.text == ":":
        return False  # a speaker's name the parser hung on the verb: "Sanjay Kulkarni: In FY25
        # X invested USD 150 million in Y"
    if (tok.pos_ != "PROPN" and not is_acronym(tok)) or tok.text in NAME_HEADS:
        return False
    into = any(c.dep_ == "prep" and c.lower_ in ("in", "into") for c in verb.children)
    sums = [c for c in verb.children if c.dep_ == "dobj"]
    return into and any(find_money(tok.doc[c.left_edge.i : c.right_edge.i + 1].text) for c in sums)


def _described_as_a_thing(tok: Token) -> bool:
    """'X, a new supercomputer at ...', 'X, the national programme': the phrase after the name
    says it is a machine, a site or a programme (no one money is given to)."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ",":
        return False
    for t in doc[tok.i + 2 : tok.i + 9]:
        if t.is_punct and t.text not in ("-", "–"):
            return False
        if t.lemma_ in MACHINE_NOUNS or t.lemma_ in PROJECT_NOUNS:
            return True
    return False


# what a sum's noun is that goes 'to' its recipient ("a EUR 2m grant to X")
_MONEY_NOUNS = frozenset("grant subsidy loan award contract allocation contribution".split())
_INVESTING_VERBS = frozenset("invest inject put pour".split())
# what a public funder does (a firm invests, buys or pays)
_GRANTING_VERBS = frozenset(
    "grant award allocate approve sanction disburse subsidise subsidize".split()
)


def is_acronym(tok: Token) -> bool:
    """'ONCF', 'BLS': a word of two to six capital letters."""
    return tok.is_alpha and tok.is_upper and 2 <= len(tok.text) <= 6


def _after_a_machine(tok: Token) -> bool:
    doc = tok.doc
    start = _name_start(tok)
    before = doc[start - 2] if start >= 2 and doc[start - 1].text == "," else None
    return before is not None and before.lemma_ in COMPUTER_NOUNS


def _name_start(tok: Token) -> int:
    """Where the name whose head is `tok` starts: back over its compounds and hyphens
    ("Selam-LM", "Caspian AI Compute")."""
    doc = tok.doc
    start = tok.i
    while start > 0 and (doc[start - 1].dep_ == "compound" or doc[start - 1].text == "-"):
        start -= 1
    return start


_SUBNATIONAL = frozenset("state province emirate prefecture canton territory".split())


def _facility_phrase(tok: Token) -> bool:
    return tok.lemma_ in FACILITY_NOUNS or any(
        c.dep_ == "compound" and c.lemma_ in FACILITY_NOUNS for c in tok.children
    )


def could_be_name(tok: Token) -> bool:
    """A proper noun, or a capitalised word the tagger missed ("ALLaM", "Europa"); also a
    lower-case name with capitals inside ("xLSTM") and a size after a name ("xLSTM 7B")."""
    text = tok.text
    if text[:1].isdigit() and tok.pos_ == "PROPN" and any(c.isalpha() for c in text):
        return any(c.dep_ == "compound" and could_be_name(c) for c in tok.lefts)
    if text[:1].islower() and sum(c.isupper() for c in text) >= 2:
        return tok.pos_ in ("PROPN", "NOUN")
    if not text[:1].isupper() or tok.is_punct or tok.like_num:
        return False
    if tok.pos_ == "PROPN" or given_money(tok):
        return True  # (an acronym that gets a sum, however tagged: "CHF 5m to BLS")
    inner_caps = any(c.isupper() for c in tok.text[1:])
    if tok.is_alpha and is_camel_case(text):
        return True  # "TituLLM", however tagged (an adverb, at times)
    if tok.pos_ in ("NOUN", "INTJ", "X", "ADJ") and (inner_caps or not tok.is_sent_start):
        return True
    return _opens_before_apposition(tok)


def _opens_before_apposition(tok: Token) -> bool:
    """A sentence's first word the tagger took for a common word or an adverb, described by
    the phrase after its comma ("Infratil, the Wellington-listed infrastructure investor,
    owns ...", "Gécamines, the state mining company, signed"); not a sentence adverb
    ("Meanwhile, the company ...", "Separately, the operator ...")."""
    if not tok.is_sent_start or not tok.is_alpha or tok.pos_ in ("VERB", "AUX"):
        return False
    if tok.is_stop or tok.lower_.endswith("ly") or tok.lower_ in SENTENCE_OPENERS:
        return False  # a sentence adverb
    return (
        tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "," and bool(_described_after(tok))
    )


def described_nearby(tok: Token) -> bool:
    """Whether a description stands right beside the name: enough to take even a word the
    tagger did not see as a proper noun ("the Saudi-developed ALLaM", "the ALLaM model")."""
    if any(f(tok) is not None for f in (_described_after, _described_before, _named_as)):
        return True
    if _told_as_made(tok) or _of_a_country(tok) or _said_to_be_one(tok):
        return True
    return tok.dep_ == "compound" and tok.head.lemma_ in MODEL_NOUNS and tok.head.tag_ == "NN"


def _said_to_be_one(tok: Token) -> bool:
    """'Manzil Digital is a joint venture between ...', 'X is a start-up': the name's verb says
    what kind of body it is (not a person's job: "Ana Lima is a developer at X")."""
    if tok.dep_ != "nsubj" or tok.head.lemma_ != "be" or tok.head.i != tok.i + 1:
        return False
    if any(word(c) in ROLE_NOUNS for c in tok.head.children if c.dep_ == "attr"):
        return False  # "Santiago Restrepo is co-founder and CEO of Parce AI, a start-up"
    return any(
        c.dep_ == "attr"
        and word(c) in FIRM_NOUNS | ORG_NOUNS
        and any(d.lower_ in ("a", "an") for d in c.children)
        and not any(p.lower_ == "at" for p in (*c.children, *tok.head.children))
        for c in tok.head.children
    )


MODEL_MAKING_VERBS = frozenset("develop train fine-tune".split())  # whose subject is a model


def made_as_a_model(tok: Token) -> bool:
    """'GPT-SW3 was developed by AI Sweden', 'Dadu-Doc is developed by Tunghai University':
    what is developed or trained is a model ("built by" makes a machine); so is a hyphened
    name a firm develops ("Kente AI develops Kente-Twi-ASR")."""
    if tok.head.lemma_ not in MODEL_MAKING_VERBS:
        return False
    hyphened = tok.i > 0 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_
    return tok.dep_ == "nsubjpass" or (tok.dep_ == "dobj" and hyphened)


def _told_as_made(tok: Token) -> bool:
    """'the Saudi-developed ALLaM', 'Dadu-Doc is developed by X': a named thing someone
    developed or trained."""
    developed = any(c.dep_ == "amod" and c.lower_ in ("developed", "trained") for c in tok.lefts)
    return developed or made_as_a_model(tok)


def list_items(tok: Token) -> list[Token]:
    """All items of the list the token is in ("G42, OpenAI, Oracle and Cisco"), however the
    parser chained them: by conj, or by appos between proper nouns when that makes a list of
    three or more (two names side by side are more often a name and its apposition)."""
    items = _linked(tok, ("conj", "appos"))
    return items if len(items) >= 3 else _linked(tok, ("conj",))


def _linked(tok: Token, deps: tuple[str, ...]) -> list[Token]:
    seen = {tok.i: tok}
    stack = [tok]
    while stack:
        t = stack.pop()
        for nxt in [*t.children, t.head]:
            both_names = nxt.pos_ == "PROPN" == t.pos_
            links = deps if both_names else ("conj",)
            down = nxt.head == t and nxt.dep_ in links
            up = t.head == nxt and t.dep_ in links
            if (down or up) and "appos" in (nxt.dep_, t.dep_) and _verb_between(t, nxt):
                continue  # "Amália is being developed by ... Lisbon": an apposition misread
            if (down or up) and nxt.i not in seen and nxt.pos_ in ("PROPN", "NOUN"):
                seen[nxt.i] = nxt
                stack.append(nxt)
    return list(seen.values())


def _verb_between(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any(t.pos_ in ("VERB", "AUX") for t in a.doc[lo + 1 : hi])


def _described_before(tok: Token) -> str | None:
    """'chatbot program, "Ernie Bot"', 'telecommunications company Viettel Group': the noun
    just before the name says what it is."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
        start -= 1
    # "Graz-based Quellwerk" (not "a Kaitaia-based Maori broadcaster": there it describes)
    if based_suffix_at(doc, start - 2) and not (tok.dep_ == "compound" and tok.head.pos_ == "NOUN"):
        return "Firm"
    i = start - 1
    while i >= 0 and i > start - 4 and doc[i].text in (",", '"', "“", "‘", "'", "or"):
        i -= 1
    # "start-up Maritaca AI": the tagger may read the hyphenated noun as a verb and particle
    hyphenated = word(doc[i]) in FIRM_NOUNS | ORG_NOUNS if i >= 0 else False
    if i < 0 or (i == start - 1 and doc[i].pos_ != "NOUN" and not hyphenated):
        return None
    noun = doc[i]
    words = {noun.lemma_, noun.text} | {c.lemma_ for c in noun.lefts if c.dep_ == "compound"}
    if words & MODEL_NOUNS:
        return "AIModel"
    if noun.lemma_ in _FIRM_KINDS or word(noun) in FIRM_NOUNS:
        return "Firm"  # ("Porto Alegre fund Sulpar Investimentos", tagged a person)
    # "Japanese trading house Marubeni", "Baowu's IT arm Baosight": a kind of business, a
    # business's unit
    qualifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "poss")]
    if qualifiers and (noun.lemma_ in UNIT_NOUNS or (noun.lower_ == "house" and noun.is_lower)):
        return "Firm"
    if noun.lemma_ in ORG_NOUNS or word(noun) in ORG_NOUNS | _UNDERTAKINGS:
        return "Organization"  # "the Czech proposal, CZAI"
    return None


def _described_after(tok: Token) -> str | None:
    """'X, its first large language model', 'X – a Hanoi-based tech firm', 'X, the European
    consortium': the noun phrase right after the name says what it is (parse-independent)."""
    doc = tok.doc
    i = tok.i + 1
    while i < len(doc) and doc[i].text in ("’", "'", '"', "”"):
        i += 1  # a closing quote: "‘Europa’, the European consortium"
    if i < len(doc) and doc[i].text == "(":
        close = next((t.i for t in doc[i : i + 6] if t.text == ")"), None)
        i = close + 1 if close is not None else i  # "X (TII), an Abu Dhabi-based centre"
    if i >= len(doc) or doc[i].text not in (",", "–", "—", "-", "("):
        return None
    if i + 1 < len(doc) and doc[i + 1].pos_ in ("ADP", "SCONJ", "CCONJ"):
        return None  # "X, as one of six AI factories", "X, and the Y": no apposition
    if [t.lower_ for t in doc[i + 1 : i + 3]] == ["one", "of"]:
        i += 2  # "X, one of the country's largest private lenders": one of many such
    elif i + 2 < len(doc) and doc[i + 1].lower_ in ("which", "who") and doc[i + 2].lemma_ == "be":
        i += 2  # "Tupi Dados, which is a Sao Paulo firm,": the same description
    # "X, an Addis Abeba-based machine-translation start-up": hyphens make phrases long
    for t in doc[i + 1 : i + 13]:
        # ("X, a family of Bangla language models": the family is of models)
        family = t.lower_ == "of" and doc[t.i - 1].lower_ in _FAMILY_NOUNS
        if (t.is_punct and t.text not in ("-", "–")) or (t.lower_ == "of" and not family):
            return None  # "Sanad AI, the developer of the Arz model": the head came first
        machine = t.lemma_ in MACHINE_NOUNS - FACILITY_NOUNS and t.dep_ != "compound"
        # "Artūras Nakvosas, head of the project": a person's role
        if t.tag_ in ("WDT", "WP") or machine or t.lower_ in ROLE_NOUNS:
            return None  # "Jean Zay, the machine on which models were trained": a computer
        # "a state-owned operator"; "a São Paulo start-up", its "start" tagged a verb
        hyphenated = doc[t.i - 1].text in ("-", "–") or (
            not t.whitespace_ and t.i + 1 < len(doc) and doc[t.i + 1].text in ("-", "–")
        )
        if t.pos_ in ("VERB", "AUX") and t.lower_ not in BASED_WORDS and not hyphenated:
            return None
        if t.lemma_ in MODEL_NOUNS or t.text in MODEL_NOUNS:
            return "AIModel"
        if t.pos_ == "NOUN" and (word(t) in _DESCRIBING_FIRM_NOUNS or t.text.endswith("company")):
            return "Firm"
        if t.pos_ == "NOUN" and word(t) in _DESCRIBING_ORG_NOUNS:
            return "Organization"
        if word(t) in _UNDERTAKINGS and t.dep_ != "compound":
            return "Organization"  # "SLAIF, the Slovenian AI Factory"
    return None


_NAMING_VERBS = frozenset("named called dubbed branded christened".split())
NAMING_WORDS = _NAMING_VERBS | {"known"}
_VERSION_NOUNS = frozenset("version variant".split())


def _named_as(tok: Token) -> str | None:
    """'The model, named Selam-LM,', 'the new national model, to be called "Angkor-LLM"':
    a naming verb between a kind's noun and the name says what the name is."""
    doc = tok.doc
    start = _name_start(tok)
    i = start - 1
    while i >= 0 and doc[i].text in ('"', "“", "‘", "'"):
        i -= 1
    if i >= 2 and doc[i].lower_ == "as" and doc[i - 1].lower_ == "known":
        i -= 1  # "the Romanian facility, known as RAISE"
    elif i >= 3 and doc[i].lower_ == "name" and doc[i - 1].lower_ == "the":
        i -= 2  # "The models, developed under the name Norbu,"
        if doc[i].lower_ not in ("under", "by", "with"):
            return None
        i -= 1
        if doc[i].tag_ != "VBN":
            return None
    elif i < 1 or doc[i].lower_ not in _NAMING_VERBS:
        return None
    i -= 1
    # "provisionally called", "to be called", ", named", "is called"
    while (
        i >= 0
        and start - i < 9
        and (doc[i].pos_ in ("ADV", "AUX") or doc[i].lower_ in ("to", "be", ","))
    ):
        i -= 1
    if i < 0 or doc[i].pos_ != "NOUN":
        return None
    noun = doc[i]
    # ("The fine-tuned version is called CMA-Command": a version of a model)
    if noun.lemma_ in MODEL_NOUNS | _VERSION_NOUNS or noun.text in MODEL_NOUNS:
        return "AIModel"
    if word(noun) in FIRM_NOUNS:
        return "Firm"
    return "Organization" if word(noun) in ORG_NOUNS | PROJECT_NOUNS else None
