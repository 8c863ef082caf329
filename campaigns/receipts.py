"""Delivery receipts: the msg_id WeChat gives a mass send (or a template message) and the totals it pushes back
when the job is done (MASSSENDJOBFINISH, TEMPLATESENDJOBFINISH), matched to the campaign that sent it.

The send and the receipt may be written in either order (a receipt can in principle overtake the worker's write),
so both are upserts on (kind, msg_id).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tortoise.exceptions import IntegrityError

from campaigns.models import ReceiptKind, SendReceipt
from campaigns.schemas import ReceiptStats


async def _upsert(kind: ReceiptKind, msg_id: int, values: dict[str, Any]) -> SendReceipt:
    query = SendReceipt.filter(kind=kind, msg_id=msg_id)
    for _ in range(2):
        if await query.update(**values):
            return await query.get()
        try:
            return await SendReceipt.create(kind=kind, msg_id=msg_id, **values)
        except IntegrityError:
            continue  # written concurrently by the other side: update it
    raise RuntimeError(f"could not record receipt {kind}:{msg_id}")


async def record_mass_send(*, campaign_id: int, msg_id: int, recipients: int, now: datetime) -> None:
    """A mass send WeChat accepted under `msg_id` (a repeated clientmsgid gives the same msg_id: same row)."""
    await _upsert(ReceiptKind.MASS, msg_id, {"campaign_id": campaign_id, "recipients": recipients, "sent_at": now})


async def record_delivery_receipt(
    *,
    kind: ReceiptKind | str,
    msg_id: int,
    status: str | None,
    now: datetime,
    total_count: int | None = None,
    filter_count: int | None = None,
    sent_count: int | None = None,
    error_count: int | None = None,
) -> int | None:
    """MASSSENDJOBFINISH (kind "mass") or TEMPLATESENDJOBFINISH (kind "template") for `msg_id`: WeChat's report
    on a job; returns the campaign it belongs to (None for a job none of ours sent)."""
    kind = ReceiptKind(kind)
    values: dict[str, Any] = {"status": (status or "")[:64] or None, "reported_at": now}
    if kind is ReceiptKind.MASS:
        values.update(
            total_count=total_count, filter_count=filter_count, sent_count=sent_count, error_count=error_count
        )
    receipt = await _upsert(kind, msg_id, values)
    return receipt.campaign_id  # type: ignore[attr-defined]  # FK id attribute, added by Tortoise


async def receipt_stats(campaign_id: int) -> ReceiptStats:
    """What WeChat reported about a campaign's jobs: how many it has reported, the summed totals, the statuses."""
    rows = await SendReceipt.filter(campaign_id=campaign_id).values(
        "kind", "status", "total_count", "filter_count", "sent_count", "error_count", "reported_at"
    )
    reported = [row for row in rows if row["reported_at"] is not None]
    statuses: dict[str, int] = {}
    for row in reported:
        statuses[row["status"] or "unknown"] = statuses.get(row["status"] or "unknown", 0) + 1

    def total(field: str) -> int:
        return sum(row[field] or 0 for row in reported)

    return ReceiptStats(
        jobs=len(rows),
        reported=len(reported),
        total_count=total("total_count"),
        filter_count=total("filter_count"),
        sent_count=total("sent_count"),
        error_count=total("error_count"),
        statuses=statuses,
    )
