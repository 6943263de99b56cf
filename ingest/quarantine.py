"""Quarantine records: what failed, why, and when, one JSON file per bad report."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from kg import settings


def quarantine(path: Path, *, code: str, message: str, folder: Path | None = None) -> Path:
    """Writes the quarantine record of a failed report (file access: writes under the
    `quarantine` setting's folder); returns the record's path."""
    target = folder or settings.path("quarantine")
    target.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:10]
    out = target / f"{path.name}.{digest}.json"
    record = {
        "path": str(path.resolve()),
        "code": code,
        "reason": message,
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    with tempfile.NamedTemporaryFile("w", dir=target, delete=False, encoding="utf-8") as f:
        json.dump(record, f, indent=1)
    os.replace(f.name, out)
    return out
