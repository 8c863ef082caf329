"""Excel exports: the rows of the CSV exports (same columns, same masking) as an .xlsx workbook."""

from __future__ import annotations

import csv
import io

from aiohttp import web
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def csv_to_xlsx(text: str, *, title: str) -> bytes:
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]
    for row in rows:
        sheet.append(row)
    if rows:
        sheet.freeze_panes = "A2"
        for index, header in enumerate(rows[0], start=1):
            widest = max(len(str(r[index - 1])) if index - 1 < len(r) else 0 for r in rows)
            sheet.column_dimensions[get_column_letter(index)].width = min(max(widest, len(header)) * 1.8 + 2, 50)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def xlsx_response(body: bytes, filename: str) -> web.Response:
    from urllib.parse import quote

    return web.Response(
        body=body,
        content_type=XLSX_TYPE,
        headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(filename)}"},
    )
