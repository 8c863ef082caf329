"""Core's own contribution: staff, audit and subscriber models, core commands, the audit-log pruning job."""

from __future__ import annotations

from core import audit_cli, cli
from core.components import Component, JobContribution


def _jobs() -> JobContribution:
    from core import audit_jobs

    return JobContribution(functions=audit_jobs.FUNCTIONS, cron_jobs=audit_jobs.CRON_JOBS)


COMPONENT = Component(name="core", model_modules=["core.models"], cli=[cli.register, audit_cli.register], jobs=_jobs)
