"""Who complains: name, contact phone and address (总局令第20号 Art. 9, 第121号 Art. 10, 消保法实施条例 Art. 46).

A complaint needs all three; a named report needs a name and a phone; an anonymous report keeps none (and then
gets no feedback). What is missing is named in one message, never refused silently. Staff see the data masked;
the full view is a separate, audited read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from complaints.kinds import COMPLAINT, REPORT
from core.errors import InvalidInput
from core.privacy import mask_name, mask_phone

PHONE_RE = re.compile(r"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")
MIN_ADDRESS = 5


@dataclass(frozen=True)
class Identity:
    name: str
    phone: str
    address: str
    anonymous: bool


def normalise_phone(raw: str | None, fallback: str | None) -> str:
    phone = re.sub(r"\s", "", raw or "") or (fallback or "")
    return phone[3:] if phone.startswith("+86") else phone


def collect(
    *, track: str, anonymous: bool, name: str | None, address: str | None, phone: str | None, bound_phone: str | None
) -> Identity:
    """The identity to keep, or one 422 naming every missing item (the phone falls back to WeChat's phone grant)."""
    if anonymous:
        if track != REPORT:
            raise InvalidInput("投诉须实名（姓名、联系电话、地址）；只有举报可以匿名", code="anonymous_complaint")
        return Identity(name="", phone="", address="", anonymous=True)
    name, address = (name or "").strip(), (address or "").strip()
    number = normalise_phone(phone, bound_phone)
    missing = []
    if len(name) < 2:
        missing.append("姓名")
    if not number:
        missing.append("联系电话")
    if track == COMPLAINT and len(address) < MIN_ADDRESS:
        missing.append("联系地址")
    if missing:
        who = "投诉" if track == COMPLAINT else "实名举报"
        raise InvalidInput(
            f"{who}须提供真实身份信息，请补充：{'、'.join(missing)}（依据《市场监督管理投诉举报处理办法》）",
            code="phone_required" if missing == ["联系电话"] else "identity_missing",
            missing=missing,
        )
    if not PHONE_RE.match(number):
        raise InvalidInput("联系电话格式不正确，请填写11位手机号或带区号的固定电话", code="invalid_phone")
    return Identity(name=name, phone=number, address=address, anonymous=False)


def mask_address(address: str | None) -> str:
    """The district part only: enough to route a case, not to find a door."""
    if not address:
        return ""
    return address[:6] + "****" if len(address) > 6 else address[:2] + "****"


def masked(*, name: str, phone: str, address: str) -> dict[str, str | None]:
    return {"name": mask_name(name) or "", "phone": mask_phone(phone), "address": mask_address(address)}
