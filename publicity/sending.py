"""What campaigns.delivery asks when it mass-sends a campaign that carries an article: the draft's media_id,
but only while the article is still exactly the version the reviewer approved; and where the msg_data_id goes."""

from __future__ import annotations

from dataclasses import dataclass

from publicity.models import ArticleSend, CampaignArticle


@dataclass(frozen=True)
class ApprovedArticle:
    media_id: str
    unchanged: bool  # False: edited after approval (the send must not go out)


async def approved_article(campaign_id: int) -> ApprovedArticle | None:
    """None for a text campaign."""
    link = await CampaignArticle.get_or_none(campaign_id=campaign_id).prefetch_related("article")
    if link is None:
        return None
    article = link.article
    unchanged = bool(link.approved_hash) and link.approved_hash == article.content_hash and bool(article.draft_media_id)
    return ApprovedArticle(media_id=article.draft_media_id or "", unchanged=unchanged)


async def record_send(*, campaign_id: int, msg_id: int, msg_data_id: int | None, recipients: int) -> None:
    if msg_data_id is None:  # a repeated clientmsgid: the first call recorded it
        return
    await ArticleSend.get_or_create(
        msg_data_id=msg_data_id, defaults={"campaign_id": campaign_id, "msg_id": msg_id, "recipients": recipients}
    )
