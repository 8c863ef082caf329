"""State of the local WeChat sandbox (sandbox.py): tokens, one-time codes, audience, injected trouble, records.

Everything lives in one `SandboxState` under the app key STATE; nothing is persisted.
"""

from __future__ import annotations

import secrets
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Any, Literal

from aiohttp import web

from core.settings import DEMO_MINIAPP_APPID, DEMO_MP_APPID, DEMO_SECRET, Settings

AppKind = Literal["mp", "miniapp"]

TOKEN_TTL_SECONDS = 7200
TOKEN_OVERLAP_SECONDS = 300  # an old token stays valid this long after a new /cgi-bin/token fetch
STABLE_RENEW_SECONDS = 300  # stable_token issues a new token in the last 5 minutes of the old one's life
FORCE_REFRESH_MIN_INTERVAL = 30
CODE_TTL_SECONDS = 300
DEFAULT_RISKY_WORDS = {"赌博": 20006, "枪支弹药": 20006, "代开发票": 20008}
DEFAULT_REVIEW_WORDS = {"加微信": 10001}
SENT_KINDS = ("subscribe", "custom", "mass", "media_check", "template")
DEFAULT_TEMPLATES = ("tpl-staff-notice",)  # official-account templates the demo account has added


class WxFail(Exception):
    """Raised while handling a WeChat endpoint: becomes the `{"errcode", "errmsg"}` reply."""

    def __init__(self, errcode: int, errmsg: str) -> None:
        super().__init__(errcode, errmsg)
        self.errcode = errcode
        self.errmsg = errmsg


@dataclass(frozen=True)
class SandboxApp:
    appid: str
    secret: str
    kind: AppKind


def default_apps(settings: Settings | None = None) -> dict[str, SandboxApp]:
    """The official account and the mini-program the sandbox accepts: the demo ones, or those of `settings`."""
    if settings is None:
        apps = [SandboxApp(DEMO_MP_APPID, DEMO_SECRET, "mp"), SandboxApp(DEMO_MINIAPP_APPID, DEMO_SECRET, "miniapp")]
    else:
        apps = [
            SandboxApp(settings.mp_appid, settings.mp_secret.get_secret_value(), "mp"),
            SandboxApp(settings.miniapp_appid, settings.miniapp_secret.get_secret_value(), "miniapp"),
        ]
    return {app.appid: app for app in apps}


class Clock:
    """Wall time plus an offset tests can advance (codes and tokens age without waiting)."""

    def __init__(self) -> None:
        self.offset = 0.0

    def now(self) -> float:
        return time.time() + self.offset


@dataclass
class IssuedToken:
    appid: str
    value: str
    expires_at: float
    revoked: bool = False  # killed at once ("not latest"): 40001


class TokenBook:
    """Access tokens as WeChat hands them out: /cgi-bin/token and stable_token are separate lineages."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.ttl = TOKEN_TTL_SECONDS
        self.by_value: dict[str, IssuedToken] = {}
        self.plain: dict[str, str] = {}  # appid -> latest /cgi-bin/token value
        self.stable: dict[str, str] = {}  # appid -> current stable_token value
        self.last_force: dict[str, float] = {}
        self.issued: Counter[str] = Counter()  # appid -> answers handed out (new or the same token)

    def _new(self, appid: str) -> IssuedToken:
        token = IssuedToken(appid=appid, value=secrets.token_urlsafe(96), expires_at=self.clock.now() + self.ttl)
        self.by_value[token.value] = token
        return token

    def issue_plain(self, appid: str) -> IssuedToken:
        """Each fetch invalidates the previous token, which keeps working for 5 more minutes."""
        if previous := self.by_value.get(self.plain.get(appid, "")):
            previous.expires_at = min(previous.expires_at, self.clock.now() + TOKEN_OVERLAP_SECONDS)
        token = self._new(appid)
        self.plain[appid] = token.value
        self.issued[appid] += 1
        return token

    def issue_stable(self, appid: str, *, force: bool) -> IssuedToken:
        """The same token while it has more than 5 minutes left; force mode kills it (30 s apart at least)."""
        now = self.clock.now()
        current = self.by_value.get(self.stable.get(appid, ""))
        if force:
            last = self.last_force.get(appid)
            if last is not None and now - last < FORCE_REFRESH_MIN_INTERVAL:
                raise WxFail(45009, "reach max api daily quota limit, force refresh too frequently")
            self.last_force[appid] = now
            if current is not None:
                current.revoked = True
        if current is None or current.revoked or current.expires_at - now <= STABLE_RENEW_SECONDS:
            current = self._new(appid)  # an old one lives out its remaining minutes next to it
            self.stable[appid] = current.value
        self.issued[appid] += 1
        return current

    def check(self, value: str | None) -> IssuedToken:
        if not value:
            raise WxFail(41001, "access_token missing")
        token = self.by_value.get(value)
        if token is None or token.revoked:
            raise WxFail(40001, "invalid credential, access_token is invalid or not latest")
        if token.expires_at <= self.clock.now():
            raise WxFail(42001, "access_token expired")
        return token

    def expire(self, appid: str | None = None) -> int:
        now, count = self.clock.now(), 0
        for token in self.by_value.values():
            if appid in (None, token.appid) and token.expires_at > now:
                token.expires_at = now
                count += 1
        return count

    def revoke(self, appid: str | None = None) -> int:
        count = 0
        for token in self.by_value.values():
            if appid in (None, token.appid) and not token.revoked:
                token.revoked = True
                count += 1
        return count


@dataclass
class OneTimeCode:
    expires_at: float
    used: bool = False
    openid: str = ""
    unionid: str | None = None
    phone: str = ""


class CodeBook:
    """Single-use codes valid 5 minutes (wx.login codes, phone-number codes)."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.codes: dict[str, OneTimeCode] = {}

    def issue(self, **fields: Any) -> str:
        code = secrets.token_hex(16)
        self.codes[code] = OneTimeCode(expires_at=self.clock.now() + CODE_TTL_SECONDS, **fields)
        return code

    def take(self, code: str | None) -> OneTimeCode:
        entry = self.codes.get(code or "")
        if entry is None or entry.expires_at <= self.clock.now():
            raise WxFail(40029, "invalid code")
        if entry.used:
            raise WxFail(40163, "code been used")
        entry.used = True
        return entry


@dataclass
class Fault:
    errcode: int | None
    http_status: int | None
    remaining: int
    errmsg: str


@dataclass
class Trouble:
    """What tests inject: faults per endpoint, latency per endpoint, a rate limit over business calls."""

    faults: dict[str, deque[Fault]] = field(default_factory=dict)
    latency: dict[str, float] = field(default_factory=dict)
    rate_limit: int | None = None  # business calls per second
    recent_calls: deque[float] = field(default_factory=deque)

    def next_fault(self, path: str) -> Fault | None:
        queue = self.faults.get(path)
        if not queue:
            return None
        fault = queue[0]
        fault.remaining -= 1
        if fault.remaining <= 0:
            queue.popleft()
        return fault

    def over_rate_limit(self) -> bool:
        if self.rate_limit is None:
            return False
        now = time.monotonic()
        while self.recent_calls and self.recent_calls[0] <= now - 1.0:
            self.recent_calls.popleft()
        if len(self.recent_calls) >= self.rate_limit:
            return True
        self.recent_calls.append(now)
        return False


@dataclass
class Audience:
    """What WeChat knows about users: unionids, who unfollowed, whose 48-hour window closed, quotas."""

    unionids: dict[str, str] = field(default_factory=dict)  # openid -> unionid
    unsubscribed: set[str] = field(default_factory=set)
    outside_window: set[str] = field(default_factory=set)
    subscribe_quota: Counter[tuple[str, str]] = field(default_factory=Counter)  # (openid, template_id)
    mass_received: Counter[tuple[str, str]] = field(default_factory=Counter)  # (openid, "YYYY-MM")
    risky_words: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_RISKY_WORDS))
    review_words: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_REVIEW_WORDS))


@dataclass
class TemplateDesk:
    """Official-account template messages (wechat_sandbox.sandbox_template): the account's templates, the daily send
    quota, followers who blocked template messages, and the TEMPLATESENDJOBFINISH pushes not yet delivered."""

    templates: set[str] = field(default_factory=lambda: set(DEFAULT_TEMPLATES))
    daily_quota: int = 100_000  # WeChat's default for a verified service account
    used: Counter[str] = field(default_factory=Counter)  # "YYYY-MM-DD" -> sends accepted
    blocked: set[str] = field(default_factory=set)  # openids that refuse this account's template messages
    next_msgid: int = 200_000_000
    push_target: dict[str, Any] | None = None  # {"url", "token", "aes_key"?, "appid"}: where receipts go
    pending: list[dict[str, Any]] = field(default_factory=list)  # receipts waiting for delivery


@dataclass
class SandboxState:
    apps: dict[str, SandboxApp]
    clock: Clock = field(default_factory=Clock)
    tokens: TokenBook = field(init=False)
    login_codes: CodeBook = field(init=False)
    phone_codes: CodeBook = field(init=False)
    audience: Audience = field(default_factory=Audience)
    trouble: Trouble = field(default_factory=Trouble)
    sent: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {kind: [] for kind in SENT_KINDS})
    mass_by_clientmsgid: dict[str, int] = field(default_factory=dict)
    next_msg_id: int = 1000
    menu: dict[str, Any] | None = None
    calls: Counter[str] = field(default_factory=Counter)
    template_desk: TemplateDesk = field(default_factory=TemplateDesk)

    def __post_init__(self) -> None:
        self.tokens = TokenBook(self.clock)
        self.login_codes = CodeBook(self.clock)
        self.phone_codes = CodeBook(self.clock)

    def now(self) -> float:
        return self.clock.now()

    def credentials(self, appid: str | None, secret: str | None) -> SandboxApp:
        app = self.apps.get(appid or "")
        if app is None:
            raise WxFail(40013, "invalid appid")
        if not secret or not secrets.compare_digest(secret.encode(), app.secret.encode()):
            raise WxFail(40125, "invalid appsecret")
        return app

    def reset(self) -> None:
        """Back to a fresh sandbox with the same apps (in place: the app is frozen once started)."""
        self.__dict__.update(SandboxState(apps=self.apps).__dict__)


STATE = web.AppKey("sandbox_state", SandboxState)
