"""Cleaning on eval/cleaning/: how many story lines the cleaner keeps and how much boilerplate it drops.

Each page in pages/cNNN.txt is a scraped excerpt, one line `LABEL<TAB>text` per source line
(empty lines unlabelled): `title`, `body`, or the kind of boilerplate the line is (caption,
credit, byline, ...). The page's raw text is the text column joined with newlines; the cleaner
gets it with no title. A body line counts as kept when the cleaner did not drop it and its text
is in the cleaned text; a boilerplate line counts as removed when the cleaner dropped it. Of
lines with the same text (a caption repeating a paragraph), the copies dropped are counted as
the boilerplate ones: the output cannot tell which copy was kept.
Title lines are counted apart: taking the headline out of the text is right.

Pages are split by site (split.py). The rules were written from the 'tune' part only; the
'held' part is only ever shown as counts.

    python eval/run.py cleaning                 figures for both parts, lost body lines (tune)
    python eval/cleaning.py --part tune         figures for the tune part only
    python eval/cleaning.py --show tune         also every boilerplate line kept (tune)
    python eval/cleaning.py --classifier        the rules and then the line classifier
                                                (classifier.py), which the cleaner leaves out
"""

from __future__ import annotations

import argparse
import csv
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from line_classifier.classifier import REASON, with_rules
from split import part_of

from generator.analysis.boilerplate import DATE_STAMP
from generator.analysis.clean import RULES, STAMP, Rule, clean
from generator.models import CleanedArticle

HERE = Path(__file__).resolve().parent / "cleaning"
STORY = ("body", "title")
TARGETS = {"body lines kept": 0.99, "boilerplate lines removed": 0.90}


@dataclass(frozen=True)
class Line:
    """One labelled source line of a page, and what the cleaner did with it."""

    page: str
    label: str
    text: str
    removed: bool  # dropped by the cleaner (its whole text is among the removed lines)
    reason: str  # the cleaner's reason, "" if kept
    in_output: bool  # its text is in the cleaned text


def _key(text: str) -> str:
    """Text compared as the Markdown output may show it: only letters and digits, casefolded,
    without the date stamp a scraper put before it (the cleaner cuts it off a kept line)."""
    stamp = DATE_STAMP.match(text.strip())
    return "".join(filter(str.isalnum, text.strip()[stamp.end() if stamp else 0 :].casefold()))


def _squash(text: str) -> str:
    return " ".join(text.split())


def sites() -> dict[str, str]:
    """Page id -> the site's domain, from both source lists."""
    domains = {}
    for path in sorted(HERE.glob("sources-*.tsv")):
        with path.open(encoding="utf-8") as rows:
            for row in csv.DictReader(rows, delimiter="\t"):
                domains[row["id"]] = row["domain"].strip().lower().removeprefix("www.")
    return domains


def read_page(path: Path) -> list[tuple[str, str]]:
    """(label, text) for each line of a page; empty lines have the label ""."""
    pairs = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        label, tab, text = line.partition("\t")
        pairs.append((label, text) if tab else ("", ""))
    while pairs and pairs[-1] == ("", ""):
        pairs.pop()
    return pairs


# The line breaks the cleaner splits on besides "\n" (generator/analysis/clean.py).
_BREAK = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")


def _parts(text: str) -> list[str]:
    return [part for part in _BREAK.sub("\n", text).split("\n") if part.strip()]


def align(sources: list[str], removed: list[str], kept: list[str]) -> list[bool] | None:
    """Which source lines were removed: the one way to interleave `removed` and `kept` (both in
    source order, compared by key) that gives `sources`; None if there is none."""
    n, reachable = len(sources), [{0}]  # reachable[i]: counts of removed lines after i sources
    for i, source in enumerate(sources):
        reachable.append(
            {r + 1 for r in reachable[i] if r < len(removed) and removed[r] == source}
            | {r for r in reachable[i] if i - r < len(kept) and kept[i - r] == source}
        )
    if len(removed) not in reachable[n] or n - len(removed) != len(kept):
        return None
    fates, r = [False] * n, len(removed)
    for i in range(n - 1, -1, -1):  # walk back along a path that reaches the end
        if r and r - 1 in reachable[i] and removed[r - 1] == sources[i]:
            fates[i], r = True, r - 1
    return fates


def judge(page: str, pairs: list[tuple[str, str]], result: CleanedArticle) -> list[Line]:
    """Each labelled line with its fate, from the cleaner's removed lines and its output."""
    labelled = [(label, text, _parts(text)) for label, text in pairs if label]
    sources = [_key(part) for _, _, parts in labelled for part in parts]
    # A stamp cut off a kept line is no line of the page; the line is judged without it.
    removed = [_key(r.line) for r in result.removed if r.reason != STAMP]
    kept = [_key(line) for line in result.text.split("\n") if line.strip()]
    fates = align(sources, removed, kept)
    if fates is None:  # lines split or joined: fall back to matching removed lines in order
        fates, cursor = [], 0
        for source in sources:
            ahead = next((i for i in range(cursor, len(removed)) if removed[i] == source), None)
            fates.append(ahead is not None)
            cursor = cursor if ahead is None else ahead + 1
    reasons = iter(r.reason for r in result.removed if r.reason != STAMP)
    output, lines, index = _key(result.text), [], 0
    for label, text, parts in labelled:
        gone = fates[index : index + len(parts)]
        why = ", ".join(next(reasons) for fate in gone if fate) if fates is not None else ""
        index += len(parts)
        dropped = bool(parts) and all(gone)
        lines.append(Line(page, label, text, dropped, why, _key(text) in output))
    return _settle_repeats(lines)


def _settle_repeats(lines: list[Line]) -> list[Line]:
    """Lines of the same text cannot be told apart in the output: of a caption repeating a
    paragraph, the copy dropped is counted as the caption, not as the story's sentence."""
    by_text: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        by_text.setdefault(_key(line.text), []).append(index)
    settled = list(lines)
    for indexes in by_text.values():
        if len(indexes) < 2:
            continue
        fates = sorted(((lines[i].removed, lines[i].reason) for i in indexes), reverse=True)
        boilerplate_first = sorted(indexes, key=lambda i: lines[i].label in STORY)
        for index, (removed, reason) in zip(boilerplate_first, fates, strict=True):
            settled[index] = replace(lines[index], removed=removed, reason=reason)
    return settled


def evaluate(
    part: str, only: Callable[[str], bool] = lambda site: True, rules: Sequence[Rule] = RULES
) -> tuple[list[Line], list[CleanedArticle], float]:
    """Every labelled line of the part's pages (of the sites `only` accepts), cleaned by `rules`;
    the cleaned pages and seconds spent cleaning."""
    domains, lines, results, spent = sites(), [], [], 0.0
    for path in sorted(HERE.glob("pages/*.txt")):
        site = domains.get(path.stem)
        if site is None or part_of(site) != part or not only(site):
            continue
        pairs = read_page(path)
        raw = "\n".join(text for _, text in pairs)
        started = time.perf_counter()
        result = clean(raw, "", rules=rules)
        spent += time.perf_counter() - started
        results.append(result)
        lines += judge(path.stem, pairs, result)
    return lines, results, spent


def kept(line: Line) -> bool:
    return not line.removed and line.in_output


def _share(hits: int, total: int) -> str:
    return f"{100 * hits / total:5.1f}% ({hits}/{total})" if total else "    -"


def _rule(reason: str) -> str:
    """A removal's reason without the classifier's probability, to count removals by rule."""
    return reason.split(" (p=")[0] or "(in no output line)"


def _as_headline(reason: str) -> bool:
    """Taken as the headline or its repeat (the classifier's "headline-like" is a shape)."""
    return "headline" in reason and not reason.startswith(REASON)


def report(part: str, lines: list[Line], results: list[CleanedArticle], spent: float) -> None:
    body = [line for line in lines if line.label == "body"]
    titles = [line for line in lines if line.label == "title"]
    boiler = [line for line in lines if line.label not in STORY]
    print(f"-- {part}: {len(results)} pages, {1000 * spent / max(1, len(results)):.2f} ms a page")
    print(f"  body lines kept            {_share(sum(map(kept, body)), len(body))}")
    print(
        f"  boilerplate lines removed  {_share(sum(line.removed for line in boiler), len(boiler))}"
    )
    lost = Counter(_rule(line.reason) for line in body if not kept(line))
    if lost:  # the rules' names only: on the held part no line is shown
        print("    lost by: " + ", ".join(f"{why} {n}" for why, n in sorted(lost.items())))
    as_headline = sum(line.removed and _as_headline(line.reason) for line in titles)
    print(
        f"  title lines: {len(titles)}; taken as the headline or its repeat {as_headline}, "
        f"kept in the text {sum(map(kept, titles))}, removed otherwise "
        f"{sum(line.removed and not _as_headline(line.reason) for line in titles)}"
    )
    fallback = sum("headline-from-lead" in result.flags for result in results)
    print(
        f"  headlines: {sum(bool(r.headline) for r in results)} of {len(results)} pages "
        f"({fallback} from the lead)"
    )
    print("  boilerplate removed, by kind:")
    kinds = Counter(line.label for line in boiler)
    for kind, total in sorted(kinds.items(), key=lambda item: (-item[1], item[0])):
        hits = sum(line.removed for line in boiler if line.label == kind)
        print(f"    {kind:18} {_share(hits, total)}")


def show(title: str, lines: Iterable[Line]) -> None:
    print(title)
    for line in lines:
        why = f"  [{line.reason}]" if line.reason else ""
        print(f"    {line.page} {line.label:10} {line.text[:150]!r}{why}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=("held", "tune", "both"), default="both")
    parser.add_argument(
        "--show", choices=("tune", "held"), help="list the boilerplate kept on this part"
    )
    parser.add_argument(
        "--classifier", action="store_true", help="run the line classifier after the rules"
    )
    options = parser.parse_args(argv or [])
    rules = with_rules(RULES) if options.classifier else RULES
    if options.show == "held":
        parser.error("the held-back part is shown only as counts; use --show tune")
    parts = ("held", "tune") if options.part == "both" else (options.part,)
    for part in parts:
        lines, results, spent = evaluate(part, rules=rules)
        report(part, lines, results, spent)
        if part != "tune":
            continue
        lost = [line for line in lines if line.label == "body" and not kept(line)]
        show(f"  body lines lost on the tune part: {len(lost)}", lost)
        if options.show == "tune":
            missed = [line for line in lines if line.label not in STORY and not line.removed]
            show(f"  boilerplate kept on the tune part: {len(missed)}", missed)
    print("targets on the held part: " + ", ".join(f"{k} >= {v:.0%}" for k, v in TARGETS.items()))


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
