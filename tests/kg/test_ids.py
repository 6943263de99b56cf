"""kg/ids.py: country codes from the countries reference data."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kg.ids import country_code, entity_key
from kg.records import Entity


@pytest.mark.parametrize(
    ("name", "code"),
    [("Russia", "RUS"), ("UAE", "ARE"), ("Britain", "GBR"), ("the U.S.", "USA"),
     ("Türkiye", "TUR"), ("Vietnam", "VNM"), ("France", "FRA")],
)  # fmt: skip
def test_country_code_from_reference_names(name: str, code: str) -> None:
    assert country_code(Entity(name=name, type="Government")) == code


def test_aliases_and_given_codes() -> None:
    assert country_code(Entity(name="Emirates gov", type="Government", aliases=["UAE"])) == "ARE"
    assert country_code(Entity(name="X", type="Government", iso3="KEN")) == "KEN"
    assert country_code(Entity(name="Ministry of Health", type="Government")) is None


def test_a_ministry_known_to_the_reference_is_not_its_country() -> None:
    meti = Entity(name="METI", type="Government")
    assert entity_key(meti) == "government/meti"


def test_regression_ids_load_without_spacy() -> None:
    """The SPARQL endpoint's query workers import `kg.ids` (through the reference data); when
    `ingest.names` took its legal forms from the lexicon, that pulled in spaCy, a second of
    start-up per worker, and the query-time-limit test saw a killed query's successor still
    busy importing."""
    code = "import sys, kg.ids; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
