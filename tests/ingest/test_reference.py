"""ingest/reference.py and the data of data/reference/."""

from __future__ import annotations

import csv

import pycountry

from ingest.reference import load_reference, reference_dir


def test_every_country_is_known_by_short_forms_and_demonyms() -> None:
    ref = load_reference()
    codes = {k.split(":")[1] for k in ref.entries if k.startswith("country:")}
    assert codes == {c.alpha_3 for c in pycountry.countries}
    for form, iso3 in [("UAE", "ARE"), ("Britain", "GBR"), ("the U.S.", "USA"), ("Russia", "RUS"),
                       ("Turkey", "TUR"), ("Türkiye", "TUR"), ("South Korea", "KOR"),
                       ("Vietnam", "VNM")]:  # fmt: skip
        known = ref.by_name(form)
        assert known is not None and known.country == iso3, form
    demonyms = {ref.entries[k].country for f, k in ref.forms if f in ("Emirati", "French")}
    assert demonyms == {"ARE", "FRA"}


def test_every_row_says_its_source() -> None:
    for path in reference_dir().glob("*.csv"):
        with path.open(encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        assert rows and all(r.get("source") for r in rows if "source" in r), path.name


def test_bloc_members_are_countries_and_actor_types_are_ontology_types() -> None:
    ref = load_reference()
    for bloc, members in ref.bloc_members.items():
        assert all(f"country:{m}" in ref.entries for m in members), bloc
    types = {e.type for k, e in ref.entries.items() if k.startswith("actor:")}
    assert types <= {"Firm", "Organization", "AIModel", "Government"}
    assert len([k for k in ref.entries if k.startswith("actor:")]) > 300


def test_models_name_their_developer_when_the_reference_knows_it() -> None:
    ref = load_reference()
    falcon = ref.by_name("Falcon")
    assert falcon is not None and falcon.developer == "Technology Innovation Institute"
    assert ref.by_name("TII") is not None


def test_no_name_or_alias_stands_for_two_actors_or_blocs() -> None:
    ref = load_reference()
    owners: dict[str, set[str]] = {}
    for form, key in ref.forms:
        if ref.entries[key].type != "Demonym":
            owners.setdefault(form.casefold(), set()).add(key)
    shared = {f: keys for f, keys in owners.items() if len(keys) > 1}
    assert not {
        f: keys
        for f, keys in shared.items()
        if any(k.startswith(("actor:", "bloc:")) for k in keys)
    }


def test_bloc_memberships_have_their_2025_sizes() -> None:
    sizes = {"North Atlantic Treaty Organization": 32, "African Union": 55, "United Nations": 193,
             "Organisation for Economic Co-operation and Development": 38, "Arab League": 22,
             "Economic Community of West African States": 12, "Council of Europe": 46,
             "Organisation of Islamic Cooperation": 57, "Commonwealth of Nations": 56}  # fmt: skip
    members = load_reference().bloc_members
    assert {name: len(members[f"bloc:{name}"]) for name in sizes} == sizes


def test_actor_rows_name_known_developers_and_countries() -> None:
    ref = load_reference()
    actors = [e for k, e in ref.entries.items() if k.startswith("actor:")]
    names = {e.name for e in actors}
    assert all(e.developer in names for e in actors if e.developer)
    assert all(f"country:{e.country}" in ref.entries for e in actors if e.country)
    # a programme's payer is a bloc the reference knows
    assert all(f"bloc:{e.payer}" in ref.entries for e in actors if e.payer)
    assert all(e.category == "state_programme" for e in actors if e.payer)
    assert all((e.type == "AIModel") == (e.category == "model") for e in actors)


def test_forms_are_also_known_as_written_without_their_letters() -> None:
    """'Forschungszentrum Juelich' and 'Bogota': texts in plain letters name the same actor."""
    reference = load_reference()
    juelich = reference.by_name("Forschungszentrum Juelich")
    assert juelich is not None and juelich.name == "Forschungszentrum Jülich"
    assert reference.by_name("Forschungszentrum Julich") == juelich


def test_a_states_investment_company_is_a_firm_that_still_spends_state_money() -> None:
    """MGX, a company Abu Dhabi set up to invest in AI, is a firm (as writers type it) whose
    category still says its money is the state's."""
    mgx = load_reference().by_name("MGX")
    assert mgx is not None and (mgx.type, mgx.category) == ("Firm", "sovereign_fund")
