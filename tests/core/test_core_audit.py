"""The audit log: one hash chain across writers, tamper evidence, retention, `jiliang audit verify`, API hook."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta

from aiohttp.test_utils import TestClient

from core import audit
from core.models import AuditEntry, StaffRole
from core.settings import Settings
from tests.support.paths import ROOT


def _cli(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "JILIANG_DATABASE_URL": settings.database_url, "JILIANG_REDIS_URL": settings.redis_url or ""}
    return subprocess.run(
        [sys.executable, "-m", "jiliang", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


async def test_entries_chain_and_verify_detects_edits_and_gaps(app) -> None:  # type: ignore[no-untyped-def]
    del app
    for n in range(5):
        await audit.append(
            "complaint.accept", actor_name="王丽", ip="10.0.0.8", target=f"complaint:{n}", details={"n": n}
        )
    result = await audit.verify()
    assert result.intact and result.entries == 5 and (result.first_seq, result.last_seq) == (1, 5)
    entries = await AuditEntry.all().order_by("seq")
    assert entries[0].prev_hash == audit.GENESIS
    assert all(b.prev_hash == a.hash for a, b in zip(entries, entries[1:], strict=False))

    # An edited detail no longer matches its hash.
    await AuditEntry.filter(seq=3).update(details={"n": 99})
    result = await audit.verify()
    assert not result.intact and any("第3条" in p for p in result.problems)
    await AuditEntry.filter(seq=3).update(details={"n": 2})
    assert (await audit.verify()).intact

    # A deleted entry leaves a gap.
    await AuditEntry.filter(seq=4).delete()
    result = await audit.verify()
    assert not result.intact and any("缺少" in p for p in result.problems)


async def test_concurrent_appends_keep_one_chain(app) -> None:  # type: ignore[no-untyped-def]
    del app
    await asyncio.gather(*(audit.append("login.success", actor_name=f"u{n}") for n in range(25)))
    seqs = [e.seq for e in await AuditEntry.all().order_by("seq")]
    assert seqs == list(range(1, 26))
    assert (await audit.verify()).intact


async def test_writers_in_separate_processes_keep_one_chain(settings: Settings, app) -> None:  # type: ignore[no-untyped-def]
    del app
    script = textwrap.dedent(
        """
        import asyncio, sys
        import jiliang  # installs the components (their models)
        from core.db import orm_context
        from core import audit

        async def main():
            async with orm_context(sys.argv[1]):
                for n in range(15):
                    await audit.append("booking.results", actor_name=sys.argv[2], details={"n": n})

        asyncio.run(main())
        """
    )
    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", script, settings.database_url, f"worker-{w}", cwd=ROOT
        )
        for w in range(3)
    ]
    codes = await asyncio.gather(*(p.wait() for p in procs))
    assert codes == [0, 0, 0]
    entries = await AuditEntry.all().order_by("seq")
    assert [e.seq for e in entries] == list(range(1, 46))
    assert (await audit.verify()).intact


async def test_pruning_keeps_the_chain_verifiable(app) -> None:  # type: ignore[no-untyped-def]
    del app
    for n in range(4):
        await audit.append("login.success", actor_name=f"u{n}")
    assert await audit.prune(retention_days=183) == 0  # nothing is old enough
    removed = await audit.prune(retention_days=183, now=datetime.now(UTC) + timedelta(days=200))
    assert removed == 4
    remaining = await AuditEntry.all().order_by("seq")
    assert [e.action for e in remaining] == [audit.PRUNED]
    assert remaining[0].details["through_seq"] == 4
    await audit.append("logout", actor_name="u1")
    result = await audit.verify()
    assert result.intact and result.first_seq == 5

    # Without the anchor, the missing start is reported.
    await AuditEntry.filter(action=audit.PRUNED).delete()
    result = await audit.verify()
    assert not result.intact and any("最早一条" in p for p in result.problems)


async def test_retention_cannot_be_set_below_six_months() -> None:
    from core.settings import ConfigError, load_settings

    try:
        load_settings(audit_retention_days=90, _env_file=None)
    except ConfigError as exc:
        assert "JILIANG_AUDIT_RETENTION_DAYS" in str(exc)
    else:
        raise AssertionError("90 days accepted")


async def test_jiliang_audit_verify_exit_status(settings: Settings, app) -> None:  # type: ignore[no-untyped-def]
    del app
    await audit.append("login.success", actor_name="王丽")
    await audit.append("complaint.accept", actor_name="王丽", details={"note": "核实"})
    done = await asyncio.to_thread(_cli, settings, "audit", "verify")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "完整" in done.stdout
    await AuditEntry.filter(seq=2).update(actor_name="李四")
    done = await asyncio.to_thread(_cli, settings, "audit", "verify")
    assert done.returncode == 1
    assert "第2条" in done.stdout


async def test_admin_api_actions_are_audited_with_who_where_and_what(  # type: ignore[no-untyped-def]
    client: TestClient, staff_headers, complaint_api, citizen
) -> None:
    handler = await staff_headers(StaffRole.COMPLAINT_HANDLER)
    filed = await complaint_api.filed(await citizen())
    resp = await client.post(f"/api/v1/admin/complaints/{filed['id']}/accept", json={"note": "已核实"}, headers=handler)
    assert resp.status == 200
    resp = await client.get(f"/api/v1/admin/complaints/{filed['id']}", headers=handler)  # shows the full phone
    assert resp.status == 200
    resp = await client.get("/api/v1/admin/complaints/export.csv", headers=handler)
    assert resp.status == 200
    resp = await client.get("/api/v1/admin/staff", headers=handler)  # a plain read: not recorded
    resp = await client.post(
        "/api/v1/admin/staff", json={"username": "x1", "display_name": "x", "roles": ["admin"]}, headers=handler
    )
    assert resp.status == 403  # refused for lack of permission: recorded too

    entries = await AuditEntry.all().order_by("seq")
    assert [e.action for e in entries] == [
        "complaint.accept",
        "complaint.view_personal",
        "complaint.export",
        "staff.create",
    ]
    accept = entries[0]
    assert accept.actor_id is not None and accept.ip == "127.0.0.1"
    assert accept.target == f"complaint:{filed['id']}"
    assert accept.details["body"] == {"note": "已核实"} and accept.details["status"] == 200
    assert entries[-1].details["status"] == 403
    assert (await audit.verify()).intact


def test_secrets_never_reach_the_log() -> None:
    clean = audit.json_safe(
        {"password": "x", "nested": [{"token": "t", "note": "ok"}], "amount": __import__("decimal").Decimal("1.50")}
    )
    assert clean == {"password": "***", "nested": [{"token": "***", "note": "ok"}], "amount": "1.50"}
