"""Articles and their images: permanent material, the article saved as a WeChat draft, the phone preview,
previews to a WeChat account, and the content hash that ties a reviewer's approval to one version.

An article's body is written as paragraphs of plain text; a line `[图片:12]` places image 12 of the media
library. We build the HTML WeChat gets from it (escaped text, images by their uploadimg URLs), so no staff
input reaches a page as markup.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from campaigns import publicity_feed as campaigns_feed
from campaigns.publicity_feed import Campaign, CampaignStatus
from core.errors import InvalidInput, InvalidTransition, NotFound
from core.models import StaffAccount
from core.wechat import WeChatError, WeChatGateway
from publicity import wechat_api
from publicity.models import Article, ArticleImage, ArticlePreview, CampaignArticle, MediaAsset

MAX_IMAGE_BYTES = 10 * 1024 * 1024  # WeChat's permanent image limit
MAX_BODY_IMAGE_BYTES = 1024 * 1024  # uploadimg: jpg/png below 1 MB
IMAGE_KINDS = {
    b"\x89PNG\r\n\x1a\n": ("png", "image/png"),
    b"\xff\xd8\xff": ("jpg", "image/jpeg"),
    b"GIF8": ("gif", "image/gif"),
}
IMAGE_LINE = re.compile(r"^\[图片:(\d{1,9})\]$")
TITLE_MAX, AUTHOR_MAX, DIGEST_MAX, BODY_MAX, SOURCE_MAX = 32, 16, 128, 20_000, 500
LOCKED_STATUSES = (CampaignStatus.SENDING, CampaignStatus.SENT, CampaignStatus.PARTIALLY_FAILED)


class WeChatRefused(InvalidInput):
    code = "wechat_refused"


def wechat_refusal(exc: WeChatError) -> WeChatRefused:
    return WeChatRefused(wechat_api.explain(exc), code="wechat_refused", errcode=exc.errcode)


def image_kind(data: bytes) -> tuple[str, str]:
    for magic, kind in IMAGE_KINDS.items():
        if data.startswith(magic):
            return kind
    raise InvalidInput("只能上传 PNG、JPEG 或 GIF 图片", code="not_an_image")


async def upload_image(gateway: WeChatGateway, *, actor: StaffAccount, filename: str, data: bytes) -> MediaAsset:
    """Store a picture as permanent material once: the same bytes again return the existing asset."""
    if not data:
        raise InvalidInput("请选择要上传的图片", code="no_file")
    if len(data) > MAX_IMAGE_BYTES:
        raise InvalidInput("图片不能超过 10MB", code="image_too_large")
    suffix, content_type = image_kind(data)
    digest = hashlib.sha256(data).hexdigest()
    if existing := await MediaAsset.get_or_none(sha256=digest):
        return existing
    name = (re.sub(r"[^\w.\-]", "_", filename.rsplit("/", 1)[-1]) or "image")[:100]
    if not name.lower().endswith(f".{suffix}"):
        name = f"{name.rsplit('.', 1)[0]}.{suffix}"
    try:
        media_id, url = await wechat_api.add_image_material(gateway, filename=name, data=data)
    except WeChatError as exc:
        raise wechat_refusal(exc) from None
    return await MediaAsset.create(
        media_id=media_id,
        url=url,
        filename=name,
        sha256=digest,
        size=len(data),
        content_type=content_type,
        data=data,
        uploaded_by_id=actor.id,
    )


async def body_url(gateway: WeChatGateway, asset: MediaAsset) -> str:
    """The uploadimg URL of an asset, uploaded the first time a body uses it."""
    if asset.body_url:
        return asset.body_url
    if asset.content_type not in ("image/png", "image/jpeg") or asset.size > MAX_BODY_IMAGE_BYTES:
        raise InvalidInput(
            f"图片「{asset.filename}」不能放进正文：正文图片须为 JPG/PNG 且小于 1MB", code="body_image_unsuitable"
        )
    try:
        asset.body_url = await wechat_api.upload_article_image(gateway, filename=asset.filename, data=asset.data)
    except WeChatError as exc:
        raise wechat_refusal(exc) from None
    await asset.save(update_fields=["body_url"])
    return asset.body_url


@dataclass
class ArticleInput:
    title: str
    author: str
    digest: str
    body: str
    source_url: str
    cover_id: int

    @classmethod
    def from_form(cls, form: dict[str, str]) -> ArticleInput:
        def text(name: str, label: str, limit: int, *, required: bool = False) -> str:
            value = form.get(name, "").strip().replace("\r\n", "\n")
            if required and not value:
                raise InvalidInput(f"请填写{label}", code=f"{name}_missing")
            if len(value) > limit:
                raise InvalidInput(f"{label}不能超过 {limit} 个字", code=f"{name}_too_long")
            return value

        source = text("source_url", "原文链接", SOURCE_MAX)
        if source and not source.startswith(("http://", "https://")):
            raise InvalidInput("原文链接须以 http:// 或 https:// 开头", code="source_url_invalid")
        cover = form.get("cover_id", "")
        if not cover.isdigit() or not 0 < int(cover) < 2**31:
            raise InvalidInput("请选择封面图片", code="cover_missing")
        return cls(
            title=text("title", "标题", TITLE_MAX, required=True),
            author=text("author", "作者", AUTHOR_MAX),
            digest=text("digest", "摘要", DIGEST_MAX),
            body=text("body", "正文", BODY_MAX, required=True),
            source_url=source,
            cover_id=int(cover),
        )


def image_ids(body: str) -> list[int]:
    return [int(m.group(1)) for line in body.split("\n") if (m := IMAGE_LINE.match(line.strip()))]


def render_body(body: str, image_src: Callable[[int], str]) -> str:
    """The article HTML: a <p> per paragraph, an <img> per `[图片:id]` line; text is escaped."""
    parts = []
    for line in body.split("\n"):
        line = line.strip()
        if not line:
            continue
        if match := IMAGE_LINE.match(line):
            parts.append(f'<p><img src="{html.escape(image_src(int(match.group(1))))}" style="max-width:100%"></p>')
        else:
            parts.append(f"<p>{html.escape(line)}</p>")
    return "".join(parts)


def content_hash(data: ArticleInput, cover_media_id: str) -> str:
    """What a reviewer approves: every field WeChat shows, the cover by its material id."""
    canonical = {
        "title": data.title,
        "author": data.author,
        "digest": data.digest,
        "body": data.body,
        "source_url": data.source_url,
        "cover": cover_media_id,
    }
    return hashlib.sha256(json.dumps(canonical, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def input_of(article: Article) -> ArticleInput:
    return ArticleInput(
        article.title,
        article.author,
        article.digest,
        article.body,
        article.source_url,
        article.cover_id,  # type: ignore[attr-defined]
    )


async def get_article(article_id: int) -> Article:
    article = await Article.get_or_none(id=article_id).prefetch_related("cover")
    if article is None:
        raise NotFound("没有找到这篇文章", code="article_not_found")
    return article


async def _wechat_html(gateway: WeChatGateway, body: str) -> str:
    assets = {a.id: a for a in await MediaAsset.filter(id__in=image_ids(body))}
    missing = set(image_ids(body)) - set(assets)
    if missing:
        raise InvalidInput(f"正文引用的图片不存在：{'、'.join(map(str, sorted(missing)))}", code="image_missing")
    urls = {asset_id: await body_url(gateway, asset) for asset_id, asset in assets.items()}
    return render_body(body, lambda i: urls[i])


async def save_article(
    gateway: WeChatGateway, *, actor: StaffAccount, data: ArticleInput, article_id: int | None = None
) -> tuple[Article, list[Campaign]]:
    """Create or edit an article and its WeChat draft. Returns the campaigns whose approval this edit voided
    (the caller withdraws them: an approved version that changed must be reviewed again)."""
    cover = await MediaAsset.get_or_none(id=data.cover_id)
    if cover is None:
        raise InvalidInput("封面图片不存在，请从素材库选择", code="cover_missing")
    article = await get_article(article_id) if article_id else None
    if article is not None:
        locked = await CampaignArticle.filter(article_id=article.id, campaign__status__in=LOCKED_STATUSES).exists()
        if locked:
            raise InvalidTransition("这篇文章已经群发，不能再修改；请复制为新文章", code="article_sent")
    new_hash = content_hash(data, cover.media_id)
    draft = {
        "title": data.title,
        "author": data.author,
        "digest": data.digest,
        "body": await _wechat_html(gateway, data.body),
        "source_url": data.source_url,
        "thumb_media_id": cover.media_id,
    }
    fields: dict[str, Any] = {
        "title": data.title,
        "author": data.author,
        "digest": data.digest,
        "body": data.body,
        "source_url": data.source_url,
        "cover_id": cover.id,
        "content_hash": new_hash,
        "updated_by_id": actor.id,
    }
    try:
        if article is None:
            media_id = await wechat_api.draft_add(gateway, draft)
            article = await Article.create(**fields, draft_media_id=media_id, created_by_id=actor.id)
        else:
            if article.content_hash == new_hash and article.draft_media_id:
                return article, []
            if article.draft_media_id:
                await wechat_api.draft_update(gateway, article.draft_media_id, draft)
            else:
                fields["draft_media_id"] = await wechat_api.draft_add(gateway, draft)
            await Article.filter(id=article.id).update(**fields)
    except WeChatError as exc:
        raise wechat_refusal(exc) from None
    await ArticleImage.filter(article_id=article.id).delete()
    for media_id in set(image_ids(data.body)):
        await ArticleImage.create(article_id=article.id, media_id=media_id)
    linked = await CampaignArticle.filter(article_id=article.id).values("campaign_id")
    voided = await campaigns_feed.awaiting_send([row["campaign_id"] for row in linked])
    await CampaignArticle.filter(article_id=article.id).update(
        approved_hash=None, approved_by_id=None, approved_at=None
    )
    return await get_article(article.id), voided


async def send_preview(gateway: WeChatGateway, *, actor: StaffAccount, article: Article, openid: str) -> ArticlePreview:
    """Send the draft, as it is now, to one WeChat account (mass/preview) and remember who saw which version."""
    openid = openid.strip()
    if not re.fullmatch(r"[A-Za-z0-9_-]{6,64}", openid):
        raise InvalidInput("请填写正确的微信 OpenID（关注公众号后可在“我的”中查看）", code="openid_invalid")
    if not article.draft_media_id:
        raise InvalidInput("文章还没有保存到微信草稿箱", code="no_draft")
    try:
        await wechat_api.preview(gateway, openid=openid, media_id=article.draft_media_id)
    except WeChatError as exc:
        raise wechat_refusal(exc) from None
    return await ArticlePreview.create(
        article_id=article.id, content_hash=article.content_hash, staff_id=actor.id, openid=openid
    )


async def previewed_current(article: Article, staff: StaffAccount) -> bool:
    return await ArticlePreview.filter(
        article_id=article.id, staff_id=staff.id, content_hash=article.content_hash
    ).exists()


def phone_html(article: Article) -> str:
    """The body as the console's phone preview shows it: images from our own copies."""
    return render_body(article.body, lambda i: f"/console/publicity/media/{i}/image")


# --- reads for the console ---------------------------------------------------------------------------------


async def recent_articles(limit: int = 50) -> list[Article]:
    """The latest edited articles, with their cover."""
    return await Article.all().order_by("-updated_at").limit(limit).prefetch_related("cover")


async def media_assets(limit: int = 200) -> list[MediaAsset]:
    """The image library, newest first."""
    return await MediaAsset.all().order_by("-id").limit(limit)


async def get_media(asset_id: int) -> MediaAsset | None:
    return await MediaAsset.get_or_none(id=asset_id)


async def media_uses(assets: list[MediaAsset]) -> dict[int, list[Article]]:
    """Where each image is used: in an article's body, then as an article's cover ("where used")."""
    uses: dict[int, list[Article]] = {}
    for use in await ArticleImage.filter(media_id__in=[a.id for a in assets]).prefetch_related("article"):
        uses.setdefault(use.media_id, []).append(use.article)  # type: ignore[attr-defined]
    for article in await Article.filter(cover_id__in=[a.id for a in assets]):
        uses.setdefault(article.cover_id, []).append(article)  # type: ignore[attr-defined]
    return uses


async def previews_of(article_id: int, limit: int = 20) -> list[ArticlePreview]:
    """The latest previews sent of an article, with the staff member who got each."""
    return await ArticlePreview.filter(article_id=article_id).order_by("-id").limit(limit).prefetch_related("staff")
