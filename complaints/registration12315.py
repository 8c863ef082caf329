"""The case's registration on the national 12315 platform (第121号: complaints and reports are handled through
it, V). Staff record the platform's number here; the export gives what the platform's registration asks for,
so staff can copy it over case by case or in bulk."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from openpyxl import Workbook

from complaints.kinds import TRACK_LABELS, facts_text, kind_label
from complaints.models import ActorKind, Complaint, ComplaintEvent
from complaints.schemas import district_name
from core.clock import now_local
from core.errors import InvalidInput
from core.models import StaffAccount
from core.spreadsheet import safe_cell

NUMBER_RE = re.compile(r"^[A-Za-z0-9-]{6,32}$")
# What the 12315 registration of a complaint or report asks for (投诉登记表 fields, facts.md §4.1).
FIELDS = [
    ("tracking_no", "本局编号"),
    ("registration_12315", "12315登记号"),
    ("track", "投诉/举报"),
    ("complainant_name", "投诉（举报）人姓名"),
    ("contact_phone", "联系电话"),
    ("complainant_address", "联系地址"),
    ("respondent_name", "被投诉（举报）人名称"),
    ("respondent_address", "被投诉（举报）人地址"),
    ("occurred_at", "消费（发生）时间"),
    ("goods", "商品或服务名称"),
    ("kind", "问题类别"),
    ("amount", "涉及金额（元）"),
    ("facts", "具体信息"),
    ("description", "事实与理由"),
    ("received_on", "登记日期"),
]


async def record(*, complaint: Complaint, staff: StaffAccount, number: str) -> Complaint:
    number = number.strip().upper()
    if not NUMBER_RE.match(number):
        raise InvalidInput("12315登记号应为6-32位字母、数字或连字符", code="invalid_12315_number")
    now = now_local()
    await Complaint.filter(id=complaint.id).update(registration_12315=number, registered_12315_at=now, updated_at=now)
    await ComplaintEvent.create(
        complaint_id=complaint.id,
        action="register_12315",
        from_status=complaint.status.value,
        to_status=complaint.status.value,
        actor_kind=ActorKind.STAFF,
        actor_id=staff.id,
        actor_name=staff.display_name,
        note=f"已在全国12315平台登记，登记号 {number}",
    )
    return await Complaint.get(id=complaint.id)


def _amount(c: Complaint) -> str:
    if c.amount_paid is not None:
        return str(c.amount_paid)
    for key in ("amount_paid", "fare"):
        if key in (c.kind_facts or {}):
            return str((c.kind_facts or {})[key])
    return ""


def row(c: Complaint) -> dict[str, Any]:
    return {
        "tracking_no": c.tracking_no,
        "registration_12315": c.registration_12315 or "",
        "track": TRACK_LABELS.get(c.track, c.track),
        "complainant_name": c.complainant_name or ("匿名" if c.anonymous else ""),
        "contact_phone": c.contact_phone,
        "complainant_address": c.complainant_address,
        "respondent_name": c.merchant_name,
        "respondent_address": f"{district_name(c.district)} {c.location}",
        "occurred_at": c.purchased_at.astimezone(now_local().tzinfo).strftime("%Y-%m-%d %H:%M"),
        "goods": c.goods,
        "kind": kind_label(c.kind),
        "amount": _amount(c),
        "facts": facts_text(c.kind, c.kind_facts),
        "description": c.description,
        "received_on": c.received_on.isoformat(),
    }


def as_csv(cases: list[Complaint]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([label for _, label in FIELDS])
    for c in cases:
        values = row(c)
        writer.writerow([safe_cell(values[key]) for key, _ in FIELDS])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def as_xlsx(cases: list[Complaint]) -> bytes:
    book = Workbook()
    sheet = book.worksheets[0]  # the one sheet a new workbook has (its active one)
    sheet.title = "12315登记"
    sheet.append([label for _, label in FIELDS])
    for c in cases:
        values = row(c)
        sheet.append([safe_cell(values[key]) for key, _ in FIELDS])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
