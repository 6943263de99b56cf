"""`sovai_actors_v1`: the actors a text involves, typed into the ontology's entity types.

Sources, strongest first: the reference gazetteer, institution-shaped names ("X Institute",
"Ministry of Y"), the statistical NER (ORG, PRODUCT) and context rules for names neither
knows (a name coordinated with known firms, "telecommunications company X", "X, a Hanoi-based
firm", "X, its first large language model"). Persons, cities, media, events and plans are not
actors; a demonym is a country only where it qualifies an actor noun ("the Emirati
government", "an Italian company"); a capital is its government only as a verb's subject.

Writes `doc.spans["sovai_actors"]` (label = entity type, kb_id = reference key or "") and
`doc.spans["sovai_name_runs"]` (runs of capitalised words, which the fact rules read too).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Container

import numpy
import pycountry
from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ingest.components.descriptions import (
    MODEL_MAKING_VERBS,
    could_be_name,
    described_nearby,
    given_money,
    grants_money,
    invests_money,
    kind_from_context,
    leads_a_round,
    list_items,
    made_as_a_model,
)
from ingest.components.gazetteer import PLACES_KEY
from ingest.components.gazetteer import SPANS_KEY as GAZETTEER_KEY
from ingest.lexicon import (
    ACTOR_NOUNS,
    BANKS,
    BUSINESS_VERBS,
    BUY_VERBS,
    CALENDAR_WORDS,
    FIRM_NOUNS,
    FIRM_TAIL_WORDS,
    FUND_VERBS,
    GENERIC_NAMES,
    GENERIC_WORDS,
    GOVERNING_BODIES,
    GOVERNMENT_QUALIFIERS,
    LOCAL_WORDS,
    LONE_COMMON_NOUNS,
    MODEL_NOUNS,
    NAME_HEADS,
    NON_ACTOR_FIRST_WORDS,
    NON_ACTOR_HEADS,
    ORG_NOUNS,
    PARTNER_NOUNS,
    PUBLIC_BANK_WORDS,
    PUBLICATION_HEADS,
    REGION_HEADS,
    REPORTING_WORDS,
    ROLE_NOUNS,
    SENTENCE_OPENERS,
    STATE_ACCOUNTS,
    STATE_NOUNS,
    STATE_ORGANS,
    TEACHING_UNITS,
    UNIT_NOUNS,
    UNIT_OF_A_BODY,
    based_suffix_at,
    hyphen_prefix_at,
    word,
)
from ingest.money import currencies, find_money
from ingest.names import (
    LEGAL_FORMS,
    fold_diacritics,
    is_camel_case,
    is_legal_word,
    letters_in_order,
    lower_legal_form_at,
    lower_legal_form_start,
)
from ingest.readers.boilerplate import LIST_MARKER, is_table_row, is_table_rule
from ingest.reference import NON_ACTOR_CATEGORIES, load_reference

ACTORS_KEY = "sovai_actors"
RUNS_KEY = "sovai_name_runs"
__all__ = ["ACTORS_KEY", "PLACES_KEY", "RUNS_KEY", "ActorRecognizer", "name_runs"]
ACTOR_TYPES = ("Government", "Bloc", "Firm", "Organization", "AIModel")

_CONNECTORS = frozenset(
    # (and the other languages' "for", "the" and "and": "Fonds National pour la Promotion de
    # la Digitalisation", "Fonds voor ...", "Istituto per ...", "Sanayi ve Ticaret A.Ş.",
    # "Autorità Garante della Concorrenza e del Mercato", "Urząd Ochrony Konkurencji i
    # Konsumentów")
    """of and for the de du di des la le les bin al & y e i en del della delle dei degli do da
    dos das para pour per voor für ve""".split()
)
# regions a name pairs with "and the" ("Economic and Social Commission for Asia and the
# Pacific", "Development Bank of Latin America and the Caribbean")
_REGION_PAIRS = frozenset({("Asia", "the", "Pacific"), ("America", "the", "Caribbean")})
# the connectors inside one name ('and' may join two the tagger saw as one: "OpenAI and Sur
# Energy")
_INNER_CONNECTORS = _CONNECTORS - {"and", "&"}
# Common nouns a body's name holds in the possessive ("Queen's University Belfast", "the
# People's Bank of China", "the Prime Minister's Office", "Children's Hospital"); a name's
# possessive is its owner's ("Nvidia's DGX Cloud", "Sweden's Ministry")
_NAME_POSSESSORS = frozenset(
    """Queen King Prince Princess People Women Children Workers Farmers Citizens Veterans
    Minister Mayor Governor President Chancellor Comptroller General Premier""".split()
)
# (a plural possessor's apostrophe too: "Department of Veterans' Affairs")
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_PERSON_TITLES = frozenset(
    """Director Managing CEO Chief President Minister Prime Chairman Chairwoman Founder
    Co-founder Head Secretary Deputy Acting Vice Executive Officer Governor Mayor King Queen
    Sheikh Dr Professor Mr Ms Mrs General Ambassador Senior Partner Senator Congressman
    Congresswoman Congressperson Councillor Councilor Assemblyman Assemblywoman Lord Lady Dame
    Sir Baroness Baron CFO CTO COO CIO CDO CISO""".split()
)
# a transcript's roles for those who ask: "Helena Yamamoto — Analyst, Serra Capital"
_ANALYST_ROLES = frozenset("Analyst Analysts Economist Strategist".split())
# (a country's domain too: "Beyond.pl", "Seznam.cz", "Cloud.ru")
_DOMAIN_NAME = re.compile(r"[A-Z][\w-]*\.(?:ai|io|com|co|tech|vc|app|dev|net|org|[a-z]{2})")
_ROLE_WORDS = frozenset(
    "ceo cto cfo executive founder co-founder chairman chairwoman president head director".split()
)
# a business's chiefs ("CEO of X" is of the business; "Head of Policy" and "Director of
# Research" may be portfolios)
_BUSINESS_CHIEFS = _ROLE_WORDS - {"head", "director", "president"}
_DETERMINERS = frozenset("the a an its their our this that these those".split())
# heads of bodies named for their subject with 'on' ("United Nations Office on Drugs and Crime")
_ON_HEADS = frozenset("Commission Committee Council Conference Panel Forum Board Office".split())
# the groups a body serves that its name describes with 'with' ("National Council for Persons
# with Disabilities", "Federation of Children with Special Needs")
_GROUPS_WITH = frozenset("Persons People Children Adults Women Men Students Youth".split())
_CONJUNCTIONS = frozenset("And But Or So Plus Yet".split())
# a numbered paragraph's label in letters and digits ("D.1 The Company confirms ...")
_PARAGRAPH_LABEL = re.compile(r"[A-Z]{1,2}\.\d+(?:\.\d+)*\.?")


def _is_name_token(tok: Token) -> bool:
    text = tok.text
    if tok.pos_ in ("VERB", "AUX") and not tok.is_upper:
        return False
    if tok.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in tok.children):
        return False  # "The Board APPROVED an investment": minutes shout the verb
    if text[:1].islower():  # "xLSTM", "eGov Jamaica"
        capitals = sum(c.isupper() for c in text)
        return capitals >= 2 or (capitals == 1 and tok.pos_ == "PROPN" and len(text) > 3)
    return bool(text[:1].isupper() or (text[:1].isdigit() and any(c.isalpha() for c in text)))


def _plural_owner_of_a_body(doc: Doc, j: int) -> bool:
    """'Catholic Bishops' Conference', 'Employers' Federation': a plural's apostrophe (at `j`)
    before a body's head word."""
    return (
        doc[j].text in ("'", "’")
        and doc[j - 1].text.endswith("s")
        and (NAME_HEADS.get(doc[j + 1].text) is not None or doc[j + 1].text == "Conference")
    )


def _comma_list_of_name(doc: Doc, i: int, j: int) -> bool:
    """Inside 'Ministry of A, B and C': an institution's 'of' list of single words."""
    run = [t for t in doc[i:j] if t.lower_ not in _DETERMINERS]
    cuts = [k for k, t in enumerate(run) if t.lower_ in ("of", "for")]
    if not cuts:
        return False
    # (the last one: "Subsidies of the Ministry of A, B and C" names the Ministry)
    heads = {NAME_HEADS.get(t.text) for t in run[: cuts[-1]]}
    tail = [t.text for t in doc[j : j + 6]]
    items = [t for t in tail if t not in (",",)]
    if "and" not in items[:4]:
        return False
    before_and = items[: items.index("and")]
    if not before_and and doc[j].text == ",":
        return False  # "..., a unit of the Government of India, and Kaveri Compute": a list's end
    if not before_and:
        # at the list's 'and' ("General Authority of Islamic Affairs, Endowments | and Zakat"):
        # the word the run took after its last comma
        listed = [t.text for t in run[cuts[-1] + 1 :]]
        before_and = listed[listed.index(",") + 1 :] if "," in listed else []
    if "Government" in heads:  # "(Federal) Ministry of ...": a government head word
        return all(w[:1].isupper() for w in before_and)
    # "National Council of Humanities, Sciences and Technologies": another institution's
    # list is of single words, not of names ("University of Tokyo, Kyoto University and")
    return "Organization" in heads and len(before_and) == 1 and before_and[0].istitle()


# the heads of bodies named for a list of their subjects ("Science, Innovation and
# Technology Committee")
_SUBJECTS_HEADS = frozenset("Committee Subcommittee Commission Council Board".split())


def _subjects_before_a_head(doc: Doc, i: int, j: int, known: Container[int]) -> bool:
    """At the comma or 'and' after one word, `doc[i:j]`: single capitalised words joined by
    commas and 'and' before a committee's or council's head word are one name ("Trade,
    Industry, Energy, SMEs and Startups Committee"), not a list of names."""
    if j - i != 1 or i in known:  # (`known`: the tokens of reference names)
        return False
    k, joined = j, False
    while k < len(doc) and (doc[k].text == "," or doc[k].lower_ == "and"):
        if doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].lower_ == "and":
            k += 1  # ", and"
        joined = joined or doc[k].lower_ == "and"
        k += 1
        if k >= len(doc) or k in known or not (doc[k].text[:1].isupper() and doc[k].is_alpha):
            return False
        k += 1
        if joined:
            break
    words = 0  # the last subject may take two words: "and Startups Committee"
    while k < len(doc) and doc[k].text not in _SUBJECTS_HEADS and words < 2:
        if not (doc[k].text[:1].isupper() and doc[k].is_alpha):
            return False
        k, words = k + 1, words + 1
    return joined and k < len(doc) and doc[k].text in _SUBJECTS_HEADS


def _portfolio_list(doc: Doc, i: int, j: int) -> bool:
    """'Ministry of Higher Education and ...', 'Federal Ministry for Digital and State
    Modernisation': a government body's 'of' or 'for' list of portfolios."""
    words = [t for t in doc[i:j] if t.lower_ not in _DETERMINERS]
    head = next(
        (k for k, t in enumerate(words[:2]) if NAME_HEADS.get(t.text) == "Government"), None
    )
    return head is not None and len(words) >= head + 3 and words[head + 1].lower_ in ("of", "for")


# A field a body's name may pair before 'and' ("the Innovation and Prosperity Fund", "the
# Science and Technology Agency"): an abstract noun, by its ending or by name.
_FIELD_WORD = re.compile(r"[A-Z][a-z]+(?:tion|sion|ment|ity|ance|ence|ics|ure|ism|ogy|ness)")
# an adjective however tagged: "European", "National", "Nordic", "Danish", "Japanese"
_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:an|al|ic|ish|ese)")
_FIELD_WORDS = frozenset(
    "Science Research Trade Industry Energy Health Culture Finance Enterprise Commerce".split()
)


def _field_pair(doc: Doc, i: int, j: int, k: int) -> bool:
    """'the Innovation and Prosperity Fund', 'the European Education and Culture Executive
    Agency': one field word before 'and' (at `j`, after an adjective at most) shares the
    head word of the name after it (from `k`), whatever the tagger makes of the two."""
    words = [t for t in doc[i:j] if t.lower_ not in _DETERMINERS]
    if len(words) == 2 and (words[0].pos_ == "ADJ" or _ADJECTIVE.fullmatch(words[0].text)):
        words = words[1:]
    if len(words) != 1:
        return False
    end = k
    while end < len(doc) and doc[end].is_title:
        end += 1
    if not (end > k and doc[end - 1].text in NAME_HEADS):
        return False
    # ("the Maritime and Port Authority of Singapore": a plain word the parser hangs on a
    # body's head; not a firm's: "Riyadh's STV and Cedrus Ventures" are two)
    shares = (
        words[0].dep_ in ("nmod", "compound", "amod")
        and words[0].head.i == end - 1
        and words[0].is_title
        and NAME_HEADS[doc[end - 1].text] != "Firm"
    )
    return shares or bool(_FIELD_WORD.fullmatch(words[0].text)) or words[0].text in _FIELD_WORDS


def _after_wrap(doc: Doc, j: int) -> int:
    """The token after a line wrap at `j` (a lone line break), else `j`."""
    return j + 1 if j + 1 < len(doc) and doc[j].text == "\n" else j


# quotation marks around a name ('LLP "EurAsia Compute"', '(hereinafter "KRISO")'); the
# single ones only in a definition's opening words, where no apostrophe of a name stands
_QUOTES = frozenset('"“”«»')
_DEFINING_WORDS = _QUOTES | {"'", "‘", "’", "hereinafter", "referred", "to", "as", "the"}


def _acronym_follows(doc: Doc, i: int, k: int) -> bool:
    """'Ministry of Electronics and Information Technology (MeitY)': the name from `i` goes on
    through `k` to a bracketed short form whose letters it spells, so it is one name."""
    end = k
    while end < len(doc) and (
        _is_name_token(doc[end]) or doc[end].lower_ in _CONNECTORS or doc[end].text in (",", "\n")
    ):
        end += 1
    if end + 2 >= len(doc) or doc[end].text != "(":
        return False
    # ('(KRISO)', '(hereinafter "KRISO")': a legal text's definition of the short form)
    first = next((t.i for t in doc[end + 1 : end + 6] if t.lower_ not in _DEFINING_WORDS), end)
    close = next((t.i for t in doc[first + 1 : first + 3] if t.lower_ not in _QUOTES), None)
    if first == end or close is None or doc[close].text != ")":
        return False
    short = doc[first].text
    letters = sum(c.isalpha() for c in short)
    # (a run may open with its article: "The Korea Research Institute of Ships and Ocean
    # Engineering (KRISO)" spells from its first name word)
    i += i < end and doc[i].lower_ in _DETERMINERS
    # (not a list of names before the last one's short form: "Columbia University, Cornell
    # University, ..., the City University of New York (CUNY)": too many words to spell it)
    words = sum(1 for t in doc[i:end] if t.is_title or t.is_upper)
    return letters >= 3 and letters_in_order(short, doc[i:end].text) and words <= letters + 2


def _spelled_by_acronym(name: Span) -> bool:
    """A name of three or more capitalised words right before a bracketed short form it
    spells ("Digital Agenda Office (DAO)")."""
    words = sum(1 for t in name if t.is_title)
    # (not a plan, project or park: "Important Project of Common European Interest (IPCEI)";
    # nor a name in another language, which the reference and head words cover)
    planned = any(t.text in NON_ACTOR_HEADS or t.lower_ in ("plano", "plan") for t in name)
    return words >= 3 and not planned and _acronym_follows(name.doc, name.start, name.end)


def name_runs(doc: Doc) -> list[Span]:
    """Maximal runs of capitalised words, joined by 'of', 'and', 'for', 'the' and the like;
    a known name ends its run before 'and' ("KU Leuven and Ghent University" is two)."""
    known_ends = {(s.start, s.end) for s in doc.spans.get(GAZETTEER_KEY, [])}
    known_starts = {s.start for s in doc.spans.get(GAZETTEER_KEY, [])}
    # a reference name is a name whatever the tagger says ("Belize" read as a verb)
    known = {i for s in doc.spans.get(GAZETTEER_KEY, []) for i in range(s.start, s.end)}

    def named(tok: Token) -> bool:
        return tok.i in known or _is_name_token(tok)

    runs: list[Span] = []
    i = 0
    n = len(doc)
    while i < n:
        if not named(doc[i]):
            i += 1
            continue
        j = i + 1
        while j < n:
            if _before_amount(doc, j):
                break  # "the GovTech Agency Nu 500 million": a currency sign ends the name
            if doc[j].is_sent_start and doc[j - 1].text.endswith("."):
                break  # "... Labs Pvt. Ltd. The institute": a legal form's stop ended it
            if (
                doc[j - 1].text.endswith(".")
                and is_legal_word(doc[j - 1].text)
                and not is_legal_word(doc[j].text)
                and doc[j].text[:1].isupper()
            ):
                break  # "... Technologies Ltd. Development of X", however the parser split it
            if doc[j].text in ("of", "Of", "OF", "for") and (
                doc[j - 1].text == "Co." or is_legal_word(doc[j - 1].text)
            ):
                # "Kestrel Digital LLC of Denver", "Chubu Digital Energy Co. of Japan", "to
                # SAKURA internet Inc. for GPU cloud"
                break
            if named(doc[j]) and (doc[j - 1].whitespace_ or doc[j - 1].text == "\n"):
                j += 1
            elif (
                doc[j].text in _POSSESSIVE
                and j + 1 < n
                and named(doc[j + 1])
                and (doc[j - 1].text in _NAME_POSSESSORS or _plural_owner_of_a_body(doc, j))
            ):
                j += 2  # "Queen's University Belfast", "the Prime Minister's Office"
            elif (
                doc[j].text in ("-", "–")
                and not doc[j - 1].whitespace_
                and not doc[j].whitespace_
                and j + 1 < n
                and (
                    named(doc[j + 1])
                    # ("Knowledge-Based Company": a capital glued by a hyphen, tagged a verb)
                    or (doc[j + 1].is_title and doc[j + 1].is_alpha)
                    # ("Co-op", "Co-operative", "Ministry of Co-operatives", "Co-operation")
                    or (doc[j - 1].text == "Co" and doc[j + 1].lower_.startswith("op"))
                )
            ):
                j += 2  # "Ministry of High-Tech Industry", "Foothills Power Co-operative"
            elif (
                _after_wrap(doc, j) > j
                and (doc[j - 1].lower_ in _CONNECTORS or doc[j - 1].text == ",")
                and named(doc[j + 1])
            ):
                j += 1  # "Ministry of Electronics and\nInformation Technology": a wrapped line
            elif doc[j].text == "," and (
                _comma_list_of_name(doc, i, j)
                or _acronym_follows(doc, i, j + 1)
                or _subjects_before_a_head(doc, j - 1, j, known)
            ):
                j += 1  # "Ministry of Investment, Trade and Industry"
            elif doc[j].text == "," and _legal_form_goes_on(doc, j):
                j += 2  # "Huawei Technologies Co., Ltd."
            elif doc[j].text == "," and (k := _legal_form_after_comma(doc, j)) > j:
                j = k  # "Hizkia Labs, S.L.", "Teléfonos de México, S.A.B. de C.V."
            elif (k := _bracket_before_legal_form(doc, j)) > j:
                j = k  # "Alibaba Cloud (Thailand) Co., Ltd."
            elif doc[j].lower_ == "and" and _subjects_before_a_head(doc, j - 1, j, known):
                j += 1  # "Finance and Budget Committee"
            elif (
                doc[j].lower_ == "and"
                and doc[i:j].text.count(",")
                and (_comma_list_of_name(doc, i, j) or _acronym_follows(doc, i, j + 1))
            ):
                j += 1
            elif (
                doc[j].lower_ == "and"
                and j + 2 < n
                and (doc[j - 1].text, doc[j + 1].lower_, doc[j + 2].text) in _REGION_PAIRS
            ):
                j += 3  # "Japan Fund for Prosperous and Resilient Asia and the Pacific"
            elif (
                doc[j].lower_ == "and"
                and (k := _after_wrap(doc, j + 1)) < n
                and (
                    # ("Ministry for the Ecological Transition and the Demographic Challenge
                    # (MITECO)": one name up to its short form)
                    (
                        doc[k].lower_ in _DETERMINERS
                        # (not the second name's own: "Alstom and the Arab Organization for
                        # Industrialization (AOI)")
                        and (
                            not _acronym_follows(doc, i, k)
                            or _acronym_follows(doc, k, k)
                            # ("INGD and the Mozambique National Institute of Meteorology
                            # (INAM)": a body's head word before the 'and' only)
                            or not any(NAME_HEADS.get(t.text) for t in doc[i:j])
                        )
                    )
                    or (
                        doc[k].ent_iob_ == "B"
                        and doc[i].ent_iob_ != ""
                        # "Ministry of Science and ICT" is one name: an acronym continues its list
                        and not (any(t.lower_ == "of" for t in doc[i:j]) and doc[k].is_upper)
                        # as "Ministry of Higher Education and Scientific Research" is
                        and not _portfolio_list(doc, i, j)
                        and not _acronym_follows(doc, i, k)
                        and not _field_pair(doc, i, j, k)
                    )
                    or (
                        i > 0 and doc[i - 1].text == "," and NAME_HEADS.get(doc[j - 1].text) is None
                    )
                )
            ):
                break  # "X and the Y", "X and Y" the tagger sees as two names, a list's end
            elif doc[j].lower_ == "and" and is_legal_word(doc[j - 1].text):
                break  # "Kestrel Data Ltd and Orion Labs Ltd": a legal form ends a company
            elif doc[j].lower_ == "and" and ((i, j) in known_ends or j + 1 in known_starts):
                break  # "the Ministry of Finance and Google": a known name starts after it
            elif doc[j].lower_ == "and" and j + 1 < n and doc[j + 1].text in _LEADING_LEGAL_FORMS:
                break  # "Meridian Compute and PT Nongsa Digital Park": a company starts after it
            elif doc[j].lower_ == "and" and _company_after_an_org(doc, i, j):
                break  # "Vodacom Business and Cape Sovereign Data (Pty) Ltd": two companies
            elif doc[j].lower_ == "and" and _institution_after_one(doc, i, j):
                break  # "University of Gdańsk and Gdańsk University of Technology": two
            elif doc[j].lower_ == "and" and _firm_after_a_firm(doc, i, j):
                break  # "Sevan Data Systems and Team Telecom Armenia": two firms

            elif (
                doc[j].lower_ in _CONNECTORS
                and (k := _after_wrap(doc, j + 1)) < n
                and (named(doc[k]) or doc[k].lower_ in _CONNECTORS)
                and not _opens_another_phrase(doc, j)
            ):
                j += 1
            elif (
                doc[j].lower_ == "in"
                and j + 1 < n
                and named(doc[j + 1])
                and doc[j + 1].ent_type_ != "DATE"  # "the Ministry of X in October"
                and (
                    _acronym_follows(doc, i, j + 1)
                    # ("Ministry of Management and Innovation in Public Services", not
                    # "the Ministry of Finance in Brazil")
                    or (_office_at(doc, i) and j + 1 not in known)
                )
            ):
                j += 1  # "National Academic Infrastructure for Supercomputing in Sweden (NAISS)"
            elif (
                doc[j].lower_ == "on"
                and doc[j - 1].text in _ON_HEADS
                and j + 2 < n
                and named(doc[j + 1])
                and doc[j + 1].ent_type_ != "DATE"  # "the Commission on Monday"
                # (a subject of two words or more: not "the Board on Urdu", a topic)
                and (named(doc[j + 2]) or doc[j + 2].lower_ in _CONNECTORS)
            ):
                j += 1  # "National Commission on Space Activities", "Committee on Foreign Affairs"
            elif (
                doc[j].lower_ == "with"
                and doc[j - 1].text in _GROUPS_WITH
                and j + 1 < n
                and named(doc[j + 1])
                and any(NAME_HEADS.get(t.text) for t in doc[i : j - 1])
            ):
                j += 1  # "Department of Empowerment of Persons with Disabilities"
            else:
                break
        j = _spelled_out_to_short_form(doc, i, j)
        # (not a numeral's "I": "University of Yaoundé I")
        while j > i and doc[j - 1].lower_ in _CONNECTORS and doc[j - 1].text != "I":
            j -= 1
        j = _with_lower_legal_form(doc, j)
        j = _before_a_purpose(doc, i, j)
        j = _before_a_project(doc, i, j)
        if j > i:
            runs.append(doc[i:j])
        i = max(j, i + 1)
    return runs


# heads of bodies whose names go on in lower case ("Commission nationale de l'informatique et
# des libertés (CNIL)", "Institut national de recherche en sciences et technologies du
# numérique (Inria)")
_LOWER_CASE_NAME_HEADS = frozenset(
    """Commission Institut Agence Autorité Conseil Centre Office Direction Caisse Haut Haute
    Instituto Agencia Consejo Comisión Autoridad Istituto Agenzia Autorità Comissão Conselho
    Agência Comitato Comité""".split()
)
_SPELLED_OUT_WORDS = 12  # the lower-case words such a name may have before its short form


def _spelled_out_to_short_form(doc: Doc, i: int, j: int) -> int:
    """The end of a name whose head (`i`, or the word after an article) goes on in lower-case
    words to a bracketed short form: the bracket, else `j`."""
    head = i + (doc[i].lower_ in _DETERMINERS)
    if head >= j or doc[head].text not in _LOWER_CASE_NAME_HEADS:
        return j
    k = j
    while k < min(j + _SPELLED_OUT_WORDS, len(doc)) and _a_lower_name_word(doc[k]):
        k += 1
    if k == j or k + 2 >= len(doc) or doc[k].text != "(" or doc[k + 2].text != ")":
        return j
    short = doc[k + 1]
    return k if short.is_alpha and short.text[:1].isupper() else j


def _a_lower_name_word(tok: Token) -> bool:
    """A lower-case word of a name, elided articles too ("l'informatique")."""
    letters = tok.text.replace("'", "").replace("’", "")
    return tok.text[:1].islower() and letters.isalpha()


def _in_legal_wrapping(name: Span, inner: list[Span]) -> Span | None:
    """The known firm a name wraps in nothing but legal forms, brackets and their words."""
    if any(o.label_ != "Firm" for o in inner):
        return None  # "Alibaba Cloud (Thailand) Co., Ltd.": a local company of its own
    for k in inner:
        if not k.kb_id_ or (k.start, k.end) == (name.start, name.end):
            continue
        depth, outside = 0, []
        for t in name:
            depth += (t.text == "(") - (t.text == ")")
            if not (k.start <= t.i < k.end or depth or t.text in "()"):
                outside.append(t)
        words = " ".join(t.text for t in outside if t.text != ",")
        if outside and (
            all(t.text in _LEGAL_WORDS or t.text in ("PT", ",") for t in outside)
            or lower_legal_form_at(words) == len(words)  # ", S.A.B. de C.V."
        ):
            return k
    return None


# A government office's first word: its name may go on with 'in' ("... in Public Services").
_OFFICE_STARTS = frozenset("Ministry Secretariat Department".split())


def _office_at(doc: Doc, i: int) -> bool:
    """Whether the run from `i` names a government office ("The Ministry of ...")."""
    first = i + 1 if doc[i].lower_ in _DETERMINERS and i + 1 < len(doc) else i
    return doc[first].text in _OFFICE_STARTS


def _bracket_before_legal_form(doc: Doc, j: int) -> int:
    """Past '(Thailand)' in 'Alibaba Cloud (Thailand) Co., Ltd.', '(Persero)' in 'PT Telkom
    Indonesia (Persero) Tbk' and 'PT PLN (Persero)': a bracket inside a company's name,
    before its legal form or holding one."""
    if doc[j].text != "(":
        return j
    closer = next((t.i for t in doc[j + 1 : j + 5] if t.text == ")"), None)
    if closer is None or closer == j + 1 or closer + 1 >= len(doc):
        return j
    inside = all(_is_name_token(t) for t in doc[j + 1 : closer])
    after = doc[closer + 1].text
    # ("PT PLN (Persero)": a legal form in brackets ends the name itself; not a short form
    # in capitals that happens to be one: "The Australian Space Agency (ASA)")
    legal = all(is_legal_word(t.text) and not t.is_upper for t in doc[j + 1 : closer])
    return closer + 1 if inside and (after in _LEGAL_WORDS or legal) else j


def _with_lower_legal_form(doc: Doc, j: int) -> int:
    """The end of a name with the lower-case legal form after it ('Boréal Calcul inc.'), or
    begun by the name's last word ('Edu-Model Sp. z o.o.')."""
    if j >= len(doc):
        return j
    for start in (j - 1, j):
        if start < 1 or not doc[start - 1].whitespace_:
            continue
        length = lower_legal_form_at(doc[start : start + 6].text)
        end = doc[start].idx + length
        if (
            length
            and (k := next((t.i + 1 for t in doc[start : start + 6] if t.idx + len(t) == end), 0))
            > j
        ):
            return k
    return j


def _before_a_purpose(doc: Doc, i: int, j: int) -> int:
    """The run's end before a 'for' whose capitalised words qualify a common noun after the
    run ("George Mason University for AI courses", "the University of California for
    CalCompute planning"), not a name's own ("Centre for AI Research")."""
    after = doc[j] if j < len(doc) else None
    if after is None or not (after.is_lower and after.is_alpha):
        return j
    # ("the National Library for Norwegian language models": the noun the compound is of)
    if doc[j - 1].head not in (after, after.head if after.dep_ == "compound" else after):
        return j
    purpose = _last_for(doc, i, j)
    return purpose if purpose is not None else j


def _body_before_its_for(run: Span) -> bool:
    """'the Central American Institute for Digital Policy': a body's name, its head word
    before its own 'for' or 'of' (the policy is what the body is for)."""
    kind, head = _head_type(run)
    return (
        kind in ("Government", "Organization")
        and head is not None
        and any(t.lower_ in ("for", "of") for t in run.doc[head + 1 : run.end])
    )


def _last_for(doc: Doc, i: int, j: int) -> int | None:
    """Where the run from `i` to `j` has its last 'for' (not as its first word)."""
    return next((k for k in range(j - 1, i, -1) if doc[k].lower_ == "for"), None)


def _before_a_project(doc: Doc, i: int, j: int) -> int:
    """The run's end before a 'for the' that leads from a body's name to the project its money
    is for ("Eastern International University for the Park", "the Ministry of Health for the
    Programme"), not a name's own ("Institute for Digital Policy")."""
    if doc[j - 1].text not in NON_ACTOR_HEADS:
        return j
    purpose = _last_for(doc, i, j)
    # ("the Central American Institute for Digital Policy": a name's own 'for', no article;
    # "the European Union Agency for the Space Programme (EUSPA)": its short form spells it)
    if purpose is None or doc[purpose + 1].lower_ != "the" or _acronym_follows(doc, i, j):
        return j
    return purpose if _head_type(doc[i:purpose])[0] in ("Government", "Organization") else j


# legal forms that lead a company's name ("PT Nongsa Digital Park", Indonesian)
_LEADING_LEGAL_FORMS = frozenset({"PT"})
_COMPANY_WORDS = frozenset("Co. Co Company Corp. Corporation".split())
_LEGAL_WORDS = LEGAL_FORMS | _COMPANY_WORDS  # what a company's legal name may wrap it in


def _legal_form_goes_on(doc: Doc, j: int) -> bool:
    """Whether the comma at `j` sits inside a legal form: 'Co., Ltd.', 'Company, Limited'
    (or a letterhead's 'CO., LTD.')."""
    return (
        j + 1 < len(doc)
        and is_legal_word(doc[j - 1].text, _COMPANY_WORDS)
        and is_legal_word(doc[j + 1].text)
    )


def _company_after_an_org(doc: Doc, i: int, j: int) -> bool:
    """Whether the 'and' at `j` ends an organisation the tagger saw from `i` and a name with
    a legal form of its own follows ("Vodacom Business and Cape Sovereign Data (Pty) Ltd";
    "Marks and Spencer plc" the tagger sees whole; "the Government of Ireland and Kestrel
    LLC": a body's name, by its head word, never goes on into a company's)."""
    first = i + 1 if doc[i].lower_ in _DETERMINERS and i + 1 < j else i
    if NAME_HEADS.get(doc[first].text, "Firm") != "Firm":
        return any(is_legal_word(t.text) for t in _name_ahead(doc, j, "()"))
    if doc[j - 1].ent_type_ != "ORG" or doc[j].ent_iob_ == "I":
        return False
    start = j - 1
    while start > i and doc[start].ent_iob_ == "I":
        start -= 1
    if doc[start].ent_iob_ != "B":
        return False  # (the tagger's organisation began before the name)
    return any(is_legal_word(t.text) for t in _name_ahead(doc, j, "()"))


def _firm_after_a_firm(doc: Doc, i: int, j: int) -> bool:
    """Whether the 'and' at `j` joins two firms' names, each with a word that says it is a
    business ("Sevan Data Systems and Team Telecom Armenia"; not "Science and Technology
    Facilities Council", nor an office's portfolio "of Posts and Telecommunications")."""
    before = doc[i:j]
    ahead = _name_ahead(doc, j, ())
    body = [t for t in [*before, *ahead] if NAME_HEADS.get(t.text, "Firm") != "Firm"]
    return (
        len(before) >= 2
        and before[-1].text in FIRM_TAIL_WORDS
        and not any(t.lower_ in ("of", "for") for t in before)
        and len(ahead) >= 2
        and any(t.text in FIRM_TAIL_WORDS for t in ahead)
        and not body
    )


# heads no portfolio of a ministry's name is ("and Information Technology", "and Information
# Society" are)
_INSTITUTION_HEADS = frozenset(
    """University Universiti Université Universidad Universidade Università Universität
    Institute Institut Instituto Istituto College Academy Ministry""".split()
)


def _institution_after_one(doc: Doc, i: int, j: int) -> bool:
    """Whether the 'and' at `j` joins two institutions' names, each with its own head noun
    ("University of Gdańsk and Gdańsk University of Technology"; not "Ministry of Science
    and Technology", whose second part has none)."""
    if not any(t.text in _INSTITUTION_HEADS for t in doc[i:j]):
        return False
    # (a head with a word before it: "Gdańsk University", not "Treasury")
    return any(t.text in _INSTITUTION_HEADS for t in _name_ahead(doc, j, ("of", "for"))[1:])


def _name_ahead(doc: Doc, j: int, joining: Container[str]) -> list[Token]:
    """The words of the name after the 'and' at `j` (a few at most): name words and the
    `joining` ones."""
    ahead: list[Token] = []
    for tok in doc[j + 1 : j + 8]:
        if not (_is_name_token(tok) or tok.lower_ in joining):
            break
        ahead.append(tok)
    return ahead


def _legal_form_after_comma(doc: Doc, j: int) -> int:
    """The end of the legal form after the comma at `j` ('Hizkia Labs, S.L.'), else `j`."""
    if j + 1 < len(doc) and is_legal_word(doc[j + 1].text):
        return j + 2
    end = _with_lower_legal_form(doc, j + 1)
    return end if end > j + 1 else j


def _before_amount(doc: Doc, j: int) -> bool:
    """Whether the word at `j` is a currency's sign or code right before a number."""
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    # ("KRW 4.2bn": the number and its scale one token)
    number = nxt is not None and (nxt.like_num or nxt.text[:1].isdigit())
    return number and doc[j].lower_ in currencies().by_form


def _portfolio_body(run: Span) -> bool:
    """'the Deputy Ministry of Research, Innovation and Digital Policy': a body whose portfolio
    ends in 'Policy', not a policy's name."""
    doc = run.doc
    return run[-1].text == "Policy" and any(
        NAME_HEADS.get(t.text) in ("Government", "Organization")
        and t.i + 1 < run.end
        and doc[t.i + 1].lower_ in ("of", "for")
        for t in run[:3]
    )


_NAMED_AFTER_WORDS = 4  # how far after a title a body's head may stand ("Prince Sultan University")


def _person_title_at(doc: Doc, i: int) -> bool:
    """Whether a person's title starts at token i ("Deputy Minister X", "Director of"), not
    a body's name ("the Deputy Ministry of Research", "the Vice-Presidency for Science", "the
    General Authority of Civil Aviation")."""
    at = i + 2 if i + 2 < len(doc) and doc[i + 1].text == "-" else i + 1
    owned = next((t for t in doc[i:] if t.text not in _PERSON_TITLES), None)
    if owned is not None and owned.text in _POSSESSIVE and owned.i + 1 < len(doc):
        # "the Prime Minister's Office", "Queen's University": a title owns the name
        return not doc[owned.i + 1].is_title
    # ("the General Authority of Civil Aviation": a body's head after the title's word;
    # "King Abdulaziz University": a body named after one who held the title)
    after = itertools.takewhile(lambda t: t.is_title, doc[at : at + _NAMED_AFTER_WORDS])
    body = any(NAME_HEADS.get(t.text) in ("Government", "Organization") for t in after)
    # ("Ms. Navarro Cano": the honorific's full stop)
    return doc[i].text.removesuffix(".") in _PERSON_TITLES and not body


def _trim(span: Span) -> Span:
    """Drops leading determiners and a leading person title up to its 'of'."""
    start, end = span.start, span.end
    doc = span.doc
    if start < end and _PARAGRAPH_LABEL.fullmatch(doc[start].text):
        start += 1
    while start < end and (
        doc[start].lower_ in _DETERMINERS
        or doc[start].text in CALENDAR_WORDS  # "In April BH Telecom opened ..."
        or (doc[start].is_sent_start and doc[start].pos_ in ("ADP", "SCONJ"))  # "When the X"
        or doc[start].text in _CONJUNCTIONS  # "SVOBODA: And the Moravian-Silesian Region put"
    ):
        start += 1
    # "Rival PLDT Inc.", "Meanwhile Falcon Foundation": a sentence's capitalised first word
    if start + 1 < end and doc[start].is_sent_start and doc[start].lower_ in SENTENCE_OPENERS:
        start += 1
    if start < end and _person_title_at(doc, start):
        of = next((t.i for t in doc[start:end] if t.lower_ == "of"), None)
        start = of + 1 if of is not None else end
    start = _past_governing_board(doc, start, end)
    # "the research institute RISE": common nouns describing the name before it
    first = next((t.i for t in doc[start:end] if not (t.is_lower and t.is_alpha)), end)
    if start < first < end and doc[first].text[:1].isupper():
        start = first
    if start < end and doc[start].is_title and doc[start].lower_ in UNIT_OF_A_BODY:
        # "the Faculty of Computing of Khon Kaen University": the university its unit is of
        ofs = [t.i for t in doc[start:end] if t.lower_ == "of"][1:]
        owner = next((o + 1 for o in ofs if "Univers" in doc[o + 1 : end].text), None)
        if owner is not None:
            start = owner + (doc[owner].lower_ == "the")
    # ("the Regional Airports Program the Department": two phrases the tagger read as one)
    end = next((i for i in range(start + 1, end) if _opens_another_phrase(doc, i)), end)
    return doc[start : _before_its_purpose(doc, start, end)]


# the businesses a country's word may describe in general: "US hyperscalers", "a U.S. automaker"
_BUSINESS_NOUNS = FIRM_NOUNS | {"vendor", "supplier", "bank"}


def _a_business_in_general(span: Span) -> bool:
    """A country's word describing businesses the text does not name ("an American vendor",
    "a U.S. automaker", "US hyperscalers"), not one it names ("Domyn, an Italian company",
    "an Italian company called Domyn", "X is a US firm")."""
    head = span.root.head
    while head.dep_ in ("compound", "amod", "nmod") and head.i < head.head.i:
        head = head.head  # "an American cloud company": up to the phrase's noun
    if head.i < span.end or word(head) not in _BUSINESS_NOUNS or head.dep_ in ("appos", "attr"):
        return False
    start = head.left_edge.i
    if start > 0 and span.doc[start - 1].text == ",":
        return False  # "Siam AI Corporation, a Thai GPU cloud provider", however parsed
    if any(c.dep_ == "appos" or (c.dep_ in ("acl", "relcl") and c.lemma_ in ("call", "name"))
           for c in head.children):  # fmt: skip
        return False
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
    return indefinite or head.tag_ == "NNS"


def _glued_to_a_common_word(span: Span) -> bool:
    """A name's word glued by a hyphen to the common word after it ("Earth-observation",
    "Cloud-native"), not to a participle ("Sarvam-backed", "G42-owned": whose the thing is)."""
    doc, end = span.doc, span.end
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_lower
        and doc[end + 1].tag_ not in ("VBN", "VBD")
    )


def _opens_another_phrase(doc: Doc, i: int) -> bool:
    """'the' right after a name's word starts another phrase ("Under the Regional Airports
    Program the Department has allocated"), as it does not after a connector ("Office of the
    President"); so does 'for' before an owner's possessive ("R$ 180 million from the Amazon
    Fund for ICMBio's monitoring programme")."""
    if doc[i].lower_ == "for":
        k = i + 1
        while k < len(doc) and _is_name_token(doc[k]) and doc[k].tag_ != "POS":
            k += 1
        owner = doc[k - 1].text
        return k > i + 1 and k < len(doc) and doc[k].tag_ == "POS" and owner not in _NAME_POSSESSORS
    return doc[i].lower_ == "the" and _is_name_token(doc[i - 1])


def _before_its_purpose(doc: Doc, start: int, end: int) -> int:
    """The end of a name that runs on into what its money is for: 'the University of
    Nairobi for MahindiCast' ends at its place ("Institute for Computer Science" has none)."""
    fors = [t.i for t in doc[start + 2 : end] if t.lower_ == "for"]
    if not fors:
        return end  # (most names: the document's places are not read for them)
    places = {s.end for s in doc.spans.get(PLACES_KEY, [])}
    text = doc.text  # (built anew on every access: once)

    def named_alone(i: int) -> bool:
        # ("the University of the South Pacific (USP)" before "the University of the South
        # Pacific for Moana": the name the text gives a short form of, without the 'for')
        before = re.escape(doc[start:i].text)
        return re.search(rf"\b{before}\s*\(", text) is not None

    return next((i for i in fors if i in places or named_alone(i)), end)


_BOARD_WORDS = frozenset("Directors Executive Governors Trustees Management".split())
_BOARD_KINDS = frozenset("Management Supervisory Executive".split())  # "X Board of Y"


def _past_governing_board(doc: Doc, start: int, end: int) -> int:
    """'Board of Executive Directors of the Inter-American Development Bank': a body's board
    acts for the body, named after its 'of'; a board alone names no actor."""
    if end - start > 3 and doc[start].text in _BOARD_KINDS and doc[start + 1].text == "Board":
        start += 1  # "the Management Board of Comarch S.A.", "the Supervisory Board of X"
        if doc[start + 1].lower_ == "of":
            return start + 3 if doc[start + 2].lower_ == "the" else start + 2
    if start + 2 >= end or doc[start + 1].lower_ != "of":
        return start
    if doc[start].text in ("Council", "Assembly"):
        # "the Council of the South Moravian Region": a region's council acts for it
        i = start + 3 if doc[start + 2].lower_ == "the" else start + 2
        return i if _last_head(doc[i:end])[0] == "Government" else start
    if doc[start].text != "Board":
        return start
    i = start + 2
    while i < end and doc[i].text in _BOARD_WORDS:
        i += 1
    if i == start + 2:
        return start  # "Board of Investment": a body of its own
    if i < end and doc[i].lower_ == "of":
        i += 1
        return i + 1 if i < end and doc[i].lower_ == "the" else i
    return end


def _head_type(span: Span) -> tuple[str | None, int | None]:
    """The type implied by the name's head word (the last one before its first 'of', 'for' or
    'at': "National Laboratory for Scientific Computing" is a laboratory, "University at
    Buffalo" a university), and where it stands."""
    cut = next((t.i - span.start for t in span if t.lower_ in ("of", "for", "at")), len(span))
    if any(t.text.title() in _BROADCASTING_WORDS for t in span[:cut]):
        # "Kenya Broadcasting Corporation", "Polskie Radio": a public broadcaster is a body
        return "Organization", span.end - 1
    if len(span) > 2 and is_legal_word(span[-1].text):
        return "Firm", span.end - 1  # "Grid Controller of India Ltd": a company all the same
    if len(span) > 2 and [t.text for t in span[-2:]] == ["Building", "Society"]:
        return "Firm", span.end - 1  # "Nationwide Building Society": a mutual lender
    kind, head = _last_head(span[:cut]) if cut else (None, None)
    if kind is None and 0 < cut < len(span) and span[cut - 1].text == "Port":
        return "Organization", span.start + cut - 1  # "the Port of Antwerp-Bruges": its authority
    if (
        kind is None
        and 0 < cut < len(span) - 2
        and span[cut].lower_ == "of"
        and span[cut + 1].is_title
        and NAME_HEADS.get(span[-1].text) in ("Organization", "Government")
        and span[cut - 1].text not in _PERSON_TITLES
    ):
        # "the Port of Rotterdam Authority": the head word comes after the place
        return NAME_HEADS[span[-1].text], span.end - 1
    if kind == "Government" and any(t.text in _ACADEMIC_FIELDS for t in span[cut:]):
        return "Organization", head  # "Department of Computer Science": a university's
    return kind, head


# A discipline a university's department is named for (no ministry's portfolio)
_ACADEMIC_FIELDS = frozenset(
    """Computer Computing Informatics Engineering Mathematics Physics Linguistics Statistics
    Electrical Chemistry Biology""".split()
)


def _with_acronyms_before(span: Span, known: set[int]) -> Span:
    """'CMA CGM' tagged from its second word: the unknown capitals glued before a name the
    tagger found are its first words (not a reference name's tokens, `known`, nor a title:
    "CFO Mehta")."""
    doc, start = span.doc, span.start
    while start > 0 and _unknown_capitals(doc[start - 1], known):
        start -= 1
    # (not a heading in capitals, "MACHAKOS UNIVERSITY UNVEILS MTAA-7B", nor a legal text's
    # "WHEREAS" or "THAT")
    if start == span.start or _in_capitals(doc, start):
        return span
    return Span(doc, start, span.end, span.label_)


def _in_capitals(doc: Doc, i: int) -> bool:
    """Whether the line of token `i` is written in capitals, most of its words."""
    first = i
    while first > 0 and "\n" not in doc[first - 1].text:
        first -= 1
    last = i
    while last < len(doc) and "\n" not in doc[last].text:
        last += 1
    words = [t for t in doc[first:last] if t.is_alpha and len(t) > 1]
    return 2 * sum(t.is_upper for t in words) > len(words)


def _unknown_capitals(tok: Token, known: set[int]) -> bool:
    """A word in capitals that is no reference name's, no title and no function word."""
    return (
        tok.is_upper
        and tok.is_alpha
        and len(tok) > 1
        and tok.whitespace_ != ""
        and not tok.is_stop
        and tok.i not in known
        and tok.text not in _PERSON_TITLES
    )


def _owner_named_after(span: Span) -> Span | None:
    """The institution after a nameless run's 'of the' ("Subsidies of the Ministry of
    Agriculture"), if what follows it is shaped like one."""
    for k, tok in enumerate(span[:-2]):
        if tok.lower_ == "of" and span[k + 1].lower_ == "the" and k:
            owner = span[k + 2 :]
            return owner if len(owner) > 1 and _head_type(owner)[0] is not None else None
    return None


def _last_head(span: Span) -> tuple[str | None, int | None]:
    if lower_legal_form_start(span.text) is not None:
        return "Firm", span.end - 1  # "Dalmacija Cloud d.o.o."
    if span.text.isupper() and is_legal_word(span[-1].text):
        return "Firm", span.end - 1  # a filing's letterhead: "SAHYADRI COMPUTE LIMITED"
    if len(span) > 1 and span[-1].text == "General" and span[-2].text in NAME_HEADS:
        # "Directorate General of Taxes", "Secretariat General": no title but an agency
        return "Organization", span.end - 2
    if len(span) > 1 and span[-1].text in _PERSON_TITLES and span[-1].text not in NAME_HEADS:
        return None, None  # "Company Secretary", "Group Chairman": a person's office
    for tok in reversed(span):
        after = tok.doc[tok.i + 1] if tok.i + 1 < span.end else None
        # "Co Clare", "Athenry, Co. Galway": an Irish county, not a company's "Co" (which ends
        # a name or comes before its legal form: "Co., Ltd.")
        county = after is not None and after.is_title and not is_legal_word(after.text)
        if tok.text in ("Co", "Co.") and county:
            return None, None
        if tok.text in BANKS:
            # "World Bank", "Asian Development Bank", "Banco Português de Fomento" are bodies;
            # "Deutsche Bank" a firm
            public = PUBLIC_BANK_WORDS & {t.text for t in span}
            return ("Organization" if public else "Firm"), tok.i
        t = NAME_HEADS.get(tok.text)
        if t and tok.text in _OFFICE_HEADS and any(_local_or_held(w) for w in span):
            # "the Chengdu Municipal Finance Bureau", "the Prime Minister's Office": a city's
            # or a head of government's office
            return "Government", tok.i
        if t:
            return t, tok.i
    return None, None


_BROADCASTING_WORDS = frozenset("Broadcasting Broadcaster Radio Television Radiodifusión".split())
# a local government's offices: "Shenzhen Municipal Bureau of ...", "Sichuan Provincial
# Commission of ..."
_OFFICE_HEADS = frozenset("Bureau Commission Office Committee Administration Council".split())
_LOCAL_TITLES = frozenset("Municipal Provincial Prefectural Metropolitan".split())
# who holds a government's office ("the Mayor's Office", "the People's Committee of Da Nang")
_OFFICE_HOLDERS = frozenset("Minister Mayor Governor President Premier Chancellor People".split())


def _local_or_held(tok: Token) -> bool:
    held = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text in _POSSESSIVE
    return tok.text in _LOCAL_TITLES or (held and tok.text in _OFFICE_HOLDERS)


class ActorRecognizer:
    def __init__(self) -> None:
        self.reference = load_reference()
        self.place_words = {
            f for f, k in self.reference.forms if k.startswith(("city:", "demonym:"))
        }
        # "Hebrew-language models" names a language, not a model; "Indic-first", "Bantu" a
        # family of languages
        self.languages = frozenset(
            fold_diacritics(part.split(" (")[0].strip())
            for lang in pycountry.languages
            if hasattr(lang, "alpha_2")
            for part in lang.name.split(";")
        ) | frozenset(
            family.name.removesuffix(" languages")
            for family in pycountry.language_families
            if family.name.endswith(" languages")
            and " " not in family.name.removesuffix(" languages")
        )

    def __call__(self, doc: Doc) -> Doc:
        gazetteer = list(doc.spans[GAZETTEER_KEY]) if GAZETTEER_KEY in doc.spans else []
        runs = name_runs(doc)
        doc.spans[RUNS_KEY] = runs  # the fact rules read them too
        blocked = self._non_actor_names(runs)
        persons = self._persons(doc, gazetteer)
        # a reference name that is the whole event-shaped run ("Pacific Islands Forum") stands
        known = [
            s for s in gazetteer
            if not self._blocked(s, blocked)
            or any(b.start == s.start and b.end == s.end for b in blocked)
        ]  # fmt: skip
        shaped = self._shaped_names(doc, runs, known, blocked)
        chosen: list[Span] = []
        for s in known:
            span = self._known_actor(s, persons)
            if span is not None:
                chosen.append(span)
        chosen = filter_spans(shaped + _without_article_before(chosen, shaped))
        chosen = self._subsidiaries(doc, chosen)
        stat = self._statistical(doc, chosen, blocked)
        chosen = filter_spans(
            stat + [c for c in chosen if not any(x.start < c.end and c.start < x.end for x in stat)]
        )
        chosen = filter_spans(chosen + self._by_context(doc, chosen, blocked))
        chosen = filter_spans(chosen + _branded_firms(doc, chosen, blocked))
        chosen = filter_spans(_branded_models(doc, chosen) + chosen)
        chosen = filter_spans(_sized_models(doc, chosen) + chosen)
        chosen = filter_spans(_family_models(doc, chosen) + chosen)
        chosen = filter_spans(_local_governments(doc) + chosen)
        chosen = filter_spans(_local_arms(doc, chosen) + chosen)
        chosen = [_to_legal_form(n) for s in chosen if (n := _past_legal_form(s)) is not None]
        known_tokens = {i for s in gazetteer for i in range(s.start, s.end)}
        chosen = filter_spans(
            [_with_acronyms_before(s, known_tokens) if not s.kb_id_ else s for s in chosen]
        )
        from_reference = {(s.start, s.end) for s in known}
        doc.spans[ACTORS_KEY] = [
            s for s in chosen
            if s.label_ in ACTOR_TYPES
            and ((s.start, s.end) in from_reference or not (
                _field_label(s) or _column_label(s) or _DOCUMENT_PART.fullmatch(s.text)))
            and not (
                s.label_ == "AIModel"
                and (self._names_languages(s.text) or _describes_models(s))
            )
            and not (s.label_ == "Firm" and _named_as_a_product(s))
            and not _a_universitys_department(s, chosen)
            and not (len(s) == 1 and _before_amount(doc, s.start))  # "| Rs 85 crore"
        ]  # fmt: skip
        return doc

    def _names_languages(self, text: str) -> bool:
        """'Hebrew', 'Arabic-English' (a model's languages, not its name)."""
        return all(fold_diacritics(part) in self.languages for part in re.split(r"[-–/]", text))

    def _qualifies_a_language(self, tok: Token) -> bool:
        """'Traditional-Chinese', 'Modern-Greek': a word glued to a language's name."""
        doc = tok.doc
        glued = tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_
        return glued and fold_diacritics(doc[tok.i + 2].text) in self.languages

    def _government_key(self, span: Span) -> str:
        entry = self.reference.get(span.kb_id_)
        return entry.key if entry is not None and entry.type == "State" else self._country_key(span)

    def _country_after(self, name: Span, holder: Span, inner: list[Span]) -> str | None:
        """The country key of a name that is the known `holder` and 'of' a country, no more
        ("National Research Foundation of Korea")."""
        if holder.start != name.start or name.doc[holder.end].lower_ != "of" or not holder.kb_id_:
            return None
        return next((k.kb_id_ for k in inner if k.start == holder.end + 1 and k.end == name.end
                     and k.kb_id_.startswith("country:")), None)  # fmt: skip

    def _country_key(self, span: Span) -> str:
        entry = self.reference.get(span.kb_id_)
        return f"country:{entry.country}" if entry and entry.country else ""

    # ------------------------------------------------------------------ what is not an actor
    def _non_actor_names(self, runs: list[Span]) -> list[Span]:
        """Names of events, plans, projects and publications ('Asean AI Summit')."""
        out = []
        for run in runs:
            last = run[-1].text if len(run) else ""
            # "the Konza National Data Centre" is a building ("Raxio Data Centre, which runs
            # a campus", without an article, a firm)
            data_centre = last in ("Centre", "Center") and len(run) > 1 and run[-2].text == "Data"
            before = run.start - 1  # "the existing Konza National Data Centre" too
            while before > 0 and run.doc[before].dep_ == "amod" and run.doc[before].is_lower:
                before -= 1
            building = data_centre and before >= 0 and run.doc[before].lower_ == "the"
            # ("PT Nongsa Digital Park": a company, its legal form leading its name)
            company = run[0].text in _LEADING_LEGAL_FORMS
            # ("Ahkameyimo Data Limited Partnership": a legal form, not a programme's name)
            company = company or run[-2:].text == "Limited Partnership"
            company = company or _portfolio_body(run)
            # ("Lokai-Law", "Dadu-Doc": a head glued to a name by a hyphen is a model's name)
            glued = len(run) > 2 and run[-2].text == "-" and not run[-3].whitespace_
            # (in a letterhead's capitals too: "SECTOR NOTE")
            head = last.title() if last.isupper() else last
            # ("State Gazette of Estonia": a publication's head before 'of')
            of = next((t.i for t in run[1:-1] if t.lower_ == "of"), None)
            head_of = run.doc[of - 1].text if of is not None else ""
            headed = head in NON_ACTOR_HEADS or run[0].text in NON_ACTOR_FIRST_WORDS
            headed = headed or head_of in PUBLICATION_HEADS
            if (
                len(run) > 1
                and (headed or building)
                and not (company or glued or _body_before_its_for(run))
            ):
                # ("The Digital Europe Programme" opening a sentence: the name without its
                # article, for a reference name that is the whole of it to stand)
                out.append(_trim(run) if run[0].lower_ in _DETERMINERS else run)
            elif _DOCUMENT_PART.fullmatch(run.text):
                out.append(run)  # "Line B", "Box 6.2": no word of it names an actor
            elif run[0].text == "Authority" and run.start and run.doc[run.start - 1].lower_ == "by":
                out.append(run)  # a gazette's "Published by Authority of the Republic of Kenya"
        return out

    @staticmethod
    def _blocked(span: Span, blocked: list[Span]) -> bool:
        inside = any(b.start <= span.start and span.end <= b.end for b in blocked)
        return inside or _never_a_name(span)

    # ------------------------------------------------------------------ reference matches
    def _known_actor(self, span: Span, persons: list[tuple[int, int, str]]) -> Span | None:
        entry = self.reference.get(span.kb_id_)
        if entry is None:
            return None
        if entry.category in NON_ACTOR_CATEGORIES and not (
            entry.category == "media" and _outlet_acting(span)
        ):
            return Span(span.doc, span.start, span.end, "NonActor")
        if entry.type == "Government" and _inside_person(span, persons):
            return Span(span.doc, span.start, span.end, "NonActor")  # "Luís Montenegro said"
        if entry.type in ("Government", "Demonym") and _a_business_in_general(span):
            # ("buying from an American cloud company?", "US hyperscalers": no actor)
            return Span(span.doc, span.start, span.end, "NonActor", kb_id=self._country_key(span))
        if entry.type == "Demonym":
            state = self._demonym_is_state(span)
            label = "Government" if state else "NonActor"  # the country kept for "Slovak Telekom"
            return Span(span.doc, span.start, span.end, label, kb_id=self._country_key(span))
        if entry.type == "Region":
            return Span(span.doc, span.start, span.end, "NonActor")
        if entry.type == "State":
            # a state, province or Land is its government where it acts as one ("the
            # Telangana government", "the Free State of Bavaria", "Tamil Nadu announced")
            extent = _state_acting(span)
            if extent is None:
                return Span(span.doc, span.start, span.end, "NonActor", kb_id=entry.key)
            return Span(span.doc, *extent, "Government", kb_id=entry.key)
        if entry.type == "City":
            root = span.root
            if root.dep_ == "compound" and root.head.lemma_ in MODEL_NOUNS:
                return None  # "the Dodoma speech model": a model named like a town
            root = _first_conjunct(root)  # "Rabat and Paris signed": Paris too
            head = root.head
            acting = (
                not span.text.isupper()  # "NAIROBI, May 22 -": a dateline, not an actor
                and root.dep_ == "nsubj"
                and head.pos_ == "VERB"
                and head.is_alpha
            )
            if acting and entry.capital:
                return Span(
                    span.doc, span.start, span.end, "Government", kb_id=self._country_key(span)
                )
            dateline = span.end < len(span.doc) and span.doc[span.end].text in ("-", "–", "—")
            named = any(c.dep_ == "compound" for c in span.root.children)
            if acting and head.lemma_ in _CITY_SPENDING and not (dateline or named):
                # "Shanghai will hand out 600 million yuan in vouchers": the city's government
                # (not "Lille - The Regional Council voted", "the National Programme Groningen")
                return Span(span.doc, span.start, span.end, "Government", kb_id=entry.key)
            return Span(span.doc, span.start, span.end, "NonActor")
        return Span(span.doc, span.start, span.end, entry.type, kb_id=entry.key)

    @staticmethod
    def _demonym_is_state(span: Span) -> bool:
        doc = span.doc
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.text in ("-", "–") and span.end + 1 < len(doc):
            return doc[span.end + 1].lower_.endswith(
                ("developed", "backed", "owned", "funded", "run", "led")
            )
        head = span.root.head
        while head.dep_ in ("compound", "amod", "nmod") and head.i < head.head.i:
            head = head.head  # "a Korean AI start-up": up to the phrase's noun
        if word(head) not in ACTOR_NOUNS or head.i < span.end:
            return False
        # "American firms" in general are no actor; "the Emirati government", "an Italian
        # company" and "Chinese authorities" are
        return head.tag_ != "NNS" or word(head) in STATE_NOUNS

    def _persons(self, doc: Doc, gazetteer: list[Span]) -> list[tuple[int, int, str]]:
        """The NER's persons of two or more words: (start, end, surname); not a name the text
        describes as a business or body ("Tigo Paraguay, the country's largest mobile
        operator"), nor one that starts with a known business ("MTN Eswatini") or is listed
        with one ("Kazakhtelecom and Beeline Kazakhstan agreed")."""
        businesses = {
            i for s in gazetteer
            if (entry := self.reference.get(s.kb_id_)) and entry.type in ("Firm", "Organization")
            for i in range(s.start, s.end)
        }  # fmt: skip
        return [
            (e.start, e.end, e[-1].text)
            for e in doc.ents
            if e.label_ == "PERSON"
            and len(e) > 1
            and e.start not in businesses
            and not any(t.i in businesses for t in list_items(e.root))
            and not described_nearby(e[-1])
        ]

    # ------------------------------------------------------------------ institution shapes
    def _shaped_names(
        self, doc: Doc, runs: list[Span], known: list[Span], blocked: list[Span]
    ) -> list[Span]:
        out = []
        for run in runs:
            name = _trim(run)
            if len(name) < 2 or self._blocked(name, blocked) or _portfolio_or_person(name):
                continue
            if _titled_person(name):
                continue  # "ICT Cabinet Secretary William Kabogo": a person by title
            kind, head_i = _head_type(name)
            if kind is None and (owner := _owner_named_after(name)) is not None:
                # "(the Framework Act on) Subsidies of the Ministry of A, B and C": the body
                name = owner
                kind, head_i = _head_type(name)
            whole = any(k.start == name.start + 1 and k.end == name.end for k in known)
            leading = name[0].text in _LEADING_LEGAL_FORMS
            if kind is None and leading and name[1].is_title and not whole:
                # "PT Nxera Telin Digital": an Indonesian company's legal form leads its name
                # (a known firm's own: "PT Telkom Indonesia" is Telkom Indonesia)
                kind, head_i = "Firm", name.start
            if kind is None and _spelled_by_acronym(name):
                # "the National Academic Infrastructure for Supercomputing in Sweden (NAISS)":
                # a body introduced with the short form it will go by
                # (its kind from the words around it, if they say: "developer X (XYZ)")
                kind, head_i = kind_from_context(name.root, []) or "Organization", name.start
            if kind is None or head_i is None:
                continue
            inner = [k for k in known if name.start <= k.start and k.end <= name.end]
            wrapped = _in_legal_wrapping(name, inner)
            if wrapped is not None:
                # "PT Telkom Indonesia (Persero) Tbk": the known firm by its full legal name
                out.append(Span(doc, name.start, name.end, wrapped.label_, kb_id=wrapped.kb_id_))
                continue
            # A known actor that holds the head word is the name ("Director of YTL Power
            # International Berhad"); a place or actor before the head word is part of it
            # ("Technical University of Denmark", "Novo Nordisk Foundation").
            holder = next((k for k in inner if k.start <= head_i < k.end), None)
            if holder is not None and not _own_name_before(name, holder, known):
                country = self._country_after(name, holder, inner)
                if country is not None:
                    # "the National Research Foundation of Singapore": the known body in full;
                    # "... of Korea": another country's body of the same name
                    own = country == self._country_key(holder)
                    out.append(Span(doc, name.start, name.end, holder.label_,
                                    kb_id=holder.kb_id_ if own else ""))  # fmt: skip
                continue
            if doc[head_i].text in REGION_HEADS and inner:
                continue  # "the Inner Mongolia Autonomous Region", "the Asia-Pacific Region"
            key = ""
            account = name[0].text == "Consolidated" and any(
                name[:k].text in STATE_ACCOUNTS for k in (2, 3)
            )
            if account:
                kind = "Government"  # "the Consolidated Fund of India": the state's account
            if doc[head_i].text in ("Government", "Cabinet") or account:
                # "Government of Spain", "Spanish Government": the country itself
                # (a state's: "the Government of Telangana" is Telangana, not India)
                key = next((self._government_key(k) for k in inner if k.label_ != "City"), "")
            of_another = name.start > 0 and doc[name.start - 1].lower_ == "of"
            if name.text in STATE_ORGANS and not of_another:
                # "Iraq's Council of Ministers": the state itself (resolution joins it to the
                # text's country when no possessive names one)
                kind = "Government"
                key = next((self._country_key(k) for k in known if k.end == name.start - 1
                            and doc[k.end].tag_ == "POS"), "")  # fmt: skip
            out.append(Span(doc, name.start, name.end, label=kind, kb_id=key))
        return out

    # ------------------------------------------------------------------ statistical NER
    def _statistical(self, doc: Doc, chosen: list[Span], blocked: list[Span]) -> list[Span]:
        out = []
        for ent in doc.ents:
            if ent.label_ not in ("ORG", "PRODUCT", "PERSON"):
                continue
            span = _without_trailing_phrase(_last_sentences_part(_trim(ent)))
            while len(span) and (span[-1].is_punct or span[-1].tag_ == "POS"):
                span = span[:-1]
            if not len(span) or self._blocked(span, blocked) or not self._looks_like_name(span):
                continue
            if _portfolio_or_person(span):
                continue
            overlap = [
                s
                for s in chosen
                if s.start < span.end
                and span.start < s.end
                and not (s.label_ == "NonActor" and s.kb_id_.startswith("state:"))
            ]  # fmt: skip  ("TSMC Arizona": a state's name in a unit's)
            if _head_type(span)[0] is not None:  # "University at Buffalo": a city inside a name
                overlap = [s for s in overlap if not _inside(s, span) or s.label_ != "NonActor"]
            # "TSMC Arizona, the Phoenix-based subsidiary": a unit, if it acts or is described
            # as one ("Nvidia Blackwell GPUs" is a product)
            unit = _extends_firm(span, overlap) and (
                self._acts_as_business(span) or described_nearby(span.root)
            )
            local_unit = self._firm_named_for_place(span, overlap) or unit
            national = _named_for_country(span, overlap)  # "Malta Enterprise", "Slovak Telekom"
            if overlap and not (local_unit or national):
                continue
            if ent.label_ == "PERSON" and not (national or unit):
                # a person, unless named for a country like a local operator or after a known
                # firm it is a unit of ("MTN Irancell, the Iranian mobile operator")
                continue
            # ("Altice Portugal", tagged a product, in "a joint venture between Altice
            # Portugal and X": a firm named for the country it works in)
            if ent.label_ == "PRODUCT" and not local_unit:
                if self._model_context(span):
                    out.append(Span(doc, span.start, span.end, label="AIModel"))
                continue
            kind, _ = _head_type(span)
            if kind is None and national:
                kind = kind_from_context(span.root, chosen)
            if kind is None and national and span[-1].text in FIRM_TAIL_WORDS:
                kind = "Firm"  # "Kenya Airways said ...": a business's word ends the name
            if kind is None and unit and kind_from_context(span.root, chosen) == "AIModel":
                kind = "AIModel"  # "an Arabic chatbot, HUMAIN Chat": a firm's product
            if kind is None and (local_unit or self._acts_as_business(span) or _based(span)):
                kind = "Firm"
            modifier = span.root.dep_ in ("compound", "amod")
            if kind is None and modifier and self._model_context(span):
                kind = "AIModel"  # "the earlier NorBERT encoders": a name no body bears
            if kind is not None:
                out.append(Span(doc, span.start, span.end, label=kind))
        return out

    def _subsidiaries(self, doc: Doc, chosen: list[Span]) -> list[Span]:
        """'BDx Indonesia launched ...', 'Microsoft Malaysia said': a name before a country
        that acts as a business is a local firm, not the country."""
        out = []
        firm_words = {doc[x.start].text for x in chosen if x.label_ == "Firm"}
        # names in brackets: positions after "(" from the C array (no Token per word)
        after_paren = numpy.flatnonzero(doc.to_array(ORTH)[:-1] == doc.vocab.strings.add("(")) + 1
        firm_words |= {doc[int(i)].text for i in after_paren if doc[int(i)].text[:1].isupper()}
        for s in chosen:
            before = doc[s.start - 1] if s.start > 0 else None
            pair = [before, s.root] if before is not None else []
            acting = any(t.dep_ == "nsubj" and t.head.lemma_ in BUSINESS_VERBS for t in pair)
            venture = _venture_name_start(s, chosen) if s.label_ == "Government" else None
            if (
                s.label_ == "Government"
                and before is not None
                and before.text in firm_words
                and before.whitespace_
                and not any(
                    c.start <= before.i < c.end and c.label_ == "Government" for c in chosen
                )
                and acting
            ):
                out.append(Span(doc, s.start - 1, s.end, label="Firm"))
            elif venture is not None:
                out.append(Span(doc, venture, s.end, label="Firm"))
            else:
                out.append(s)
        return filter_spans(out)

    def _firm_named_for_place(self, span: Span, overlap: list[Span]) -> bool:
        """'BDx Indonesia launched ...': a firm named after a country it works in."""
        if len(overlap) != 1 or overlap[0].label_ != "Government" or overlap[0].end != span.end:
            return False
        return overlap[0].start > span.start and self._acts_as_business(span)

    @staticmethod
    def _acts_as_business(span: Span) -> bool:
        """An unknown ORG name is kept where it acts: subject or agent of a business verb,
        or partner, owner or employer of someone."""
        if _word_before_of(span, past_the=True) in _ROLE_WORDS:
            return True  # "CEO of X" (however parsed: "Guest: A, CEO of X\nHost: B")
        root = span.root
        while root.dep_ == "conj" and root.head.pos_ == "PROPN":
            root = root.head  # "A and B formed a joint venture": what the first name does
        head = root.head
        if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in BUSINESS_VERBS:
            return root.dep_ == "nsubj"
        if root.dep_ == "pobj" and head.lower_ in ("by", "with", "between"):
            verb = head.head
            # ("a joint venture between Altice Portugal and X")
            return verb.lemma_ in BUSINESS_VERBS | PARTNER_NOUNS | {"venture"}
        if root.dep_ == "pobj" and head.lower_ == "from" and head.head.lemma_ in BUY_VERBS:
            return True  # "will purchase cloud capacity from Caspian AI Cloud"
        if leads_a_round(root):
            return True  # "raised $3 million from Kaszek", "a round led by X"
        return root.dep_ == "poss" and head.lemma_ in MODEL_NOUNS

    @staticmethod
    def _looks_like_name(span: Span) -> bool:
        text = span.text
        if text.casefold() in GENERIC_NAMES or len(span) > 7:
            return False
        if span[-1].is_lower and word(span[-1]) in ACTOR_NOUNS | ORG_NOUNS:
            return False  # "the Montreal-based AI institute": a description, not a name
        # a web address is no name, but "Gnani.ai" (a firm named after its domain) is
        web = any((t.like_url and not _DOMAIN_NAME.fullmatch(t.text)) or t.like_email for t in span)
        if not any(c.isupper() for c in text) or web:
            return False
        if all(t.text.casefold() in GENERIC_WORDS or t.is_punct or t.like_num for t in span):
            return False
        if len(span) == 1 and text in NON_ACTOR_HEADS | LONE_COMMON_NOUNS:
            return False  # '(hereinafter the "Programme")', "Science" alone: no one's name
        if all(t.text in NAME_HEADS or t.text in BANKS or t.is_punct for t in span):
            return False  # "Inc.", "Group", "the Bank" (the one named before)
        if span[-1].lower_ in _CONNECTORS:
            return False  # "Free State of": the start of a longer name
        if any(t.is_lower and t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG"
               and t.nbor(-1).text != "-" for t in span[1:]):  # fmt: skip
            return False  # "the Ministry provided TRY 85 million": a clause, not a name
        if any("\n" in t.text or t.text.count(".") > 1 for t in span):
            return False
        digits = sum(c.isdigit() for c in text)
        if digits >= 5 and digits * 2 >= len(text.replace(" ", "")):
            return False  # a case or file number: "SA.104518"
        return not _person_title_at(span.doc, span.start)

    @staticmethod
    def _model_context(span: Span) -> bool:
        root = span.root
        if root.head.lemma_ in MODEL_NOUNS or root.head.text in MODEL_NOUNS:
            return True
        if made_as_a_model(root):
            return True
        return any(
            c.dep_ == "appos" and any(t.lemma_ in MODEL_NOUNS for t in c.subtree)
            for c in root.children
        )

    # ------------------------------------------------------------------ context rules
    def _by_context(self, doc: Doc, chosen: list[Span], blocked: list[Span]) -> list[Span]:
        # (a place's word may open a name: "Gulf Crescent Investments", "Lomé AI Factory")
        places = {i for s in chosen if s.label_ == "NonActor" for i in range(s.start, s.end)}
        taken = {i for s in chosen for i in range(s.start, s.end)} - places
        out: list[Span] = []
        for tok in doc:
            if tok.i in taken or not could_be_name(tok):
                continue
            # "Phoenix-based": a place; "Pan-African": an adjective
            hyphened = based_suffix_at(doc, tok.i + 1) or hyphen_prefix_at(doc, tok.i)
            if hyphened or self._qualifies_a_language(tok):  # "Traditional-Chinese"
                continue
            if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
                continue  # only the head of a multi-word name
            span = self._name_of(tok, taken)
            if self._blocked(span, blocked) or not self._looks_like_name(span):
                continue
            if _glued_to_a_common_word(span):
                continue  # "a Norwegian Earth-observation start-up": a modifier's first word
            if [t.text for t in span if t.i not in places] == ["AI"]:
                continue  # "Abu Dhabi AI group G42", "Kenyan AI companies": a place's AI
            if _portfolio_or_person(span):
                continue
            if self.reference.by_name(span.text) is not None:
                continue
            if span.text in self.place_words:
                continue
            kind = kind_from_context(tok, chosen + out)  # ("Chile's X and Colombia's Y")
            if kind == "AIModel" and span.text.isupper() and tok.head.text.isupper():
                kind = None  # a heading's capitals: "STREAM B — MODELS AND DATA"
            gets, grants = given_money(tok), grants_money(tok)
            invests = invests_money(tok)
            if kind is None and (gets or invests):
                # "committed A$14 million to Seqwater": who gets it; "Rabobank has invested
                # EUR 8 million in Akkerdata B.V.": who invests
                kind = "Firm"
            if kind is None and grants:
                kind = "Organization"  # "KOSGEB approved a TRY 9 million grant": who gives it
            person = len(span) > 1 and all(t.ent_type_ == "PERSON" for t in span)
            if person and _occupation_before(span):
                continue  # "the fado singer Amália Rodrigues"
            # ("TituLLM", "SpeakLeash": a capital inside a word makes a name, however tagged)
            money = gets or grants or invests
            common = tok.pos_ != "PROPN" and not (is_camel_case(tok.text) or money)
            # (a name the tagger took for a person's that gets or gives a sum is a body's)
            if (
                kind
                and (common or (person and not money))
                and not (described_nearby(tok) or leads_a_round(tok))
            ):
                kind = None  # a common word or a person's name needs a description beside it
            if kind:
                out.append(Span(doc, span.start, span.end, label=kind))
                taken.update(range(span.start, span.end))
        return out

    @staticmethod
    def _name_of(tok: Token, taken: set[int]) -> Span:
        # the proper nouns and hyphens before it in its own phrase ("North Rhine-Westphalia")
        doc, start = tok.doc, tok.i
        while start > 0:
            prev = doc[start - 1]
            # "software firm Linagora": a lower-case word the tagger took for a name is not
            name = prev.pos_ == "PROPN" and _is_name_token(prev)
            glue = prev.text == "-" and not prev.whitespace_
            # "Lesan AI": a capitalised word the tagger took for an adjective, inside the
            # same NER entity as the name's head ("Energía Limpia del Bajío": its 'del' too)
            connector = (
                prev.lower_ in _INNER_CONNECTORS and start > 1 and _is_name_token(doc[start - 2])
            )
            same_entity = (_is_name_token(prev) or connector) and doc[start].ent_iob_ == "I"
            if not ((name or glue) and tok.is_ancestor(prev)) and not same_entity:
                break
            start -= 1
        # (and no article the tagger's entity opened with: "Via the Flanders AI Research
        # Programme")
        while start < tok.i and (doc[start].text == "-" or doc[start].lower_ in _DETERMINERS):
            start += 1
        # (not back over a sentence's end: "a Series B. Kaszek led the round")
        start = _last_sentences_part(doc[start : tok.i + 1]).start
        if any(i in taken for i in range(start, tok.i + 1)):
            start = tok.i
        return doc[start : tok.i + 1]


_VERSION = re.compile(r"\d+(?:\.\d+)*[A-Za-z]?|\d+(?:\.\d+)?[BbMm]")
# A name's first word, then (one pattern tried once per position: the regex engine has no
# prefilter, and three whole patterns cost three tries at every capital letter):
_SIZED_MODEL = re.compile(
    r"(?<![\w-])[A-Z][\w.]*(?:"
    # "Salamandra-7B", "ALIA-40b", "Qwen2.5-32B": a name with its parameter count is a model's
    r"(?:-[A-Za-z][\w.]*)*-\d+(?:\.\d+)?[BbMm](?:-[A-Za-z][\w.]*)*"
    # "Isar-LM", "Sevan-LM", "Kujang-LLM", "Thai-GPT": a name with a language model's letters
    r"|-(?:LM|LLM|GPT)(?:-[A-Za-z0-9][\w.]*)*"
    # "Fleur-de-Lys 13B", "Kannada-Vaani 3B": a hyphened name, a space, its size in billions
    r"|(?:-[A-Za-z][\w.]*)+ \d+(?:\.\d+)?B"
    r")(?![\w-])"
)


# "Fjell-1", "Vani-2": a name numbered after a hyphen, a model's where models are spoken of
# (not "COVID-19", "G-7")
_NUMBERED_NAME = re.compile(r"(?<![\w-])[A-Z][a-z]{2,}\w*-\d{1,2}(?![\w-])")


def _without_article_before(known: list[Span], shaped: list[Span]) -> list[Span]:
    """'the Netherlands' inside 'the Netherlands Police': a reference name's article is no
    part of the longer name its words begin, which then wins."""
    return [
        Span(k.doc, k.start + 1, k.end, label=k.label_, kb_id=k.kb_id_)
        if k[0].lower_ == "the" and any(s.start == k.start + 1 and k.end < s.end for s in shaped)
        else k
        for k in known
    ]


def _without_trailing_phrase(span: Span) -> Span:
    """'the IndiaAI Mission towards compute', 'the IndiaAI Mission to': the NER ran on into a
    lower-case phrase after the name."""
    for tok in span[1:]:
        rest = span[tok.i - span.start :]
        if tok.pos_ in ("ADP", "PART", "SCONJ") and all(t.is_lower for t in rest):
            return span[: tok.i - span.start]
    return span


def _last_sentences_part(span: Span) -> Span:
    """The span from the last sentence start inside it (a name never runs over a sentence's
    end: "a Series B. Kaszek led the round")."""
    starts = [t.i for t in span[1:] if t.is_sent_start]
    return span.doc[starts[-1] : span.end] if starts else span


def _sized_models(doc: Doc, chosen: list[Span]) -> list[Span]:
    """Model names with a parameter count or a language model's letters after a hyphen,
    however the tokenizer cut them."""
    actors = {i for s in chosen if s.label_ != "AIModel" for i in range(s.start, s.end)}
    known = {(s.start, s.end) for s in chosen if s.kb_id_}
    out = []
    numbered = [
        found for found in _NUMBERED_NAME.finditer(doc.text)
        if (span := doc.char_span(found.start(), found.end())) is not None
        and _speaks_of_models(span.sent)
    ]  # fmt: skip
    for found in [*_SIZED_MODEL.finditer(doc.text), *numbered]:
        span = doc.char_span(found.start(), found.end(), label="AIModel")
        if span is None or (span.start, span.end) in known:
            continue  # (a model the reference knows keeps its entry: "Latam-GPT")
        start = span.start  # "Kinh Bac-LM": the name's words before it, not a maker's
        while (
            start > 0
            and _is_name_token(doc[start - 1])
            and doc[start - 1].dep_ == "compound"
            and start - 1 not in actors
        ):
            start -= 1
        out.append(Span(doc, start, span.end, label="AIModel"))
    return out


def _speaks_of_models(sent: Span) -> bool:
    """Whether the sentence names models or their making ("develops Fjell-1", "the Vani-2
    family of speech models")."""
    return any(t.lemma_ in MODEL_NOUNS or t.lemma_ in MODEL_MAKING_VERBS for t in sent)


def _family_models(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'Teuken-2' where 'Teuken-7B' is a model: another of the family, the family's word, a
    hyphen and a version, is a model too."""
    families = {s.text.split("-")[0] for s in chosen if s.label_ == "AIModel" and "-" in s.text}
    if not families:
        return []
    taken = {i for s in chosen for i in range(s.start, s.end)}
    out = []
    for tok in doc:
        family, hyphen, part = tok.text.partition("-")
        if hyphen and family in families and tok.i not in taken and _MODEL_PART.fullmatch(part):
            out.append(Span(doc, tok.i, tok.i + 1, label="AIModel"))
    return out


_POSSESSIVES = ("'s", "’s")


def _a_universitys_department(span: Span, chosen: list[Span]) -> bool:
    """'University of Cape Coast, Department of Computer Science', 'the Department of
    Linguistics at the National University of Modern Languages', 'the University of
    Zambia's Department of Computer Science': a university's unit, no ministry; 'the
    University's School of Information Technology', 'UM6P's College of Computing': a
    teaching unit, which acts as its university does."""
    doc = span.doc
    # (the tagger may take the owner into the name: "University's Department of Computing")
    unit = span.start + 2 if len(span) > 3 and span[1].text in _POSSESSIVES else span.start
    owned = unit > 1 and doc[unit - 1].text in _POSSESSIVES
    if owned and doc[unit].text in TEACHING_UNITS:
        owner = doc[unit - 2]
        academic = owner.lower_ in ("university", "institute") or any(
            c.end == unit - 1 and re.search("Univers|Institut", c.text) for c in chosen
        )
        # ("UM6P's College of Computing"; "the KRG's Department of IT" is a government's)
        placed = any(p.start <= owner.i < p.end for p in doc.spans.get(PLACES_KEY, []))
        named = owner.pos_ == "PROPN" and not placed and doc[unit].text != "Department"
        return academic or named
    if span.label_ not in ("Government", "Organization") or span[0].text != "Department":
        return False
    at = span.end + (span.end < len(doc) and doc[span.end].lower_ == "at")
    at += at < len(doc) and doc[at].lower_ == "the"
    before = (
        span.start - 1 if span.start and doc[span.start - 1].text in (",", *_POSSESSIVES) else None
    )
    return any(
        "Universit" in c.text and (c.start == at > span.end or c.end == before) for c in chosen
    )


def _past_legal_form(span: Span) -> Span | None:
    """The quoted name a legal form in front announces ('LLP "EurAsia Compute"': EurAsia
    Compute); none for a legal form alone ('Joint Stock Company "National Welfare Fund
    Samruk-Kazyna"', 'Alibaba Cloud (Singapore) Private Limited'); else the span as it is."""
    doc = span.doc
    k = next((t.i for t in span if t.text in _QUOTES), span.end)
    form = doc[span.start : k]
    if not all(is_legal_word(t.text, _LEGAL_FORM_WORDS) or t.text == "-" for t in form):
        return span
    if k == span.end:  # a legal form alone ("Private Limited" after its bracketed place)
        return None
    end = next((t.i for t in doc[k + 1 : span.end] if t.text in _QUOTES), span.end)
    return Span(doc, k + 1, end, label=span.label_, kb_id=span.kb_id_) if end > k + 1 else None


def _to_legal_form(span: Span) -> Span:
    """The name up to a legal form the tagger read on past: a title's dash ("Castlegate
    Mortgages plc - Q3 2025") or the next sentence ("Plotwise Ltd. Castlegate holds")."""
    for t in span[:-1]:
        nxt = span.doc[t.i + 1]
        dash = nxt.text in ("-", "–", "—") and bool(t.whitespace_)
        # (a stop after the form, then a capital that is no more of it, as name_runs reads it)
        stop = t.text.endswith(".") and nxt.text[:1].isupper() and not is_legal_word(nxt.text)
        if is_legal_word(t.text) and (dash or stop):
            return Span(span.doc, span.start, t.i + 1, label=span.label_, kb_id=span.kb_id_)
    return span


# the words of a legal form written before the name, as Kazakh, Russian and Ukrainian
# registers do ("Joint Stock Company", "Republican State Enterprise")
_LEGAL_FORM_WORDS = LEGAL_FORMS | frozenset(
    """Joint Stock Joint-Stock Company Public Limited Liability Partnership State Enterprise
    Republican Non-commercial Non-Commercial Closed Open Private""".split()
)


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and len(inner) < len(outer)


# a part a model's name is glued on with a hyphen: "Large", "2", "Text-01" (one token)
_MODEL_PART = re.compile(r"[^\W_]+(?:\.\d+)?[^\W_]*|[^\W_][\w.]*(?:-[\w.]+)+")  # ("TAIDE-Tâi")


def _branded_models(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'Sarvam-Large', 'Sarvam-Edge': a firm's or model's name, a hyphen and a capitalised word
    or a number, not another actor ("Microsoft-OpenAI") is a model of that name; so is a
    model's name and a capitalised edition word ('ChatGPT Edu')."""
    out = []
    for span in chosen:
        end = span.end
        edition = doc[end] if end < len(doc) else None
        if span.label_ == "AIModel" and edition is not None and _VERSION.fullmatch(edition.text):
            # "Gemma 2", "Llama 3.1", "DictaLM 2.0": a version of the same model family
            out.append(Span(doc, span.start, end + 1, label="AIModel", kb_id=span.kb_id_))
            continue
        if (
            span.label_ == "AIModel"
            and edition is not None
            and span[-1].whitespace_
            and edition.is_title
            and edition.is_alpha
            and edition.pos_ == "PROPN"
            and edition.text not in NAME_HEADS
            and not (
                edition.ent_type_ == "PERSON" and edition.ent_iob_ == "I"
            )  # "Amália Rodrigues"
            and not any(c.start <= end < c.end and c.label_ != "AIModel" for c in chosen)
        ):
            out.append(Span(doc, span.start, end + 1, label="AIModel"))
            continue
        if span.label_ == "AIModel" and _variant_before(doc, span.start, chosen):
            out.append(Span(doc, span.start - 2, span.end, label="AIModel"))
            continue  # "Hak-TAIDE": a Hakka variant of TAIDE
        if span.label_ not in ("Firm", "AIModel") or end + 1 >= len(doc):
            continue
        hyphen, part = doc[end], doc[end + 1]
        glued = hyphen.text == "-" and not span[-1].whitespace_ and not hyphen.whitespace_
        named = part.text[:1].isupper() or part.text[:1].isdigit()
        # ("MiniMax-Text-01": every part glued on; a model found in the parts is this one)
        stop = end + 2
        while stop + 1 < len(doc) and doc[stop].text == "-" and not doc[stop - 1].whitespace_:
            if doc[stop].whitespace_ or not _MODEL_PART.fullmatch(doc[stop + 1].text):
                break
            stop += 2
        other = any(c.start < stop and part.i < c.end and c.label_ != "AIModel" for c in chosen)
        if glued and named and not other and _MODEL_PART.fullmatch(part.text):
            out.append(Span(doc, span.start, stop, label="AIModel"))
    return out


def _variant_before(doc: Doc, start: int, chosen: list[Span]) -> bool:
    """Whether a capitalised word and a hyphen are glued before the model's name at `start`
    ("Hak-TAIDE"), and that word is no other actor's ("Microsoft-OpenAI")."""
    if start < 2 or doc[start - 1].text != "-" or doc[start - 1].whitespace_:
        return False
    word = doc[start - 2]
    other = any(c.start <= word.i < c.end for c in chosen)
    return not word.whitespace_ and word.is_alpha and word.text[:1].isupper() and not other


# what a city's government does with its money (a capital acting is its country's)
_CITY_SPENDING = FUND_VERBS | {"hand", "offer"}
_LOCAL_UNITS = frozenset("city province region prefecture municipality".split())


def _local_governments(doc: Doc) -> list[Span]:
    """Sub-national governments: 'the Hangzhou municipal government', 'the Johor state
    government' (a city's name, then its government), 'the municipality of Groningen' and
    'the government of the southern city of Zhuhai' (the city named)."""
    out = []
    places = doc.spans.get(PLACES_KEY, [])
    states = {(p.start, p.end) for p in places if p.label_ == "State"}
    for place in places:
        if place.label_ != "City" or (place.start, place.end) in states:
            continue  # ("the Quebec government": the province's)
        # (a city's "Region" or "state of" is no government of the city; "the State of New
        # York", capitalised, names the state's)
        end = _government_words(doc, place.end) or _acting_unit(doc, place.end)
        title = _titled_at(doc, place.start)
        if end is not None and doc[end - 1].lower_ != "region":
            out.append(Span(doc, place.start, end, label="Government"))
        elif title is not None and doc[title].text != "state":
            out.append(Span(doc, title, place.end, label="Government"))
    out += _municipal_governments(doc)
    for gov in (doc[i] for i in _positions(doc, LOWER, "government")):
        for unit in (o for p in gov.children if p.lower_ == "of" for o in p.children):
            if unit.lemma_ not in _LOCAL_UNITS:
                continue
            for name in (o for p in unit.children if p.lower_ == "of" for o in p.children):
                if name.pos_ == "PROPN":
                    out.append(Span(doc, name.left_edge.i, name.i + 1, label="Government"))
    return out


# A municipality's own title before its name: "the City of Tampere", "the Town of Mariehamn"
_MUNICIPAL_TITLES = frozenset("City Town Municipality".split())
# the kind of municipality between its name and the word: "Vilnius City Municipality"
_MUNICIPAL_KINDS = frozenset("City County Metropolitan District Regional Rural Urban".split())


def _municipal_governments(doc: Doc) -> list[Span]:
    """Towns' and cities' governments by their titles, whether or not the reference knows the
    place: "the City of Helsinki", "the Town of Mariehamn", "Municipality of Kangasala",
    "Jelgava municipality", "Vilnius City Municipality" and, acting, "Reykjavík City"."""
    out = []
    # (only the title words' tokens: a Token object made for every word costs more)
    at = [i for t in _MUNICIPAL_TITLES for i in _positions(doc, ORTH, t)]
    for tok in (doc[i] for i in sorted({*at, *_positions(doc, LOWER, "municipality")})):
        if tok.text in _MUNICIPAL_TITLES and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "of":
            name = doc[tok.i + 2]
            end = name.i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
                end += 1  # "the City of San José"
            place = tok.dep_ == "pobj" and tok.head.lower_ in _WHERE_PREPS  # "in the City of"
            if name.pos_ == "PROPN" and name.is_title and not place:
                out.append(Span(doc, tok.i, end, label="Government"))
        elif tok.lower_ == "municipality" or (tok.text == "City" and tok.dep_ == "nsubj"):
            start = tok.i
            # ("Kocaeli Metropolitan Municipality", "Vestland County Municipality")
            while (
                start and doc[start - 1].text in _MUNICIPAL_KINDS and tok.lower_ == "municipality"
            ):
                start -= 1
            # ("Akureyri municipality": the tagger may take an unknown name for a noun)
            if start and doc[start - 1].pos_ in ("PROPN", "NOUN") and doc[start - 1].is_title:
                out.append(Span(doc, start - 1, tok.i + 1, label="Government"))
    return out


def _positions(doc: Doc, attr: int, text: str) -> list[int]:
    """Where a word stands, read from the document's C array: creating a Token object for
    every word to compare it costs more."""
    return [int(i) for i in numpy.flatnonzero(doc.to_array(attr) == doc.vocab.strings.add(text))]


def _local_arms(doc: Doc, chosen: list[Span]) -> list[Span]:
    """'Orange Jordan', 'Safaricom Ethiopia': a known firm's name followed by a country's
    names the firm's local company, an actor of its own."""
    places = {p.start: p for p in doc.spans.get(PLACES_KEY, []) if p.label_ == "Government"}
    out = []
    for span in chosen:
        # ("Telefónica del Perú", "Claro de Colombia": the same in Spanish or Portuguese)
        linked = span.end < len(doc) and doc[span.end].lower_ in _PLACE_LINKS
        country = places.get(span.end + 1 if linked else span.end)
        if span.label_ == "Firm" and span.kb_id_ and country is not None and span[-1].whitespace_:
            out.append(Span(doc, span.start, country.end, label="Firm"))
    # "Tigo Paraguay, the local arm of Millicom": an unknown name before a country, which
    # the text says is a unit of a firm
    taken = {i for s in chosen for i in range(s.start, s.end)}
    for country in places.values():
        name = country.start - 1
        after = doc[country.end : country.end + 5]
        unit = (
            len(after) > 2
            and after[0].text == ","
            and any(word(t) in UNIT_NOUNS for t in after[1:])
        )
        own = name >= 0 and doc[name].pos_ == "PROPN" and doc[name].is_title
        if unit and own and name not in taken:
            out.append(Span(doc, name, country.end, label="Firm"))
    return out


_PLACE_LINKS = frozenset("del de do da".split())


def _describes_models(span: Span) -> bool:
    """'open Darija models', 'Hebrew-language models': an unknown word before a plural model
    noun says what many models are, unless 'the' or a possessive makes them one family."""
    head = span.root.head
    return (
        not span.kb_id_
        and span.root.dep_ == "compound"
        and head.lemma_ in MODEL_NOUNS
        and head.tag_ == "NNS"
        and not any(c.lower_ == "the" or c.dep_ == "poss" for c in head.children)
    )


def _first_conjunct(tok: Token) -> Token:
    """The first item of the list a word is in, which the parser gives the list's role."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok


def _outlet_acting(span: Span) -> bool:
    """Whether a news outlet acts in its sentence ("AFP and NTB have signed a partnership",
    "a grant to Agence France-Presse", "AFP's deal with Mistral AI") rather than being quoted
    as a source: a dateline's "(Reuters)", "told AFP", "seen by Reuters", "Yonhap said", a
    speaker's label "AP:" or a reference list's "– Nikkei Asia, 5 March"."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text in (":", ")", "/"):
        return False
    root = _first_conjunct(span.root)  # "NTB and Agence France-Presse have signed"
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return head.pos_ in ("VERB", "AUX") and head.lemma_ not in REPORTING_WORDS
    if root.dep_ == "poss":
        return head.lemma_ not in REPORTING_WORDS  # "AFP's commercial deal", not "Reuters' report"
    if root.dep_ == "pobj" and head.lower_ in ("to", "with", "between", "for"):
        return head.head.lemma_ not in REPORTING_WORDS  # not "told to", "an interview with"
    return False


def _inside_person(span: Span, persons: list[tuple[int, int, str]]) -> bool:
    """A country's name as the surname of a person the NER found ('Luís Montenegro'), there
    or later on its own ('Montenegro used the same stage')."""
    return any(
        (start < span.start and span.end <= end) or surname == span.text
        for start, end, surname in persons
    )


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # "GPUs", "CPUs": hardware, never an actor


_POWER_UNITS = frozenset("GW MW kW GWh MWh".split())
_FUNDING_ROUND = re.compile(r"Series [A-H]\d?")
_SIZED = re.compile(r"\d+(?:\.\d+)?(?:GW|MW|kW|GWh|MWh|TB|PB|B|bn)")


_VENTURE_TERMS = frozenset({"jv company", "joint venture company", "jv", "partnership"})


def _a_term_for_the_venture(span: Span) -> bool:
    """'the JV Company', 'X Limited Partnership (the "Partnership")': a filing's word for the
    venture, not its name (but 'a joint venture company (the "JV")' names one nothing else
    does)."""
    doc = span.doc
    if span.start and doc[span.start - 1].lower_ == "the":
        return True
    quoted = span.start > 3 and doc[span.start - 1].text in ('"', "“")
    bracket = span.start - 3
    return (
        quoted
        and doc[span.start - 2].lower_ == "the"
        and doc[bracket].text == "("
        and doc[bracket - 1].pos_ == "PROPN"
    )


# a part of a document or programme by its label: "Line B", "Box 6.2", "Lot 3", "Annex A"
_DOCUMENT_PART = re.compile(
    r"(?:Line|Lot|Part|Annex|Section|Appendix|Schedule|Phase|Component|Track|Window|Tranche|"
    r"Pillar|Axis|Table|Figure|Box|Chapter|Article|Item)\s+(?:[A-Z]|\d+(?:\.\d+)*[a-z]?)"
)


# a reporting period: "Q2", "H1", "FY2025", "3Q"
_PERIOD = re.compile(r"Q[1-4]|H[12]|[1-4]Q|FY\s?\d{2,4}")


def _ticker(span: Span) -> bool:
    """'(SIX: TLRS)', '(Tadawul: 4391)': a share's exchange and symbol, in brackets."""
    doc = span.doc
    i, j = span.start, span.end
    symbol = i >= 3 and doc[i - 1].text == ":" and doc[i - 2].is_upper and doc[i - 3].text == "("
    # (one word: "(Toronto Stock Exchange: X)" names an exchange that may act elsewhere)
    exchange = j - i == 1 and i >= 1 and doc[i - 1].text == "(" and j + 2 < len(doc)
    exchange = exchange and doc[j].text == ":"
    return (symbol and j < len(doc) and doc[j].text == ")") or (exchange and doc[j + 2].text == ")")


def _never_a_name(span: Span) -> bool:
    """An amount of money ('NIS 110 million'), a currency's code ('awarded them EUR 13.5
    million', the NER taking 'EUR' alone), hardware ('CPUs'), a share's ticker or a lower-case
    word joined to a capitalised one ('a voice-AI company') is never the name of an actor."""
    text = span.text  # (joined anew per access)
    if len(span) > 2 and span[0].is_lower and span[0].is_alpha and span[1].text == "-":
        return True
    if _ticker(span) or _PERIOD.fullmatch(text):
        return True  # "(Tadawul: 4391)", "Q2 2025 Results Conference Call"
    after = span.doc[span.end] if span.end < len(span.doc) else None
    table = currencies()
    code = text in table.rates or (text.isupper() and text.casefold() in table.by_form)
    if code and after is not None and after.text[:1].isdigit():
        return True  # "AMD 5 billion" is drams, "EUR 10bn" euros; "AMD" alone is the chipmaker
    if _PLURAL_ACRONYM.fullmatch(text):
        return True
    doc = span.doc
    before = [doc[i] for i in range(max(span.start - 2, 0), span.start)]  # ("a 20-MW GPU site")
    if span[0].text in _POWER_UNITS and before and (before[-1].like_num or (
            before[-1].text == "-" and before[0].like_num)):  # fmt: skip
        return True  # "a 1.4 GW AI campus": a size, not a name
    if _SIZED.fullmatch(span[0].text):
        return True  # "a 500MW AI data centre": a size glued to its unit
    if _FUNDING_ROUND.fullmatch(text):
        return True  # "its Series B": a funding round
    if text in CALENDAR_WORDS:
        return True  # "In March, the group released ...": a month
    if text.lower() in _VENTURE_TERMS and _a_term_for_the_venture(span):
        return True
    if text in ("No", "Nr") and after is not None and after.text == ".":
        return True  # "Project No. 1", "No. | Applicant": a number's abbreviation
    if _DOCUMENT_PART.fullmatch(text):
        return True  # "Line B — Language-model infrastructure", "Box 6.2": a part of the text
    if not any(t.like_num or t.text[:1].isdigit() for t in span):  # ("EUR 1bn")
        return False
    return any(m.start == 0 and m.end >= len(text) - 1 for m in find_money(text))


_LABEL_REST = 4  # lower-case words a field's label may have after its first ("of contract")


def _field_label(span: Span) -> bool:
    """'Keynote: ...', 'Remarks (EuroHPC JU): ...', 'Applicant | Head office', 'Value of
    contract: ...': one word opening a line before a colon or a table's bar (or the lower-case
    rest of its label) labels a field of an agenda, a form or a table; it names no actor (a
    known one may still speak)."""
    doc = span.doc
    start = span.start
    if start > 1 and LIST_MARKER.fullmatch(doc[start - 1].text_with_ws):
        start -= 1  # ("- Grants: the Ministry ...": a list's item labelled)
    if len(span) != 1 or (start > 0 and "\n" not in doc[start - 1].text_with_ws):
        return False
    j = span.end
    while j < min(span.end + _LABEL_REST, len(doc)) and doc[j].is_lower and doc[j].is_alpha:
        j += 1
    if j < len(doc) and doc[j].text == "(":
        j = next((t.i + 1 for t in doc[j : j + 10] if t.text == ")"), j)
    return j < len(doc) and doc[j].text in (":", "|")


def _column_label(span: Span) -> bool:
    """'Site | Operator | Country': one word that is a whole cell of a table's header row
    (the first of its rows, a row or a rule under it) labels a column; it names no actor."""
    doc = span.doc
    cells = (
        doc[span.start - 1] if span.start else None,
        doc[span.end] if span.end < len(doc) else None,
    )
    if len(span) != 1 or not all(t is None or t.text == "|" or "\n" in t.text for t in cells):
        return False
    if not any(t is not None and t.text == "|" for t in cells):
        return False  # a word alone on its line (a heading): no need to read the text
    text = doc.text
    start = text.rfind("\n", 0, span.start_char) + 1
    line, _, rest = text[start:].partition("\n")
    before = text[:start].rstrip("\n").rpartition("\n")[2]
    after = rest.partition("\n")[0]
    return (
        is_table_row(line)
        and not is_table_row(before)
        and (is_table_row(after) or (bool(after) and is_table_rule(after)))
    )


# the words a young firm's brand ends in ("Hrazdan AI", "Vahagn Cloud"), which the tagger
# may read as a facility or a person
_BRAND_TAILS = frozenset("AI Cloud Compute".split())


def _branded_firms(doc: Doc, chosen: list[Span], blocked: list[Span]) -> list[Span]:
    """Coined names before a brand's last word that no context typed, however the tagger
    read them (a place, a person): firms ("Hrazdan AI", "Vahagn Cloud")."""
    out = []
    for ent in doc.ents:
        # (the brand word first: the one test most names fail, before any trimming)
        if ent.label_ not in ("ORG", "FAC", "PERSON") or ent[-1].text not in _BRAND_TAILS:
            continue
        span = _trim(ent)
        if _branded_firm(span) and not any(
            c.start < span.end and span.start < c.end for c in [*chosen, *blocked]
        ):
            out.append(Span(doc, span.start, span.end, label="Firm"))
    return out


def _branded_firm(span: Span) -> bool:
    """A coined name before a brand's last word: 'Hrazdan AI', not 'Sovereign AI', nor a
    firm's product ("Yotta's Shakti Cloud")."""
    before = span.doc[span.start - 1] if span.start else None
    owned = before is not None and (
        before.tag_ == "POS" or before.lower_ in ("its", "their", "whose")
    )
    return (
        len(span) >= 2
        and not owned
        and span[-1].text in _BRAND_TAILS
        and all(
            t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.lower_ not in GENERIC_WORDS
            for t in span[:-1]
        )
    )


def _own_name_before(name: Span, holder: Span, known: list[Span]) -> bool:
    """Whether proper nouns nothing else claims come before the known name that holds the
    head, making a body of its own ("Shota Rustaveli National Science Foundation of Georgia",
    not the US one; not "Director of YTL Power", "US National Science Foundation")."""
    before = name.doc[name.start : holder.start]
    claimed = {i for k in known for i in range(k.start, k.end)}
    return len(before) > 0 and all(
        t.pos_ == "PROPN" and t.is_title and t.i not in claimed for t in before
    )


def _venture_name_start(span: Span, chosen: list[Span]) -> int | None:
    """'Stargate Norway, a joint venture between A and B', 'Sauti Data Kenya, the A-B joint
    venture': a name ending in a country that its description says is a firm; where it
    starts (its words before the country proper nouns nothing else claims), else None."""
    doc = span.doc
    start = span.start
    while start > 0 and not any(c.start <= start - 1 < c.end for c in chosen):
        before = doc[start - 1]
        if not (before.pos_ == "PROPN" and before.dep_ == "compound"):
            break
        if not span.start <= before.head.i < span.end and before.head.i != start:
            break
        start -= 1
    if start == span.start or kind_from_context(span.root, chosen) != "Firm":
        return None
    return start


def _named_for_country(span: Span, overlap: list[Span]) -> bool:
    """'Malta Enterprise', 'Slovak Telekom': a country's name or demonym, then a name of its
    own that the NER reads with it as one organisation."""
    if len(overlap) != 1 or overlap[0].start != span.start or overlap[0].end >= span.end:
        return False
    place = overlap[0]
    if place.label_ not in ("Government", "NonActor") or not place.kb_id_.startswith("country:"):
        return False
    rest = span[place.end - span.start :]
    return all(t.pos_ == "PROPN" and t.text.casefold() not in GENERIC_WORDS for t in rest)


def _extends_firm(span: Span, overlap: list[Span]) -> bool:
    """'TSMC Arizona', 'Microsoft Malaysia': a known firm's name with a place after it, as
    the tagger reads it, names a local unit of that firm."""
    if len(overlap) != 1 or overlap[0].label_ != "Firm":
        return False
    known = overlap[0]
    extra = span[known.end - span.start :]
    return known.start == span.start and len(extra) > 0 and all(t.pos_ == "PROPN" for t in extra)


def _based(span: Span) -> bool:
    """'Graz-based Leftshift One': a place-based name is a business."""
    return based_suffix_at(span.doc, span.start - 2)


_STATE_TITLES = frozenset(
    "state province land government region prefecture canton municipality commonwealth".split()
)


_WHERE_PREPS = frozenset("in at near across throughout".split())
_TITLE_QUALIFIERS = LOCAL_WORDS | {"free"}  # "the regional government of", "the Free State of"


def _state_acting(span: Span) -> tuple[int, int] | None:
    """Where a state, province or Land acts as its government, the words naming that
    government ("the Gauteng provincial government", "the province of Drenthe", "Tamil Nadu
    announced"); None where it is only a place."""
    doc = span.doc
    governed = _government_words(doc, span.end)
    if governed is not None:
        return span.start, governed
    if (title := _titled_at(doc, span.start)) is not None:
        return title, span.end  # "the Free State of Bavaria", "the province of Quebec"
    if (unit := _acting_unit(doc, span.end)) is not None:
        return span.start, unit  # "South Jeolla Province will put in 30 billion won"
    root = span.root
    placed = based_suffix_at(doc, span.end)  # "a Bavaria-based start-up"
    if root.dep_ == "conj" and root.head.dep_ == "nsubj":
        root = root.head  # "Hamburg and Lower Saxony will back it"
    acting = root.dep_ == "nsubj" and root.head.pos_ == "VERB" and not placed
    # "TSMC Arizona said": the end of a firm's name, not the state
    named = span.start > 0 and doc[span.start - 1].pos_ == "PROPN"
    return (span.start, span.end) if acting and not named else None


def _acting_unit(doc: Doc, i: int) -> int | None:
    """The end of 'Province', 'Prefecture' or 'City' at token i where it heads a subject:
    "Gyeonggi Province set aside ...", "Kumamoto Prefecture will give ...", "Gyeongsangbuk-do
    and Pohang City agreed to provide ..." (not "in Gyeonggi Province", a place)."""
    unit = doc[i] if i < len(doc) else None
    if unit is None or unit.text not in ("Province", "Prefecture", "City"):
        return None
    subject = unit.dep_ == "nsubj" or (unit.dep_ == "conj" and unit.head.dep_ == "nsubj")
    return i + 1 if subject else None


def _government_words(doc: Doc, i: int) -> int | None:
    """The end of 'government', 'provincial government', 'state cabinet', 'regional council',
    'State Executive Council' or 'Region' at token i ("Beijing's municipal government" too)."""
    if i < len(doc) and doc[i].tag_ == "POS":
        i += 1
    start = i
    while i < len(doc) and doc[i].lower_ in GOVERNMENT_QUALIFIERS:
        i += 1  # "the Ulsan Metropolitan City government"
    if i + 1 < len(doc) and doc[i].text == "People" and doc[i + 1].tag_ == "POS":
        # "the Guizhou Provincial People's Government", "the Hanoi People's Committee" (a
        # Vietnamese city's or province's government)
        i += 2
        if i < len(doc) and doc[i].text == "Committee":
            return i + 1
    # ("the Walloon Region" governs; "in the Île-de-France region" is a place)
    if i < len(doc) and doc[i].lower_ in GOVERNING_BODIES and doc[i].text != "region":
        return i + 1
    if i + 1 < len(doc) and doc[i].text == "Executive" and doc[i + 1].text == "Council":
        return i + 2  # "the Johor State Executive Council", "the Lagos State Executive Council"
    if doc[start:i].text == "Metropolitan City":
        return i  # "Busan Metropolitan City will provide ...": a Korean city's own title
    return None


def _titled_at(doc: Doc, start: int) -> int | None:
    """The start of 'the province of', 'the Free State of', 'the regional government of'
    before a place at `start` (not 'in the state of': there it is a place)."""
    if start < 2 or doc[start - 1].lower_ != "of" or doc[start - 2].lower_ not in _STATE_TITLES:
        return None
    if doc[start - 2].head.lower_ in _WHERE_PREPS:
        return None
    title = start - 2
    if title > 0 and doc[title - 1].lower_ in _TITLE_QUALIFIERS:
        title -= 1
    return title


_PRODUCT_NOUNS = frozenset("application app service platform tool product website site".split())


def _named_as_a_product(span: Span) -> bool:
    """'applications like TikTok', 'services such as WhatsApp': a firm's name for its
    product."""
    root = _first_conjunct(span.root)
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("like", "as", "including"):
        return False
    noun = prep.head.head if prep.lower_ == "as" else prep.head
    return noun.lemma_ in _PRODUCT_NOUNS


def _titled_person(span: Span) -> bool:
    """A run that ends in a person's name after a role ('Cabinet Secretary William Kabogo',
    'Commission President Ursula von der Leyen')."""
    roles = [t.i for t in span if t.lower_ in ROLE_NOUNS and (t.is_title or t.is_upper)]
    return bool(roles) and span[-1].ent_type_ == "PERSON" and roles[-1] < span.end - 1


_BODY_NOUNS = ACTOR_NOUNS | FIRM_NOUNS | ORG_NOUNS | MODEL_NOUNS


def _occupation_before(span: Span) -> bool:
    """'the fado singer Amália Rodrigues', 'businessman Strive Masiyiwa': a common noun
    that is no kind of body before a person's name."""
    if span.start == 0:
        return False
    noun = span.doc[span.start - 1]
    return noun.pos_ == "NOUN" and noun.is_lower and word(noun) not in _BODY_NOUNS


def _word_before_of(span: Span, *, past_the: bool = False) -> str:
    """The lower-case word before an 'of' (`past_the`: or 'of the') right before the span
    ("ceo" in "CEO of X"), else ''."""
    doc, of = span.doc, span.start - 1
    if past_the and of > 0 and doc[of].lower_ == "the":
        of -= 1
    return doc[of - 1].lower_ if of > 0 and doc[of].lower_ == "of" else ""


def _portfolio_or_person(span: Span) -> bool:
    """'Minister of Investment, Trade and Industry' (a portfolio), 'Seri Yeoh, Managing
    Director' (a person): names next to a person's title."""
    doc = span.doc
    if len(span) > 1 and span[-1].text in _PERSON_TITLES - {"General"}:
        return span[-1].text not in NAME_HEADS  # "Group Chief Executive Officer": an office
    before = doc[max(0, span.start - 3) : span.start]
    # ("Ana Ruiz, co-founder and CEO of Meseta AI": a business's chief, of the business)
    if _word_before_of(span) in _BUSINESS_CHIEFS:
        return False
    if any(t.text in _PERSON_TITLES for t in before) and doc[span.start - 1].lower_ == "of":
        return True
    # "the Minister of Science, Technology and Innovation": back over the portfolio's list
    i = span.start - 1
    while i > 0 and span.start - i < 10 and (doc[i].is_title or doc[i].text in (",", "and", "&")):
        i -= 1
    if i > 0 and doc[i].lower_ in ("of", "for") and doc[i - 1].text in _PERSON_TITLES | {"State"}:
        return True
    if len(span) == 1 and span[0].text in _ANALYST_ROLES:
        return True  # "Thiago Andrade — Analyst, Banco Paulista": a role, not a name
    after = [t for t in doc[span.end : span.end + 5] if not t.is_space]
    if after and after[0].text in _PERSON_TITLES:
        return True  # a name over a title line: "Karen Harris\n Managing Director"
    # ("Seri Yeoh, Managing Director", "Helena Yamamoto — Analyst, Serra Capital Research")
    titled = len(after) > 1 and after[1].text in _PERSON_TITLES | _ANALYST_ROLES
    return titled and after[0].text in (",", "—", "–", "-")


@Language.factory("sovai_actors_v1")
def make_actor_recognizer(nlp: Language, name: str) -> ActorRecognizer:
    return ActorRecognizer()
