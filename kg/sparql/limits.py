"""The endpoint's bounds: time per query, rows per result, bytes per request (`kg.settings`)."""

from __future__ import annotations

from dataclasses import dataclass

from kg import settings
from kg.errors import Errors, KGError


@dataclass(frozen=True, slots=True)
class Limits:
    timeout: float  # seconds
    max_rows: int
    max_request: int  # bytes

    @classmethod
    def from_settings(cls) -> Limits:
        return cls(
            timeout=float(settings.get("sparql_timeout")),
            max_rows=int(settings.get("query_rows")),
            max_request=int(settings.get("sparql_max_request")),
        )

    def timeout_for(self, requested: str | None) -> float:
        """The time limit of one query: ours, or lower if the client asks (never higher)."""
        if requested is None or requested == "":
            return self.timeout
        try:
            seconds = float(requested)
        except ValueError:
            seconds = float("nan")
        if not seconds > 0:
            raise KGError(
                Errors.E304,
                reason=f"timeout must be a positive number of seconds, not {requested!r}",
            )
        return min(seconds, self.timeout)
