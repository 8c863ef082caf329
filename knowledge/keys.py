"""The knowledge package's key on the app: the FAQ index holder opened by `knowledge.component`."""

from __future__ import annotations

from aiohttp import web

from knowledge.runtime import KnowledgeHolder

KNOWLEDGE = web.AppKey("knowledge", KnowledgeHolder)
