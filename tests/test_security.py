"""Security-relevant behaviour, grouped by area."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from ingest.readers import ReadLimits, read
from kg.errors import Errors, KGError
from tests.ingest.readers.pdfs import pdf_bytes

# --- Readers (ingest/readers): untrusted report files -------------------------------------


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a reader tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.mark.usefixtures("no_network")
def test_readers_never_touch_the_network(tmp_path: Path) -> None:
    html = tmp_path / "page.html"
    html.write_text(
        '<html><head><link rel="canonical" href="http://example.org/a">'
        '<script src="http://example.org/x.js"></script></head><body><article>'
        '<img src="http://example.org/i.png"><iframe src="http://example.org/f"></iframe>'
        "<p>France pledged EUR 20bn to Mistral AI in 2025, the ministry said on Tuesday.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    assert "Mistral AI" in read(html).text
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(pdf_bytes(["See http://example.org for details."]))
    assert "example.org" in read(pdf).text


def test_an_oversized_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(10**10)  # sparse: 10 GB that costs nothing on disk
    with pytest.raises(KGError) as e:
        read(huge)
    assert e.value.code is Errors.E104


def test_a_pdf_decompression_bomb_is_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(pdf_bytes(["boom"], padding=5_000_000, deflate=True))
    limits = ReadLimits(max_file_bytes=100_000, max_text_chars=10_000, max_pdf_pages=5)
    assert bomb.stat().st_size < limits.max_file_bytes
    with pytest.raises(KGError) as e:
        read(bomb, limits=limits)
    assert e.value.code is Errors.E110


def test_binary_files_are_refused(tmp_path: Path) -> None:
    binary = tmp_path / "report.txt"
    binary.write_bytes(b"\x7fELF\x02\x01\x01" + bytes(200))
    with pytest.raises(KGError) as e:
        read(binary)
    assert e.value.code is Errors.E103
