"""Due-soon reminders (once per instrument, due date and lead time) and supervision statistics."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta

from appointments.catalogue import add_months
from appointments.jobs import send_due_reminders
from appointments.models import DueReminder
from appointments.settings import AppointmentSettings
from core.clock import today
from core.jobs import job_context
from core.keys import RESOURCES
from tests.support.appointments import ADMIN, AppointmentWorld


def verified_for_due(due: date) -> str:
    """The last verification date that makes a 12-month instrument due on `due`."""
    return str(add_months(due, -12))


async def test_due_reminders_are_sent_once_across_workers_and_reruns(
    world: AppointmentWorld, make_client, run_jobs, sandbox_api, settings
) -> None:
    company = await world.company(openid="o-station")
    await run_jobs()  # the approval notice
    await sandbox_api.subscribe_quota("o-station", settings.section(AppointmentSettings).template_due, count=10)
    await world.subscribe("o-station", settings.section(AppointmentSettings).template_due, count=10)
    on = today()
    week = await world.instrument(company, serial_no="D-5", last_verified_on=verified_for_due(on + timedelta(days=5)))
    month = await world.instrument(
        company, serial_no="D-20", last_verified_on=verified_for_due(on + timedelta(days=20))
    )
    await world.instrument(company, serial_no="D-90", last_verified_on=verified_for_due(on + timedelta(days=90)))
    await world.instrument(company, serial_no="NEVER")  # never verified: on the overdue list, no due-soon reminder

    second = await make_client()
    contexts = [job_context(world.client.server.app[RESOURCES]), job_context(second.server.app[RESOURCES])]
    claimed = await asyncio.gather(*(send_due_reminders(ctx) for ctx in contexts * 2))
    assert sum(claimed) == 2
    assert await run_jobs() == 2
    assert await send_due_reminders(contexts[0]) == 0  # tomorrow's rerun finds nothing new
    await run_jobs()

    sent = (await sandbox_api.get("/sandbox/sent", kind="subscribe"))["items"]
    sent = [m for m in sent if m["template_id"] == settings.section(AppointmentSettings).template_due]
    assert sorted(m["data"]["character_string2"] for m in sent) == ["D-20", "D-5"]
    reminders = {r.instrument_id: r for r in await DueReminder.all()}
    assert reminders[week["id"]].lead_days == 7 and reminders[month["id"]].lead_days == 30
    assert all(r.sent_at is not None and r.recipients == 1 for r in reminders.values())


async def test_verification_rate_overdue_list_and_csv(world: AppointmentWorld) -> None:
    company = await world.company(contact_phone="13700001111")
    on = today()
    checked = await world.instrument(
        company, serial_no="CHK", last_verified_on=verified_for_due(on - timedelta(days=3))
    )
    late = await world.instrument(company, serial_no="LATE", last_verified_on=verified_for_due(on - timedelta(days=10)))
    never = await world.instrument(company, serial_no="NEVER")
    await world.instrument(
        company, type="water_meter_dn25", serial_no="W", last_verified_on=str(on - timedelta(days=30))
    )

    site = await world.site()
    slot = await world.slot(site["id"])
    booking = await world.book(company, slot["id"], [checked["id"]])
    officer = await world.officer()
    base = f"{ADMIN}/verification-bookings/{booking['id']}"
    await world.call("POST", f"{base}/check-in", officer, expect=200)
    await world.call(
        "POST",
        f"{base}/results",
        officer,
        expect=200,
        json={"items": [{"instrument_id": checked["id"], "passed": True, "certificate_no": "C-1"}]},
    )

    stats = await world.call(
        "GET", f"{ADMIN}/verification-stats?date_from={on.replace(month=1, day=1)}&date_to={on}", officer, expect=200
    )
    assert (stats["total_due"], stats["total_verified"]) == (3, 1)
    assert stats["rows"] == [
        {"district": "saihan", "type_slug": "price_computing_scale", "due": 3, "verified": 1, "rate": 0.3333}
    ]

    overdue = await world.listing(f"{ADMIN}/verification-overdue", officer, expect=200)
    assert [r["instrument_id"] for r in overdue] == [late["id"], never["id"]]
    assert overdue[0]["days_overdue"] == 10 and overdue[0]["contact_phone"] == "137****1111"

    async with world.client.get(f"{ADMIN}/verification-overdue.csv", headers=officer) as resp:
        assert resp.status == 200 and resp.content_type == "text/csv"
        text = (await resp.read()).decode("utf-8")
    assert text.startswith("\ufeff企业,区县,联系电话")
    assert "赛罕区" in text and "137****1111" in text and "LATE" in text
    async with world.client.get(f"{ADMIN}/verification-stats.csv", headers=officer) as resp:
        text = (await resp.read()).decode("utf-8")
    assert "电子计价秤,3,1,33.3%" in text

    bad = await world.call(
        "GET", f"{ADMIN}/verification-stats?date_from=2026-05-01&date_to=2026-01-01", officer, expect=422
    )
    assert bad["error"]["code"] == "invalid_period"
    await world.call("GET", f"{ADMIN}/verification-stats", company.headers, expect=401)


async def test_cli_daily_run_is_idempotent(world: AppointmentWorld, settings, capsys) -> None:
    from appointments.cli import _run_daily

    company = await world.company()
    await world.instrument(company, serial_no="CLI-1", last_verified_on=verified_for_due(today() + timedelta(days=3)))
    assert await _run_daily(settings) == 0
    assert "新排入 1 条" in capsys.readouterr().out
    assert await _run_daily(settings) == 0
    assert "新排入 0 条" in capsys.readouterr().out
    assert await DueReminder.all().count() == 1
