"""Refusal grounds (第121号 Art. 16 / 第20号 Art. 15) and mediation-termination grounds (第121号 Art. 23 ¶1 /
第20号 Art. 21) as versioned data (complaints/data/complaint_policy.json): the workflow and its documents pick a
ground by code, never free text."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from complaints.deadlines import AppliedPolicy, regulations


@dataclass(frozen=True)
class Ground:
    code: str
    label: str
    number: int  # its item number in the article, as the forms tick it: （一）, （二）, ...
    article: str
    certainty: str  # V / S / U of the list as a whole

    @property
    def numbered(self) -> str:
        return f"（{'一二三四五六七八九十'[self.number - 1]}）{self.label}"


def _regulation_code(policy: str | AppliedPolicy | Mapping[str, Any]) -> str:
    if isinstance(policy, str):
        return policy
    if isinstance(policy, AppliedPolicy):
        return policy.regulation
    return str(policy["regulation"])


def _grounds(policy: str | AppliedPolicy | Mapping[str, Any], key: str, article: str, label: str) -> list[Ground]:
    regulation = regulations()[_regulation_code(policy)]
    return [
        Ground(
            code=item["code"],
            label=item["label"],
            number=number,
            article=regulation.get(article, ""),
            certainty=regulation.get(label, "S"),
        )
        for number, item in enumerate(regulation[key], start=1)
    ]


def refusal_grounds(policy: str | AppliedPolicy | Mapping[str, Any]) -> list[Ground]:
    """The 不予受理 grounds of the regulation a case falls under (a code, an AppliedPolicy or a case snapshot)."""
    return _grounds(policy, "refusal_reasons", "refusal_article", "refusal_label")


def termination_grounds(policy: str | AppliedPolicy | Mapping[str, Any]) -> list[Ground]:
    """The 终止调解 grounds of the regulation a case falls under."""
    return _grounds(policy, "termination_grounds", "termination_article", "termination_label")


def ground(grounds: list[Ground], code: str) -> Ground | None:
    return next((g for g in grounds if g.code == code), None)
