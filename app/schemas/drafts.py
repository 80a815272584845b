"""Reply drafts, the firm's letterhead and its letter templates (the API contract)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.enums import DraftFormat, DraftKind, DraftLanguage, TemplateSource

__all__ = ["DraftFormat", "DraftKind", "DraftLanguage"]
Line = Annotated[str, Field(max_length=200)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DraftRequest(Strict):
    kind: DraftKind
    language: DraftLanguage
    client_name: str | None = Field(
        default=None,
        min_length=1,
        max_length=200,
        description="How the letter names the firm's client (default: 'our client').",
    )


class DraftOut(BaseModel):
    id: uuid.UUID
    assessment_id: uuid.UUID
    revision: int = Field(description="The assessment revision the draft was made from.")
    kind: DraftKind
    language: DraftLanguage
    template: TemplateSource
    created_at: datetime
    rests_on: list[str] = Field(description="Rule ids of the findings the letter rests on.")
    document: dict[str, Any] = Field(
        description="The letter's structure: each paragraph with `rests_on` and `citations`."
    )
    links: dict[str, str] = Field(description="The draft in each format.")


class DraftSummary(BaseModel):
    id: uuid.UUID
    revision: int
    kind: DraftKind
    language: DraftLanguage
    template: TemplateSource
    created_at: datetime
    links: dict[str, str]


class DraftList(BaseModel):
    items: list[DraftSummary]


class Letterhead(Strict):
    name: str | None = Field(default=None, max_length=200)
    lines: list[Line] = Field(default_factory=list, max_length=8)


class Signature(Strict):
    name: str | None = Field(default=None, max_length=200)
    title: str | None = Field(default=None, max_length=200)
    lines: list[Line] = Field(default_factory=list, max_length=8)


class LetterSettings(Strict):
    letterhead: Letterhead = Field(default_factory=Letterhead)
    signature: Signature = Field(default_factory=Signature)


class TemplateIn(Strict):
    source: str = Field(
        min_length=1,
        max_length=100_000,
        description="A Jinja2 template writing Markdown from `draft`, `letterhead` and "
        "`signature` (see GET /v1/firm/templates/builtin).",
    )


class TemplateOut(BaseModel):
    kind: DraftKind | None
    language: DraftLanguage | None
    source: str
    updated_at: datetime | None


class TemplateList(BaseModel):
    items: list[TemplateOut]
