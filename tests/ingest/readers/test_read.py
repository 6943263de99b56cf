"""`read(path)`: dispatch by content and extension, and every bad input as a clear KGError."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers import ReadLimits, read
from kg.errors import Errors, KGError
from tests.ingest.readers.pdfs import pdf_bytes

DOCS = Path(__file__).parent / "docs"
TINY = ReadLimits(max_file_bytes=2_000, max_text_chars=500, max_pdf_pages=3)


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_plain_text_keeps_file_offsets_and_reads_its_header() -> None:
    path = DOCS / "press_release.txt"
    source = read(path)
    original = path.read_text(encoding="utf-8")
    assert len(source.text) == len(original)
    start = original.index("Dune Capital, the Abu Dhabi")
    assert source.text[start:].startswith("Dune Capital, the Abu Dhabi")
    assert source.url == "https://news.example.com/2025/03/gulf-ai-venture"
    assert source.title and source.title.startswith("Gulf fund and chipmaker")
    assert "news.example.com" not in source.text and "Title:" not in source.text
    assert source.kind == "text" and source.doc == "press_release.txt"


def test_each_kind_goes_to_its_reader(tmp_path: Path) -> None:
    prose = "France pledged EUR 20bn to Mistral AI in 2025, the ministry said on Tuesday."
    html = f"<html><head><title>T</title></head><body><article><p>{prose}</p></article></body>"
    assert read(write(tmp_path, "a.html", html)).kind == "html"
    assert read(write(tmp_path, "saved_page", html)).kind == "html"
    assert read(write(tmp_path, "a.md", f"# Title\n\n**{prose}**\n")).kind == "markdown"
    assert read(write(tmp_path, "a.pdf", pdf_bytes([prose]))).kind == "pdf"
    assert read(write(tmp_path, "a.txt", prose)).text == prose


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("empty.txt", b"", Errors.E100),
        ("blank.txt", b" \n\t\n", Errors.E100),
        ("nul.txt", b"text\x00more", Errors.E101),
        ("utf16.txt", b"\xff\xfe\x00\xd8", Errors.E102),
        ("image.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, Errors.E103),
        ("report.docx", b"PK\x03\x04" + b"\x00" * 20, Errors.E103),
        ("big.txt", b"word " * 500, Errors.E104),
        ("long.txt", "A sentence of prose. " * 50, Errors.E105),
        ("broken.html", b"<html><body></body></html>", Errors.E106),
        ("broken.pdf", b"%PDF-1.4\ngarbage", Errors.E107),
        ("fake.pdf", b"not a pdf at all", Errors.E107),
        ("many.pdf", pdf_bytes(["p"] * 4), Errors.E109),
    ],
)
def test_bad_input_is_a_clear_error_naming_the_file(
    tmp_path: Path, name: str, data: bytes | str, code: Errors
) -> None:
    path = write(tmp_path, name, data)
    with pytest.raises(KGError) as e:
        read(path, limits=TINY)
    assert e.value.code is code
    assert str(path) in str(e.value)


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KGError) as e:
        read(tmp_path / "gone.txt")
    assert e.value.code is Errors.E009


def test_limits_come_from_the_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KG_MAX_FILE_BYTES", "10")
    with pytest.raises(KGError) as e:
        read(write(tmp_path, "a.txt", "more than ten bytes"))
    assert e.value.code is Errors.E104


def test_markdown_web_dump_keeps_heading_and_prose_only() -> None:
    text = " ".join(read(DOCS / "web_dump.md").text.split())
    assert text == (
        "Spain launches Alia Spain's government launched Alia, a family of open models trained "
        "in Spanish and co-official languages, the ministry said on Monday. The Barcelona "
        "Supercomputing Center trained the models on MareNostrum 5."
    )
