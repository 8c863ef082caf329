"""District offices, as a user sets them up: accounts made with the CLI or the API see their own district only."""

from __future__ import annotations

import asyncio
import os
import re
import sys

import pytest
from aiohttp.test_utils import TestClient

from core.models import StaffAccount, StaffRole
from tests.support.app import Backends
from tests.support.appointments import ADMIN as APPOINTMENTS
from tests.support.appointments import AppointmentWorld
from tests.support.paths import ROOT

COMPLAINTS = "/api/v1/admin/complaints"


async def cli_staff_create(backends: Backends, *args: str) -> tuple[int, str, str]:
    env = {**os.environ, "JILIANG_DATABASE_URL": backends.database_url, "JILIANG_ENV": "test"}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "jiliang", "staff", "create", *args,
        cwd=ROOT, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await proc.communicate()
    return proc.returncode or 0, out.decode(), err.decode()


def token_of(cli_output: str) -> dict[str, str]:
    token = re.search(r"(jlst_\S+)", cli_output)
    assert token, cli_output
    return {"Authorization": f"Bearer {token[1]}"}


async def test_cli_accounts_see_their_districts_complaints(
    client: TestClient, backends: Backends, complaint_api, citizen
) -> None:  # type: ignore[no-untyped-def]
    xincheng = await complaint_api.filed(await citizen())
    saihan = await complaint_api.filed(await citizen(), district="赛罕区", location="大学路菜市场")

    for n, spelling in enumerate(("赛罕区", "saihan", "赛罕", "150105")):
        code, out, err = await cli_staff_create(
            backends, "--username", f"saihan{n}", "--name", "赛罕区专员", "--role", "complaint_handler",
            "--district", spelling,
        )  # fmt: skip
        assert code == 0, err
        assert (await StaffAccount.get(username=f"saihan{n}")).district == "saihan"
        queue = await (await client.get(COMPLAINTS, headers=token_of(out))).json()
        assert [c["id"] for c in queue["items"]] == [saihan["id"]]
        assert (await client.get(f"{COMPLAINTS}/{xincheng['id']}", headers=token_of(out))).status == 404


@pytest.mark.usefixtures("client")  # the database is up
async def test_cli_refuses_an_unknown_district_in_chinese(backends: Backends) -> None:
    code, out, err = await cli_staff_create(
        backends, "--username", "nowhere", "--role", "complaint_handler", "--district", "朝阳区"
    )
    assert code == 2
    assert "朝阳区" in err and "赛罕区" in err and "新城区" in err  # says which districts there are
    assert not await StaffAccount.exists(username="nowhere")


async def test_api_accounts_are_stored_with_the_slug(client: TestClient, staff_headers, complaint_api, citizen) -> None:  # type: ignore[no-untyped-def]
    admin = await staff_headers(StaffRole.ADMIN)
    saihan = await complaint_api.filed(await citizen(), district="赛罕区", location="大学路菜市场")
    await complaint_api.filed(await citizen())
    for n, spelling in enumerate(("赛罕区", "saihan")):
        body = {
            "username": f"api-saihan{n}",
            "display_name": "专员",
            "roles": ["complaint_handler"],
            "district": spelling,
        }
        resp = await client.post("/api/v1/admin/staff", json=body, headers=admin)
        assert resp.status == 201, await resp.text()
        created = await resp.json()
        assert created["staff"]["district"] == "saihan"
        mine = {"Authorization": f"Bearer {created['token']}"}
        queue = await (await client.get(COMPLAINTS, headers=mine)).json()
        assert [c["id"] for c in queue["items"]] == [saihan["id"]]

    staff_id = created["staff"]["id"]
    resp = await client.patch(f"/api/v1/admin/staff/{staff_id}", json={"district": "新城"}, headers=admin)
    assert (await resp.json())["district"] == "xincheng"
    resp = await client.patch(f"/api/v1/admin/staff/{staff_id}", json={"district": None}, headers=admin)
    assert (await resp.json())["district"] is None

    body = {"username": "nowhere", "display_name": "专员", "roles": ["complaint_handler"], "district": "朝阳区"}
    resp = await client.post("/api/v1/admin/staff", json=body, headers=admin)
    assert resp.status == 422
    error = (await resp.json())["error"]
    assert error["code"] == "invalid_district" and "赛罕区" in error["message"]


async def test_district_officer_sees_exactly_their_enterprises(
    client: TestClient, staff_headers, citizen_headers
) -> None:  # type: ignore[no-untyped-def]
    world = AppointmentWorld(client, staff_headers, citizen_headers)
    in_saihan = await world.company(approve=False)  # 赛罕区
    in_xincheng = await world.company(approve=False, district="新城区", address="新城区中山路1号")
    admin = await staff_headers(StaffRole.ADMIN)
    body = {
        "username": "officer-saihan",
        "display_name": "检定员",
        "roles": ["verification_officer"],
        "district": "赛罕区",
    }
    created = await (await client.post("/api/v1/admin/staff", json=body, headers=admin)).json()
    officer = {"Authorization": f"Bearer {created['token']}"}

    listing = await world.call("GET", f"{APPOINTMENTS}/enterprises", officer, expect=200)
    assert [e["id"] for e in listing["items"]] == [in_saihan.id]
    await world.call("GET", f"{APPOINTMENTS}/enterprises/{in_saihan.id}", officer, expect=200)
    await world.call("GET", f"{APPOINTMENTS}/enterprises/{in_xincheng.id}", officer, expect=404)
    await world.call("POST", f"{APPOINTMENTS}/enterprises/{in_saihan.id}/approve", officer, expect=200)
    await world.call("POST", f"{APPOINTMENTS}/enterprises/{in_xincheng.id}/approve", officer, expect=404)
    other = await world.call("GET", f"{APPOINTMENTS}/enterprises?district=新城区", officer, expect=403)
    assert other["error"]["code"] == "district_forbidden"


async def test_ranking_never_shows_another_district_to_a_district_office(
    client: TestClient, staff_headers, complaint_api, citizen
) -> None:  # type: ignore[no-untyped-def]
    city = await staff_headers(StaffRole.COMPLAINT_HANDLER)
    cases = [
        await complaint_api.filed(await citizen()),
        await complaint_api.filed(
            await citizen(), district="赛罕区", location="大学路菜市场", merchant_name="赛罕摊位"
        ),
    ]
    for case in cases:
        for step, body in (("accept", {}), ("mediation", {})):
            assert (await client.post(f"{COMPLAINTS}/{case['id']}/{step}", json=body, headers=city)).status == 200
        body = {"result": "mediated", "substantiated": True}
        assert (await client.post(f"{COMPLAINTS}/{case['id']}/outcome", json=body, headers=city)).status == 200

    admin = await staff_headers(StaffRole.ADMIN)
    body = {"username": "xc", "display_name": "新城专员", "roles": ["complaint_handler"], "district": "新城区"}
    created = await (await client.post("/api/v1/admin/staff", json=body, headers=admin)).json()
    xincheng = {"Authorization": f"Bearer {created['token']}"}

    ranking = await (await client.get(f"{COMPLAINTS}/merchants/ranking", headers=xincheng)).json()
    assert [m["district"] for m in ranking["items"]] == ["xincheng"]
    resp = await client.get(f"{COMPLAINTS}/merchants/ranking", params={"district": "saihan"}, headers=xincheng)
    assert resp.status == 403
    assert "新城区" in (await resp.json())["error"]["message"]
    everywhere = await (await client.get(f"{COMPLAINTS}/merchants/ranking", headers=city)).json()
    assert {m["district"] for m in everywhere["items"]} == {"xincheng", "saihan"}


@pytest.mark.usefixtures("client")
async def test_the_data_migration_turns_stored_names_into_slugs(backends: Backends) -> None:
    import importlib.util

    from tortoise import Tortoise

    from campaigns.models import Campaign
    from core.models import Subscriber

    dialect = "postgres" if backends.postgres else "sqlite"
    (path,) = (ROOT / "migrations" / dialect / "models").glob("*_district_slugs.py")
    spec = importlib.util.spec_from_file_location("district_slugs", path)
    assert spec and spec.loader
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)

    # Rows as the code before the fix wrote them.
    await StaffAccount.create(username="api-made", display_name="x", roles=["admin"], district="赛罕区", token_hash="a")
    await StaffAccount.create(username="cli-made", display_name="x", roles=["admin"], district="经开区", token_hash="b")
    await StaffAccount.create(username="city", display_name="x", roles=["admin"], district=None, token_hash="c")
    await Subscriber.create(openid="o-old", district="新城区")
    audience = {"kind": "all", "districts": ["回民区", "新城区"], "tags": ["农贸市场"]}
    campaign = await Campaign.create(title="t", summary="s", channel="custom", audience=audience)

    connection = Tortoise.get_connection("default")
    await connection.execute_script(await migration.upgrade(connection))

    districts = dict(await StaffAccount.all().values_list("username", "district"))
    assert districts == {"api-made": "saihan", "cli-made": "etdz", "city": None}
    assert (await Subscriber.get(openid="o-old")).district == "xincheng"
    assert (await Campaign.get(id=campaign.id)).audience == {
        "kind": "all",
        "districts": ["huimin", "xincheng"],
        "tags": ["农贸市场"],
    }
