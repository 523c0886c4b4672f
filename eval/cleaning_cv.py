"""Cleaning on tune pages the line classifier was not fitted on: 5-fold cross-validation by site.

    python eval/cleaning_cv.py

The tune pages are split into FOLDS by a hash of their site (train_lines.fold_of). For each fold,
the classifier is fitted on the other folds' pages (train_lines.py, the committed threshold)
and the rules, then the classifier, are run on the fold's pages, judged as eval/cleaning.py
judges them. The
figures add up the folds, beside the rules alone on the same pages. This, not the tune score
(the classifier has seen those pages), is the estimate that decides whether a change is kept.
The rules themselves were written from all the tune pages: their part of the figure is
in-sample, so it overstates what they do on unseen sites (compare the held part).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_lines  # noqa: E402
from cleaning import STORY, Line, evaluate, kept  # noqa: E402
from line_classifier import classifier  # noqa: E402

from generator.analysis.clean import RULES  # noqa: E402


def fold_lines(fold: int, model: classifier.LineModel | None) -> list[Line]:
    """The fold's labelled lines, cleaned by the rules, then by `model` if there is one."""
    rules = RULES if model is None else classifier.with_rules(RULES, model)
    lines, _, _ = evaluate("tune", lambda site: train_lines.fold_of(site) == fold, rules)
    return lines


def summary(name: str, lines: list[Line]) -> None:
    body = [line for line in lines if line.label == "body"]
    boiler = [line for line in lines if line.label not in STORY]
    lost_body, removed = sum(not kept(line) for line in body), sum(line.removed for line in boiler)
    print(
        f"  {name:22} body kept {100 - 100 * lost_body / len(body):5.1f}% "
        f"({len(body) - lost_body}/{len(body)}), "
        f"boilerplate removed {100 * removed / len(boiler):5.1f}% ({removed}/{len(boiler)})"
    )


def main(argv: list[str] | None = None) -> None:
    samples = train_lines.all_samples()
    names = tuple(samples[0].values)
    threshold = classifier.trained_model().threshold
    rules_only, with_classifier = [], []
    for fold in range(train_lines.FOLDS):
        fitted = [s for s in samples if train_lines.fold_of(s.site) != fold]
        rules_only += fold_lines(fold, None)
        with_classifier += fold_lines(fold, train_lines.fit(fitted, names, threshold))
    print(f"-- tune, {train_lines.FOLDS}-fold cross-validation by site, threshold {threshold:.3f}")
    summary("rules alone", rules_only)
    summary("rules and classifier", with_classifier)
    gone = [
        line
        for line in with_classifier
        if line.label == "body" and not kept(line) and line.reason.startswith(classifier.REASON)
    ]
    print(f"  body lines the classifier dropped: {len(gone)}")
    for line in gone:
        print(f"    {line.page} {line.text[:120]!r}  [{line.reason}]")


if __name__ == "__main__":
    main(sys.argv[1:])
