"""Bulk instrument import (强检器具批量备案) from CSV or XLSX: every row checked, a per-row error report.

Nothing is imported unless every row is good; the import itself runs in one transaction (service).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pydantic import ValidationError

from appointments.catalogue import Catalogue
from appointments.models import Enterprise, Instrument
from appointments.schemas import InstrumentCreate
from appointments.service import check_instrument, import_instruments
from core.clock import today
from core.errors import InvalidInput

MAX_ROWS = 5000
COLUMNS: dict[str, tuple[str, ...]] = {
    "type": ("器具类型", "器具名称", "类型", "type"),
    "model": ("型号", "规格型号", "model"),
    "serial_no": ("出厂编号", "编号", "serial_no"),
    "measuring_range": ("测量范围", "measuring_range"),
    "accuracy_class": ("准确度等级", "准确度", "accuracy_class"),
    "location": ("安装地点", "使用地点", "location"),
    "use_area": ("使用领域", "用途", "use_area"),
    "last_verified_on": ("最近检定日期", "检定日期", "last_verified_on"),
}
REQUIRED = ("type", "model", "serial_no", "use_area")
FIELD_LABELS = {key: names[0] for key, names in COLUMNS.items()}


@dataclass
class RowError:
    row: int
    errors: list[str] = field(default_factory=list)


def read_table(content: bytes, filename: str) -> list[list[Any]]:
    """Rows of cells from a CSV (UTF-8 or GB18030, as Excel saves it) or an XLSX workbook's first sheet."""
    if filename.lower().endswith(".xlsx") or content[:2] == b"PK":
        return _read_xlsx(content)
    if filename.lower().endswith(".xls"):
        raise InvalidInput("不支持旧版 .xls 文件，请另存为 .xlsx 或 CSV 后上传", code="unsupported_file")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = content.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise InvalidInput("无法识别文件编码，请保存为 UTF-8 编码的 CSV 或 .xlsx 文件", code="unreadable_file")
    return list(csv.reader(io.StringIO(text)))


def _read_xlsx(content: bytes) -> list[list[Any]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many types for a damaged or non-xlsx file
        raise InvalidInput("无法读取该 Excel 文件，请确认是 .xlsx 格式", code="unreadable_file") from None
    try:
        sheet = workbook.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True, max_row=MAX_ROWS + 2)]
    finally:
        workbook.close()


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a serial number Excel stored as a number
    return str(value).strip()


def _date(value: Any) -> date | None | str:
    """A date, None for an empty cell, or the original text when it is not a date."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value)
    match = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", text) or re.fullmatch(
        r"(\d{4})(\d{2})(\d{2})", text
    )
    if match:
        try:
            return date(*(int(g) for g in match.groups()))
        except ValueError:
            return text
    return text


def _header_map(header: list[Any]) -> dict[str, int]:
    names = {_text(cell).replace(" ", "").lstrip("*"): i for i, cell in enumerate(header)}
    mapping = {}
    for key, aliases in COLUMNS.items():
        for alias in aliases:
            if alias in names:
                mapping[key] = names[alias]
                break
    missing = [FIELD_LABELS[k] for k in REQUIRED if k not in mapping]
    if missing:
        raise InvalidInput(f"表头缺少必填列：{'、'.join(missing)}", code="import_header_missing", missing=missing)
    return mapping


def _row_cells(row: list[Any], mapping: dict[str, int]) -> dict[str, Any]:
    """The row's cells by field name (a short row leaves the missing cells None)."""
    return {key: (row[i] if i < len(row) else None) for key, i in mapping.items()}


def _raw_fields(cells: dict[str, Any], report: RowError) -> dict[str, Any]:
    """The cells as text, with the date of the last verification read (an unreadable one is reported)."""
    raw: dict[str, Any] = {k: _text(v) for k, v in cells.items() if k != "last_verified_on"}
    verified = _date(cells.get("last_verified_on"))
    if isinstance(verified, str):
        report.errors.append(f"最近检定日期“{verified}”不是有效日期（例：2026-01-15）")
        verified = None
    raw["last_verified_on"] = verified
    return raw


def _validated(raw: dict[str, Any], report: RowError) -> InstrumentCreate | None:
    """The row as an instrument, or None with the reasons in `report` (required fields first)."""
    missing = [key for key in REQUIRED if not raw.get(key)]
    report.errors.extend(f"{FIELD_LABELS[key]}不能为空" for key in missing)
    if missing:
        return None
    try:
        return InstrumentCreate.model_validate(raw)
    except ValidationError as exc:
        for err in exc.errors():
            key = str(err["loc"][0]) if err["loc"] else ""
            report.errors.append(f"{FIELD_LABELS.get(key, key)}：{_error_text(err)}")
        return None


def _check_against_registry(
    data: InstrumentCreate,
    report: RowError,
    *,
    line: int,
    catalogue: Catalogue,
    on: date,
    existing_serials: set[str],
    seen: dict[str, int],
) -> None:
    """The catalogue's rules, and a serial number neither registered already nor repeated in the file."""
    report.errors.extend(check_instrument(data, catalogue, on=on).errors)
    serial = data.serial_no.strip()
    if serial in existing_serials:
        report.errors.append(f"出厂编号“{serial}”已在本企业备案")
    elif serial in seen:
        report.errors.append(f"出厂编号“{serial}”与第{seen[serial]}行重复")
    seen.setdefault(serial, line)


def _parse_row(
    row: list[Any],
    mapping: dict[str, int],
    *,
    line: int,
    catalogue: Catalogue,
    on: date,
    existing_serials: set[str],
    seen: dict[str, int],
) -> tuple[RowError, InstrumentCreate | None] | None:
    """One spreadsheet line: None when it is empty, else its error report and (when its fields validate) the
    instrument it describes."""
    cells = _row_cells(row, mapping)
    if all(_text(v) == "" for v in cells.values()):
        return None
    report = RowError(row=line)
    data = _validated(_raw_fields(cells, report), report)
    if data is not None:
        _check_against_registry(
            data, report, line=line, catalogue=catalogue, on=on, existing_serials=existing_serials, seen=seen
        )
    return report, data


def parse_rows(
    table: list[list[Any]], catalogue: Catalogue, existing_serials: set[str]
) -> tuple[list[tuple[int, InstrumentCreate]], list[RowError]]:
    """Validated rows (with their spreadsheet line numbers) and the errors of the bad ones."""
    if not table:
        raise InvalidInput("文件是空的", code="import_empty")
    mapping = _header_map(table[0])
    good: list[tuple[int, InstrumentCreate]] = []
    bad: list[RowError] = []
    seen: dict[str, int] = {}
    on = today()
    for line, row in enumerate(table[1:], start=2):
        parsed = _parse_row(
            row, mapping, line=line, catalogue=catalogue, on=on, existing_serials=existing_serials, seen=seen
        )
        if parsed is None:  # an empty line
            continue
        report, data = parsed
        if report.errors:
            bad.append(report)
        elif data is not None:
            good.append((line, data))
        if len(good) + len(bad) > MAX_ROWS:
            raise InvalidInput(f"一次最多导入{MAX_ROWS}行，请分批导入", code="import_too_large")
    if not good and not bad:
        raise InvalidInput("文件中没有器具数据", code="import_empty")
    return good, bad


def _error_text(err: Any) -> str:
    kind = err["type"]
    if kind == "string_too_long":
        return f"内容过长（最多{err['ctx']['max_length']}个字符）"
    if kind in ("string_too_short", "missing"):
        return "不能为空"
    return "格式不正确"


async def import_file(
    *, enterprise: Enterprise, user_id: int, content: bytes, filename: str, catalogue: Catalogue
) -> int:
    """Check every row, then import all of them in one transaction; InvalidInput lists each bad row otherwise."""
    table = read_table(content, filename)
    existing = set(await Instrument.filter(enterprise=enterprise).values_list("serial_no", flat=True))
    rows, errors = parse_rows(table, catalogue, existing)
    if errors:
        raise InvalidInput(
            f"共有{len(errors)}行有错误，未导入任何器具，请修改后重新上传",
            code="import_rejected",
            rows=[{"row": e.row, "errors": e.errors} for e in errors],
        )
    return await import_instruments(enterprise=enterprise, user_id=user_id, rows=rows, catalogue=catalogue)
