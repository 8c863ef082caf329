"""End-to-end in a real browser for the slot calendar, the instrument registry and WeChat binding (screenshots
under build/screenshots/, as tests/console/test_console_browser.py)."""

from __future__ import annotations

import re
from datetime import timedelta

import chinese_calendar

from appointments.models import BookingStatus, Slot
from core.clock import ZONE as TZ
from core.clock import today
from core.models import StaffAccount, StaffRole
from tests.support.browser import expect, log_in, new_page, shot


async def test_an_officer_manages_slots_and_reads_the_registry_in_the_browser(  # type: ignore[no-untyped-def]
    browser,
    client,
    console_staff,
    world,
) -> None:
    company = await world.company(name="新城示例商贸有限公司", district="新城区", contact_phone="13912345678")
    site = await world.site(name="新城区计量检定所")
    officer = await console_staff(StaffRole.VERIFICATION_OFFICER, name="赵检定", district="xincheng")
    page = await new_page(browser, client)
    await log_in(page, officer.username)

    start = today() + timedelta(days=7)
    end = start + timedelta(days=13)
    await page.click("nav >> text=时段管理")
    await page.fill("input[name=date_from]", start.isoformat())
    await page.fill("input[name=date_to]", end.isoformat())
    await page.click("form.filters[method=get] button.primary")
    form = page.locator("#open-slots")
    await form.locator("input[name=starts]").fill("09:00")
    await form.locator("input[name=ends]").fill("11:30")
    await form.locator("input[name=capacity]").fill("6")
    await form.get_by_role("button", name="开放时段").click()
    await expect(page.locator(".flash.ok")).to_contain_text("已开放")
    slots = await Slot.filter(site_id=site["id"]).order_by("starts_at")
    assert slots and all(chinese_calendar.is_workday(s.starts_at.astimezone(TZ).date()) for s in slots)
    first = slots[0]
    instrument = await world.instrument(company, serial_no="REG-001")
    booking = await world.book(company, first.id, [instrument["id"]])
    await page.reload()
    row = page.locator(f"#slot-{first.id}")
    await expect(row).to_contain_text(booking["confirmation_no"])
    await shot(page, "18-slot-calendar")

    await row.get_by_role("button", name="关闭").click()
    await expect(page.locator("#close-warning")).to_contain_text("确定关闭吗")
    await shot(page, "19-slot-close-confirm")
    await page.get_by_role("button", name="确定关闭并取消预约").click()
    await expect(page.locator(".flash.ok")).to_contain_text("已取消 1 个预约并通知企业")
    await expect(page.locator(f"#slot-{first.id}")).to_contain_text("已关闭")
    assert (await world.call("GET", f"/api/v1/admin/verification-bookings/{booking['id']}", await world.officer()))[
        "status"
    ] == BookingStatus.CANCELLED.value

    await page.click("nav >> text=器具台账")
    await expect(page.locator("#registry")).to_contain_text("REG-001")
    await shot(page, "20-registry")
    await page.select_option("select[name=due]", "overdue")
    await page.click("form.filters button.primary")
    await expect(page.locator("#registry")).to_contain_text("REG-001")  # never verified: due since registration
    async with page.expect_download() as download:
        await page.get_by_role("link", name="导出 Excel").click()
    assert (await download.value).suggested_filename.endswith(".xlsx")
    await page.get_by_role("link", name="新城示例商贸有限公司").first.click()
    await expect(page.locator("h1")).to_contain_text("新城示例商贸有限公司")
    await expect(page.locator("main")).to_contain_text("139****5678")
    await shot(page, "21-registry-enterprise")


async def test_a_handler_binds_wechat_in_the_browser(  # type: ignore[no-untyped-def]
    browser,
    client,
    console_staff,
    wechat,
) -> None:
    handler = await console_staff(StaffRole.COMPLAINT_HANDLER, district="xincheng", name="王丽")
    page = await new_page(browser, client)
    await log_in(page, handler.username)
    await page.goto("/console/account")
    await page.get_by_role("link", name="微信通知").click()
    await expect(page.locator("#wechat-unbound")).to_be_visible()
    await page.get_by_role("button", name="获取绑定码").click()
    code = re.search(r"\d{6}", await page.locator("#bind-code").inner_text()).group(0)  # type: ignore[union-attr]
    await shot(page, "22-wechat-bind-code")
    reply = await wechat.say("o-browser-staff", f"绑定 {code}")
    assert reply is not None and "王丽" in reply
    await page.reload()
    await expect(page.locator("#wechat-bound")).to_contain_text("已绑定微信")
    await shot(page, "23-wechat-bound")
    await page.get_by_role("button", name="解除绑定").click()
    await expect(page.locator(".flash.ok")).to_contain_text("已解除微信绑定")
    assert (await StaffAccount.get(id=handler.id)).wechat_openid is None
