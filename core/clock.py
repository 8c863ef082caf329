"""The service's one clock: the bureau's zone (Asia/Shanghai, no daylight saving) and the current moment.

Moments are stored and compared as aware datetimes; `now()` gives UTC and `now_local()` the same instant in the
bureau's zone, for what people read (dates on a case, "today" for due dates and reminders). Modules import these
functions by name, so a test can freeze one module's time with monkeypatch.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

ZONE = ZoneInfo("Asia/Shanghai")


def now() -> datetime:
    """The current instant, in UTC."""
    return datetime.now(UTC)


def now_local() -> datetime:
    """The current instant in the bureau's zone."""
    return datetime.now(ZONE)


def today() -> date:
    """Today's date in the bureau's zone (not the machine's)."""
    return now_local().date()


def local(moment: datetime) -> datetime:
    """`moment` in the bureau's zone (a naive moment is taken as UTC)."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(ZONE)


def utc(moment: datetime) -> datetime:
    """`moment` in UTC (a naive moment is taken as the bureau's local time)."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=ZONE)).astimezone(UTC)
