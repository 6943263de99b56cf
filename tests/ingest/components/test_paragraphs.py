"""ingest/components/paragraphs.py: a blank line, a bullet or a label line starts a sentence."""

from __future__ import annotations

from spacy.language import Language


def test_headline_does_not_run_into_the_first_sentence(nlp: Language) -> None:
    doc = nlp("Nvidia partners Vietnam government\n\nUS chipmaker Nvidia has signed a deal.")
    assert [s.text.strip() for s in doc.sents][:2] == [
        "Nvidia partners Vietnam government",
        "US chipmaker Nvidia has signed a deal.",
    ]


def test_bullets_are_sentences(nlp: Language) -> None:
    doc = nlp("Highlights\n• Saudi Arabia builds ALLaM\n• Microsoft hosts it")
    starts = [s.text.strip() for s in doc.sents]
    assert "• Microsoft hosts it" in starts


def test_parser_does_not_cut_a_name_after_a_dateline(nlp: Language) -> None:
    doc = nlp("Berlin office\n\nMarch 2026\n\nSiemens Energy and Aleph Alpha signed a deal.")
    assert [s.text.strip() for s in doc.sents][
        -1
    ] == "Siemens Energy and Aleph Alpha signed a deal."


def test_a_section_label_over_a_headline_is_its_own_sentence(nlp: Language) -> None:
    doc = nlp("Data Centres\nIndonesia opens AI centre with Indosat\nBy Rina Wulandari\n\n"
              "The ministry signed a deal with\nNvidia and Cisco on Monday.")  # fmt: skip
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Data Centres"
    # a wrapped line of prose is no label
    assert "The ministry signed a deal with\nNvidia and Cisco on Monday." in sents
