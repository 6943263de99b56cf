"""The lexical scan that finds SERVICE, FROM and update keywords."""

from __future__ import annotations

import pytest

from kg.sparql import lexical


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * { SERVICE <http://x> { ?s ?p ?o } }",
        "select * {service<http://x>{}}",
        "SELECT * { \\u0053ERVICE <http://x> {} }",
        "SELECT * { \\U00000053ervice <http://x> {} }",
        "SELECT * { FILTER(?a<?b)SERVICE<http://x>{} }",
        "SELECT * { ?s ?p ?o . SERVICE SILENT ?e { } }",
        "SELECT * { # comment\nSERVICE <http://x> {} }",
    ],
)
def test_finds_service(query: str) -> None:
    assert lexical.uses_service(query)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?service { ?service ?p 'SERVICE' }",
        'SELECT * { ?s <http://example.org/service> """a\nSERVICE""" }',
        "PREFIX service: <urn:x#> SELECT * { ?s service:SERVICE _:service }",
        "SELECT * { ?s ?p 'x'@service } # SERVICE <http://x> {}",
        "SELECT * { ?s ?p 'it\\'s SERVICE' }",
    ],
)
def test_service_inside_names_strings_and_comments_is_not_a_keyword(query: str) -> None:
    assert not lexical.uses_service(query)


def test_dataset_and_update_keywords() -> None:
    assert lexical.names_dataset("SELECT * FROM NAMED <urn:g> { }")
    assert not lexical.names_dataset("SELECT * { ?s ?p 'from' }")
    assert lexical.looks_like_update("INSERT DATA { <a:a> <a:b> <a:c> }")
    assert not lexical.looks_like_update("SELECT * { ?s ?p 'delete me' }")
