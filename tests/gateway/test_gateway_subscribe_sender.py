"""core.subscribe_sender against the sandbox: the grant a send consumes, a refusing user, errors retried or not,
and the record of every attempt."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient
from arq import Retry

from core import subscribe_sender
from core.keys import WECHAT
from core.models import MiniappUser, SubscribeAttempt, SubscribeQuota
from core.subscribe_sender import Outcome, SubscribeMessage
from core.wechat import WeChatGateway, WeChatInvalidOpenid
from core.wechat_retry import RetryPolicy
from tests.support.gateway import SandboxApi

TEMPLATE = "tpl-sender"
MESSAGE = SubscribeMessage(template_id=TEMPLATE, data={"thing1": "检定预约成功", "time2": "2026-12-03 09:00"})
POLICY = RetryPolicy(base_seconds=7, max_attempts=3, backoff=2)
Grant = Callable[[str, int], Awaitable[MiniappUser]]


@pytest.fixture
def wechat(app: web.Application) -> WeChatGateway:
    return app[WECHAT]


@pytest.fixture
def granted(client: TestClient, citizen_headers: Callable[..., Awaitable[dict[str, str]]]) -> Grant:
    """A mini-program user who reported `count` accepts of TEMPLATE, as the mini-program does."""

    async def make(openid: str, count: int) -> MiniappUser:
        headers = await citizen_headers(openid)
        for _ in range(count):
            resp = await client.post(
                "/api/v1/miniapp/subscriptions", json={"template_ids": [TEMPLATE]}, headers=headers
            )
            assert resp.status == 200
        return await MiniappUser.get(openid=openid)

    return make


async def _send(wechat: WeChatGateway, user: MiniappUser, attempt: int = 1) -> subscribe_sender.SendResult:
    return await subscribe_sender.send(
        wechat,
        user_id=user.id,
        openid=user.openid,
        message=MESSAGE,
        purpose=f"test:{user.openid}",
        attempt=attempt,
        policy=POLICY,
    )


async def _remaining(user: MiniappUser) -> int:
    return (await SubscribeQuota.get(user_id=user.id, template_id=TEMPLATE)).remaining


async def _attempts(user: MiniappUser) -> list[tuple[int, str, int | None]]:
    rows = await SubscribeAttempt.filter(user_id=user.id).order_by("id")
    assert all(r.purpose == f"test:{user.openid}" and r.template_id == TEMPLATE for r in rows)
    return [(r.attempt, r.outcome, r.errcode) for r in rows]


async def test_a_send_consumes_one_grant(wechat: WeChatGateway, sandbox_api: SandboxApi, granted: Grant) -> None:
    user = await granted("o-sender-ok", 2)
    await sandbox_api.subscribe_quota(user.openid, TEMPLATE, count=2)
    result = await _send(wechat, user)
    assert result.outcome is Outcome.SENT and result.errcode is None
    assert await _remaining(user) == 1
    sent = await sandbox_api.sent("subscribe", user.openid)
    assert [m["data"] for m in sent] == [MESSAGE.data]
    assert await _attempts(user) == [(1, "sent", None)]


async def test_without_a_grant_wechat_is_not_called(
    wechat: WeChatGateway, sandbox_api: SandboxApi, citizen_headers: Callable[..., Awaitable[dict[str, str]]]
) -> None:
    await citizen_headers("o-sender-none")
    user = await MiniappUser.get(openid="o-sender-none")
    await sandbox_api.subscribe_quota(user.openid, TEMPLATE, count=1)  # WeChat would take it; we hold no grant
    assert (await _send(wechat, user)).outcome is Outcome.NO_QUOTA
    assert await sandbox_api.sent("subscribe", user.openid) == []
    assert (await sandbox_api.stats())["calls"].get("/cgi-bin/message/subscribe/send", 0) == 0
    assert await _attempts(user) == [(1, "no_quota", None)]


async def test_a_refusing_user_zeroes_the_record(wechat: WeChatGateway, granted: Grant) -> None:
    user = await granted("o-sender-refused", 3)  # our record says 3; WeChat holds none (refused in settings)
    result = await _send(wechat, user)
    assert (result.outcome, result.errcode) == (Outcome.REFUSED, 43101)
    quota = await SubscribeQuota.get(user_id=user.id, template_id=TEMPLATE)
    assert (quota.remaining, quota.accepted) == (0, False)
    assert (await _send(wechat, user)).outcome is Outcome.NO_QUOTA  # the next one does not ask WeChat again
    assert await _attempts(user) == [(1, "refused", 43101), (1, "no_quota", None)]


async def test_a_transient_error_gives_the_grant_back_and_is_retried(
    wechat: WeChatGateway, sandbox_api: SandboxApi, granted: Grant
) -> None:
    user = await granted("o-sender-busy", 1)
    await sandbox_api.subscribe_quota(user.openid, TEMPLATE, count=1)
    await sandbox_api.fault("/cgi-bin/message/subscribe/send", errcode=-1, times=1)
    first = await _send(wechat, user, attempt=1)
    assert (first.outcome, first.errcode) == (Outcome.RETRY, -1)
    assert await _remaining(user) == 1  # WeChat did not deliver: the grant is still the user's
    with pytest.raises(Retry) as retry:
        first.retry_job(POLICY, 1)
    assert retry.value.defer_score == 7000  # the policy's delay, in ms
    second = await _send(wechat, user, attempt=2)
    assert second.outcome is Outcome.SENT
    assert await _remaining(user) == 0
    assert len(await sandbox_api.sent("subscribe", user.openid)) == 1
    assert await _attempts(user) == [(1, "retry", -1), (2, "sent", None)]


async def test_the_last_attempt_fails_for_good(wechat: WeChatGateway, sandbox_api: SandboxApi, granted: Grant) -> None:
    user = await granted("o-sender-last", 1)
    await sandbox_api.fault("/cgi-bin/message/subscribe/send", errcode=45009, times=1)
    result = await _send(wechat, user, attempt=POLICY.max_attempts or 0)
    assert (result.outcome, result.errcode) == (Outcome.FAILED, 45009)
    result.retry_job(POLICY, POLICY.max_attempts or 0)  # not retried: returns
    assert await _remaining(user) == 1


@pytest.mark.parametrize("errcode", [40003, 43104])
async def test_an_openid_this_app_cannot_reach_is_not_retried(
    wechat: WeChatGateway, sandbox_api: SandboxApi, granted: Grant, errcode: int
) -> None:
    user = await granted(f"o-sender-{errcode}", 1)
    await sandbox_api.fault("/cgi-bin/message/subscribe/send", errcode=errcode, times=1)
    result = await _send(wechat, user)
    assert (result.outcome, result.errcode) == (Outcome.FAILED, errcode)
    assert isinstance(result.error, WeChatInvalidOpenid)
    assert await _remaining(user) == 1
    assert await _attempts(user) == [(1, "failed", errcode)]
