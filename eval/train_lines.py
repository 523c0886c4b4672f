"""Train the cleaner's line classifier on the tune pages of eval/cleaning/ and write its weights.

    python eval/train_lines.py            cross-validate by site, then write line_classifier/model.py
    python eval/train_lines.py --check    cross-validate only

Plain numpy (gradient-boosted trees of depth two): no other tool to install.

The samples are the labelled lines of the tune pages, body (0) or boilerplate (1); titles are
left out (taking the headline out is right, keeping it is too). Each is seen as the classifier
would see it: the features of a line the rules kept are read among the kept lines; those of a
line the rules dropped are read as if the rules had kept it (placed among the kept lines), as
on a site the rules were not written from. The held pages are never read.

The threshold is chosen by 5-fold cross-validation grouped by site (folds by a hash of the
domain): the lowest at which the lines the out-of-fold models drop from what the rules kept
hold at most MAX_BODY_LOSS of the body lines the rules kept.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cleaning import HERE, read_page, sites  # noqa: E402
from line_classifier.classifier import LineModel  # noqa: E402
from line_classifier.features import features  # noqa: E402
from split import part_of  # noqa: E402

from generator.analysis.clean import RULES  # noqa: E402
from generator.analysis.lines import Doc, Line, split_lines  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MODEL_FILE = ROOT / "eval" / "line_classifier" / "model.py"
FOLDS = 5
MAX_BODY_LOSS = 0.003  # of the body lines the rules keep: a lost story sentence is the worst error
ROUNDS = 200  # trees
RATE = 0.1  # each tree's share
CUTS = 24  # candidate cuts of a feature: quantiles
MIN_LEAF = 5  # lines: the fewest a leaf holds, so that no leaf is one page's few lines
RIDGE = 1.0  # L2 penalty on leaf values
NEVER = 1e300  # the cut of a node that does not split: every line goes left
DROPPED_WEIGHT = 1.0  # a line the rules dropped, seen "as if kept" (0.2 and 0.5 did worse in CV)


@dataclass(frozen=True)
class Sample:
    """One labelled line as the classifier sees it."""

    page: str
    site: str
    values: dict[str, float]
    label: str  # "body" or the kind of boilerplate
    kept_by_rules: bool
    text: str

    @property
    def boilerplate(self) -> bool:
        return self.label != "body"


def fold_of(site: str) -> int:
    return int(hashlib.sha1(site.encode()).hexdigest(), 16) % FOLDS


def tune_pages() -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(page id, site, labelled lines) of every tune page."""
    domains = sites()
    pages = []
    for path in sorted(HERE.glob("pages/*.txt")):
        site = domains.get(path.stem)
        if site is not None and part_of(site) == "tune":
            pages.append((path.stem, site, read_page(path)))
    return pages


def line_labels(pairs: list[tuple[str, str]]) -> list[str]:
    """The label of each line split_lines makes of the page's text, in order."""
    return [label for label, text in pairs for _ in split_lines(text)]


def rules_doc(raw: str) -> Doc:
    """The page after the cleaner's rules, cleaned with no title as eval/cleaning.py does."""
    doc = Doc(split_lines(raw), "")
    for rule in RULES:
        rule.apply(doc)
    return doc


def _as_if_kept(doc: Doc, line: Line) -> dict[str, float]:
    """The features of a dropped line read among the kept lines, as if the rules had kept it."""
    context = [other for other in doc.lines if not other.reason or other is line]
    return features(context, doc.headline)[context.index(line)]


def page_samples(page: str, site: str, pairs: list[tuple[str, str]]) -> list[Sample]:
    """Each body or boilerplate line of a page, as the classifier would see it."""
    raw = "\n".join(text for _, text in pairs)
    doc = rules_doc(raw)
    labels = line_labels(pairs)
    if len(labels) != len(doc.lines):
        raise ValueError(f"{page}: {len(labels)} labels for {len(doc.lines)} lines")
    kept = doc.kept()
    rows = dict(zip(map(id, kept), features(kept, doc.headline), strict=True))
    samples = []
    for line, label in zip(doc.lines, labels, strict=True):
        if label in ("", "title"):
            continue
        values = rows[id(line)] if not line.reason else _as_if_kept(doc, line)
        samples.append(Sample(page, site, values, label, not line.reason, line.plain))
    return samples


def all_samples() -> list[Sample]:
    return [sample for page in tune_pages() for sample in page_samples(*page)]


def _bins(x: np.ndarray) -> tuple[np.ndarray, list[np.ndarray]]:
    """Each feature's candidate cuts (quantiles), and each value's bin among them."""
    cuts = [np.unique(np.quantile(column, np.linspace(0.02, 0.98, CUTS))) for column in x.T]
    binned = np.stack([np.searchsorted(c, column) for c, column in zip(cuts, x.T, strict=True)], 1)
    return binned, cuts  # bin b holds the values above cut b-1 and at most cut b


Split = tuple[int, int]  # a feature and the bin its cut closes: rows at or below go left


def _best_split(binned: np.ndarray, rows: np.ndarray, g: np.ndarray, h: np.ndarray) -> Split:
    """The split of `rows` that lowers the loss most; one past every cut (all go left) if none."""
    best, found = 0.0, (0, CUTS)
    total_g, total_h = g[rows].sum(), h[rows].sum()
    unsplit = total_g**2 / (total_h + RIDGE)
    for feature in range(binned.shape[1]):
        column = binned[rows, feature]
        left_g = np.cumsum(np.bincount(column, g[rows], CUTS + 1))[:-1]
        left_h = np.cumsum(np.bincount(column, h[rows], CUTS + 1))[:-1]
        left_n = np.cumsum(np.bincount(column, minlength=CUTS + 1))[:-1]
        gain = left_g**2 / (left_h + RIDGE) + (total_g - left_g) ** 2 / (total_h - left_h + RIDGE)
        gain = np.where((left_n >= MIN_LEAF) & (len(rows) - left_n >= MIN_LEAF), gain - unsplit, 0)
        cut = int(np.argmax(gain))
        if gain[cut] > best:
            best, found = float(gain[cut]), (feature, cut)
    return found


def _sides(binned: np.ndarray, rows: np.ndarray, split: Split) -> tuple[np.ndarray, np.ndarray]:
    go_left = binned[rows, split[0]] <= split[1]
    return rows[go_left], rows[~go_left]


def _tree(binned, cuts, g, h) -> tuple[np.ndarray, list[float]]:
    """One tree of depth two: (feature, cut) of its root, left and right child; its four leaves."""
    root = _best_split(binned, np.arange(len(g)), g, h)
    sides = _sides(binned, np.arange(len(g)), root)
    children = [_best_split(binned, side, g, h) for side in sides]
    parts = [part for s, c in zip(sides, children, strict=True) for part in _sides(binned, s, c)]
    leaves = [float(-g[part].sum() / (h[part].sum() + RIDGE)) for part in parts]
    cut_values = [cuts[f][c] if c < len(cuts[f]) else NEVER for f, c in (root, *children)]
    features = [f for f, _ in (root, *children)]
    return np.array(list(zip(features, cut_values, strict=True)), dtype=float), leaves


def fit(samples: list[Sample], names: tuple[str, ...], threshold: float = 0.5) -> LineModel:
    """Gradient-boosted trees of depth two on the logistic loss (Newton steps), weighted."""
    x = np.array([[s.values[name] for name in names] for s in samples], dtype=float)
    y = np.array([s.boilerplate for s in samples], dtype=float)
    w = np.array([1.0 if s.kept_by_rules else DROPPED_WEIGHT for s in samples])
    binned, cuts = _bins(x)
    base = float(np.log((w * y).sum() / (w * (1 - y)).sum()))
    score = np.full(len(y), base)
    splits, leaves = [], []
    for _ in range(ROUNDS):
        p = 1.0 / (1.0 + np.exp(-score))
        tree_splits, tree_leaves = _tree(binned, cuts, w * (p - y), w * p * (1 - p))
        splits.append(tree_splits)
        leaves.append(tree_leaves)
        tree = LineModel(names, 0.0, RATE, tree_splits[None], np.array([tree_leaves]), threshold)
        score += tree.scores(x)
    return LineModel(names, base, RATE, np.array(splits), np.array(leaves), threshold)


def out_of_fold(samples: list[Sample], names: tuple[str, ...]) -> np.ndarray:
    """Each sample's probability from the model fitted on the other folds' sites."""
    chances = np.zeros(len(samples))
    folds = np.array([fold_of(s.site) for s in samples])
    for fold in range(FOLDS):
        model = fit([s for s, f in zip(samples, folds, strict=True) if f != fold], names)
        held = [i for i, f in enumerate(folds) if f == fold]
        chances[held] = model.probabilities([samples[i].values for i in held])
    return chances


def choose_threshold(samples: list[Sample], chances: np.ndarray) -> float:
    """The lowest threshold at which the dropped body lines the rules kept stay within budget."""
    body = [
        c for s, c in zip(samples, chances, strict=True) if s.kept_by_rules and not s.boilerplate
    ]
    allowed = int(MAX_BODY_LOSS * len(body))
    ranked = sorted(body, reverse=True)
    # Drop at a probability above the (allowed+1)-th most boilerplate-like body line's.
    return float(np.nextafter(ranked[allowed], 1.0)) if len(ranked) > allowed else 0.5


def report(samples: list[Sample], chances: np.ndarray, threshold: float) -> None:
    kept = [(s, c) for s, c in zip(samples, chances, strict=True) if s.kept_by_rules]
    body = [c for s, c in kept if not s.boilerplate]
    left = [c for s, c in kept if s.boilerplate]
    print(f"out-of-fold, threshold {threshold:.3f}, on the lines the rules kept:")
    print(f"  body lines dropped         {sum(c >= threshold for c in body)}/{len(body)}")
    print(f"  boilerplate lines dropped  {sum(c >= threshold for c in left)}/{len(left)}")
    # Lines the rules caught, as if they had not: boilerplate of shapes the rules do not know.
    gone = [(s, c) for s, c in zip(samples, chances, strict=True) if not s.kept_by_rules]
    caught = sum(c >= threshold for s, c in gone if s.boilerplate)
    print(
        f"  of the lines the rules dropped, seen as if kept: boilerplate {caught}/"
        f"{sum(s.boilerplate for s, _ in gone)}, "
        f"body {sum(c >= threshold for s, c in gone if not s.boilerplate)}/"
        f"{sum(not s.boilerplate for s, _ in gone)}"
    )
    for t in (0.5, 0.7, 0.8, 0.9, 0.95, 0.98):
        lost, gained = sum(c >= t for c in body), sum(c >= t for c in left)
        print(f"    at {t:.2f}: body {lost}, boilerplate {gained}")


def write_model(model: LineModel) -> None:
    """line_classifier/model.py: plain Python literals, readable in a diff."""

    def rows(values: np.ndarray) -> str:
        return "(\n" + "".join(f"    {tuple(map(float, row))!r},\n" for row in values) + ")"

    names = "".join(f'    "{name}",\n' for name in model.names)
    MODEL_FILE.write_text(
        '"""The line classifier\'s trees, written by eval/train_lines.py: do not edit."""\n\n'
        f"FEATURES = (\n{names})\nBASE = {model.base!r}\nRATE = {model.rate!r}\n"
        "# Each tree: (feature, cut) of its root, its left child and its right child.\n"
        f"SPLITS = {rows(model.splits.reshape(len(model.splits), 6))}\n"
        f"LEAVES = {rows(model.leaves)}\nTHRESHOLD = {model.threshold!r}\n",
        encoding="utf-8",
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="cross-validate, write nothing")
    options = parser.parse_args(argv or [])
    samples = all_samples()
    names = tuple(samples[0].values)
    print(f"{len(samples)} labelled lines from the tune pages, {len(names)} features")
    chances = out_of_fold(samples, names)
    threshold = choose_threshold(samples, chances)
    report(samples, chances, threshold)
    if not options.check:
        write_model(fit(samples, names, threshold))
        print(f"wrote {MODEL_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
