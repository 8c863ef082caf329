"""End-to-end in a real browser: Debian's chromium driven by Playwright against the app served on a real port.

`make browser` installs chromium; the tests skip without it on a developer's machine, and fail instead when
CI=true or JILIANG_REQUIRE_BROWSER=1 (so CI never passes them by skipping). A screenshot of each main page is
kept under build/screenshots/ for reviewers.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from zoneinfo import ZoneInfo

from complaints.settings import ComplaintSettings
from core.models import AuditEntry, StaffAccount, StaffRole
from core.settings import Settings
from tests.support.browser import TABLET, expect, log_in, new_page, shot
from tests.support.paths import ROOT


def _audit_verify(settings: Settings) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "JILIANG_DATABASE_URL": settings.database_url, "JILIANG_REDIS_URL": settings.redis_url or ""}
    command = [sys.executable, "-m", "jiliang", "audit", "verify"]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


async def test_a_working_day_in_the_console(  # type: ignore[no-untyped-def]
    browser, client, console_staff, complaint_api, citizen, sandbox_api, run_jobs, settings, world
) -> None:
    # A citizen files a complaint through the mini-program API and asked to be notified.
    openid = "o-browser-citizen"
    headers = await citizen(openid)
    template = settings.section(ComplaintSettings).status_template_id
    for _ in range(2):
        await client.post("/api/v1/miniapp/subscriptions", json={"template_ids": [template]}, headers=headers)
    await sandbox_api.subscribe_quota(openid, template, 2)
    filed = await complaint_api.filed(headers)
    handler = await console_staff(StaffRole.COMPLAINT_HANDLER, district="xincheng", name="王丽", username="wangli")

    # The handler logs in, finds it in the queue, looks at the phone number, accepts it and records mediation.
    page = await new_page(browser, client)
    await page.goto("/console/login")
    await shot(page, "01-login")
    await log_in(page, handler.username)
    await expect(page.locator("h1")).to_contain_text("工作台")
    await expect(page.get_by_text(filed["tracking_no"]).first).to_be_visible()
    await shot(page, "02-home-handler")
    await page.click("nav >> text=投诉处理")
    await page.select_option("select[name=status]", "pending")
    await page.click("form.filters button.primary")
    await shot(page, "03-complaint-queue")
    await page.click(f"text={filed['tracking_no']}")
    await expect(page.locator("#contact")).to_contain_text("139****5678")
    await page.click("#show-phone")  # htmx swaps the full number in
    await expect(page.locator("#contact")).to_contain_text("13912345678")
    await shot(page, "04-complaint-case")
    await page.fill("#form-accept textarea[name=note]", "已受理，将联系双方调解")
    await page.click("#form-accept button")
    await expect(page.locator(".flash.ok")).to_contain_text("已受理")
    await page.fill("#form-mediation textarea[name=note]", "周三上午在市场管理处调解")
    await page.click("#form-mediation button")
    await expect(page.locator(".flash.ok")).to_contain_text("调解中")
    await shot(page, "05-complaint-mediating")
    await page.click("nav >> text=统计")
    await expect(page.locator(".chart svg").first).to_be_visible()  # ECharts (vendored) drew the charts
    await shot(page, "14-stats")
    await page.click("header >> text=提醒")
    await shot(page, "17-notifications")

    # The citizen's status notifications reach the sandbox.
    await run_jobs()
    sent = await sandbox_api.sent("subscribe", openid)
    assert [m["data"]["phrase2"] for m in sent] == ["已受理", "调解中"]

    # A verification officer checks in today's booking and records results for all its instruments at once.
    company = await world.company()
    site = await world.site(name="新城区计量检定所")
    slot = await world.slot(site["id"], hours_ahead=0.5)
    instruments = [await world.instrument(company) for _ in range(3)]
    booking = await world.book(company, slot["id"], [i["id"] for i in instruments])
    from datetime import datetime

    day = datetime.fromisoformat(slot["starts_at"]).astimezone(ZoneInfo("Asia/Shanghai")).date()
    officer = await console_staff(StaffRole.VERIFICATION_OFFICER, name="赵检定", username="zhaojd")
    tablet = await new_page(browser, client, TABLET)
    await log_in(tablet, officer.username)
    await shot(tablet, "06-home-officer-tablet")
    await tablet.goto(f"/console/appointments/day?site_id={site['id']}&date={day.isoformat()}")
    card = tablet.locator(f"#booking-{booking['id']}")
    await card.get_by_role("button", name="签到").click()
    await expect(tablet.locator(".flash.ok")).to_contain_text("已签到")
    ids = [i["id"] for i in instruments]
    await card.locator(f"input[name=result-{ids[0]}][value=pass]").check()
    await card.locator(f"input[name=cert-{ids[0]}]").fill("JD-2026-101")
    await card.locator(f"input[name=result-{ids[1]}][value=pass]").check()
    await card.locator(f"input[name=cert-{ids[1]}]").fill("JD-2026-102")
    await card.locator(f"input[name=result-{ids[2]}][value=fail]").check()
    await card.locator(f"input[name=note-{ids[2]}]").fill("示值误差超差")
    await shot(tablet, "07-day-sheet-tablet")
    await card.get_by_role("button", name="保存检定结果").click()
    await expect(tablet.locator(".flash.ok")).to_contain_text("已录入 3 台器具的检定结果（合格 2 台）")
    await expect(tablet.locator(f"#booking-{booking['id']}")).to_contain_text("不合格（停止使用）")
    await shot(tablet, "08-day-sheet-done-tablet")
    await tablet.click("nav >> text=逾期未检")
    await shot(tablet, "15-overdue-tablet")

    # An administrator finds each of these actions in the audit log, and the chain verifies.
    admin = await console_staff(StaffRole.ADMIN, name="系统管理员", username="sysadmin")
    desk = await new_page(browser, client)
    await log_in(desk, admin.username)
    await desk.click("nav >> text=账号管理")
    await shot(desk, "09-admin-staff")
    await desk.click("nav >> text=时限政策")
    await shot(desk, "16-admin-policy")
    await desk.click("nav >> text=审计日志")
    log = desk.locator("table.audit")
    for actor, label in (
        ("王丽", "查看投诉人完整联系方式"),
        ("王丽", "受理投诉"),
        ("王丽", "开始调解"),
        ("赵检定", "预约签到"),
        ("赵检定", "录入检定结果"),
    ):
        await expect(log.locator("tr", has_text=actor).filter(has_text=label).first).to_be_visible()
    await desk.fill("input[name=actor]", "王丽")
    await desk.click("form.filters button.primary")
    await expect(log).not_to_contain_text("赵检定")
    await desk.click("button[name=verify]")
    await expect(desk.locator("#verify-result")).to_contain_text("哈希链校验通过")
    await shot(desk, "10-audit-log")
    done = await asyncio.to_thread(_audit_verify, settings)
    assert done.returncode == 0, done.stdout + done.stderr


async def test_five_wrong_passwords_lock_the_account_in_the_browser(browser, client, console_staff) -> None:  # type: ignore[no-untyped-def]
    staff = await console_staff(StaffRole.COMPLAINT_HANDLER, username="locked.out")
    page = await new_page(browser, client)
    for _ in range(5):
        await log_in(page, staff.username, "Not-The-Password-1")
    await expect(page.locator(".flash.error")).to_contain_text("账号已锁定")
    await log_in(page, staff.username)  # the right password, too late
    await expect(page.locator(".flash.error")).to_contain_text("账号已锁定")
    await shot(page, "11-locked")
    account = await StaffAccount.get(id=staff.id)
    assert account.locked_until is not None
    assert await AuditEntry.filter(action="login.locked", actor_id=staff.id).count() == 1


async def test_another_districts_case_is_not_found_in_the_browser(  # type: ignore[no-untyped-def]
    browser, client, console_staff, complaint_api, citizen
) -> None:
    filed = await complaint_api.filed(await citizen())  # 新城区
    other = await console_staff(StaffRole.COMPLAINT_HANDLER, district="saihan")
    page = await new_page(browser, client)
    await log_in(page, other.username)
    response = await page.goto(f"/console/complaints/{filed['id']}")
    assert response is not None and response.status == 404
    await expect(page.locator("h1")).to_contain_text("页面不存在")
    await shot(page, "12-other-district-404")


async def test_first_login_changes_the_password_in_the_browser(browser, client) -> None:  # type: ignore[no-untyped-def]
    from core.auth import create_staff
    from core.passwords import issue_initial_password

    account, _ = await create_staff(username="first.day", display_name="新同事", roles=[StaffRole.COMPLAINT_HANDLER])
    initial = await issue_initial_password(account)
    page = await new_page(browser, client)
    await log_in(page, "first.day", initial)
    await expect(page.locator("h1")).to_contain_text("修改密码")
    await shot(page, "13-forced-password-change")
    await page.fill("input[name=current_password]", initial)
    await page.fill("input[name=new_password]", "Xin-Mima-2026!")
    await page.fill("input[name=confirm_password]", "Xin-Mima-2026!")
    await page.click("button.primary")
    await expect(page.locator("h1")).to_contain_text("工作台")
