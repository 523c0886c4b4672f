"""Event grouping on eval/events/: adjusted Rand index of the build's grouping against the labels.

Each story folder holds articles/*.md (front matter as a scraper records it, then the scraped
text), labels.tsv (each article's event) and events.toml (the plain config an editor who knows
the itinerary would write: id, title, date, at most three cue terms). Four settings: events
discovered (nothing configured) or the plain config; publication dates as the build takes them
(the front matter's, else the one the text states: assemble.inferred_fields), or none at
all. Stories are split by name (split.py); rules were tuned on the 'tune' part only.
"""

from __future__ import annotations

import csv
import datetime
import functools
import tomllib
from collections import Counter
from math import comb
from pathlib import Path

from split import part_of

from generator.analysis.clean import clean
from generator.analysis.summary import lead
from generator.briefing.assemble import inferred_fields
from generator.briefing.discover import Item, find_events, term_counts
from generator.briefing.when import described_day
from generator.content.load import parse_article
from generator.models import EventSpec, SourceArticle

HERE = Path(__file__).resolve().parent / "events"
SETTINGS = [
    ("discovered", False, True),
    ("discovered, no dates", False, False),
    ("plain config", True, True),
    ("plain config, no dates", True, False),
]
TARGETS = {"discovered": 0.8, "plain config": 0.9, "discovered, no dates": 0.6}


def adjusted_rand_index(truth: list[str], found: list[str]) -> float:
    """Hubert and Arabie's ARI of two labellings of the same items (1: identical)."""
    pairs = Counter(zip(truth, found, strict=True))
    index = sum(comb(n, 2) for n in pairs.values())
    rows = sum(comb(n, 2) for n in Counter(truth).values())
    columns = sum(comb(n, 2) for n in Counter(found).values())
    expected = rows * columns / comb(len(truth), 2) if len(truth) > 1 else 0
    best = (rows + columns) / 2
    if best == expected:
        return 1.0
    return (index - expected) / (best - expected)


@functools.cache
def story_articles(
    story: Path,
) -> tuple[tuple[str, str, str, str, datetime.date | None, str], ...]:
    """Each article's file name, title, lead, cleaned text, date and outlet, cleaned as the
    build cleans them."""
    found = []
    for path in sorted((story / "articles").glob("*.md")):
        source, _ = parse_article(path, path.read_bytes(), story)
        assert source is not None, path
        cleaned = clean(source.body, source.meta.title)
        title = source.meta.title or cleaned.headline
        published, outlet = _as_built(source)
        found.append((path.name, title, lead(cleaned.text), cleaned.text, published, outlet))
    return tuple(found)


def _as_built(source: SourceArticle) -> tuple[datetime.date | None, str]:
    """The article's date and outlet as the build takes them: the front matter's, else those
    its text states (assemble.inferred_fields), so that a date the build would misread is
    measured here too."""
    inferred = dict((field, value) for field, value, _ in inferred_fields(source))
    published = source.meta.published
    if published is None and "published" in inferred:
        published = datetime.date.fromisoformat(inferred["published"])
    return published, source.meta.outlet or inferred.get("outlet", "")


def story_items(story: Path, dated: bool = True) -> tuple[Item, ...]:
    """The story's articles as discovery sees them; without dates if not `dated`."""
    items = []
    for name, title, first, text, published, outlet in story_articles(story):
        published = published if dated else None
        when = described_day(title, first, text, published)
        counts = term_counts(title, first, text)
        items.append(Item(name, title, first, counts, published, when, outlet=outlet))
    return tuple(items)


def anchors(story: Path) -> list[EventSpec]:
    config = tomllib.loads((story / "events.toml").read_text())
    return [
        EventSpec(e["id"], e["title"], e["date"], tuple(e.get("terms", ())[:3]))
        for e in config["events"]
    ]


def labels(story: Path) -> dict[str, str]:
    with (story / "labels.tsv").open(encoding="utf-8") as rows:
        return {row["file"]: row["event"] for row in csv.DictReader(rows, delimiter="\t")}


def score(story: Path, configured: bool, dated: bool) -> float:
    items = story_items(story, dated)
    events = find_events(items, anchors(story) if configured else ()).events
    found = {a: f"event{n}" for n, e in enumerate(events) for a in e.articles}
    truth = labels(story)
    names = sorted(truth)
    return adjusted_rand_index([truth[n] for n in names], [found[n] for n in names])


def dates_right(story: Path) -> tuple[int, int]:
    """Of the events discovery finds (dates as the build takes them), how many carry the date
    of the labelled event most of their articles report (events.toml's date), and how many
    events there are: a right grouping under a wrong day misleads a reader all the same."""
    labelled = labels(story)
    days = {spec.id: spec.date for spec in anchors(story)}
    right = 0
    events = find_events(story_items(story, True)).events
    for event in events:
        label = Counter(labelled[a] for a in event.articles).most_common(1)[0][0]
        right += event.date == days[label]
    return right, len(events)


def main() -> None:
    stories = sorted(p for p in HERE.iterdir() if (p / "labels.tsv").is_file())
    header = f"{'story':34} {'part':5} " + " ".join(f"{name:>22}" for name, _, _ in SETTINGS)
    print("Adjusted Rand index of the grouping against the labels (1 = as labelled)")
    print(header)
    means: dict[str, list[list[float]]] = {"tune": [], "held": []}
    dates = {"tune": [0, 0], "held": [0, 0]}
    for story in stories:
        part = part_of(story.name)
        row = [score(story, configured, dated) for _, configured, dated in SETTINGS]
        means[part].append(row)
        right, events = dates_right(story)
        dates[part][0] += right
        dates[part][1] += events
        print(f"{story.name:34} {part:5} " + " ".join(f"{v:22.2f}" for v in row))
    for part, rows in means.items():
        if rows:
            averages = [sum(col) / len(col) for col in zip(*rows, strict=True)]
            print(
                f"{'mean, ' + part + f' ({len(rows)} stories)':40} "
                + " ".join(f"{v:22.2f}" for v in averages)
            )
    for part, (right, events) in dates.items():
        print(f"discovered events dated as labelled, {part}: {right} of {events}")
    print("targets on the held part: " + ", ".join(f"{k} >= {v}" for k, v in TARGETS.items()))


if __name__ == "__main__":
    main()
