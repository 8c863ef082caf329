"""One rule for every CSV and xlsx export: text that a spreadsheet would run as a formula stays text."""

from __future__ import annotations

# What Excel and LibreOffice read as the start of a formula (or a DDE call) in a cell typed by a user.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """The cell's text; a user-typed "=HYPERLINK(...)" gets a leading apostrophe, None is empty."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text
