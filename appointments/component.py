"""The appointments domain's contribution: its models, jobs and demo data, and its commands."""

from __future__ import annotations

from appointments import cli
from appointments.settings import AppointmentSettings
from core.components import Component, JobContribution
from core.settings import Settings


def _jobs() -> JobContribution:
    from appointments import jobs

    return JobContribution(functions=jobs.FUNCTIONS, cron_jobs=jobs.CRON_JOBS)


async def _seed_demo(settings: Settings) -> None:
    from appointments import demo

    await demo.seed(settings)


COMPONENT = Component(
    name="appointments",
    model_modules=["appointments.models"],
    cli=[cli.register],
    jobs=_jobs,
    demo=_seed_demo,
    settings=[AppointmentSettings],
)
