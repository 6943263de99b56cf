"""A lexical look at a SPARQL query: its keywords, outside strings, IRIs, names and comments.

Oxigraph executes SERVICE by calling the remote endpoint over HTTP, and its Python API has no
switch to stop that, so the endpoint refuses any query whose keywords include SERVICE before
the engine sees it. The scan errs on the side of refusing: it never reads a keyword inside a
string, IRI, variable, prefixed name or comment, and it undoes \\u escapes first, as the
SPARQL grammar does before parsing.
"""

from __future__ import annotations

import re

_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")

_TOKEN = re.compile(
    r"""
    (?P<skip>
        \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"          # long strings
      | '''(?:[^'\\]|\\.|'(?!''))*'''
      | "(?:[^"\\\n\r]|\\.)*"                       # strings
      | '(?:[^'\\\n\r]|\\.)*'
      | <[^<>"{}|^`\\\x00-\x20]*>                   # IRIs
      | \#[^\n\r]*                                  # comments
      | [?$@][\w-]*                                 # variables, language tags
      | [A-Za-z_][\w.-]*:[\w.:%-]* | :[\w.:%-]*     # prefixed names, blank node labels
    )
    | (?P<word>[A-Za-z]+)
    """,
    re.VERBOSE | re.DOTALL,
)

UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
)


def unescape(query: str) -> str:
    """The query with \\uXXXX and \\UXXXXXXXX code point escapes replaced by their characters."""

    def char(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF else m.group(0)

    return _CODEPOINT.sub(char, query)


def keywords(query: str) -> set[str]:
    """The bare words of a query, upper-cased: keywords and function names."""
    return {m.group("word").upper() for m in _TOKEN.finditer(unescape(query)) if m.group("word")}


def uses_service(query: str) -> bool:
    return "SERVICE" in keywords(query)


def names_dataset(query: str) -> bool:
    """Whether the query sets its own dataset with FROM or FROM NAMED."""
    return "FROM" in keywords(query)


def looks_like_update(query: str) -> bool:
    return bool(UPDATE_KEYWORDS & keywords(query))
