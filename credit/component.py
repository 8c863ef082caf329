"""The credit domain's contribution (诚信计量): its models and the daily award and record job."""

from __future__ import annotations

from core.components import Component, JobContribution


def _jobs() -> JobContribution:
    from credit import jobs

    return JobContribution(functions=jobs.FUNCTIONS, cron_jobs=jobs.CRON_JOBS)


COMPONENT = Component(name="credit", model_modules=["credit.models"], jobs=_jobs)
