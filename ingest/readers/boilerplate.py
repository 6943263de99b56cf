"""Blanking the boilerplate of plain text saved from a web page: menus, pickers, footers.

The classifier is jusText's (Pomikálek, 2011), from the `justext` package trafilatura already
depends on: each paragraph is first judged alone (length, stopword density, link density, a
copyright sign), then short and near-good paragraphs take the class of their neighbours.
Plain text has no markup, so paragraphs here are lines (joined when the text is hard-wrapped
at a fixed width) and these general signals are added to jusText's own:

- script: a line mostly written in another script than the document's prose (a Korean menu
  around an English article);
- furniture words: short lines about cookies, privacy, signing in, sharing, newsletters...;
  such lines go, but do not split the prose around them (a share bar inside an article);
- repetition: a short line printed more than once (a menu shown twice, running headers);
- menus: runs of short label lines without sentence punctuation, unless a colon announces
  them (a list announced by "The partners are:" is weighed as prose);
- link lists: the items and date lines under a heading such as "Most read", "Trending" or
  "Related stories" (other articles' headlines name other actors);
- label rows: breadcrumbs and rows of short labels split by "|", "›" or "·" ("Tech | Riyadh |
  4 min read"), and lines a tag or link heading opens ("Tags: ...", "Also read: ...");
- sentence-likeness: a line jusText finds too sparse in stopwords but that reads as a
  sentence (ends like one, has function words) is weighed by its context, not dropped;
- tables: three or more lines of as many cells split by "|", some holding a figure or a
  phrase, are data and stay, each row a line of its own (a menu's rows differ in length);
- the document's own title line (from its header) is kept;
- a text with next to nothing of a web page (fewer than two lines of furniture, menus, link
  lists or repeats) keeps its list items, however sparse in stopwords: a slide deck's or a
  filing's bullets are its content.

Removed lines are blanked, not cut, so offsets stay those of the file.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

import justext

from ingest.names import is_legal_word, lower_legal_form_at
from ingest.readers.spans import Span, blank

# a list item's marker: "- ", "• ", "3. ", "b. ", "(iv) " (ingest.facts.award_lists reads it
# too)
LIST_MARKER = re.compile(
    r"^[ \t]*(?:[-*+•·▪◦‣–—]|\d{1,3}[.)]|[a-z][.)]|\((?:[a-z]|[ivx]{1,4}|\d{1,3})\))[ \t]+", re.M
)
# a legal text's item numbered in capitals: "I - BRL 95 million to ...", "IV – the balance"
ROMAN_ITEM = re.compile(r"[ \t]*[IVX]{1,4}[ \t]+[-–—][ \t]")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
# Web-page furniture. A BANNER phrase marks a line of up to a long sentence (cookie banners
# are sentences), a STRONG one a short line; any phrase marks a line mostly made of them.
_BANNER = (
    r"cookies?|privacy (?:policy|notice|statement|settings)|all rights reserved|"
    r"skip to (?:main )?content|"
    r"(?:store|access)(?: and(?:/or)? access)? information on (?:a|your) device"
)
# (terms of service are a footer's link, but prose speaks of them too: "subject to terms of
# service that the Council cannot negotiate")
_STRONG = (
    r"terms (?:of (?:use|service)|and conditions)|this article is part of|saved items|"
    r"sitemap|back to top|you may also like|"
    r"recommended for you|related (?:articles|posts|stories|content|reading)|"
    r"listen to this (?:article|story)|t&cs? apply|sponsored by"
)
_WEAK = (
    r"sign (?:in|up|out)|log ?(?:in|out)|subscribe|newsletter|share (?:this|on)|"
    r"read (?:more|next)|see (?:more|all)|learn more|follow us|contact us|"
    r"download (?:the )?pdf|advertisement|accessibility|print this|"
    r"(?:select|choose) (?:your )?(?:language|region|country)|"
    r"facebook|twitter|linkedin|instagram|youtube|whatsapp|email"
)
# Who takes part in a hearing, panel or podcast (the speaker turns read what body each is
# introduced with).
_PARTICIPANTS = re.compile(
    r"\s*(?:witness(?:es)?|guests?|panel(?:lists)?|speakers|participants|members present"
    r"|in attendance|invited|analysts|appearing|attending)\s*:",
    re.IGNORECASE,
)
# A document's letterhead: the issuing body's name alone on its first line ("Ministry of
# Economy, Trade and Industry (METI)", "Tellaris Re Holding AG (SIX: TLRS)"), which says who
# speaks as "the Ministry" or "we"
_LETTERHEAD_HEADS = frozenset(
    """Ministry Ministère Ministerio Department Agency Authority Commission Office Bureau
    Secretariat Directorate Council Institute University Corporation Company Group Holdings
    Limited Ltd Inc Bank Fund Foundation Government Presidency Cabinet""".split()
)
_LETTERHEAD_MAX_WORDS = 14
_COMPANY_MAX_WORDS = 6  # the words of a company's name and its legal form
_LABELLED = re.compile(r"\s*\w+:")
# A field of a notice or a filing, a label and its value on one line ("File reference:
# SEDIA/2025/0173-LN", "Date of award: 22 September 2025"): no menu's item
_KEY_VALUE = re.compile(r"\s*[A-Z][\w'’-]*(?: [\w'’()/-]+){0,3}:[ \t]+\S")
# A notice's field naming a party: "Procuring entity: Bangladesh Water Development Board
# (BWDB), ...", "Awarded to: ..." (not any label: "Registered Office: 4th Floor, ...")
_FIELD = re.compile(
    r"\s*(?:[A-Z][\w'’()-]* ){0,2}(?:entity|authority|body|buyer|contractor|supplier|recipient"
    r"|beneficiary|funder|applicant|awardee|awarded to|coordinator|organi[sz]ation)s?:[ \t]+\S",
    re.I,
)
# (a byline's or a title's words: "Emirates News Agency (WAM) - Feature", "Press Information
# Bureau", "Government Work Report (Excerpt)")
_NOT_LETTERHEAD_WORDS = frozenset("News Press Wire Feature Report Results |".split())
# Headings over lists of other articles; the list under one goes with it.
_LINK_LIST_HEADING = re.compile(
    r"(?:related|more|most|top|latest|popular|trending|recommended|sponsored|partner|also|read|"
    r"editor'?s|in case|don'?t|what to|you (?:may|might)|further)(?:\b.{0,30}?"
    r"\b(?:articles?|stories|posts|news|reads?|reading|coverage|content|headlines|picks|"
    r"popular|viewed|shared|trending|now|next|also|more|like|missed it|miss|this week|today|"
    r"insights|reports|analysis|research|videos|podcasts|"
    r"sponsored|related|latest|a-z))?"
    # "More from AsiaTech Ledger", "Latest on Data Centres": other pages of the site
    r"|(?:more|latest|also|others?) (?:from|on|in|by) .{1,40}",
    re.I,
)
_LINK_LIST_HEADING_WORDS = 6
# A line a tag or link heading opens: "Tags: Reliance | Meta", "Also read: How Groww ..."
_OPENED_BY_LINK_HEADING = re.compile(
    r"^(?:tags?|topics?|filed under|also read|read (?:more|also|next)|related|see also|"
    r"sponsored|advertisement)\s*[:|]",
    re.I,
)
# Breadcrumbs and label rows: "Home > Policy > Compute", "Tech | Riyadh | 4 min read"
_ROW_SEPARATOR = re.compile(r"\s(?:[|›»>·]|\|\|)\s")
_TABLE_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+")
# "the beneficiaries listed below", "as follows": a sentence announcing the list or table
# after it (ingest.facts.award_lists reads the same cue)
# "The following companies were selected": a sentence that announces what comes next
ANNOUNCES_FOLLOWING = re.compile(r"\bthe following\b", re.I)
ANNOUNCES_LIST = re.compile(
    r"\b(?:listed|set out|shown|named|given)\s+below\b|\bas follows\b|\bbelow:", re.I
)
# A table's header row naming who gets money awarded ("No. | Applicant | ... | Maximum
# subsidy"), not a menu ("News | Funding | Policy"): the rows under it are the awards
AWARD_HEADER = re.compile(
    r"^(?=.*\|.*\|)(?:"
    r"(?=.*\b(?:applicants?|recipients?|beneficiar(?:y|ies)|participants?|grantees?|awardees?|winners?"
    r"|institutions?|coordinators?|compan(?:y|ies)|organi[sz]ations?)\b)"
    r".*\b(?:subsidy|grant|award(?:ed)?|contribution|funding|vouchers?|prize|fiscal support)\b"
    # ("No. | Recipient | Project | Amount", "Beneficiary | ... | State support"): a column
    # of who gets money says what the figure beside it is
    r"|(?=.*\b(?:recipients?|beneficiar(?:y|ies)|grantees?|awardees?)\b)"
    r".*\b(?:amount|support|allocation|allocated|sum)\b)",
    re.I,
)
_ROW_MIN_CELLS = 3
_TABLE_MIN_ROWS = 3  # a header and two rows
_TABLE_PHRASE_WORDS = 3
_ROW_CELL_MAX_WORDS = 6
_BANNER_FURNITURE = re.compile(rf"\b(?:{_BANNER})\b", re.I)
_STRONG_FURNITURE = re.compile(rf"\b(?:{_STRONG})\b", re.I)
_ANY_FURNITURE = re.compile(rf"\b(?:{_BANNER}|{_STRONG}|{_WEAK})\b", re.I)

_JOIN_MIN_CHARS = 40  # a hard-wrapped prose line is at least this long
_WRAP_MAX_CHARS = 100  # ... and at most this long, in nine lines of ten
_LABEL_MAX_WORDS = 6
_MENU_MIN_RUN = 5
_BANNER_MAX_WORDS = 40
_CONSENT_MAX_WORDS = 100  # a consent banner naming its ad partners, two banner phrases in it
_STRONG_FURNITURE_MAX_WORDS = 15
_FURNITURE_MIN_SHARE = 0.3
_PAGE_MIN_SIGNALS = 2  # boilerplate lines that make a text a saved web page
_SENTENCE_MIN_WORDS = 8
_SHORT_SENTENCE_MIN_WORDS = 6
_SENTENCE_MIN_STOPWORDS = 0.15
_LONG_SENTENCE_MIN_STOPWORDS = 0.10
_FOREIGN_MAX_SHARE = 0.5  # a line with less than this share of the main script is foreign
_REVISE_WINDOW = 2000  # paragraphs per jusText revision pass; keeps long texts linear
_LANGUAGE_SAMPLE_WORDS = 20000
_MAX_LINK_DENSITY = justext.core.MAX_LINK_DENSITY_DEFAULT


@dataclass(eq=False)
class _Paragraph:
    """One paragraph of plain text, shaped as jusText's classifier expects."""

    start: int
    end: int
    text: str
    listed: bool
    chars_count_in_links: int = 0
    dom_path: str = "p"
    cf_class: str = ""
    class_type: str = ""
    heading: bool = False
    words: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.words = self.text.split()

    def __len__(self) -> int:
        return len(self.text)

    @property
    def is_heading(self) -> bool:
        letters = sum(c.isalpha() for c in self.text)
        return not self.listed and self.is_label and len(self.words) <= 10 and letters >= 3

    @property
    def is_label(self) -> bool:
        return not _SENTENCE_END.search(self.text) and not self.text.endswith(":")

    def stopwords_density(self, stoplist: frozenset[str]) -> float:
        if not self.words:
            return 0.0
        return sum(w.lower() in stoplist for w in self.words) / len(self.words)

    def links_density(self) -> float:
        return self.chars_count_in_links / len(self.text) if self.text else 0.0


def remove_boilerplate(text: str, *, links: Sequence[Span] = (), title: str | None = None) -> str:
    """`text` with boilerplate lines blanked. `links` are spans of link text (from markup)."""
    paragraphs = _paragraphs(text, links)
    if not paragraphs:
        return text
    stoplist = _stoplist(" ".join(p.text for p in paragraphs))
    justext.core.classify_paragraphs(paragraphs, stoplist)
    # (tables, and a hearing's or podcast's list of who takes part: "Witnesses: Sarah
    # Whitcombe, Director, National Grid plc; ...", names and few stopwords all the same)
    kept = _announced_tables(paragraphs, stoplist) | _data_tables(paragraphs)
    kept |= {p for p in paragraphs if _PARTICIPANTS.match(p.text)}
    furniture = {p for p in paragraphs if _is_furniture(p) and p not in kept}
    hard_bad = _hard_bad(paragraphs, furniture) - kept
    page = len(hard_bad - set(_foreign(paragraphs))) >= _PAGE_MIN_SIGNALS
    _weigh_sentences(paragraphs, stoplist, hard_bad)
    _weigh_announced_lists(paragraphs, stoplist)
    for p in hard_bad:
        p.cf_class = p.class_type = "bad"
    for p in kept:
        p.cf_class = "good"
    if not page:
        # next to nothing of a web page (furniture, a menu, a link list, a repeated line): a
        # report's or slide deck's list items are its content, however terse, and so are a
        # notice's fields and the letterhead of a notice or a circular
        for p in paragraphs:
            if (p.listed or _FIELD.match(p.text)) and p not in hard_bad:
                p.cf_class = "good"
        for p in paragraphs[:1]:
            if _is_letterhead(p) and p not in hard_bad:
                p.cf_class = "good"
    _keep_title(paragraphs, title)
    # Furniture (a share bar, "This article is part of...") is set into articles: it goes,
    # but does not split the prose around it.
    _classify_in_context([p for p in paragraphs if p not in furniture])
    return blank(text, [(p.start, p.end) for p in paragraphs if p.class_type != "good"])


# the small words inside a company's name ("Grupo Autopartes del Bajio")
_NAME_PARTICLES = frozenset("de del della di da do dos das la le van von der den y e".split())


def _is_letterhead(p: _Paragraph) -> bool:
    """A body's name on a line of its own: a head word and capitals, no sentence; or a
    title line opening with a company's name and legal form ("Hanbit Energy Holdings Co.,
    Ltd. (KRX: 09471) - Q4 Earnings Conference Call")."""
    words = [w.strip("(),") for w in p.words]
    named = [w for w in words if w[:1].isupper()]
    if not words or p.text.rstrip().endswith((".", ":", "?", "!")) or _LABELLED.match(p.text):
        return False  # ("From: Anna Berthoud, CEO, Lumen Lingua AG")
    legal = next((i for i, w in enumerate(words[:_COMPANY_MAX_WORDS]) if is_legal_word(w)), None)
    if legal is None:
        # ("Grupo Autopartes del Bajio, S.A.B. de C.V. (BMV: GABAJIO)": a form in several words)
        legal = next((i for i in range(1, min(len(words), _COMPANY_MAX_WORDS))
                      if lower_legal_form_at(" ".join(words[i:]))), None)  # fmt: skip
    if legal and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words[:legal]):
        return len(words) <= 2 * _LETTERHEAD_MAX_WORDS
    return (
        len(words) <= _LETTERHEAD_MAX_WORDS
        # ("GOVERNMENT OF INDIA", "MINISTRY OF SCIENCE AND TECHNOLOGY": in capitals too)
        and any(w.title() in _LETTERHEAD_HEADS or is_legal_word(w) for w in words)
        and not any(w.title() in _NOT_LETTERHEAD_WORDS for w in words)
        and 2 * len(named) >= len(words)
    )


def _classify_in_context(paragraphs: list[_Paragraph]) -> None:
    _revise(paragraphs)
    if not any(p.class_type == "good" for p in paragraphs):
        # No paragraph long enough to anchor the context rules (news written one short
        # sentence per line): let the sentence-like ones anchor it instead.
        for p in paragraphs:
            if p.cf_class == "neargood":
                p.cf_class = "good"
        _revise(paragraphs)
    if not any(p.class_type == "good" for p in paragraphs):
        # No prose at all (a note of a few words): drop only what is boilerplate on its own.
        for p in paragraphs:
            p.class_type = "bad" if p.cf_class == "bad" else "good"


def _paragraphs(text: str, links: Sequence[Span]) -> list[_Paragraph]:
    """Lines, with hard-wrapped prose lines joined; link characters counted per paragraph.

    A line continues the one before when the text is hard-wrapped and the line before is
    long, unfinished (no sentence or colon end) and this line is no list item.
    """
    spans: list[Span] = []
    offset = 0
    previous = ""
    lines = text.splitlines(keepends=True)
    wrapped = _is_hard_wrapped(lines)
    for line in lines:
        stripped = line.strip()
        start, offset = offset, offset + len(line)
        end = start + len(line.rstrip("\r\n"))
        if not stripped:
            previous = ""
            continue
        continues = (
            wrapped
            and len(previous) >= _JOIN_MIN_CHARS
            and not _SENTENCE_END.search(previous)
            and not previous.endswith(":")
            and not LIST_MARKER.match(line)
            and not is_table_row(previous)  # a table's rows are lines
            and not is_table_row(stripped)
        )
        if continues and spans:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        previous = stripped
    link_chars = _link_chars(text, spans, links)
    return [
        _Paragraph(
            start=start,
            end=end,
            text=" ".join(text[start:end].split()),
            listed=bool(LIST_MARKER.match(text, start)),
            chars_count_in_links=chars,
        )
        for (start, end), chars in zip(spans, link_chars, strict=True)
    ]


def _is_hard_wrapped(lines: Sequence[str]) -> bool:
    """Whether prose lines are wrapped at a fixed width (then one paragraph spans lines)."""
    long_lines = sorted(n for line in lines if (n := len(line.strip())) >= _JOIN_MIN_CHARS)
    return bool(long_lines) and long_lines[math.ceil(0.9 * len(long_lines)) - 1] <= _WRAP_MAX_CHARS


def _link_chars(text: str, spans: Sequence[Span], links: Sequence[Span]) -> list[int]:
    marked = sorted([*links, *((m.start(), m.end()) for m in _URL.finditer(text))])
    counts = []
    i = 0
    for start, end in spans:
        while i < len(marked) and marked[i][1] <= start:
            i += 1
        j, chars = i, 0
        while j < len(marked) and marked[j][0] < end:
            chars += min(end, marked[j][1]) - max(start, marked[j][0])
            j += 1
        counts.append(chars)
    return counts


@cache
def _stoplists() -> dict[str, frozenset[str]]:
    return {
        name: frozenset(w.lower() for w in justext.get_stoplist(name))
        for name in justext.get_stoplists()
    }


@cache
def _languages_of_stopwords() -> dict[str, tuple[str, ...]]:
    """Each stopword and the languages whose stoplists hold it (one pass over a text's words
    then scores every language)."""
    index: dict[str, list[str]] = {}
    for name, stoplist in _stoplists().items():
        for word in stoplist:
            index.setdefault(word, []).append(name)
    return {word: tuple(names) for word, names in index.items()}


def _stoplist(text: str) -> frozenset[str]:
    """The stopwords of the language whose stopwords cover most of the text's words."""
    words = Counter(w.lower() for w in text.split()[:_LANGUAGE_SAMPLE_WORDS])
    index = _languages_of_stopwords()
    scores: Counter[str] = Counter({name: 0 for name in _stoplists()})
    for word, n in words.items():
        for name in index.get(word, ()):
            scores[name] += n
    # (ties go to English, then by name: some stoplists hold English's words too, Marathi's
    # all of them, and the set of names iterates in a different order in every process)
    best = max(sorted(scores), key=lambda name: (scores[name], name == "English"))
    return _stoplists()[best]


def _hard_bad(paragraphs: Sequence[_Paragraph], furniture: set[_Paragraph]) -> set[_Paragraph]:
    """Paragraphs that are boilerplate whatever their neighbours are."""
    bad = set(furniture)
    bad.update(_foreign(paragraphs))
    bad.update(_menu_runs(paragraphs, furniture))
    bad.update(_link_lists(paragraphs))
    repeats = Counter(p.text.casefold() for p in paragraphs)
    short_length = justext.core.LENGTH_LOW_DEFAULT
    # (a rule of dashes or stars between a digest's items repeats too, but is no text)
    bad.update(
        p
        for p in paragraphs
        if len(p) < short_length
        and repeats[p.text.casefold()] > 1
        and any(c.isalnum() for c in p.text)
    )
    return bad


def _is_furniture(p: _Paragraph) -> bool:
    banners = len(_BANNER_FURNITURE.findall(p.text))
    if banners and len(p.words) <= _BANNER_MAX_WORDS:
        return True
    if banners >= 2 and len(p.words) <= _CONSENT_MAX_WORDS:
        return True
    if _OPENED_BY_LINK_HEADING.match(p.text) or _is_label_row(p):
        return True
    if len(p.words) <= _STRONG_FURNITURE_MAX_WORDS and _STRONG_FURNITURE.search(p.text):
        return True
    covered = sum(m.end() - m.start() for m in _ANY_FURNITURE.finditer(p.text))
    return covered >= _FURNITURE_MIN_SHARE * len(p.text)


def _is_label_row(p: _Paragraph) -> bool:
    """A breadcrumb or a row of short labels ("COMMENTARY | AI | KOREA"), not a sentence,
    nor a table's row of figures ("2 | Silo AI Oy | Finland | 4,050,000.00")."""
    if not p.is_label or _TABLE_FIGURE.search(p.text):
        return False
    cells = _ROW_SEPARATOR.split(p.text)
    return len(cells) >= _ROW_MIN_CELLS and all(
        len(c.split()) <= _ROW_CELL_MAX_WORDS for c in cells
    )


def _link_lists(paragraphs: Sequence[_Paragraph]) -> Iterable[_Paragraph]:
    """The heading of a list of other articles ("Most read", "Related stories") and the
    list under it: list items and short label lines (dates, sections), up to the next
    paragraph of another shape."""
    under = False
    for p in paragraphs:
        short_label = p.is_label and len(p.words) <= 2 * _LABEL_MAX_WORDS
        if _is_link_list_heading(p):
            under = True
            yield p
        elif under and (p.listed or short_label):
            yield p
        else:
            under = False


def _is_link_list_heading(p: _Paragraph) -> bool:
    text = p.text.rstrip(":").strip()
    return (
        not p.listed
        and len(p.words) <= _LINK_LIST_HEADING_WORDS
        and not _SENTENCE_END.search(text)
        and bool(_LINK_LIST_HEADING.fullmatch(text))
    )


def _menu_runs(
    paragraphs: Sequence[_Paragraph], furniture: set[_Paragraph]
) -> Iterable[_Paragraph]:
    """Runs of short label lines (menus, pickers, tag lists) not announced by a colon.

    Furniture lines inside a run neither count nor break it.
    """
    run: list[_Paragraph] = []
    before: _Paragraph | None = None
    for p in [*paragraphs, None]:
        if p is not None and p in furniture:
            continue
        if (
            p is not None
            and p.is_label
            and len(p.words) <= _LABEL_MAX_WORDS
            and not _KEY_VALUE.match(p.text)
        ):
            run.append(p)
            continue
        if len(run) >= _MENU_MIN_RUN and not _announced_or_heading(run, before):
            yield from run
        run = []
        before = p


def _announced_or_heading(run: list[_Paragraph], before: _Paragraph | None) -> bool:
    """A list a colon announces, or a state's paper's heading at the top of the text."""
    if before is not None:
        return before.text.endswith(":")
    return _official_heading(run)


def _official_heading(run: list[_Paragraph]) -> bool:
    """The capitals a state's paper opens with ("GOVERNMENT OF INDIA", "MINISTRY OF ...",
    "LOK SABHA", "UNSTARRED QUESTION NO. 2417"): a letterhead first, every line in capitals,
    no menu."""
    return _is_letterhead(run[0]) and all(p.text.isupper() for p in run)


def _script(char: str) -> str:
    if char < "\u0250":
        return "LATIN"
    name = unicodedata.name(char, "UNKNOWN").split(" ")[0]
    return "CJK" if name in {"HIRAGANA", "KATAKANA"} else name


def _scripts(text: str) -> Counter[str]:
    if text.isascii():
        return Counter({"LATIN": sum(c.isalpha() for c in text)})
    return Counter(_script(c) for c in text if c.isalpha())


def _foreign(paragraphs: Sequence[_Paragraph]) -> Iterable[_Paragraph]:
    """Paragraphs mostly in another script than the document's prose."""
    scripts = {p: _scripts(p.text) for p in paragraphs}
    prose = [p for p in paragraphs if p.cf_class in {"good", "neargood"}] or paragraphs
    main: Counter[str] = Counter()
    for p in prose:
        main.update(scripts[p])
    if not main:
        return
    main_script = main.most_common(1)[0][0]
    for p in paragraphs:
        letters = scripts[p].total()
        if letters and scripts[p][main_script] < _FOREIGN_MAX_SHARE * letters:
            yield p


def _weigh_sentences(
    paragraphs: Sequence[_Paragraph], stoplist: frozenset[str], hard_bad: set[_Paragraph]
) -> None:
    """Let sentence-like lines that jusText finds too short or too sparse in stopwords be
    judged by their context instead of being dropped.

    News prose dense with names ("G42, OpenAI, Oracle, NVIDIA and Cisco announced...") has
    fewer stopwords than jusText's thresholds expect, and a sentence cut short is still prose.
    """
    for p in paragraphs:
        if p.cf_class not in {"short", "bad"} or p in hard_bad or "\xa9" in p.text:
            continue
        if p.links_density() > _MAX_LINK_DENSITY:
            continue
        density = p.stopwords_density(stoplist)
        wordy = len(p.words) >= _SENTENCE_MIN_WORDS
        sentence = len(p.words) >= _SHORT_SENTENCE_MIN_WORDS and bool(_SENTENCE_END.search(p.text))
        if p.cf_class == "short":
            promote = (wordy and density >= justext.core.STOPWORDS_LOW_DEFAULT) or (
                sentence and density >= _SENTENCE_MIN_STOPWORDS
            )
        else:
            promote = wordy and sentence and density >= _LONG_SENTENCE_MIN_STOPWORDS
        if promote:
            p.cf_class = "neargood"
        elif p.cf_class == "bad" and density >= _SENTENCE_MIN_STOPWORDS:
            p.cf_class = "short"


def _announced_tables(
    paragraphs: Sequence[_Paragraph], stoplist: frozenset[str]
) -> set[_Paragraph]:
    """The rows of a table a sentence announces ("the seven beneficiaries listed below") or
    whose header names who gets money awarded (`AWARD_HEADER`): its heading, rules, header
    and rows of cells split by "|", up to the first other line."""
    rows: set[_Paragraph] = set()
    run: list[_Paragraph] = []
    announced = False
    for p in paragraphs:
        row = is_table_row(p.text) or is_table_rule(p.text)
        heading = not run and p.is_label and len(p.words) <= 3  # "BENEFICIARIES"
        if announced and (row or heading):
            run.append(p)
            continue
        rows.update(run)
        run = []
        announced = bool(ANNOUNCES_LIST.search(p.text)) and (
            p.stopwords_density(stoplist) >= _SENTENCE_MIN_STOPWORDS
        )
        if AWARD_HEADER.match(p.text):
            announced = True
            run.append(p)
    return rows | set(run)


def line_start(text: str, i: int) -> int:
    """Where the line holding character `i` of `text` starts."""
    return text.rfind("\n", 0, i) + 1


def line_end(text: str, i: int) -> int:
    """Where the line holding character `i` of `text` ends (its newline, or the text's end)."""
    end = text.find("\n", i)
    return end if end >= 0 else len(text)


def line_at(text: str, i: int) -> str:
    """The whole line of `text` holding character `i`."""
    return text[line_start(text, i) : line_end(text, i)]


def is_table_row(line: str) -> bool:
    """A line of cells split by at least two bars ("Kulim | Intel | Malaysia")."""
    return line.count("|") >= 2


def is_table_rule(line: str) -> bool:
    """A table's rule ("---+---", "|:---|---:|"): nothing but the characters that draw it."""
    return not line.strip("-=+|:_ ")


def _cells(p: _Paragraph) -> int:
    return len(p.text.strip("| ").split("|"))


def _data_tables(paragraphs: Sequence[_Paragraph]) -> set[_Paragraph]:
    """Tables of data: runs of at least `_TABLE_MIN_ROWS` lines of cells split by "|" (rules
    between them), as many cells in each, some cell under the header holding a figure or a
    phrase. A menu's rows ("News | Policy | Markets") differ in length and hold single words.
    A table's totals row may have fewer cells ("| TOTAL | | 110,500,000 |") if it holds a
    figure."""
    rows: set[_Paragraph] = set()
    run: list[_Paragraph] = []
    wrapped: list[_Paragraph] = []  # a cell's wrapped line between two rows
    for k, p in enumerate([*paragraphs, None]):
        if p is not None and (is_table_row(p.text) or (run and is_table_rule(p.text))):
            run.append(p)
            continue
        after = paragraphs[k + 1] if k + 1 < len(paragraphs) else None
        if (
            run
            and p is not None
            and after is not None
            and is_table_row(after.text)
            and len(p.words) <= _ROW_CELL_MAX_WORDS
            # (on the very next line after a row, and the next row on the line after it)
            and run[-1].end + 1 == p.start
            and p.end + 1 == after.start
        ):
            wrapped.append(p)  # "Norwegian University of Science and" | " Technology (NTNU)"
            continue
        cells = [p for p in run if not is_table_rule(p.text)]
        full = [c for c in cells if _cells(c) == _cells(cells[0])] if cells else []
        if (
            len(full) >= _TABLE_MIN_ROWS
            and all(
                c in full or (_cells(c) < _cells(cells[0]) and _TABLE_FIGURE.search(c.text))
                for c in cells
            )
            and any(
                any(ch.isdigit() for ch in cell) or len(cell.split()) >= _TABLE_PHRASE_WORDS
                for c in cells[1:]
                for cell in c.text.split("|")
            )
        ):
            rows.update(run)
            rows.update(w for w in wrapped if run[0].start < w.start < run[-1].start)
        run, wrapped = [], []
    return rows | _coded_rows(paragraphs)


# a record's code in a register's first cell: "A1", "C-03", "RIA-02", "12"
_ROW_CODE = re.compile(r"\s*\|?\s*(?:[A-Z]{1,4}-?)?\d{1,3}[a-z]?\s*\|")


def _coded_rows(paragraphs: Sequence[_Paragraph]) -> set[_Paragraph]:
    """The rows of a register split by section headings and by the fields under each row
    ("A1 | Tata Electronics Pvt. Ltd. | Dholera, Gujarat | 28-110 nm fab", then "Central
    support: Rs 45,600 crore"): at least `_TABLE_MIN_ROWS` rows in the text, each opened by
    a record's code, as many cells in each. A menu's rows hold no codes."""
    coded = [p for p in paragraphs if is_table_row(p.text) and _ROW_CODE.match(p.text)]
    by_cells = Counter(_cells(p) for p in coded)
    return {p for p in coded if by_cells[_cells(p)] >= _TABLE_MIN_ROWS}


def _weigh_announced_lists(paragraphs: Sequence[_Paragraph], stoplist: frozenset[str]) -> None:
    """A list that a sentence announces ("The partners are:", "The following companies were
    selected ...") is prose: its items and the lines that go on describing an item."""
    announced = False
    item_before = False
    for p in paragraphs:
        if announced and p.listed:
            p.cf_class = "good"
            item_before = True
            continue
        if announced and item_before and not p.listed and not p.is_heading:
            # "Training Aurore-FR 12B, a French-language legal model": the line that goes on
            # describing an item (one: a paragraph after it ends the list)
            p.cf_class = "good"
            item_before = False
            continue
        item_before = False
        announced = (
            (p.text.endswith(":") or bool(ANNOUNCES_FOLLOWING.search(p.text)))
            and p.cf_class != "bad"
            and p.stopwords_density(stoplist) >= _SENTENCE_MIN_STOPWORDS
        )
        if announced and p.cf_class == "short":
            p.cf_class = "neargood"


def _keep_title(paragraphs: Sequence[_Paragraph], title: str | None) -> None:
    if not title:
        return
    folded = " ".join(title.split()).casefold()
    for p in paragraphs:
        line = p.text.casefold()
        if len(line) >= 20 and (line == folded or folded.startswith(line)):
            p.cf_class = "good"


def _revise(paragraphs: list[_Paragraph]) -> None:
    """jusText's context revision, in windows cut at paragraphs whose class cannot change.

    jusText looks for each short paragraph's nearest good or bad neighbours, quadratic in a
    long run of short lines; cutting after a good or bad paragraph (shared by both windows)
    gives the same classes in linear time (but for a heading's look-ahead across the cut).
    """
    start = 0
    while start < len(paragraphs):
        end = min(len(paragraphs), start + _REVISE_WINDOW)
        while end < len(paragraphs) and paragraphs[end - 1].cf_class not in {"good", "bad"}:
            end += 1
            if end - start > 4 * _REVISE_WINDOW:
                break
        justext.core.revise_paragraph_classification(paragraphs[start:end])
        if end == len(paragraphs):
            return
        start = end - 1
