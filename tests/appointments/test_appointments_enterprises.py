"""Enterprise registration (统一社会信用代码 checks), staff approval and membership."""

from __future__ import annotations

import pytest

from appointments import uscc
from appointments.settings import AppointmentSettings
from core.errors import InvalidInput
from core.models import StaffRole
from tests.support.appointments import ADMIN, MINIAPP, AppointmentWorld, make_uscc


@pytest.mark.parametrize("code", ["91150105MA0N1C2D5Y", "92150102MA0R5T8U4R", "93150121MA0P2L6W8H"])
def test_facts_examples_are_valid(code: str) -> None:
    assert uscc.validate(code) == code


@pytest.mark.parametrize(
    ("raw", "error_code"),
    [
        ("91150105MA0N1C2D5X", "uscc_check"),  # facts §7.4 negative example: last character changed
        ("91150105MA0N1C2D", "uscc_length"),
        ("91150105MA0N1C2O5Y", "uscc_charset"),  # O is not in the character set
        ("9115A105MA0N1C2D5Y", "uscc_region"),
        ("91150105MA0N1C2E5Y", "uscc_org_check"),  # position 17 no longer matches GB 11714
        ("", "uscc_missing"),
    ],
)
def test_invalid_codes_say_what_is_wrong(raw: str, error_code: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        uscc.validate(raw)
    assert caught.value.code == error_code
    assert "统一社会信用代码" in caught.value.message


def test_full_width_lowercase_and_spaces_are_normalised() -> None:
    assert uscc.validate("９１１５０１０５ｍａ０ｎ１ｃ２ｄ５ｙ") == "91150105MA0N1C2D5Y"
    assert uscc.validate(" 91150105-ma0n1c2d5y ") == "91150105MA0N1C2D5Y"


async def test_registration_validates_and_normalises(world: AppointmentWorld) -> None:
    headers = await world.citizen()
    body = {
        "name": "呼和浩特市青城眼镜店",
        "uscc": "９１１５０１０５ｍａ０ｎ１ｃ２ｄ５ｙ",
        "district": "赛罕",
        "address": "赛罕区昭乌达路8号",
        "contact_name": "李女士",
        "contact_phone": "13812345678",
    }
    created = await world.call("POST", f"{MINIAPP}/enterprises", headers, expect=201, json=body)
    assert created["uscc"] == "91150105MA0N1C2D5Y"
    assert created["district"] == "saihan"
    assert created["status"] == "pending"

    again = await world.call("POST", f"{MINIAPP}/enterprises", await world.citizen(), expect=409, json=body)
    assert again["error"]["code"] == "enterprise_exists"

    bad = await world.call(
        "POST", f"{MINIAPP}/enterprises", headers, expect=422, json={**body, "uscc": "91150105MA0N1C2D5X"}
    )
    assert bad["error"]["code"] == "uscc_check"
    assert "第18位" in bad["error"]["message"]

    outside = await world.call(
        "POST", f"{MINIAPP}/enterprises", headers, expect=422, json={**body, "uscc": make_uscc(), "district": "海淀区"}
    )
    assert outside["error"]["code"] == "invalid_district"


async def test_approval_rejection_and_resubmission(world: AppointmentWorld) -> None:
    company = await world.company(approve=False)
    officer = await world.officer()
    # Not approved yet: no instruments.
    blocked = await world.listing(f"{MINIAPP}/enterprises/{company.id}/instruments", company.headers, expect=403)
    assert blocked["error"]["code"] == "enterprise_not_approved"

    listing = await world.call("GET", f"{ADMIN}/enterprises?status=pending", officer, expect=200)
    assert [e["id"] for e in listing["items"]] == [company.id]
    assert listing["items"][0]["contact_phone"] == "139****5678"  # masked in lists

    rejected = await world.call(
        "POST", f"{ADMIN}/enterprises/{company.id}/reject", officer, expect=200, json={"reason": "营业执照地址不符"}
    )
    assert rejected["status"] == "rejected" and rejected["reject_reason"] == "营业执照地址不符"
    twice = await world.call("POST", f"{ADMIN}/enterprises/{company.id}/approve", officer, expect=409)
    assert twice["error"]["code"] == "enterprise_not_pending"

    # The registrant corrects and resubmits with the same code.
    body = {
        "name": "更正后的名称有限公司",
        "uscc": company.uscc,
        "district": "新城区",
        "address": "新城区新华大街2号",
        "contact_name": "王经理",
        "contact_phone": "13912345678",
    }
    resubmitted = await world.call("POST", f"{MINIAPP}/enterprises", company.headers, expect=201, json=body)
    assert resubmitted["id"] == company.id and resubmitted["status"] == "pending"
    approved = await world.call("POST", f"{ADMIN}/enterprises/{company.id}/approve", officer, expect=200)
    assert approved["status"] == "approved"
    await world.listing(f"{MINIAPP}/enterprises/{company.id}/instruments", company.headers, expect=200)


async def test_members_by_invite_code_and_by_admin_approval(world: AppointmentWorld) -> None:
    company = await world.company()
    invite = await world.call("POST", f"{MINIAPP}/enterprises/{company.id}/invite-code", company.headers, expect=201)

    colleague = await world.citizen()
    member = await world.call(
        "POST",
        f"{MINIAPP}/enterprises/join",
        colleague,
        expect=201,
        json={"invite_code": invite["invite_code"].lower()},
    )
    assert member["status"] == "active" and member["role"] == "member"
    await world.listing(f"{MINIAPP}/enterprises/{company.id}/instruments", colleague, expect=200)
    # A plain member cannot hand out invite codes.
    await world.call("POST", f"{MINIAPP}/enterprises/{company.id}/invite-code", colleague, expect=403)

    applicant = await world.citizen()
    request = await world.call(
        "POST", f"{MINIAPP}/enterprises/join", applicant, expect=201, json={"uscc": company.uscc}
    )
    assert request["status"] == "pending"
    pending = await world.listing(f"{MINIAPP}/enterprises/{company.id}/instruments", applicant, expect=403)
    assert pending["error"]["code"] == "membership_pending"
    await world.call(
        "POST", f"{MINIAPP}/enterprises/{company.id}/members/{request['id']}/approve", colleague, expect=403
    )
    await world.call(
        "POST", f"{MINIAPP}/enterprises/{company.id}/members/{request['id']}/approve", company.headers, expect=200
    )
    await world.listing(f"{MINIAPP}/enterprises/{company.id}/instruments", applicant, expect=200)

    members = await world.listing(f"{MINIAPP}/enterprises/{company.id}/members", applicant, expect=200)
    assert len(members) == 3
    admin_member = next(m for m in members if m["role"] == "admin")
    last_admin = await world.call(
        "DELETE", f"{MINIAPP}/enterprises/{company.id}/members/{admin_member['id']}", company.headers, expect=409
    )
    assert last_admin["error"]["code"] == "last_admin"

    bad_code = await world.call(
        "POST", f"{MINIAPP}/enterprises/join", await world.citizen(), expect=422, json={"invite_code": "ZZZZ2222"}
    )
    assert bad_code["error"]["code"] == "invite_code_invalid"


async def test_strangers_get_404_and_citizens_cannot_use_staff_routes(world: AppointmentWorld, staff_headers) -> None:
    company = await world.company()
    stranger = await world.citizen()
    for path in ("", "/instruments", "/bookings", "/members"):
        answer = await world.call("GET", f"{MINIAPP}/enterprises/{company.id}{path}", stranger, expect=404)
        assert answer["error"]["code"] == "enterprise_not_found"
    await world.listing(f"{MINIAPP}/enterprises/{company.id}/instruments", {}, expect=401)
    # Citizens' tokens and other staff roles do not open the officers' API.
    await world.call("GET", f"{ADMIN}/enterprises", company.headers, expect=401)
    handler = await staff_headers(StaffRole.COMPLAINT_HANDLER)
    denied = await world.call("POST", f"{ADMIN}/enterprises/{company.id}/approve", handler, expect=403)
    assert denied["error"]["code"] == "role_required"
    # A district office sees its own district only.
    xincheng = await staff_headers(StaffRole.VERIFICATION_OFFICER, district="xincheng")
    await world.call("GET", f"{ADMIN}/enterprises/{company.id}", xincheng, expect=404)
    listing = await world.call("GET", f"{ADMIN}/enterprises", xincheng, expect=200)
    assert listing["total"] == 0


async def test_registrant_hears_the_review_outcome(world: AppointmentWorld, run_jobs, sandbox_api, settings) -> None:
    await sandbox_api.subscribe_quota("o-registrant", settings.section(AppointmentSettings).template_review, count=2)
    await world.subscribe("o-registrant", settings.section(AppointmentSettings).template_review, count=2)
    company = await world.company(approve=False, openid="o-registrant")
    officer = await world.officer()
    await world.call(
        "POST", f"{ADMIN}/enterprises/{company.id}/reject", officer, expect=200, json={"reason": "请上传营业执照"}
    )
    assert await run_jobs() == 1
    sent = (await sandbox_api.get("/sandbox/sent", kind="subscribe", openid="o-registrant"))["items"]
    assert [(m["data"]["phrase2"], m["data"]["thing3"]) for m in sent] == [("未通过", "请上传营业执照")]
