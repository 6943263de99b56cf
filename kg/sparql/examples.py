"""The example queries of the query page: one `examples/*.rq` file each, whose first line is
a `# ` comment describing it (file access: reads the package's examples folder)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

EXAMPLES_DIR = Path(__file__).resolve().parent / "examples"


@dataclass(frozen=True, slots=True)
class Example:
    name: str
    description: str
    query: str


@cache
def examples() -> tuple[Example, ...]:
    out = []
    for path in sorted(EXAMPLES_DIR.glob("*.rq")):
        query = path.read_text(encoding="utf-8")
        first = query.splitlines()[0] if query else ""
        if not first.startswith("# "):
            raise ValueError(f"{path}: the first line must be '# <description>'")
        out.append(Example(path.stem, first[2:].strip(), query))
    return tuple(out)
