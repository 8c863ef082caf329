"""Catalogue rules and overrides; bulk import from CSV/XLSX with a per-row report and nothing half-imported."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date
from pathlib import Path

from aiohttp import FormData
from openpyxl import Workbook

from appointments.catalogue import DATA_FILE, CatalogueEntry, add_months
from appointments.settings import AppointmentSettings
from core.models import StaffRole
from tests.support.appointments import ADMIN, MINIAPP, AppointmentWorld


def test_shipped_catalogue_follows_the_facts() -> None:
    raw = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    entries = {e["slug"]: CatalogueEntry.model_validate(e) for e in raw["entries"]}
    # 首检·限期·轮换 types (facts §3.3) are never periodic.
    for slug in ("water_meter_dn25", "water_meter_dn50", "gas_meter", "electricity_meter", "clinical_thermometer"):
        assert entries[slug].mode == "first_only", slug
    assert (entries["water_meter_dn25"].period_months, entries["water_meter_dn50"].period_months) == (72, 48)
    # The catalogue's 水表 are DN15-DN50 (S): a DN>50 meter is not booked for compulsory verification.
    assert entries["water_meter_large"].mode == "none" and entries["water_meter_large"].certainty == "S"
    assert entries["fuel_dispenser"].place == "site" and entries["truck_scale"].place == "site"
    assert entries["load_cell"].mode == "none"  # P only: no verification in use
    assert entries["clinical_thermometer"].due_after(date(2026, 1, 1)) is None  # scrapped when inaccurate
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)


async def test_catalogue_endpoints_and_admin_override(world: AppointmentWorld, staff_headers) -> None:
    citizen = await world.citizen()
    catalogue = await world.call("GET", f"{MINIAPP}/catalogue", citizen, expect=200)
    slugs = {e["slug"]: e for e in catalogue["entries"]}
    assert slugs["fuel_dispenser"]["place_label"] == "现场检定"
    assert slugs["gas_meter"]["mode_label"] == "首次检定·限期使用·到期轮换"
    await world.call("GET", f"{MINIAPP}/catalogue/no_such_thing", citizen, expect=404)

    officer = await world.officer()
    refused = await world.call(
        "PUT", f"{ADMIN}/catalogue/fuel_dispenser", officer, expect=403, json={"period_months": 4}
    )
    assert refused["error"]["code"] == "role_required"
    admin = await staff_headers(StaffRole.ADMIN)
    changed = await world.call("PUT", f"{ADMIN}/catalogue/fuel_dispenser", admin, expect=200, json={"period_months": 4})
    assert changed["period_months"] == 4 and changed["source"] == "override" and changed["certainty"] == "L"
    incomplete = await world.call("PUT", f"{ADMIN}/catalogue/new_thing", admin, expect=422, json={"name": "新器具"})
    assert incomplete["error"]["code"] == "invalid_catalogue_entry"
    after = await world.call("GET", f"{MINIAPP}/catalogue/fuel_dispenser", citizen, expect=200)
    assert after["period_months"] == 4
    version = (await world.call("GET", f"{MINIAPP}/catalogue", citizen))["version"]
    assert "+db-" in version

    # A verification recorded now uses the overridden period.
    company = await world.company()
    dispenser = await world.instrument(company, type="fuel_dispenser", serial_no="J-1", last_verified_on="2026-01-15")
    assert dispenser["next_due_on"] == "2026-05-15" and dispenser["due_kind"] == "reverify"

    await world.call("DELETE", f"{ADMIN}/catalogue/fuel_dispenser/override", admin, expect=204)
    assert (await world.call("GET", f"{MINIAPP}/catalogue/fuel_dispenser", citizen))["period_months"] == 6


async def test_local_catalogue_file_wins_over_the_shipped_one(make_client, citizen_headers, tmp_path: Path) -> None:
    local = tmp_path / "hohhot.json"
    local.write_text(
        json.dumps(
            {"version": "nmg-2026", "entries": [{"slug": "pressure_gauge", "period_months": 12, "certainty": "L"}]}
        ),
        encoding="utf-8",
    )
    client = await make_client(AppointmentSettings(catalogue_file=local))
    headers = await citizen_headers()
    async with client.get(f"{MINIAPP}/catalogue/pressure_gauge", headers=headers) as resp:
        entry = await resp.json()
    assert entry["period_months"] == 12 and entry["source"] == "local-file"


async def test_instrument_rules_from_the_catalogue(world: AppointmentWorld) -> None:
    company = await world.company()
    path = f"{MINIAPP}/enterprises/{company.id}/instruments"
    base = {"model": "X", "serial_no": "A-1", "use_area": "贸易结算"}
    not_listed = await world.call("POST", path, company.headers, expect=422, json={**base, "type": "游标卡尺"})
    assert "不在强制检定目录" in not_listed["error"]["message"]
    p_only = await world.call("POST", path, company.headers, expect=422, json={**base, "type": "称重传感器"})
    assert "无需备案" in p_only["error"]["message"]
    wrong_use = await world.call("POST", path, company.headers, expect=422, json={**base, "type": "血压计"})
    assert "医疗卫生" in wrong_use["error"]["message"]
    fresh = await world.instrument(company, serial_no="NEW-1")
    assert (fresh["due_kind"], fresh["next_due_on"]) == ("initial", None)  # 首次检定 outstanding
    duplicate = await world.call(
        "POST", path, company.headers, expect=409, json={**base, "type": "计价秤", "serial_no": "NEW-1"}
    )
    assert duplicate["error"]["code"] == "serial_no_taken"


async def test_csv_import_reports_every_bad_row_and_imports_nothing(world: AppointmentWorld) -> None:
    company = await world.company()
    await world.instrument(company, serial_no="OLD-1")
    text = (
        "器具类型,型号,出厂编号,测量范围,准确度等级,安装地点,使用领域,最近检定日期\n"
        "电子计价秤,ACS-30,OK-1,(0-30)kg,III,1号摊位,贸易结算,2026-03-01\n"
        "游标卡尺,X,BAD-2,,,,贸易结算,\n"
        "电子计价秤,ACS-30,OK-1,,,,贸易结算,\n"
        "加油机,税控,BAD-4,,,,医疗卫生,2026-13-01\n"
        ",,,,,,,\n"
        "电子计价秤,ACS-30,OLD-1,,,,贸易结算,\n"
        "电子计价秤,,BAD-8,,,,贸易结算,\n"
    )
    report = await world.import_csv(company, text, expect=422)
    assert report["error"]["code"] == "import_rejected"
    rows = {r["row"]: r["errors"] for r in report["error"]["details"]["rows"]}
    assert sorted(rows) == [3, 4, 5, 7, 8]
    assert any("不在强制检定目录" in e for e in rows[3])
    assert any("与第2行重复" in e for e in rows[4])
    assert any("不是有效日期" in e for e in rows[5]) and any("不属于强制检定范围" in e for e in rows[5])
    assert any("已在本企业备案" in e for e in rows[7])
    assert any("型号不能为空" in e for e in rows[8])
    listing = await world.listing(f"{MINIAPP}/enterprises/{company.id}/instruments", company.headers)
    assert [i["serial_no"] for i in listing] == ["OLD-1"]

    missing = await world.import_csv(company, "型号,出厂编号\nX,1\n", expect=422)
    assert missing["error"]["code"] == "import_header_missing" and "器具类型" in missing["error"]["message"]


async def test_xlsx_import_and_gb18030_csv(world: AppointmentWorld) -> None:
    company = await world.company()
    book = Workbook()
    sheet = book.active
    sheet.append(["器具类型", "型号", "出厂编号", "使用领域", "最近检定日期"])
    sheet.append(["电子计价秤", "ACS-15", 20260001, "贸易结算", date(2026, 2, 10)])
    sheet.append(["水表（居民，DN≤25）", "LXS-15", "W-9", "贸易结算", "2025/6/1"])
    buffer = io.BytesIO()
    book.save(buffer)
    form = FormData()
    form.add_field("file", buffer.getvalue(), filename="器具.xlsx")
    path = f"{MINIAPP}/enterprises/{company.id}/instruments/import"
    result = await world.call("POST", path, company.headers, expect=201, data=form)
    assert result == {"imported": 2}

    form = FormData()
    gbk = "器具类型,型号,出厂编号,使用领域\n压力表,Y-100,P-1,安全防护\n".encode("gb18030")
    form.add_field("file", gbk, filename="excel.csv")
    assert await world.call("POST", path, company.headers, expect=201, data=form) == {"imported": 1}

    instruments = {
        i["serial_no"]: i
        for i in await world.listing(f"{MINIAPP}/enterprises/{company.id}/instruments", company.headers)
    }
    assert instruments["20260001"]["next_due_on"] == "2027-02-10"
    assert instruments["W-9"]["due_kind"] == "replace" and instruments["W-9"]["next_due_on"] == "2031-06-01"
    assert instruments["P-1"]["due_kind"] == "initial"


async def test_xlsx_with_an_entity_declaration_is_refused(world: AppointmentWorld) -> None:
    """openpyxl parses an uploaded workbook's XML through defusedxml when it is installed (the reason it is a
    dependency): a declared entity (the billion-laughs shape) is refused instead of expanded."""
    company = await world.company()
    book = Workbook()
    book.active.append(["器具类型", "型号", "出厂编号", "使用领域"])
    book.active.append(["电子计价秤", "ACS-15", "S-1", "贸易结算"])
    plain = io.BytesIO()
    book.save(plain)
    hostile = io.BytesIO()
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(hostile, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                declaration = b'<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
                data = declaration + data
            target.writestr(item, data)
    form = FormData()
    form.add_field("file", hostile.getvalue(), filename="器具.xlsx")
    path = f"{MINIAPP}/enterprises/{company.id}/instruments/import"
    refused = await world.call("POST", path, company.headers, expect=422, data=form)
    assert refused["error"]["code"] == "unreadable_file"
