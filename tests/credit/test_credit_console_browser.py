"""诚信计量 in a real browser (Debian chromium via Playwright): a 双随机 draw planned, shown with its seed and
published inputs and reproduced; an inspector fills the checklist on a tablet; two staff review a 示范单位
application (the second must be someone else). Skips without chromium unless CI requires it."""

from __future__ import annotations

from playwright.async_api import Page

from core.models import AuditEntry, StaffRole
from credit.draw import run_draw
from credit.models import AwardApplication, Business, Commitment, Inspection, InspectionCampaign, Sector
from tests.support.browser import TABLET, expect, new_page, shot
from tests.support.browser import log_in as open_session
from tests.support.hostile_images import solid_png


async def log_in(page: Page, username: str) -> None:
    await open_session(page, username)
    await expect(page.locator("h1")).to_contain_text("工作台")


async def test_draw_inspection_and_two_person_review_in_the_console(  # type: ignore[no-untyped-def]
    browser, client, console_staff
) -> None:
    for i in range(6):
        await Business.create(name=f"加油站{i + 1:02d}", sector=Sector.FUEL_STATION, district="saihan")
    planner = await console_staff(StaffRole.COMPLAINT_HANDLER, name="李计划", username="lijh")
    inspector = await console_staff(StaffRole.VERIFICATION_OFFICER, name="赵检查", username="zhaojc")

    page = await new_page(browser, client)
    await log_in(page, planner.username)
    await page.click("nav >> text=诚信计量")
    await page.click("text=双随机检查")
    await page.fill("#plan-form input[name=title]", "加油站计量专项抽查")
    await page.select_option("#plan-form select[name=target_type]", "fuel_station")
    await page.fill("#plan-form input[name=sample_size]", "3")
    await page.fill("#plan-form input[name=inspectors_per_target]", "1")
    await page.click("#plan-form button")
    await expect(page.locator("#draw-check")).to_have_text("复核一致")
    campaign = await InspectionCampaign.get(title="加油站计量专项抽查")
    await expect(page.locator("#draw-seed")).to_have_text(campaign.seed)
    await expect(page.locator("#draw-hash")).to_contain_text(campaign.inputs_hash)
    again = run_draw(
        seed=campaign.seed,
        targets=campaign.target_inputs,
        inspectors=campaign.inspector_inputs,
        sample_size=3,
        inspectors_per_target=1,
    )
    assert again.assignments == campaign.result and again.inputs_hash == campaign.inputs_hash
    await expect(page.locator("#draw-result tbody tr")).to_have_count(3)
    await shot(page, "credit-01-draw")
    await page.click("text=向社会公开检查计划")
    await expect(page.locator(".flash.ok")).to_contain_text("已向社会公开")

    # The inspector drawn for a target records the checklist on a tablet.
    rows = await Inspection.filter(campaign_id=campaign.id)
    mine = [i for i in rows if inspector.id in i.inspector_ids]
    # Both staff are in the inspector registry, one drawn per target: each target is the inspector's or the planner's.
    who, target = (inspector, mine[0]) if mine else (planner, rows[0])
    assert target is not None
    tablet = await new_page(browser, client, TABLET)
    await log_in(tablet, who.username)
    await tablet.goto(f"/console/credit/inspections/{target.id}")
    for code in ("dispensers_verified", "seals_intact", "records"):
        await tablet.check(f"input[name=item_{code}][value=yes]")
    await tablet.check("input[name=item_volume_error][value=no]")
    await tablet.fill("textarea[name=findings]", "2号枪加油量误差 -0.5%，超出 ±0.3%")
    await tablet.select_option("select[name=follow_up]", "verification")
    photo = {"name": "现场.png", "mimeType": "image/png", "buffer": solid_png(1, 1)}
    await tablet.set_input_files("input[name=photos]", files=[photo])
    await shot(tablet, "credit-02-inspection-tablet")
    await tablet.click("#inspection-form button.primary")
    await expect(tablet.locator(".flash.ok")).to_contain_text("检查结果已录入")
    await expect(tablet.locator("h2")).to_contain_text("不合格")
    done = await Inspection.get(id=target.id)
    assert done.passed is False and done.follow_up == "verification" and done.answers["volume_error"] is False
    assert [p["type"] for p in done.photos] == ["image/png"]
    await tablet.click("text=双随机检查")
    await expect(tablet.locator("#follow-ups")).to_contain_text("责令送检")

    # A 示范单位 application: the planner passes the first review, cannot do the second; the inspector does.
    business = await Business.create(name="诚信加油站", sector=Sector.FUEL_STATION, district="saihan")
    await Commitment.create(business=business, text_version="2026-12-v1", signer_name="王", user_id=1)
    evidence = [{"name": "制度.png", "file": "x.png", "type": "image/png", "bytes": 10, "sha256": "0" * 64}]
    application = await AwardApplication.create(
        business=business, user_id=1, statement="计量管理制度健全", policy_version="2026-12-v1", evidence=evidence
    )
    await page.goto(f"/console/credit/awards/{application.id}")
    await page.fill("#review-form input[name=note]", "材料齐全")
    await page.click("#review-form button[value=approve]")
    await expect(page.locator("#award-status")).to_have_text("待复核")
    await page.click("#review-form button[value=approve]")
    await expect(page.locator(".flash.error")).to_contain_text("另一名工作人员")
    await expect(page.locator("#award-status")).to_have_text("待复核")
    # The draw is random: when the planner was the one on the tablet, the second reader logs in afresh.
    second = tablet
    if who is planner:
        second = await new_page(browser, client, TABLET)
        await log_in(second, inspector.username)
    await second.goto(f"/console/credit/awards/{application.id}")
    await second.click("#review-form button[value=approve]")
    await expect(second.locator("#award-status")).to_have_text("公示中")
    await shot(second, "credit-03-award-publicity")
    actions = [e.action for e in await AuditEntry.filter(action__startswith="credit.").order_by("seq")]
    assert actions == [
        "credit.campaign_draw",
        "credit.campaign_publish",
        "credit.inspection_result",
        "credit.award_first_review",
        "credit.award_second_review",
    ]

    await page.click("text=诚信计量统计")
    await expect(page.locator(".chart svg").first).to_be_visible()
    await shot(page, "credit-04-stats")
