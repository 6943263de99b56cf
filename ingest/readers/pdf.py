"""PDF reports: page texts by pypdf, joined, with where each page starts; bombs are refused."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
from pypdf.errors import FileNotDecryptedError, LimitReachedError

from ingest.readers.limits import ReadLimits
from ingest.readers.running_heads import blank_running_heads
from ingest.source import SourceText
from kg.errors import Errors, KGError

PAGE_BREAK = "\n\n"


def read_pdf(path: Path, data: bytes, *, limits: ReadLimits) -> SourceText:
    """Text of every page, joined by a blank line; `page_starts` maps offsets to pages.

    Running heads and feet (a line at the edge of most pages) are blanked.

    Each decompressed stream is capped at `max_file_bytes`, the page count at
    `max_pdf_pages` and the text at `max_text_chars`, so a small file cannot explode.
    """
    cap = limits.max_file_bytes
    with pypdf.apply_configuration(
        maximum_declared_stream_length=cap,
        array_based_stream_maximum_output_length=cap,
        zlib_maximum_output_length=cap,
        lzw_maximum_output_length=cap,
        run_length_maximum_output_length=cap,
        jbig2_maximum_output_length=cap,
        brotli_maximum_output_length=cap,
    ):
        try:
            return _read(path, data, limits)
        except KGError:
            raise
        except LimitReachedError as e:
            raise KGError(Errors.E110, path=path, reason=str(e)) from None
        except FileNotDecryptedError:
            raise KGError(Errors.E108, path=path) from None
        except Exception as e:  # pypdf raises many kinds on broken files
            raise KGError(Errors.E107, path=path, reason=f"{type(e).__name__}: {e}") from None


def _read(path: Path, data: bytes, limits: ReadLimits) -> SourceText:
    reader = pypdf.PdfReader(io.BytesIO(data))
    if reader.is_encrypted and reader.decrypt("") == pypdf.PasswordType.NOT_DECRYPTED:
        raise KGError(Errors.E108, path=path)
    pages = len(reader.pages)
    if pages > limits.max_pdf_pages:
        raise KGError(Errors.E109, path=path, pages=pages, limit=limits.max_pdf_pages)
    texts: list[str] = []
    starts: list[int] = []
    length = 0
    for page in reader.pages:
        starts.append(length)
        text = page.extract_text() or ""
        length += len(text) + len(PAGE_BREAK)
        if length > limits.max_text_chars:
            raise KGError(Errors.E105, path=path, limit=limits.max_text_chars)
        texts.append(text)
    joined = blank_running_heads(PAGE_BREAK.join(texts), starts)
    if not joined.strip():
        raise KGError(Errors.E111, path=path)
    metadata = reader.metadata
    title = metadata.title if metadata else None
    created = metadata.creation_date if metadata else None
    return SourceText(
        path=path,
        text=joined,
        title=str(title).strip() or None if title else None,
        published=created.date().isoformat() if created else None,
        page_starts=tuple(starts),
        kind="pdf",
    )
