"""The campaigns domain's contribution: its models, jobs and demo data, and its commands."""

from __future__ import annotations

from campaigns import cli
from campaigns.config import CampaignSettings
from core.components import Component, JobContribution
from core.settings import Settings


def _jobs() -> JobContribution:
    from campaigns import jobs

    return JobContribution(functions=jobs.FUNCTIONS, cron_jobs=jobs.CRON_JOBS)


async def _seed_demo(settings: Settings) -> None:
    from campaigns import demo

    await demo.seed(settings)


COMPONENT = Component(
    name="campaigns",
    model_modules=["campaigns.models"],
    cli=[cli.register],
    jobs=_jobs,
    demo=_seed_demo,
    settings=[CampaignSettings],
)
