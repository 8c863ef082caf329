"""The 举报 (report) track's policy data: the decision-to-investigate limit and the reward note.

Read from the `reports` block of complaints/data/complaint_policy.json (each value with source and label).
"""

from __future__ import annotations

from typing import Any

from complaints.deadlines import policy_data


def _block() -> dict[str, Any]:
    return policy_data()["reports"]


def decision_limit() -> dict[str, Any]:
    """{"value": 15, "unit": "working_days", "label": ..., "source": ...}: check and decide whether to 立案."""
    limit = _block()["decision_limit"]
    return {key: limit[key] for key in ("value", "unit", "label", "source")}


def reward_note() -> str:
    """Which reward rules might apply, without promising a reward."""
    return str(_block()["reward_note"]["text"])
