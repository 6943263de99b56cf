from __future__ import annotations

from ingest.readers.header import Header, split_header


def test_source_and_title_lines_become_metadata_and_are_blanked() -> None:
    text = "Source: https://example.org/a\nTitle: France backs Mistral\n\nFrance pledged.\n"
    header, rest = split_header(text)
    assert header == Header(title="France backs Mistral", url="https://example.org/a")
    assert len(rest) == len(text)
    assert "example.org" not in rest and rest.endswith("\nFrance pledged.\n")


def test_yaml_front_matter() -> None:
    text = "---\ntitle: 'A title'\ndate: 2025-01-02\nurl: https://x.org\n---\nBody.\n"
    header, rest = split_header(text)
    assert header == Header(title="A title", url="https://x.org", published="2025-01-02")
    assert rest.strip() == "Body."


def test_a_source_that_is_not_a_url_gives_no_url() -> None:
    header, _ = split_header("Source: Reuters\nTitle: T\n\nBody.\n")
    assert header.url is None and header.title == "T"


def test_prose_that_starts_with_a_colon_is_not_a_header() -> None:
    text = "Note: the ministry said.\nMore prose follows here.\n"
    assert split_header(text) == (Header(), text)


def test_unknown_keys_alone_are_not_a_header() -> None:
    text = "Summary: the ministry said.\n\nBody.\n"
    assert split_header(text) == (Header(), text)
