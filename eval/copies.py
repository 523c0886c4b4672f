"""Copy detection against the labelled groups in eval/copies/, and its speed.

Each article's front matter is split off and its body cleaned by the build's cleaner; then
`copy_groups()` reads them all. Figures: copy-pair precision and recall against the pairs the
labels make (two articles of one group), the false and missed pairs, with and without the
pairs the labeller marked DOUBTFUL; the origin found for each group against the labelled one;
then the time copy detection takes on the seed articles and on synthetic corpora of 1,000
and 10,000 articles (the labelled texts, each copy reworded in a few places, spread over
many sites).
"""

from __future__ import annotations

import csv
import datetime
import itertools
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from split import part_of  # noqa: E402

from generator.analysis.clean import clean  # noqa: E402
from generator.analysis.quotes import quotes  # noqa: E402
from generator.briefing.copies import (  # noqa: E402
    Source,
    check_quotes,
    copy_groups,
    forget,
    shared_fraction,
)
from generator.briefing.provenance import credit_lines  # noqa: E402
from generator.content.load import parse_front_matter, split_front_matter  # noqa: E402

DATA = HERE / "copies"
SEEDS = HERE.parent / "content" / "articles"
BUDGET = {1_000: 0.5, 10_000: 5.0}  # seconds copy detection may add to a build


def main() -> None:
    rows = _rows()
    sources = [_source(row["id"], (DATA / "articles" / f"{row['id']}.md")) for row in rows]
    groups = copy_groups(sources)
    found = {pair for group in groups for pair in itertools.combinations(group.ids, 2)}
    labelled, doubtful = _labelled_pairs(rows)
    parts = {source.id: part_of(source.outlet) for source in sources}
    _report("all pairs", found, labelled, parts)
    _report("without DOUBTFUL rows", found - doubtful, labelled - doubtful, parts, doubtful)
    _origins(groups, rows, parts)
    _seed_afp()
    _timings(sources)


def _rows() -> list[dict[str, str]]:
    with open(DATA / "groups.tsv", encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file, delimiter="\t"))


def _source(name: str, path: Path) -> Source:
    raw_meta, body, _, _ = split_front_matter(path.read_text(encoding="utf-8"), str(path))
    meta, _ = parse_front_matter(raw_meta, str(path))
    site = re.sub(r"^www\.", "", re.sub(r"^\w+://([^/:]+).*", r"\1", meta.url)) or meta.outlet
    cleaned = clean(body, meta.title)
    removed = credit_lines(cleaned.removed)  # credit lines are often cut, as the build reads them
    return Source(name, cleaned.text, site, meta.published, meta.outlet, meta.based_on, removed)


def _labelled_pairs(
    rows: list[dict[str, str]],
) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """The labelled copy pairs, and those involving a row whose notes say DOUBTFUL."""
    by_group: dict[str, list[str]] = {}
    for row in rows:
        if row["group"] != "-":
            by_group.setdefault(row["group"], []).append(row["id"])
    pairs = {pair for ids in by_group.values() for pair in itertools.combinations(sorted(ids), 2)}
    doubtful_rows = {row["id"] for row in rows if "DOUBTFUL" in row["notes"]}
    return pairs, {pair for pair in pairs if set(pair) & doubtful_rows}


def _report(
    title: str,
    found: set[tuple[str, str]],
    labelled: set[tuple[str, str]],
    parts: dict[str, str],
    left_out: set[tuple[str, str]] = frozenset(),
) -> None:
    right = found & labelled
    precision = len(right) / len(found) if found else 1.0
    recall = len(right) / len(labelled) if labelled else 1.0
    print(
        f"{title}: copy-pair precision {precision:.1%} ({len(right)}/{len(found)}),"
        f" recall {recall:.1%} ({len(right)}/{len(labelled)})"
        + (f"; {len(left_out)} doubtful pairs left out" if left_out else "")
    )
    for part in ("tune", "held"):
        mine = {pair for pair in labelled if _part(pair, parts) == part}
        got = {pair for pair in found if _part(pair, parts) == part}
        print(f"  {part} pairs: found {len(got & mine)}/{len(mine)}, false {len(got - mine)}")
    print(f"  false pairs: {sorted(found - labelled) or 'none'}")
    print(f"  missed pairs: {sorted(labelled - found) or 'none'}")


def _part(pair: tuple[str, str], parts: dict[str, str]) -> str:
    """A pair is held back when either article's outlet is."""
    return "held" if "held" in (parts[pair[0]], parts[pair[1]]) else "tune"


def _origins(groups, rows: list[dict[str, str]], parts: dict[str, str]) -> None:
    """Each group's origin against the labelled one; a group with a held article is only
    counted, never named."""
    labelled = {}
    for row in rows:
        if row["group"] != "-" and row["origin"]:
            labelled.setdefault(row["group"], Counter())[row["origin"]] += 1
    group_of = {row["id"]: row["group"] for row in rows}
    right = total = 0
    lines = []
    for group in groups:
        names = Counter(group_of[i] for i in group.ids)
        label = names.most_common(1)[0][0]
        expected = labelled.get(label, Counter()).most_common(1)
        expected_name = expected[0][0] if expected else "(none labelled)"
        if expected:
            total += 1
            right += group.origin.name == expected_name
        if any(parts[i] == "held" for i in group.ids):
            continue
        lines.append(
            f"  {label} {','.join(group.ids)}: {group.origin.name or '-'} ({group.origin.how} in {group.origin.article}); labelled {expected_name}"
        )
    print(f"origin: {right}/{total} of the groups with a labelled origin")
    print("\n".join(lines))


def _seed_afp() -> None:
    """The seed briefing's AFP report on five sites (eval/copies/seed-afp/NOTES.md): the group,
    and each site's quotations checked against the reference copy (Sino Daily), then against
    all the other four."""
    paths = sorted(path for path in (DATA / "seed-afp").glob("*.md") if path.stem != "NOTES")
    sources = [_source(path.stem, path) for path in paths]
    print("seed-afp (AFP, 4 Jan 2026):")
    for group in copy_groups(sources):
        print(
            f"  group {', '.join(group.ids)}: origin {group.origin.name} ({group.origin.how} in {group.origin.article})"
        )
        for member in group.members:
            shares = ", ".join(f"{s.other} {s.fraction:.0%}" for s in member.shares)
            print(f"    {member.id} shares with: {shares}")
    texts = {source.id: source.text for source in sources}
    grouped = {name for group in copy_groups(sources) for name in group.ids}
    for source in sources:
        if source.id not in grouped:
            best = max(shared_fraction(source.text, texts[o]) for o in texts if o != source.id)
            print(f"    {source.id}: not a copy (shares at most {best:.0%} of its own 5-grams)")
    for source in sources:
        found = [quote.text for quote in quotes(source.text)]
        for against in (["sinodaily"], [name for name in texts if name != source.id]):
            if source.id in against:
                continue
            checks = check_quotes(source.text, found, [(name, texts[name]) for name in against])
            tally = dict(sorted(Counter(check.status for check in checks).items()))
            print(f"  {source.id}'s {len(found)} quotations against {', '.join(against)}: {tally}")
            for check in checks:
                if check.status in ("reworded", "missing"):
                    print(f"    {check.status}: {check.quote[:60]!r} {check.differences}")


def _timings(sources: list[Source]) -> None:
    seeds = [_source(path.stem, path) for path in sorted(SEEDS.glob("*")) if path.is_file()]
    print(f"time on the {len(seeds)} seed articles: {_time(seeds):.3f} s")
    for size, budget in BUDGET.items():
        corpus = synthetic(sources, size)
        length = sum(len(source.text) for source in corpus) // len(corpus)
        groups_found = copy_groups(corpus)  # warm-up, and a sanity check of the groups
        seconds = _time(corpus)
        print(
            f"time on {size:,} synthetic articles ({length:,} characters on average):"
            f" {seconds:.2f} s (budget {budget} s), {len(groups_found)} groups"
        )


def _time(sources: list[Source]) -> float:
    forget()  # as a first build: no 5-grams kept from the warm-up
    start = time.perf_counter()
    copy_groups(sources)
    return time.perf_counter() - start


def synthetic(sources: list[Source], size: int, seed: int = 19) -> list[Source]:
    """`size` articles made from the labelled texts: two texts at a time become a story of
    about 3,000 characters, as long as the seed articles (their words shuffled within each
    paragraph and a few replaced, so that stories differ), and each story is carried by one
    to five sites with a word changed here and there, as wire copy is."""
    rng = random.Random(seed)
    made: list[Source] = []
    story = 0
    while len(made) < size:
        first, second = sources[story % len(sources)], sources[(story * 7 + 3) % len(sources)]
        text = _new_story(f"{first.text}\n\n{second.text}", rng, story)
        for copy in range(rng.choice((1, 1, 2, 3, 5))):
            if len(made) == size:
                break
            made.append(
                Source(
                    f"s{len(made):05d}",
                    _reword(text, rng) if copy else text,
                    f"site{rng.randrange(size // 10 + 1)}.example",
                    datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randrange(30)),
                )
            )
        story += 1
    return made


def _new_story(text: str, rng: random.Random, story: int) -> str:
    """A different story of the same length: each paragraph's words reordered, and a few
    replaced by words unique to the story."""
    paragraphs = []
    for paragraph in text.split("\n\n"):
        words = paragraph.split()
        rng.shuffle(words)
        for _ in range(max(1, len(words) // 12)):
            words[rng.randrange(len(words))] = f"w{story}x{rng.randrange(10**6)}"
        paragraphs.append(" ".join(words))
    return "\n\n".join(paragraphs)


def _reword(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    for _ in range(len(words) // 40):
        words[rng.randrange(len(words))] = f"r{rng.randrange(10**6)}"
    return " ".join(words)


if __name__ == "__main__":
    main()
