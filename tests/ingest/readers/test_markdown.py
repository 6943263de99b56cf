from __future__ import annotations

from ingest.readers.markdown import strip_markdown

MD = """# France backs **Mistral AI** #

France pledged [EUR 20bn](https://example.org/x "x") to *Mistral AI*, says `snake_case`.

> - A quoted list item with ~~strike~~ and __bold__.

![chart](chart.png)

```python
print("code is not prose")
```

| Funder | Amount |
|---|---|
| France | EUR 20bn |

[ref]: https://example.org/ref
"""


def test_markup_is_blanked_and_offsets_kept() -> None:
    text, _ = strip_markdown(MD)
    assert len(text) == len(MD)
    assert text.count("\n") == MD.count("\n")
    words = text.split()
    assert words[:4] == ["France", "backs", "Mistral", "AI"]
    assert "France pledged  EUR 20bn" in text
    assert "snake_case" in text
    for markup in ["#", "**", "](", "https://", "`", "~~", "__", ">", "|", "---", "print", "chart"]:
        assert markup not in text, markup


def test_link_texts_are_reported() -> None:
    text, links = strip_markdown("See [the report](https://x.org) now.\n")
    assert [text[a:b] for a, b in links] == ["the report"]


def test_first_level_one_heading_is_the_title() -> None:
    from ingest.readers.markdown import markdown_title

    text = "Intro line\n\n## Not this\n\n# Japan subsidises AI compute ##\n\nBody.\n"
    assert markdown_title(text) == "Japan subsidises AI compute"
    assert markdown_title("No heading here.\n") is None
