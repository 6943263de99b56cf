from __future__ import annotations

import pytest

from ingest.readers.limits import ReadLimits


def test_defaults_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ["KG_MAX_FILE_BYTES", "KG_MAX_TEXT_CHARS", "KG_MAX_PDF_PAGES"]:
        monkeypatch.delenv(name, raising=False)
    assert ReadLimits.from_settings() == ReadLimits(
        max_file_bytes=50_000_000, max_text_chars=10_000_000, max_pdf_pages=2000
    )
    monkeypatch.setenv("KG_MAX_PDF_PAGES", "7")
    assert ReadLimits.from_settings().max_pdf_pages == 7
