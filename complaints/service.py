"""Complaint services.

INTERFACE used by the bot (implemented by the complaints work):
`public_status(tracking_no=..., unionid=...)` returns the status of a case only to its own filer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class PublicStatus:
    tracking_no: str
    status_label: str  # e.g. 已受理
    updated_at: datetime
    next_step: str  # one sentence in Chinese


async def public_status(*, tracking_no: str, unionid: str | None) -> PublicStatus | None:
    """None unless the case exists and was filed by the mini-program user with this unionid."""
    raise NotImplementedError
