"""The complaint domain's settings, from JILIANG_COMPLAINT_* environment variables (and `.env`).

Read through `settings.section(ComplaintSettings)` on the core Settings (core/settings.py).
"""

from __future__ import annotations

from pydantic_settings import BaseSettings, SettingsConfigDict


class ComplaintSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="JILIANG_COMPLAINT_", env_file=".env", extra="ignore")

    # Mini-program subscribe-message template for complaint status changes (公众平台 → 订阅消息).
    status_template_id: str = "jiliang-complaint-status-demo"
