"""Process-level knowledge index lifecycle.

INTERFACE (implemented by the knowledge work): channels call `holder.answer(...)` and `holder.get_entry(...)`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Literal

from redis.asyncio import Redis

from core.settings import Settings


@dataclass(frozen=True)
class Suggestion:
    faq_id: str
    question: str


@dataclass(frozen=True)
class Answer:
    """What the bot says: `faq_id` is None unless it answers confidently."""

    question: str
    faq_id: str | None
    score: float
    answer: str
    band: Literal["confident", "suggest", "fallback"]
    suggestions: list[Suggestion] = field(default_factory=list)


@dataclass(frozen=True)
class EntryView:
    faq_id: str
    question: str
    answer: str
    category: str
    actions: list[dict[str, str]]


class KnowledgeHolder:
    """Set once at startup; the index inside is swapped whole on reload."""

    def __init__(self) -> None:
        self.current: object | None = None

    async def answer(self, question: str, *, channel: str) -> Answer:
        """Answer a question; low-confidence ones are recorded for staff."""
        raise NotImplementedError

    def get_entry(self, faq_id: str) -> EntryView | None:
        raise NotImplementedError


@asynccontextmanager
async def open_knowledge(settings: Settings, redis: Redis) -> AsyncIterator[KnowledgeHolder]:
    del settings, redis
    yield KnowledgeHolder()
