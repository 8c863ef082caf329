"""双随机、一公开: campaigns drawn reproducibly from the registries, inspections with versioned checklists."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tortoise.transactions import in_transaction

from complaints import credit_feed as complaints_feed
from core import clock
from core.errors import Conflict, Forbidden, InvalidInput, InvalidTransition, NotFound
from core.models import StaffAccount, StaffRole
from credit.awards import sniff
from credit.draw import DRAW_VERSION, inputs_hash, new_seed, run_draw
from credit.models import Business, CampaignStatus, Inspection, InspectionCampaign, InspectionStatus, Sector
from credit.policy import checklists, target_types
from credit.service import business_for_market

MAX_PHOTOS = 4
MAX_PHOTO_BYTES = 5 * 1024 * 1024
INSPECTOR_ROLES = (StaffRole.COMPLAINT_HANDLER, StaffRole.VERIFICATION_OFFICER)
FOLLOW_UPS = ("", "case", "verification")


def checklist_for(target_type: str) -> dict[str, Any]:
    types = target_types()
    if target_type not in types:
        raise InvalidInput("检查对象类型不正确", code="invalid_target_type")
    return types[target_type]


async def target_registry(target_type: str, district: str | None) -> list[list[object]]:
    """The registry the targets are drawn from, as a sorted [[business id, name], ...] list."""
    checklist_for(target_type)
    if target_type == Sector.MARKET:
        for market in await complaints_feed.active_markets():
            if district is None or market.district == district:
                await business_for_market(market.id)
    query = Business.filter(sector=target_type)
    if district:
        query = query.filter(district=district)
    return [[b.id, b.name] for b in await query.order_by("id")]


async def inspector_registry(district: str | None) -> list[list[object]]:
    staff = await StaffAccount.filter(active=True).order_by("id")
    return [
        [s.id, s.display_name]
        for s in staff
        if any(role in s.roles for role in INSPECTOR_ROLES) and (district is None or s.district in (None, district))
    ]


async def plan_campaign(
    *,
    title: str,
    target_type: str,
    district: str | None,
    sample_size: int,
    inspectors_per_target: int,
    staff_id: int,
    seed: str | None = None,
) -> InspectionCampaign:
    targets = await target_registry(target_type, district)
    inspectors = await inspector_registry(district)
    if not targets:
        raise InvalidInput("检查对象名录为空，无法抽取", code="no_targets")
    if len(inspectors) < inspectors_per_target:
        raise InvalidInput(f"执法检查人员不足 {inspectors_per_target} 名，无法抽取", code="not_enough_inspectors")
    if not 1 <= sample_size <= len(targets):
        raise InvalidInput(f"抽取数量应为 1–{len(targets)}", code="invalid_sample_size")
    seed = seed or new_seed()
    result = run_draw(
        seed=seed,
        targets=targets,
        inspectors=inspectors,
        sample_size=sample_size,
        inspectors_per_target=inspectors_per_target,
    )
    async with in_transaction():
        campaign = await InspectionCampaign.create(
            title=title.strip(),
            target_type=target_type,
            district=district,
            sample_size=sample_size,
            inspectors_per_target=inspectors_per_target,
            seed=seed,
            draw_version=DRAW_VERSION,
            target_inputs=targets,
            inspector_inputs=inspectors,
            inputs_hash=result.inputs_hash,
            result=result.assignments,
            checklist_version=checklists()["version"],
            created_by=staff_id,
        )
        for row in result.assignments:
            await Inspection.create(
                campaign=campaign, business_id=row["business_id"], inspector_ids=row["inspector_ids"]
            )
    return campaign


@dataclass(frozen=True)
class DrawCheck:
    inputs_hash_ok: bool
    result_ok: bool
    recomputed_hash: str
    recomputed: list[dict[str, object]]

    @property
    def ok(self) -> bool:
        return self.inputs_hash_ok and self.result_ok


def check_draw(campaign: InspectionCampaign) -> DrawCheck:
    """Redo the draw from the recorded seed and published inputs and compare with what was recorded."""
    again = run_draw(
        seed=campaign.seed,
        targets=campaign.target_inputs,
        inspectors=campaign.inspector_inputs,
        sample_size=campaign.sample_size,
        inspectors_per_target=campaign.inspectors_per_target,
    )
    recomputed_hash = inputs_hash(campaign.target_inputs, campaign.inspector_inputs)
    return DrawCheck(
        inputs_hash_ok=recomputed_hash == campaign.inputs_hash,
        result_ok=again.assignments == campaign.result,
        recomputed_hash=recomputed_hash,
        recomputed=again.assignments,
    )


async def get_campaign(campaign_id: int) -> InspectionCampaign:
    campaign = await InspectionCampaign.get_or_none(id=campaign_id)
    if campaign is None:
        raise NotFound("没有找到该检查计划", code="campaign_not_found")
    return campaign


async def publish(campaign: InspectionCampaign) -> InspectionCampaign:
    updated = await InspectionCampaign.filter(id=campaign.id, status=CampaignStatus.DRAWN).update(
        status=CampaignStatus.PUBLISHED, published_at=clock.now_local()
    )
    if not updated:
        raise InvalidTransition("该计划已公开", code="campaign_already_published")
    return await get_campaign(campaign.id)


async def campaign_inspections(campaign_id: int) -> list[Inspection]:
    return await Inspection.filter(campaign_id=campaign_id).prefetch_related("business").order_by("id")


async def get_inspection(inspection_id: int) -> Inspection:
    inspection = await Inspection.get_or_none(id=inspection_id).prefetch_related("business", "campaign")
    if inspection is None:
        raise NotFound("没有找到该检查任务", code="inspection_not_found")
    return inspection


async def record_inspection(
    *,
    inspection: Inspection,
    staff: StaffAccount,
    answers: dict[str, bool],
    findings: str,
    follow_up: str,
    photos: list[dict[str, object]] | None = None,
    on: date | None = None,
) -> Inspection:
    """Results by one of the drawn inspectors: every checklist item answered; any "no" fails the inspection."""
    if staff.id not in inspection.inspector_ids and not staff.has_role(StaffRole.ADMIN):
        raise Forbidden("只有抽中的检查人员可以录入检查结果", code="not_assigned_inspector")
    if inspection.status != InspectionStatus.PLANNED:
        raise Conflict("该检查结果已录入", code="inspection_recorded")
    if inspection.campaign.status == CampaignStatus.DRAWN:
        raise InvalidTransition("检查计划公开后方可开展检查", code="campaign_not_published")
    items = checklist_for(inspection.campaign.target_type)["items"]
    codes = [item["code"] for item in items]
    missing = [c for c in codes if c not in answers]
    unknown = [c for c in answers if c not in codes]
    if missing or unknown:
        raise InvalidInput(
            "请逐项填写检查表", code="checklist_incomplete", errors={"missing": missing, "unknown": unknown}
        )
    if follow_up not in FOLLOW_UPS:
        raise InvalidInput("后续处置选项不正确", code="invalid_follow_up")
    passed = all(answers[c] for c in codes)
    if not passed and not findings.strip():
        raise InvalidInput("检查不合格时请填写发现的问题", code="findings_required")
    updated = await Inspection.filter(id=inspection.id, status=InspectionStatus.PLANNED).update(
        status=InspectionStatus.DONE,
        answers={c: bool(answers[c]) for c in codes},
        findings=findings.strip()[:1000],
        passed=passed,
        follow_up=follow_up,
        inspected_on=on or clock.today(),
        recorded_by=staff.id,
        photos=photos or [],
    )
    if not updated:
        raise Conflict("该检查结果已录入", code="inspection_recorded")
    await _maybe_close(inspection.campaign_id)
    return await get_inspection(inspection.id)


def check_photos(files: list[tuple[str, bytes]]) -> None:
    """On-site photos: at most MAX_PHOTOS JPEG/PNG files of MAX_PHOTO_BYTES each (checked by content)."""
    if len(files) > MAX_PHOTOS:
        raise InvalidInput(f"现场照片最多 {MAX_PHOTOS} 张", code="too_many_photos")
    for _, data in files:
        if len(data) > MAX_PHOTO_BYTES:
            raise InvalidInput(f"单张照片不能超过 {MAX_PHOTO_BYTES // 1048576} MB", code="photo_too_large")
        if sniff(data) not in ("image/jpeg", "image/png"):
            raise InvalidInput("现场照片只接受 JPEG 或 PNG 图片", code="unsupported_photo_type")


def store_photos(var_dir: Path, inspection_id: int, files: list[tuple[str, bytes]]) -> list[dict[str, object]]:
    check_photos(files)
    folder = var_dir / "uploads" / "credit" / "inspections" / str(inspection_id)
    stored: list[dict[str, object]] = []
    for name, data in files:
        folder.mkdir(parents=True, exist_ok=True)
        kind = sniff(data)
        file = f"{secrets.token_hex(8)}.{'png' if kind == 'image/png' else 'jpg'}"
        (folder / file).write_bytes(data)
        stored.append({"name": name[:100], "file": file, "type": kind, "bytes": len(data)})
    return stored


async def _maybe_close(campaign_id: int) -> None:
    if not await Inspection.filter(campaign_id=campaign_id, status=InspectionStatus.PLANNED).exists():
        await InspectionCampaign.filter(id=campaign_id, status=CampaignStatus.PUBLISHED).update(
            status=CampaignStatus.CLOSED
        )


async def open_follow_ups(limit: int = 100) -> list[Inspection]:
    """Inspections whose findings call for a case or a verification request, newest first."""
    return (
        await Inspection.filter(status=InspectionStatus.DONE, follow_up__in=["case", "verification"])
        .prefetch_related("business")
        .order_by("-inspected_on", "-id")
        .limit(limit)
    )


async def list_campaigns(*, published_only: bool = False) -> list[InspectionCampaign]:
    query = InspectionCampaign.all()
    if published_only:
        query = query.filter(status__in=[CampaignStatus.PUBLISHED, CampaignStatus.CLOSED])
    return await query.order_by("-id").limit(200)
