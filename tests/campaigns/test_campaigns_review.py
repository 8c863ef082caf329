"""Two-person review: editors draft, a different reviewer approves; every change is audited."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from aiohttp.test_utils import TestClient

from campaigns.scheduling import queued_dispatch_jobs
from core.keys import ARQ
from core.models import StaffRole
from tests.support.campaigns import BASE, PublicityOffice, campaign_body


async def _draft(client: TestClient, headers: dict[str, str], **overrides: object) -> int:
    resp = await client.post(BASE, json=campaign_body(**overrides), headers=headers)
    assert resp.status == 201, await resp.text()
    return int((await resp.json())["id"])


async def test_editor_drafts_and_a_different_reviewer_approves(client: TestClient, office: PublicityOffice) -> None:
    campaign_id = await _draft(client, office.editor, send_at=(datetime.now(UTC) + timedelta(days=3)).isoformat())
    resp = await client.post(f"{BASE}/{campaign_id}/submit", json={"note": "请审核"}, headers=office.editor)
    assert (await resp.json())["status"] == "in_review"

    resp = await client.post(f"{BASE}/{campaign_id}/approve", json={"note": "同意发布"}, headers=office.reviewer)
    assert resp.status == 200, await resp.text()
    body = await resp.json()
    assert body["status"] == "scheduled"
    assert body["approved_by_id"] not in (body["created_by_id"], body["submitted_by_id"])
    assert len(await queued_dispatch_jobs(client.server.app[ARQ], campaign_id)) == 1

    resp = await client.get(f"{BASE}/{campaign_id}/events", headers=office.editor)
    events = (await resp.json())["items"]
    assert [e["action"] for e in events] == ["created", "submitted", "approved"]
    assert [e["to_status"] for e in events] == ["draft", "in_review", "scheduled"]
    assert events[1]["note"] == "请审核" and events[2]["note"] == "同意发布"
    assert all(e["actor_id"] and e["at"] for e in events)
    assert events[2]["actor_id"] != events[0]["actor_id"]


async def test_nobody_approves_their_own_campaign(client: TestClient, office: PublicityOffice, staff_headers) -> None:
    both = await staff_headers(StaffRole.PUBLICITY_EDITOR, StaffRole.PUBLICITY_REVIEWER)
    admin = await staff_headers(StaffRole.ADMIN)
    campaign_id = await _draft(client, both)
    await client.post(f"{BASE}/{campaign_id}/submit", json={}, headers=both)

    resp = await client.post(f"{BASE}/{campaign_id}/approve", json={}, headers=both)
    assert resp.status == 403
    error = (await resp.json())["error"]
    assert error["code"] == "self_review_forbidden" and "不能审核自己" in error["message"]

    # An admin who submitted someone's draft is no second pair of eyes either.
    other = await _draft(client, office.editor)
    await client.post(f"{BASE}/{other}/submit", json={}, headers=admin)
    resp = await client.post(f"{BASE}/{other}/approve", json={}, headers=admin)
    assert resp.status == 403

    resp = await client.post(f"{BASE}/{campaign_id}/approve", json={}, headers=office.reviewer)
    assert resp.status == 200
    actions = [
        e["action"] for e in (await (await client.get(f"{BASE}/{campaign_id}/events", headers=both)).json())["items"]
    ]
    assert actions == ["created", "submitted", "approved"]  # the refused attempt changed nothing

    # Nor someone who edited another editor's draft.
    third = await _draft(client, office.editor)
    await client.patch(f"{BASE}/{third}", json={"summary": "由审核岗改写的摘要内容"}, headers=both)
    await client.post(f"{BASE}/{third}/submit", json={}, headers=office.editor)
    resp = await client.post(f"{BASE}/{third}/approve", json={}, headers=both)
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "self_review_forbidden"


async def test_roles_are_enforced(client: TestClient, office: PublicityOffice, staff_headers) -> None:
    handler = await staff_headers(StaffRole.COMPLAINT_HANDLER)
    resp = await client.post(BASE, json=campaign_body(), headers=handler)
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "role_required"
    resp = await client.post(BASE, json=campaign_body(), headers=office.reviewer)
    assert resp.status == 403  # reviewers do not draft
    assert (await client.get(BASE)).status == 401

    campaign_id = await _draft(client, office.editor)
    await client.post(f"{BASE}/{campaign_id}/submit", json={}, headers=office.editor)
    resp = await client.post(f"{BASE}/{campaign_id}/approve", json={}, headers=office.other_editor)
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "role_required"


async def test_state_rules_and_rejection(client: TestClient, office: PublicityOffice) -> None:
    campaign_id = await _draft(client, office.editor)
    resp = await client.post(f"{BASE}/{campaign_id}/approve", json={}, headers=office.reviewer)
    assert resp.status == 409 and "草稿" in (await resp.json())["error"]["message"]

    await client.post(f"{BASE}/{campaign_id}/submit", json={}, headers=office.editor)
    resp = await client.patch(f"{BASE}/{campaign_id}", json={"title": "改个标题"}, headers=office.editor)
    assert resp.status == 409 and (await resp.json())["error"]["code"] == "not_a_draft"

    resp = await client.post(f"{BASE}/{campaign_id}/reject", json={}, headers=office.reviewer)
    assert resp.status == 422  # a rejection must say why
    resp = await client.post(f"{BASE}/{campaign_id}/reject", json={"note": "请补充活动地点"}, headers=office.reviewer)
    assert (await resp.json())["status"] == "draft"

    resp = await client.patch(f"{BASE}/{campaign_id}", json={"title": "世界计量日开放日"}, headers=office.editor)
    assert resp.status == 200 and (await resp.json())["title"] == "世界计量日开放日"
    resp = await client.patch(f"{BASE}/{campaign_id}", json={"article_url": None, "body": None}, headers=office.editor)
    assert resp.status == 200  # a draft may be incomplete while being written ...
    resp = await client.post(f"{BASE}/{campaign_id}/submit", json={}, headers=office.editor)
    assert resp.status == 422 and (await resp.json())["error"]["code"] == "campaign_incomplete"  # ... not submitted

    events = (await (await client.get(f"{BASE}/{campaign_id}/events", headers=office.editor)).json())["items"]
    assert [e["action"] for e in events] == ["created", "submitted", "rejected", "edited", "edited"]
    assert events[2]["note"] == "请补充活动地点"


async def test_bad_input_is_a_clear_4xx(client: TestClient, office: PublicityOffice) -> None:
    resp = await client.post(BASE, json=campaign_body(article_url=None), headers=office.editor)
    assert resp.status == 422 and "正文和文章链接" in await resp.text()
    resp = await client.post(BASE, json=campaign_body(send_at="2027-05-20T09:00:00"), headers=office.editor)
    assert resp.status == 422 and "时区" in await resp.text()
    resp = await client.post(BASE, json=campaign_body(audience={"districts": ["朝阳区"]}), headers=office.editor)
    assert resp.status == 422 and (await resp.json())["error"]["code"] == "invalid_district"
    resp = await client.post(BASE, json=campaign_body(channel="subscribe"), headers=office.editor)
    assert resp.status == 422 and "模板" in await resp.text()
    assert (await client.get(f"{BASE}/999999", headers=office.editor)).status == 404


async def test_cancel_before_sending_removes_the_job(client: TestClient, office: PublicityOffice) -> None:
    campaign_id = await _draft(client, office.editor, send_at=(datetime.now(UTC) + timedelta(days=1)).isoformat())
    await client.post(f"{BASE}/{campaign_id}/submit", json={}, headers=office.editor)
    await client.post(f"{BASE}/{campaign_id}/approve", json={}, headers=office.reviewer)
    resp = await client.post(f"{BASE}/{campaign_id}/cancel", json={"note": "活动延期"}, headers=office.reviewer)
    assert (await resp.json())["status"] == "cancelled"
    assert await queued_dispatch_jobs(client.server.app[ARQ], campaign_id) == []
    resp = await client.post(f"{BASE}/{campaign_id}/cancel", json={}, headers=office.reviewer)
    assert resp.status == 409
