"""The size limits a reader enforces, read from the settings table."""

from __future__ import annotations

from dataclasses import dataclass

from kg import settings


@dataclass(frozen=True, slots=True)
class ReadLimits:
    max_file_bytes: int
    max_text_chars: int
    max_pdf_pages: int

    @classmethod
    def from_settings(cls) -> ReadLimits:
        return cls(
            max_file_bytes=int(settings.get("max_file_bytes")),
            max_text_chars=int(settings.get("max_text_chars")),
            max_pdf_pages=int(settings.get("max_pdf_pages")),
        )
