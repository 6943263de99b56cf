"""Bytes to text: UTF-8 first, then the encoding charset-normalizer finds; binary is refused."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import charset_normalizer

from kg.errors import Errors, KGError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # all C0/C1 controls but spacing ones
# Real documents have almost no control characters; decoded binary has many.
_MAX_CONTROL_SHARE = 0.02
_MAX_BAD_UTF8_SHARE = 0.001


def decode(data: bytes, *, path: Path) -> str:
    """The text of `data`; offsets are the file's character offsets (a BOM becomes a space)."""
    text = _decode_utf16_32(data, path=path)
    if text is None:
        if b"\x00" in data:
            raise KGError(Errors.E101, path=path, reason="it contains NUL bytes")
        text = _decode_8bit(data, path=path)
    controls = len(_CONTROLS.findall(text))
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise KGError(Errors.E101, path=path, reason=f"{controls} control characters")
    return text.replace("\ufeff", " ", 1) if text.startswith("\ufeff") else text


def _decode_utf16_32(data: bytes, *, path: Path) -> str | None:
    # UTF-16/32 text is full of NUL bytes, so it is recognised by its byte order mark first.
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return "\ufeff" + data.decode(codec).removeprefix("\ufeff")
            except UnicodeDecodeError as e:
                raise KGError(Errors.E102, path=path, reason=f"bad {codec}: {e.reason}") from None
    return None


def _decode_8bit(data: bytes, *, path: Path) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # A UTF-8 file with a stray bad byte is still UTF-8: guessing a code page for it would
    # garble every other non-ASCII character.
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd") - data.count("\ufffd".encode())
    if bad <= _MAX_BAD_UTF8_SHARE * len(data):
        return replaced
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise KGError(Errors.E102, path=path, reason="not UTF-8, and no other encoding fits")
    return str(best)
