"""Fixtures for the appointments tests: an approved enterprise, sites, slots and instruments through the real API."""

from __future__ import annotations

import io
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from aiohttp import FormData
from aiohttp.test_utils import TestClient

from appointments.uscc import CHARSET, check_character, org_code_check
from core.models import StaffRole

MINIAPP = "/api/v1/miniapp"
ADMIN = "/api/v1/admin"


def make_uscc(prefix: str = "91150105", rng: random.Random | None = None) -> str:
    """A valid 统一社会信用代码 (both check characters), random in its identifier."""
    rng = rng or random.Random()
    body = "".join(rng.choice(CHARSET[:10] + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    first17 = prefix + body + org_code_check(body)
    return first17 + check_character(first17)


def csv_upload(text: str, filename: str = "instruments.csv") -> FormData:
    form = FormData()
    form.add_field("file", io.BytesIO(text.encode("utf-8")), filename=filename, content_type="text/csv")
    return form


@dataclass
class Company:
    id: int
    headers: dict[str, str]
    uscc: str


class AppointmentWorld:
    def __init__(
        self,
        client: TestClient,
        staff_headers: Callable[..., Awaitable[dict[str, str]]],
        citizen_headers: Callable[..., Awaitable[dict[str, str]]],
    ) -> None:
        self.client = client
        self._staff_headers = staff_headers
        self._citizen_headers = citizen_headers
        self._officer: dict[str, str] | None = None

    async def officer(self) -> dict[str, str]:
        if self._officer is None:
            self._officer = await self._staff_headers(StaffRole.VERIFICATION_OFFICER)
        return self._officer

    async def citizen(self, openid: str | None = None) -> dict[str, str]:
        return await self._citizen_headers(openid)

    async def subscribe(self, openid: str, template_id: str, count: int = 1) -> None:
        """What the mini-program does after wx.requestSubscribeMessage: report each accepted send of a template."""
        headers = await self.citizen(openid)
        for _ in range(count):
            await self.call(
                "POST", f"{MINIAPP}/subscriptions", headers, expect=200, json={"template_ids": [template_id]}
            )

    async def call(self, method: str, path: str, headers: dict[str, str], expect: int | None = None, **kw: Any) -> Any:
        async with self.client.request(method, path, headers=headers, **kw) as resp:
            body = await resp.json() if resp.content_type == "application/json" else await resp.text()
            if expect is not None:
                assert resp.status == expect, (resp.status, body)
            return body

    async def listing(self, path: str, headers: dict[str, str], expect: int = 200) -> Any:
        """GET a paged list (every list is `{items, total, page, page_size}`): its items, up to 100; else the error."""
        separator = "&" if "?" in path else "?"
        body = await self.call("GET", f"{path}{separator}page_size=100", headers, expect=expect)
        if expect != 200:
            return body
        assert set(body) == {"items", "total", "page", "page_size"} and body["total"] <= 100, body
        return body["items"]

    async def company(self, *, approve: bool = True, openid: str | None = None, **fields: Any) -> Company:
        headers = await self.citizen(openid)
        code = fields.pop("uscc", None) or make_uscc()
        body = {
            "name": "呼和浩特市示例加油站有限公司",
            "uscc": code,
            "district": "赛罕区",
            "address": "赛罕区大学东街1号",
            "contact_name": "王经理",
            "contact_phone": "13912345678",
            **fields,
        }
        created = await self.call("POST", f"{MINIAPP}/enterprises", headers, expect=201, json=body)
        if approve:
            await self.call("POST", f"{ADMIN}/enterprises/{created['id']}/approve", await self.officer(), expect=200)
        return Company(id=created["id"], headers=headers, uscc=created["uscc"])

    async def site(self, types: list[str] | None = None, **fields: Any) -> dict[str, Any]:
        body = {
            "name": "呼和浩特市计量测试所",
            "kind": "institute",
            "district": "新城区",
            "address": "新城区测试路1号",
            "phone": "0471-1234567",
            "instrument_types": types or ["price_computing_scale", "fuel_dispenser", "truck_scale", "water_meter_dn25"],
            **fields,
        }
        return await self.call("POST", f"{ADMIN}/verification-sites", await self.officer(), expect=201, json=body)

    async def slot(
        self, site_id: int, *, capacity: int = 10, mode: str = "lab", hours_ahead: float = 72
    ) -> dict[str, Any]:
        starts = datetime.now(UTC) + timedelta(hours=hours_ahead)
        body = {
            "starts_at": starts.isoformat(),
            "ends_at": (starts + timedelta(hours=2)).isoformat(),
            "capacity": capacity,
            "mode": mode,
        }
        path = f"{ADMIN}/verification-sites/{site_id}/slots"
        return await self.call("POST", path, await self.officer(), expect=201, json=body)

    async def instrument(self, company: Company, **fields: Any) -> dict[str, Any]:
        body = {
            "type": "price_computing_scale",
            "model": "ACS-30",
            "serial_no": f"SN{random.randrange(10**9)}",
            "use_area": "贸易结算",
            **fields,
        }
        path = f"{MINIAPP}/enterprises/{company.id}/instruments"
        return await self.call("POST", path, company.headers, expect=201, json=body)

    async def import_csv(self, company: Company, text: str, expect: int = 201, filename: str = "a.csv") -> Any:
        path = f"{MINIAPP}/enterprises/{company.id}/instruments/import"
        return await self.call("POST", path, company.headers, expect=expect, data=csv_upload(text, filename))

    async def book(self, company: Company, slot_id: int, instrument_ids: list[int], expect: int | None = 201) -> Any:
        path = f"{MINIAPP}/enterprises/{company.id}/bookings"
        body = {"slot_id": slot_id, "instrument_ids": instrument_ids}
        return await self.call("POST", path, company.headers, expect=expect, json=body)


@pytest.fixture
def world(
    client: TestClient,
    staff_headers: Callable[..., Awaitable[dict[str, str]]],
    citizen_headers: Callable[..., Awaitable[dict[str, str]]],
) -> AppointmentWorld:
    return AppointmentWorld(client, staff_headers, citizen_headers)
