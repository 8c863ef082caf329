"""宣传: the publicity office's desk. Media library (permanent material), the article editor saved as a WeChat
draft with a phone-sized preview, previews to a WeChat account, campaigns that mass-send the article by
media_id after a second person approved the version they previewed, audiences with their count and monthly
quota, WeChat tags, and the figures (data cube and our own) with Excel export."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any

from aiohttp import web
from pydantic import ValidationError

from campaigns import service as campaign_service
from campaigns.models import CampaignStatus
from campaigns.schemas import AudienceSpec
from complaints import service as complaints_service
from console.pages import VISITOR, flash, form_data, page, parse_day, redirect, redis_of, render
from console.xlsx import csv_to_xlsx, xlsx_response
from core import audit
from core.clock import ZONE as TZ
from core.districts import all_districts, find_district
from core.errors import InvalidInput, NotFound, ServiceError
from core.keys import ARQ, RESOURCES
from core.limits import large_body
from core.models import StaffAccount, StaffRole
from core.wechat import WeChatGateway
from publicity import analytics, audience, bot_content, content, tags
from publicity import campaigns as article_campaigns
from publicity.models import Article

routes = web.RouteTableDef()
EDITOR, REVIEWER = StaffRole.PUBLICITY_EDITOR, StaffRole.PUBLICITY_REVIEWER
BASE = "/console/publicity"
STATUS_LABELS = {
    "draft": "草稿",
    "in_review": "待审核",
    "scheduled": "已排期",
    "sending": "发送中",
    "sent": "已发送",
    "partially_failed": "部分失败",
    "cancelled": "已取消",
}
EVENT_LABELS = {
    "created": "起草",
    "edited": "修改",
    "submitted": "提交审核",
    "approved": "审核通过",
    "rejected": "退回",
    "withdrawn": "撤回为草稿",
    "rescheduled": "改期",
    "cancelled": "取消",
    "sending_started": "开始发送",
    "audience_frozen": "接收人已冻结",
    "finished": "发送完毕",
    "resend_uncertain": "重发未确定的接收人",
}
AUDIENCE_KINDS = {"all": "全部粉丝", "tag": "微信标签", "district": "旗县区", "market": "扫过某市场二维码的粉丝"}


def gateway_of(request: web.Request) -> WeChatGateway:
    return request.config_dict[RESOURCES].wechat


def _id(request: web.Request, name: str = "id") -> int:
    raw = request.match_info[name]
    if not raw.isdigit() or not 0 < int(raw) < 2**31:
        raise NotFound("没有找到相关记录")
    return int(raw)


async def _back(request: web.Request, exc: ServiceError, location: str) -> web.HTTPFound:
    await flash(request, exc.message, "error")
    return redirect(location)


# --- overview -----------------------------------------------------------------------------------------------


@routes.get(BASE)
@page(EDITOR, REVIEWER)
async def overview(request: web.Request) -> web.StreamResponse:
    articles = await content.recent_articles(50)
    links = await article_campaigns.recent_links(50)
    waiting = [link for link in links if link.campaign.status == CampaignStatus.IN_REVIEW]
    return await render(
        request,
        "publicity/index.html",
        {"articles": articles, "links": links, "waiting": waiting, "labels": STATUS_LABELS},
    )


# --- media library ------------------------------------------------------------------------------------------


@routes.get(BASE + "/media")
@page(EDITOR, REVIEWER)
async def media_library(request: web.Request) -> web.StreamResponse:
    assets = await content.media_assets(200)
    uses = await content.media_uses(assets)
    return await render(request, "publicity/media.html", {"assets": assets, "uses": uses})


@routes.post(BASE + "/media")
@large_body
@page(EDITOR)
async def media_upload(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    form = await request.post()
    upload = form.get("image")
    if not isinstance(upload, web.FileField):
        await flash(request, "请选择要上传的图片", "error")
        raise redirect(BASE + "/media")
    data = upload.file.read(content.MAX_IMAGE_BYTES + 1)
    try:
        asset = await content.upload_image(gateway_of(request), actor=staff, filename=upload.filename, data=data)
    except ServiceError as exc:
        raise await _back(request, exc, BASE + "/media") from None
    await audit.record(
        request, "publicity.media_upload", actor=staff, target=f"media:{asset.id}", details={"media_id": asset.media_id}
    )
    await flash(request, f"图片已上传到微信永久素材（编号 {asset.id}）")
    raise redirect(BASE + "/media")


@routes.get(BASE + "/media/{id}/image")
@page(EDITOR, REVIEWER)
async def media_image(request: web.Request) -> web.StreamResponse:
    asset = await content.get_media(_id(request))
    if asset is None:
        raise NotFound("没有找到这张图片")
    return web.Response(
        body=asset.data, content_type=asset.content_type, headers={"Cache-Control": "private, max-age=86400"}
    )


# --- articles -----------------------------------------------------------------------------------------------


async def _article_page(request: web.Request, article: Article | None, form: dict[str, str] | None = None) -> Any:
    assets = await content.media_assets(200)
    context: dict[str, Any] = {
        "article": article,
        "form": form
        or (
            {
                "title": article.title,
                "author": article.author,
                "digest": article.digest,
                "body": article.body,
                "source_url": article.source_url,
                "cover_id": str(article.cover_id),  # type: ignore[attr-defined]
            }
            if article
            else {"title": "", "author": "", "digest": "", "body": "", "source_url": "", "cover_id": ""}
        ),
        "assets": assets,
        "phone_html": content.phone_html(article) if article else "",
        "previews": [],
        "links": [],
        "labels": STATUS_LABELS,
        "audience_kinds": AUDIENCE_KINDS,
        "districts": all_districts(),
        "markets": await complaints_service.active_markets(),
        "tags": await tags.all_tags(),
        "default_send_at": (datetime.now(TZ) + timedelta(days=1)).replace(hour=9, minute=0).strftime("%Y-%m-%dT%H:%M"),
    }
    if article is not None:
        context["previews"] = await content.previews_of(article.id, 20)
        context["links"] = await article_campaigns.campaigns_of(article.id)
    return await render(request, "publicity/article.html", context)


@routes.get(BASE + "/articles/new")
@page(EDITOR)
async def article_new(request: web.Request) -> web.StreamResponse:
    return await _article_page(request, None)


@routes.get(BASE + "/articles/{id}")
@page(EDITOR, REVIEWER)
async def article_view(request: web.Request) -> web.StreamResponse:
    return await _article_page(request, await content.get_article(_id(request)))


async def _save(request: web.Request, article_id: int | None) -> web.StreamResponse:
    staff = request[VISITOR].staff
    form = await form_data(request)
    try:
        data = content.ArticleInput.from_form(form)
        article, voided = await content.save_article(gateway_of(request), actor=staff, data=data, article_id=article_id)
        withdrawn = await article_campaigns.void_approvals(actor=staff, campaigns=voided, arq=request.config_dict[ARQ])
    except ServiceError as exc:
        await flash(request, exc.message, "error")
        current = await content.get_article(article_id) if article_id else None
        return await _article_page(request, current, form)
    await audit.record(
        request,
        "publicity.article_save",
        actor=staff,
        target=f"article:{article.id}",
        details={"hash": article.content_hash, "draft_media_id": article.draft_media_id, "withdrawn": withdrawn},
    )
    message = "已保存到微信草稿箱"
    if withdrawn:
        message += f"；文章改动后原审核作废，{withdrawn} 次群发已退回草稿，需重新预览和审核"
    await flash(request, message, "warn" if withdrawn else "ok")
    raise redirect(f"{BASE}/articles/{article.id}")


@routes.post(BASE + "/articles")
@page(EDITOR)
async def article_create(request: web.Request) -> web.StreamResponse:
    return await _save(request, None)


@routes.post(BASE + "/articles/{id}")
@page(EDITOR)
async def article_update(request: web.Request) -> web.StreamResponse:
    return await _save(request, _id(request))


@routes.post(BASE + "/articles/{id}/preview")
@page(EDITOR, REVIEWER)
async def article_preview(request: web.Request) -> web.StreamResponse:
    """Send the draft as it is now to the staff member's own WeChat (mass/preview)."""
    staff = request[VISITOR].staff
    article = await content.get_article(_id(request))
    form = await form_data(request)
    back = form.get("back", "")
    location = back if back.startswith(BASE + "/") else f"{BASE}/articles/{article.id}"
    try:
        preview = await content.send_preview(
            gateway_of(request), actor=staff, article=article, openid=form.get("openid", "")
        )
    except ServiceError as exc:
        raise await _back(request, exc, location) from None
    await audit.record(
        request,
        "publicity.preview",
        actor=staff,
        target=f"article:{article.id}",
        details={"hash": preview.content_hash, "openid": preview.openid[:6] + "…"},
    )
    await flash(request, f"预览已发送到微信（版本 {preview.content_hash[:12]}），请在手机上查看")
    raise redirect(location)


# --- audience and campaigns ---------------------------------------------------------------------------------


def audience_spec(form: dict[str, str]) -> tuple[AudienceSpec, str]:
    kind = form.get("audience_kind", "all")
    try:
        if kind == "all":
            return AudienceSpec(), "全部粉丝"
        if kind == "tag":
            name = form.get("tag", "").strip()
            if not name:
                raise InvalidInput("请选择微信标签", code="tag_missing")
            return AudienceSpec(tags=[name]), f"标签「{name}」"
        if kind == "district":
            district = find_district(form.get("district", ""))
            if district is None:
                raise InvalidInput("请选择旗县区", code="district_missing")
            return AudienceSpec(districts=[district.slug]), district.name
        if kind == "market":
            market = form.get("market", "")
            if not market.isdigit() or not 0 < int(market) < 2**31:
                raise InvalidInput("请选择市场", code="market_missing")
            return AudienceSpec(scenes=[f"market:{int(market)}"]), f"扫过市场 {market} 二维码的粉丝"
    except ValidationError as exc:
        raise InvalidInput(str(exc.errors()[0]["msg"]), code="audience_invalid") from None
    raise InvalidInput("请选择发送对象", code="audience_invalid")


def parse_send_at(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput("发送时间格式应为 年-月-日 时:分", code="send_at_invalid") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=TZ)  # typed in Beijing time
    return moment


def describe(spec: AudienceSpec) -> str:
    if spec.tags:
        return "标签「" + "、".join(spec.tags) + "」"
    if spec.districts:
        return "、".join((find_district(d).name if find_district(d) else d) for d in spec.districts)  # type: ignore[union-attr]
    if spec.scenes:
        return "扫过市场二维码的粉丝（" + "、".join(s.removeprefix("market:") for s in spec.scenes) + "号市场）"
    return "全部粉丝"


@routes.get(BASE + "/audience-count")
@page(EDITOR, REVIEWER)
async def audience_count(request: web.Request) -> web.StreamResponse:
    """The htmx fragment under the audience form: followers now, and those whose monthly quota is used up."""
    form = dict(request.query.items())
    try:
        spec, label = audience_spec(form)
        send_at = parse_send_at(form.get("send_at") or datetime.now(TZ).strftime("%Y-%m-%dT%H:%M"))
    except ServiceError as exc:
        return await render(request, "publicity/audience_count.html", {"counted": None, "problem": exc.message})
    counted = await audience.count(spec, send_at=send_at)
    return await render(request, "publicity/audience_count.html", {"counted": counted, "label": label, "problem": ""})


@routes.post(BASE + "/articles/{id}/campaign")
@page(EDITOR)
async def campaign_create(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    article = await content.get_article(_id(request))
    form = await form_data(request)
    try:
        spec, _ = audience_spec(form)
        campaign = await article_campaigns.create_campaign(
            actor=staff, article=article, spec=spec, send_at=parse_send_at(form.get("send_at", ""))
        )
    except ServiceError as exc:
        raise await _back(request, exc, f"{BASE}/articles/{article.id}") from None
    except ValidationError as exc:
        await flash(request, str(exc.errors()[0]["msg"]).removeprefix("Value error, "), "error")
        raise redirect(f"{BASE}/articles/{article.id}") from None
    await audit.record(
        request,
        "publicity.campaign_create",
        actor=staff,
        target=f"campaign:{campaign.id}",
        details={"article": article.id},
    )
    await flash(request, "已建立群发，预览确认后请提交审核")
    raise redirect(f"{BASE}/campaigns/{campaign.id}")


@routes.get(BASE + "/campaigns/{id}")
@page(EDITOR, REVIEWER)
async def campaign_view(request: web.Request) -> web.StreamResponse:
    staff: StaffAccount = request[VISITOR].staff
    link = await article_campaigns.link_of(_id(request))
    article = await content.get_article(link.article_id)  # type: ignore[attr-defined]
    campaign = link.campaign
    spec = AudienceSpec.model_validate(campaign.audience or {})
    counted = await audience.count(spec, send_at=campaign.send_at or datetime.now(TZ))
    context = {
        "link": link,
        "campaign": campaign,
        "article": article,
        "phone_html": content.phone_html(article),
        "audience_label": describe(spec),
        "counted": counted,
        "previewed": await content.previewed_current(article, staff),
        "events": await campaign_service.events(campaign.id),
        "stats": await campaign_service.stats(campaign.id) if campaign.audience_frozen else None,
        "labels": STATUS_LABELS,
        "approved_current": link.approved_hash == article.content_hash,
        "event_labels": EVENT_LABELS,
    }
    return await render(request, "publicity/campaign.html", context)


@routes.post(BASE + "/campaigns/{id}/{action:submit|approve|reject}")
@page(EDITOR, REVIEWER)
async def campaign_action(request: web.Request) -> web.StreamResponse:
    staff: StaffAccount = request[VISITOR].staff
    campaign_id, action = _id(request), request.match_info["action"]
    location = f"{BASE}/campaigns/{campaign_id}"
    form = await form_data(request)
    link = await article_campaigns.link_of(campaign_id)
    try:
        if action == "submit":
            if not staff.has_role(EDITOR):
                raise InvalidInput("只有宣传编辑可以提交审核", code="role_required")
            await article_campaigns.submit(actor=staff, campaign_id=campaign_id)
            message = "已提交审核"
        elif not staff.has_role(REVIEWER):
            raise InvalidInput("只有宣传审核人员可以审核", code="role_required")
        elif action == "approve":
            await article_campaigns.approve(
                actor=staff, campaign_id=campaign_id, arq=request.config_dict[ARQ], now=datetime.now(TZ)
            )
            message = "已审核通过，将按时群发"
        else:
            note = form.get("note", "").strip()[:500] or "退回修改"
            await campaign_service.reject(actor=staff, campaign_id=campaign_id, note=note)
            message = "已退回起草人"
    except ServiceError as exc:
        raise await _back(request, exc, location) from None
    await audit.record(
        request,
        f"publicity.campaign_{action}",
        actor=staff,
        target=f"campaign:{campaign_id}",
        details={"article": link.article_id, "hash": link.article.content_hash},  # type: ignore[attr-defined]
    )
    await flash(request, message)
    raise redirect(location)


# --- tags ----------------------------------------------------------------------------------------------------


@routes.get(BASE + "/tags")
@page(EDITOR, REVIEWER)
async def tag_list(request: web.Request) -> web.StreamResponse:
    return await render(request, "publicity/tags.html", {"tags": await tags.with_counts()})


@routes.post(BASE + "/tags")
@page(EDITOR)
async def tag_create(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    form = await form_data(request)
    try:
        tag = await tags.create(gateway_of(request), form.get("name", ""))
    except ServiceError as exc:
        raise await _back(request, exc, BASE + "/tags") from None
    await audit.record(request, "publicity.tag_create", actor=staff, target=f"tag:{tag.id}", details={"name": tag.name})
    await flash(request, f"标签「{tag.name}」已建立，并已同步到微信")
    raise redirect(BASE + "/tags")


@routes.post(BASE + "/tags/{id}/delete")
@page(EDITOR)
async def tag_delete(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    try:
        name = await tags.delete(gateway_of(request), _id(request))
    except ServiceError as exc:
        raise await _back(request, exc, BASE + "/tags") from None
    await audit.record(
        request, "publicity.tag_delete", actor=staff, target=f"tag:{_id(request)}", details={"name": name}
    )
    await flash(request, f"标签「{name}」已删除")
    raise redirect(BASE + "/tags")


@routes.post(BASE + "/tags/sync")
@page(EDITOR)
async def tag_sync(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    try:
        report = await tags.sync(gateway_of(request))
    except ServiceError as exc:
        raise await _back(request, exc, BASE + "/tags") from None
    await audit.record(request, "publicity.tag_sync", actor=staff, details=report)
    await flash(
        request,
        f"已与微信同步：新发现标签 {report['imported']} 个，"
        f"推送成员 {report['pushed']} 人次，拉取成员 {report['pulled']} 人次",
    )
    raise redirect(BASE + "/tags")


# --- figures -------------------------------------------------------------------------------------------------


def _period(request: web.Request) -> tuple[date, date]:
    end = parse_day(request.query.get("date_to"), "结束日期") or datetime.now(TZ).date()
    start = parse_day(request.query.get("date_from"), "开始日期") or end - timedelta(days=29)
    if start > end or (end - start).days > 366:
        raise InvalidInput("统计期间须在一年以内，且开始日期不能晚于结束日期", code="invalid_period")
    return start, end


async def _figures(request: web.Request) -> dict[str, Any]:
    start, end = _period(request)
    followers = await analytics.follower_days(start, end)
    reads = await analytics.campaign_reads()
    faq = await analytics.faq_figures(redis_of(request), start, end)
    outcomes = await analytics.delivery_outcomes()
    menu = await campaign_service.menu_stats(redis_of(request), start=start, end=end)
    bot_content.label_menu_items(await bot_content.live_content_now(), menu.items)
    menu_rows = [{"label": item.name or item.key, "event": item.event, "total": item.total} for item in menu.items]
    charts = {
        "followers_new": [[d.day.isoformat(), d.new_user] for d in followers],
        "followers_lost": [[d.day.isoformat(), d.cancel_user] for d in followers],
        "reads": [[f"{r['title']}（#{r['campaign_id']}）", r["reads"]] for r in reads],
        "menu_clicks": [[row["label"], row["total"]] for row in menu_rows[:20]],
        "faq_per_day": [[d["day"], int(d["confident"]) + int(d["suggest"]) + int(d["fallback"])] for d in faq["days"]],
        "faq_bands": [
            ["直接回答", faq["totals"]["confident"]],
            ["推荐相近问题", faq["totals"]["suggest"]],
            ["未能回答", faq["totals"]["fallback"]],
        ],
    }
    return {
        "date_from": start,
        "date_to": end,
        "followers": followers,
        "reads": reads,
        "faq": faq,
        "outcomes": outcomes,
        "menu": menu_rows,
        "charts_json": json.dumps(charts, ensure_ascii=False),
    }


@routes.get(BASE + "/stats")
@page(EDITOR, REVIEWER)
async def stats_page(request: web.Request) -> web.StreamResponse:
    return await render(request, "publicity/stats.html", await _figures(request))


@routes.get(BASE + "/stats.xlsx")
@page(EDITOR, REVIEWER)
async def stats_xlsx(request: web.Request) -> web.StreamResponse:
    staff = request[VISITOR].staff
    figures = await _figures(request)
    lines = ["类别,项目,日期/编号,数值1,数值2"]
    for d in figures["followers"]:
        lines.append(f"粉丝,新增/取消关注,{d.day},{d.new_user},{d.cancel_user}")
    for r in figures["reads"]:
        lines.append(f"群发文章,{_csv(r['title'])},{r['campaign_id']},{r['reads']},{r['shares']}")
    for d in figures["faq"]["days"]:
        lines.append(f"智能问答,直接回答/推荐,{d['day']},{d['confident']},{d['suggest']}")
    for row in figures["menu"]:
        lines.append(f"菜单点击,{_csv(row['label'])},{row['event']},{row['total']},")
    await audit.record(
        request,
        "publicity.export",
        actor=staff,
        details={"format": "xlsx", "from": figures["date_from"], "to": figures["date_to"]},
    )
    name = f"宣传统计-{figures['date_from']}-{figures['date_to']}.xlsx"
    return xlsx_response(csv_to_xlsx("\n".join(lines) + "\n", title="宣传统计"), name)


def _csv(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


# --- calendar ----------------------------------------------------------------------------------------------


@routes.get(BASE + "/calendar")
@page(EDITOR, REVIEWER)
async def calendar_page(request: web.Request) -> web.StreamResponse:
    """The year's campaigns month by month, the fixed days of the calendar data marked, drafts not yet reviewed."""
    from campaigns.calendar import load_calendar

    raw_year = request.query.get("year", "")
    year = int(raw_year) if raw_year.isdigit() and 2020 <= int(raw_year) <= 2100 else datetime.now(TZ).year
    campaigns = await campaign_service.campaigns_of_year(year)
    undated = await campaign_service.undated_drafts()
    months: list[dict[str, Any]] = [{"month": m, "fixed": [], "campaigns": []} for m in range(1, 13)]
    for event in load_calendar().events:
        months[event.month - 1]["fixed"].append(event)
    for campaign in campaigns:
        months[campaign.send_at.astimezone(TZ).month - 1]["campaigns"].append(campaign)  # type: ignore[union-attr]
    unreviewed = [c for c in [*campaigns, *undated] if c.status in (CampaignStatus.DRAFT, CampaignStatus.IN_REVIEW)]
    links = await article_campaigns.link_ids([c.id for c in campaigns])
    return await render(
        request,
        "publicity/calendar.html",
        {"year": year, "months": months, "unreviewed": unreviewed, "labels": STATUS_LABELS, "links": links},
    )
