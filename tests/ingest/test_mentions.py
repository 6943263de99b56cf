"""ingest/mentions.py: a name accepted once is a mention wherever else it occurs."""

from __future__ import annotations

from collections.abc import Callable

from kg.records import DocumentRecord
from tests.ingest.conftest import names, relations

Run = Callable[[str], DocumentRecord]


def test_regression_a_firms_short_name_wrapping_a_known_name_stays_the_firm(run: Run) -> None:
    record = run("Atelier Quanta SAS, a Paris start-up, builds models. Atelier Quanta raised "
                 "EUR 20m in a funding round led by Bastille Ventures.")  # fmt: skip
    assert "Quanta Computer" not in names(record)
    assert ("Bastille Ventures", "INVESTS_IN", "Atelier Quanta SAS") in relations(record)


def test_a_firms_own_word_before_what_it_does_is_its_name_later(run: Run) -> None:
    record = run("Hanbit Data Infra, a Seoul operator, raised money. Hanbit operates four sites "
                 "in South Korea. Northlight Compute LP was formed in 2024. Northlight operates "
                 "two sites in Canada.")  # fmt: skip
    found = relations(record)
    assert ("Hanbit Data Infra", "OPERATES_IN", "South Korea") in found
    assert ("Northlight Compute LP", "OPERATES_IN", "Canada") in found


def test_a_studios_own_words_are_its_name_later_though_tagged_an_adjective(run: Run) -> None:
    record = run("Northern Lantern Studios Inc. (TSX: NLS)\n\nOperator: Good morning.\n\nThe "
                 "Canada Media Fund confirmed a CAD 4.5 million grant to Northern Lantern for "
                 "Voix-Nord.")  # fmt: skip
    assert [(s.funder, s.recipient) for s in record.subsidies] == [
        ("Canada Media Fund", "Northern Lantern Studios Inc.")
    ]
