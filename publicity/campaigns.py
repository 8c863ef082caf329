"""A campaign that sends an article: created from the article, submitted after the editor previewed it,
approved by a second person who previewed exactly the current version (its content hash is recorded), and
withdrawn to draft when the article changes after that. The campaign engine (campaigns.service) does the
review states, scheduling and the exactly-once mass send."""

from __future__ import annotations

import re
from datetime import datetime

from arq.connections import ArqRedis

from campaigns import publicity_feed as campaigns_feed
from campaigns.publicity_feed import AudienceSpec, Campaign, CampaignCreate, CampaignStatus, Channel
from core.errors import Forbidden, InvalidInput, NotFound
from core.models import StaffAccount
from publicity import audience, content
from publicity.models import Article, CampaignArticle

SUMMARY_MAX = 200


def plain_text(article: Article) -> str:
    """The article as text, for the campaign record (the engine's fields); images leave a placeholder."""
    return re.sub(r"\[图片:\d+\]", "［图片］", article.body)[:20000]


async def create_campaign(*, actor: StaffAccount, article: Article, spec: AudienceSpec, send_at: datetime) -> Campaign:
    summary = (article.digest or article.body.split("\n", 1)[0]).strip()[:SUMMARY_MAX]
    if len(summary) < 2:
        summary = article.title
    data = CampaignCreate(
        title=article.title,
        summary=summary,
        body=plain_text(article),
        channel=Channel.MASS,
        audience=spec,
        send_at=send_at,
    )
    campaign = await campaigns_feed.create_draft(actor=actor, data=data)
    await CampaignArticle.create(campaign_id=campaign.id, article_id=article.id)
    return campaign


async def link_of(campaign_id: int) -> CampaignArticle:
    link = await CampaignArticle.get_or_none(campaign_id=campaign_id).prefetch_related("article", "campaign")
    if link is None:
        raise NotFound("没有找到这次图文群发", code="campaign_not_found")
    return link


async def submit(*, actor: StaffAccount, campaign_id: int) -> Campaign:
    link = await link_of(campaign_id)
    if not await content.previewed_current(link.article, actor):
        raise InvalidInput("请先把当前版本预览到自己的微信，确认无误后再提交审核", code="preview_required")
    spec = AudienceSpec.model_validate(link.campaign.audience or {})
    counted = await audience.count(spec, send_at=link.campaign.send_at or datetime.now().astimezone())
    link.audience_count = counted.followers
    await link.save(update_fields=["audience_count"])
    return await campaigns_feed.submit(
        actor=actor, campaign_id=campaign_id, note=f"预计接收 {counted.followers} 位粉丝"
    )


async def approve(*, actor: StaffAccount, campaign_id: int, arq: ArqRedis, now: datetime) -> Campaign:
    """The reviewer approves the version they previewed; the hash recorded is what the send checks."""
    link = await link_of(campaign_id)
    article = link.article
    if actor.id in (article.created_by_id, article.updated_by_id):
        raise Forbidden("不能审核自己撰写或修改过的文章，请由另一位审核人员审核", code="self_review_forbidden")
    if not await content.previewed_current(article, actor):
        raise Forbidden("请先把当前版本预览到自己的微信再审核（文章在您预览后又改过）", code="preview_required")
    approved_hash = article.content_hash
    spec = AudienceSpec.model_validate(link.campaign.audience or {})
    counted = await audience.count(spec, send_at=link.campaign.send_at or now)
    note = f"已预览版本 {approved_hash[:12]}；接收 {counted.followers} 位（本月群发已满 {counted.quota_used_up} 位）"
    campaign = await campaigns_feed.approve(actor=actor, campaign_id=campaign_id, note=note, arq=arq, now=now)
    updated = await CampaignArticle.filter(id=link.id).update(
        approved_hash=approved_hash, approved_by_id=actor.id, approved_at=now, audience_count=counted.followers
    )
    current = await Article.get(id=article.id)
    if not updated or current.content_hash != approved_hash:  # edited while we approved: the approval is void
        await campaigns_feed.withdraw(actor=actor, campaign_id=campaign_id, note="审核期间文章被修改", arq=arq)
        raise InvalidInput("审核期间文章被修改，请重新预览后再审核", code="content_changed")
    return campaign


async def void_approvals(*, actor: StaffAccount, campaigns: list[Campaign], arq: ArqRedis) -> int:
    """After an edit: campaigns in review or scheduled go back to draft (a new review of the new version)."""
    count = 0
    for campaign in campaigns:
        if campaign.status in (CampaignStatus.IN_REVIEW, CampaignStatus.SCHEDULED):
            await campaigns_feed.withdraw(actor=actor, campaign_id=campaign.id, note="文章已修改，原审核作废", arq=arq)
            count += 1
    return count


async def campaigns_of(article_id: int) -> list[CampaignArticle]:
    return await CampaignArticle.filter(article_id=article_id).prefetch_related("campaign").order_by("-id")


async def recent_links(limit: int = 50) -> list[CampaignArticle]:
    """The latest article campaigns, with campaign and article."""
    return await CampaignArticle.all().order_by("-id").limit(limit).prefetch_related("campaign", "article")


async def link_ids(campaign_ids: list[int]) -> dict[int, int]:
    """campaign id -> its article link's id, for the campaigns that send an article."""
    rows = await CampaignArticle.filter(campaign_id__in=campaign_ids).values("campaign_id", "id")
    return {row["campaign_id"]: row["id"] for row in rows}
