"""The knowledge domain's contribution: its models, `jiliang ask` / `kb`, and the FAQ index on the app."""

from __future__ import annotations

from collections.abc import AsyncIterator

from aiohttp import web

from core.components import Component, JobContribution, WebContribution
from core.keys import REDIS, SETTINGS
from knowledge import cli


async def knowledge_ctx(app: web.Application) -> AsyncIterator[None]:
    from knowledge.keys import KNOWLEDGE
    from knowledge.runtime import open_knowledge

    async with open_knowledge(app[SETTINGS], app[REDIS]) as holder:
        app[KNOWLEDGE] = holder
        yield


def _web() -> WebContribution:
    return WebContribution(cleanup_contexts=[knowledge_ctx])


def _jobs() -> JobContribution:
    from knowledge import jobs

    return JobContribution(functions=jobs.FUNCTIONS, cron_jobs=jobs.CRON_JOBS)


COMPONENT = Component(name="knowledge", model_modules=["knowledge.models"], cli=[cli.register], web=_web, jobs=_jobs)
