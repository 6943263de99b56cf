"""What the plain-text reader keeps of each dev document, and which gold sentences it loses.

    .venv/bin/python -m benchmarks.readers_quality ../shared/eval/dev [--show 000]

For each document: non-space characters kept of the body (the text below any header), the
sentences that name a gold entity (name or alias) and how many survive, and the gold facts'
evidence quotes that survive. `--show PREFIX` prints the lines kept of matching documents.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from ingest.readers import read
from ingest.readers.header import split_header

_SENTENCE = re.compile(r"[^\n.!?]+(?:[.!?]+[\"'”’)]*|$)", re.M)


def _solid(text: str) -> int:
    return sum(not c.isspace() for c in text)


def _gold_names(gold: dict[str, object]) -> list[str]:
    names: list[str] = []
    for entity in gold["entities"]:  # type: ignore[attr-defined]
        names += [entity["name"], *entity.get("aliases", [])]
    return [n for n in names if len(n) > 2]


def _evidence(gold: dict[str, object]) -> list[str]:
    facts = [*gold["subsidies"], *gold["joint_ventures"], *gold["relations"]]  # type: ignore[misc]
    return [f["evidence"] for f in facts if f.get("evidence")]


def measure(dev: Path, show: str | None) -> None:
    print(f"{'document':40} {'kept':>6} {'gold sentences kept':>20} {'evidence kept':>14}")
    for doc in sorted((dev / "docs").iterdir()):
        gold = json.loads((dev / "gold" / f"{doc.stem}.json").read_text(encoding="utf-8"))
        _, body = split_header(doc.read_text(encoding="utf-8"))
        kept = read(doc).text
        names = re.compile("|".join(rf"\b{re.escape(n)}\b" for n in _gold_names(gold)))
        named = [m.span() for m in _SENTENCE.finditer(body) if names.search(m[0])]
        survived = [(a, b) for a, b in named if kept[a:b] == body[a:b]]
        flat = " ".join(kept.split())
        evidence = _evidence(gold)
        found = [e for e in evidence if " ".join(e.split()) in flat]
        share = _solid(kept) / _solid(body)
        print(
            f"{doc.name:40} {share:6.0%} {len(survived):>9} of {len(named):<8} "
            f"{len(found):>5} of {len(evidence)}"
        )
        for a, b in sorted(set(named) - set(survived)):
            print(f"    lost: {body[a:b].strip()[:100]}")
        if show and doc.name.startswith(show):
            for number, line in enumerate(kept.splitlines(), start=1):
                if line.strip():
                    print(f"    {number:4} {line.strip()[:110]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dev", type=Path, help="folder with docs/ and gold/")
    parser.add_argument("--show", help="print the kept lines of documents with this prefix")
    args = parser.parse_args()
    measure(args.dev, args.show)


if __name__ == "__main__":
    main()
