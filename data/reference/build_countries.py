"""Builds countries.csv: every ISO 3166-1 country from pycountry, plus the hand-made short
forms and demonyms of country_extras.csv.

Run from the repository root: `.venv/bin/python data/reference/build_countries.py`
(file access: reads country_extras.csv, writes countries.csv beside this script).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pycountry

HERE = Path(__file__).resolve().parent


def main() -> None:
    extras: dict[str, list[dict[str, str]]] = {}
    with (HERE / "country_extras.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            extras.setdefault(row["iso3"], []).append(row)
    rows = []
    for c in pycountry.countries:
        iso3 = c.alpha_3
        forms = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
        names = [n for n in forms if n]
        hand = extras.get(iso3, [])
        name = next((e["form"] for e in hand if e["kind"] == "name"), names[0])
        aliases = [
            n for n in names + [e["form"] for e in hand if e["kind"] == "alias"] if n != name
        ]
        demonyms = [e["form"] for e in hand if e["kind"] == "demonym"]
        source = (
            "pycountry " + pycountry.__version__
            if hasattr(pycountry, "__version__")
            else "pycountry"
        )
        if hand:
            source += "; hand-made short forms and demonyms (country_extras.csv)"
        rows.append(
            {
                "iso3": iso3,
                "iso2": c.alpha_2,
                "name": name,
                "aliases": "|".join(dict.fromkeys(aliases)),
                "demonyms": "|".join(demonyms),
                "source": source,
            }
        )
    with (HERE / "countries.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main()
