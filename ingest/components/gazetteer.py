"""`sovai_gazetteer_v1`: marks every surface form of the reference data in the text.

Matches are exact token sequences (a PhraseMatcher on the text as written, plus the upper-case
form of names: "Nvidia" and "NVIDIA", a letterhead's "ASIAN DEVELOPMENT BANK"), so "us" or
"chad" in running text never match.
The spans go to `doc.spans["sovai_gazetteer"]` (longest match wins; label = reference type,
kb_id = reference key; a model family's name takes the version after it, "Kimi K2"); every
country, demonym or city word, also inside a longer name (not inside a longer place of
another country), goes to `doc.spans["sovai_places"]` (kb_id = `country:ISO3`).
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ingest.lexicon import GOVERNING_BODIES, GOVERNMENT_QUALIFIERS, hyphen_prefix_at
from ingest.money import currencies
from ingest.reference import load_reference

SPANS_KEY = "sovai_gazetteer"
PLACES_KEY = "sovai_places"
_PLACE_TYPES = ("Government", "Demonym", "City", "State")
# (and a state's own unit word: "Gyeonggi Province" is the province)
# ("the Hanoi People's Committee": a Vietnamese city's government)
_GOVERNMENT_WORDS = GOVERNING_BODIES | GOVERNMENT_QUALIFIERS | {"province", "prefecture", "people"}
# a body's own institution after its name: "University of Tokyo Hospital"
_INSTITUTION_HEADS = frozenset(
    "Hospital Hospitals Clinic Institute School College Centre Center Laboratory Museum".split()
)
_PLACE_RANK = {"State": 1, "City": 2, "Region": 2, "Demonym": 2}


class Gazetteer:
    def __init__(self, nlp: Language, reference_dir: Path | None) -> None:
        self.reference = load_reference(reference_dir)
        # "Singapore dollars", "Saudi riyals": a currency's name, no mention of its state
        self.currency_names = frozenset(f for f in currencies(reference_dir).by_form if " " in f)
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_key: dict[str, set[str]] = {}
        for form, key in self.reference.forms:
            variants = {form}
            if len(form) > 3:
                variants.add(form.upper())  # ("NVIDIA", a letterhead's "ASIAN DEVELOPMENT BANK")
            by_key.setdefault(key, set()).update(variants)
        for key, variants in by_key.items():
            self.matcher.add(key, [nlp.make_doc(v) for v in sorted(variants)])

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        places = []
        longer_names: list[tuple[int, int]] = []
        for match_id, start, end in self.matcher(doc):
            key = doc.vocab.strings[match_id]
            known = self.reference.entries[key]
            if known.type == "Demonym" and hyphen_prefix_at(doc, start - 2):
                continue  # "Inter-American", "Pan-African": no country
            if known.type in _PLACE_TYPES and self._names_currency(doc, start, end):
                continue
            if known.type == "Bloc" and (_of_a_name(doc, end) or _glued_to_a_code(doc, end)):
                # "the Commonwealth of Virginia", "ALBA-H2": a longer name, not the bloc
                continue
            if known.type in ("City", "State") and _name_goes_on(doc, end, _GOVERNMENT_WORDS):
                # "San Pedro Sula", "Kunene Digital": another place's or a firm's name (and
                # no country inside it: "Inner Mongolia Tianyi Zhisuan Co.")
                longer_names.append((start, end))
                continue
            if known.type == "Organization" and _institution_goes_on(doc, end):
                # "The University of Tokyo Hospital": the hospital, not the university
                longer_names.append((start, end))
                continue
            if known.type == "Organization" and _campus_goes_on(doc, end):
                continue  # "the Indian Institute of Technology Roorkee": the campus's name
            if known.type == "AIModel":
                end = _with_version(doc, end)  # "Kimi K2", "Qwen 2.5": the family's version
            spans.append(Span(doc, start, end, label=known.type, kb_id=key))
            if known.type in _PLACE_TYPES and known.country:
                places.append(
                    Span(doc, start, end, label=known.type, kb_id=f"country:{known.country}")
                )
        # an actor before a place of the same name ("Moshi", Kyutai's model, not the town),
        # a province before a city ("Ontario", "Quebec"): equal spans keep their order in
        # filter_spans
        spans = [s for s in spans if not _inside(s, longer_names)]
        places = [p for p in places if not _inside(p, longer_names)]
        spans.sort(key=lambda s: _PLACE_RANK.get(s.label_, 0))
        doc.spans[SPANS_KEY] = filter_spans(spans)
        # every place word, also inside longer names ("Technical University of Denmark"),
        # but not inside a longer place of another country ("York" in "New York")
        doc.spans[PLACES_KEY] = _outermost(places)
        return doc

    def _names_currency(self, doc: Doc, start: int, end: int) -> bool:
        return end < len(doc) and f"{doc[start:end].text} {doc[end].text}".casefold() in (
            self.currency_names
        )


def _glued_to_a_code(doc: Doc, end: int) -> bool:
    """Whether a hyphen glues the match to a code after it ("ALBA-H2", a model's name)."""
    return (
        end + 1 < len(doc)
        and not doc[end - 1].whitespace_
        and doc[end].text == "-"
        and not doc[end].whitespace_
        and any(c.isdigit() for c in doc[end + 1].text)
    )


# a version after a model family's name: "2.5", "3.1", "K2", "R1", "8B" (not a year)
_VERSION = re.compile(r"(?:\d{1,2}(?:\.\d+)*[A-Za-z]?|[A-Z]\d{1,3}(?:\.\d+)?|\d+B)")


def _with_version(doc: Doc, end: int) -> int:
    """The end of a model's name with the version token right after it."""
    if end < len(doc) and doc[end - 1].whitespace_ and _VERSION.fullmatch(doc[end].text):
        return end + 1
    return end


def _inside(span: Span, names: list[tuple[int, int]]) -> bool:
    """Whether a match lies inside a longer place name that begins another name."""
    return any(
        start <= span.start and span.end <= end and end - start > len(span) for start, end in names
    )


def _outermost(places: list[Span]) -> list[Span]:
    """The places no longer place of another country contains, in the order found (the
    bare "Netherlands" in "the Netherlands" stays: names start there)."""
    covering: dict[int, list[Span]] = {}
    for p in places:
        for i in range(p.start, p.end) if len(p) > 1 else ():
            covering.setdefault(i, []).append(p)
    return [
        p
        for p in places
        if not any(
            o.start <= p.start and p.end <= o.end and len(o) > len(p) and o.kb_id != p.kb_id
            for o in covering.get(p.start, ())
        )
    ]


def _of_a_name(doc: Doc, end: int) -> bool:
    """Whether 'of' and a capitalised word follow: 'Commonwealth of Virginia'."""
    return end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_title


def _name_goes_on(doc: Doc, end: int, unless: frozenset[str]) -> bool:
    """Whether a capitalised word (or 'de' and one) follows without a break: the match is
    the start of a longer name (not where the word is one of `unless`: "the Telangana
    Government" is the state's)."""
    if end >= len(doc) or not doc[end - 1].whitespace_ or doc[end].lower_ in unless:
        return False
    nxt = doc[end]
    if nxt.lower_ in ("de", "del", "do", "da") and end + 1 < len(doc):
        nxt = doc[end + 1]
    return nxt.is_title and nxt.is_alpha and nxt.pos_ == "PROPN" and not nxt.is_sent_start


def _word_after(doc: Doc, end: int) -> Token | None:
    """The word right after a match, a space between them."""
    return doc[end] if end < len(doc) and doc[end - 1].whitespace_ else None


def _institution_goes_on(doc: Doc, end: int) -> bool:
    """Whether an institution's head word follows a known body's name ("University of Tokyo
    Hospital"): the name of another body, the known one's."""
    nxt = _word_after(doc, end)
    return nxt is not None and nxt.text in _INSTITUTION_HEADS


def _campus_goes_on(doc: Doc, end: int) -> bool:
    """Whether the tagger's organisation name goes on past a known body's name with a proper
    name of its own ("Indian Institute of Technology Roorkee"): another body's name."""
    nxt = _word_after(doc, end)
    return (
        nxt is not None
        and nxt.ent_iob_ == "I"
        and nxt.ent_type_ == "ORG"
        and nxt.is_title
        and nxt.pos_ == "PROPN"
    )


@Language.factory("sovai_gazetteer_v1", default_config={"reference_dir": None})
def make_gazetteer(nlp: Language, name: str, reference_dir: str | None) -> Gazetteer:
    return Gazetteer(nlp, Path(reference_dir) if reference_dir else None)
