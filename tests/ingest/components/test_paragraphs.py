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
    doc = nlp("Highlights\n• Saudi Arabia builds ALLaM\n- Microsoft hosts it")
    starts = [s.text.strip() for s in doc.sents]
    assert "- Microsoft hosts it" in starts
    # a dot bullet is no word of its item
    assert "Saudi Arabia builds ALLaM" in starts


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


def test_a_sentence_case_heading_over_its_paragraph_is_its_own_sentence(nlp: Language) -> None:
    doc = nlp("The year closed quietly.\n\nNew Zealand's small bet\nFurther south, Kauri Data "
              "received NZ$12m.\n\nTalks with the\nMinistry of Digital Affairs ended.")  # fmt: skip
    sents = [s.text.strip() for s in doc.sents]
    assert "New Zealand's small bet" in sents
    assert "Further south, Kauri Data received NZ$12m." in sents
    # (a short first line ending in a word like 'the' is a clause broken off, not a heading)
    assert "Talks with the\nMinistry of Digital Affairs ended." in sents


def test_numbered_dated_and_table_row_lines_are_sentences(nlp: Language) -> None:
    doc = nlp("Deal sheet\n03 Jul — Uzbekistan / Uzinfocom — state grant — $140m\n"
              "24 Jul — Microsoft / G42 — strategic partnership — $1.5bn\n"
              "1. Sakura Internet Inc.\n2. KDDI Corporation\n"
              "1  | Charles University | Czechia | 3,120,000.00\n\n"
              "The deal covers\n2 billion won of chips.")  # fmt: skip
    sents = [s.text.strip() for s in doc.sents]
    assert "24 Jul — Microsoft / G42 — strategic partnership — $1.5bn" in sents
    assert "2. KDDI Corporation" in sents
    assert "1  | Charles University | Czechia | 3,120,000.00" in sents
    # a wrapped line starting with an amount is no item
    assert "The deal covers\n2 billion won of chips." in sents


def test_a_lettered_or_roman_item_is_its_own_sentence(nlp: Language) -> None:
    doc = nlp("VI.3) Additional information:\n(b) Thirlmere and Kelvin formed a venture\n"
              "(c) Bidders are reminded of the grant\n(iv) No other grant was paid")  # fmt: skip
    sents = [s.text.strip() for s in doc.sents]
    assert "(c) Bidders are reminded of the grant" in sents
    assert "(iv) No other grant was paid" in sents


def test_an_item_lettered_with_a_stop_is_its_own_sentence(nlp: Language) -> None:
    doc = nlp("The following allocations are made:\na. EUR 4.8 million to Akkerdata U.A.;\n"
              "b) EUR 3.1 million to Oogst Robotics B.V.")  # fmt: skip
    sents = [s.text.strip() for s in doc.sents]
    assert sents[1:] == [
        "a. EUR 4.8 million to Akkerdata U.A.;",
        "b) EUR 3.1 million to Oogst Robotics B.V.",
    ]


def test_a_table_row_is_its_own_sentence_whatever_starts_it(nlp: Language) -> None:
    doc = nlp("Site | Operator | Country\nKulim, Kedah | Intel | Malaysia\n"
              "Bac Ninh | Amkor Technology | Vietnam")  # fmt: skip
    sents = [s.text.strip() for s in doc.sents]
    assert sents == ["Site | Operator | Country", "Kulim, Kedah | Intel | Malaysia",
                     "Bac Ninh | Amkor Technology | Vietnam"]  # fmt: skip


def test_regression_no_sentence_ends_inside_a_table_row(nlp: Language) -> None:
    """The parser cut '| No. | Company (region) | Grant (S/) |' after 'No.' and the bracket,
    and the award table's header was no header any more."""
    doc = nlp(
        "| No. | Company (region) | Project | Grant (S/) |\n"
        "| 1 | Yachay Labs S.A.C. (Cusco) | A tutor. For schools | 1,200,000.00 |\n"
    )
    assert [s.text.strip() for s in doc.sents] == [
        "| No. | Company (region) | Project | Grant (S/) |",
        "| 1 | Yachay Labs S.A.C. (Cusco) | A tutor. For schools | 1,200,000.00 |",
    ]


def test_regression_a_text_ending_in_a_bare_bullet_or_bar_parses(nlp: Language) -> None:
    """A last line of only a bullet or a table's bar opened an item with no token after it,
    and the item's next token was read anyway (IndexError)."""
    for text in ("The table follows\n|", "Highlights\n-"):
        assert len(list(nlp(text).sents)) >= 1


def test_a_numbered_section_heading_is_its_own_sentence(nlp: Language) -> None:
    """'Section 7 - Aid ceiling and EU rules' (seven words) ran into the sentence under it,
    which lost its parse: "Finland, as a member of the European Union, ..." """
    doc = nlp(
        "Section 7 - Aid ceiling and EU rules\nFinland, as a member of the European Union, "
        "shall notify the support."
    )
    assert next(s.text.strip() for s in doc.sents) == "Section 7 - Aid ceiling and EU rules"


def test_a_numbered_heading_is_a_sentence_of_its_own(nlp: Language) -> None:
    doc = nlp("1. Purpose\n\n2. Allocations from the Consolidated Fund\nThe Ministry shall pay.")
    assert "The Ministry shall pay." in [s.text.strip() for s in doc.sents]


def test_a_numbered_heading_with_a_colon_is_a_sentence_of_its_own(nlp: Language) -> None:
    """'3. Slovakia: small but moving' ran into the paragraph under it, and Slovakia became
    the funder of the agency's grant."""
    doc = nlp("Intro.\n\n3. Slovakia: small but moving\nThe agency granted EUR 3 million to STU.")
    assert "The agency granted EUR 3 million to STU." in [s.text.strip() for s in doc.sents]


def test_a_swiss_article_heading_over_numbered_paragraphs_is_a_sentence(nlp: Language) -> None:
    """'Art. 6 Compute' ran into '1 The partition ... supplied by NVIDIA', and the supply
    went to a firm of the article before."""
    doc = nlp("Art. 5 Cooperation\n1 The partnership is recognised.\n\nArt. 6 Compute\n"
              "1 The partition is supplied by NVIDIA.")  # fmt: skip
    sents = [s.text.strip() for s in doc.sents]
    assert sents[:2] == ["Art. 5 Cooperation", "1 The partnership is recognised."]
    assert "Art. 6 Compute" in sents


def test_a_legal_texts_roman_numbered_item_is_a_sentence(nlp: Language) -> None:
    doc = nlp("FINEP shall commit:\nI - BRL 95 million to UFMG for Jandaia\n"
              "II - BRL 60 million to Nucleo for AntiGolpe")  # fmt: skip
    assert "II - BRL 60 million to Nucleo for AntiGolpe" in [s.text.strip() for s in doc.sents]


def test_a_questions_line_ends_its_sentence(nlp: Language) -> None:
    doc = nlp("Q2. Who has received funding so far?\nA. In 2025 the MOEA awarded NT$4.8 billion.")
    assert [s.text.strip() for s in doc.sents][-1] == "A. In 2025 the MOEA awarded NT$4.8 billion."
