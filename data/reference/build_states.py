"""Builds states.csv: the hand-made rows, plus every first-level state, province, region,
Land, prefecture or emirate of ISO 3166-2 (the `pycountry` package), so that "the Gauteng
provincial government" or "the province of Drenthe" name a sub-national government.

Left out: names of several countries' subdivisions ("Limburg", "Punjab" unless a hand row
says which), names that are also a country's, bloc's, actor's or city's name (the city reads
"the province of Groningen"), names with a comma ("wallonne, Région") unless the part after
it ends in a preposition and so reads in front ("Madrid, Comunidad de" is written "Comunidad
de Madrid"), names made only of
compass and landscape words ("Central", "Northern", "Plateau") and names that are ordinary
words or other things in this field's texts ("Delta", "Unity", "Rivers", "Victoria").

Run from the repository root: `.venv/bin/python data/reference/build_states.py`
(file access: reads the reference CSVs beside this script and rewrites states.csv).
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pycountry
from build_cities import NOT_PLACES, hand_rows, taken_forms

HERE = Path(__file__).resolve().parent
TYPES = frozenset(
    """State;Province;Region;Land;Autonomous community;Emirate;Prefecture;Voivodship;
    Regional state;Autonomous region;Union territory;Canton;Governorate;Federal territory;
    Autonomous province;Special self-governing province;Metropolitan region""".replace(
        "\n", ""
    ).split(";")
)
# transliteration marks English text leaves out ("Uttarākhand" is written "Uttarakhand")
_MARKS = str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO")
# pinyin type words English text leaves out ("Guizhou Sheng" is written "Guizhou",
# "Ningxia Huizu Zizhiqu" "Ningxia")
_PINYIN_TYPE = re.compile(r"(?: (?:\w+zu|Uygur))? (?:Sheng|Zizhiqu)$")
# the prepositions that end an inverted ISO name's type words ("Murcia, Región de")
_INVERTED_PREPOSITIONS = frozenset({"de", "del", "di", "du", "do", "da"})
_PLAIN_WORDS = frozenset(
    """central centre center north south east west northern southern eastern western upper
    lower plateau lakes coast coastal capital islands island littoral highlands river valley
    mountain mountains great greater middle far new north-west north-east south-west
    south-east region province state the of and""".split()
)


# names that are ordinary words, firms, people or other places in this field's texts
NOT_STATES = NOT_PLACES | frozenset(
    """Delta Rivers Unity Gulf Volta Nelson Balkan Isabel Sila Kara Ulster Leste Norte Nord
    Sahel Zaire Acre Jura Marche Bono Chin Shan Hela Enga Manus Arta Yuma Lara Tete Alger
    Berne Nevis Kidal Napo Sool Kanem Mara Batha Surin Trang Puno Colón Granma Ahafo Temotu
    Torba Sanma Victoria Cascades Savannah Midlands Canterbury Northland Southland Marlborough
    Hidalgo Guerrero Herrera Miranda Choiseul Mascara Monastir Centrale Plateaux Savanes
    Bethlehem Tanganyika Atacama Mendoza Misiones Montana Connaught Leinster Zambezi
    Kilimanjaro Bougainville Portuguesa Falcón Equateur Équateur Estuaire Unity Warrap
    Lakes Jericho Ramallah Galápagos Panamá Principe Príncipe Copperbelt""".split()
) | {"Santa Cruz", "Red Sea", "Blue Nile", "White Nile", "Upper Nile", "River Nile"}


def _written_order(name: str) -> str:
    """The name as text writes it: "Madrid, Comunidad de" is "Comunidad de Madrid"."""
    head, _, tail = name.partition(", ")
    if tail and tail.split()[-1] in _INVERTED_PREPOSITIONS:
        return f"{tail} {head}"
    return name


def _city_names() -> set[str]:
    """The cities' names (a city's name reads as the city: "the province of Groningen")."""
    with (HERE / "cities.csv").open(encoding="utf-8") as f:
        return {row["city"].casefold() for row in csv.DictReader(f)}


def main() -> None:
    hand = hand_rows("states.csv")
    known = {row["state"].casefold() for row in hand}
    taken = taken_forms() | _city_names()
    first_level = [
        s for s in pycountry.subdivisions if s.type in TYPES and s.parent_code is None
    ]
    names = [
        _written_order(_PINYIN_TYPE.sub("", s.name.translate(_MARKS))) for s in first_level
    ]
    shared = Counter(n.casefold() for n in names)
    source = f"pycountry {pycountry.__version__}: ISO 3166-2 first-level subdivision"
    rows = []
    for sub, name in zip(first_level, names, strict=True):
        plain = all(w in _PLAIN_WORDS for w in name.casefold().split())
        if name.casefold() in known or name.casefold() in taken or shared[name.casefold()] > 1:
            continue
        if "," in name or "[" in name or plain or len(name) <= 3 or name in NOT_STATES:
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        known.add(name.casefold())
        rows.append({"state": name, "iso3": country.alpha_3, "source": source})
    rows.sort(key=lambda r: (r["iso3"], r["state"]))
    with (HERE / "states.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["state", "iso3", "source"])
        writer.writeheader()
        writer.writerows(hand + rows)


if __name__ == "__main__":
    main()
