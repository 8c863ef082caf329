"""The sandbox's publishing calls behave as WeChat's do (limits, error codes), driven through the app's gateway."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from core.wechat import WeChatError, WeChatGateway
from publicity import wechat_api
from tests.support.gateway import SandboxApi
from tests.support.publicity import picture, publishing_state


def article(thumb: str, **overrides: str) -> dict[str, str]:
    fields = {
        "title": "5·20 世界计量日",
        "author": "市监局",
        "digest": "计量与生活",
        "body": "<p>正文</p>",
        "source_url": "https://example.org/a",
        "thumb_media_id": thumb,
    }
    fields.update(overrides)
    return fields


async def errcode_of(call: object) -> int | None:
    with pytest.raises(WeChatError) as caught:
        await call  # type: ignore[misc]
    return caught.value.errcode


async def test_material_drafts_and_publishing(gateway: WeChatGateway, sandbox_api: SandboxApi) -> None:
    media_id, url = await wechat_api.add_image_material(gateway, filename="cover.png", data=picture())
    assert url.startswith("http")
    assert await errcode_of(wechat_api.add_image_material(gateway, filename="a.txt", data=b"hello")) == 40005
    big = picture(size=(2000, 1800), fmt="BMP")  # 10.8 MB
    assert await errcode_of(wechat_api.add_image_material(gateway, filename="big.bmp", data=big)) == 40009
    body_url = await wechat_api.upload_article_image(gateway, filename="in.jpg", data=picture(fmt="JPEG"))
    assert body_url.startswith("http")
    assert (
        await errcode_of(wechat_api.upload_article_image(gateway, filename="x.gif", data=picture(fmt="GIF"))) == 40005
    )

    draft = await wechat_api.draft_add(gateway, article(media_id))
    assert await errcode_of(wechat_api.draft_add(gateway, article("nope"))) == 40007
    assert await errcode_of(wechat_api.draft_add(gateway, article(media_id, title="长" * 33))) == 45003
    assert await errcode_of(wechat_api.draft_add(gateway, article(media_id, author="作" * 17))) == 45110
    assert await errcode_of(wechat_api.draft_add(gateway, article(media_id, digest="摘" * 129))) == 45004
    assert await errcode_of(wechat_api.draft_add(gateway, article(media_id, body="字" * 20000))) == 45002
    await wechat_api.draft_update(gateway, draft, article(media_id, title="新标题"))
    assert (await wechat_api.draft_get(gateway, draft))[0]["title"] == "新标题"

    await wechat_api.preview(gateway, openid="o-editor-1", media_id=draft)
    assert (await publishing_state(sandbox_api))["previews"][0]["titles"] == ["新标题"]
    assert await errcode_of(wechat_api.preview(gateway, openid="o-editor-1", media_id="gone")) == 40007

    reply = await gateway._call(gateway.mp_appid, "POST", "/cgi-bin/freepublish/submit", body={"media_id": draft})
    assert reply["publish_id"]
    events = (await sandbox_api.post("/sandbox/publishing/events/take"))["events"]
    assert events[0]["Event"] == "PUBLISHJOBFINISH" and events[0]["publish_status"] == 0
    assert await errcode_of(wechat_api.draft_get(gateway, draft)) == 40007  # published drafts leave the box
    other = await wechat_api.draft_add(gateway, article(media_id))
    await wechat_api.draft_delete(gateway, other)
    assert await errcode_of(wechat_api.draft_delete(gateway, other)) == 40007


async def test_mass_send_by_tag_quota_and_clientmsgid(gateway: WeChatGateway, sandbox_api: SandboxApi) -> None:
    media_id, _ = await wechat_api.add_image_material(gateway, filename="c.png", data=picture("blue"))
    draft = await wechat_api.draft_add(gateway, article(media_id))
    tag = await wechat_api.tag_create(gateway, "计量志愿者")
    assert await errcode_of(wechat_api.tag_create(gateway, "计量志愿者")) == 45157
    assert await errcode_of(wechat_api.tag_create(gateway, "标" * 31)) == 45158
    assert await errcode_of(wechat_api.tag_update(gateway, 1, "改名")) == 45058
    await wechat_api.tag_users(gateway, tag, [f"o-t{i:03d}" for i in range(60)])  # two calls of ≤ 50
    assert len(await wechat_api.tag_members(gateway, tag)) == 60
    tags = {t["name"]: t["count"] for t in await wechat_api.tags_get(gateway)}
    assert tags["计量志愿者"] == 60

    def sendall(clientmsgid: str) -> dict[str, object]:
        return {
            "filter": {"is_to_all": False, "tag_id": tag},
            "msgtype": "mpnews",
            "mpnews": {"media_id": draft},
            "send_ignore_reprint": 0,
            "clientmsgid": clientmsgid,
        }

    path = "/cgi-bin/message/mass/sendall"
    first = await gateway._call(gateway.mp_appid, "POST", path, body=sendall("c-1"))
    with pytest.raises(WeChatError) as dup:
        await gateway._call(gateway.mp_appid, "POST", path, body=sendall("c-1"))
    assert dup.value.errcode == 45065 and dup.value.response["msg_id"] == first["msg_id"]
    for n in range(2, 5):
        await gateway._call(gateway.mp_appid, "POST", path, body=sendall(f"c-{n}"))
    with pytest.raises(WeChatError) as none_left:  # every member got 4 this month
        await gateway._call(gateway.mp_appid, "POST", path, body=sendall("c-5"))
    assert none_left.value.errcode == 45028
    events = (await sandbox_api.post("/sandbox/publishing/events/take"))["events"]
    assert [e["Event"] for e in events] == ["MASSSENDJOBFINISH"] * 4 and events[0]["SentCount"] == 60
    await wechat_api.tag_delete(gateway, tag)
    assert await errcode_of(wechat_api.tag_delete(gateway, tag)) == 45159


async def test_data_cube_spans_and_figures(gateway: WeChatGateway, sandbox_api: SandboxApi) -> None:
    today = datetime.now(ZoneInfo("Asia/Shanghai")).date()  # the data cube counts Beijing days
    yesterday = today - timedelta(days=1)
    await sandbox_api.post(
        "/sandbox/publishing/user-day", date=yesterday.isoformat(), new_user=12, cancel_user=3, cumulate_user=900
    )
    rows = await wechat_api.cube(gateway, "getusersummary", yesterday - timedelta(days=6), yesterday)
    assert rows == [{"ref_date": yesterday.isoformat(), "user_source": 0, "new_user": 12, "cancel_user": 3}]
    too_long = wechat_api.cube(gateway, "getusersummary", yesterday - timedelta(days=7), yesterday)
    assert await errcode_of(too_long) == 61501
    assert await errcode_of(wechat_api.cube(gateway, "getarticlesummary", today, today)) == 61501
    two_days = wechat_api.cube(gateway, "getarticletotal", yesterday - timedelta(days=1), yesterday)
    assert await errcode_of(two_days) == 61501
