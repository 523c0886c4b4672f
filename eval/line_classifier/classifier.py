"""The line classifier: boosted trees over what a reader sees in each line the cleaner's rules kept.

Built for issue 18 and measured, but not among clean.RULES: at the threshold that cross-
validation by site on the tune pages allows (it may drop 0.3% of the story lines the rules
keep), it removed 1.3 points more boilerplate there (91.2% -> 92.5%) and, measured once on the
held pages, 3.4 points more (75.2% -> 78.6%) but lost 4 held story lines (99.0% -> 98.4%, below
the 99% the issue asks). The story must lose nothing, so the cleaner does without it; with_rules()
gives the rules with it, which `eval/cleaning.py --classifier` measures. The features are in
features.py; eval/train_lines.py learns the trees and writes model.py. An experiment kept
in eval/, not part of digest.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from generator.analysis.lines import Doc, Line, Rule
from line_classifier.features import features

REASON = "line classifier"
_ROUNDS = 4  # a drop changes its neighbours' runs: weigh again until nothing more goes


@dataclass(frozen=True)
class LineModel:
    """Gradient-boosted trees of depth two over the features, and the threshold to drop at."""

    names: tuple[str, ...]
    base: float  # the log-odds before any tree
    rate: float  # each tree's share
    splits: np.ndarray  # (trees, 3, 2): feature index and cut of the root, left and right child
    leaves: np.ndarray  # (trees, 4): the log-odds each leaf adds, left to right
    threshold: float

    def scores(self, matrix: np.ndarray) -> np.ndarray:
        """The log-odds of each row of features (in `names` order), all trees at once."""
        features, cuts = self.splits[:, :, 0].astype(int), self.splits[:, :, 1]
        right = matrix[:, features[:, 0]] > cuts[:, 0]  # lines x trees: a value above goes right
        child = np.where(right, features[:, 2], features[:, 1])
        child_right = np.take_along_axis(matrix, child, 1) > np.where(right, cuts[:, 2], cuts[:, 1])
        leaf = 2 * right + child_right
        return self.base + self.rate * self.leaves[np.arange(len(self.leaves)), leaf].sum(axis=1)

    def probabilities(self, rows: list[dict[str, float]]) -> np.ndarray:
        """The chance that each line is boilerplate."""
        matrix = np.array([[row[name] for name in self.names] for row in rows], dtype=float)
        return 1.0 / (1.0 + np.exp(-self.scores(matrix)))


@cache
def trained_model() -> LineModel:
    """The committed model, read on first use."""
    from line_classifier import model as line_model

    return LineModel(
        names=tuple(line_model.FEATURES),
        base=line_model.BASE,
        rate=line_model.RATE,
        splits=np.array(line_model.SPLITS, dtype=float).reshape(-1, 3, 2),
        leaves=np.array(line_model.LEAVES, dtype=float),
        threshold=line_model.THRESHOLD,
    )


def describe(values: dict[str, float], probability: float) -> str:
    """The reason recorded for a dropped line: its shape and place, and how sure the model was."""
    shape = "short line" if values["words_le_8"] else "line"
    if values["headline_like"]:
        shape = "short headline-like line" if values["words_le_8"] else "headline-like line"
    if values["below_story"]:
        place = "after the story"
    elif values["above_story"]:
        place = "before the story"
    else:
        place = "within the story"
    return f"{REASON}: {shape} {place} (p={probability:.2f})"


def drop_by_classifier(doc: Doc, model: LineModel | None = None) -> None:
    """Drop the kept lines the model takes for boilerplate, each with its shape and probability.

    It reads only the kept lines and the headline, and weighs again after each drop until
    nothing more goes: the cleaned text, cleaned again, then loses nothing more.
    """
    model = model or trained_model()
    for _ in range(_ROUNDS):
        kept: list[Line] = doc.kept()
        if not kept:
            return
        rows = features(kept, doc.headline)
        chances = model.probabilities(rows)
        sure = [index for index, chance in enumerate(chances) if chance >= model.threshold]
        if not sure:
            return
        for index in sure:
            kept[index].reason = describe(rows[index], float(chances[index]))


def with_rules(rules: tuple[Rule, ...], model: LineModel | None = None) -> tuple[Rule, ...]:
    """`rules` and then the classifier (the committed model unless `model` is given)."""
    return (*rules, Rule("line_classifier", lambda doc: drop_by_classifier(doc, model)))
