"""Reference data: countries, cities, blocs and the well-known actors of the field.

The data are the CSV files of `data/reference/` (each row says its source); this module only
reads them. Keys are stable strings: `country:ISO3`, `bloc:<name>`, `actor:<name>`.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ingest.names import fold_diacritics
from kg import settings

#: Categories of reference names that are not entities of a report: news media and the
#: consultancies whose reports these are (they appear as source or author, not as actors),
#: programmes ("IndiaAI Mission": the state spends through them) and stock exchanges.
NON_ACTOR_CATEGORIES = frozenset({"media", "consultancy", "programme", "exchange"})


@dataclass(frozen=True, slots=True)
class Known:
    """One reference entry: what a surface form can stand for."""

    key: str
    name: str
    type: str  # an ontology entity type, or "Demonym" / "City" / "State" / "Region" for places
    category: str = ""
    country: str | None = None  # ISO alpha-3 of the home country
    developer: str | None = None  # for AI models: the developer's reference name
    payer: str | None = None  # for a bloc's programme: the bloc's reference name
    wikidata: str | None = None
    capital: bool = False


@dataclass(frozen=True, slots=True)
class Reference:
    entries: dict[str, Known]
    forms: tuple[tuple[str, str], ...]  # (surface form, key)
    bloc_members: dict[str, frozenset[str]]
    names: dict[str, Known]  # casefolded name or alias of an actor, bloc or country

    def get(self, key: str | None) -> Known | None:
        return self.entries.get(key) if key else None

    def by_name(self, name: str) -> Known | None:
        """A reference entry whose name or alias is exactly `name` (case-insensitive)."""
        folded = name.strip().casefold()
        return self.names.get(folded) or self.names.get(folded.removeprefix("the "))


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f)


def reference_dir() -> Path:
    """The reference data folder (setting `reference`, KG_REFERENCE)."""
    return settings.path("reference")


def load_reference(directory: Path | None = None) -> Reference:
    """The reference data of `directory` (default: the setting), read once per folder."""
    return _load(directory or reference_dir())


@cache
def _load(directory: Path) -> Reference:
    """Reads the reference CSV files (file access: reads `directory`)."""
    entries: dict[str, Known] = {}
    forms: list[tuple[str, str]] = []
    members: dict[str, frozenset[str]] = {}
    for row in _rows(directory / "countries.csv"):
        key = f"country:{row['iso3']}"
        entries[key] = Known(key, row["name"], "Government", country=row["iso3"])
        forms += [(f, key) for f in [row["name"], *_split(row["aliases"])]]
        for demonym in _split(row["demonyms"]):
            dkey = f"demonym:{row['iso3']}:{demonym}"
            entries[dkey] = Known(dkey, row["name"], "Demonym", country=row["iso3"])
            forms.append((demonym, dkey))
    for row in _rows(directory / "cities.csv"):
        key = f"city:{row['city']}"
        capital = row["capital"] == "yes"
        entries[key] = Known(key, row["city"], "City", country=row["iso3"], capital=capital)
        forms.append((row["city"], key))
    for row in _rows(directory / "states.csv"):
        key = f"state:{row['state']}"
        entries[key] = Known(key, row["state"], "State", country=row["iso3"])
        forms.append((row["state"], key))
    for row in _rows(directory / "regions.csv"):
        key = f"region:{row['region']}"
        entries[key] = Known(key, row["region"], "Region")
        forms.append((row["region"], key))
    for row in _rows(directory / "blocs.csv"):
        key = f"bloc:{row['name']}"
        entries[key] = Known(key, row["name"], "Bloc", wikidata=row["wikidata"] or None)
        forms += [(f, key) for f in [row["name"], *_split(row["aliases"])]]
        members[key] = frozenset(_split(row["members"]))
    for row in _rows(directory / "actors.csv"):
        key = f"actor:{row['name']}"
        entries[key] = Known(
            key,
            row["name"],
            row["type"],
            category=row["category"],
            country=row["country"] or None,
            developer=row["developer"] or None,
            payer=row["payer"] or None,
            wikidata=row["wikidata"] or None,
        )
        forms += [(f, key) for f in [row["name"], *_split(row["aliases"])]]
    # (a variant another entry already has as its own form is that entry's: "Sao Paulo")
    written = {form for form, _ in forms}
    forms += [
        (v, key) for form, key in list(forms) for v in _written_forms(form)[1:] if v not in written
    ]
    names: dict[str, Known] = {}
    for form, key in forms:
        if entries[key].type not in ("Demonym", "City", "Region", "State"):
            names.setdefault(form.casefold(), entries[key])
    return Reference(entries, tuple(forms), members, names)


_GERMAN = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


def _written_forms(form: str) -> list[str]:
    """A form as the reference writes it and as texts without the letters write it:
    'Bogotá' and 'Bogota', 'Forschungszentrum Jülich' and '... Julich' and '... Juelich'."""
    return list(
        dict.fromkeys([form, fold_diacritics(form), fold_diacritics(form.translate(_GERMAN))])
    )
