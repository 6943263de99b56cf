"""Extraction quality on every evaluation set, one table: `kg extract` each set's documents,
then the shared scorer against its gold.

    .venv/bin/python -m benchmarks.eval_sets [--score ../shared/eval/score.py] [SET ...]

Sets: `dev` (../shared/eval/dev), `bundled` (data/reports against data/eval/bundled/gold) and
every `data/eval/<name>/` holding `docs/` and `gold/`. Network: none. Files: reads the sets,
writes predictions to a temporary folder; runs the scorer as a separate program, as its
README says.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from ingest.batch import extract_files, report_files
from kg.records import dump_record

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
COLUMNS = ("entities", "entities_typed", "subsidies", "joint_ventures", "relations", "facts")


def eval_sets() -> dict[str, tuple[Path, Path]]:
    """Each set's (documents, gold) folders, by name."""
    sets = {"dev": (SHARED_EVAL / "dev" / "docs", SHARED_EVAL / "dev" / "gold")}
    sets["bundled"] = (ROOT / "data" / "reports", ROOT / "data" / "eval" / "bundled" / "gold")
    for folder in sorted((ROOT / "data" / "eval").iterdir(), key=_natural):
        if (folder / "docs").is_dir() and (folder / "gold").is_dir():
            sets[folder.name] = (folder / "docs", folder / "gold")
    return sets


def _natural(folder: Path) -> tuple[str, int]:
    """'blind2' before 'blind10'."""
    stem = folder.name.rstrip("0123456789")
    return stem, int(folder.name[len(stem) :] or 0)


def score(scorer: Path, docs: Path, gold: Path) -> dict[str, dict[str, float]]:
    with tempfile.TemporaryDirectory() as out:
        for outcome in extract_files(report_files([docs])):
            if outcome.record is not None:
                target = Path(out) / f"{outcome.path.stem}.json"
                target.write_text(dump_record(outcome.record), encoding="utf-8")
        result = subprocess.run(
            [sys.executable, str(scorer), "--json", str(gold), out],
            check=True,
            capture_output=True,
            text=True,
        )
    summary: dict[str, dict[str, float]] = json.loads(result.stdout)["summary"]
    return summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("sets", nargs="*", help="set names (default: all)")
    ap.add_argument("--score", type=Path, default=SHARED_EVAL / "score.py", help="the scorer")
    args = ap.parse_args(argv)
    if not args.score.is_file():
        print(f"scorer not found: {args.score} (pass --score PATH)", file=sys.stderr)
        return 2
    sets = eval_sets()
    unknown = [s for s in args.sets if s not in sets]
    if unknown:
        print(f"unknown sets: {', '.join(unknown)}; known: {', '.join(sets)}", file=sys.stderr)
        return 2
    print(f"{'set':10} {'docs':>4} " + " ".join(f"{c:>14}" for c in COLUMNS))
    for name in args.sets or list(sets):
        docs, gold = sets[name]
        if not docs.is_dir():
            print(f"{name:10} (missing: {docs})")
            continue
        summary = score(args.score, docs, gold)
        n = len(list(gold.glob("*.json")))
        print(f"{name:10} {n:>4} " + " ".join(f"{summary[c]['f1']:>14.3f}" for c in COLUMNS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
