"""ingest/names.py: the legal forms a name may drop, and the acronyms that spell a name."""

from __future__ import annotations

import pytest

from ingest.names import acronyms_of, spells, without_legal_form


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Deutsche Telekom AG", "Deutsche Telekom"),
        ("Huawei Technologies Co., Ltd.", "Huawei Technologies"),
        ("Boréal Calcul inc.", "Boréal Calcul"),
        ("Chlodnia Tech sp. z o.o.", "Chlodnia Tech"),
        ("Dalmacija Cloud d.o.o.", "Dalmacija Cloud"),
        ("Morava Intelligence s.r.o.", "Morava Intelligence"),
        ("Alpha inc. Labs", "Alpha inc. Labs"),  # (only at the end)
        ("HANBIT NEURAL CO., LTD.", "HANBIT NEURAL"),  # (a letterhead's capitals)
        ("SAHYADRI COMPUTE LIMITED", "SAHYADRI COMPUTE"),
        ("Nordic Limited Partners", "Nordic Limited Partners"),
        ("Likha Intelligence, Inc.", "Likha Intelligence"),
        ("Teléfonos de México, S.A.B. de C.V.", "Teléfonos de México"),
        ("Acme Nube, S. de R.L. de C.V.", "Acme Nube"),
        ("Schwarz Digits GmbH & Co. KG", "Schwarz Digits"),
        ("Ulsan AI Campus Co.", "Ulsan AI Campus"),
        ("Qimmah AI Infrastructure L.L.C.", "Qimmah AI Infrastructure"),
        ("Saqr Compute FZ-LLC", "Saqr Compute"),
        ("Northlight Compute LP", "Northlight Compute"),
        ("Araks Compute CJSC", "Araks Compute"),
        ("Gaelchaint Teoranta", "Gaelchaint"),  # Irish and Welsh
        ("Cwmwl Cyf", "Cwmwl"),
        ("Edu-Model Sp. z o.o.", "Edu-Model"),
        ("Cooperatie Akkerdata U.A.", "Cooperatie Akkerdata"),  # a Dutch cooperative
        ("Pixel Azteca Games S.A.P.I.", "Pixel Azteca Games"),
        ("Telefónica Tech, S.A.U.", "Telefónica Tech"),
    ],
)
def test_without_legal_form(name: str, short: str) -> None:
    assert without_legal_form(name) == short


@pytest.mark.parametrize(
    ("short", "name", "spelt"),
    [
        ("KHIDI", "Korea Health Industry Development Institute", True),
        ("IBM", "Lenovo", False),
        ("DoH", "Department of Health", True),  # (a capital at either end)
        ("MeitY", "Ministry of Electronics and Information Technology", True),
        ("Dept", "Department of Health", False),
        ("Dell", "Dell Technologies", False),  # (no acronym)
    ],
)
def test_spells(short: str, name: str, spelt: bool) -> None:
    assert spells(short, name) is spelt


def test_acronyms_a_long_name_may_go_by() -> None:
    assert acronyms_of("Ministry of Trade, Industry and Energy") == {"MTIE", "MOTIE"}
    assert acronyms_of("Kestrel Data Ltd") == set()  # (two words of its own: no acronym)
