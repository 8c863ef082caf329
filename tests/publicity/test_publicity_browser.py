"""End to end in chromium: an editor uploads a picture, writes an article, previews it on WeChat (sandbox) and
submits it; a reviewer previews and approves it with the audience count in view; it goes out at its time to
that audience; after the data-cube job the chart shows its reads. Screenshots in build/screenshots/."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from aiohttp import web

from campaigns.models import Campaign, MassSendQuota
from core.jobs import job_context
from core.keys import RESOURCES
from core.models import AuditEntry, StaffRole, Subscriber
from publicity.jobs import pull_data_cube
from publicity.models import Article, CampaignArticle
from tests.support.browser import expect, log_in, new_page, shot
from tests.support.gateway import SandboxApi
from tests.support.publicity import arrive, picture, publishing_state

TZ = ZoneInfo("Asia/Shanghai")
pytestmark = pytest.mark.usefixtures("campaign_tuning")


async def test_an_article_from_upload_to_its_reads(  # type: ignore[no-untyped-def]
    browser,
    client,
    app: web.Application,
    console_staff,
    sandbox_api: SandboxApi,
    run_jobs,
    monkeypatch,
) -> None:
    for i in range(6):
        await Subscriber.create(openid=f"o-fan-{i:03d}", district="saihan" if i < 4 else "xincheng")
    used_up = await Subscriber.get(openid="o-fan-003")
    await MassSendQuota.create(subscriber_id=used_up.id, month=datetime.now(TZ).strftime("%Y-%m"), used=4)
    editor = await console_staff(StaffRole.PUBLICITY_EDITOR, name="宣传编辑小李", username="lixc")
    reviewer = await console_staff(StaffRole.PUBLICITY_REVIEWER, name="审核老张", username="zhangsh")

    # The editor uploads a picture to the media library (WeChat permanent material).
    page = await new_page(browser, client)
    await log_in(page, editor.username)
    await page.click("nav >> text=宣传")
    await page.click(".pub-tabs >> text=素材库")
    upload = {"name": "lab.png", "mimeType": "image/png", "buffer": picture("teal", (900, 500))}
    await page.set_input_files("input[name=image]", files=[upload])
    await page.click("#form-upload button")
    await expect(page.locator(".flash.ok")).to_contain_text("已上传到微信永久素材")
    await shot(page, "30-publicity-media")
    media_id = int(re.sub(r"\D", "", (await page.locator(".media-item").first.get_attribute("id")) or ""))

    # Writes the article: saved to WeChat's draft box, shown in a phone-sized preview.
    await page.click(".pub-tabs >> text=写新文章")
    await page.fill("input[name=title]", "5·20 世界计量日开放日")
    await page.fill("input[name=author]", "市计量所")
    await page.select_option("select[name=cover_id]", str(media_id))
    await page.fill("textarea[name=digest]", "走进计量实验室，免费检测家用血压计")
    body = f"今年世界计量日，市计量测试所向市民开放。\n[图片:{media_id}]\n现场可免费检测家用血压计、电子秤。"
    await page.fill("textarea[name=body]", body)
    await page.click("#form-article button.primary")
    await expect(page.locator(".flash.ok")).to_contain_text("已保存到微信草稿箱")
    await expect(page.locator("#phone-preview .phone-title")).to_have_text("5·20 世界计量日开放日")
    await expect(page.locator("#phone-preview .phone-content img")).to_be_visible()
    await shot(page, "31-publicity-article-editor")

    # Previews it on the editor's own WeChat.
    await page.fill("#form-preview input[name=openid]", "o-editor-phone-01")
    await page.click("#form-preview button")
    await expect(page.locator(".flash.ok")).to_contain_text("预览已发送到微信")
    assert [p["openid"] for p in (await publishing_state(sandbox_api))["previews"]] == ["o-editor-phone-01"]

    # Chooses the audience (赛罕区) and a time: the count is shown before anything is approved.
    await page.select_option("#form-campaign select[name=audience_kind]", "district")
    await page.select_option("#form-campaign select[name=district]", "saihan")
    send_at = (datetime.now(TZ) + timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M")
    await page.fill("#form-campaign input[name=send_at]", send_at)
    await page.dispatch_event("#form-campaign input[name=send_at]", "change")
    await expect(page.locator("#audience-count")).to_contain_text("4 位粉丝（赛罕区）")
    await expect(page.locator("#audience-count")).to_contain_text("预计送达 3 位")
    await shot(page, "32-publicity-audience")
    await page.click("#form-campaign button.primary")
    await expect(page.locator("#audience-figure")).to_contain_text("当前 4 位粉丝")
    await page.click("#form-submit button")
    await expect(page.locator(".flash.ok")).to_contain_text("已提交审核")
    campaign = await Campaign.get(title="5·20 世界计量日开放日")

    # The reviewer sees the reminder, previews on their own WeChat and approves that version.
    second = await new_page(browser, client)
    await log_in(second, reviewer.username)
    await second.click("nav >> text=宣传")
    await expect(second.locator("#review-reminders")).to_contain_text("尚未审核")
    await second.click("#review-reminders a")
    await expect(second.locator("#form-approve button")).to_contain_text("审核通过（4 位）")
    await second.click("#form-approve button")
    await expect(second.locator(".flash.error")).to_contain_text("请先把当前版本预览到自己的微信")
    await second.fill("#form-preview input[name=openid]", "o-reviewer-phone-02")
    await second.click("#form-preview button")
    await expect(second.locator(".flash.ok")).to_contain_text("预览已发送到微信")
    await shot(second, "33-publicity-review")
    await second.click("#form-approve button")
    await expect(second.locator(".flash.ok")).to_contain_text("已审核通过")
    await expect(second.locator("#campaign-status")).to_have_text("已排期")
    link = await CampaignArticle.get(campaign_id=campaign.id)
    assert link.approved_hash == (await Article.get(id=link.article_id)).content_hash  # type: ignore[attr-defined]

    # Its time comes: the mass send goes out by media_id to the 赛罕区 followers (one has no quota left).
    await arrive(app, campaign.id)
    await run_jobs()
    await second.reload()
    await expect(second.locator("#campaign-status")).to_have_text("已发送")
    await expect(second.locator("#audience-figure")).to_contain_text("4 位（发送时冻结）")
    await expect(second.locator("#delivery-stats")).to_contain_text("3")
    await shot(second, "34-publicity-sent")
    mass = (await publishing_state(sandbox_api))["mass"]
    draft = (await Article.get(id=link.article_id)).draft_media_id  # type: ignore[attr-defined]
    assert [m["text"] for m in mass] == [f"mpnews:{draft}"]
    assert sorted(mass[0]["openids"]) == ["o-fan-000", "o-fan-001", "o-fan-002"]

    # The next day the data-cube job runs; the chart and the table show the article's reads.
    reads = {"msg_data_id": mass[0]["msg_id"] * 10, "read_user": 3, "read_count": 11, "share_count": 2}
    await sandbox_api.post("/sandbox/publishing/reads", **reads)
    await sandbox_api.advance_clock(86400)
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    monkeypatch.setattr("publicity.jobs.now_utc", lambda: tomorrow)
    await pull_data_cube(job_context(app[RESOURCES]))
    await second.click("nav >> text=宣传")
    await second.click(".pub-tabs >> text=宣传统计")
    await expect(second.locator("#reads-table")).to_contain_text("11")
    await expect(second.locator("#chart-reads svg")).to_be_visible()
    await expect(second.locator("#chart-reads")).to_contain_text("5·20 世界计量日开放日")  # the bar's axis label
    chart_data = await second.locator("#chart-data").text_content()
    assert '"reads": [["5·20 世界计量日开放日（#' in (chart_data or "") and ", 11]]" in (chart_data or "")
    await shot(second, "35-publicity-stats")
    actions = set(await AuditEntry.all().values_list("action", flat=True))
    assert {"publicity.media_upload", "publicity.preview", "publicity.campaign_approve"} <= actions
