"""The console's daily pages over HTTP: handler, verification officer, administrator, scoping and error pages."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from appointments.models import Booking, BookingStatus, Instrument, InstrumentStatus
from complaints.models import Complaint, ComplaintStatus
from complaints.settings import ComplaintSettings
from core import audit
from core.models import AuditEntry, StaffAccount, StaffRole
from tests.support.console import audit_actions


async def test_handler_works_a_complaint_from_queue_to_mediation(  # type: ignore[no-untyped-def]
    browser_user, console_staff, complaint_api, citizen, client, sandbox_api, run_jobs, settings
) -> None:
    openid = "o-console-citizen"
    headers = await citizen(openid)
    template = settings.section(ComplaintSettings).status_template_id
    for _ in range(2):  # the citizen ticked "notify me" twice: two messages allowed
        await client.post("/api/v1/miniapp/subscriptions", json={"template_ids": [template]}, headers=headers)
    await sandbox_api.subscribe_quota(openid, template, 2)
    filed = await complaint_api.filed(headers)  # 新城区
    handler = await console_staff(StaffRole.COMPLAINT_HANDLER, district="xincheng", name="王丽")
    user = browser_user()
    await user.login(handler.username)
    assert filed["tracking_no"] in user.html and "待受理" in user.html  # 工作台: my queue and counts

    await user.get("/console/complaints?status=pending&deadline=&merchant=张记")
    assert filed["tracking_no"] in user.html
    await user.get("/console/complaints?merchant=不存在的商户")
    assert filed["tracking_no"] not in user.html
    await user.get("/console/complaints?category=grain_veg_fruit")
    assert filed["tracking_no"] in user.html and "共 1 件" in user.html
    await user.get("/console/complaints?category=meat_egg_aquatic")
    assert filed["tracking_no"] not in user.html and "共 0 件" in user.html
    await user.get("/console/complaints?date_from=2026-02-30", status=422)

    case = f"/console/complaints/{filed['id']}"
    await user.get(case)
    assert "139****5678" in user.html and "13912345678" not in user.html  # masked by default
    assert "超出允许负偏差" in user.html or "允许负偏差" in user.html  # the assessment and its rule
    assert re.search(r'/photos/\d+"', user.html)
    photo = re.search(r'src="(/console/complaints/\d+/photos/\d+)"', user.html).group(1)  # type: ignore[union-attr]
    async with user.client.get(photo) as resp:
        assert resp.status == 200 and resp.content_type.startswith("image/")

    await user.post(case + "/contact")
    assert "13912345678" in user.html
    viewed = await AuditEntry.get(action="complaint.view_personal")
    assert viewed.actor_id == handler.id and viewed.target == f"complaint:{filed['id']}" and viewed.ip == "127.0.0.1"

    await user.post(case + "/accept", {"note": "已受理，将安排调解"})
    assert "已受理" in user.html and "当前状态“已受理”" in user.html
    await user.post(case + "/mediation", {"note": "周三上午在市场管理处调解"})
    assert "调解中" in user.html
    complaint = await Complaint.get(id=filed["id"])
    assert complaint.status == ComplaintStatus.MEDIATING and complaint.due_on is not None

    # The citizen is told through the same notification jobs as with the API.
    await run_jobs()
    sent = await sandbox_api.sent("subscribe", openid)
    assert [m["data"]["phrase2"] for m in sent] == ["已受理", "调解中"]

    actions = await audit_actions(actor_id=handler.id)
    assert actions == ["login.success", "complaint.view_personal", "complaint.accept", "complaint.mediation"]
    accept = await AuditEntry.get(action="complaint.accept")
    assert accept.details["from"] == "pending" and accept.details["to"] == "accepted"
    assert accept.details["form"] == {"note": "已受理，将安排调解"}

    # A step the workflow does not allow is explained, not a crash.
    async with user.client.post(
        case + "/accept", data={"csrf_token": re.search(r'name="csrf_token" value="([^"]+)"', user.html).group(1)}
    ) as resp:  # type: ignore[union-attr]
        html = await resp.text()
    assert resp.status == 200 and "不能受理" in html


async def test_refusal_needs_a_reason_from_the_legal_list(browser_user, console_staff, complaint_api, citizen) -> None:  # type: ignore[no-untyped-def]
    filed = await complaint_api.filed(await citizen())
    handler = await console_staff(StaffRole.COMPLAINT_HANDLER)
    user = browser_user()
    await user.login(handler.username)
    case = f"/console/complaints/{filed['id']}"
    await user.get(case)
    reasons = re.findall(r'<option value="([a-z_0-9]+)">', user.html.split('id="form-refuse"')[1].split("</form>")[0])
    assert reasons
    await user.post(case + "/refuse", {"reason": "made_up"})
    assert "法定" in user.html or "规定列明" in user.html
    await user.post(case + "/refuse", {"reason": reasons[0], "note": "不属于本部门职责"})
    assert "不予受理" in user.html
    assert (await Complaint.get(id=filed["id"])).status == ComplaintStatus.REFUSED


async def test_another_districts_case_is_a_404_page(browser_user, console_staff, complaint_api, citizen) -> None:  # type: ignore[no-untyped-def]
    filed = await complaint_api.filed(await citizen())  # 新城区
    other = await console_staff(StaffRole.COMPLAINT_HANDLER, district="saihan")
    user = browser_user()
    await user.login(other.username)
    await user.get("/console/complaints")
    assert filed["tracking_no"] not in user.html
    html = await user.get(f"/console/complaints/{filed['id']}", status=404)
    assert "页面不存在" in html and "辖区" in html and "<html" in html
    await user.get("/console/complaints")
    await user.post(f"/console/complaints/{filed['id']}/accept", {"note": "x"}, status=404)
    await user.post(f"/console/complaints/{filed['id']}/contact", status=404)
    assert (await Complaint.get(id=filed["id"])).status == ComplaintStatus.PENDING
    assert not await AuditEntry.exists(action="complaint.view_personal")


async def test_pages_follow_roles(browser_user, console_staff) -> None:  # type: ignore[no-untyped-def]
    officer = await console_staff(StaffRole.VERIFICATION_OFFICER)
    user = browser_user()
    await user.login(officer.username)
    assert 'href="/console/appointments/day"' in user.html and 'href="/console/complaints"' not in user.html
    for path in ("/console/complaints", "/console/admin/audit", "/console/admin/staff"):
        html = await user.get(path, status=403)
        assert "没有权限" in html
    html = await user.get("/console/no-such-page", status=404)
    assert "页面不存在" in html
    async with user.client.get("/console/static/vendor/htmx-2.0.11.min.js") as resp:
        assert resp.status == 200 and "htmx" in await resp.text()


async def test_officer_approves_an_enterprise_and_records_a_days_results(browser_user, console_staff, world) -> None:  # type: ignore[no-untyped-def]
    pending = await world.company(approve=False, name="待审核的加油站有限公司")
    company = await world.company()
    site = await world.site()
    slot = await world.slot(site["id"], hours_ahead=1)
    instruments = [await world.instrument(company) for _ in range(3)]
    booking = await world.book(company, slot["id"], [i["id"] for i in instruments])

    officer = await console_staff(StaffRole.VERIFICATION_OFFICER, name="赵检定")
    user = browser_user()
    await user.login(officer.username)

    await user.get("/console/appointments/enterprises")
    assert "待审核的加油站有限公司" in user.html
    await user.post(f"/console/appointments/enterprises/{pending.id}/approve")
    assert "审核通过" in user.html

    day = datetime.fromisoformat(slot["starts_at"]).astimezone(__import__("zoneinfo").ZoneInfo("Asia/Shanghai")).date()
    sheet = f"/console/appointments/day?site_id={site['id']}&date={day.isoformat()}"
    await user.get(sheet)
    assert booking["confirmation_no"] in user.html and "待签到" in user.html
    await user.post(f"/console/appointments/bookings/{booking['id']}/check-in", {"site_id": site["id"], "date": day})
    assert "已签到" in user.html
    ids = [i["id"] for i in instruments]
    form = {"site_id": site["id"], "date": day.isoformat()}
    form |= {f"result-{ids[0]}": "pass", f"cert-{ids[0]}": "JD-2026-001"}
    form |= {f"result-{ids[1]}": "pass"}  # a pass without a certificate number is refused, nothing saved
    await user.post(f"/console/appointments/bookings/{booking['id']}/results", form)
    assert "证书编号" in user.html
    form |= {f"cert-{ids[1]}": "JD-2026-002", f"result-{ids[2]}": "fail", f"note-{ids[2]}": "示值误差超差"}
    await user.post(f"/console/appointments/bookings/{booking['id']}/results", form)
    assert "已录入 3 台器具的检定结果（合格 2 台）" in user.html
    assert "签到：赵检定" in user.html and "录入：赵检定" in user.html  # people by name, not ids
    assert (await Booking.get(id=booking["id"])).status == BookingStatus.COMPLETED
    stopped = await Instrument.get(id=ids[2])
    assert stopped.status == InstrumentStatus.STOPPED
    passed = await Instrument.get(id=ids[0])
    assert passed.next_due_on is not None and passed.next_due_on.isoformat() in user.html  # next due date shown

    assert await audit_actions(actor_id=officer.id) == [
        "login.success",
        "enterprise.approve",
        "booking.check_in",
        "booking.results",
    ]


async def test_admin_manages_accounts_and_reads_the_audit_log(browser_user, console_staff) -> None:  # type: ignore[no-untyped-def]
    admin = await console_staff(StaffRole.ADMIN, name="管理员")
    user = browser_user()
    await user.login(admin.username)
    await user.get("/console/admin/staff")
    html = await user.post(
        "/console/admin/staff",
        {"username": "li.si", "display_name": "李四", "roles": "complaint_handler", "district": "saihan"},
    )
    password = re.search(r'id="initial-password">([^<]+)<', html).group(1)  # type: ignore[union-attr]
    account = await StaffAccount.get(username="li.si")
    assert account.district == "saihan" and account.roles == ["complaint_handler"]

    newcomer = browser_user()
    await newcomer.login("li.si", password)
    assert newcomer.last_url.endswith("/console/password")

    await user.get("/console/admin/staff")
    await user.post(f"/console/admin/staff/{account.id}/reset-password")
    assert "只显示这一次" in user.html
    await newcomer.get("/console/")
    assert "/console/login" in newcomer.last_url  # the reset ended their session

    await user.get("/console/admin/staff")
    await user.post(f"/console/admin/staff/{account.id}", {"roles": "complaint_handler", "district": "saihan"})
    await account.refresh_from_db()
    assert not account.active  # the "active" box was left unticked
    await user.get("/console/admin/staff")
    html = await user.post(f"/console/admin/staff/{admin.id}", {"roles": "complaint_handler"}, status=403)
    assert "不能停用自己的账号" in html

    await user.get("/console/admin/audit?actor=管理员")
    for label in ("登录成功", "新建工作人员账号", "重置密码", "修改工作人员账号"):
        assert label in user.html, label
    await user.get("/console/admin/audit?action=password.reset")
    assert "重置密码" in user.html and "登录成功" not in user.html.split("<tbody>")[1]
    today = datetime.now(__import__("zoneinfo").ZoneInfo("Asia/Shanghai")).date().isoformat()
    await user.get(f"/console/admin/audit?date_from={today}&date_to={today}")
    assert "登录成功" in user.html
    await user.get("/console/admin/audit?date_to=2020-01-01")
    assert "没有符合条件的记录" in user.html
    await user.get("/console/admin/audit?verify=1")
    assert "哈希链校验通过" in user.html
    assert (await audit.verify()).intact
    created = await AuditEntry.get(action="staff.create")
    assert created.details["username"] == "li.si" and created.actor_id == admin.id
    assert created.at <= datetime.now(UTC)


async def test_statistics_pages_and_xlsx_exports_keep_phones_masked(  # type: ignore[no-untyped-def]
    browser_user, console_staff, complaint_api, citizen
) -> None:
    import io

    from openpyxl import load_workbook

    filed = await complaint_api.filed(await citizen())
    staff = await console_staff(StaffRole.COMPLAINT_HANDLER, StaffRole.VERIFICATION_OFFICER, name="统计员")
    user = browser_user()
    await user.login(staff.username)
    await user.get("/console/stats")
    assert "共 1 件" in user.html and "受检率" in user.html and "echarts-5.6.0.min.js" in user.html
    async with user.client.get("/console/stats/complaints.xlsx") as resp:
        assert resp.status == 200 and resp.content_type.endswith("spreadsheetml.sheet")
        book = load_workbook(io.BytesIO(await resp.read()))
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[1][0] == filed["tracking_no"]
    assert "139****5678" in rows[1] and "13912345678" not in rows[1]
    async with user.client.get("/console/stats/verification.xlsx") as resp:
        assert resp.status == 200
        assert list(load_workbook(io.BytesIO(await resp.read())).active.iter_rows(values_only=True))[0][0] == "区县"
    assert await audit_actions(actor_id=staff.id) == ["login.success", "complaint.export", "verification.export"]
    await user.get("/console/stats?date_from=2026-13-01", status=422)


async def test_notifications_badge_and_list(  # type: ignore[no-untyped-def]
    browser_user, console_staff, complaint_api, citizen, world, client
) -> None:
    from datetime import date

    staff = await console_staff(
        StaffRole.COMPLAINT_HANDLER, StaffRole.VERIFICATION_OFFICER, district="xincheng", name="提醒"
    )
    filed = await complaint_api.filed(await citizen())  # 新城区: new in my office
    company = await world.company()
    site = await world.site()  # 新城区
    slot = await world.slot(site["id"], hours_ahead=72)
    instrument = await world.instrument(company)
    booking = await world.book(company, slot["id"], [instrument["id"]])
    resp = await client.post(
        f"/api/v1/admin/verification-bookings/{booking['id']}/cancel", headers=await world.officer()
    )
    assert resp.status == 200

    user = browser_user()
    await user.login(staff.username)
    await user.get("/console/notifications/badge")
    assert 'id="notice-count">2<' in user.html  # the new case and the cancelled booking
    await user.get("/console/notifications")
    assert filed["tracking_no"] in user.html.split('id="notice-new"')[1].split("</section>")[0]
    assert booking["confirmation_no"] in user.html.split('id="notice-cancelled"')[1]
    await user.get("/console/notifications/badge")
    assert "notice-count" not in user.html  # seen

    # A case two working days from its deadline is listed until it is handled.
    await Complaint.filter(id=filed["id"]).update(due_on=date.today())
    await user.get("/console/notifications/badge")
    assert 'id="notice-count">1<' in user.html
    await user.get("/console/notifications")
    assert filed["tracking_no"] in user.html.split('id="notice-deadline"')[1].split("</section>")[0]


async def test_admin_records_a_deadline_policy_version(browser_user, console_staff) -> None:  # type: ignore[no-untyped-def]
    from complaints.models import DeadlinePolicy

    admin = await console_staff(StaffRole.ADMIN)
    user = browser_user()
    await user.login(admin.username)
    await user.get("/console/admin/policy")
    assert "个工作日" in user.html
    form = {"regulation": "samr-121", "accept_working_days": "7", "mediation_working_days": "30"}
    await user.post("/console/admin/policy", {**form, "effective_from": "2027-01-01", "note": " "})
    assert "依据" in user.html
    await user.post("/console/admin/policy", {**form, "effective_from": "2027-01-01", "note": "总局令第121号 第二十条"})
    assert "已记录新的时限版本" in user.html and "总局令第121号 第二十条" in user.html
    row = await DeadlinePolicy.get(regulation="samr-121")
    assert row.mediation_working_days == 30 and row.mediation_unit == "working_days" and row.created_by == admin.id
    entry = await AuditEntry.get(action="complaint.policy")
    assert entry.actor_id == admin.id and entry.details["mediation_days"] == 30


async def test_overdue_list_is_scoped_and_exports_masked(browser_user, console_staff, world) -> None:  # type: ignore[no-untyped-def]
    import io
    from datetime import date, timedelta

    from openpyxl import load_workbook

    company = await world.company()  # 赛罕区
    made = await world.instrument(company)
    await Instrument.filter(id=made["id"]).update(next_due_on=date.today() - timedelta(days=10))
    saihan = await console_staff(StaffRole.VERIFICATION_OFFICER, district="saihan")
    xincheng = await console_staff(StaffRole.VERIFICATION_OFFICER, district="xincheng")
    user = browser_user()
    await user.login(saihan.username)
    await user.get("/console/appointments/overdue")
    assert made["serial_no"] in user.html and "139****5678" in user.html and "13912345678" not in user.html
    async with user.client.get("/console/appointments/overdue.xlsx") as resp:
        rows = list(load_workbook(io.BytesIO(await resp.read())).active.iter_rows(values_only=True))
    assert rows[0][0] == "企业" and any(made["serial_no"] in row for row in rows[1:])
    other = browser_user()
    await other.login(xincheng.username)
    await other.get("/console/appointments/overdue?district=saihan")  # a district office cannot widen its scope
    assert made["serial_no"] not in other.html
