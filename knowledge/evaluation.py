"""Offline evaluation of the index on labelled questions ({"q", "id"} lines; id null = out of domain)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from knowledge.index import FaqIndex


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
        if self.confusion:
            out.append("worst confusions (expected -> answered; '-' = no confident answer):")
            for (expected, got), count in self.confusion.most_common(worst):
                out.append(f"  {count} x {expected} -> {got}")
        return out


def evaluate(index: FaqIndex, items: Iterable[tuple[str, str | None]]) -> EvalReport:
    report = EvalReport()
    for question, expected in items:
        result = index.search(question, limit=3)
        answered = result.best.faq_id if result.band == "confident" and result.best else None
        if expected is None:
            report.out_of_domain += 1
            if answered is None:
                report.rejected += 1
            else:
                report.confusion[("(out of domain)", answered)] += 1
                report.misses.append((question, "-", answered, result.confidence))
            continue
        report.in_domain += 1
        if answered == expected:
            report.top1 += 1
        else:
            report.confusion[(expected, answered or "-")] += 1
            report.misses.append(
                (question, expected, answered or (result.best.faq_id if result.best else None), result.confidence)
            )
            if answered is not None:
                report.wrong_confident += 1
        if result.best is not None and result.best.faq_id == expected:
            report.ranked1 += 1
        if any(c.faq_id == expected for c in result.candidates[:3]):
            report.top3 += 1
    return report
