from __future__ import annotations

from ingest.readers.running_heads import blank_running_heads


def pages(*bodies: str) -> tuple[str, list[int]]:
    texts = [
        f"Sovereign AI Outlook 2025\n{body}\nPage {i} of 9" for i, body in enumerate(bodies, 1)
    ]
    starts, offset = [], 0
    for t in texts:
        starts.append(offset)
        offset += len(t) + 2
    return "\n\n".join(texts), starts


def test_heads_and_numbered_feet_of_most_pages_are_blanked() -> None:
    text, starts = pages("France funds Mistral.", "Japan funds Sakura.", "India funds Sarvam.")
    kept = blank_running_heads(text, starts)
    assert len(kept) == len(text)
    assert "Outlook" not in kept and "Page" not in kept
    assert all(s in kept for s in ["France funds", "Japan funds", "India funds"])


def test_two_pages_are_too_few_to_tell() -> None:
    text, starts = pages("France funds Mistral.", "Japan funds Sakura.")
    assert blank_running_heads(text, starts) == text
