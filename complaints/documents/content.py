"""What each 文书 says, filled from the case (forms of 第121号, facts.md §4.1, S).

The content is built once, when the document is issued, and kept with it (ComplaintDocument.fields_snapshot),
so a later download shows what was issued even if the case changes afterwards.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from complaints.intake_grounds import refusal_grounds, termination_grounds
from complaints.kinds import facts_text, kind_label
from complaints.models import Complaint
from complaints.schemas import district_name

DOCUMENTS_FILE = Path(__file__).resolve().parent.parent / "data" / "documents.json"
CHANNEL_LABELS = {"miniapp": "微信小程序", "phone": "电话", "counter": "窗口"}
DETAIL_FIELDS = {
    "identity_notice": {"materials": "需提供的材料", "deadline": "提供期限"},
    "acceptance": {"note": "说明"},
    "refusal": {"note": "说明"},
    "mediation_notice": {"time": "调解时间", "place": "调解地点", "materials": "需携带的材料"},
    "termination": {"note": "说明"},
    "mediation_agreement": {"agreement": "调解协议内容"},
    "report_result": {"result": "处理结果"},
    "registration_form": {"request": "投诉请求"},
}


@cache
def document_data() -> dict[str, Any]:
    return json.loads(DOCUMENTS_FILE.read_text(encoding="utf-8"))


def document_kinds() -> dict[str, dict[str, Any]]:
    return document_data()["kinds"]


@dataclass
class DocumentContent:
    bureau: str
    title: str
    number: str
    addressee: str
    paragraphs: list[str]
    table: list[tuple[str, str]] = field(default_factory=list)
    checklist: list[tuple[bool, str]] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    issued_on: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentContent:
        values = dict(data)
        values["table"] = [tuple(row) for row in values.get("table", [])]
        values["checklist"] = [tuple(row) for row in values.get("checklist", [])]
        return cls(**values)

    def plain_text(self) -> str:
        lines = [self.bureau, self.title, self.number, self.addressee, *self.paragraphs]
        lines += [f"{label}：{value}" for label, value in self.table]
        lines += [("■ " if marked else "□ ") + text for marked, text in self.checklist]
        return "\n".join([*lines, *self.closing, self.issued_on])


def _date(value: date | None) -> str:
    return f"{value.year}年{value.month}月{value.day}日" if value else "____年__月__日"


def _case_line(c: Complaint) -> str:
    what = "举报" if c.track == "report" else "投诉"
    channel = CHANNEL_LABELS.get(c.intake_channel, c.intake_channel)
    subject = f"“{c.merchant_name}”（{c.location}）{kind_label(c.kind)}问题"
    return f"{_date(c.received_on)}通过{channel}提出的关于{subject}的{what}（编号{c.tracking_no}）"


def _addressee(c: Complaint) -> str:
    return f"{c.complainant_name or '匿名举报人'}："


def _checklist(grounds: dict[str, str], marked: str | None) -> list[tuple[bool, str]]:
    return [(code == marked, f"（{i}）{label}") for i, (code, label) in enumerate(grounds.items(), start=1)]


def build(
    *, kind: str, complaint: Complaint, number: str, ground: str | None, details: dict[str, str], today: date
) -> DocumentContent:
    c = complaint
    spec = document_kinds()[kind]
    content = DocumentContent(
        bureau=document_data()["bureau"],
        title=spec["title"],
        number=number,
        addressee=_addressee(c),
        paragraphs=[],
        issued_on=_date(today),
        closing=[document_data()["bureau"] + "（印章）"],
    )
    line = _case_line(c)
    note = details.get("note", "")
    if kind == "identity_notice":
        materials = details.get("materials") or "居民身份证等身份证明材料"
        deadline = details.get("deadline") or "收到本通知书之日起五个工作日内"
        content.paragraphs = [
            f"你于{line}，尚未提供真实身份证明材料。",
            f"依据《市场监督管理投诉举报处理办法》第十条的规定，请于{deadline}提供：{materials}。",
            "逾期未提供的，本局将依据该办法第十条、第十六条的规定不予受理。",
        ]
    elif kind == "acceptance":
        content.paragraphs = [f"你于{line}，经审查，符合受理条件，本局决定予以受理。", note]
    elif kind == "refusal":
        content.paragraphs = [f"你于{line}，经审查，存在下列已勾选的情形，本局决定不予受理：", note]
        content.checklist = _checklist(refusal_grounds(c.regulation), ground or c.refusal_reason)
    elif kind == "mediation_notice":
        content.addressee = f"{c.complainant_name}、{c.merchant_name}："
        content.paragraphs = [
            f"关于{line}，本局决定组织调解。",
            f"调解时间：{details.get('time') or '另行通知'}；调解地点：{details.get('place') or '另行通知'}。",
            f"请携带：{details.get('materials') or '身份证明、购物凭证及相关证据'}。",
            "当事人认为调解人员与投诉有利害关系、可能影响公正调解的，可以申请其回避。",
        ]
    elif kind == "termination":
        content.addressee = f"{c.complainant_name}、{c.merchant_name}："
        content.paragraphs = [
            f"关于{line}，本局已于{_date(c.received_on)}后受理并组织调解。因存在下列情形，决定终止调解：",
            note,
        ]
        content.checklist = _checklist(termination_grounds(c.regulation), ground)
        content.closing.insert(0, "投诉人可以依法申请仲裁或者向人民法院提起诉讼。")
    elif kind == "mediation_agreement":
        content.addressee = ""
        agreed = details.get("agreement") or _agreed_amounts(c)
        content.table = [
            ("投诉人", c.complainant_name),
            ("联系电话", c.contact_phone),
            ("被投诉人", c.merchant_name),
            ("被投诉人地址", c.location),
            ("投诉事实", c.description),
            ("调解协议", agreed),
        ]
        content.paragraphs = ["经本局主持调解，双方自愿达成如下协议："]
        content.closing = ["投诉人（签字）：", "被投诉人（签字）：", "调解人员（签字）：", *content.closing]
    elif kind == "report_result":
        content.paragraphs = [
            f"你于{line}，本局已依法核查。",
            f"处理结果：{details.get('result') or c.outcome_note or '见本局处理决定'}。",
            "感谢你对市场监管工作的支持。",
        ]
    elif kind == "registration_form":
        content.addressee = ""
        what = "举报" if c.track == "report" else "投诉"
        content.title = f"{what}登记表"
        content.table = [
            ("登记方式", CHANNEL_LABELS.get(c.intake_channel, c.intake_channel)),
            ("登记编号", c.tracking_no),
            (f"{what}人姓名", c.complainant_name or "匿名"),
            ("联系电话", c.contact_phone or "—"),
            ("联系地址", c.complainant_address or "—"),
            (f"被{what}人", c.merchant_name),
            ("地址", f"{district_name(c.district)} {c.location}"),
            ("类别", kind_label(c.kind)),
            ("具体信息", facts_text(c.kind, c.kind_facts) or "—"),
            ("事实与理由", c.description),
            (f"{what}请求", details.get("request") or "—"),
        ]
        content.paragraphs = []
        content.closing = ["登记人：", f"登记日期：{_date(c.received_on)}"]
    content.paragraphs = [p for p in content.paragraphs if p]
    return content


def _agreed_amounts(c: Complaint) -> str:
    parts = []
    if c.refund_amount:
        parts.append(f"被投诉人退还投诉人{c.refund_amount}元")
    if c.compensation_amount:
        parts.append(f"赔偿{c.compensation_amount}元")
    return "，".join(parts) or "（由调解人员填写）"
