"""诚信计量示范单位: application with evidence, two-person review, 公示 with objections, award, revocation.

Policy (publicity days, validity, evidence bounds, revocation thresholds) is data/award_policy.json, versioned;
each application keeps the policy version it was decided under.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from core import clock
from core.errors import Conflict, Forbidden, InvalidInput, InvalidTransition, NotFound
from credit.models import (
    AwardApplication,
    AwardStatus,
    Business,
    Inspection,
    InspectionStatus,
    Objection,
)
from credit.policy import award_policy
from credit.record import at_least, credit_record
from credit.service import active_commitment

MAGIC = {b"\xff\xd8\xff": "image/jpeg", b"\x89PNG\r\n\x1a\n": "image/png", b"%PDF-": "application/pdf"}
EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "application/pdf": "pdf"}
OPEN_STATUSES = (AwardStatus.SUBMITTED, AwardStatus.FIRST_APPROVED, AwardStatus.PUBLICITY, AwardStatus.AWARDED)


def evidence_dir(var_dir: Path, application_id: int) -> Path:
    return var_dir / "uploads" / "credit" / str(application_id)


async def apply(*, business: Business, user_id: int, statement: str) -> AwardApplication:
    policy = award_policy()
    if business.sector not in policy["eligible_sectors"]:
        raise InvalidInput("该经营类别暂不参加示范单位评定", code="sector_not_eligible")
    if policy["requires_active_commitment"] and await active_commitment(business.id) is None:
        raise InvalidInput("请先在线作出诚信计量承诺，再申请示范单位", code="commitment_required")
    record = await credit_record(business, on=clock.today())
    if not at_least(record.level, policy["min_credit_level"]):
        raise InvalidInput(
            f"当前信用等级为{record.level_label}，申请示范单位需达到{policy['min_credit_level']}级及以上",
            code="credit_level_too_low",
        )
    if await AwardApplication.filter(business_id=business.id, status__in=list(OPEN_STATUSES)).exists():
        raise Conflict("该经营者已有在审或有效的示范单位申请", code="award_application_open")
    if not statement.strip():
        raise InvalidInput("请填写申请说明", code="statement_required")
    return await AwardApplication.create(
        business=business, user_id=user_id, statement=statement.strip(), policy_version=policy["version"]
    )


def sniff(data: bytes) -> str | None:
    for magic, kind in MAGIC.items():
        if data.startswith(magic):
            return kind
    return None


async def add_evidence(*, application: AwardApplication, var_dir: Path, filename: str, data: bytes) -> AwardApplication:
    """One evidence file (photo or PDF), checked by content, bounded in size and number."""
    limits = award_policy()["evidence"]
    if application.status != AwardStatus.SUBMITTED:
        raise InvalidTransition("申请已进入审核，不能再补充材料", code="evidence_closed")
    if len(application.evidence) >= int(limits["max_files"]):
        raise InvalidInput(f"证明材料最多 {limits['max_files']} 个", code="too_many_files")
    if not data:
        raise InvalidInput("文件为空", code="empty_file")
    if len(data) > int(limits["max_bytes"]):
        raise InvalidInput(f"单个文件不能超过 {int(limits['max_bytes']) // 1048576} MB", code="file_too_large")
    kind = sniff(data)
    if kind is None or kind not in limits["types"]:
        raise InvalidInput("只接受 JPEG、PNG 图片或 PDF 文件", code="unsupported_file_type")
    folder = evidence_dir(var_dir, application.id)
    folder.mkdir(parents=True, exist_ok=True)
    stored = f"{secrets.token_hex(8)}.{EXTENSIONS[kind]}"
    (folder / stored).write_bytes(data)
    entry = {
        "name": filename[:100] or stored,
        "file": stored,
        "type": kind,
        "bytes": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
    }
    application.evidence = [*application.evidence, entry]
    await application.save(update_fields=["evidence"])
    return application


async def get_application(application_id: int) -> AwardApplication:
    application = await AwardApplication.get_or_none(id=application_id).prefetch_related("business")
    if application is None:
        raise NotFound("没有找到该申请", code="award_application_not_found")
    return application


async def applications_of(business_id: int) -> list[AwardApplication]:
    """Every 示范单位 application of a business, oldest first."""
    return await AwardApplication.filter(business_id=business_id).order_by("id")


async def list_applications(
    *, status: AwardStatus | None, page: int, page_size: int
) -> tuple[list[AwardApplication], int]:
    """Newest first, optionally of one status: a page and the total."""
    query = AwardApplication.all()
    if status:
        query = query.filter(status=status)
    rows = await query.order_by("-id").offset((page - 1) * page_size).limit(page_size)
    return rows, await query.count()


async def recent_applications(*, status: AwardStatus | None, limit: int = 200) -> list[AwardApplication]:
    """The latest applications (with their business), optionally of one status."""
    query = AwardApplication.all().prefetch_related("business")
    if status:
        query = query.filter(status=status)
    return await query.order_by("-id").limit(limit)


async def objections_of(application_id: int) -> list[Objection]:
    return await Objection.filter(application_id=application_id).order_by("id")


async def get_objection(objection_id: int) -> Objection:
    objection = await Objection.get_or_none(id=objection_id)
    if objection is None:
        raise NotFound("没有找到该异议", code="objection_not_found")
    return objection


async def _move(application: AwardApplication, expected: AwardStatus, **changes: object) -> AwardApplication:
    updated = await AwardApplication.filter(id=application.id, status=expected).update(**changes)
    if not updated:
        raise InvalidTransition("申请状态已变化，请刷新后重试", code="award_state_changed")
    return await get_application(application.id)


async def first_review(*, application: AwardApplication, staff_id: int, approve: bool, note: str) -> AwardApplication:
    if application.status != AwardStatus.SUBMITTED:
        raise InvalidTransition("该申请不在待初审状态", code="award_not_submitted")
    if approve and not application.evidence:
        raise InvalidInput("申请人尚未提交证明材料", code="evidence_required")
    status = AwardStatus.FIRST_APPROVED if approve else AwardStatus.REJECTED
    return await _move(
        application,
        AwardStatus.SUBMITTED,
        status=status,
        first_reviewer=staff_id,
        first_reviewed_at=clock.now_local(),
        decision_note=note[:500],
    )


async def second_review(
    *, application: AwardApplication, staff_id: int, approve: bool, note: str, on: date | None = None
) -> AwardApplication:
    """The second pair of eyes: another staff member than the first reviewer; approval opens the 公示."""
    if application.status != AwardStatus.FIRST_APPROVED:
        raise InvalidTransition("该申请不在待复核状态", code="award_not_first_approved")
    if application.first_reviewer == staff_id:
        raise Forbidden("复核须由初审以外的另一名工作人员进行", code="second_reviewer_required")
    day = on or clock.today()
    if not approve:
        return await _move(
            application,
            AwardStatus.FIRST_APPROVED,
            status=AwardStatus.REJECTED,
            second_reviewer=staff_id,
            second_reviewed_at=clock.now_local(),
            decision_note=note[:500],
        )
    days = int(award_policy()["publicity_days"])
    return await _move(
        application,
        AwardStatus.FIRST_APPROVED,
        status=AwardStatus.PUBLICITY,
        second_reviewer=staff_id,
        second_reviewed_at=clock.now_local(),
        publicity_starts_on=day,
        publicity_ends_on=day + timedelta(days=days - 1),
        decision_note=note[:500],
    )


async def object_to(*, application: AwardApplication, text: str, contact: str, on: date | None = None) -> Objection:
    day = on or clock.today()
    if application.status != AwardStatus.PUBLICITY or (
        application.publicity_ends_on is not None and day > application.publicity_ends_on
    ):
        raise InvalidTransition("该单位不在公示期内", code="not_in_publicity")
    limit = int(award_policy()["objection"]["max_chars"])
    if not text.strip() or len(text) > limit:
        raise InvalidInput(f"异议内容为 1–{limit} 字", code="invalid_objection")
    return await Objection.create(application=application, text=text.strip(), contact=contact.strip()[:32])


async def decide_objection(*, objection_id: int, staff_id: int, upheld: bool) -> Objection:
    objection = await Objection.get_or_none(id=objection_id)
    if objection is None:
        raise NotFound("没有找到该异议", code="objection_not_found")
    updated = await Objection.filter(id=objection_id, upheld__isnull=True).update(upheld=upheld, decided_by=staff_id)
    if not updated:
        raise Conflict("该异议已处理", code="objection_decided")
    await objection.refresh_from_db()
    return objection


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class Finalised:
    application: AwardApplication
    awarded: bool


async def finalise(*, application: AwardApplication, on: date | None = None) -> Finalised:
    """After the 公示: award (validity from policy) unless an objection was upheld; undecided objections wait."""
    day = on or clock.today()
    if application.status != AwardStatus.PUBLICITY:
        raise InvalidTransition("该申请不在公示期", code="not_in_publicity")
    assert application.publicity_ends_on is not None
    if day <= application.publicity_ends_on:
        raise InvalidTransition(
            f"公示期至 {application.publicity_ends_on} 结束，期满后方可授予", code="publicity_running"
        )
    objections = await Objection.filter(application_id=application.id)
    if any(o.upheld is None for o in objections):
        raise InvalidTransition("公示期内的异议尚未全部处理", code="objections_pending")
    if any(o.upheld for o in objections):
        done = await _move(
            application, AwardStatus.PUBLICITY, status=AwardStatus.REJECTED, decision_note="公示期异议成立，不予授予"
        )
        return Finalised(done, False)
    years = int(award_policy()["validity_years"])
    valid_until = _add_years(day, years) - timedelta(days=1)
    done = await _move(
        application, AwardStatus.PUBLICITY, status=AwardStatus.AWARDED, awarded_on=day, valid_until=valid_until
    )
    return Finalised(done, True)


async def revoke(*, application: AwardApplication, reason: str, on: date | None = None) -> AwardApplication:
    if application.status != AwardStatus.AWARDED:
        raise InvalidTransition("只有已授予的称号可以撤销", code="award_not_active")
    if len(reason.strip()) < 2:
        raise InvalidInput("请填写撤销理由（至少2个字）", code="reason_required")
    return await _move(
        application,
        AwardStatus.AWARDED,
        status=AwardStatus.REVOKED,
        revoked_on=on or clock.today(),
        decision_note=reason.strip()[:500],
    )


async def revocation_reason(application: AwardApplication, *, on: date) -> str | None:
    """Why the policy revokes this award now (upheld complaints or failed inspections over the threshold), if so."""
    rule = award_policy()["revocation"]
    since = on - timedelta(days=int(rule["window_days"]))
    record = await credit_record(application.business, on=on)
    complaints = sum(1 for e in record.events if e.kind == "complaint" and e.on >= since)
    failed = await Inspection.filter(
        business_id=application.business_id, status=InspectionStatus.DONE, passed=False, inspected_on__gte=since
    ).count()
    if complaints >= int(rule["upheld_complaints"]):
        return f"近{rule['window_days']}天投诉查实 {complaints} 次，达到撤销标准（{rule['upheld_complaints']} 次）"
    if failed >= int(rule["failed_inspections"]):
        return f"近{rule['window_days']}天监督检查不合格 {failed} 次，达到撤销标准（{rule['failed_inspections']} 次）"
    return None


async def daily_pass(*, on: date) -> dict[str, int]:
    """Finalise ended 公示 (when no objection waits), revoke awards over the policy threshold, expire old ones."""
    counts = {"awarded": 0, "rejected": 0, "revoked": 0, "expired": 0}
    for application in await AwardApplication.filter(
        status=AwardStatus.PUBLICITY, publicity_ends_on__lt=on
    ).prefetch_related("business"):
        if await Objection.filter(application_id=application.id, upheld__isnull=True).exists():
            continue
        result = await finalise(application=application, on=on)
        counts["awarded" if result.awarded else "rejected"] += 1
    for application in await AwardApplication.filter(status=AwardStatus.AWARDED).prefetch_related("business"):
        if application.valid_until is not None and application.valid_until < on:
            await _move(application, AwardStatus.AWARDED, status=AwardStatus.EXPIRED)
            counts["expired"] += 1
        elif (reason := await revocation_reason(application, on=on)) is not None:
            await revoke(application=application, reason=reason, on=on)
            counts["revoked"] += 1
    return counts


async def current_award(business_id: int, *, on: date | None = None) -> AwardApplication | None:
    day = on or clock.today()
    return await AwardApplication.filter(
        business_id=business_id, status=AwardStatus.AWARDED, valid_until__gte=day
    ).first()
