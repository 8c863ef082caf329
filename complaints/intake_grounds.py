"""Refusal (不予受理) and termination (终止调解) grounds as the intake, the forms and the documents read them:
code -> label, from the one source of both lists, the versioned policy data (`complaints.grounds`)."""

from __future__ import annotations

from complaints import grounds


def refusal_grounds(regulation: str) -> dict[str, str]:
    """Code -> label of the 不予受理 grounds of `regulation` (第121号 Art. 16 / 第20号 Art. 15)."""
    return {ground.code: ground.label for ground in grounds.refusal_grounds(regulation)}


def termination_grounds(regulation: str) -> dict[str, str]:
    """Code -> label of the 终止调解 grounds of `regulation` (第121号 Art. 23 ¶1 / 第20号 Art. 21)."""
    return {ground.code: ground.label for ground in grounds.termination_grounds(regulation)}
