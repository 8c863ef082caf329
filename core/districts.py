"""Hohhot's administrative divisions (9 + 经开区) as versioned data; input may be a slug, name or alias."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from core.errors import Forbidden, InvalidInput

DATA_FILE = Path(__file__).with_name("data") / "districts.json"


@dataclass(frozen=True)
class District:
    slug: str
    name: str
    kind: str
    code: str
    aliases: tuple[str, ...]


@cache
def all_districts() -> tuple[District, ...]:
    raw = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    return tuple(
        District(slug=d["slug"], name=d["name"], kind=d["kind"], code=d["code"], aliases=tuple(d["aliases"]))
        for d in raw["districts"]
    )


@cache
def _lookup() -> dict[str, District]:
    table: dict[str, District] = {}
    for district in all_districts():
        for key in (district.slug, district.name, district.code, *district.aliases):
            table[key.strip().lower()] = district
    return table


def find_district(value: str) -> District | None:
    return _lookup().get(value.strip().lower())


def resolve_district(value: str) -> District:
    """The district for a slug, name, code or common alias; InvalidInput naming the valid choices otherwise."""
    district = find_district(value)
    if district is None:
        names = "、".join(d.name for d in all_districts())
        raise InvalidInput(f"所在区域“{value}”不在呼和浩特市辖区内，请选择：{names}", code="invalid_district")
    return district


def district_slug(value: str | None) -> str | None:
    """The one stored form of a district (its slug) for any accepted spelling; None stays None (city-wide)."""
    return resolve_district(value).slug if value and value.strip() else None


def scoped_district(own: str | None, requested: str | None) -> str | None:
    """The district a query may cover: a district office's own (asking for another is 403), anyone else's choice."""
    wanted = district_slug(requested)
    if own is None:
        return wanted
    if wanted is not None and wanted != own:
        office = find_district(own)
        raise Forbidden(
            f"您只能查看本辖区（{office.name if office else own}）的数据", code="district_forbidden", district=own
        )
    return own
