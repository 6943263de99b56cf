"""Tiny PDFs written by hand for the reader tests: one text line per page."""

from __future__ import annotations

import io
import zlib

import pypdf


def pdf_bytes(
    pages: list[str], *, title: str | None = None, padding: int = 0, deflate: bool = False
) -> bytes:
    """A valid PDF whose page i shows `pages[i]` in Helvetica.

    `padding` spaces are appended to every content stream; with `deflate` they compress to
    almost nothing, which makes a decompression bomb.
    """
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, filled in below
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    kids = []
    for text in pages:
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content = f"BT /F1 12 Tf 72 720 Td ({escaped}) Tj ET".encode("latin-1") + b" " * padding
        if deflate:
            content = zlib.compress(content, 9)
        extra = b" /Filter /FlateDecode" if deflate else b""
        objects.append(
            b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(content), extra, content)
        )
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>" % (len(objects))
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    info = b""
    if title is not None:
        objects.append(b"<< /Title (%s) /CreationDate (D:20250304120000Z) >>" % title.encode())
        info = b" /Info %d 0 R" % len(objects)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R%s >>\n" % (len(objects) + 1, info))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def encrypted_pdf_bytes(pages: list[str], *, password: str) -> bytes:
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(pdf_bytes(pages)))
    writer.encrypt(user_password=password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
