"""What strangers can get: the contact person behind a public credit code, photos behind forged or endless links,
and a server started with the published demo credentials."""

from __future__ import annotations

import hashlib
import hmac
import time
from urllib.parse import urlsplit

import pytest

from complaints import media
from core.keys import SETTINGS
from core.settings import DEMO_SECRET, ConfigError, load_settings
from tests.support.appointments import MINIAPP, AppointmentWorld


async def test_a_join_request_by_credit_code_does_not_reveal_the_contact_person(world: AppointmentWorld) -> None:
    company = await world.company(contact_name="王建国", contact_phone="13912345678")
    stranger = await world.citizen()
    await world.call("POST", f"{MINIAPP}/enterprises/join", stranger, expect=201, json={"uscc": company.uscc})
    (mine,) = await world.listing(f"{MINIAPP}/enterprises", stranger, expect=200)
    assert mine["member_status"] == "pending"
    shown = mine["enterprise"]
    assert shown["contact_name"] == "王**" and "建国" not in str(shown)
    assert shown["contact_phone"] == "139****5678" and shown["address"] == ""
    # The enterprise's own member sees the contact person in full.
    (own,) = await world.listing(f"{MINIAPP}/enterprises", company.headers, expect=200)
    assert own["enterprise"]["contact_name"] == "王建国"


def _token(key: bytes, photo_id: int, expires: int) -> str:
    mac = hmac.new(key, f"{photo_id}.{expires}".encode(), hashlib.sha256).hexdigest()[:32]
    return f"{photo_id}.{expires}.{mac}"


async def test_photo_links_have_a_bounded_life_and_no_public_key(client, complaint_api, citizen, run_jobs, sandbox_api):  # type: ignore[no-untyped-def]
    case = await complaint_api.filed(await citizen("o-links"))
    await run_jobs()
    (check,) = await sandbox_api.sent("media_check", openid="o-links")
    link = urlsplit(check["media_url"]).path
    assert (await client.get(link)).status == 200
    photo_id = case["photos"][0]["id"]
    base = link.rsplit("/", 1)[0]

    # Signed with the real key, but claiming to live for a year: refused.
    key = media._key(client.server.app[SETTINGS])
    endless = _token(key, photo_id, int(time.time()) + 365 * 86400)
    assert (await client.get(f"{base}/{endless}")).status == 404
    within = _token(key, photo_id, int(time.time()) + media.LINK_TTL_SECONDS - 5)
    assert (await client.get(f"{base}/{within}")).status == 200

    # Signed with the key anyone can derive from the published demo secret: refused.
    public_key = hashlib.sha256(b"jiliang:complaint-photo-link:" + DEMO_SECRET.encode()).digest()
    forged = _token(public_key, photo_id, int(time.time()) + 600)
    assert (await client.get(f"{base}/{forged}")).status == 404


@pytest.mark.parametrize(
    ("env", "host"),
    [("production", "127.0.0.1"), ("staging", "127.0.0.1"), ("test", "0.0.0.0"), ("test", "10.1.2.3")],
)
def test_demo_credentials_are_refused_where_outsiders_could_use_them(
    monkeypatch: pytest.MonkeyPatch, env: str, host: str
) -> None:
    monkeypatch.setenv("JILIANG_ENV", env)
    monkeypatch.setenv("JILIANG_HOST", host)
    monkeypatch.setenv("JILIANG_REDIS_URL", "redis://127.0.0.1:6379/0")
    with pytest.raises(ConfigError, match="demo credentials.*JILIANG_MINIAPP_SECRET"):
        load_settings(_env_file=None)


@pytest.mark.parametrize(("env", "host"), [("development", "0.0.0.0"), ("test", "127.0.0.1"), ("test", "localhost")])
def test_demo_credentials_still_run_the_local_stack(monkeypatch: pytest.MonkeyPatch, env: str, host: str) -> None:
    monkeypatch.setenv("JILIANG_ENV", env)
    monkeypatch.setenv("JILIANG_HOST", host)
    assert load_settings(_env_file=None).env == env
