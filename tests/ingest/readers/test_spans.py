from __future__ import annotations

from ingest.readers.spans import blank


def test_blank_keeps_line_breaks_and_length() -> None:
    assert blank("ab\ncd\r\nef", [(1, 8)]) == "a \n  \r\n f"
