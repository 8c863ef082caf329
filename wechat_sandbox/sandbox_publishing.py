"""The sandbox's publishing calls (wechat_sandbox.sandbox registers them): permanent material, article images, drafts,
publishing, mass send by media_id, preview, user tags and the data cube, with WeChat's limits and error codes.

Limits reproduced (official-account docs, 素材管理 / 草稿箱 / 发布能力 / 群发 / 用户标签 / 数据统计):
permanent images ≤ 10 MB (bmp/png/jpeg/jpg/gif), article images (`uploadimg`) jpg/png ≤ 1 MB; draft titles ≤ 32
characters (45003), authors ≤ 16 (45110), digests ≤ 128 (45004), content < 20,000 characters (45002), a cover
that is a permanent image (40007); 100 previews a day (45009); 4 mass messages per follower per calendar month on
a service account and `is_to_all` counted against them (45028 when nobody has quota left); clientmsgid seen in
the last 24 hours (45065 with the original msg_id); 100 tags (45056), names ≤ 30 characters (45158) and unique
(45157), the system tags 0-2 read-only (45058), 50 openids per batch tagging (40032), 20 tags per user (45059);
data-cube spans of 7 days (user analysis) and 1 day (articles), only up to yesterday (61501), ISO dates (61500).

Control endpoints (`/sandbox/publishing/...`) let tests name followers, add article reads and take the event
pushes (PUBLISHJOBFINISH, MASSSENDJOBFINISH) that WeChat would POST to the account's server URL.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web

from wechat_sandbox.sandbox import _text_content, json_body, wechat_endpoint, wx_error, wx_ok
from wechat_sandbox.sandbox_state import STATE, SandboxApp, SandboxState, WxFail

IMAGE_MAX_BYTES = 10 * 1024 * 1024
ARTICLE_IMAGE_MAX_BYTES = 1024 * 1024
IMAGE_TYPES = {"bmp", "png", "jpeg", "jpg", "gif"}
ARTICLE_IMAGE_TYPES = {"png", "jpeg", "jpg"}
TITLE_MAX, AUTHOR_MAX, DIGEST_MAX, CONTENT_MAX = 32, 16, 128, 20_000
DRAFT_MAX_ARTICLES = 8
PREVIEWS_PER_DAY = 100
MASS_MONTHLY_LIMIT = 4
MAX_TAGS, TAG_NAME_MAX, TAGS_PER_USER, BATCH_TAGGING_MAX = 100, 30, 20, 50
SYSTEM_TAG_IDS = {0, 1, 2}
USER_SPAN_DAYS, ARTICLE_SPAN_DAYS = 7, 1
CLIENTMSGID_TTL = 24 * 3600
BEIJING = ZoneInfo("Asia/Shanghai")  # the data cube's days are Beijing dates
IMAGE_MAGIC = {b"\x89PNG": "png", b"\xff\xd8\xff": "jpg", b"GIF8": "gif", b"BM": "bmp"}


@dataclass
class Material:
    media_id: str
    url: str
    kind: str
    size: int
    sha256: str


@dataclass
class Draft:
    media_id: str
    articles: list[dict[str, Any]]
    update_time: int


@dataclass
class Publishing:
    """What the sandbox knows of the account's content, tags, sends and figures."""

    materials: dict[str, Material] = field(default_factory=dict)
    article_images: dict[str, str] = field(default_factory=dict)  # url -> sha256
    drafts: dict[str, Draft] = field(default_factory=dict)
    published: list[dict[str, Any]] = field(default_factory=list)
    previews: list[dict[str, Any]] = field(default_factory=list)
    preview_days: Counter[str] = field(default_factory=Counter)
    tags: dict[int, str] = field(default_factory=lambda: {0: "黑名单", 1: "星标组", 2: "特别关注"})
    next_tag_id: int = 100
    user_tags: dict[str, list[int]] = field(default_factory=dict)  # openid -> tag ids
    followers: set[str] = field(default_factory=set)
    sendall: list[dict[str, Any]] = field(default_factory=list)
    clientmsgids: dict[str, tuple[int, float]] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)  # pushes waiting to be taken
    user_days: dict[str, dict[str, int]] = field(default_factory=dict)  # YYYY-MM-DD -> new/cancel/cumulate
    reads: dict[str, dict[str, int]] = field(default_factory=dict)  # msg_data_id -> read/share counts


PUBLISHING = web.AppKey("sandbox_publishing", Publishing)
routes = web.RouteTableDef()


def install(app: web.Application) -> None:
    """Called by wechat_sandbox.sandbox.create_sandbox_app: the routes and their state."""
    app[PUBLISHING] = Publishing()
    app.add_routes(routes)


def _pub(request: web.Request) -> Publishing:
    return request.app[PUBLISHING]


def _ok(**fields: Any) -> web.Response:
    return wx_ok(**fields)


async def _json(request: web.Request) -> dict[str, Any]:
    return await json_body(request, reject_escapes=True)


def _image_kind(data: bytes) -> str | None:
    return next((kind for magic, kind in IMAGE_MAGIC.items() if data.startswith(magic)), None)


async def _upload(request: web.Request) -> tuple[str, bytes]:
    if not request.content_type.startswith("multipart/"):
        raise WxFail(41005, "media data missing")
    reader = await request.multipart()
    async for part in reader:
        if getattr(part, "name", None) == "media":
            data = await part.read(decode=False)  # type: ignore[union-attr]
            return str(getattr(part, "filename", "") or ""), bytes(data)
    raise WxFail(41005, "media data missing")


def _check_image(filename: str, data: bytes, allowed: set[str], limit: int) -> str:
    suffix = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    kind = _image_kind(data)
    if suffix not in allowed or kind is None or kind not in allowed:
        raise WxFail(40005, "invalid file type")
    if len(data) > limit:
        raise WxFail(40009, "invalid image size")
    return kind


# --- material ----------------------------------------------------------------------------------------


@routes.post("/cgi-bin/material/add_material")
@wechat_endpoint(kind="mp")
async def add_material(request: web.Request, _state: SandboxState, _: SandboxApp | None) -> web.Response:
    if request.query.get("type") != "image":
        raise WxFail(40004, "invalid media type")
    filename, data = await _upload(request)
    _check_image(filename, data, IMAGE_TYPES, IMAGE_MAX_BYTES)
    media_id = secrets.token_urlsafe(24)
    url = f"http://mmbiz.qpic.cn/sandbox/{media_id}/0?wx_fmt=png"
    _pub(request).materials[media_id] = Material(media_id, url, "image", len(data), hashlib.sha256(data).hexdigest())
    return _ok(media_id=media_id, url=url)


@routes.post("/cgi-bin/media/uploadimg")
@wechat_endpoint(kind="mp")
async def upload_article_image(request: web.Request, _state: SandboxState, _: SandboxApp | None) -> web.Response:
    filename, data = await _upload(request)
    _check_image(filename, data, ARTICLE_IMAGE_TYPES, ARTICLE_IMAGE_MAX_BYTES)
    url = f"http://mmbiz.qpic.cn/sandbox-article/{secrets.token_urlsafe(18)}/0"
    _pub(request).article_images[url] = hashlib.sha256(data).hexdigest()
    return web.json_response({"url": url})  # WeChat answers this one without errcode


# --- drafts and publishing ---------------------------------------------------------------------------


def _article(pub: Publishing, raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise WxFail(47001, "data format error")
    title, author = str(raw.get("title") or ""), str(raw.get("author") or "")
    digest, content = str(raw.get("digest") or ""), str(raw.get("content") or "")
    if not title or len(title) > TITLE_MAX:
        raise WxFail(45003, "title size out of limit")
    if len(author) > AUTHOR_MAX:
        raise WxFail(45110, "author size out of limit")
    if len(digest) > DIGEST_MAX:
        raise WxFail(45004, "description size out of limit")
    if not content or len(content) >= CONTENT_MAX:
        raise WxFail(45002, "content size out of limit")
    if "<script" in content.lower():
        raise WxFail(45166, "invalid content hint: script tags are not allowed")
    thumb = str(raw.get("thumb_media_id") or "")
    if thumb not in pub.materials:
        raise WxFail(40007, "invalid media_id")
    source = str(raw.get("content_source_url") or "")
    if source and not source.startswith(("http://", "https://")):
        raise WxFail(45001, "content_source_url invalid")
    return {
        "title": title,
        "author": author,
        "digest": digest or content[:54],
        "content": content,
        "content_source_url": source,
        "thumb_media_id": thumb,
        "thumb_url": pub.materials[thumb].url,
        "need_open_comment": int(bool(raw.get("need_open_comment"))),
        "only_fans_can_comment": int(bool(raw.get("only_fans_can_comment"))),
        "url": f"http://mp.weixin.qq.com/s/sandbox-{secrets.token_urlsafe(9)}",
    }


def _draft(pub: Publishing, media_id: Any) -> Draft:
    draft = pub.drafts.get(str(media_id or ""))
    if draft is None:
        raise WxFail(40007, "invalid media_id")
    return draft


@routes.post("/cgi-bin/draft/add")
@wechat_endpoint(kind="mp")
async def draft_add(request: web.Request, state: SandboxState, _: SandboxApp | None) -> web.Response:
    body, pub = await _json(request), _pub(request)
    articles = body.get("articles")
    if not isinstance(articles, list) or not 1 <= len(articles) <= DRAFT_MAX_ARTICLES:
        raise WxFail(45008, "article size out of limit")
    media_id = secrets.token_urlsafe(30)
    pub.drafts[media_id] = Draft(media_id, [_article(pub, a) for a in articles], int(state.now()))
    return _ok(media_id=media_id)


@routes.post("/cgi-bin/draft/update")
@wechat_endpoint(kind="mp")
async def draft_update(request: web.Request, state: SandboxState, _: SandboxApp | None) -> web.Response:
    body, pub = await _json(request), _pub(request)
    draft = _draft(pub, body.get("media_id"))
    index = body.get("index", 0)
    if not isinstance(index, int) or not 0 <= index < len(draft.articles):
        raise WxFail(47001, "data format error, index out of range")
    draft.articles[index] = _article(pub, body.get("articles"))
    draft.update_time = int(state.now())
    return _ok()


@routes.post("/cgi-bin/draft/get")
@wechat_endpoint(kind="mp")
async def draft_get(request: web.Request, _state: SandboxState, _: SandboxApp | None) -> web.Response:
    draft = _draft(_pub(request), (await _json(request)).get("media_id"))
    return _ok(news_item=draft.articles, create_time=draft.update_time, update_time=draft.update_time)


@routes.post("/cgi-bin/draft/delete")
@wechat_endpoint(kind="mp")
async def draft_delete(request: web.Request, _state: SandboxState, _: SandboxApp | None) -> web.Response:
    pub = _pub(request)
    draft = _draft(pub, (await _json(request)).get("media_id"))
    del pub.drafts[draft.media_id]
    return _ok()


@routes.post("/cgi-bin/freepublish/submit")
@wechat_endpoint(kind="mp")
async def freepublish_submit(request: web.Request, state: SandboxState, app: SandboxApp | None) -> web.Response:
    pub = _pub(request)
    draft = _draft(pub, (await _json(request)).get("media_id"))
    publish_id = state.next_msg_id
    state.next_msg_id += 1
    article_id = secrets.token_urlsafe(16)
    pub.published.append({"publish_id": publish_id, "article_id": article_id, "articles": draft.articles})
    del pub.drafts[draft.media_id]  # a published draft leaves the draft box
    pub.events.append(
        {
            "Event": "PUBLISHJOBFINISH",
            "ToUserName": app.appid if app else "",
            "CreateTime": int(state.now()),
            "publish_id": publish_id,
            "publish_status": 0,
            "article_id": article_id,
            "article_urls": [a["url"] for a in draft.articles],
        }
    )
    return _ok(publish_id=publish_id, msg_data_id=publish_id * 10)


# --- mass send by media_id, preview --------------------------------------------------------------------


def mass_content(_state: SandboxState, app: web.Application, body: dict[str, Any]) -> str:
    """What a mass send carries: text, or an mpnews draft (wechat_sandbox.sandbox's mass/send calls this)."""
    if body.get("msgtype") == "mpnews":
        draft = _draft(app[PUBLISHING], (body.get("mpnews") or {}).get("media_id"))
        return "mpnews:" + draft.media_id
    return _text_content(body)


def _month(state: SandboxState) -> str:
    return time.strftime("%Y-%m", time.localtime(state.now()))


@routes.post("/cgi-bin/message/mass/sendall")
@wechat_endpoint(kind="mp")
async def mass_sendall(request: web.Request, state: SandboxState, app: SandboxApp | None) -> web.Response:

    body, pub = await _json(request), _pub(request)
    content = mass_content(state, request.app, body)
    flt = body.get("filter") or {}
    clientmsgid = str(body.get("clientmsgid") or "")
    if clientmsgid and (seen := pub.clientmsgids.get(clientmsgid)) and state.now() - seen[1] < CLIENTMSGID_TTL:
        return wx_error(45065, "clientmsgid exist", msg_id=seen[0])
    if flt.get("is_to_all"):
        targets = sorted(pub.followers)
    else:
        tag_id = flt.get("tag_id")
        if not isinstance(tag_id, int) or tag_id not in pub.tags:
            raise WxFail(40050, "invalid tag id")
        targets = sorted(o for o in pub.followers if tag_id in pub.user_tags.get(o, []))
    month, received = _month(state), state.audience.mass_received
    reachable = [o for o in targets if o not in state.audience.unsubscribed]
    delivered = [o for o in reachable if received[(o, month)] < MASS_MONTHLY_LIMIT]
    if reachable and not delivered:
        raise WxFail(45028, "has no masssend quota")
    for openid in delivered:
        received[(openid, month)] += 1
    msg_id = state.next_msg_id
    state.next_msg_id += 1
    if clientmsgid:
        pub.clientmsgids[clientmsgid] = (msg_id, state.now())
    record = {
        "msg_id": msg_id,
        "msg_data_id": msg_id * 10,
        "filter": flt,
        "content": content,
        "delivered": delivered,
        "over_quota": len(reachable) - len(delivered),
        "at": state.now(),
    }
    pub.sendall.append(record)
    pub.events.append(_mass_finished(app, state, msg_id, len(targets), len(reachable), len(delivered)))
    return _ok(msg_id=msg_id, msg_data_id=msg_id * 10)


def _mass_finished(
    app: SandboxApp | None, state: SandboxState, msg_id: int, total: int, filtered: int, sent: int
) -> dict[str, Any]:
    return {
        "Event": "MASSSENDJOBFINISH",
        "ToUserName": app.appid if app else "",
        "CreateTime": int(state.now()),
        "MsgID": msg_id,
        "Status": "send success",
        "TotalCount": total,
        "FilterCount": filtered,
        "SentCount": sent,
        "ErrorCount": filtered - sent,
    }


@routes.post("/cgi-bin/message/mass/preview")
@wechat_endpoint(kind="mp")
async def mass_preview(request: web.Request, state: SandboxState, _: SandboxApp | None) -> web.Response:
    body, pub = await _json(request), _pub(request)
    openid = str(body.get("touser") or "")
    if not openid:
        raise WxFail(40003, "invalid openid")
    if openid in state.audience.unsubscribed:
        raise WxFail(43004, "require subscribe hint")
    content = mass_content(state, request.app, body)
    day = time.strftime("%Y-%m-%d", time.localtime(state.now()))
    if pub.preview_days[day] >= PREVIEWS_PER_DAY:
        raise WxFail(45009, "reach max api daily quota limit")
    pub.preview_days[day] += 1
    media_id = content.removeprefix("mpnews:")
    articles = pub.drafts[media_id].articles if content.startswith("mpnews:") else []
    pub.previews.append(
        {"openid": openid, "media_id": media_id, "titles": [a["title"] for a in articles], "at": state.now()}
    )
    return _ok(msg_id=state.next_msg_id)


# --- tags ------------------------------------------------------------------------------------------------


def _tag_name(pub: Publishing, raw: Any, *, except_id: int | None = None) -> str:
    name = str(raw or "").strip()
    if not name or len(name) > TAG_NAME_MAX:
        raise WxFail(45158, "tag name too long")
    if any(n == name and i != except_id for i, n in pub.tags.items()):
        raise WxFail(45157, "invalid tag name")
    return name


def _tag_id(pub: Publishing, raw: Any) -> int:
    if not isinstance(raw, int) or raw not in pub.tags:
        raise WxFail(45159, "invalid tag id")
    return raw


def _tag_count(pub: Publishing, tag_id: int) -> int:
    return sum(tag_id in ids for ids in pub.user_tags.values())


@routes.post("/cgi-bin/tags/create")
@wechat_endpoint(kind="mp")
async def tags_create(request: web.Request, _state: SandboxState, _: SandboxApp | None) -> web.Response:
    body, pub = await _json(request), _pub(request)
    if len(pub.tags) >= MAX_TAGS:
        raise WxFail(45056, "too many tags")
    name = _tag_name(pub, (body.get("tag") or {}).get("name"))
    tag_id = pub.next_tag_id
    pub.next_tag_id += 1
    pub.tags[tag_id] = name
    return web.json_response({"tag": {"id": tag_id, "name": name}})


@routes.get("/cgi-bin/tags/get")
@wechat_endpoint(kind="mp")
async def tags_get(request: web.Request, _state: SandboxState, _: SandboxApp | None) -> web.Response:
    pub = _pub(request)
    tags = [{"id": i, "name": n, "count": _tag_count(pub, i)} for i, n in sorted(pub.tags.items())]
    return web.json_response({"tags": tags})


@routes.post("/cgi-bin/tags/update")
@wechat_endpoint(kind="mp")
async def tags_update(request: web.Request, _state: SandboxState, _: SandboxApp | None) -> web.Response:
    body, pub = await _json(request), _pub(request)
    tag = body.get("tag") or {}
    tag_id = _tag_id(pub, tag.get("id"))
    if tag_id in SYSTEM_TAG_IDS:
        raise WxFail(45058, "can't modify sys tag")
    pub.tags[tag_id] = _tag_name(pub, tag.get("name"), except_id=tag_id)
    return _ok()


@routes.post("/cgi-bin/tags/delete")
@wechat_endpoint(kind="mp")
async def tags_delete(request: web.Request, _state: SandboxState, _: SandboxApp | None) -> web.Response:
    body, pub = await _json(request), _pub(request)
    tag_id = _tag_id(pub, (body.get("tag") or {}).get("id"))
    if tag_id in SYSTEM_TAG_IDS:
        raise WxFail(45058, "can't modify sys tag")
    if _tag_count(pub, tag_id) > 100_000:
        raise WxFail(45057, "can't delete the tag that has too many fans")
    del pub.tags[tag_id]
    for ids in pub.user_tags.values():
        if tag_id in ids:
            ids.remove(tag_id)
    return _ok()


def _openid_list(body: dict[str, Any]) -> list[str]:
    openids = body.get("openid_list")
    if not isinstance(openids, list) or not 1 <= len(openids) <= BATCH_TAGGING_MAX:
        raise WxFail(40032, "invalid openid list size")
    return [str(o) for o in openids]


@routes.post("/cgi-bin/tags/members/batchtagging")
@wechat_endpoint(kind="mp")
async def batch_tagging(request: web.Request, _state: SandboxState, _: SandboxApp | None) -> web.Response:
    body, pub = await _json(request), _pub(request)
    tag_id, openids = _tag_id(pub, body.get("tagid")), _openid_list(body)
    for openid in openids:
        ids = pub.user_tags.setdefault(openid, [])
        if tag_id not in ids and len(ids) >= TAGS_PER_USER:
            raise WxFail(45059, "user has too many tags")
    for openid in openids:
        if tag_id not in pub.user_tags[openid]:
            pub.user_tags[openid].append(tag_id)
        pub.followers.add(openid)
    return _ok()


@routes.post("/cgi-bin/tags/members/batchuntagging")
@wechat_endpoint(kind="mp")
async def batch_untagging(request: web.Request, _state: SandboxState, _: SandboxApp | None) -> web.Response:
    body, pub = await _json(request), _pub(request)
    tag_id, openids = _tag_id(pub, body.get("tagid")), _openid_list(body)
    for openid in openids:
        if tag_id in pub.user_tags.get(openid, []):
            pub.user_tags[openid].remove(tag_id)
    return _ok()


@routes.post("/cgi-bin/user/tag/get")
@wechat_endpoint(kind="mp")
async def user_tag_get(request: web.Request, _state: SandboxState, _: SandboxApp | None) -> web.Response:
    body, pub = await _json(request), _pub(request)
    tag_id = _tag_id(pub, body.get("tagid"))
    members = sorted(o for o, ids in pub.user_tags.items() if tag_id in ids)
    start = str(body.get("next_openid") or "")
    page = [o for o in members if o > start][:10_000]
    return web.json_response({"count": len(page), "data": {"openid": page}, "next_openid": page[-1] if page else ""})


# --- data cube -------------------------------------------------------------------------------------------


def _span(state: SandboxState, body: dict[str, Any], max_days: int) -> list[date]:
    try:
        begin = date.fromisoformat(str(body.get("begin_date")))
        end = date.fromisoformat(str(body.get("end_date")))
    except ValueError:
        raise WxFail(61500, "date format error") from None
    yesterday = datetime.fromtimestamp(state.now(), BEIJING).date() - timedelta(days=1)
    if end < begin or (end - begin).days + 1 > max_days or end > yesterday:
        raise WxFail(61501, "date range error")
    return [begin + timedelta(days=i) for i in range((end - begin).days + 1)]


@routes.post("/datacube/getusersummary")
@wechat_endpoint(kind="mp")
async def get_user_summary(request: web.Request, state: SandboxState, _: SandboxApp | None) -> web.Response:
    pub, days = _pub(request), _span(state, await _json(request), USER_SPAN_DAYS)
    rows = []
    for day in days:
        figures = pub.user_days.get(day.isoformat())
        if figures:
            rows.append(
                {
                    "ref_date": day.isoformat(),
                    "user_source": 0,
                    "new_user": figures.get("new_user", 0),
                    "cancel_user": figures.get("cancel_user", 0),
                }
            )
    return web.json_response({"list": rows})


@routes.post("/datacube/getusercumulate")
@wechat_endpoint(kind="mp")
async def get_user_cumulate(request: web.Request, state: SandboxState, _: SandboxApp | None) -> web.Response:
    pub, days = _pub(request), _span(state, await _json(request), USER_SPAN_DAYS)
    rows = [
        {"ref_date": d.isoformat(), "cumulate_user": pub.user_days[d.isoformat()].get("cumulate_user", 0)}
        for d in days
        if d.isoformat() in pub.user_days
    ]
    return web.json_response({"list": rows})


def _article_rows(state: SandboxState, pub: Publishing, day: date, *, total: bool) -> list[dict[str, Any]]:
    """Mass-sent articles of that day (sendall and mass/send with mpnews), with the reads tests added."""
    sends = [(r["msg_data_id"], r["content"], r["at"]) for r in pub.sendall]
    sends += [(r["msg_id"] * 10, r["text"], r["at"]) for r in state.sent["mass"]]
    rows = []
    for msg_data_id, content, at in sends:
        if not str(content).startswith("mpnews:") or datetime.fromtimestamp(at, BEIJING).date() != day:
            continue
        media_id = str(content).removeprefix("mpnews:")
        draft = pub.drafts.get(media_id)
        title = draft.articles[0]["title"] if draft else ""
        figures = pub.reads.get(str(msg_data_id), {})
        row: dict[str, Any] = {"ref_date": day.isoformat(), "msgid": f"{msg_data_id}_1", "title": title}
        detail = {
            "int_page_read_user": figures.get("read_user", 0),
            "int_page_read_count": figures.get("read_count", 0),
            "share_user": figures.get("share_user", 0),
            "share_count": figures.get("share_count", 0),
        }
        row.update({"details": [{"stat_date": day.isoformat(), **detail}]} if total else detail)
        rows.append(row)
    return rows


@routes.post("/datacube/getarticlesummary")
@wechat_endpoint(kind="mp")
async def get_article_summary(request: web.Request, state: SandboxState, _: SandboxApp | None) -> web.Response:
    pub, days = _pub(request), _span(state, await _json(request), ARTICLE_SPAN_DAYS)
    return web.json_response({"list": _article_rows(state, pub, days[0], total=False)})


@routes.post("/datacube/getarticletotal")
@wechat_endpoint(kind="mp")
async def get_article_total(request: web.Request, state: SandboxState, _: SandboxApp | None) -> web.Response:
    pub, days = _pub(request), _span(state, await _json(request), ARTICLE_SPAN_DAYS)
    return web.json_response({"list": _article_rows(state, pub, days[0], total=True)})


# --- control -------------------------------------------------------------------------------------------


@routes.post("/sandbox/publishing/followers")
async def control_followers(request: web.Request) -> web.Response:
    """{"openids": [...]}: followers that `is_to_all` reaches."""
    body = await request.json()
    _pub(request).followers.update(str(o) for o in body.get("openids", []))
    return web.json_response({"followers": len(_pub(request).followers)})


@routes.post("/sandbox/publishing/reads")
async def control_reads(request: web.Request) -> web.Response:
    """{"msg_data_id", "read_user", "read_count", "share_user", "share_count"}: readers of a mass-sent article."""
    body = await request.json()
    key = str(body.get("msg_data_id"))
    _pub(request).reads[key] = {
        k: int(body.get(k, 0)) for k in ("read_user", "read_count", "share_user", "share_count")
    }
    return web.json_response({"ok": True})


@routes.post("/sandbox/publishing/user-day")
async def control_user_day(request: web.Request) -> web.Response:
    """{"date", "new_user", "cancel_user", "cumulate_user"}: the account's follower figures of a day."""
    body = await request.json()
    figures = {k: int(body.get(k, 0)) for k in ("new_user", "cancel_user", "cumulate_user")}
    _pub(request).user_days[str(body.get("date"))] = figures
    return web.json_response({"ok": True})


@routes.get("/sandbox/publishing/state")
async def control_state(request: web.Request) -> web.Response:
    """Everything recorded: materials, drafts, previews, sends, tags and the pushes not yet taken."""
    pub = _pub(request)
    state: SandboxState = request.app[STATE]
    return web.json_response(
        {
            "materials": list(pub.materials),
            "article_images": list(pub.article_images),
            "drafts": {m: d.articles for m, d in pub.drafts.items()},
            "published": pub.published,
            "previews": pub.previews,
            "sendall": pub.sendall,
            "mass": state.sent["mass"],
            "tags": {str(i): n for i, n in pub.tags.items()},
            "user_tags": pub.user_tags,
        }
    )


@routes.post("/sandbox/publishing/events/take")
async def control_take_events(request: web.Request) -> web.Response:
    """The event pushes (PUBLISHJOBFINISH, MASSSENDJOBFINISH) WeChat would send to the server URL; taken once."""
    pub = _pub(request)
    events, pub.events = pub.events, []
    return web.json_response({"events": events})


@routes.post("/sandbox/publishing/reset")
async def control_reset(request: web.Request) -> web.Response:
    request.app[PUBLISHING].__dict__.update(Publishing().__dict__)
    return web.json_response({"ok": True})
