"""The publicity domain's contribution: its models and the data-cube pull job."""

from __future__ import annotations

from core.components import Component, JobContribution


def _jobs() -> JobContribution:
    from publicity import jobs

    return JobContribution(functions=jobs.FUNCTIONS, cron_jobs=jobs.CRON_JOBS)


COMPONENT = Component(name="publicity", model_modules=["publicity.models"], jobs=_jobs)
