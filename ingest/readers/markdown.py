"""Markdown reports: markup blanked with spaces, so offsets stay the file's own."""

from __future__ import annotations

import re

from ingest.readers.spans import Span, blank

_WHOLE = re.compile(
    r"^[ \t]*(?P<fence>```|~~~).*?^[ \t]*(?P=fence)[^\n]*$"  # fenced code
    r"|<!--.*?-->"  # comments
    r"|^[ \t]{0,3}\[[^\]\n]+\]:[ \t]+\S[^\n]*$"  # reference definitions
    r"|^[ \t]{0,3}(?P<rule>[-*_=])(?:[ \t]*(?P=rule)){2,}[ \t]*$"  # rules and setext underlines
    r"|^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|?)+[ \t]*$"  # table separator rows
    r"|!\[[^\]\n]*\]\([^)\n]*\)"  # images
    r"|<(?:https?://|mailto:)[^>\n]*>"  # autolinks
    r"|</?[A-Za-z][^>\n]*>",  # inline HTML tags
    re.M | re.S,
)
_LINE_PREFIX = re.compile(
    r"^[ \t]{0,3}(?:>[ \t]?)+"  # blockquote markers
    r"|^[ \t]{0,3}#{1,6}(?=[ \t]|$)"  # heading markers
    r"|^[ \t]*(?:[-*+]|\d{1,9}[.)])(?=[ \t])",  # list markers
    re.M,
)
_HEADING_CLOSER = re.compile(r"(?<=[ \t])#+[ \t]*$", re.M)
_LINK = re.compile(r"(\[)([^\]\n]+)(\]\([^)\n]*\)|\]\[[^\]\n]*\])")
_EMPHASIS = re.compile(
    r"(?<![\w*~])(?:\*{1,3}|_{1,3}|~~)(?=\S)"  # opening
    r"|(?<=\S)(?:\*{1,3}|_{1,3}|~~)(?![\w*~])"  # closing
)
_TABLE_ROW = re.compile(r"^.*\|.*\|.*$", re.M)
_CODE_TICKS = re.compile(r"`+")
_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|])")
_PIPE = re.compile(r"\|")


def strip_markdown(text: str) -> tuple[str, list[Span]]:
    """`text` with Markdown markup blanked, and the spans of link texts (for link density)."""
    spans: list[Span] = [m.span() for m in _WHOLE.finditer(text)]
    for pattern in (_LINE_PREFIX, _HEADING_CLOSER, _EMPHASIS, _CODE_TICKS, _ESCAPE):
        spans.extend(m.span() for m in pattern.finditer(text))
    links: list[Span] = []
    for m in _LINK.finditer(text):
        spans.extend([m.span(1), m.span(3)])
        links.append(m.span(2))
    for row in _TABLE_ROW.finditer(text):
        spans.extend(p.span() for p in _PIPE.finditer(text, row.start(), row.end()))
    return blank(text, spans), links


_H1 = re.compile(r"^[ \t]{0,3}#[ \t]+(?P<title>[^\n]+?)(?:[ \t]+#+)?[ \t]*$", re.M)


def markdown_title(text: str) -> str | None:
    """The document's first level-1 heading (`# Title`), the title a Markdown report gives."""
    m = _H1.search(text)
    return m.group("title").strip() if m else None
