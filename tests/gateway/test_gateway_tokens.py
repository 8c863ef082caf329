"""access_token handling of the WeChat gateway against the sandbox: one fetch for many callers and processes,
a rejected token refreshed once and the call retried once, never a loop."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient

from core.keys import REDIS, WECHAT
from core.wechat import WeChatGateway, WeChatTokenInvalid, WeChatUnavailable
from core.wechat_token import FAILED_KEY, FAILURE_BACKOFF_MS, LOCK_KEY, TOKEN_KEY
from tests.support.gateway import SandboxApi

STABLE = "/cgi-bin/stable_token"
USER_INFO = "/cgi-bin/user/info"


def gateway(app: web.Application) -> WeChatGateway:
    return app[WECHAT]


async def test_first_call_fetches_a_stable_token_and_caches_it_with_a_ttl(
    app: web.Application, sandbox_api: SandboxApi
) -> None:
    wechat = gateway(app)
    token = await wechat.access_token(wechat.mp_appid)
    assert token == await wechat.access_token(wechat.mp_appid)
    redis = app[REDIS]
    assert await redis.get(TOKEN_KEY.format(wechat.mp_appid)) == token
    ttl = await redis.ttl(TOKEN_KEY.format(wechat.mp_appid))
    assert 6000 < ttl < 7200  # a bit under expires_in: refreshed before WeChat expires it
    assert await redis.get(LOCK_KEY.format(wechat.mp_appid)) is None  # lock released
    stats = await sandbox_api.stats()
    assert stats["calls"] == {STABLE: 1}  # stable_token, never the invalidating /cgi-bin/token


async def test_each_appid_has_its_own_token(app: web.Application, sandbox_api: SandboxApi) -> None:
    wechat = gateway(app)
    mp, mini = await asyncio.gather(wechat.access_token(wechat.mp_appid), wechat.access_token(wechat.miniapp_appid))
    assert mp != mini
    assert (await sandbox_api.stats())["tokens_issued"] == {wechat.mp_appid: 1, wechat.miniapp_appid: 1}


async def test_two_concurrent_callers_fetch_one_token(app: web.Application, sandbox_api: SandboxApi) -> None:
    await sandbox_api.latency(STABLE, 0.2)  # both callers miss the cache while the fetch is under way
    wechat = gateway(app)
    first, second = await asyncio.gather(wechat.access_token(wechat.mp_appid), wechat.access_token(wechat.mp_appid))
    assert first == second
    assert (await sandbox_api.stats())["token_fetches"] == 1


async def test_many_callers_in_two_app_instances_fetch_one_token(
    client: TestClient, make_client: Callable[..., Awaitable[TestClient]], sandbox_api: SandboxApi
) -> None:
    other = await make_client()  # a second worker process, as far as tokens go (same Redis)
    await sandbox_api.latency(STABLE, 0.2)
    await sandbox_api.user("o-follower-1", "u-1")
    calls = [gateway(app).user_info("o-follower-1") for app in (client.server.app, other.server.app) for _ in range(5)]
    infos = await asyncio.gather(*calls)
    assert all(info["unionid"] == "u-1" for info in infos)
    stats = await sandbox_api.stats()
    assert stats["token_fetches"] == 1
    assert stats["calls"][USER_INFO] == 10


async def test_expired_token_is_refreshed_once_and_the_call_retried(
    app: web.Application, sandbox_api: SandboxApi
) -> None:
    wechat = gateway(app)
    old = await wechat.access_token(wechat.mp_appid)
    await sandbox_api.expire_tokens()  # 42001 on next use
    info = await wechat.user_info("o-follower-2")
    assert info["subscribe"] == 1
    new = await wechat.access_token(wechat.mp_appid)
    assert new != old
    stats = await sandbox_api.stats()
    assert stats["token_fetches"] == 2
    assert stats["calls"][USER_INFO] == 2  # the rejected call and its one retry


async def test_invalidated_token_40001_is_refreshed_once_and_the_call_retried(
    app: web.Application, sandbox_api: SandboxApi
) -> None:
    wechat = gateway(app)
    old = await wechat.access_token(wechat.mp_appid)
    await sandbox_api.revoke_tokens(wechat.mp_appid)  # as after a forced refresh elsewhere: 40001 "not latest"
    await wechat.send_custom_message(openid="o-follower-3", text="您好，您的投诉已受理。")
    assert await wechat.access_token(wechat.mp_appid) != old
    assert [m["text"] for m in await sandbox_api.sent("custom")] == ["您好，您的投诉已受理。"]
    assert (await sandbox_api.stats())["token_fetches"] == 2


async def test_persistent_40001_fails_after_one_retry(app: web.Application, sandbox_api: SandboxApi) -> None:
    wechat = gateway(app)
    await wechat.access_token(wechat.mp_appid)
    await sandbox_api.fault(USER_INFO, errcode=40001, times=100)
    with pytest.raises(WeChatTokenInvalid) as caught:
        await wechat.user_info("o-follower-4")
    assert caught.value.errcode == 40001
    assert not caught.value.transient
    stats = await sandbox_api.stats()
    assert stats["calls"][USER_INFO] == 2  # one call, one retry: no loop
    assert stats["token_fetches"] == 2  # one refresh


async def test_concurrent_rejections_refresh_once(
    client: TestClient, make_client: Callable[..., Awaitable[TestClient]], sandbox_api: SandboxApi
) -> None:
    other = await make_client()
    apps = (client.server.app, other.server.app)
    await gateway(apps[0]).access_token(gateway(apps[0]).mp_appid)
    await sandbox_api.revoke_tokens()
    await sandbox_api.latency(STABLE, 0.2)
    await asyncio.gather(*(gateway(app).user_info("o-follower-5") for app in apps for _ in range(4)))
    # Every caller saw 40001 with the same token; the compare-and-delete and the lock let one refresh through.
    assert (await sandbox_api.stats())["token_fetches"] == 2


async def test_a_late_rejection_does_not_drop_a_fresh_token(app: web.Application, sandbox_api: SandboxApi) -> None:
    wechat = gateway(app)
    stale = await wechat.access_token(wechat.mp_appid)
    await sandbox_api.revoke_tokens()
    fresh = await wechat.access_token(wechat.mp_appid) if await wechat.tokens.discard(wechat.mp_appid, stale) else None
    assert fresh and fresh != stale
    # A caller that used the stale token only now reports it: the fresh one stays.
    assert not await wechat.tokens.discard(wechat.mp_appid, stale)
    assert await app[REDIS].get(TOKEN_KEY.format(wechat.mp_appid)) == fresh


async def test_token_endpoint_unreachable_is_unavailable(make_client: Callable[..., Awaitable[TestClient]]) -> None:
    client = await make_client(wechat_api_base="http://127.0.0.1:1")
    wechat = gateway(client.server.app)
    with pytest.raises(WeChatUnavailable) as caught:
        await wechat.access_token(wechat.mp_appid)
    assert caught.value.transient
    assert await client.server.app[REDIS].get(LOCK_KEY.format(wechat.mp_appid)) is None


async def test_a_failed_fetch_makes_the_waiters_fail_fast(
    client: TestClient, make_client: Callable[..., Awaitable[TestClient]], sandbox_api: SandboxApi
) -> None:
    other = await make_client()
    await sandbox_api.latency(STABLE, 0.2)
    await sandbox_api.fault(STABLE, http_status=502)
    wechats = [gateway(app) for app in (client.server.app, other.server.app)]
    results = await asyncio.gather(
        *(w.access_token(w.mp_appid) for w in wechats for _ in range(3)), return_exceptions=True
    )
    assert all(isinstance(r, WeChatUnavailable) for r in results)
    # WeChat was asked once; the others did not queue up behind the lock to ask again.
    assert (await sandbox_api.stats())["token_fetches"] == 1
    assert 0 < await client.server.app[REDIS].pttl(FAILED_KEY.format(wechats[0].mp_appid)) <= FAILURE_BACKOFF_MS


async def test_a_caller_giving_up_does_not_cancel_the_shared_refresh(
    app: web.Application, sandbox_api: SandboxApi
) -> None:
    wechat = gateway(app)
    await sandbox_api.latency(STABLE, 0.3)
    impatient = asyncio.create_task(wechat.access_token(wechat.mp_appid))
    patient = asyncio.create_task(wechat.access_token(wechat.mp_appid))
    while wechat.mp_appid not in wechat.tokens._inflight:  # noqa: ASYNC110 (wait until the refresh is under way)
        await asyncio.sleep(0.01)
    impatient.cancel()
    assert await patient
    assert impatient.cancelled()
    assert (await sandbox_api.stats())["token_fetches"] == 1
