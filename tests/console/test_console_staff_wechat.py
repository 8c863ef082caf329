"""Staff told by WeChat: binding at the official account, template messages through the sandbox over HTTP (its
error codes and quota), the daily digest, the immediate handover notice and the TEMPLATESENDJOBFINISH receipt."""

from __future__ import annotations

import asyncio
import json
import re
from datetime import UTC, datetime
from typing import Any

from console import staff_notify
from core import staff_wechat
from core.keys import RESOURCES
from core.models import AuditEntry, StaffAccount, StaffMessage, StaffRole

DIGEST_DUE = datetime(2026, 12, 3, 1, 0, tzinfo=UTC)  # 09:00 in Hohhot, after the 08:30 default
BEFORE_DIGEST = datetime(2026, 12, 3, 0, 0, tzinfo=UTC)  # 08:00


async def bind_through_official_account(user: Any, wechat: Any, openid: str) -> str:
    await user.get("/console/account/wechat")
    assert "尚未绑定" in user.html
    await user.post("/console/account/wechat/code")
    code = re.search(r"绑定 (\d{6})", user.html).group(1)  # type: ignore[union-attr]
    return await wechat.say(openid, f"绑定 {code}")  # type: ignore[no-any-return]


async def test_a_handler_binds_wechat_with_a_one_time_code_and_unbinds_in_the_console(  # type: ignore[no-untyped-def]
    browser_user, console_staff, wechat
) -> None:
    handler = await console_staff(StaffRole.COMPLAINT_HANDLER, district="xincheng", name="王丽")
    user = browser_user()
    await user.login(handler.username)
    reply = await bind_through_official_account(user, wechat, "o-staff-wangli")
    assert "已绑定" in reply and "王丽" in reply
    assert (await StaffAccount.get(id=handler.id)).wechat_openid == "o-staff-wangli"
    bound = await AuditEntry.get(action="staff.wechat_bind")
    assert bound.actor_id == handler.id and bound.ip == "wechat" and "o-staff-wangli" not in str(bound.details)

    code = re.search(r"绑定 (\d{6})", user.html).group(1)  # type: ignore[union-attr]
    assert "无效或已过期" in await wechat.say("o-somebody-else", f"绑定 {code}")  # single use
    await user.get("/console/account/wechat")
    assert "已绑定微信" in user.html

    await user.post("/console/account/wechat/unbind")
    assert "已解除微信绑定" in user.html and "尚未绑定" in user.html
    assert (await StaffAccount.get(id=handler.id)).wechat_openid is None
    assert await AuditEntry.filter(action="staff.wechat_unbind", actor_id=handler.id).count() == 1


async def test_wrong_codes_are_limited_per_openid(wechat) -> None:  # type: ignore[no-untyped-def]
    for _ in range(staff_wechat.MAX_FAILURES_PER_HOUR):
        assert "无效或已过期" in await wechat.say("o-guesser", "绑定 000000")
    assert "尝试次数过多" in await wechat.say("o-guesser", "绑定 000001")


async def test_binding_by_parametric_qr_scene(wechat, console_staff, app) -> None:  # type: ignore[no-untyped-def]
    officer = await console_staff(StaffRole.VERIFICATION_OFFICER, name="赵检定")
    code = await staff_wechat.issue_bind_code(app[RESOURCES].redis, staff_id=officer.id)
    reply = await wechat.exchange(wechat.event("o-staff-zhao", "subscribe", f"qrscene_{code.scene}"))
    assert reply is not None and "赵检定" in reply["Content"]
    assert (await StaffAccount.get(id=officer.id)).wechat_openid == "o-staff-zhao"


async def _bound_handler(console_staff: Any, openid: str, district: str = "xincheng") -> StaffAccount:
    staff = await console_staff(StaffRole.COMPLAINT_HANDLER, district=district, name=f"处理人{openid[-2:]}")
    await StaffAccount.filter(id=staff.id).update(wechat_openid=openid, wechat_bound_at=datetime.now(UTC))
    return await StaffAccount.get(id=staff.id)


async def test_handover_is_told_at_once_and_the_receipt_is_matched(  # type: ignore[no-untyped-def]
    browser_user, console_staff, complaint_api, citizen, sandbox_api, run_jobs, settings, client
) -> None:
    filed = await complaint_api.filed(await citizen())  # 新城区
    receiver = await _bound_handler(console_staff, "o-staff-saihan1", district="saihan")
    await _bound_handler(console_staff, "o-staff-xincheng", district="xincheng")  # not the receiving office
    sender = await console_staff(StaffRole.COMPLAINT_HANDLER, district="xincheng")
    user = browser_user()
    await user.login(sender.username)
    await user.get(f"/console/complaints/{filed['id']}")
    await user.post(f"/console/complaints/{filed['id']}/assign", {"district": "saihan", "note": "属赛罕区辖区"})
    await run_jobs()

    sent = await sandbox_api.sent("template")
    assert [s["openid"] for s in sent] == ["o-staff-saihan1"]
    assert sent[0]["template_id"] == settings.staff_template_id
    assert sent[0]["data"]["thing1"] == "投诉转派至本科室" and sent[0]["data"]["thing2"] == filed["tracking_no"]
    assert sent[0]["url"].endswith(f"/console/complaints/{filed['id']}")
    message = await StaffMessage.get(staff_id=receiver.id)
    assert (message.kind, message.status, message.msg_id) == ("handover", "sent", sent[0]["msgid"])

    # WeChat reports the job done to /wechat (encrypted, as for this account): matched to the staff message.
    await sandbox_api.post(
        "/sandbox/push-target",
        url=str(client.make_url("/wechat")),
        token=settings.mp_token.get_secret_value(),
        aes_key=settings.mp_aes_key.get_secret_value(),
    )
    flushed = await sandbox_api.post("/sandbox/template-receipts/flush")
    assert [(d["msgid"], d["http_status"], d["body"]) for d in flushed["delivered"]] == [
        (message.msg_id, 200, "success")
    ]
    message = await StaffMessage.get(id=message.id)
    assert (message.status, message.receipt) == ("delivered", "success") and message.reported_at is not None

    # The same case handed over again the same day is not told twice.
    again = await staff_notify.notify_handover(
        client.server.app[RESOURCES], complaint_id=filed["id"], tracking_no=filed["tracking_no"], district="saihan",
        now=datetime.now(UTC),
    )  # fmt: skip
    assert again == 0 and len(await sandbox_api.sent("template")) == 1


async def test_daily_digest_once_a_day_after_the_configured_time(  # type: ignore[no-untyped-def]
    console_staff, complaint_api, citizen, sandbox_api, app
) -> None:
    resources = app[RESOURCES]
    staff = await _bound_handler(console_staff, "o-staff-digest")
    quiet = await _bound_handler(console_staff, "o-staff-quiet", district="huimin")  # nothing in 回民区
    await complaint_api.filed(await citizen())  # 新城区
    await complaint_api.filed(await citizen())

    assert await staff_notify.send_digests(resources, now=BEFORE_DIGEST) == 0
    assert await staff_notify.send_digests(resources, now=DIGEST_DUE) == 1
    assert await staff_notify.send_digests(resources, now=DIGEST_DUE) == 0  # once a day, not a flood
    sent = await sandbox_api.sent("template")
    assert len(sent) == 1 and sent[0]["openid"] == "o-staff-digest"
    assert sent[0]["data"]["thing1"] == "计量工作台今日提醒" and "新案件2" in sent[0]["data"]["thing2"]
    assert (await StaffMessage.get(staff_id=quiet.id)).status == "empty"
    assert (await StaffMessage.get(staff_id=staff.id)).status == "sent"


async def _send(app: Any, staff: StaffAccount, key: str) -> StaffMessage | None:
    resources = app[RESOURCES]
    return await staff_wechat.send(
        resources.wechat, resources.redis, resources.settings, staff=staff, kind="digest", dedupe_key=key,
        title="计量工作台今日提醒", summary="新案件1", now=DIGEST_DUE,
    )  # fmt: skip


async def test_template_send_errors_are_recorded_and_the_quota_respected(  # type: ignore[no-untyped-def]
    console_staff, sandbox_api, app, client, settings
) -> None:
    staff = await _bound_handler(console_staff, "o-staff-errors")

    await sandbox_api.unsubscribed("o-staff-errors")  # 43004: the staff member unfollowed the account
    failed = await _send(app, staff, "k1")
    assert failed is not None and (failed.status, failed.errcode) == ("failed", 43004)
    await sandbox_api.unsubscribed("o-staff-errors", False)

    await sandbox_api.post("/sandbox/templates", remove=[settings.staff_template_id])  # 40037
    failed = await _send(app, staff, "k2")
    assert failed is not None and (failed.status, failed.errcode) == ("failed", 40037)
    await sandbox_api.post("/sandbox/templates", add=[settings.staff_template_id], daily_quota=1)

    assert (await _send(app, staff, "k3")).status == "sent"  # type: ignore[union-attr]
    assert await _send(app, staff, "k4") is None  # 45009: WeChat's daily quota is used up; retried later
    assert not await StaffMessage.exists(dedupe_key="k4")
    calls = (await sandbox_api.stats())["calls"]["/cgi-bin/message/template/send"]
    assert await _send(app, staff, "k5") is None  # and nothing more is tried that day
    assert (await sandbox_api.stats())["calls"]["/cgi-bin/message/template/send"] == calls

    await sandbox_api.post("/sandbox/template-block", openid="o-staff-errors")
    await app[RESOURCES].redis.delete(staff_wechat.QUOTA_HIT_PREFIX + "2026-12-03")
    await sandbox_api.post("/sandbox/templates", daily_quota=100)
    blocked = await _send(app, staff, "k6")
    assert blocked is not None and blocked.status == "sent"
    await sandbox_api.post(
        "/sandbox/push-target",
        url=str(client.make_url("/wechat")),
        token=settings.mp_token.get_secret_value(),
        aes_key=settings.mp_aes_key.get_secret_value(),
    )
    await sandbox_api.post("/sandbox/template-receipts/flush")
    blocked = await StaffMessage.get(id=blocked.id)
    assert (blocked.status, blocked.receipt) == ("undelivered", "failed:user block")


async def test_our_own_daily_share_of_the_quota(console_staff, sandbox_api, make_client) -> None:  # type: ignore[no-untyped-def]
    limited = await make_client(staff_template_daily_quota=1)
    app = limited.server.app
    staff = await _bound_handler(console_staff, "o-staff-share")
    assert (await _send(app, staff, "s1")).status == "sent"  # type: ignore[union-attr]
    assert await _send(app, staff, "s2") is None
    assert len(await sandbox_api.sent("template")) == 1


async def test_the_sandbox_speaks_the_template_send_contract(sandbox_api, app) -> None:  # type: ignore[no-untyped-def]
    gateway = app[RESOURCES].wechat
    token = await gateway.access_token(gateway.mp_appid)
    url = sandbox_api.base_url + "/cgi-bin/message/template/send"
    http = app[RESOURCES].http
    cases: list[tuple[dict[str, Any], int]] = [
        ({"template_id": "tpl-staff-notice", "data": {"thing1": {"value": "x"}}}, 40003),
        ({"touser": "o-a", "template_id": "nope", "data": {"thing1": {"value": "x"}}}, 40037),
        ({"touser": "o-a", "template_id": "tpl-staff-notice", "data": {}}, 47003),
        ({"touser": "o-a", "template_id": "tpl-staff-notice", "data": {"thing1": {"value": "字" * 21}}}, 47003),
        ({"touser": "o-a", "template_id": "tpl-staff-notice", "data": {"thing1": {"value": "好"}}}, 0),
    ]
    for body, errcode in cases:
        data = json.dumps(body, ensure_ascii=False).encode()  # WeChat refuses escaped characters (40033)
        async with http.post(url, params={"access_token": token}, data=data) as resp:
            answer = await resp.json(content_type=None)
        assert answer["errcode"] == errcode, (body, answer)
        assert ("msgid" in answer) == (errcode == 0)


async def test_jiliang_sandbox_pushes_receipts_to_the_running_app(  # type: ignore[no-untyped-def]
    aiohttp_server, client, console_staff, settings, make_client
) -> None:
    from wechat_sandbox.sandbox import create_sandbox_app
    from wechat_sandbox.sandbox_template import push_receipts_to

    sandbox_app = create_sandbox_app()
    push_receipts_to(sandbox_app, settings.model_copy(update={"port": client.port}), every_seconds=0.05)
    sandbox = await aiohttp_server(sandbox_app)
    app = (await make_client(wechat_api_base=str(sandbox.make_url("")).rstrip("/"))).server.app
    staff = await _bound_handler(console_staff, "o-staff-serve")
    message = await _send(app, staff, "serve-1")
    assert message is not None and message.status == "sent"
    for _ in range(100):
        message = await StaffMessage.get(id=message.id)
        if message.status != "sent":
            break
        await asyncio.sleep(0.05)
    assert message.status == "delivered"
