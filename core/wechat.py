"""Async gateway to WeChat's server API (official account and mini-program). Filled in by the gateway work."""

from __future__ import annotations

import aiohttp
from redis.asyncio import Redis

from core.settings import Settings


class WeChatError(Exception):
    """WeChat answered with a non-zero errcode."""

    def __init__(self, errcode: int, errmsg: str = "") -> None:
        super().__init__(f"WeChat error {errcode}: {errmsg}")
        self.errcode = errcode
        self.errmsg = errmsg


class WeChatGateway:
    def __init__(self, *, settings: Settings, http: aiohttp.ClientSession, redis: Redis) -> None:
        self.settings = settings
        self.http = http
        self.redis = redis
        self.api_base = settings.wechat_api_base.rstrip("/")
