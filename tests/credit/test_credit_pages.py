"""Every 诚信计量 list answers the one page shape; its page size is bounded and a bad filter is a 422."""

from __future__ import annotations

from aiohttp.test_utils import TestClient

from core.models import StaffRole
from credit.models import AwardApplication, Business, Sector

ADMIN = "/api/v1/admin/credit"
PUBLIC = "/api/v1/public/credit"


async def test_award_applications_page_and_filter(client: TestClient, staff_headers) -> None:  # type: ignore[no-untyped-def]
    headers = await staff_headers(StaffRole.COMPLAINT_HANDLER)
    for i in range(3):
        business = await Business.create(name=f"诚信眼镜店{i}", sector=Sector.OPTICIAN, district="xincheng")
        await AwardApplication.create(business=business, statement="制度齐全", policy_version="v1", user_id=1)
    first = await (await client.get(f"{ADMIN}/award-applications?page_size=2", headers=headers)).json()
    second = await (await client.get(f"{ADMIN}/award-applications?page=2&page_size=2", headers=headers)).json()
    assert (first["total"], len(first["items"]), len(second["items"])) == (3, 2, 1)
    assert {a["id"] for a in first["items"]}.isdisjoint(a["id"] for a in second["items"])
    far = await (await client.get(f"{ADMIN}/award-applications?page=31843&page_size=65", headers=headers)).json()
    assert (far["items"], far["total"]) == ([], 3)
    for bad in ("status=P%C2%A6", "page_size=101", "page=0"):
        resp = await client.get(f"{ADMIN}/award-applications?{bad}", headers=headers)
        assert resp.status == 422, bad
    campaigns = await (await client.get(f"{ADMIN}/campaigns", headers=headers)).json()
    assert set(campaigns) == {"items", "total", "page", "page_size"}


async def test_public_search_pages_through_the_matches(client: TestClient) -> None:
    for i in range(5):
        await Business.create(name=f"放心水果摊{i}", sector=Sector.MARKET_STALL, district="saihan")
    page = await (await client.get(f"{PUBLIC}/businesses?q=放心水果&page=3&page_size=2")).json()
    assert (page["total"], page["page"], [b["name"] for b in page["items"]]) == (5, 3, ["放心水果摊4"])
    assert (await client.get(f"{PUBLIC}/businesses?q=放心水果&page_size=101")).status == 422
