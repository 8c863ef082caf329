"""The appointments domain's settings, from JILIANG_APPOINTMENT_* environment variables (and `.env`).

Read through `settings.section(AppointmentSettings)` on the core Settings (core/settings.py).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class AppointmentSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="JILIANG_APPOINTMENT_", env_file=".env", extra="ignore")

    cancel_cutoff_hours: int = Field(24, ge=0)  # cancel/reschedule allowed until this long before
    reminder_days: list[int] = [30, 7]  # due-soon reminders, days before the due date
    no_show_grace_hours: int = Field(24, ge=0)  # after the slot ends, an unchecked booking lapses
    catalogue_file: Path | None = None  # local override of appointments/data/catalogue.json
    template_booking: str = "tpl-verification-booking"  # subscribe-message template ids
    template_due: str = "tpl-verification-due"
    template_result: str = "tpl-verification-result"
    template_review: str = "tpl-enterprise-review"
