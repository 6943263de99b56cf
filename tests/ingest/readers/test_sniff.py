from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers.sniff import sniff
from kg.errors import Errors, KGError


@pytest.mark.parametrize(
    ("name", "head", "kind"),
    [
        ("a.txt", b"%PDF-1.7\n", "pdf"),
        ("a.txt", b"  <!DOCTYPE html><html>", "html"),
        ("a", b"<html><body>x", "html"),
        ("a.htm", b"just text", "html"),
        ("a.md", b"# Title", "markdown"),
        ("a.log", b"plain words", "text"),
        ("a.txt", b"Prose mentioning <html> tags later.", "text"),
    ],
)
def test_kind_from_content_then_extension(name: str, head: bytes, kind: str) -> None:
    assert sniff(Path(name), head) == kind


@pytest.mark.parametrize(
    ("head", "named"), [(b"PK\x03\x04rest", "ZIP"), (b"\x89PNG\r\n\x1a\n", "PNG")]
)
def test_foreign_formats_are_unsupported(head: bytes, named: str) -> None:
    with pytest.raises(KGError) as e:
        sniff(Path("report.docx"), head)
    assert e.value.code is Errors.E103 and named in str(e.value)


def test_a_pdf_name_without_pdf_bytes_is_a_broken_pdf() -> None:
    with pytest.raises(KGError) as e:
        sniff(Path("report.pdf"), b"hello")
    assert e.value.code is Errors.E107
