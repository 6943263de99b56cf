"""The interchange record: one document's extraction, as JSON.

The shape is that of `shared/eval/SCHEMA.md` (doc, entities, subsidies, joint_ventures,
relations), extended with what the store needs: document metadata, stable keys (ISO code,
Wikidata id), offsets, confidence and extractor version. Field names are the ontology's
`sai:recordField` annotations; entity types and relation predicates are its `sai:jsonKey`s.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from kg.errors import Errors, KGError
from kg.vocab import vocabulary


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Evidenced(_Record):
    """Where a fact (or an entity's first mention) stands in the document."""

    evidence: str | None = Field(None, description="exact sentence or clause of the text")
    start: int | None = Field(None, ge=0, description="character offset of the quote")
    end: int | None = Field(None, ge=0, description="character offset just past the quote")
    page: int | None = Field(None, ge=1, description="1-based page of a paged source")
    confidence: float | None = Field(None, ge=0, le=1)
    extractor: str | None = Field(None, description="name and version of the extractor")

    @model_validator(mode="after")
    def _offsets_ordered(self) -> Evidenced:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(f"end offset {self.end} is before start offset {self.start}")
        return self


class Fact(Evidenced):
    evidence: str = Field(min_length=1, description="exact sentence or clause of the text")


class Entity(Evidenced):
    name: str = Field(min_length=1)
    type: str
    aliases: list[str] = []
    iso3: str | None = Field(None, pattern=r"^[A-Z]{3}$")
    wikidata: str | None = Field(None, pattern=r"^Q[0-9]+$")

    @field_validator("type")
    @classmethod
    def _known_type(cls, value: str) -> str:
        allowed = vocabulary().entity_types
        if value not in allowed:
            raise ValueError(
                Errors.E003.value.format(
                    what="entity type", value=value, allowed=", ".join(allowed)
                )
            )
        return value

    @field_validator("aliases")
    @classmethod
    def _clean_aliases(cls, value: list[str]) -> list[str]:
        return list(dict.fromkeys(a.strip() for a in value if a.strip()))


class Subsidy(Fact):
    funder: str = Field(min_length=1)
    recipient: str | None = None
    amount_text: str | None = None
    amount: float | None = Field(None, ge=0)
    currency: str | None = Field(None, pattern=r"^[A-Z]{3}$")
    amount_usd: float | None = Field(None, ge=0, description="USD amount the text states")
    amount_usd_estimate: float | None = Field(
        None, ge=0, description="amount converted to USD with a documented rate table"
    )
    year: int | None = Field(None, ge=1900, le=2100)
    purpose: str | None = None


class JointVenture(Fact):
    partners: list[str] = Field(min_length=2)
    name: str | None = None
    year: int | None = Field(None, ge=1900, le=2100)
    kind: Literal["joint_venture", "partnership"] = "partnership"


class Relation(Fact):
    subject: str = Field(min_length=1)
    predicate: str
    object: str = Field(min_length=1)

    @field_validator("predicate")
    @classmethod
    def _known_predicate(cls, value: str) -> str:
        allowed = vocabulary().relations
        if value not in allowed:
            raise ValueError(
                Errors.E003.value.format(what="predicate", value=value, allowed=", ".join(allowed))
            )
        return value


class DocumentMeta(_Record):
    id: str | None = Field(None, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$", max_length=200)
    title: str | None = None
    url: str | None = None
    published: str | None = None
    retrieved: datetime | None = None
    ingested: datetime | None = None
    content_hash: str | None = Field(None, pattern=r"^[0-9a-f]{64}$")


class DocumentRecord(_Record):
    doc: str = Field(min_length=1, description="file name of the source document")
    document: DocumentMeta = DocumentMeta()
    entities: list[Entity] = []
    subsidies: list[Subsidy] = []
    joint_ventures: list[JointVenture] = []
    relations: list[Relation] = []

    @property
    def doc_id(self) -> str:
        """The document's stable id: given, or the file name's stem made IRI-safe."""
        if self.document.id:
            return self.document.id
        stem = Path(self.doc).stem or self.doc
        safe = "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "-" for c in stem)
        return safe.strip("-._") or "document"

    def name_index(self) -> dict[str, Entity]:
        """Every name and alias of this document's entities, to the entity (first wins)."""
        index: dict[str, Entity] = {}
        for ent in self.entities:
            for n in (ent.name, *ent.aliases):
                index.setdefault(n, ent)
                index.setdefault(n.casefold(), ent)
        return index

    def entity(self, name: str) -> Entity:
        index = self.name_index()
        found = index.get(name) or index.get(name.casefold())
        if found is None:
            raise KeyError(name)
        return found

    @model_validator(mode="after")
    def _references_resolve(self) -> DocumentRecord:
        index = self.name_index()
        refs: list[tuple[str, str | None]] = []
        for i, s in enumerate(self.subsidies):
            refs += [(f"subsidies.{i}.funder", s.funder), (f"subsidies.{i}.recipient", s.recipient)]
        for i, j in enumerate(self.joint_ventures):
            refs += [(f"joint_ventures.{i}.partners", p) for p in j.partners]
        for i, r in enumerate(self.relations):
            refs += [(f"relations.{i}.subject", r.subject), (f"relations.{i}.object", r.object)]
        for field, value in refs:
            if value is not None and value not in index and value.casefold() not in index:
                raise ValueError(Errors.E004.value.format(field=field, value=value))
        return self


def describe(error: ValidationError) -> str:
    """Pydantic's errors as 'field.path: message' lines."""
    lines = []
    for e in error.errors():
        where = ".".join(str(p) for p in e["loc"]) or "(document)"
        lines.append(f"{where}: {e['msg'].removeprefix('Value error, ')}")
    return "; ".join(lines)


def parse_record(data: object, *, path: Path | str | None = None) -> DocumentRecord:
    try:
        return DocumentRecord.model_validate(data)
    except ValidationError as e:
        raise KGError(Errors.E002, path=path, reason=describe(e)) from None


def read_record(path: Path) -> DocumentRecord:
    """Reads and validates one interchange JSON file (file access: reads `path`)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise KGError(Errors.E009, path=path, reason=str(e)) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise KGError(Errors.E001, path=path, reason=str(e)) from None
    return parse_record(data, path=path)


def dump_record(record: DocumentRecord) -> str:
    return record.model_dump_json(indent=1, exclude_none=True, exclude_defaults=False)
