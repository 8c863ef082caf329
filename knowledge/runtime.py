"""Process-level knowledge index lifecycle (placeholder until the knowledge engine lands)."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from redis.asyncio import Redis

from core.settings import Settings


class KnowledgeHolder:
    def __init__(self) -> None:
        self.current = None


@asynccontextmanager
async def open_knowledge(settings: Settings, redis: Redis) -> AsyncIterator[KnowledgeHolder]:
    del settings, redis
    yield KnowledgeHolder()
