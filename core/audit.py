"""The audit log: append-only, every entry chained to the previous one by SHA-256 over canonical JSON.

- `append` serialises writers: on PostgreSQL a transaction-scoped advisory lock, everywhere a unique `seq`
  (a writer that lost a race retries on the new head), so processes and workers keep one chain.
- `verify` recomputes every hash and link; `jiliang audit verify` exits 0 only when the chain is intact.
- `prune` keeps the retention period: it first appends an `audit.pruned` entry naming the last entry it removes
  (sequence and hash), so the oldest remaining entry still links to something the chain itself vouches for.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from aiohttp import web
from tortoise.exceptions import IntegrityError, OperationalError
from tortoise.transactions import in_transaction

from core.models import AuditEntry, StaffAccount

log = logging.getLogger(__name__)

GENESIS = "0" * 64
PRUNED = "audit.pruned"
ADVISORY_LOCK_KEY = 0x6A6C6175  # "jlau": one PostgreSQL advisory lock for the audit chain
APPEND_ATTEMPTS = 20
VERIFY_BATCH = 2000
REDACTED = "***"
SECRET_FIELDS = {"password", "new_password", "current_password", "token", "totp_code", "code", "csrf_token"}

# Chinese labels for the console's audit page; an action without one shows its code.
ACTION_LABELS = {
    "login.success": "登录成功",
    "login.failure": "登录失败",
    "login.locked": "账号因多次登录失败被锁定",
    "login.totp_failure": "动态验证码错误",
    "logout": "退出登录",
    "logout.everywhere": "退出所有设备",
    "password.change": "修改密码",
    "password.reset": "重置密码",
    "totp.enable": "启用动态验证码",
    "totp.disable": "停用动态验证码",
    "staff.create": "新建工作人员账号",
    "staff.update": "修改工作人员账号",
    "staff.token": "重新生成 API 令牌",
    "complaint.view_personal": "查看投诉人完整联系方式",
    "complaint.accept": "受理投诉",
    "complaint.refuse": "不予受理",
    "complaint.mediation": "开始调解",
    "complaint.outcome": "记录调解结果",
    "complaint.assign": "转派投诉",
    "complaint.photo_review": "审核投诉照片",
    "complaint.export": "导出投诉数据",
    "verification.export": "导出强检数据",
    "complaint.policy": "新增时限政策版本",
    "complaint.policy_confirm": "确认时限政策版本",
    "complaint.policy_recompute": "按确认的时限政策重算在办投诉期限",
    "complaint.fair_scale": "登记或修改公平秤",
    "complaint.column_override": "改按另一档负偏差认定",
    "complaint.pump_check": "安排加油（加气）机检定核查",
    "complaint.batch_check": "记录定量包装商品批量抽样检验",
    "verification_check.result": "录入检定核查结果",
    "enterprise.approve": "企业审核通过",
    "enterprise.reject": "企业审核不通过",
    "booking.check_in": "预约签到",
    "booking.results": "录入检定结果",
    "booking.cancel": "取消预约",
    "site.create": "新增检定机构",
    "site.update": "修改检定机构",
    "slot.open": "开放检定时段",
    "slot.capacity": "修改时段容量",
    "slot.close": "关闭检定时段",
    "slot.reopen": "重新开放检定时段",
    "staff.wechat_code": "获取微信绑定码",
    "staff.wechat_bind": "绑定微信",
    "staff.wechat_unbind": "解除微信绑定",
    "audit.view": "查看审计日志",
    "kb.entry_propose": "提交新知识库条目待审核",
    "kb.entry_edit": "修改知识库条目（答案待审核）",
    "kb.entry_delete": "删除知识库条目",
    "kb.import_propose": "导入知识库（新条目和答案待审核）",
    "kb.draft_approve": "审核通过知识库答案并生效",
    "kb.draft_reject": "退回知识库答案",
    "kb.unanswered_attach": "把未回答的问题归入条目",
    "kb.unanswered_dismiss": "忽略未回答的问题",
    "publicity.kb_answer_approved": "审核通过知识库答案并生效",
    "publicity.kb_answer_rejected": "退回知识库答案",
    "publicity.kb_entry_proposed": "提交新知识库条目待审核",
    "publicity.bot_content_saved": "保存机器人内容草稿",
    "publicity.bot_content_approved": "审核通过机器人内容",
    "publicity.bot_content_published": "机器人内容生效",
    "publicity.bot_menu_pushed": "推送公众号菜单",
    PRUNED: "按保存期限清理审计日志",
}


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def json_safe(value: Any) -> Any:
    """Details as they will read back from the database (Decimals, dates as strings), secrets redacted."""
    plain = json.loads(json.dumps(value, ensure_ascii=False, default=str))
    return _redact(plain)


def _redact(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: (REDACTED if k in SECRET_FIELDS else _redact(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact(v) for v in value]
    return value


def _timestamp(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def entry_hash(
    *,
    seq: int,
    at: datetime,
    actor_id: int | None,
    actor_name: str,
    ip: str,
    action: str,
    target: str,
    details: Mapping[str, Any],
    prev_hash: str,
) -> str:
    body = {
        "seq": seq,
        "at": _timestamp(at),
        "actor_id": actor_id,
        "actor_name": actor_name,
        "ip": ip,
        "action": action,
        "target": target,
        "details": details,
        "prev_hash": prev_hash,
    }
    return hashlib.sha256(canonical_json(body).encode()).hexdigest()


def _stored_hash(entry: AuditEntry) -> str:
    return entry_hash(
        seq=entry.seq,
        at=entry.at,
        actor_id=entry.actor_id,
        actor_name=entry.actor_name,
        ip=entry.ip,
        action=entry.action,
        target=entry.target,
        details=entry.details,
        prev_hash=entry.prev_hash,
    )


async def _lock_chain(conn: Any) -> None:
    if conn.capabilities.dialect == "postgres":
        await conn.execute_query("SELECT pg_advisory_xact_lock($1)", [ADVISORY_LOCK_KEY])


async def append(
    action: str,
    *,
    actor: StaffAccount | None = None,
    actor_name: str | None = None,
    ip: str = "",
    target: str = "",
    details: Mapping[str, Any] | None = None,
) -> AuditEntry:
    """Add one entry at the head of the chain."""
    clean = json_safe(dict(details or {}))
    name = actor_name or (actor.display_name if actor else "系统")
    for _ in range(APPEND_ATTEMPTS):
        try:
            async with in_transaction() as conn:
                await _lock_chain(conn)
                head = await AuditEntry.all().using_db(conn).order_by("-seq").first()
                seq = head.seq + 1 if head else 1
                prev = head.hash if head else GENESIS
                at = datetime.now(UTC)
                fields = {
                    "seq": seq,
                    "at": at,
                    "actor_id": actor.id if actor else None,
                    "actor_name": name[:64],
                    "ip": ip[:64],
                    "action": action[:64],
                    "target": target[:128],
                    "details": clean,
                    "prev_hash": prev,
                }
                return await AuditEntry.create(using_db=conn, hash=entry_hash(**fields), **fields)
        except IntegrityError:
            continue  # another writer took this sequence number: build on the new head
        except OperationalError:
            # SQLite: another process holds the write lock and ours could not upgrade (busy); try again shortly.
            await asyncio.sleep(0.01 + random.random() * 0.05)
    raise RuntimeError("audit log: could not append after repeated conflicts")


def client_ip(request: web.Request) -> str:
    return request.remote or ""


async def record(
    request: web.Request,
    action: str,
    *,
    actor: StaffAccount | None,
    target: str = "",
    details: Mapping[str, Any] | None = None,
    actor_name: str | None = None,
) -> AuditEntry:
    """The one helper every channel calls: who (actor), when (now), from where (the request's IP), what."""
    return await append(
        action, actor=actor, actor_name=actor_name, ip=client_ip(request), target=target, details=details
    )


class AuditRecorder(Protocol):
    """Writes one entry on behalf of a request the caller has already bound: what a domain function that must
    audit is given, so that it never sees the HTTP request."""

    async def __call__(
        self,
        action: str,
        *,
        actor: StaffAccount | None,
        target: str = "",
        details: Mapping[str, Any] | None = None,
    ) -> AuditEntry: ...


def recorder(request: web.Request) -> AuditRecorder:
    """`record` bound to the request (its client IP), for a channel to hand to a domain function."""

    async def write(
        action: str,
        *,
        actor: StaffAccount | None,
        target: str = "",
        details: Mapping[str, Any] | None = None,
    ) -> AuditEntry:
        return await record(request, action, actor=actor, target=target, details=details)

    return write


# --- verification ------------------------------------------------------------------------------------


@dataclass
class VerifyResult:
    entries: int = 0
    first_seq: int | None = None
    last_seq: int | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.problems


def _prune_anchor(entry: AuditEntry) -> tuple[int, str] | None:
    if entry.action != PRUNED:
        return None
    try:
        return int(entry.details["through_seq"]), str(entry.details["through_hash"])
    except (KeyError, TypeError, ValueError):
        return None


async def verify() -> VerifyResult:
    result = VerifyResult()
    previous: AuditEntry | None = None
    first: AuditEntry | None = None
    anchors: set[tuple[int, str]] = set()
    offset = 0
    while True:
        batch = await AuditEntry.all().order_by("seq").offset(offset).limit(VERIFY_BATCH)
        if not batch:
            break
        offset += len(batch)
        for entry in batch:
            result.entries += 1
            if _stored_hash(entry) != entry.hash:
                result.problems.append(f"第{entry.seq}条：内容与其哈希不符（记录被修改）")
            if previous is None:
                first = entry
            elif entry.seq != previous.seq + 1:
                result.problems.append(f"第{previous.seq}条之后缺少记录（下一条是第{entry.seq}条）")
            elif entry.prev_hash != previous.hash:
                result.problems.append(f"第{entry.seq}条：与前一条的链接不符")
            if (anchor := _prune_anchor(entry)) is not None:
                anchors.add(anchor)
            previous = entry
    if first is not None and previous is not None:
        result.first_seq, result.last_seq = first.seq, previous.seq
        start_ok = (first.seq == 1 and first.prev_hash == GENESIS) or (first.seq - 1, first.prev_hash) in anchors
        if not start_ok:
            result.problems.append(f"最早一条（第{first.seq}条）之前的记录被删除，且没有清理记录为其作证")
    return result


# --- retention ---------------------------------------------------------------------------------------


async def prune(*, retention_days: int, now: datetime | None = None) -> int:
    """Remove entries older than the retention period; returns how many. The anchor entry goes first."""
    cutoff = (now or datetime.now(UTC)) - timedelta(days=retention_days)
    last_old = await AuditEntry.filter(at__lt=cutoff).order_by("-seq").first()
    if last_old is None:
        return 0
    count = await AuditEntry.filter(seq__lte=last_old.seq).count()
    await append(
        PRUNED,
        actor_name="系统",
        details={
            "through_seq": last_old.seq,
            "through_hash": last_old.hash,
            "removed": count,
            "before": _timestamp(cutoff),
            "retention_days": retention_days,
        },
    )
    await AuditEntry.filter(seq__lte=last_old.seq).delete()
    log.info("audit log: %d entries older than %s removed", count, cutoff.date())
    return count
