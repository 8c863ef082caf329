"""The staff console's contribution: /console/ pages, its templates and error pages, and the staff notices
(the daily digest and the immediate handover notice, sent as WeChat template messages)."""

from __future__ import annotations

from core.components import Component, JobContribution, WebContribution


def _web() -> WebContribution:
    import console

    return WebContribution(routes=console.ROUTE_TABLES, setups=[console.setup])


def _jobs() -> JobContribution:
    from console import jobs

    return JobContribution(functions=jobs.FUNCTIONS, cron_jobs=jobs.CRON_JOBS)


COMPONENT = Component(name="console", web=_web, jobs=_jobs)
