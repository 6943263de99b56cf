"""ingest/batch.py: folders, outcomes per file, bad files that do not stop the batch."""

from __future__ import annotations

from pathlib import Path

from ingest.batch import extract_files, report_files


def test_folder_means_its_report_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "c.html", "d.pdf", "notes.json", "e.htm"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [p.name for p in report_files([tmp_path])]
    assert found == ["a.md", "b.txt", "c.html", "d.pdf", "e.htm"]


def test_bad_files_fail_alone(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Microsoft invested $1.5 billion in G42.", encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff\xfe" * 20)
    missing = tmp_path / "missing.txt"
    outcomes = list(extract_files([binary, good, missing]))
    assert [o.path for o in outcomes] == [binary, good, missing]
    assert outcomes[1].record is not None and outcomes[1].code is None
    for bad in (outcomes[0], outcomes[2]):
        assert bad.record is None and bad.code is not None and bad.message
        assert str(bad.path) in bad.message
