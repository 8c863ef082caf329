"""Calibrated confidence: the probability that the first-ranked entry is the right one.

The ranker's signals (how much of the question the best entry explains, character similarity, margin over the
runner-up, whether the question is one for us at all, sibling cues ...) are combined by a logistic regression
fitted on labelled questions (`jiliang kb calibrate`), never on the held-out sets. The weights are data
(`data/calibration.json`): the bands then mean what they say, e.g. "answer when at least 80 % likely right".
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from knowledge.lexicon import DATA_DIR

CALIBRATION_FILE = "calibration.json"
FEATURES = (
    "evidence",  # the ranker's own confidence: coverage, characters, margin (index.FaqIndex._evidence)
    "anchored",  # the match rests on domain words or a keyword phrase, not only everyday words
    "coverage",
    "chars",
    "words",
    "score",
    "runner_up_ratio",  # score of the runner-up / score of the best
    "domain",  # naive Bayes mean log-odds: a question for us at all (knowledge.domain)
    "log_length",
    "reduced",  # a long story cut down to its question part
    "outside_metrology",  # the best entry is a consumer (12315) entry
    "cue",  # +1 the question has the best entry's sibling cues, -1 a sibling's instead, 0 neither
    "close_sibling",  # the runner-up is a sibling of the best entry
)


@dataclass(frozen=True)
class Calibrator:
    weights: tuple[float, ...]
    bias: float
    means: tuple[float, ...]
    scales: tuple[float, ...]
    trained_on: str = ""

    def probability(self, signals: dict[str, float]) -> float:
        z = self.bias
        for name, w, m, s in zip(FEATURES, self.weights, self.means, self.scales, strict=True):
            z += w * (signals.get(name, 0.0) - m) / s
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict[str, object]:
        return {
            "features": list(FEATURES),
            "weights": [round(w, 6) for w in self.weights],
            "bias": round(self.bias, 6),
            "means": [round(m, 6) for m in self.means],
            "scales": [round(s, 6) for s in self.scales],
            "trained_on": self.trained_on,
        }


def fit_calibrator(
    rows: list[dict[str, float]], labels: list[int], *, l2: float = 1.0, trained_on: str = ""
) -> Calibrator:
    """Logistic regression (standardised features, L2, full-batch Newton steps): small and deterministic."""
    x = np.array([[row.get(name, 0.0) for name in FEATURES] for row in rows], dtype=np.float64)
    y = np.asarray(labels, dtype=np.float64)
    means = x.mean(axis=0)
    scales = x.std(axis=0)
    scales[scales < 1e-9] = 1.0
    z = np.hstack([(x - means) / scales, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[-1] = 0.0  # the bias is not shrunk
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -30, 30)))
        gradient = z.T @ (p - y) + penalty * w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return Calibrator(
        weights=tuple(float(v) for v in w[:-1]),
        bias=float(w[-1]),
        means=tuple(float(v) for v in means),
        scales=tuple(float(v) for v in scales),
        trained_on=trained_on,
    )


def load_calibrator(data_dir: Path = DATA_DIR) -> Calibrator | None:
    path = data_dir / CALIBRATION_FILE
    if not path.exists():
        return None
    raw = json.loads(path.read_text(encoding="utf-8"))
    if tuple(raw["features"]) != FEATURES:
        raise ValueError(f"{path}: features {raw['features']} are not {list(FEATURES)}: run `jiliang kb calibrate`")
    return Calibrator(
        weights=tuple(raw["weights"]),
        bias=raw["bias"],
        means=tuple(raw["means"]),
        scales=tuple(raw["scales"]),
        trained_on=raw.get("trained_on", ""),
    )
