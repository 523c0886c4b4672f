"""Quotations and their speakers, against the labelled spans in eval/quotes/.

Each article is cleaned by the build's cleaner, then `quotes()` reads the cleaned text. A
labelled span is placed where its text stands quoted in the cleaned text (right after a quote
mark, or opening a paragraph; with any whitespace between its words where the cleaner spaced
it otherwise); rows whose quoted place cleaning removed (a headline) are
counted apart. An extracted quote matches a label when their places overlap by half of their
union or more. Figures for the tune and held parts (split by outlet name):

- precision: of the quotes given a speaker, how many have the labelled speaker (names compared
  leniently: equal, one inside the other, or the same family name); a quote that matches no
  labelled span counts against it;
- recall: of the labelled speech spans with a speaker, how many are extracted with it;
- the unattributed extractions, and the "other" spans (scare quotes, titles) extracted.

`python eval/quotes.py -v` lists every mistake on the tune part; the held part's are only
counted, so that no rule is written from them. `--folds` also splits the tune part into four
folds by outlet, to check that a rule written from some outlets adds no wrong speaker on the
others.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from split import part_of  # noqa: E402

from generator.analysis.clean import clean  # noqa: E402
from generator.analysis.quotes import Quote, quotes  # noqa: E402

DATA = HERE / "quotes"
SEEDS = HERE.parent / "content" / "articles"
QUOTE_MARKS = "\"“”„‘’'`"
# Words that are no part of a name when comparing speakers.
TITLES = {"mr", "mrs", "ms", "dr", "the", "president", "prime", "minister", "justice", "sir"}
# The last word of an organisation's name: sharing it says nothing on its own.
ORG_ENDINGS = {"ministry", "department", "office", "government", "party", "committee", "agency"}


@dataclass(frozen=True)
class Label:
    """A labelled span placed in the cleaned text. Rows with the same text share the places
    it has: a quote a headline repeated is one label with the speakers of all its rows."""

    text: str
    speakers: tuple[str | None, ...]  # of its speech rows
    kind: str  # "speech" when any of its rows is
    start: int
    end: int


@dataclass
class Tally:
    attributed: int = 0
    right: int = 0
    wrong: int = 0
    unmatched: int = 0
    unattributed: int = 0
    other: int = 0
    speech: int = 0  # labelled speech spans with a speaker, placed in the cleaned text
    found: int = 0
    lost: int = 0  # labelled rows with a speaker whose quoted place cleaning removed
    by_how: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))


def main() -> None:
    labels = _read_labels()
    outlets = _outlets()
    tallies = {"tune": Tally(), "held": Tally()}
    mistakes: dict[str, list[str]] = defaultdict(list)
    for article in sorted(outlets):
        raw = (DATA / "articles" / f"{article}.txt").read_text(encoding="utf-8")
        text = clean(raw, "").text
        part = part_of(outlets[article])
        placed, lost = _place(text, labels[article])
        tallies[part].lost += lost
        found = quotes(text)
        _score(article, text, found, placed, tallies[part], mistakes[part])
        if part == "tune" and "--folds" in sys.argv:
            fold = f"tune fold {_fold(outlets[article])}"
            _score(article, text, found, placed, tallies.setdefault(fold, Tally()), [])
    for part in sorted(tallies, key=lambda name: (name != "tune", name != "held", name)):
        _report(part, tallies[part])
    shown = mistakes["tune"] if "-v" in sys.argv else mistakes["tune"][:15]
    for line in shown:
        print(f"  tune: {line}")
    if len(shown) < len(mistakes["tune"]):
        print(f"  tune: {len(mistakes['tune']) - len(shown)} more (python eval/quotes.py -v)")
    print(f"  held: {len(mistakes['held'])} mistakes, not listed")
    _timings()


def _timings() -> None:
    """quotes() is per article (analysis, cached, run in worker processes); its cost on the
    seed articles and on 1,000 and 10,000 articles made from the labelled texts, in one
    process."""
    seeds = [
        clean(path.read_text(encoding="utf-8").partition("\n---\n")[2], "").text
        for path in sorted(SEEDS.glob("*.txt"))
    ]
    print(f"time on the {len(seeds)} seed articles: {_time(seeds):.3f} s")
    texts = [
        clean(path.read_text(encoding="utf-8"), "").text
        for path in sorted((DATA / "articles").glob("*.txt"))
    ]
    for size in (1_000, 10_000):
        # Each text once per round, with its paragraphs turned round, so no two are the same.
        corpus = [_variant(texts[i % len(texts)], i // len(texts)) for i in range(size)]
        seconds = _time(corpus)
        print(f"time on {size:,} articles: {seconds:.1f} s ({seconds / size * 1000:.1f} ms each)")


def _variant(text: str, turn: int) -> str:
    paragraphs = text.split("\n\n")
    turn %= len(paragraphs)
    return "\n\n".join(paragraphs[turn:] + paragraphs[:turn])


def _time(texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        quotes(text)
    return time.perf_counter() - start


def _fold(outlet: str) -> int:
    """One of four folds of the tune outlets, by a hash of the outlet name as in split.py but
    from its other digits, so that the folds do not follow the tune/held split."""
    return int(hashlib.sha1(outlet.strip().lower().encode()).hexdigest(), 16) // 10 % 4


def _read_labels() -> dict[str, list[dict]]:
    labels: dict[str, list[dict]] = defaultdict(list)
    with open(DATA / "quotes.jsonl", encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                row = json.loads(line)
                labels[row["article"]].append(row)
    return labels


def _outlets() -> dict[str, str]:
    with open(DATA / "sources.tsv", encoding="utf-8", newline="") as file:
        return {row["id"]: row["outlet"] for row in csv.DictReader(file, delimiter="\t")}


def _place(text: str, rows: list[dict]) -> tuple[list[Label], int]:
    """The labels at their quoted places, and the count of rows with a speaker left without
    a place (their extra rows join the last place: a headline repeating the quote)."""
    by_text: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_text[row["text"]].append(row)
    labels, lost = [], 0
    for part, same in by_text.items():
        places = [at for at in _occurrences(text, part) if _quoted(text, at[0])][: len(same)]
        if not places:
            lost += sum(row["kind"] == "speech" and row["speaker"] is not None for row in same)
            continue
        for index, at in enumerate(places):
            group = same[index:] if index == len(places) - 1 else [same[index]]
            speakers = tuple(row["speaker"] for row in group if row["kind"] == "speech")
            kind = "speech" if speakers else "other"
            labels.append(Label(part, speakers, kind, at[0], at[1]))
    return labels, lost


def _occurrences(text: str, part: str) -> list[tuple[int, int]]:
    """Where `part` stands in the text, (start, end); a label the cleaner spaced otherwise (two
    spaces made one, a wrapped line made a paragraph) is found with any whitespace between its
    words."""
    found, at = [], text.find(part)
    while at >= 0:
        found.append((at, at + len(part)))
        at = text.find(part, at + 1)
    if found or not part.strip():
        return found
    spaced = re.compile(r"\s+".join(re.escape(word) for word in part.split()))
    return [match.span() for match in spaced.finditer(text)]


def _quoted(text: str, at: int) -> bool:
    before = text[:at].rstrip(" ")
    return not before or before[-1] in QUOTE_MARKS or before[-1] == "\n"


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared / (max(a[1], b[1]) - min(a[0], b[0])) if shared > 0 else 0.0


def _score(
    article: str,
    text: str,
    found: tuple[Quote, ...],
    labels: list[Label],
    tally: Tally,
    log: list[str],
) -> None:
    matched: dict[int, Quote] = {}
    for quote in found:
        span = (quote.start, quote.start + len(quote.text))
        assert text[span[0] : span[1]] == quote.text, (article, quote)
        free = [i for i in range(len(labels)) if i not in matched]
        best = max(
            free, key=lambda i: _overlap(span, (labels[i].start, labels[i].end)), default=None
        )
        if best is not None and _overlap(span, (labels[best].start, labels[best].end)) < 0.5:
            best = None
        if best is not None:
            matched[best] = quote
        label = labels[best] if best is not None else None
        _score_quote(article, quote, label, tally, log)
    for index, label in enumerate(labels):
        if label.kind != "speech" or not any(label.speakers):
            continue
        tally.speech += 1
        quote = matched.get(index)
        if quote is not None and _right(quote.speaker, label):
            tally.found += 1
        else:
            got = "not extracted" if quote is None else f"{quote.speaker} ({quote.how})"
            named = " / ".join(s for s in label.speakers if s)
            log.append(f"{article} MISSED: {label.text[:50]!r} ({named}): {got}")


def _score_quote(article: str, quote: Quote, label: Label | None, tally: Tally, log: list) -> None:
    if label is not None and label.kind == "other":
        tally.other += 1
        log.append(f"{article} OTHER extracted: {quote.text[:60]!r} -> {quote.speaker}")
    if quote.speaker is None:
        tally.unattributed += 1
        return
    tally.attributed += 1
    how = quote.how
    tally.by_how[how][1] += 1
    tally.by_how[how][0] += label is not None and _right(quote.speaker, label)
    if label is None:
        tally.unmatched += 1
        log.append(f"{article} UNLABELLED: {quote.text[:60]!r} -> {quote.speaker} ({quote.how})")
    elif _right(quote.speaker, label):
        tally.right += 1
    else:
        tally.wrong += 1
        named = " / ".join(str(s) for s in label.speakers) or "nobody (not speech)"
        log.append(
            f"{article} WRONG: {quote.text[:50]!r} -> {quote.speaker} ({quote.how}); labelled {named}"
        )


def _right(speaker: str | None, label: Label) -> bool:
    return speaker is not None and any(same_speaker(speaker, s) for s in label.speakers)


def same_speaker(a: str, b: str | None) -> bool:
    """Equal, one inside the other, or the same family name (first or last word)."""
    if b is None:
        return False
    left, right = _name_words(a), _name_words(b)
    if not left or not right:
        return False
    if _inside(left, right) or _inside(right, left):
        return True
    if left[-1] != right[-1]:
        return False
    if left[-1] not in ORG_ENDINGS:
        return True
    # "China's Foreign Ministry" and "Chinese Foreign Ministry": the same words, roughly.
    return [w[:4] for w in left] == [w[:4] for w in right]


def _name_words(name: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = plain.replace("-", " ").replace("'s ", " ").split()
    return [word.strip(".,") for word in words if word.strip(".,") not in TITLES]


def _inside(part: list[str], whole: list[str]) -> bool:
    return any(whole[i : i + len(part)] == part for i in range(len(whole) - len(part) + 1))


def _report(part: str, tally: Tally) -> None:
    precision = tally.right / tally.attributed if tally.attributed else 0.0
    recall = tally.found / tally.speech if tally.speech else 0.0
    print(
        f"{part}: speaker precision {precision:.1%} ({tally.right}/{tally.attributed},"
        f" {tally.unmatched} of the misses match no label), recall {recall:.1%}"
        f" ({tally.found}/{tally.speech}; {tally.lost} more labelled rows lost in cleaning),"
        f" unattributed {tally.unattributed}, 'other' spans extracted {tally.other}"
    )
    shares = ", ".join(
        f"{how} {right}/{total}" for how, (right, total) in sorted(tally.by_how.items())
    )
    print(f"  right speakers by where they were found: {shares}")


if __name__ == "__main__":
    main()
