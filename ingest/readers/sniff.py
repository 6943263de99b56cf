"""What kind of report a file is, from its first bytes first and its extension second."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from kg.errors import Errors, KGError

Kind = Literal["text", "markdown", "html", "pdf"]

HEAD_BYTES = 4096

# Formats people save reports in that no reader here understands; named in the error.
_FOREIGN_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "ZIP archive (or an Office/OpenDocument/EPUB file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Microsoft Office document"),
    (b"{\\rtf", "RTF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"RIFF", "RIFF media file"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3\x00", "SQLite database"),
)

_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)


def sniff(path: Path, head: bytes) -> Kind:
    """The reader for a file whose first bytes are `head`; raises E103 for known foreign formats."""
    if b"%PDF-" in head[:1024]:
        return "pdf"
    for magic, name in _FOREIGN_MAGIC:
        if head.startswith(magic):
            raise KGError(Errors.E103, path=path, kind=name)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        raise KGError(Errors.E107, path=path, reason="no %PDF- header: not a PDF file")
    if suffix in _HTML_SUFFIXES or _HTML_START.match(head.removeprefix(b"\xef\xbb\xbf")):
        return "html"
    if suffix in _MARKDOWN_SUFFIXES:
        return "markdown"
    return "text"
