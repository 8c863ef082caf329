"""Tuning of campaign delivery, from JILIANG_CAMPAIGN_* environment variables (read when a job starts)."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class CampaignSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="JILIANG_CAMPAIGN_", env_file=".env", extra="ignore")

    # Shared by every worker (token bucket in Redis). Per-recipient sends (subscribe / customer-service):
    send_rate_per_second: float = Field(50.0, gt=0)
    # Mass-send API calls: WeChat allows 60 requests a minute.
    mass_rate_per_second: float = Field(1.0, gt=0)
    burst_seconds: float = Field(0.2, gt=0)  # bucket capacity = rate * burst_seconds (at least 1)
    senders: int = Field(2, ge=1, le=32)  # sender jobs per campaign
    concurrency: int = Field(16, ge=1, le=256)  # requests in flight per sender
    batch_size: int = Field(200, ge=1, le=5000)  # rows claimed at once
    mass_batch_size: int = Field(10_000, ge=2, le=10_000)  # WeChat takes up to 10 000 openids per mass send
    lease_seconds: float = Field(60.0, gt=0)  # a claim expires this long after its last renewal
    heartbeat_seconds: float = Field(15.0, gt=0)  # a sender silent this long is presumed dead
    slice_seconds: float = Field(200.0, gt=0)  # a sender job hands over to a fresh job (arq's job timeout is 300 s)
    idle_poll_seconds: float = Field(0.5, gt=0)
    max_attempts: int = Field(5, ge=1, le=20)
    retry_base_seconds: float = Field(2.0, ge=0)
    retry_max_seconds: float = Field(300.0, ge=0)
    mass_monthly_limit: int = Field(4, ge=1)  # service account: 4 mass messages per follower per calendar month
    custom_window_hours: int = Field(48, ge=1)  # customer-service messages only inside this window
