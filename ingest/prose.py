"""Non-prose lines the extractor ignores: a saved report's 'Source: URL' / 'Title: ...'
header, news datelines ("ABU DHABI, UAE /PRNewswire/ --", "RIYADH:", "[HANOI]"), speakers
in capitals ("[01:05] RAFAEL:") and footnote markers ("Vingroup.[15]", "the ministry[3][4]").

They are blanked with spaces, never cut, so offsets into the text stay those of the source.
"""

from __future__ import annotations

import re

# (the leading lines only: further down, "Title: Supply of a GPU Cluster at the
# Bioinformatics Institute (BII)" is a notice's own field)
_HEADER = re.compile(r"\A(?:[ \t]*(?:(?:Source|Title|URL|Published|Retrieved|Date)\s*:[^\n]*)?\n)+")
_URL = re.compile(r"\bhttps?://\S+|\bwww\.\S+")
# a reference mark glued to the word or stop before it: "Vingroup.[15]", "2024,[a]"
_FOOTNOTE = re.compile(r"(?<=[\w.,;:)\]\"”])\[(?:\d{1,3}|[a-z]|note \d{1,3})\]")
# An upper-case place at a paragraph start, optional ", Country", an optional (Agency) or
# /Wire/, then a dash or colon; or a bracketed upper-case place.
# ("NAIROBI, May 22 -", "KUALA LUMPUR, Aug 20 --", "PARIS, Sept 9 (Reuters) -": with its date)
_DATE = r"(?:[A-Z][a-z]{2,8}\.?[ ]\d{1,2}(?:,[ ]\d{4})?|\d{1,2}[ ][A-Z][a-z]{2,8}(?:[ ]\d{4})?)"
_DATELINE = re.compile(
    # (a transcript's timestamp before a speaker in capitals: "[01:05] RAFAEL:")
    r"^[ \t]*(?:\[[\d:]+\][ \t]*)?(?:\[[A-Z][A-ZÀ-Þ .'-]+\]"
    r"|(?![IVXLC]+[ ]?[-–—])"  # (a legal text's item: "II - BRL 60 million to ...")
    # ("ASTANA / ABU DHABI, 3 March 2025 —": two places)
    r"[A-ZÀ-Þ][A-ZÀ-Þ.'-]+(?:(?:[ ]?/[ ]?|[ ])[A-ZÀ-Þ][A-ZÀ-Þ.'-]+)*"
    rf"(?:,[ ]?(?:{_DATE}|[A-Z][\w.]*(?:[ ][A-Z][\w.]*)*))*"
    r"(?:[ ]?\([^)\n]{1,40}\))?(?:[ ]?/[^/\n]{1,40}/)?[ ]?(?:--|—|–|-(?=\s)|(?<=[ ])-|:)"
    r"(?:[ ]?[A-Z][a-z]+\.? \d{1,2}, \d{4})?)",
    re.M,
)


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


def mask_non_prose(text: str) -> str:
    """The text with header lines, URLs and datelines blanked (same length, same offsets)."""
    text = _HEADER.sub(_blank, text)
    text = _URL.sub(_blank, text)
    text = _FOOTNOTE.sub(_blank, text)
    return _DATELINE.sub(_blank, text)
