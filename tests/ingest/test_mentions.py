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
