"""A `Key: value` header block (or YAML front matter) at the top of a text report.

Saved reports often start with where they came from (`Source: <url>`, `Title: ...`). Those
lines are metadata, not prose: they are parsed into title/url/date and blanked, so no entity
is ever found in a URL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.readers.spans import blank

_URL_KEYS = frozenset({"source", "url", "link", "canonical", "canonical url", "source url"})
_TITLE_KEYS = frozenset({"title", "headline"})
_DATE_KEYS = frozenset({"date", "published", "publication date", "published on"})
_OTHER_KEYS = frozenset(
    {"author", "authors", "by", "retrieved", "accessed", "language", "publisher", "site", "tags"}
)
_KNOWN_KEYS = _URL_KEYS | _TITLE_KEYS | _DATE_KEYS | _OTHER_KEYS
_FIELD = re.compile(r"^[ \t]*([A-Za-z][\w-]*(?: [\w-]+){0,2})[ \t]*:[ \t]*(.*?)[ \t]*$")
_URL = re.compile(r"^(?:https?://|www\.)\S+$")
_FRONT_MATTER_FENCE = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
_MAX_HEADER_LINES = 40


@dataclass(frozen=True, slots=True)
class Header:
    title: str | None = None
    url: str | None = None
    published: str | None = None


def split_header(text: str) -> tuple[Header, str]:
    """The header at the top of `text` (if any), and `text` with the header blanked."""
    lines = text.splitlines(keepends=True)[:_MAX_HEADER_LINES]
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return Header(), text
    if _FRONT_MATTER_FENCE.match(lines[first]) and lines[first].startswith("---"):
        block = _front_matter(lines, first)
    else:
        block = _field_block(lines, first)
    if block is None:
        return Header(), text
    fields, end_line = block
    end = sum(len(line) for line in lines[:end_line])
    return _header_of(fields), blank(text, [(0, end)])


def _front_matter(lines: list[str], first: int) -> tuple[dict[str, str], int] | None:
    for i in range(first + 1, len(lines)):
        if _FRONT_MATTER_FENCE.match(lines[i]):
            fields = _fields(lines[first + 1 : i])
            return (fields, i + 1) if fields is not None else None
    return None


def _field_block(lines: list[str], first: int) -> tuple[dict[str, str], int] | None:
    end = first
    while end < len(lines) and _FIELD.match(lines[end]):
        end += 1
    fields = _fields(lines[first:end])
    if not fields or not any(key in _KNOWN_KEYS for key in fields):
        return None
    # A prose line like "Note: ..." is not a header: the block must be all known keys or
    # end at a blank line, as saved-page headers do.
    ends_in_blank = end == len(lines) or not lines[end].strip()
    if not ends_in_blank and not all(key in _KNOWN_KEYS for key in fields):
        return None
    return fields, end


def _fields(lines: list[str]) -> dict[str, str] | None:
    fields: dict[str, str] = {}
    for line in lines:
        match = _FIELD.match(line)
        if match is None:
            if line.strip():
                return None
            continue
        fields.setdefault(match[1].lower(), match[2].strip("\"'"))
    return fields


def _header_of(fields: dict[str, str]) -> Header:
    def first_of(keys: frozenset[str]) -> str | None:
        return next((value for key, value in fields.items() if key in keys and value), None)

    url = next(
        (v for k, v in fields.items() if k in _URL_KEYS and _URL.match(v)),
        None,
    )
    return Header(title=first_of(_TITLE_KEYS), url=url, published=first_of(_DATE_KEYS))
