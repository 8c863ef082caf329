"""Every export's one rule against spreadsheet formulas (core.spreadsheet)."""

from __future__ import annotations

import pytest

from core.spreadsheet import safe_cell


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://x","点我")', '\'=HYPERLINK("http://x","点我")'),
        ("+86 139", "'+86 139"),
        ("-1+1", "'-1+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("新华大街=88号", "新华大街=88号"),
        ("", ""),
        (None, ""),
        (12, "12"),
    ],
)
def test_text_a_spreadsheet_would_run_stays_text(value: object, cell: str) -> None:
    assert safe_cell(value) == cell
