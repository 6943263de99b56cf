"""ingest/readers/aligned_tables.py: bars in the gutters of tables aligned with spaces."""

from __future__ import annotations

from ingest.readers.aligned_tables import bar_aligned_tables

_TABLE = """Grants have been awarded to the following applicants.

  Ref    Recipient                 Amount (KES)
  -----  ------------------------  ------------
  G-01   Nairobi Lugha Labs Ltd     180,000,000
  G-02   Strathmore University       45,500,000
"""


def test_each_gutter_gets_a_bar_and_every_offset_is_kept() -> None:
    out = bar_aligned_tables(_TABLE)
    assert len(out) == len(_TABLE)
    assert [a for a, b in zip(out, _TABLE, strict=True) if a != b] == ["|"] * 8  # 4 lines
    assert "  G-01 | Nairobi Lugha Labs Ltd  |  180,000,000" in out
    assert out.startswith("Grants have been awarded to the following applicants.\n")


def test_a_wrapped_cell_inside_the_table_keeps_its_line() -> None:
    text = (
        "Recipient                  Funder              Amount\n"
        "Norwegian University of    Research Council    38,000,000\n"
        " Science (NTNU)\n"
        "Nordavind HPC AS           Innovation Norway   16,000,000\n"
    )
    out = bar_aligned_tables(text).split("\n")
    assert out[2] == " Science (NTNU)"
    assert out[3] == "Nordavind HPC AS         | Innovation Norway | 16,000,000"


def test_prose_and_two_column_lists_are_left_alone() -> None:
    text = (
        "The ministry funds it.  Two spaces follow each stop.  As typists once did.\n"
        "Another line of prose.  With its own stops.  At other places, of course.\n"
        "A third line here.  And more words.  And an ending.\n\n"
        "Chair      Ms Anna Berg\nMembers    Mr Olsen, Ms Dahl\nClerk      Mr Lie\n"
    )
    assert bar_aligned_tables(text) == text
