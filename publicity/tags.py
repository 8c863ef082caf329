"""WeChat user tags managed from the console: created, renamed and deleted at WeChat first, then here; members
are followers whose Subscriber.tags name the tag, pushed to WeChat (batchtagging) and pulled back (user/tag/get)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from core.errors import InvalidInput, NotFound
from core.models import Subscriber
from core.wechat import WeChatError, WeChatGateway
from publicity import wechat_api
from publicity.content import wechat_refusal
from publicity.models import WechatTag

NAME_MAX = 30
SYSTEM_TAG_IDS = {0, 1, 2}  # 黑名单, 星标组, 特别关注: WeChat's own


async def all_tags() -> list[WechatTag]:
    return await WechatTag.all().order_by("name")


async def with_counts() -> list[dict[str, Any]]:
    rows = await Subscriber.filter(following=True).values_list("tags", flat=True)
    counts: dict[str, int] = {}
    for names in rows:
        for name in names or []:
            counts[name] = counts.get(name, 0) + 1
    return [{"tag": tag, "members": counts.get(tag.name, 0)} for tag in await WechatTag.all().order_by("name")]


async def create(gateway: WeChatGateway, name: str) -> WechatTag:
    name = name.strip()
    if not name or len(name) > NAME_MAX:
        raise InvalidInput(f"标签名须为 1 至 {NAME_MAX} 个字", code="tag_name_invalid")
    if await WechatTag.filter(name=name).exists():
        raise InvalidInput("标签名已存在", code="tag_exists")
    try:
        wechat_id = await wechat_api.tag_create(gateway, name)
    except WeChatError as exc:
        raise wechat_refusal(exc) from None
    return await WechatTag.create(name=name, wechat_id=wechat_id, synced_at=datetime.now(UTC))


async def delete(gateway: WeChatGateway, tag_id: int) -> str:
    tag = await WechatTag.get_or_none(id=tag_id)
    if tag is None:
        raise NotFound("没有找到这个标签", code="tag_not_found")
    if tag.wechat_id is not None:
        try:
            await wechat_api.tag_delete(gateway, tag.wechat_id)
        except WeChatError as exc:
            if exc.errcode != 45159:  # already gone at WeChat
                raise wechat_refusal(exc) from None
    await tag.delete()
    return tag.name


async def sync(gateway: WeChatGateway) -> dict[str, int]:
    """Both ways: WeChat's tags we lack are imported; our members are tagged at WeChat, WeChat's members here."""
    imported = pushed = pulled = 0
    try:
        for remote in await wechat_api.tags_get(gateway):
            if int(remote["id"]) in SYSTEM_TAG_IDS:
                continue
            _, created = await WechatTag.get_or_create(
                wechat_id=int(remote["id"]), defaults={"name": str(remote["name"])[:NAME_MAX]}
            )
            imported += int(created)
        for tag in await WechatTag.filter(wechat_id__isnull=False):
            assert tag.wechat_id is not None
            ours = [
                row["openid"]
                for row in await Subscriber.filter(following=True).values("openid", "tags")
                if tag.name in (row["tags"] or [])
            ]
            theirs = set(await wechat_api.tag_members(gateway, tag.wechat_id))
            missing_there = [o for o in ours if o not in theirs]
            if missing_there:
                await wechat_api.tag_users(gateway, tag.wechat_id, missing_there)
                pushed += len(missing_there)
            for subscriber in await Subscriber.filter(openid__in=list(theirs - set(ours)), following=True):
                subscriber.tags = sorted({*(subscriber.tags or []), tag.name})
                await subscriber.save(update_fields=["tags"])
                pulled += 1
            tag.synced_at = datetime.now(UTC)
            await tag.save(update_fields=["synced_at"])
    except WeChatError as exc:
        raise wechat_refusal(exc) from None
    return {"imported": imported, "pushed": pushed, "pulled": pulled}
