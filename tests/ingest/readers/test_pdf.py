from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers.limits import ReadLimits
from ingest.readers.pdf import read_pdf
from kg.errors import Errors, KGError
from tests.ingest.readers.pdfs import encrypted_pdf_bytes, pdf_bytes

P = Path("report.pdf")
LIMITS = ReadLimits(max_file_bytes=100_000, max_text_chars=10_000, max_pdf_pages=10)


def test_pages_are_joined_and_their_starts_kept() -> None:
    data = pdf_bytes(["First page text.", "Second page."], title="A report")
    source = read_pdf(P, data, limits=LIMITS)
    assert source.text == "First page text.\n\nSecond page."
    assert source.page_starts == (0, 18)
    assert source.page_of(source.text.index("Second")) == 2
    assert source.title == "A report" and source.published == "2025-03-04"
    assert source.kind == "pdf"


def test_encrypted_with_an_empty_user_password_opens() -> None:
    source = read_pdf(P, encrypted_pdf_bytes(["Open text."], password=""), limits=LIMITS)
    assert source.text == "Open text."


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"%PDF-1.4\nnot really a pdf", Errors.E107),
        (pdf_bytes(["x"])[:200], Errors.E107),
        (encrypted_pdf_bytes(["secret"], password="pw"), Errors.E108),
        (pdf_bytes(["page"] * 11), Errors.E109),
        (pdf_bytes(["bomb"], padding=1_000_000, deflate=True), Errors.E110),
        (pdf_bytes([""]), Errors.E111),
        (pdf_bytes(["long page " * 600, "again " * 1000]), Errors.E105),
    ],
)
def test_bad_pdfs_are_clear_errors(data: bytes, code: Errors) -> None:
    with pytest.raises(KGError) as e:
        read_pdf(P, data, limits=LIMITS)
    assert e.value.code is code and "report.pdf" in str(e.value)
