"""Schemas of the knowledge domain (pydantic v2): the kb.json entry, staff edits, the ask endpoint."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from core.fields import Int, Text

MAX_QUESTION_CHARS = 200
FAQ_ID_PATTERN = r"^[a-z0-9][a-z0-9-]{0,63}$"


def _clean_list(values: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        value = value.strip()
        if value:
            seen.setdefault(value, None)
    return list(seen)


class EntryAction(BaseModel):
    """A link under the answer: a mini-program page, a phone number or a web address."""

    model_config = ConfigDict(extra="forbid")

    type: Literal["miniapp_page", "phone", "url"]
    label: Text(32, min_length=1) = Field()
    path: Text(256) | None = Field(None)
    value: Text(32) | None = Field(None)
    url: Text(512) | None = Field(None)

    @model_validator(mode="after")
    def _target_matches_type(self) -> EntryAction:
        target = {"miniapp_page": self.path, "phone": self.value, "url": self.url}[self.type]
        if not target:
            raise ValueError(f"{self.type} 类型的链接缺少目标（path/value/url）")
        if self.type == "phone" and not re.fullmatch(r"[0-9-]{3,20}", target):
            raise ValueError("电话号码只能包含数字和连字符")
        if self.type == "url" and not target.startswith("https://"):
            raise ValueError("网址必须以 https:// 开头")
        return self


class EntryContent(BaseModel):
    """What staff edit: everything but the id."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    question: Text(200, min_length=2) = Field()
    alternatives: list[Text(200)] = Field(default_factory=list, max_length=200)
    keywords: list[Text(32)] = Field(default_factory=list, max_length=50)
    answer: Text(2000, min_length=2) = Field()
    category: Text(32) = Field("")
    actions: list[EntryAction] = Field(default_factory=list, max_length=5)
    published: bool = True

    @field_validator("alternatives", "keywords")
    @classmethod
    def _dedupe(cls, values: list[str]) -> list[str]:
        values = _clean_list(values)
        if any(len(v) > 200 for v in values):
            raise ValueError("每条不超过 200 字")
        return values


class EntryData(EntryContent):
    """One entry of kb.json."""

    id: Text(64) = Field(pattern=FAQ_ID_PATTERN)
    updated_at: date | None = None


class EntryCreate(EntryContent):
    id: Text(64) = Field(pattern=FAQ_ID_PATTERN, description="topic slug, e.g. fair-scale")


class EntryUpdate(BaseModel):
    """A partial edit; `version` (from EntryRead) guards against overwriting someone else's edit."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    version: Int(ge=1) = Field()
    question: Text(200, min_length=2) | None = Field(None)
    alternatives: list[Text(200)] | None = Field(None, max_length=200)
    keywords: list[Text(32)] | None = Field(None, max_length=50)
    answer: Text(2000, min_length=2) | None = Field(None)
    category: Text(32) | None = Field(None)
    actions: list[EntryAction] | None = Field(None, max_length=5)
    published: bool | None = None

    @field_validator("alternatives", "keywords")
    @classmethod
    def _dedupe(cls, values: list[str] | None) -> list[str] | None:
        return None if values is None else _clean_list(values)


class EntryRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    question: str
    alternatives: list[str]
    keywords: list[str]
    answer: str
    category: str
    actions: list[dict[str, str]]
    published: bool
    version: int
    updated_at: datetime


class UnansweredRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    text: str
    normalised: str
    channel: str
    count: int
    best_score: float
    candidates: list[dict[str, object]]
    status: str
    resolved_entry_id: str | None
    resolved_by_id: int | None
    first_asked_at: datetime
    last_asked_at: datetime
    resolved_at: datetime | None


class AttachToEntry(BaseModel):
    entry_id: str = Field(pattern=FAQ_ID_PATTERN)
    alternative: Text(200, min_length=2) | None = Field(None, description="default: the question as asked")


class AskRequest(BaseModel):
    question: str = Field(description="市民的问题原文（1-200 字）")


def clean_question(value: str) -> str:
    """The question as the engine takes it, or InvalidInput with a message for the person who typed it."""
    from core.errors import InvalidInput

    value = value.strip()
    if not value:
        raise InvalidInput("请输入您的问题", code="question_empty")
    if len(value) > MAX_QUESTION_CHARS:
        raise InvalidInput(f"问题请控制在 {MAX_QUESTION_CHARS} 字以内", code="question_too_long")
    return value


class AskReply(BaseModel):
    """The CONTRACT fields (q, faq_id, score, answer, suggestions) plus what a client needs to render them."""

    q: str
    faq_id: str | None
    score: float
    answer: str
    suggestions: list[str]
    band: Literal["confident", "suggest", "fallback"]
    suggestion_questions: list[str]
    actions: list[dict[str, str]]


class ImportReport(BaseModel):
    """`created`/`updated`: entries written at once; through the staff API new entries and changed texts are
    `held` for a second reader instead (the ids of the drafts to approve)."""

    created: int
    updated: int
    unchanged: int
    version: str
    held: list[int] = Field(default_factory=list)


class KbDraftRead(BaseModel):
    """A version waiting for (or past) a second reader: `kind` "entry" is a new entry, "answer" an edit of a live
    entry's question, answer and links; approve it with its `content_hash`."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    faq_id: str
    kind: Literal["entry", "answer"]
    state: Literal["pending", "published", "void", "rejected"]
    source: str
    content: dict[str, object] | None
    content_hash: str
    created_by_id: int | None
    approved_by_id: int | None
    unanswered_id: int | None
    created_at: datetime
    decided_at: datetime | None


class DraftApproval(BaseModel):
    id: Int(ge=1) = Field()
    content_hash: Text(64, min_length=64) = Field(description="the hash of the version the reviewer read")


class DraftApprovals(BaseModel):
    items: list[DraftApproval] = Field(min_length=1, max_length=500)


class DraftsApproved(BaseModel):
    approved: list[KbDraftRead]


class SourceReviewRead(BaseModel):
    """An entry whose legal source needs a look (data/sources.json)."""

    model_config = ConfigDict(from_attributes=True)

    entry_id: str
    reasons: list[str]
    sources: list[str]
    checked: date
