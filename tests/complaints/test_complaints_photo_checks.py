"""Evidence photos through mediaCheckAsync: signed links WeChat downloads, verdicts from the message push."""

from __future__ import annotations

import hashlib
import time
from urllib.parse import urlsplit

from pydantic import SecretStr

from complaints.models import ComplaintPhoto, PhotoCheck

PUSH = "/api/v1/miniapp/wechat-push"
PUSH_TOKEN = "push-token-for-tests"


def signed(token: str = PUSH_TOKEN) -> dict[str, str]:
    timestamp, nonce = str(int(time.time())), "n0nce"
    signature = hashlib.sha1("".join(sorted([token, timestamp, nonce])).encode()).hexdigest()
    return {"timestamp": timestamp, "nonce": nonce, "signature": signature}


async def test_photos_are_submitted_and_verdicts_recorded(make_client, citizen, sandbox_api, run_jobs):
    from tests.support.complaints import ComplaintApi

    client = await make_client(miniapp_push_token=SecretStr(PUSH_TOKEN))
    case = await ComplaintApi(client).filed(await citizen("o-photo-check"), photos=2)
    await run_jobs()
    checks = await sandbox_api.sent("media_check", openid="o-photo-check")
    assert len(checks) == 2
    photos = await ComplaintPhoto.filter(complaint_id=case["id"]).order_by("id")
    assert all(p.check_trace_id and p.check_status == PhotoCheck.PENDING for p in photos)

    # WeChat downloads the photo through the signed link; a tampered link is refused.
    link = urlsplit(checks[0]["media_url"]).path
    resp = await client.get(link)
    assert resp.status == 200 and resp.headers["Content-Type"] in ("image/jpeg", "image/png", "image/webp")
    photo_id, expires, mac = link.rsplit("/", 1)[1].split(".")
    forged = link.rsplit("/", 1)[0] + f"/{int(photo_id) + 1}.{expires}.{mac}"
    assert (await client.get(forged)).status == 404
    assert (await client.get(link.rsplit("/", 1)[0] + f"/{photo_id}.{int(expires) + 99}.{mac}")).status == 404

    verdicts = {photos[0].check_trace_id: "pass", photos[1].check_trace_id: "risky"}
    for trace_id, suggest in verdicts.items():
        push = await sandbox_api.media_check_result(
            trace_id, suggest=suggest, label=20002 if suggest == "risky" else 100
        )
        resp = await client.post(PUSH, params=signed(), json=push)
        assert resp.status == 200 and await resp.text() == "success"
    statuses = [p.check_status for p in await ComplaintPhoto.filter(complaint_id=case["id"]).order_by("id")]
    assert statuses == [PhotoCheck.PASS, PhotoCheck.RISKY]
    owner = await citizen("o-photo-check")
    detail = await (await client.get(f"/api/v1/miniapp/complaints/{case['id']}", headers=owner)).json()
    assert [p["check_status"] for p in detail["photos"]] == ["pass", "risky"]


async def test_push_endpoint_checks_the_signature(make_client):
    client = await make_client(miniapp_push_token=SecretStr(PUSH_TOKEN))
    resp = await client.get(PUSH, params={**signed(), "echostr": "hello"})
    assert resp.status == 200 and await resp.text() == "hello"
    assert (await client.get(PUSH, params={**signed("wrong"), "echostr": "hello"})).status == 403
    assert (await client.post(PUSH, params=signed("wrong"), json={"Event": "wxa_media_check"})).status == 403
    unconfigured = await make_client()
    assert (await unconfigured.get(PUSH, params={**signed(), "echostr": "x"})).status == 403


async def test_failed_submission_leaves_photos_for_the_sweep(complaint_api, citizen, sandbox_api, run_jobs):
    await sandbox_api.fault("/wxa/media_check_async", errcode=40003, times=1)  # not transient: no retry
    case = await complaint_api.filed(await citizen())
    await run_jobs()
    photo = await ComplaintPhoto.get(complaint_id=case["id"])
    assert photo.check_trace_id is None and photo.check_status == PhotoCheck.PENDING


async def test_staff_can_decide_a_photo_under_review(client, complaint_api, citizen, staff_headers):
    case = await complaint_api.filed(await citizen())
    photo_id = case["photos"][0]["id"]
    staff = await staff_headers("complaint_handler")
    url = f"/api/v1/admin/complaints/{case['id']}/photos/{photo_id}/check"
    resp = await client.post(url, json={"status": "risky"}, headers=staff)
    assert resp.status == 200
    assert (await resp.json())["photos"][0]["check_status"] == "risky"
    assert (await client.post(url, json={"status": "maybe"}, headers=staff)).status == 422
    other = await complaint_api.filed(await citizen())
    wrong = f"/api/v1/admin/complaints/{other['id']}/photos/{photo_id}/check"
    assert (await client.post(wrong, json={"status": "pass"}, headers=staff)).status == 404
