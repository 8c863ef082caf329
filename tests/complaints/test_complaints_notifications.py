"""Status-change notifications: subscribe quota granted by the user, sends through the sandbox, 43101, retries."""

from __future__ import annotations

import pytest

from complaints import notify
from complaints.models import ComplaintNotification, NotificationStatus
from complaints.settings import ComplaintSettings
from core.models import SubscribeQuota

ADMIN = "/api/v1/admin/complaints"


@pytest.fixture
def template(settings) -> str:
    return settings.section(ComplaintSettings).status_template_id


async def _accepted_case(client, complaint_api, citizen, staff_headers, openid: str) -> dict:
    case = await complaint_api.filed(await citizen(openid))
    staff = await staff_headers("complaint_handler")
    resp = await client.post(f"{ADMIN}/{case['id']}/accept", json={"note": "已受理，请等待调解"}, headers=staff)
    assert resp.status == 200
    return case


async def test_grant_endpoint_counts_quota_per_template(client, citizen):
    headers = await citizen()
    for _ in range(2):
        resp = await client.post(
            "/api/v1/miniapp/subscriptions", json={"template_ids": ["tpl-a", "tpl-b"]}, headers=headers
        )
        assert resp.status == 200
    assert (await resp.json())["quota"] == {"tpl-a": 2, "tpl-b": 2}
    assert (await (await client.get("/api/v1/miniapp/subscriptions", headers=headers)).json())["quota"] == {
        "tpl-a": 2,
        "tpl-b": 2,
    }
    bad = await client.post("/api/v1/miniapp/subscriptions", json={"template_ids": []}, headers=headers)
    assert bad.status == 422
    assert (await client.post("/api/v1/miniapp/subscriptions", json={"template_ids": ["x"]})).status == 401


async def test_status_change_sends_a_subscribe_message_when_quota_is_held(
    client, complaint_api, citizen, staff_headers, sandbox_api, run_jobs, template
):
    openid = "o-notify-sent"
    headers = await citizen(openid)
    await client.post("/api/v1/miniapp/subscriptions", json={"template_ids": [template]}, headers=headers)
    await sandbox_api.subscribe_quota(openid, template, 1)
    case = await _accepted_case(client, complaint_api, citizen, staff_headers, openid)
    assert await run_jobs() >= 1
    sent = await sandbox_api.sent("subscribe", openid)
    assert len(sent) == 1
    assert sent[0]["template_id"] == template
    assert sent[0]["data"]["character_string1"] == case["tracking_no"]
    assert sent[0]["data"]["phrase2"] == "已受理"
    assert sent[0]["page"] == f"pages/complaints/detail?id={case['id']}"
    notification = await ComplaintNotification.get(complaint_id=case["id"])
    assert notification.status == NotificationStatus.SENT and notification.attempts == 1
    assert (await SubscribeQuota.get(template_id=template)).remaining == 0


async def test_without_quota_nothing_is_sent(client, complaint_api, citizen, staff_headers, sandbox_api, run_jobs):
    openid = "o-notify-none"
    case = await _accepted_case(client, complaint_api, citizen, staff_headers, openid)
    await run_jobs()
    assert await sandbox_api.sent("subscribe", openid) == []
    assert (await ComplaintNotification.get(complaint_id=case["id"])).status == NotificationStatus.NO_QUOTA


async def test_43101_is_recorded_and_the_local_quota_corrected(
    client, complaint_api, citizen, staff_headers, run_jobs, template
):
    openid = "o-notify-43101"
    headers = await citizen(openid)
    await client.post("/api/v1/miniapp/subscriptions", json={"template_ids": [template, template]}, headers=headers)
    await client.post("/api/v1/miniapp/subscriptions", json={"template_ids": [template]}, headers=headers)
    case = await _accepted_case(client, complaint_api, citizen, staff_headers, openid)  # WeChat holds none
    await run_jobs()
    notification = await ComplaintNotification.get(complaint_id=case["id"])
    assert notification.status == NotificationStatus.REFUSED and notification.errcode == 43101
    assert (await SubscribeQuota.get(template_id=template)).remaining == 0


async def test_transient_errors_are_retried_with_backoff(
    client, complaint_api, citizen, staff_headers, sandbox_api, run_jobs, template, monkeypatch
):
    monkeypatch.setattr(notify, "RETRY_BASE_SECONDS", 0.01)
    openid = "o-notify-retry"
    headers = await citizen(openid)
    await client.post("/api/v1/miniapp/subscriptions", json={"template_ids": [template]}, headers=headers)
    await sandbox_api.subscribe_quota(openid, template, 1)
    await sandbox_api.fault("/cgi-bin/message/subscribe/send", errcode=-1, times=2)
    case = await _accepted_case(client, complaint_api, citizen, staff_headers, openid)
    await run_jobs()
    notification = await ComplaintNotification.get(complaint_id=case["id"])
    assert notification.status == NotificationStatus.SENT
    assert notification.attempts == 3
    assert len(await sandbox_api.sent("subscribe", openid)) == 1


async def test_persistent_failure_is_recorded_and_quota_given_back(
    client, complaint_api, citizen, staff_headers, sandbox_api, run_jobs, template, monkeypatch
):
    monkeypatch.setattr(notify, "RETRY_BASE_SECONDS", 0.01)
    openid = "o-notify-fail"
    headers = await citizen(openid)
    await client.post("/api/v1/miniapp/subscriptions", json={"template_ids": [template]}, headers=headers)
    await sandbox_api.fault("/cgi-bin/message/subscribe/send", errcode=-1, times=10)
    case = await _accepted_case(client, complaint_api, citizen, staff_headers, openid)
    await run_jobs()
    notification = await ComplaintNotification.get(complaint_id=case["id"])
    assert notification.status == NotificationStatus.FAILED
    assert notification.attempts == notify.MAX_ATTEMPTS and notification.errcode == -1
    assert (await SubscribeQuota.get(template_id=template)).remaining == 1


async def test_staff_detail_lists_notifications(client, complaint_api, citizen, staff_headers, run_jobs):
    case = await _accepted_case(client, complaint_api, citizen, staff_headers, "o-notify-detail")
    await run_jobs()
    detail = await (await client.get(f"{ADMIN}/{case['id']}", headers=await staff_headers("complaint_handler"))).json()
    assert [n["status"] for n in detail["notifications"]] == ["no_quota"]


async def test_sweep_requeues_lost_notifications_and_purges_orphan_photos(
    client, complaint_api, citizen, staff_headers, run_jobs, settings
):
    from datetime import timedelta

    from complaints.jobs import purge_orphan_photos, sweep_complaint_work
    from complaints.models import ComplaintPhoto
    from complaints.photos import photo_path
    from core.clock import now_local
    from core.jobs import job_context
    from core.keys import RESOURCES

    case = await _accepted_case(client, complaint_api, citizen, staff_headers, "o-notify-sweep")
    await client.server.app[RESOURCES].redis.flushdb()  # the queued job is lost (Redis restarted empty)
    long_ago = now_local() - timedelta(hours=30)
    await ComplaintNotification.filter(complaint_id=case["id"]).update(updated_at=long_ago)
    ctx = job_context(client.server.app[RESOURCES])
    assert await sweep_complaint_work(ctx) == 1
    await run_jobs()
    assert (await ComplaintNotification.get(complaint_id=case["id"])).status == NotificationStatus.NO_QUOTA

    headers = await citizen()
    orphan = (await (await complaint_api.upload(headers)).json())["id"]
    fresh = (await (await complaint_api.upload(headers)).json())["id"]
    await ComplaintPhoto.filter(id=orphan).update(created_at=long_ago)
    orphan_file = photo_path(settings.var_dir, (await ComplaintPhoto.get(id=orphan)).stored_name)
    attached = case["photos"][0]["id"]
    await ComplaintPhoto.filter(id=attached).update(created_at=long_ago)
    assert await purge_orphan_photos(ctx) == 1
    assert not orphan_file.exists()
    assert set(await ComplaintPhoto.all().values_list("id", flat=True)) == {fresh, attached}
