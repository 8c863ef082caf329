"""The publicity desk through the console: picture to permanent material, article to WeChat draft, previews,
approval tied to the previewed version, the audience counted before approval, the mass send by media_id, the
data-cube job and the figures."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from aiohttp import web

from campaigns.models import Campaign, MassSendQuota
from core.jobs import job_context
from core.keys import RESOURCES
from core.models import StaffRole, Subscriber
from publicity.jobs import pull_data_cube
from publicity.models import Article, CampaignArticle, CubeArticleDay
from tests.support.console import audit_actions
from tests.support.gateway import SandboxApi
from tests.support.publicity import arrive, picture, publishing_state, upload_form

pytestmark = pytest.mark.usefixtures("campaign_tuning")
TZ = ZoneInfo("Asia/Shanghai")
EDITOR_OPENID, REVIEWER_OPENID = "o-editor-phone-01", "o-reviewer-phone-02"


async def followers() -> None:
    for i in range(5):
        tags = ["计量志愿者"] if i < 3 else []
        await Subscriber.create(openid=f"o-fan-{i:03d}", tags=tags, district="xincheng")
    fan = await Subscriber.get(openid="o-fan-002")
    month = datetime.now(TZ).strftime("%Y-%m")
    await MassSendQuota.create(subscriber_id=fan.id, month=month, used=4)  # this month's four are used up


def article_form(cover_id: int, image_id: int, **overrides: str) -> dict[str, str]:
    form = {
        "title": "5·20 世界计量日开放日",
        "author": "市计量所",
        "digest": "欢迎走进计量实验室",
        "body": f"今年世界计量日，计量所向市民开放。\n[图片:{image_id}]\n现场可免费检测家用血压计。",
        "source_url": "https://example.org/wmd",
        "cover_id": str(cover_id),
    }
    form.update(overrides)
    return form


def first_id(pattern: str, text: str) -> int:
    match = re.search(pattern, text)
    assert match, pattern
    return int(match.group(1))


async def test_article_goes_out_after_a_second_person_approved_what_they_previewed(  # type: ignore[no-untyped-def]
    app: web.Application, browser_user, console_staff, sandbox_api: SandboxApi, run_jobs, monkeypatch
) -> None:
    await followers()
    editor_account = await console_staff(StaffRole.PUBLICITY_EDITOR)
    reviewer_account = await console_staff(StaffRole.PUBLICITY_REVIEWER)
    editor, reviewer = browser_user(), browser_user()
    await editor.login(editor_account.username)
    await reviewer.login(reviewer_account.username)

    # Pictures become permanent material once; the same bytes again are the same asset.
    await editor.get("/console/publicity/media")
    await upload_form(editor, "/console/publicity/media", "cover.png", picture("navy", (900, 500)))
    await upload_form(editor, "/console/publicity/media", "lab.png", picture("teal", (640, 480)))
    await upload_form(editor, "/console/publicity/media", "again.png", picture("teal", (640, 480)))
    assert len((await publishing_state(sandbox_api))["materials"]) == 2
    bad = await upload_form(editor, "/console/publicity/media", "note.png", b"not a picture")
    assert "只能上传 PNG、JPEG 或 GIF 图片" in bad
    ids = sorted(int(i) for i in re.findall(r'id="media-(\d+)"', await editor.get("/console/publicity/media")))
    cover_id, image_id = ids

    # The article is saved as a WeChat draft; its body image goes through uploadimg.
    await editor.get("/console/publicity/articles/new")
    too_long = await editor.post("/console/publicity/articles", article_form(cover_id, image_id, title="长" * 33))
    assert "标题不能超过 32 个字" in too_long
    page = await editor.post("/console/publicity/articles", article_form(cover_id, image_id))
    article = await Article.get(title="5·20 世界计量日开放日")
    drafts = (await publishing_state(sandbox_api))["drafts"]
    assert list(drafts) == [article.draft_media_id]
    assert "mmbiz.qpic.cn/sandbox-article/" in drafts[article.draft_media_id][0]["content"]
    assert "phone-preview" in page and f"/console/publicity/media/{image_id}/image" in page

    # A campaign to one tag: counted before approval (one of the three has used this month's quota).
    send_at = datetime.now(TZ).strftime("%Y-%m-%dT%H:%M")
    count = await editor.get(
        "/console/publicity/audience-count", params={"audience_kind": "tag", "tag": "计量志愿者", "send_at": send_at}
    )
    assert "<b>3</b> 位粉丝" in count and "其中 1 位" in count and "预计送达 <b>2</b>" in count
    await editor.get(f"/console/publicity/articles/{article.id}")
    page = await editor.post(
        f"/console/publicity/articles/{article.id}/campaign",
        {"audience_kind": "tag", "tag": "计量志愿者", "send_at": send_at},
    )
    campaign_id = first_id(r"图文群发 #(\d+)", page)

    # Submitting needs the editor's own preview of this version.
    page = await editor.post(f"/console/publicity/campaigns/{campaign_id}/submit")
    assert "请先把当前版本预览到自己的微信" in page
    await editor.post(f"/console/publicity/articles/{article.id}/preview", {"openid": EDITOR_OPENID})
    page = await editor.post(f"/console/publicity/campaigns/{campaign_id}/submit")
    assert "已提交审核" in page

    # The reviewer must preview too, then approves exactly that version.
    page = await reviewer.get(f"/console/publicity/campaigns/{campaign_id}")
    assert "您还没有预览当前版本" in page
    page = await reviewer.post(f"/console/publicity/campaigns/{campaign_id}/approve")
    assert "请先把当前版本预览到自己的微信再审核" in page
    back = f"/console/publicity/campaigns/{campaign_id}"
    await reviewer.post(f"/console/publicity/articles/{article.id}/preview", {"openid": REVIEWER_OPENID, "back": back})
    previews = (await publishing_state(sandbox_api))["previews"]
    assert [p["openid"] for p in previews] == [EDITOR_OPENID, REVIEWER_OPENID]
    page = await reviewer.post(f"/console/publicity/campaigns/{campaign_id}/approve")
    assert "已审核通过" in page
    link = await CampaignArticle.get(campaign_id=campaign_id)
    assert link.approved_hash == article.content_hash and link.audience_count == 3

    # Any edit voids the approval: back to draft, and nothing goes out.
    edited = article_form(cover_id, image_id, digest="改过的摘要")
    page = await editor.post(f"/console/publicity/articles/{article.id}", edited)
    assert "原审核作废" in page
    assert (await Campaign.get(id=campaign_id)).status == "draft"
    assert (await CampaignArticle.get(campaign_id=campaign_id)).approved_hash is None

    # Round two: both preview the new version, approve, and the time comes.
    await editor.post(f"/console/publicity/articles/{article.id}/preview", {"openid": EDITOR_OPENID})
    await editor.post(f"/console/publicity/campaigns/{campaign_id}/submit")
    await reviewer.post(f"/console/publicity/articles/{article.id}/preview", {"openid": REVIEWER_OPENID, "back": back})
    assert "已审核通过" in await reviewer.post(f"/console/publicity/campaigns/{campaign_id}/approve")
    await arrive(app, campaign_id)
    await run_jobs()
    campaign = await Campaign.get(id=campaign_id)
    assert campaign.status == "sent" and campaign.recipient_count == 3
    mass = (await publishing_state(sandbox_api))["mass"]
    assert len(mass) == 1 and mass[0]["text"] == f"mpnews:{article.draft_media_id}"
    assert sorted(mass[0]["openids"]) == ["o-fan-000", "o-fan-001"]  # o-fan-002 skipped: monthly limit

    # The next day the data-cube job pulls the reads; the figures page shows them and exports them.
    msg_data_id = mass[0]["msg_id"] * 10
    await sandbox_api.post(
        "/sandbox/publishing/reads", msg_data_id=msg_data_id, read_user=2, read_count=7, share_count=1
    )
    await sandbox_api.advance_clock(86400)
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    monkeypatch.setattr("publicity.jobs.now_utc", lambda: tomorrow)
    result = await pull_data_cube(job_context(app[RESOURCES]))
    assert result["article_rows"] >= 1
    assert (await CubeArticleDay.get(msg_data_id=msg_data_id)).read_count == 7
    page = await reviewer.get("/console/publicity/stats")
    assert re.search(r"5·20 世界计量日开放日</a></td><td>2</td><td>7</td><td>1</td>", page)
    async with reviewer.client.get("/console/publicity/stats.xlsx") as resp:
        assert resp.status == 200 and (await resp.read())[:2] == b"PK"
    actions = await audit_actions()
    for action in (
        "publicity.media_upload",
        "publicity.article_save",
        "publicity.preview",
        "publicity.campaign_approve",
    ):
        assert action in actions


async def test_reviewer_cannot_approve_an_article_they_wrote(  # type: ignore[no-untyped-def]
    browser_user, console_staff
) -> None:
    both = await console_staff(StaffRole.PUBLICITY_EDITOR, StaffRole.PUBLICITY_REVIEWER)
    user = browser_user()
    await user.login(both.username)
    await user.get("/console/publicity/media")
    await upload_form(user, "/console/publicity/media", "c.png", picture("olive"))
    cover_id = int(re.findall(r'id="media-(\d+)"', await user.get("/console/publicity/media"))[0])
    await user.get("/console/publicity/articles/new")
    await user.post("/console/publicity/articles", article_form(cover_id, cover_id, body="只有文字的正文。"))
    article = await Article.get(title="5·20 世界计量日开放日")
    send_at = (datetime.now(TZ) + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M")
    page = await user.post(
        f"/console/publicity/articles/{article.id}/campaign", {"audience_kind": "all", "send_at": send_at}
    )
    campaign_id = first_id(r"图文群发 #(\d+)", page)
    await user.post(f"/console/publicity/articles/{article.id}/preview", {"openid": EDITOR_OPENID})
    await user.post(f"/console/publicity/campaigns/{campaign_id}/submit")
    page = await user.post(f"/console/publicity/campaigns/{campaign_id}/approve")
    assert "不能审核自己" in page
    assert (await Campaign.get(id=campaign_id)).status == "in_review"


async def test_tags_are_kept_in_step_with_wechat(  # type: ignore[no-untyped-def]
    browser_user, console_staff, sandbox_api: SandboxApi, gateway
) -> None:
    from publicity import wechat_api

    await Subscriber.create(openid="o-tag-a", tags=["志愿者"])
    editor = browser_user()
    await editor.login((await console_staff(StaffRole.PUBLICITY_EDITOR)).username)
    await editor.get("/console/publicity/tags")
    assert "已建立，并已同步到微信" in await editor.post("/console/publicity/tags", {"name": "志愿者"})
    assert "标签名已存在" in await editor.post("/console/publicity/tags", {"name": "志愿者"})
    remote = await wechat_api.tag_create(gateway, "商户")  # made in WeChat's own console
    await wechat_api.tag_users(gateway, remote, ["o-tag-b"])
    await Subscriber.create(openid="o-tag-b")
    page = await editor.post("/console/publicity/tags/sync")
    assert "新发现标签 1 个" in page and "推送成员 1 人次" in page and "拉取成员 1 人次" in page
    assert (await Subscriber.get(openid="o-tag-b")).tags == ["商户"]
    state = await publishing_state(sandbox_api)
    ours = next(i for i, n in state["tags"].items() if n == "志愿者")
    assert int(ours) in state["user_tags"]["o-tag-a"]


async def test_calendar_marks_fixed_days_and_unreviewed_drafts(browser_user, console_staff) -> None:  # type: ignore[no-untyped-def]
    user = browser_user()
    await user.login((await console_staff(StaffRole.PUBLICITY_REVIEWER)).username)
    september = datetime(datetime.now(TZ).year, 9, 5, 9, tzinfo=TZ)
    await Campaign.create(title="质量月宣传", summary="九月质量月", channel="mass", send_at=september)
    page = await user.get("/console/publicity/calendar")
    assert "3·15" in page and "5·20" in page and "质量月宣传" in page and "尚未审核通过的活动（1）" in page


async def test_faq_answers_are_counted_per_day_for_the_figures(client, browser_user, console_staff) -> None:  # type: ignore[no-untyped-def]
    for question in ("电子秤多久检定一次", "今天天气怎么样"):
        resp = await client.post("/api/v1/knowledge/ask", json={"question": question})
        assert resp.status == 200
    user = browser_user()
    await user.login((await console_staff(StaffRole.PUBLICITY_REVIEWER)).username)
    for _ in range(50):  # the counts are written after the reply, off the request path
        page = await user.get("/console/publicity/stats")
        if "共 2 问" in page:
            break
        await asyncio.sleep(0.05)
    assert "共 2 问" in page
