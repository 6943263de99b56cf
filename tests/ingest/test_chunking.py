"""ingest/chunking.py: pieces cover the text in order, each within the limit."""

from __future__ import annotations

from ingest.chunking import chunks


def test_chunks_cover_text_at_paragraph_or_sentence_ends() -> None:
    text = ("One sentence here. Another one follows.\n\n" * 50) + "x" * 30
    pieces = list(chunks(text, max_chars=200))
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 200 for _, p in pieces)
    assert all(text[o : o + len(p)] == p for o, p in pieces)
    assert all(p.endswith(("\n\n", ". ")) for _, p in pieces[:-1])


def test_text_without_breaks_is_cut_hard() -> None:
    pieces = list(chunks("a" * 1000, max_chars=300))
    assert [len(p) for _, p in pieces] == [300, 300, 300, 100]


def test_short_and_empty_texts_are_one_chunk() -> None:
    assert list(chunks("short", max_chars=100)) == [(0, "short")]
    assert list(chunks("", max_chars=100)) == [(0, "")]
