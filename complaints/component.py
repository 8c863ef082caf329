"""The complaints domain's contribution: its models, jobs and demo data."""

from __future__ import annotations

from complaints.settings import ComplaintSettings
from core.components import Component, JobContribution
from core.settings import Settings


def _jobs() -> JobContribution:
    from complaints import jobs

    return JobContribution(functions=jobs.FUNCTIONS, cron_jobs=jobs.CRON_JOBS)


async def _seed_demo(settings: Settings) -> None:
    from complaints import demo

    await demo.seed(settings)


COMPONENT = Component(
    name="complaints", model_modules=["complaints.models"], jobs=_jobs, demo=_seed_demo, settings=[ComplaintSettings]
)
