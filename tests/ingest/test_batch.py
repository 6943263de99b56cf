"""ingest/batch.py: folders, outcomes per file, bad files that do not stop the batch."""

from __future__ import annotations

from pathlib import Path

from pytest import MonkeyPatch
from spacy.language import Language

from ingest.batch import GROUP_FILES, extract_file, extract_files, report_files
from ingest.source import SourceText
from kg.records import DocumentRecord


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


def test_a_pipeline_error_fails_only_its_file(tmp_path: Path, monkeypatch: MonkeyPatch) -> None:
    import ingest.batch

    real = ingest.batch.extract_many

    def failing(sources: list[SourceText], nlp: Language) -> list[DocumentRecord]:
        if any("BOOM" in s.text for s in sources):
            raise RuntimeError("the parser broke")
        return real(sources, nlp)

    monkeypatch.setattr(ingest.batch, "extract_many", failing)
    paths = []
    for name, text in (("a.txt", "Nvidia invests."), ("b.txt", "BOOM"), ("c.txt", "G42 builds.")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    outcomes = list(extract_files(paths))
    assert [o.code for o in outcomes] == [None, "E151", None]
    assert "the parser broke" in (outcomes[1].message or "")


def test_files_in_groups_give_the_records_one_at_a_time_gives(tmp_path: Path) -> None:
    paths = []
    for i in range(GROUP_FILES + 3):
        path = tmp_path / f"{i:02d}.txt"
        path.write_text(
            f"Report {i}. Microsoft invested ${i + 1} billion in G42.", encoding="utf-8"
        )
        paths.append(path)
    grouped = [o.record for o in extract_files(paths)]
    alone = [extract_file(p).record for p in paths]
    assert grouped == alone and all(r is not None for r in grouped)
