"""Offline evaluation of the index on labelled questions.

Lines are {"q", "id"} (id null = out of domain), optionally with "kind": a label of how the line was written
(ordinary, hard, ood, near ...). Every kind gets its own figures, so one file can hold several sets.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from knowledge.index import FaqIndex

REFERRAL = "12315"  # a consumer (near-domain) answer must name the national complaint route


@dataclass
class KindReport:
    """Figures of one kind of line."""

    total: int = 0
    in_domain: int = 0
    right: int = 0  # answered confidently with the right id (and, for consumer entries, naming 12315)
    ranked1: int = 0
    wrong: int = 0  # answered confidently with another entry (for out-of-domain lines: any confident answer)

    def line(self, kind: str) -> str:
        if not self.in_domain:
            return f"  {kind:<9} n={self.total:<4} confidently answered {self.wrong / self.total:.1%} ({self.wrong})"
        return (
            f"  {kind:<9} n={self.total:<4} confident right {self.right / self.in_domain:.1%} ({self.right})"
            f"  ranked first {self.ranked1 / self.in_domain:.1%}  confident wrong {self.wrong / self.in_domain:.1%}"
            f" ({self.wrong})"
        )


@dataclass
class EvalReport:
    in_domain: int = 0
    out_of_domain: int = 0
    top1: int = 0  # answered confidently with the right id
    top3: int = 0  # right id among the three best candidates, whatever the band
    ranked1: int = 0  # right id ranked first, whatever the band (what the baselines are scored on)
    rejected: int = 0  # out-of-domain questions left without a confident answer
    wrong_confident: int = 0  # in-domain questions confidently answered with the wrong entry
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)  # (expected, got or "-") -> count
    misses: list[tuple[str, str, str | None, float]] = field(default_factory=list)  # q, expected, got, confidence
    kinds: dict[str, KindReport] = field(default_factory=dict)

    @property
    def top1_rate(self) -> float:
        return self.top1 / self.in_domain if self.in_domain else 0.0

    @property
    def ranked1_rate(self) -> float:
        return self.ranked1 / self.in_domain if self.in_domain else 0.0

    @property
    def top3_rate(self) -> float:
        return self.top3 / self.in_domain if self.in_domain else 0.0

    @property
    def rejection_rate(self) -> float:
        return self.rejected / self.out_of_domain if self.out_of_domain else 0.0

    def lines(self, *, worst: int = 8) -> list[str]:
        out = [
            f"in-domain questions:      {self.in_domain}",
            f"top-1 (confident, right): {self.top1_rate:.1%} ({self.top1}/{self.in_domain})",
            f"ranked first (any band):  {self.ranked1_rate:.1%} ({self.ranked1}/{self.in_domain})",
            f"top-3 (right among 3):    {self.top3_rate:.1%} ({self.top3}/{self.in_domain})",
            f"confident but wrong:      {self.wrong_confident}",
            f"out-of-domain questions:  {self.out_of_domain}",
            f"out-of-domain rejected:   {self.rejection_rate:.1%} ({self.rejected}/{self.out_of_domain})",
        ]
        if len(self.kinds) > 1 or (self.kinds and "" not in self.kinds):
            out.append("by kind:")
            out.extend(report.line(kind or "(none)") for kind, report in sorted(self.kinds.items()))
        if self.confusion:
            out.append("worst confusions (expected -> answered; '-' = no confident answer):")
            for (expected, got), count in self.confusion.most_common(worst):
                out.append(f"  {count} x {expected} -> {got}")
        return out


def evaluate(index: FaqIndex, items: Iterable[tuple[str, str | None] | tuple[str, str | None, str]]) -> EvalReport:
    report = EvalReport()
    for item in items:
        question, expected = item[0], item[1]
        kind = report.kinds.setdefault(item[2] if len(item) > 2 else "", KindReport())
        kind.total += 1
        result = index.search(question, limit=3)
        answered = result.best.faq_id if result.band == "confident" and result.best else None
        if expected is None:
            report.out_of_domain += 1
            if answered is None:
                report.rejected += 1
            else:
                kind.wrong += 1
                report.confusion[("(out of domain)", answered)] += 1
                report.misses.append((question, "-", answered, result.confidence))
            continue
        report.in_domain += 1
        kind.in_domain += 1
        if answered == expected and _names_referral_if_consumer(index, expected):
            report.top1 += 1
            kind.right += 1
        else:
            report.confusion[(expected, answered or "-")] += 1
            report.misses.append(
                (question, expected, answered or (result.best.faq_id if result.best else None), result.confidence)
            )
            if answered is not None and answered != expected:
                report.wrong_confident += 1
                kind.wrong += 1
        if result.best is not None and result.best.faq_id == expected:
            report.ranked1 += 1
            kind.ranked1 += 1
        if any(c.faq_id == expected for c in result.candidates[:3]):
            report.top3 += 1
    return report


def _names_referral_if_consumer(index: FaqIndex, faq_id: str) -> bool:
    record = index.record(faq_id)
    return record is None or not record.outside_metrology or REFERRAL in record.answer
