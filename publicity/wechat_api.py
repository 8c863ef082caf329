"""The official account's publishing calls, over the project's WeChat gateway (token cache, one retry on a
rejected token, errcode -> exception): permanent material, article images, drafts, preview, mass send of an
article by media_id, user tags and the data cube."""

from __future__ import annotations

from datetime import date
from typing import Any

import aiohttp

from core.wechat import (
    WeChatError,
    WeChatGateway,
    WeChatTokenInvalid,
    WeChatUnavailable,
    error_for,
)

ERROR_TEXT = {
    40005: "图片格式不受支持（素材限 bmp/png/jpeg/jpg/gif，正文图片限 jpg/png）",
    40007: "微信素材或草稿不存在（media_id 无效）",
    40009: "图片太大（永久素材不超过 10MB，正文图片不超过 1MB）",
    45002: "正文太长（不超过 2 万字）",
    45003: "标题太长（不超过 32 个字）",
    45004: "摘要太长（不超过 128 个字）",
    45110: "作者太长（不超过 16 个字）",
    45009: "今日微信接口调用次数已用完（预览每天最多 100 次）",
    45028: "没有群发额度：所选粉丝本月已收满 4 条群发",
    45157: "标签名已存在",
    45158: "标签名太长（不超过 30 个字）",
    45056: "标签数量已达上限（100 个）",
    43004: "该微信号未关注公众号，无法预览",
    40003: "OpenID 无效",
}


def explain(exc: WeChatError) -> str:
    """A Chinese sentence for staff about what WeChat refused."""
    if exc.errcode in ERROR_TEXT:
        return ERROR_TEXT[exc.errcode]
    if exc.errcode is None:
        return "暂时无法连接微信服务器，请稍后重试"
    return f"微信返回错误 {exc.errcode}"


async def _upload(gateway: WeChatGateway, path: str, params: dict[str, str], name: str, data: bytes) -> dict[str, Any]:
    """A multipart upload with the same token handling as the gateway's JSON calls."""
    for attempt in (1, 2):
        token = await gateway.access_token(gateway.mp_appid)
        form = aiohttp.FormData()
        form.add_field("media", data, filename=name, content_type="application/octet-stream")
        try:
            url = gateway.api_base + path
            async with gateway.http.post(url, params={**params, "access_token": token}, data=form) as resp:
                status, raw = resp.status, await resp.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            raise WeChatUnavailable(f"{path}: {type(exc).__name__}") from None
        if status >= 500 or not isinstance(raw, dict):
            raise WeChatUnavailable(f"{path}: HTTP {status}")
        errcode = int(raw.get("errcode") or 0)
        if not errcode:
            return raw
        error = error_for(errcode, str(raw.get("errmsg", "")), raw)
        if isinstance(error, WeChatTokenInvalid) and attempt == 1:
            await gateway.tokens.discard(gateway.mp_appid, token)
            continue
        raise error
    raise AssertionError("unreachable")


async def add_image_material(gateway: WeChatGateway, *, filename: str, data: bytes) -> tuple[str, str]:
    """新增永久图片素材 → (media_id, url)."""
    payload = await _upload(gateway, "/cgi-bin/material/add_material", {"type": "image"}, filename, data)
    return str(payload["media_id"]), str(payload["url"])


async def upload_article_image(gateway: WeChatGateway, *, filename: str, data: bytes) -> str:
    """上传图文消息内的图片 → URL (jpg/png ≤ 1 MB)."""
    payload = await _upload(gateway, "/cgi-bin/media/uploadimg", {}, filename, data)
    return str(payload["url"])


async def _post(gateway: WeChatGateway, path: str, body: dict[str, Any]) -> dict[str, Any]:
    return await gateway._call(gateway.mp_appid, "POST", path, body=body)


def draft_article(article: dict[str, Any]) -> dict[str, Any]:
    return {
        "title": article["title"],
        "author": article["author"],
        "digest": article["digest"],
        "content": article["body"],
        "content_source_url": article["source_url"],
        "thumb_media_id": article["thumb_media_id"],
        "need_open_comment": 0,
        "only_fans_can_comment": 0,
    }


async def draft_add(gateway: WeChatGateway, article: dict[str, Any]) -> str:
    payload = await _post(gateway, "/cgi-bin/draft/add", {"articles": [draft_article(article)]})
    return str(payload["media_id"])


async def draft_update(gateway: WeChatGateway, media_id: str, article: dict[str, Any]) -> None:
    await _post(
        gateway, "/cgi-bin/draft/update", {"media_id": media_id, "index": 0, "articles": draft_article(article)}
    )


async def draft_get(gateway: WeChatGateway, media_id: str) -> list[dict[str, Any]]:
    payload = await _post(gateway, "/cgi-bin/draft/get", {"media_id": media_id})
    return list(payload.get("news_item") or [])


async def draft_delete(gateway: WeChatGateway, media_id: str) -> None:
    await _post(gateway, "/cgi-bin/draft/delete", {"media_id": media_id})


async def preview(gateway: WeChatGateway, *, openid: str, media_id: str) -> None:
    """群发预览：把草稿发到一个微信号（每天 100 次）。"""
    await _post(
        gateway,
        "/cgi-bin/message/mass/preview",
        {"touser": openid, "msgtype": "mpnews", "mpnews": {"media_id": media_id}},
    )


# --- tags -------------------------------------------------------------------------------------------------


async def tag_create(gateway: WeChatGateway, name: str) -> int:
    payload = await _post(gateway, "/cgi-bin/tags/create", {"tag": {"name": name}})
    return int(payload["tag"]["id"])


async def tag_update(gateway: WeChatGateway, tag_id: int, name: str) -> None:
    await _post(gateway, "/cgi-bin/tags/update", {"tag": {"id": tag_id, "name": name}})


async def tag_delete(gateway: WeChatGateway, tag_id: int) -> None:
    await _post(gateway, "/cgi-bin/tags/delete", {"tag": {"id": tag_id}})


async def tags_get(gateway: WeChatGateway) -> list[dict[str, Any]]:
    payload = await gateway._call(gateway.mp_appid, "GET", "/cgi-bin/tags/get")
    return list(payload.get("tags") or [])


async def tag_members(gateway: WeChatGateway, tag_id: int) -> list[str]:
    openids: list[str] = []
    next_openid = ""
    while True:
        payload = await _post(gateway, "/cgi-bin/user/tag/get", {"tagid": tag_id, "next_openid": next_openid})
        page = list((payload.get("data") or {}).get("openid") or [])
        openids += page
        next_openid = str(payload.get("next_openid") or "")
        if not page or not next_openid:
            return openids


async def tag_users(gateway: WeChatGateway, tag_id: int, openids: list[str], *, untag: bool = False) -> None:
    path = "/cgi-bin/tags/members/batchuntagging" if untag else "/cgi-bin/tags/members/batchtagging"
    for start in range(0, len(openids), 50):  # WeChat takes 50 openids per call
        await _post(gateway, path, {"openid_list": openids[start : start + 50], "tagid": tag_id})


# --- data cube --------------------------------------------------------------------------------------------


async def cube(gateway: WeChatGateway, name: str, begin: date, end: date) -> list[dict[str, Any]]:
    """数据统计接口（getusersummary/getusercumulate 最多 7 天，getarticlesummary/getarticletotal 1 天）。"""
    payload = await _post(gateway, f"/datacube/{name}", {"begin_date": begin.isoformat(), "end_date": end.isoformat()})
    return list(payload.get("list") or [])
