"""The compulsory-management instrument catalogue as versioned data, with local overrides.

Layers, later ones win per slug: the shipped `data/catalogue.json` (facts §3), an optional local file
(`JILIANG_APPOINTMENT_CATALOGUE_FILE`, same format: 呼和浩特/内蒙古 practice) and staff overrides in the database.
"""

from __future__ import annotations

import calendar
import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError, model_validator

from appointments.models import CatalogueOverride
from appointments.settings import AppointmentSettings
from core.errors import InvalidInput, NotFound
from core.settings import Settings

DATA_FILE = Path(__file__).with_name("data") / "catalogue.json"

Mode = Literal["periodic", "first_only", "none"]
Place = Literal["lab", "site"]
UseArea = Literal["trade", "safety", "medical", "environment"]

USE_AREA_LABELS: dict[str, str] = {
    "trade": "贸易结算",
    "safety": "安全防护",
    "medical": "医疗卫生",
    "environment": "环境监测",
}
MODE_LABELS = {"periodic": "周期检定", "first_only": "首次检定·限期使用·到期轮换", "none": "不实施使用中强制检定"}
FIRST_ONLY_NO_LIFE_LABEL = "仅首次检定（安装或使用前检定一次）"
PLACE_LABELS = {"lab": "送检", "site": "现场检定"}


class CatalogueEntry(BaseModel):
    slug: str = Field(pattern=r"^[a-z][a-z0-9_]{1,63}$")
    name: str = Field(min_length=1, max_length=64)
    aliases: list[str] = []
    form: Literal["P", "V", "P+V"]
    use_areas: list[UseArea]
    mode: Mode
    period_months: int | None = Field(None, ge=1, le=240)
    place: Place
    regulation: str = ""
    certainty: Literal["V", "S", "M", "L"] = "M"  # L: set locally (file or staff override)
    basis: str = Field("", max_length=500)  # where the entry's facts come from (source and what is unverified)
    source: str = "shipped"  # shipped | local-file | override

    @model_validator(mode="after")
    def _consistent(self) -> CatalogueEntry:
        if self.mode == "periodic" and self.period_months is None:
            raise ValueError("周期检定的器具必须给出检定周期（月）")
        if self.mode != "none" and "V" not in self.form:
            raise ValueError("管理形式不含强制检定（V）的器具，检定方式只能是 none")
        return self

    @property
    def mode_label(self) -> str:
        """首检 without a service life (household heat meters, glass thermometers) is not 限期·轮换."""
        if self.mode == "first_only" and self.period_months is None:
            return FIRST_ONLY_NO_LIFE_LABEL
        return MODE_LABELS[self.mode]

    @property
    def verifiable(self) -> bool:
        return self.mode != "none"

    def due_after(self, verified_on: date) -> date | None:
        """Next re-verification (periodic) or replacement (首检·限期·轮换) date after a passed verification."""
        if self.period_months is None:
            return None
        return add_months(verified_on, self.period_months)


class Catalogue(BaseModel):
    version: str
    entries: dict[str, CatalogueEntry]

    def get(self, slug: str) -> CatalogueEntry:
        entry = self.entries.get(slug)
        if entry is None:
            raise NotFound(f"强检目录中没有器具类型“{slug}”", code="instrument_type_not_found")
        return entry

    def resolve(self, value: str) -> CatalogueEntry | None:
        """An entry by slug, name or alias (import files use Chinese names)."""
        key = value.strip()
        if key in self.entries:
            return self.entries[key]
        for entry in self.entries.values():
            if key == entry.name or key in entry.aliases:
                return entry
        return None


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _read_layer(path: Path, source: str) -> tuple[str, dict[str, dict[str, Any]]]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return raw.get("version", "local"), {e["slug"]: {**e, "source": source} for e in raw["entries"]}


@cache
def _file_layers(local_file: Path | None) -> tuple[str, dict[str, dict[str, Any]]]:
    version, entries = _read_layer(DATA_FILE, "shipped")
    if local_file is not None:
        local_version, local_entries = _read_layer(local_file, "local-file")
        for slug, data in local_entries.items():
            entries[slug] = {**entries.get(slug, {}), **data}
        version = f"{version}+{local_version}"
    for slug, data in entries.items():
        CatalogueEntry.model_validate(data)  # a broken data file fails loudly at first use, naming the slug
        del slug
    return version, entries


_built: dict[tuple[Any, ...], Catalogue] = {}


async def configured(settings: Settings) -> Catalogue:
    """The catalogue this deployment uses (JILIANG_APPOINTMENT_CATALOGUE_FILE, else the shipped one)."""
    return await load(settings.section(AppointmentSettings).catalogue_file)


async def load(local_file: Path | None = None) -> Catalogue:
    """The merged catalogue; rebuilt only when the local file setting or a staff override changed."""
    overrides = await CatalogueOverride.all().order_by("slug")
    key = (local_file, *((o.slug, o.updated_at) for o in overrides))
    if (cached := _built.get(key)) is not None:
        return cached
    version, entries = _file_layers(local_file)
    merged = {slug: dict(data) for slug, data in entries.items()}
    for override in overrides:
        merged[override.slug] = {**merged.get(override.slug, {}), **override.data, "slug": override.slug}
    if overrides:
        latest = max(o.updated_at for o in overrides)
        version = f"{version}+db-{latest:%Y%m%d%H%M%S}"
    catalogue = Catalogue(version=version, entries={s: CatalogueEntry.model_validate(d) for s, d in merged.items()})
    if len(_built) > 32:
        _built.clear()
    _built[key] = catalogue
    return catalogue


async def set_override(*, slug: str, changes: dict[str, Any], staff_id: int, local_file: Path | None) -> CatalogueEntry:
    """Store a staff override (partial for a known slug, complete for a new one) after validating the result."""
    _, entries = _file_layers(local_file)
    existing = await CatalogueOverride.get_or_none(slug=slug)
    base = {**entries.get(slug, {}), **(existing.data if existing else {})}
    data = {**base, **changes, "slug": slug, "source": "override", "certainty": changes.get("certainty", "L")}
    try:
        entry = CatalogueEntry.model_validate(data)
    except ValidationError as exc:
        problems = "；".join(f"{'.'.join(str(p) for p in e['loc']) or '条目'}：{e['msg']}" for e in exc.errors())
        raise InvalidInput(f"目录条目不完整或不正确：{problems}", code="invalid_catalogue_entry") from None
    stored = {**(existing.data if existing else {}), **changes, "source": "override", "certainty": entry.certainty}
    await CatalogueOverride.update_or_create(defaults={"data": stored, "updated_by": staff_id}, slug=slug)
    return entry


async def clear_override(*, slug: str) -> None:
    deleted = await CatalogueOverride.filter(slug=slug).delete()
    if not deleted:
        raise NotFound("该器具类型没有本地覆盖设置", code="catalogue_override_not_found")
