from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from ingest.readers.decode import decode
from kg.errors import Errors, KGError

P = Path("doc.txt")


def test_utf8_bom_becomes_a_space_so_offsets_hold() -> None:
    assert decode(codecs.BOM_UTF8 + "Zürich".encode(), path=P) == " Zürich"


def test_utf16_with_bom() -> None:
    assert decode("Zürich".encode("utf-16"), path=P) == " Zürich"


def test_legacy_encoding_is_detected() -> None:
    text = "La société française a reçu une subvention de l'État. " * 5
    # Several Latin code pages fit these bytes; the words that matter come out right.
    assert "société française a reçu une subvention" in decode(text.encode("cp1252"), path=P)


def test_nul_bytes_are_binary() -> None:
    with pytest.raises(KGError) as e:
        decode(b"abc\x00def", path=P)
    assert e.value.code is Errors.E101 and "doc.txt" in str(e.value)


def test_control_characters_are_binary() -> None:
    with pytest.raises(KGError) as e:
        decode(bytes(range(1, 9)) * 50 + b"text", path=P)
    assert e.value.code is Errors.E101


def test_bad_utf16_is_undecodable() -> None:
    with pytest.raises(KGError) as e:
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8", path=P)
    assert e.value.code is Errors.E102


def test_a_stray_bad_byte_in_utf8_is_replaced_not_guessed_away() -> None:
    text = "Zürich’s “sovereign” AI plan. " * 200
    data = bytearray(text.encode())
    data[data.index(b"AI")] = 0xFF
    decoded = decode(bytes(data), path=P)
    assert decoded.count("\ufffd") == 1 and decoded.count("Zürich’s") >= 199
