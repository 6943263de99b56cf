"""A held-out copy of the reference data, to estimate quality on reports naming actors the
reference lacks: every actor row named in the given reports is dropped, except the global
incumbents (hyperscalers, chip makers, network makers) any reference of the field would list.

Run: `.venv/bin/python -m benchmarks.reference_holdout DOCS_DIR OUT_DIR`, then
`KG_REFERENCE=OUT_DIR kg extract DOCS_DIR --out PRED` and score PRED as usual
(file access: reads DOCS_DIR and data/reference, writes OUT_DIR).
"""

from __future__ import annotations

import argparse
import csv
import re
import shutil
from pathlib import Path

from ingest.reference import reference_dir

KEEP_CATEGORIES = frozenset({"hyperscaler", "chipmaker", "network"})


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("docs", type=Path)
    ap.add_argument("out", type=Path)
    args = ap.parse_args(argv)
    text = " ".join(p.read_text(encoding="utf-8", errors="replace") for p in args.docs.iterdir())
    shutil.copytree(reference_dir(), args.out, dirs_exist_ok=True)
    with (reference_dir() / "actors.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    kept: list[dict[str, str]] = []
    dropped: list[dict[str, str]] = []
    for row in rows:
        forms = [row["name"], *[a for a in row["aliases"].split("|") if a]]
        named = any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text) for f in forms)
        (dropped if named and row["category"] not in KEEP_CATEGORIES else kept).append(row)
    with (args.out / "actors.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(kept)
    print(f"dropped {len(dropped)} actor rows: {', '.join(r['name'] for r in dropped)}")


if __name__ == "__main__":
    main()
