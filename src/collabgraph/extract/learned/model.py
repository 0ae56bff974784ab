"""A linear model over string features, read from a JSON file.

The file holds what `scripts/corpus/train_participation.py` fitted with scikit-learn's
LogisticRegression: {"classes": [...], "intercept": [...], "weights":
{feature: [weight per class]}, "threshold": float}. Scoring needs no
scikit-learn: the class scores are sums of the features' weights, turned into
probabilities with the softmax.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache, reduce
from operator import add
from pathlib import Path

from collabgraph.errors import RulesFileError

DATA = Path(__file__).with_name("data")


@dataclass(frozen=True)
class LinearModel:
    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    threshold: float

    def probabilities(self, features: tuple[str, ...] | list[str]) -> dict[str, float]:
        """Class -> probability (summing to 1) for a bag of features; features the
        model never saw count for nothing."""
        z = list(self.intercept)
        # the known features' weight rows; each class's sum added up in the same
        # order as one feature at a time, the loops run in C (`reduce` over a column)
        rows = [w for w in map(self.weights.get, set(features)) if w is not None]
        if rows:
            z = [reduce(add, col, b) for b, col in zip(z, zip(*rows, strict=True), strict=True)]
        top = max(z)
        ex = [math.exp(x - top) for x in z]
        total = sum(ex)
        return {c: x / total for c, x in zip(self.classes, ex, strict=True)}


def load_model(path: str | Path) -> LinearModel:
    """Read one model file. Raises RulesFileError naming the file when it is not
    a model of the shape above."""
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        classes = tuple(raw["classes"])
        intercept = tuple(float(x) for x in raw["intercept"])
        weights = {f: tuple(float(x) for x in w) for f, w in raw["weights"].items()}
        threshold = float(raw.get("threshold", 0.5))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as err:
        raise RulesFileError(f"{path}: not a model file ({err})") from err
    if len(intercept) != len(classes) or any(len(w) != len(classes) for w in weights.values()):
        raise RulesFileError(f"{path}: every weight row needs one number per class")
    return LinearModel(classes, intercept, weights, threshold)


@cache
def packaged(name: str) -> LinearModel | None:
    """The packaged model `name` ("participation"), None when it is not
    shipped (before the first training)."""
    path = DATA / f"{name}.json"
    return load_model(path) if path.exists() else None


@dataclass(frozen=True)
class MeanModel:
    """Several models asked as one: each class's probability is the mean of the
    models' (`LinearModel.probabilities`), reaching `threshold` to count."""

    models: tuple[LinearModel, ...]
    threshold: float

    def probabilities(self, features: tuple[str, ...] | list[str]) -> dict[str, float]:
        """Class -> the mean of the models' probabilities for the bag of features."""
        sums: dict[str, float] = {}
        for m in self.models:
            for c, p in m.probabilities(features).items():
                sums[c] = sums.get(c, 0.0) + p
        return {c: p / len(self.models) for c, p in sums.items()}
