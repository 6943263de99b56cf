"""ingest/readers/escapes.py: line breaks a scraper flattened into the text."""

from __future__ import annotations

import pytest

from ingest.readers.escapes import restore_line_breaks


@pytest.mark.parametrize(
    ("text", "restored"),
    [
        (
            "thanks to Blackwell GPUs.nnThe company grew.",
            "thanks to Blackwell GPUs.\n\nThe company grew.",
        ),
        ("He said “yes.”nnThen", "He said “yes.”\n\nThen"),
        ("first line\\nsecond line", "first line \nsecond line"),
    ],
)
def test_flattened_breaks_become_newlines_in_place(text: str, restored: str) -> None:
    assert restore_line_breaks(text) == restored
    assert len(restore_line_breaks(text)) == len(text)


@pytest.mark.parametrize("text", ["Dunn and Penn.", "Inn. Ann went.", "The annual plan.nnot"])
def test_words_with_double_n_stay(text: str) -> None:
    assert restore_line_breaks(text) == text
