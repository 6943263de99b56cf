"""The interchange record: valid input passes, bad input says which field and why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kg.errors import Errors, KGError
from kg.records import parse_record, read_record
from tests.conftest import EXAMPLE, gold_files


def test_example_is_valid() -> None:
    rec = read_record(EXAMPLE)
    assert rec.doc_id == "uae_falcon_example"
    assert rec.entity("TII").name == "Technology Innovation Institute"


@pytest.mark.parametrize("path", gold_files(), ids=lambda p: p.stem)
def test_gold_files_are_valid(path: Path) -> None:
    read_record(path)


def test_broken_json_names_file(write_json) -> None:  # type: ignore[no-untyped-def]
    path = write_json('{"doc": "x.txt", "entities": [', "broken.json")
    with pytest.raises(KGError) as e:
        read_record(path)
    assert e.value.code is Errors.E001
    assert "broken.json" in str(e.value)


def test_unknown_type_names_field(tiny: dict[str, Any]) -> None:
    tiny["entities"][1]["type"] = "Company"
    with pytest.raises(KGError) as e:
        parse_record(tiny, path="t.json")
    assert e.value.code is Errors.E002
    assert "entities.1.type" in str(e.value) and "Company" in str(e.value)


def test_missing_name_names_field(tiny: dict[str, Any]) -> None:
    del tiny["entities"][0]["name"]
    with pytest.raises(KGError, match=r"entities\.0\.name"):
        parse_record(tiny)


def test_unresolved_reference(tiny: dict[str, Any]) -> None:
    tiny["relations"][0]["object"] = "Le Chat"
    with pytest.raises(KGError, match=r"relations\.0\.object names 'Le Chat'"):
        parse_record(tiny)


def test_unknown_predicate(tiny: dict[str, Any]) -> None:
    tiny["relations"][0]["predicate"] = "OWNS"
    with pytest.raises(KGError, match="unknown predicate 'OWNS'"):
        parse_record(tiny)


def test_misspelt_field_is_refused(tiny: dict[str, Any]) -> None:
    tiny["subsidies"][0]["funders"] = ["France"]
    with pytest.raises(KGError, match=r"subsidies\.0\.funders"):
        parse_record(tiny)


def test_references_resolve_through_aliases_and_case(tiny: dict[str, Any]) -> None:
    tiny["relations"][0]["subject"] = "MISTRAL"
    rec = parse_record(tiny)
    assert rec.entity("MISTRAL").name == "Mistral AI"


def test_doc_id_is_iri_safe() -> None:
    rec = parse_record({"doc": "reports/Über uns (2024).html"})
    assert rec.doc_id == "ber-uns--2024"
