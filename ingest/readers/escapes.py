"""Line breaks a scraper flattened into text: a literal backslash-n pair, or its letters left
behind ("... GPUs.nnThe company ..."). Restored in place, so offsets stay the file's own."""

from __future__ import annotations

import re

# "nn" glued between a sentence's end and the next sentence's capital is a lost "\n\n":
# no English word ends a sentence and starts "nn" before a capital.
_LOST_BREAKS = re.compile(r"(?<=[.!?:\"”’)])nn(?=[A-Z\"“‘])")
_ESCAPED_BREAK = re.compile(r"\\n")


def restore_line_breaks(text: str) -> str:
    """The text with flattened line breaks turned back into newlines, length unchanged."""
    text = _ESCAPED_BREAK.sub(" \n", text)
    return _LOST_BREAKS.sub("\n\n", text)
