"""Dates and outlets inferred from the text, against eval/inference/labels.toml.

Each page of eval/cleaning/pages/ is read as raw text (the text column joined with newlines),
as a file without front matter is, and given to `infer_published` and `infer_outlet`. The
labels give each page's true publication date ("none" where neither the excerpt nor its
listed address states a whole date) and the names its outlet goes by. An inferred date is
right when it is the labelled one; an inferred outlet when it is one of the labelled names or
the site's domain (letters and digits, casefolded, a leading "the" dropped).

Some pages open with the store's stamp (" date YYYY-MM-DD"); it reads as a "Date" line, so
each part is measured twice: as stored, and with the stamps taken out, which is what an
article pasted from a browser looks like.

Pages are split by site (split.py); the rules were written from the 'tune' part only.

    python eval/run.py inference                  figures for both parts
    python eval/inference.py --part tune -v       also every tune page with a wrong or missed value
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from cleaning import read_page, sites  # noqa: E402
from split import part_of  # noqa: E402

from generator.content.infer import infer_outlet, infer_published  # noqa: E402

PAGES = HERE / "cleaning" / "pages"
LABELS = HERE / "inference" / "labels.toml"
_STAMP = re.compile(r"(?m)^ date \d{4}-\d{2}-\d{2}\s*")


@dataclass(frozen=True)
class Outcome:
    """What was inferred from one page, and what it should have been."""

    page: str
    published: str  # the inferred date, ISO, or ""
    true_published: str  # the labelled date, or "none"
    outlet: str  # the inferred outlet, or ""
    true_outlets: tuple[str, ...]  # the names that count as right
    in_text: bool  # the excerpt itself states the labelled date (not only the page's address)


def _key(name: str) -> str:
    key = "".join(filter(str.isalnum, name.casefold()))
    return key.removeprefix("the")


def outlet_right(outcome: Outcome) -> bool:
    return _key(outcome.outlet) in {_key(name) for name in outcome.true_outlets}


def evaluate(part: str, stamps: bool) -> list[Outcome]:
    """The outcome of each labelled page of the part, with the store's stamps or without."""
    labels, domains, outcomes = tomllib.loads(LABELS.read_text(encoding="utf-8")), sites(), []
    for page, label in sorted(labels.items()):
        if part_of(domains[page]) != part:
            continue
        raw = "\n".join(text for _, text in read_page(PAGES / f"{page}.txt"))
        raw = raw if stamps else _STAMP.sub("", raw)
        day, outlet = infer_published(raw), infer_outlet(raw)
        names = (*label["outlet"], domains[page].split(".")[0])
        sayings = ("line", "headline", "입력") + (("stamp",) if stamps else ())
        in_text = any(saying in label["basis"] for saying in sayings)
        outcomes.append(
            Outcome(
                page,
                day.value.isoformat() if day else "",
                label["published"],
                outlet.value if outlet else "",
                names,
                in_text and label["published"] != "none",
            )
        )
    return outcomes


def _share(hits: int, total: int) -> str:
    return f"{100 * hits / total:5.1f}% ({hits}/{total})" if total else "    -"


def report(part: str, stamps: bool, outcomes: list[Outcome]) -> None:
    dated = [o for o in outcomes if o.published]
    right = [o for o in dated if o.published == o.true_published]
    stated = [o for o in outcomes if o.true_published != "none"]
    in_text = [o for o in stated if o.in_text]
    named = [o for o in outcomes if o.outlet]
    print(
        f"-- {part}, {'as stored' if stamps else 'without the store stamps'}: {len(outcomes)} pages"
    )
    print(
        f"  date inferred    {len(dated):3} pages; right {_share(len(right), len(dated))}; "
        f"found: of the {len(stated)} dates labelled {_share(len(right), len(stated))}, of the "
        f"{len(in_text)} the text states {_share(sum(o in right for o in in_text), len(in_text))}"
    )
    print(
        f"  outlet inferred  {len(named):3} pages; "
        f"right {_share(sum(map(outlet_right, named)), len(named))}"
    )


def show_mistakes(outcomes: list[Outcome]) -> None:
    for o in outcomes:
        if o.published and o.published != o.true_published:
            print(f"    {o.page} date   wrong: {o.published}, labelled {o.true_published}")
        elif not o.published and o.true_published != "none":
            print(f"    {o.page} date   missed: labelled {o.true_published}")
        if o.outlet and not outlet_right(o):
            print(f"    {o.page} outlet wrong: {o.outlet!r}, labelled {list(o.true_outlets)}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=("held", "tune", "both"), default="both")
    parser.add_argument("-v", action="store_true", help="list the tune part's mistakes")
    options = parser.parse_args(argv or [])
    parts = ("tune", "held") if options.part == "both" else (options.part,)
    for part in parts:
        for stamps in (True, False):
            outcomes = evaluate(part, stamps)
            report(part, stamps, outcomes)
            if options.v and part == "tune":
                show_mistakes(outcomes)


if __name__ == "__main__":
    main(sys.argv[1:])
