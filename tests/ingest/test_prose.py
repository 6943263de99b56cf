"""ingest/prose.py: header lines, URLs and datelines are blanked, offsets kept."""

from __future__ import annotations

import pytest

from ingest.prose import mask_non_prose


def test_header_and_dateline_blanked_with_offsets_kept() -> None:
    text = (
        "Source: https://example.org/a\nTitle: A title\n\n"
        "ABU DHABI, UAE /PRNewswire/ -- G42 and OpenAI announced a partnership.\n"
        "RIYADH: Humain said it will build data centres.\n"
        "[HANOI] Viettel builds a data centre.\n"
    )
    masked = mask_non_prose(text)
    assert len(masked) == len(text)
    assert "Source" not in masked and "example.org" not in masked and "ABU DHABI" not in masked
    assert "G42 and OpenAI announced a partnership." in masked
    assert masked.index("G42") == text.index("G42")
    assert "RIYADH" not in masked and "HANOI" not in masked
    assert "Humain said" in masked and "Viettel builds" in masked


def test_prose_that_starts_with_a_name_is_kept() -> None:
    text = "Nvidia said on Monday it would invest.\nThe U.S. and UAE governments agreed."
    assert mask_non_prose(text) == text


def test_regression_a_hyphenated_capital_name_opening_a_line_is_no_dateline() -> None:
    """'GPT-SW3 was developed by AI Sweden' lost 'GPT-' as a dateline ending in a hyphen."""
    text = "GPT-SW3 was developed by AI Sweden.\nSEA-LION is a model family."
    assert mask_non_prose(text) == text


@pytest.mark.parametrize(
    "dateline",
    ["NAIROBI, May 22 - ", "KUALA LUMPUR, Aug 20 -- ", "PARIS, Sept 9 (Reuters) - ",
     "SEOUL, 3 March 2025 - ", "BEIJING/SHANGHAI - ", "ASTANA / ABU DHABI, 3 March 2025 — "],
)  # fmt: skip
def test_a_dateline_with_its_date_is_blanked(dateline: str) -> None:
    text = dateline + "Microsoft and G42 will build a data centre."
    assert mask_non_prose(text) == " " * len(dateline) + text[len(dateline) :]


def test_footnote_markers_are_blanked_with_offsets_kept() -> None:
    text = "owned by Vingroup.[15] The ministry[3][4] said so; the [HANOI] office and item [1]."
    masked = mask_non_prose(text)
    assert len(masked) == len(text)
    assert "Vingroup.     The ministry       said" in masked
    assert "[HANOI]" in masked and "item [1]" in masked  # a bracketed word or list number stays


def test_regression_a_timestamped_speaker_in_capitals_is_blanked() -> None:
    """'[01:05] RAFAEL: BNDES ... lent R$ 150 million' made the defence firm Rafael the
    speaker's body and the loan's recipient."""
    text = "[01:05] RAFAEL: BNDES lent R$ 150 million to Einstein.\n[01:34] Helena: Yes."
    masked = mask_non_prose(text)
    assert "RAFAEL" not in masked and masked.index("BNDES") == text.index("BNDES")
    assert "Helena: Yes." in masked  # a speaker written as a name is a name


def test_regression_a_notices_own_title_field_is_kept() -> None:
    """A tender notice's 'Title: ... at the Bioinformatics Institute (BII)' on its fifth line
    was blanked as a saved page's header, and 'BII' was never defined."""
    text = (
        "AWARD NOTICE\n\nAgency: A*STAR\nTitle: A cluster at the Bioinformatics Institute (BII)\n"
    )
    assert mask_non_prose(text) == text


def test_regression_a_legal_items_roman_number_is_no_dateline() -> None:
    """'II - BRL 60 million in economic subvention to ...' lost its 'II -' as a dateline,
    and the item ran into the one before."""
    text = "FINEP shall commit:\nI - BRL 95 million to UFMG;\nII - BRL 60 million to Nucleo;\n"
    assert mask_non_prose(text) == text
