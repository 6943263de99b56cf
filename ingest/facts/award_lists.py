"""Subsidies listed item by item under a sentence that announces them.

A ministry's notice ("METI has decided to grant subsidies to the five operators listed
below", then "1. Sakura Internet Inc. ... Maximum subsidy: ¥50.1 billion") or a grant
agreement's table ("the seven beneficiaries listed below", then "1 | Charles University |
... | 3,120,000.00" under a header "EU contribution (EUR)") gives one subsidy per item: the
announcing sentence's public funder to the item's first firm, body or model, for the
amount the item states (a bare figure in the currency the header names). A results page's
"The following projects have been offered funding" announces too, its funder on a
"Funder: Innovate UK" line.
"""

from __future__ import annotations

import dataclasses
import re
from typing import NamedTuple

from spacy.tokens import Token

from ingest.facts.context import DocContext, Fact, Sentence
from ingest.facts.subsidies import amount_of, money_of
from ingest.facts.tree import children, prep_objects
from ingest.lexicon import FUND_VERBS
from ingest.mentions import Mention
from ingest.money import Money, currencies, find_money
from ingest.readers.boilerplate import (
    ANNOUNCES_FOLLOWING,
    ANNOUNCES_LIST,
    AWARD_HEADER,
    LIST_MARKER,
    ROMAN_ITEM,
    line_at,
    line_end,
    line_start,
)

_RECIPIENTS = ("Firm", "Organization", "AIModel")
# ("Borrower: Government of Belize": a field says outright that a state gets the money)
_LABELLED_RECIPIENTS = (*_RECIPIENTS, "Government")
# the reader's cues ("listed below", "as follows"), and a results page's "the following"
_ANNOUNCES = re.compile(rf"{ANNOUNCES_LIST.pattern}|{ANNOUNCES_FOLLOWING.pattern}", re.IGNORECASE)
# "Funder: Innovate UK", "Funding body .... European Union": a notice's own funder
_FUNDER_WORDS = (
    r"funder|funding (?:body|authority|agency)|funded by|granting (?:authority|body)"
    r"|awarding (?:body|authority)|contracting (?:authority|entity)|procuring entity"
    r"|approving (?:body|authority|agency)"
)
_FUNDER_LABEL = re.compile(rf"\s*(?:{_FUNDER_WORDS})\b", re.IGNORECASE)
_NOTE_SENTENCES = 3  # the sentences above a table read for who gives its awards
_FOLLOWING_SENTENCES = 6  # ... and for who approves 'the following' awards
_AWARD_NOUNS = frozenset("grant award subsidy recipient beneficiary allocation".split())
_AWARD_WORDS = _AWARD_NOUNS | frozenset(
    """grants subsidies awards beneficiaries recipients contribution contributes funding
    adopted selected approved sanctioned allocated distributed disburse sum successful""".split()
)
# what a note above a table says a body sanctioned or granted: "Amounts are grants-in-aid"
_NOTED_MONEY = _AWARD_WORDS | {"amount", "aid"}
# a bracketed item's label: "(a)", "(iv)", "(3)"
_BRACKETED = r"\((?:[a-z]{1,4}|\d{1,3})\)"
# an award item: "1.", "2)", "| 3 |", "4  |", a row of a stream ("A-01 |", "R2-03 |"), a
# bracketed one, a lettered one ("b) ARS 6.3 billion to ARSAT", "a. EUR 4.8 million to X") or a
# dashed one ("- EUR 6 million to Teagasc"; the group says which: a
# list keeps to one, and a notice's next numbered paragraph after a lettered list is no item
# of it)
_ITEM = re.compile(
    rf"\s*(?:\|?\s*(\d{{1,3}}|(?:[A-Z][A-Z\d]{{0,3}}-|[A-Z]{{1,2}})\d{{1,3}}(?:/\d{{1,3}})?(?=\s*\|))"
    rf"(?:st|nd|rd|th)?\s*[.)|]"
    rf"|({_BRACKETED})\s|([a-z][.)])\s|({ROMAN_ITEM.pattern})|([-–•*▪])\s)"
)
# a list's end: "Notes", "Total | 20,600,000.00"
_LIST_ENDS = frozenset("notes note total totals source sources inquiries contact".split())
# an item of a list: "-", "•", "1.", "2)" as the text reader has them, and "(a)", "(iv)", "(3)"
_LISTED = re.compile(rf"{LIST_MARKER.pattern}|\s*{_BRACKETED}\s", re.M)
# the announcing sentence's word for getting what the list holds ("is a beneficiary of the
# following", "has received the following grants")
_RECEIVING = frozenset("beneficiary recipient receive benefit obtain".split())
# the verb of a notice's own body before its table ("NMRC announces the results of ...")
_ANNOUNCING = frozenset("announce publish declare".split())
# what a body does to 'the following' awards ("IN-SPACe has approved the following grants")
_LISTING_VERBS = frozenset("approve award grant select sanction allocate".split())
# a table's column of funders: "| Funder |", "| Funding body |"
# a table's column of who gets the money: "| Grant recipient |", "| Beneficiary (country) |"
_RECIPIENT_COLUMN = re.compile(
    r"(?:(?:grant|lead|final)\s+)?(?:recipient|beneficiary|grantee|awardee|applicant|coordinator)s?"
    r"(?:\s+(?:institution|organi[sz]ation|company))?(?:\s*\([^)]*\))?",
    re.I,
)
# ("| Source | Instrument | Amount | Beneficiary |": a financing plan's sources)
_FUNDER_COLUMN = re.compile(
    rf"(?:{_FUNDER_WORDS}|source|source of funds|financier|donor|lender)s?", re.I
)
# a table's column of the sums awarded: "| Central fiscal support |", "| Grant (EUR) |"
_AWARDED_COLUMN = re.compile(
    r"(?:[\w-]+\s+){0,2}(?:support|subsid(?:y|ies)|grants?|awards?|contribution|funding)"
    r"(?:\s*\([^)]*\))?",
    re.I,
)
# a row's figure ("3,120,000.00"), the number itself its `cell` group as in _BARE_CELL
_FIGURE = re.compile(r"(?P<cell>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{2})")
# a header's scale for the figures under it: "Amount (bn IRR)", "Grant (EUR million)"
_SCALE_WORD = re.compile(r"\b(bn|billion|mn|million|m|thousand|k|crores?|lakhs?)\b", re.I)
# a table cell holding nothing but a number: "| 620 |"
_BARE_CELL = re.compile(r"\|\s*(?P<cell>\d+(?:\.\d+)?)\s*(?=\||$)")
# a cell of a number and its scale: "| 48.0 billion |"
_SCALED_CELL = re.compile(rf"\|\s*(?P<cell>\d+(?:\.\d+)?\s?{_SCALE_WORD.pattern})\s*(?=\||$)", re.I)
# a list's own heading: "Approved projects", "List of successful applicants:"
_AWARD_HEADING = re.compile(
    r"(?:list of )?(?:approved|selected|funded|awarded|successful|winning)\s+"
    r"(?:projects?|recipients?|applicants?|applications?|proposals?|beneficiar(?:y|ies)|grantees?)"
    # ("(grants awarded by the Walloon Government)": a bracket that says who gives them;
    # "(recipient - project - grant - duration)": what each item gives)
    r"\s*(?:\([^()\n]{1,80}\))?\s*:?",
    re.I,
)
# a section heading's funder: "Line A — AI tutors for schools (funded by CORFO)"
_SECTION_FUNDED = re.compile(r"\((?:funded|financed) by\b", re.I)
# an item's own payer in brackets: "— A$1.6 million (Australian Government funding)"
_ITEM_FUNDED = re.compile(r"\([^()]{2,80}?\s(?:funding|grant|financing)\)", re.I)
# a notice's field naming who gets an award: "Awardee: X", "Beneficiary institution: X",
# "Successful bidder: X", "Awarded to: X"
# a lot's line that says whom it went to: "Lot 1 (GPU infrastructure): awarded to X, ..."
_LOT_AWARDED = re.compile(r"\s*Lot\s+[\w.-]+\b[^:\n]{0,80}:\s*(?:contract\s+)?awarded\s+to\s", re.I)
_RECIPIENT_LABEL = re.compile(
    r"\s*(?:awardee|beneficiary|recipient|grantee|borrower|awarded to"
    r"|(?:successful|winning|selected) (?:bidder|tenderer|applicant))s?"
    r"(?: (?:institution|organi[sz]ation|entity|company|firm))?\s*:",
    re.I,
)
# a field stating the award's sum: "Amount awarded: BRL 48.5 million", "Contract value: ...",
# "Total value of the contract: ..."
_AMOUNT_LABEL = re.compile(
    r"\s*(?:(?:amount|sum|value)(?: (?:awarded|granted|approved))?"
    r"|(?:contract|award|grant|subsidy|funding|total) (?:value|amount|sum)"
    r"|(?:approved |maximum )?(?:grant|award|subsidy|funding|contribution)"
    r"|(?:central|state|public) support)(?: of (?:the )?(?:contract|award|grant|lot))?"
    r"\s*(?:\([^)]*\))?\s*:",
    re.I,
)
# an item's status that withholds its award: "| 4,200,000 | award suspended pending documents",
# "Sanction deferred", "Withdrawn by applicant"
_WITHHELD = re.compile(
    r"\b(?:suspended|deferred|rejected|withdrawn|cancell?ed|declined|ineligible"
    r"|not (?:awarded|selected|funded|approved))\b",
    re.I,
)
# an item's sum that the recipient itself invests: "Investment: THB 8,120 million",
# "Total investment of EUR 40m"
_INVESTED = re.compile(r"\binvestment(?:\s+value)?(?:\s*:|\s+of)\s*$", re.I)
_CONTRACTING = re.compile(r"\b(?:contracting|awarding) (?:authority|entity)\b", re.I)
_FIELD_LINES = 4  # how far below its recipient a notice's amount field may stand
_HEADER_SENTENCES = 4  # a title, a rule and a header row may stand between cue and items
_MAX_ITEMS = 40


def listed_awards(ctx: DocContext) -> list[Fact]:
    """The subsidies of every announced list of awards (facts so far, plus these)."""
    added: list[Fact] = []
    # each sum's funder, as a cue first says it (sums only: a fact without one is no cue's)
    first_said: dict[tuple[int, int] | None, int | None] = {}
    for k, cue in enumerate(ctx.sentences):
        if not _announces_awards(cue):
            continue
        after = ctx.sentences[k + 1] if k + 1 < len(ctx.sentences) else None
        if after is not None and _is_award_header(after) and _AWARD_HEADING.fullmatch(cue.text):
            continue  # "Awarded projects" over a table's header: the header's own reading
        funder, said = _funder(ctx, cue)
        if funder is None and _column(_header_cells(cue), _FUNDER_COLUMN) is None:
            continue  # (a table's funder column names each row's own)
        items = _items(ctx, ctx.sentences[k + 1 :], funder, cue)
        added += items
        for f in items if said else []:
            if (money := _money_at(f)) is not None:
                first_said.setdefault(money, f.args[0])
    told = {(f.args, f.start) for f in ctx.facts}
    # (a table read twice, under the sentence that announces it and from its own header: the
    # funder a cue states itself, "the Xunta de Galicia, through GAIN, resolves to award the
    # following grants", over one found elsewhere in the text; of two cues that say it, the
    # first: "HaDEA ... has awarded the following grants:" over "| Partners | EU grant")
    added = [f for f in added if (f.args, f.start) not in told
             and first_said.get(_money_at(f), f.args[0]) == f.args[0]]  # fmt: skip
    # ("(a) SAKURA internet Inc.: ¥50.1 billion" under the Ministry's list: the list's funder,
    # not the state its currency guessed)
    listed = {_money_at(f) for f in added} - {None}
    return [f for f in ctx.facts if _money_at(f) not in listed] + added


def listed_support(ctx: DocContext) -> list[Fact]:
    """'The Issuer is a beneficiary of the following public support measures:', then '(a) a
    grant of EUR 310 million awarded by the BMWK': each item's subsidy that names no
    recipient goes to the one the announcing sentence names (facts so far, so amended)."""
    items: list[tuple[int, int, int]] = []  # (start, end, recipient) of each listed item
    for k, cue in enumerate(ctx.sentences):
        if not cue.text.rstrip().endswith(":") or not _ANNOUNCES.search(cue.text):
            continue
        if not any(t.lemma_ in _RECEIVING for t in cue.tokens):
            continue
        subject = next((t for t in cue.tokens if t.dep_ in ("nsubj", "nsubjpass")), None)
        recipient = ctx.refers_to(subject, cue) if subject is not None else None
        if recipient is None or ctx.type_of(recipient) not in _RECIPIENTS:
            continue
        for item in ctx.sentences[k + 1 : k + 1 + _MAX_ITEMS]:
            if not _LISTED.match(item.text):
                break
            items.append((item.start, item.end, recipient))

    def amended(f: Fact) -> Fact:
        if f.kind != "subsidy" or f.args[1] is not None:
            return f
        to = next((r for start, end, r in items if start <= f.start < end), None)
        return f if to is None or to == f.args[0] else dataclasses.replace(f, args=(f.args[0], to))

    return [amended(f) for f in ctx.facts] if items else ctx.facts


def labelled_awards(ctx: DocContext) -> list[Fact]:
    """An award notice's fields: "Awardee: Vendemais Comercio Digital S.A." and, on a line
    below it, "Amount awarded: BRL 48.5 million": a subsidy from the notice's funder to the
    labelled recipient (facts so far, less those that told the same sum otherwise, plus
    these)."""
    added: list[Fact] = []
    for sent in ctx.sentences:
        found = _labelled_recipient(ctx, sent)
        amount = _field_amount(ctx, sent, found[1]) if found is not None else None
        if found is None or amount is None:
            continue
        recipients, (where, money) = found[0], amount
        key = (where.start, money.start)
        told = [f for f in ctx.facts if f.kind == "subsidy" and _money_at(f) == key]
        if any(f.args[1] in recipients for f in told):
            continue
        # ("Amount: EUR 2m from the European Union": the funder the field names, on its line)
        text, base = where.text, where.span.start_char
        first, last = line_start(text, money.start), line_end(text, money.start)
        named = {m.entity for m in where.mentions if first <= m.span.start_char - base < last}
        funder = next((f.args[0] for f in told if f.args[0] in named), None)
        # ("A1 | Recipient: X | Approving body: MIDA | ...": the row's own funder)
        funder = next(iter(_labelled_funders(ctx, sent)), None) if funder is None else funder
        funder = funder if funder is not None else _notice_funder(ctx, sent)
        if funder is None or funder in recipients:
            continue
        extra: dict[str, object] = {"money": money, "year": None}
        added += [
            Fact("subsidy", (funder, r), where.start, where.end, 0.7, extra) for r in recipients
        ]
    replaced = {_money_at(f) for f in added}
    return [f for f in ctx.facts if _money_at(f) not in replaced] + added


# "- KBA: €25 million to Tessera AI in 2025", "BMDV grant: EUR 140m to X": a line whose label
# names the funder, then the sum and its recipient (a label of one body and lower-case words)
_FUNDER_LINE = re.compile(r"[ \t]*(?P<label>[^:\n]{2,60}?):[ \t]+")
_YEAR = re.compile(r"\bin ((?:19|20)\d\d)\b")


def funder_lines(ctx: DocContext) -> list[Fact]:
    """A summary's lines "Funder: SUM to Recipient", each a subsidy (facts so far, less those
    that told the same sum without its recipient, plus these)."""
    added: list[Fact] = []
    for sent in ctx.sentences:
        text, base = sent.text, sent.span.start_char
        marker = LIST_MARKER.match(text)
        line = _FUNDER_LINE.match(text, marker.end() if marker else 0)
        if line is None or "\n" in text[: line.end()].strip():
            continue
        money = next((m for m in sent.money if m.start == line.end()), None)
        if money is None:
            continue
        labelled = [m for m in sent.mentions if m.span.start_char - base < line.end("label")]
        rest = text[line.start("label") : line.end("label")]
        for m in labelled:
            rest = rest.replace(m.text, "")
        funders = {m.entity for m in labelled}
        if len(funders) != 1 or any(w[:1].isupper() for w in rest.split()):
            continue
        funder = funders.pop()
        to = re.match(r"\s+to\s+(?:the\s+)?", text[money.end :])
        if to is None or not ctx.is_public(funder):
            continue
        at = money.end + to.end()
        recipient = next((m.entity for m in sent.mentions if m.span.start_char - base == at), None)
        if recipient is None or recipient == funder or ctx.type_of(recipient) not in _RECIPIENTS:
            continue
        year = _YEAR.search(text[at : line_end(text, at)])
        extra: dict[str, object] = {"money": money, "year": int(year[1]) if year else None}
        added.append(Fact("subsidy", (funder, recipient), sent.start, sent.end, 0.7, extra))
    # (the body's "KBA adds EUR 25 million of its own budget": the same sum, its recipient here)
    sums = {(f.args[0], amount_of(f)) for f in added}
    kept = [f for f in ctx.facts if not (f.kind == "subsidy" and f.args[1] is None
                                         and (f.args[0], amount_of(f)) in sums)]  # fmt: skip
    told = {(f.args, amount_of(f)) for f in kept if f.kind == "subsidy"}
    return kept + [f for f in added if (f.args, amount_of(f)) not in told]


def _labelled_recipient(ctx: DocContext, sent: Sentence) -> tuple[list[int], int] | None:
    """The firm or body a recipient field of the sentence names first ("Beneficiary: Karaku AI
    S.R.L. (Paraguayan small enterprise)"), with those 'and' joins to it ("Awarded to: a
    consortium formed by Veu Oberta SCCL and Universitat Politècnica de Catalunya"), and
    where in the sentence's text its line starts."""
    text = sent.text
    base = sent.span.start_char
    for m in sent.mentions:
        if ctx.type_of(m.entity) not in _LABELLED_RECIPIENTS:
            continue
        at = m.span.start_char - base
        start = line_start(text, at)
        # ("A2 | Recipient: Barbados Statistical Service | Amount: USD 0.75 million": a
        # row's cell may hold the field)
        label = _RECIPIENT_LABEL.match(text, _cell_start(text, at)) or _LOT_AWARDED.match(
            text, start
        )
        # (the name first after the label: "Awarded to: the consortium formed by X" too)
        if (
            label is not None
            and at >= label.end()
            and not any(
                label.end() <= o.span.start_char - base < at
                and ctx.type_of(o.entity) in _LABELLED_RECIPIENTS
                for o in sent.mentions
            )
        ):
            return [m.entity, *_joined_on_line(ctx, sent, m)], start
    return None


def _joined_on_line(ctx: DocContext, sent: Sentence, first: Mention) -> list[int]:
    """The names 'and' or a comma joins to `first` on its line ("A and B", "A, B and C")."""
    text, base = sent.text, sent.span.start_char
    end = line_end(text, first.span.start_char - base)
    out: list[int] = []
    last = first
    for m in sent.mentions:
        if m.span.start <= last.span.start or m.span.start_char - base >= end:
            continue
        gap = sent.span.doc[last.span.end : m.span.start].text.strip(" ,")
        if gap not in ("", "and") or ctx.type_of(m.entity) not in _RECIPIENTS:
            break
        out.append(m.entity)
        last = m
    return [e for e in dict.fromkeys(out) if e != first.entity]


def _field_amount(ctx: DocContext, sent: Sentence, start: int) -> tuple[Sentence, Money] | None:
    """The sum a notice's fields give the recipient on the line at `start` of the sentence:
    on that line, or on an amount field ("Amount awarded:", "Contract value:") of the lines
    below it, before a blank line or the next recipient's field."""
    lines = 0
    labelled = True  # the recipient's own line (its sum may stand on it too)
    fresh = False  # whether the text at `start` opens a line of its own
    for s in ctx.sentences[sent.index : sent.index + _FIELD_LINES + 1]:
        text = s.text
        if s is not sent:
            # (the whitespace before a sentence ends the one before it, in the same chunk)
            before = ctx.sentences[s.index - 1].span
            gap = before.text_with_ws[-3:]
            if "\n\n" in gap or before.doc is not s.span.doc:
                return None
            # (a sentence may start inside a line: "Contract value:" | "ILS 118 million")
            start, fresh = 0, "\n" in gap
        while start < len(text):
            end = line_end(text, start)
            line = text[start:end]
            if fresh:
                if not line.strip() and end == len(text):
                    break  # (the indent of the next line, which the next sentence holds)
                if not line.strip() or _RECIPIENT_LABEL.match(line):
                    return None
                lines += 1
                if lines > _FIELD_LINES:
                    return None
                labelled = bool(_AMOUNT_LABEL.match(line))
            money = next((m for m in s.money if start <= m.start < end), None)
            if labelled and money is not None:
                return s, money
            start, fresh = end + 1, True
    return None


def _notice_funder(ctx: DocContext, sent: Sentence) -> int | None:
    """Who awards what a notice's fields list: the body a "Funder:" line names or the
    contracting authority, else the public body that announces the results, else the one the
    text's first acting sentence has act, else the first public body it names, else the state
    whose own text it is or that it is about."""
    before = ctx.sentences[: sent.index]
    labelled = [e for s in before for e in _labelled_funders(ctx, s)]
    # ("Section I: Contracting authority / I.1) Name: Ministry of Maritime Affairs")
    labelled += [m.entity for s in before if _CONTRACTING.search(s.text)
                 for m in s.mentions if ctx.is_public(m.entity)]  # fmt: skip
    announcing = [e for s in before for e in _announcers(ctx, s)]
    found = [
        *labelled[:1], *announcing[-1:], ctx.opening_body, _first_body(ctx, before),
        ctx.home_state, ctx.main_country,
    ]  # fmt: skip
    return next((f for f in found if f is not None), None)


def _first_body(ctx: DocContext, before: list[Sentence]) -> int | None:
    """The first public body (not a state) the sentences name: a notice's or a regulation's
    own ("... of the Ministry of Agriculture, Fisheries, Food Security and Nature")."""
    return next((m.entity for s in before for m in s.mentions
                 if ctx.is_public(m.entity) and not ctx.entities[m.entity].iso3), None)  # fmt: skip


def _last_line(sent: Sentence) -> str:
    return sent.text.strip().rsplit("\n", 1)[-1].strip()


def _is_award_header(sent: Sentence) -> bool:
    """Whether the sentence ends in a table's header of awards (the splitter may join a
    heading and a rule above it: "SELECTED FOR FUNDING / ---- / Rank | Applicant | ...")."""
    return bool(AWARD_HEADER.match(_last_line(sent)))


def _announces_awards(sent: Sentence) -> bool:
    # (the pattern first: it is asked of every sentence, the words of few)
    text = sent.text.strip()
    if _is_award_header(sent):
        # "No. | Applicant | ... | Maximum subsidy": a table of awards (a numbered row of
        # one, "| 1 | X Company | ... | Grant | 620 |", is no header)
        return not _ITEM.match(_last_line(sent))
    if _AWARD_HEADING.fullmatch(text):
        return True
    if any(t.dep_ == "neg" and t.head.dep_ in ("ROOT", "conj") for t in sent.tokens):
        return False  # "The following ... do not constitute grants under the Initiative:"
    if text.endswith(":") and any(
        t.lemma_ in FUND_VERBS and t.pos_ == "VERB" and t.dep_ == "ROOT" for t in sent.tokens
    ):
        return True  # "Of the amount referred to in Art. 2, FINEP shall commit:"
    if text.endswith(":") and any(
        t.lemma_ in _AWARD_NOUNS and t.dep_ in ("nsubj", "nsubjpass") for t in sent.tokens
    ):
        return True  # "The largest awards are:", "Recipients include:"
    return bool(_ANNOUNCES.search(text)) and any(
        t.lower_ in _AWARD_WORDS or t.lemma_ in _AWARD_WORDS for t in sent.tokens
    )  # ("is awarded to the projects listed below")


def _funder(ctx: DocContext, cue: Sentence) -> tuple[int | None, bool]:
    """Who gives, and whether the cue says so itself: the funder of a subsidy the sentence
    states, else its first public body (named, or the one its subject means: "The Ministry is
    pleased to announce"; or the institute that approves "the following"), else the
    funder of the subsidy the sentence before states ("The European Union contributes EUR
    20.6m to X. The seven beneficiaries listed below ..."), else (for a
    table) the public body the line above names, else the body a "Funder:" line above names,
    else the public body that announces it, else (for a table) the public body named last,
    else the one the text's first sentence has act, else the state whose own text it is."""
    first = ctx.sentences[max(cue.index - 1, 0)].start
    stated = [f.args[0] for f in ctx.facts if f.kind == "subsidy" and f.start == cue.start]
    # ("The Innovation and Prosperity Fund, affiliated to the Vice-Presidency for Science,
    # announces the final list": the body that announces it, not the last one named)
    named = _announcers(ctx, cue, any_body=True)[:1]
    named += [m.entity for m in cue.mentions if ctx.is_public(m.entity)]
    # ("The Ministry is pleased to announce that the following applicants ...": the body
    # the text means)
    # ("The following allocations are approved by the Ministry": the agent)
    subjects = [t for t in cue.tokens if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON"]
    named += [e for t in subjects
              if (e := ctx.refers_to(t, cue)) is not None and ctx.is_public(e)]  # fmt: skip
    # ("CAISI has approved the following five contributions": an institute too)
    named += _lists_the_following(ctx, cue)
    # ("The awards listed below are made by CAISI": an institute as the agent too)
    agents = [o for t in cue.tokens if t.dep_ == "agent" for o in children(t, ("pobj",))]
    named += [e for t in agents
              if (e := ctx.refers_to(t, cue)) is not None and _awarding_body(ctx, e)]  # fmt: skip
    # ("the Authority awards the following grants", parsed as one noun phrase: the body a
    # term the text defined stands for)
    named += [e for t in cue.tokens if t.is_title and t.tag_ == "NNP"
              and (e := ctx.defined_term(t.lower_)) is not None and ctx.is_public(e)]  # fmt: skip
    # (not above a heading of its own: "Co-funding from the European Union covers part of
    # the call." over "Funded projects", the ministry's)
    told = [] if _AWARD_HEADING.fullmatch(cue.text.strip()) else ctx.facts
    before = [f.args[0] for f in told
              if f.kind == "subsidy" and first <= f.start < cue.start]  # fmt: skip
    labelled = [e for s in ctx.sentences[: cue.index] for e in _labelled_funders(ctx, s)]
    # (a table of awards under a notice: the public body the notice named last)
    # ("A. Proposals approved (grants awarded by the Ministry)" right above it: before a
    # "Funded by the European Union" banner)
    headed = []
    if _is_award_header(cue):
        headed = [m.entity for s in ctx.sentences[: cue.index] for m in s.mentions
                  if ctx.is_public(m.entity)]  # fmt: skip
        # (a body over a country the notice names as a place: "to support insurers ... in
        # Singapore" after "The Monetary Authority of Singapore launched the grant")
        headed = [e for e in headed if not ctx.entities[e].iso3] or headed
    above = ctx.sentences[cue.index - 1] if headed and cue.index else None
    near = [m.entity for m in above.mentions if ctx.is_public(m.entity)] if above else []
    near = (_announcers(ctx, above, any_body=True)[:1] if above else []) or near
    # ("Note: Amounts are grants-in-aid sanctioned by the Government of Karnataka", a line
    # above the table: the body that gives them, not one named after it)
    notes = ctx.sentences[max(cue.index - _NOTE_SENTENCES, 0) : cue.index] if headed else []
    given_by = [e for s in notes for t in s.tokens
                if t.dep_ == "agent" and t.head.lemma_ in FUND_VERBS
                and t.head.head.lemma_ in _NOTED_MONEY
                for o in children(t, ("pobj",))
                if (e := ctx.refers_to(o, s)) is not None and ctx.is_public(e)]  # fmt: skip
    # ("IN-SPACe has approved the following grants from the Technology Adoption Fund. All
    # amounts are in rupees." above the table: the body that approves them, not the
    # department in its letterhead)
    # (further up too: "The Government of India has approved the following projects", then
    # three sentences of notes and a section's heading above the table)
    section = ctx.sentences[max(cue.index - _FOLLOWING_SENTENCES, 0) : cue.index] if headed else []
    given_by += [e for s in section for e in _lists_the_following(ctx, s)]
    # ("The IT Park announces the results of the round, financed through the Ministry";
    # "The Fund announces the final list ... the following were approved")
    announcing = [e for s in ctx.sentences[: cue.index] for e in _announcers(ctx, s, any_body=True)]
    # (a state's own notice: "the following three projects have been adopted" by it)
    # (a notice's own body last: "IN-SPACe, on behalf of the Government of India, invited
    # proposals ... The following entities have been selected")
    if headed and (heading := ctx.public_heading) is not None:
        # ("Germany, as a member state of the European Union, notifies these grants" above
        # the table of a ministry's heading: the ministry's, not a bloc or country named in
        # passing)
        near = [e for e in near if not _a_state_or_bloc(ctx, e)]
        headed += [heading] if _a_state_or_bloc(ctx, headed[-1]) else []
    said = next((f for f in [*stated, *named] if f is not None), None)
    if said is not None:
        return said, True
    found = [*before[-1:], *given_by[-1:], *near[-1:], *labelled[:1],
             *announcing[-1:], *headed[-1:], ctx.opening_body, ctx.home_state]  # fmt: skip
    return next((f for f in found if f is not None), None), False


def _a_state_or_bloc(ctx: DocContext, entity: int) -> bool:
    return ctx.type_of(entity) == "Bloc" or bool(ctx.entities[entity].iso3)


def _labelled_funders(ctx: DocContext, sent: Sentence) -> list[int]:
    """The public bodies on a sentence's "Funder:" line, wherever the line stands in it
    ("Published: 28 November 2025" above "Funding authority: Business Finland" is one
    sentence)."""
    text = sent.text
    return [m.entity for m in sent.mentions if ctx.is_public(m.entity)
            and _FUNDER_LABEL.match(text, _cell_start(text, m.start - sent.start))]  # fmt: skip


def _cell_start(text: str, i: int) -> int:
    """Where the table cell, else the line, holding character `i` of `text` starts ("A1 |
    Recipient: X | Approving body: MIDA |": each field's own cell)."""
    start = line_start(text, i)
    return text.rfind("|", start, i) + 1 or start


def _announcers(ctx: DocContext, sent: Sentence, *, any_body: bool = False) -> list[int]:
    """The public bodies (or `any_body`, organisations too) a sentence says announce or
    publish ("NMRC announces the results", "Published by the Production Development
    Corporation"; "KEBS hereby notifies the public", not "the Netherlands notified the
    scheme" to the Commission)."""
    # ("KEBS hereby notifies": a subject the parser took for a compound of the verb)
    return [e for t in sent.tokens if t.pos_ == "VERB" and _announces(t)
            for c in [*children(t, ("nsubj", "compound")), *prep_objects(t, ("by",))]
            if (e := ctx.refers_to(c, sent)) is not None
            and (_public_or_organisation(ctx, e) if any_body else ctx.is_public(e))]  # fmt: skip


def _announces(verb: Token) -> bool:
    return verb.lemma_ in _ANNOUNCING or (
        verb.lemma_ == "notify" and any(c.lower_ == "hereby" for c in verb.children)
    )


def _lists_the_following(ctx: DocContext, sent: Sentence) -> list[int]:
    """The public body or organisation a sentence says approves or awards 'the following'
    (not a body's own panel: "the Joint Committee of the DFG approved" the DFG's grants)."""
    return [e for t in sent.tokens if t.lemma_ in _LISTING_VERBS and t.pos_ == "VERB"
            and any(c.lower_ == "following" for o in children(t, ("dobj",)) for c in o.children)
            for s in children(t, ("nsubj",))
            if (e := ctx.refers_to(s, sent)) is not None and _awarding_body(ctx, e)]  # fmt: skip


def _public_or_organisation(ctx: DocContext, entity: int) -> bool:
    return ctx.is_public(entity) or ctx.type_of(entity) == "Organization"


def _awarding_body(ctx: DocContext, entity: int) -> bool:
    """A public body or organisation that may award a list, not a body's own panel."""
    return _public_or_organisation(ctx, entity) and not _A_BODYS_PANEL.search(
        ctx.entities[entity].name
    )


# a body's own panel or board ("the Allocation Committee", "the Fund's Board of Directors",
# "the Joint Committee of the DFG"; not "the Thailand Board of Investment")
_A_BODYS_PANEL = re.compile(
    r"\b(?:Committee|Panel|Jury)\b|\bBoard of (?:Directors|Trustees|Governors)\b"
    r"|\b(?:Governing|Executive|Supervisory) Board\b"
)


def _section_funder(ctx: DocContext, sent: Sentence) -> int | None:
    """The public body a list's section heading says funds it ("(funded by CORFO)")."""
    said = _SECTION_FUNDED.search(sent.text)
    if said is None:
        return None
    after = sent.start + said.end()
    return next(
        (m.entity for m in sent.mentions if m.start >= after and ctx.is_public(m.entity)), None
    )


def _items(ctx: DocContext, after: list[Sentence], funder: int | None, cue: Sentence) -> list[Fact]:
    out: list[Fact] = []
    # (a table's header row may be the cue itself: "No. | Beneficiary | Public funding (EUR)",
    # under its title: "Table 1 – Awarded applicants (amounts in CZK)")
    header: list[Sentence] = [cue]
    table = _is_award_header(cue)
    if table and cue.index:
        header.insert(0, ctx.sentences[cue.index - 1])
    block: list[Sentence] = []
    style: int | None = None  # the item group the list's first item matched
    columns = _Columns(None, None, None)  # the header's columns, read once it is whole
    for sent in after[: _HEADER_SENTENCES + _MAX_ITEMS * 3]:
        text = sent.text.strip()
        words = [w.lower().strip(".:|") for w in text.split()]
        ruled = bool(words) and not words[0].strip("-=_")  # "-----": a table's rule
        if block and ruled:
            words = words[1:]
        # ("Notes", "4. Notes on individual projects": a numbered section after the list)
        heading = words[1:2] if words[:1] and words[0].isdigit() else words[:1]
        if (heading and heading[0] in _LIST_ENDS) or (block and ruled and not words):
            break
        item = _ITEM.match(text)
        # (under a table's header every row is an item, numbered or not: "Special prize |
        # Strojna Misel d.o.o. | ... | EUR 250,000" after "3rd | ...")
        row = table and text.count("|") >= 2
        if (item or row) and not block and not (sent.money or sent.mentions):
            # "2. Adopted projects": the section's own numbered heading, no item (the
            # parser may end it with the table's header row, which the header keeps)
            header.append(sent)
            continue
        if (section := _section_funder(ctx, sent)) is not None and not (item or row):
            # "Line B — Language-model infrastructure (funded by ANID and Mineduc)": a
            # heading that gives the items under it their own funder
            out += _award(ctx, block, funder, header, columns)
            funder, block = section, []
            continue
        if item or row:
            group = item.lastindex if item else 0
            if style is not None and style != group and not table:
                break
            if style is None:
                columns = _columns(header)
            style = group
            out += _award(ctx, block, funder, header, columns)
            block = [sent]
        elif block:
            block.append(sent)  # "Project: ...", "Maximum subsidy: ¥50.1 billion"
        elif len(header) <= _HEADER_SENTENCES:
            header.append(sent)
        else:
            break
    return out + _award(ctx, block, funder, header, columns)


def _award(
    ctx: DocContext,
    block: list[Sentence],
    funder: int | None,
    header: list[Sentence],
    columns: _Columns,
) -> list[Fact]:
    """The subsidy of one item: its first recipient, the amount its lines state (from the
    public body in the header's funder `column`, where the table has one)."""
    if not block:
        return []
    item = block[0]
    if len(block) > 1 and _ITEM.fullmatch(item.text.strip()):
        item = block[1]  # ("2." | "University of Eastern Finland (UEF) - ...": split off)
    in_column: set[int] = set()  # the mentions in the funder column: no recipients
    # (the chunk's text, built anew on every access: once per row, and only for a column)
    text = item.span.doc.text if columns != (None, None, None) else ""
    if columns.funders is not None:
        in_column = {
            m.entity for m in item.mentions
            if _cell(text, m.start - item.offset) == columns.funders
        }  # fmt: skip
        # (whoever the column names funds, a public body or not: "Africa50 | Equity")
        funder = next(iter(in_column), funder)
    paid = _ITEM_FUNDED.search(item.text)
    if paid is not None:
        funder = next(
            (m.entity for m in item.mentions
             if paid.start() <= m.start - item.start < paid.end() and ctx.is_public(m.entity)),
            funder,
        )  # fmt: skip
    # ("A-01 | Code PINV25-0112", then "Beneficiary institution: UNA": the labelled one)
    labelled = (r for s in block if (r := _labelled_recipient(ctx, s)) is not None)
    # (beside a funder column, a state's ministry is a recipient: "| Grant | ... | Ministry
    # of ICT and Innovation (MINICT), Rwanda")
    kinds = _LABELLED_RECIPIENTS if in_column else _RECIPIENTS
    # ("| 04 | Fahrplan-LM | Fraunhofer IVI |" under "| No. | Project | Grant recipient |":
    # the name in the recipients' column first)
    listed = item.mentions
    if columns.recipients is not None:
        listed = sorted(
            listed, key=lambda m: _cell(text, m.start - item.offset) != columns.recipients
        )
    recipient = next((r[0][0] for r in labelled if r[0][0] != funder), None) or next(
        (m.entity for m in listed
         if m.entity != funder and m.entity not in in_column and ctx.type_of(m.entity) in kinds),
        None,
    )  # fmt: skip
    if recipient is None or funder is None:
        return []
    # ("| Project cost | Central fiscal support |": the sum in the awarded column)
    sums = [(s, m) for s in block for m in s.money]
    if columns.awarded is not None:
        sums.sort(key=lambda p: _cell(text, p[0].span.start_char + p[1].start) != columns.awarded)
    where, money = sums[0] if sums else (item, None)
    if money is not None and _invested(text or where.span.doc.text, where, money):
        return []  # "Investment: THB 14,300 million": what the firm itself invests
    named = {m.entity for m in where.mentions}
    stated = [
        f for f in ctx.facts
        if money is not None and _money_at(f) == (where.start, money.start)
        and (f.args[0] in named or f.args[0] == funder)
    ]  # fmt: skip
    if stated:
        # "1. RMB 74.4m was granted to X by Y": the item states its own subsidy ("4. CENIA —
        # ... ANID contributes CLP 610 million": to the item's recipient, if it names none)
        return [
            dataclasses.replace(f, args=(f.args[0], recipient))
            for f in stated if f.args[1] is None and f.args[0] != recipient
        ]  # fmt: skip
    for line in block if money is None else []:
        money = _figure_in_header_currency(line, header)
        if money is not None:
            where = line
            break
    if money is None:
        return []  # "1. SDAIA - HUMAIN" under "the following memoranda ...": a deal, no award
    if _WITHHELD.search(line_at(item.text, 0) + line_at(where.text, money.start)):
        return []
    extra: dict[str, object] = {"money": money, "year": None}
    return [Fact("subsidy", (funder, recipient), item.start, where.end, 0.7, extra)]


def _invested(text: str, where: Sentence, money: Money) -> bool:
    """Whether the line before a sum labels it what the recipient invests, however the
    parser split the line into sentences ("Investment:" | "THB 8,120 million."); `text`: the
    chunk's."""
    at = where.span.start_char + money.start
    return bool(_INVESTED.search(text, line_start(text, at), at))


class _Columns(NamedTuple):
    """A table header's columns (cell numbers) of funders, of recipients and of the sums
    awarded."""

    funders: int | None
    recipients: int | None
    awarded: int | None


def _money_at(f: Fact) -> tuple[int, int] | None:
    """Where a subsidy's sum is told: its sentence's start and the sum's place in it."""
    money = money_of(f) if f.kind == "subsidy" else None
    return None if money is None else (f.start, money.start)


def _cell(text: str, i: int) -> int:
    """Which cell of its table row character `i` of the chunk's `text` stands in."""
    line = text[line_start(text, i) : i]
    return line.count("|") - line.lstrip().startswith("|")


def _columns(header: list[Sentence]) -> _Columns:
    """The cells that head the funders ("| Funder |"), the recipients ("| Grant recipient |")
    and the sums awarded ("| Central fiscal support |"), each from the first header row that
    has one (each row's line read once)."""
    rows = [_header_cells(s) for s in header]
    return _Columns(
        *(next((c for r in rows if (c := _column(r, heads)) is not None), None)
          for heads in (_FUNDER_COLUMN, _RECIPIENT_COLUMN, _AWARDED_COLUMN))
    )  # fmt: skip


def _header_cells(header: Sentence) -> list[str]:
    """A header row's cells (the whole line: the sentence splitter may cut a row at "| # |")."""
    return line_at(header.span.doc.text, header.span.end_char - 1).split("|")


def _column(cells: list[str], heads: re.Pattern[str]) -> int | None:
    if len(cells) < 3:
        return None
    column = next((k for k, c in enumerate(cells) if heads.fullmatch(c.strip())), None)
    return None if column is None else column - (not cells[0].strip())


def _figure_in_header_currency(item: Sentence, header: list[Sentence]) -> Money | None:
    """'3,120,000.00' in a row under 'EU contribution (EUR)': the figure in that currency;
    '| 620 |' under 'Amount (bn IRR)': a cell's bare number in the bracket's scale."""
    codes = [
        w for s in header for w in re.findall(r"\b[A-Z]{3}\b", s.text)
        if w.casefold() in currencies().by_form
    ]  # fmt: skip
    if not codes:
        return None
    scale = next(
        (m.group(1) for s in header for b in re.findall(r"\(([^)]*)\)", s.text)
         if codes[0] in b and (m := _SCALE_WORD.search(b))),
        "",
    )  # fmt: skip
    figures = list(_FIGURE.finditer(item.text))
    if not figures and (figures := list(_SCALED_CELL.finditer(item.text))[-1:]):
        scale = ""  # "| 48.0 billion |" under "Grant (KRW)": the cell says its own scale
    if not figures and scale:
        figures = list(_BARE_CELL.finditer(item.text))[-1:]
    if not figures:
        return None
    figure = figures[0]
    found = find_money(f"{codes[0]} {figure['cell']} {scale}".rstrip())
    if not found:
        return None
    return dataclasses.replace(
        found[0], start=figure.start("cell"), end=figure.end("cell"), text=figure["cell"]
    )
