"""Refusal (不予受理) and termination (终止调解) grounds as the intake and the documents read them.

Both are data. The refusal grounds come from the deadline policy file; the termination grounds from
complaints/data/decision_grounds.json. When the policy data gains its own termination grounds (another branch
moves them there), these two functions are the only place to repoint.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from complaints.deadlines import refusal_reasons

GROUNDS_FILE = Path(__file__).with_name("data") / "decision_grounds.json"


@cache
def _grounds_data() -> dict[str, Any]:
    return json.loads(GROUNDS_FILE.read_text(encoding="utf-8"))


def refusal_grounds(regulation: str) -> dict[str, str]:
    """Code -> label of the 不予受理 grounds of `regulation` (第121号 Art. 16 / 第20号 Art. 15)."""
    return refusal_reasons(regulation)


def termination_grounds(regulation: str) -> dict[str, str]:
    """Code -> label of the 终止调解 grounds of `regulation` (第121号 Art. 23 ¶1 / 第20号 Art. 21)."""
    items = _grounds_data()["termination_grounds"].get(regulation, [])
    return {item["code"]: item["label"] for item in items}
