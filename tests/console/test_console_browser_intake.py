"""The intake console pages in a real browser: the 登记表 for a case taken by phone or at the counter with each
kind's own fields, the 12315 number, the 文书 download, the pump check a 加油机 case asks for and the officer's
result, and the statistics by kind (screenshots under build/screenshots/, as test_console_browser.py)."""

from __future__ import annotations

import io
from datetime import datetime, timedelta

import pypdf
from openpyxl import load_workbook

from appointments.models import VerificationCheck
from complaints.models import Complaint
from core.clock import ZONE as TZ
from core.models import StaffRole
from tests.support.browser import expect, log_in, new_page, shot
from tests.support.console import audit_actions


async def test_a_fuel_pump_case_from_the_counter_to_the_officers_result(  # type: ignore[no-untyped-def]
    browser, client, console_staff
) -> None:
    handler = await console_staff(StaffRole.COMPLAINT_HANDLER, name="王丽")
    officer = await console_staff(StaffRole.VERIFICATION_OFFICER, name="赵检定", district="xincheng")
    page = await new_page(browser, client)
    await log_in(page, handler.username)

    # The form shows the fields of the kind chosen: a meter's account number, then a pump's station and number.
    await page.goto("/console/complaints")
    await page.click("#intake-link")
    await page.select_option("form.inline select[name=kind]", "utility_meter")
    await page.get_by_role("button", name="选择").click()
    form = page.locator("#form-intake")
    await expect(form.locator("h2")).to_have_text("民用四表（水、电、燃气、热）")
    await expect(form.get_by_label("户号")).to_be_visible()
    await expect(form.locator("input[name='facts.station']")).to_have_count(0)
    await page.select_option("form.inline select[name=kind]", "fuel_dispenser")
    await page.get_by_role("button", name="选择").click()
    await expect(form.locator("h2")).to_have_text("加油机/加气机")
    await expect(form.locator("input[name='facts.account_no']")).to_have_count(0)
    await expect(form.locator("input[name='facts.receipt_photo_id']")).to_have_count(0)  # no photo at the counter

    await form.locator("select[name=intake_channel]").select_option("phone")
    await form.get_by_label("姓名").fill("钱进")
    await form.get_by_label("联系电话").fill("13700001234")
    await form.get_by_label("被投诉（举报）对象").fill("新华大街加油站")
    await form.get_by_label("位置").fill("新城区新华大街1号")
    await form.locator("select[name=district]").select_option("xincheng")
    when = (datetime.now(TZ) - timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M")
    await form.locator("input[name=purchased_at]").fill(when)
    await form.get_by_label("加油（加气）站名称").fill("新华大街加油站")
    await form.get_by_label("加油机（枪）编号").fill("3-2")
    await form.get_by_label("油品或气体").select_option(label="汽油")
    await form.get_by_label("加油机显示的加油量（升或千克）").fill("40.00")
    await form.get_by_label("实付金额（元）").fill("300.00")
    await form.get_by_label("事实与理由").fill("加满40升的油箱只剩四分之一就显示满了，怀疑加油机不准。")
    # The address is missing: named, and what was typed stays in the form.
    await page.click("#submit-intake")
    await expect(page.locator(".flash.error")).to_contain_text("联系地址")
    await expect(form.get_by_label("加油机（枪）编号")).to_have_value("3-2")
    await form.get_by_label("联系地址").fill("呼和浩特市新城区东风路8号")
    await shot(page, "30-intake-fuel-form")
    await page.click("#submit-intake")
    await expect(page.locator(".flash.ok")).to_contain_text("已登记")
    case = await Complaint.get(kind="fuel_dispenser")
    assert case.intake_channel == "phone" and case.kind_facts["pump_number"] == "3-2"
    await expect(page.locator("body")).to_contain_text("新华大街加油站")
    await expect(page.locator("#identity")).to_contain_text("137****1234")
    await expect(page.locator("body")).not_to_contain_text("短少")  # no weighed-goods figures for a pump
    await expect(page.locator("dl.kv").first).to_contain_text("汽油")  # a coded fact by its Chinese name

    # The 12315 number.
    await page.get_by_label("12315登记号").fill("HH2026-000777")
    await page.get_by_role("button", name="记录").click()
    await expect(page.locator("#reg-12315")).to_have_text("HH2026-000777")

    # The pump check: asked for twice (a double click), one check.
    check_form = page.locator("#form-pump-check")
    await expect(page.locator("#pump-check")).to_contain_text("不作自动判定")
    await check_form.get_by_role("button", name="安排检定核查").dblclick()
    await expect(page.locator("#pump-check-status")).to_have_text("待核查")
    assert await VerificationCheck.all().count() == 1

    # The 登记表 as PDF.
    await page.select_option("#form-document select[name=kind]", "registration_form")
    await page.locator("#form-document input[name=request]").fill("检定3号加油机2号枪")
    await page.locator("#form-document").get_by_role("button", name="出具文书").click()
    await expect(page.locator(".flash.ok")).to_contain_text("已出具")
    async with page.expect_download() as info:
        await page.get_by_role("link", name="PDF").first.click()
    download = await info.value
    assert download.suggested_filename.endswith(".pdf")
    text = pypdf.PdfReader(io.BytesIO((await download.path()).read_bytes())).pages[0].extract_text()
    assert "登记表" in text and "3-2" in text and "检定3号加油机2号枪" in text
    await shot(page, "31-intake-fuel-case")

    # The officer of the district records the result; the case shows it.
    officer_page = await new_page(browser, client)
    await log_in(officer_page, officer.username)
    await officer_page.click("nav >> text=核查任务")
    row = officer_page.locator("#checks tbody tr").first
    await expect(row).to_contain_text("新华大街加油站")
    await expect(row).to_contain_text(case.tracking_no)  # the officer can find the case it came from
    await row.get_by_label("不合格").check()
    await row.get_by_label("证书/记录编号").fill("HJ-2026-0099")
    await row.get_by_label("说明").fill("示值误差 +0.62%，超出最大允许误差")
    await shot(officer_page, "32-officer-pump-check")
    await row.get_by_role("button", name="录入").click()
    await expect(officer_page.locator(".flash.ok")).to_contain_text("不合格")

    await page.reload()
    await expect(page.locator("#pump-check-status")).to_have_text("已出结果")
    await expect(page.locator("#pump-check-result")).to_contain_text("不合格（HJ-2026-0099）")
    actions = await audit_actions(target=f"complaint:{case.id}")
    for action in ("complaint.file_by_staff", "complaint.register_12315", "complaint.pump_check",
                   "complaint.document_issue", "complaint.document_download"):  # fmt: skip
        assert action in actions
    assert "verification_check.result" in await audit_actions()


async def test_statistics_by_kind_with_reports_and_the_excel(  # type: ignore[no-untyped-def]
    browser, client, console_staff, complaint_api, citizen
) -> None:
    from tests.support.intake import post, report_form

    owner = await citizen()
    await complaint_api.filed(owner)
    resp = await post(client, owner, report_form(kind="unlicensed_repair"))
    assert resp.status == 201, await resp.text()
    handler = await console_staff(StaffRole.COMPLAINT_HANDLER)
    page = await new_page(browser, client)
    await log_in(page, handler.username)
    await page.click("nav >> text=统计")
    table = page.locator("#by-kind")
    await expect(table.locator("tr", has_text="无资质修理计量器具")).to_contain_text("举报")
    await expect(table.locator("tr", has_text="无资质修理计量器具").locator("td").last).to_have_text("1")
    await expect(table.locator("tr", has_text="称重商品").locator("td").last).to_have_text("1")
    await expect(table.locator("tr", has_text="加油机/加气机").locator("td").last).to_have_text("0")
    await expect(page.locator("#chart-by-kind svg")).to_have_count(1)  # ECharts drew it
    await shot(page, "33-stats-by-kind")
    async with page.expect_download() as info:
        await page.click("#export-by-kind")
    download = await info.value
    assert download.suggested_filename.endswith(".xlsx")
    sheet = load_workbook(io.BytesIO((await download.path()).read_bytes())).active
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    assert rows[0] == ["投诉/举报", "类别", "件数"]
    assert ["举报", "无资质修理计量器具", "1"] in [[str(v) for v in r] for r in rows]
    assert [str(v) for v in rows[-1]][1:] == ["合计", "2"]
