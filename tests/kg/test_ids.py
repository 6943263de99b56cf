"""kg/ids.py: country codes from the countries reference data."""

from __future__ import annotations

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
