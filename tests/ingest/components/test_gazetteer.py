"""ingest/components/gazetteer.py: reference forms as written, place words inside names."""

from __future__ import annotations

from spacy.language import Language

from ingest.components.gazetteer import PLACES_KEY, SPANS_KEY


def test_forms_match_as_written_and_in_capitals(nlp: Language) -> None:
    doc = nlp("NVIDIA and Nvidia sell to us and to the US, not to chad.")
    found = [(s.text, s.kb_id_) for s in doc.spans[SPANS_KEY]]
    assert ("NVIDIA", "actor:Nvidia") in found and ("Nvidia", "actor:Nvidia") in found
    assert ("US", "country:USA") in found
    assert not any(text in ("us", "chad") for text, _ in found)


def test_longest_match_wins_but_places_inside_names_are_kept(nlp: Language) -> None:
    doc = nlp("The Technical University of Denmark opened a lab.")
    assert [s.text for s in doc.spans[SPANS_KEY]] == ["Technical University of Denmark"]
    assert [(s.text, s.kb_id_) for s in doc.spans[PLACES_KEY]] == [("Denmark", "country:DNK")]


def test_a_campus_name_after_a_known_network_is_another_body(nlp: Language) -> None:
    doc = nlp("The Department awarded Rs 85 crore to the Indian Institute of Technology Roorkee.")
    assert not any(s.text == "Indian Institute of Technology" for s in doc.spans[SPANS_KEY])


def test_regression_a_currencys_name_is_no_mention_of_its_state(nlp: Language) -> None:
    """'Awards are stated in Singapore dollars' made Singapore a table's funder."""
    doc = nlp("Awards are stated in Singapore dollars, or 5 million Saudi riyals, in Singapore.")
    found = [(s.text, s.start) for s in doc.spans[SPANS_KEY]]
    assert found == [("Singapore", len(doc) - 2)]


def test_a_place_inside_a_longer_place_is_not_a_place(nlp: Language) -> None:
    """'based in New York' put Blue Owl Capital in the United Kingdom too, through 'York'."""
    doc = nlp("Blue Owl Capital, based in New York, and a lab in York.")
    places = [(s.text, s.kb_id_) for s in doc.spans[PLACES_KEY]]
    assert places == [("New York", "country:USA"), ("York", "country:GBR")]


def test_a_version_after_a_model_familys_name_is_part_of_it(nlp: Language) -> None:
    doc = nlp("Moonshot AI's Kimi K2 and Qwen 2.5 beat it in 2025.")
    assert [(s.text, s.kb_id_) for s in doc.spans[SPANS_KEY] if s.label_ == "AIModel"] == [
        ("Kimi K2", "actor:Kimi"),
        ("Qwen 2.5", "actor:Qwen"),
    ]


def test_regression_a_country_inside_a_provinces_longer_name_is_no_place(nlp: Language) -> None:
    """'the Inner Mongolia Autonomous Region' put Mongolia, the country, in the text."""
    doc = nlp("The Inner Mongolia Autonomous Region approved it. Inner Mongolia Tianyi Co. builds.")
    places = [(s.text, s.kb_id_) for s in doc.spans[PLACES_KEY]]
    assert places == [("Inner Mongolia", "country:CHN")]
