"""Keywords on 500N-KPCrowd: F1@10 against the crowd's keyphrases, and how many keywords are
one common word, there and on the seed briefing.

500N-KPCrowd (Marujo et al., LREC 2012; the news benchmark of the YAKE paper) is 500 news
stories, each with the keyphrases that crowd workers chose. It is not in the repository: set
DIGEST_KPCROWD to its folder (the one holding docsutf8/ and keys/, as unzipped from
datasets/500N-KPCrowd-v1.1.zip of github.com/LIAAD/KeywordExtractor-Datasets). Nothing
outside the repository is read unless it is named so.

- Stories: the 450 with text; 50 files hold only their headline (at most 18 words). A story's
  first line is its title, the rest its text, given to extract_keywords as the build gives a
  cleaned article (the stories are clean already; the corpus's doubled quotes and HTML
  entities are undone first).
- Matching: a keyword matches a keyphrase when both agree word for word after lowercasing,
  dropping hyphens inside words (the keys write "selfinjury" for "self-injury") and Porter
  stemming (nltk's PorterStemmer). F1 is computed per story over the de-duplicated lists,
  then averaged.
- Split: by the story's number (split.py), so a story filed under two topics stays in one part.
  The filters were tuned on the 'tune' part.
- Common words: single lowercase words among the 3,000 most common English words
  (generator/analysis/common_words.py), as a share of all keywords.
"""

from __future__ import annotations

import html
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from split import part_of

from generator.analysis.analyse import analyse
from generator.analysis.common_words import common_word_rank
from generator.analysis.keyword_names import briefing_topics, unify_spellings
from generator.analysis.keywords import extract_keywords
from generator.analysis.yake_ranks import yake_ranking
from generator.content.load import parse_article

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "content"
LIMIT = 10  # F1@10, as the build keeps at most ten keywords
MIN_WORDS = 30  # a story with fewer is its headline alone
_HYPHEN_IN_WORD = re.compile(r"(?<=\w)[-\u2010\u2011\u2013]+(?=\w)")
_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Story:
    name: str
    part: str
    title: str
    text: str
    keys: frozenset[str]  # matching forms (see Matcher)


class Matcher:
    """A phrase's matching form: lowercase, hyphens in words dropped, each word Porter-stemmed."""

    def __init__(self) -> None:
        from nltk.stem import PorterStemmer

        self._stem = PorterStemmer().stem
        self._stems: dict[str, str] = {}

    def __call__(self, phrase: str) -> str:
        words = _TOKEN.findall(_HYPHEN_IN_WORD.sub("", phrase.lower()))
        return " ".join(self._stem_of(word) for word in words)

    def _stem_of(self, word: str) -> str:
        if word not in self._stems:
            self._stems[word] = self._stem(word)
        return self._stems[word]


def find_dataset() -> Path | None:
    """The folder with docsutf8/ and keys/ that DIGEST_KPCROWD names, if it names one."""
    if not os.environ.get("DIGEST_KPCROWD"):
        return None
    folder = Path(os.environ["DIGEST_KPCROWD"])
    for candidate in (folder, folder / "500N-KPCrowd-v1.1"):
        if (candidate / "docsutf8").is_dir() and (candidate / "keys").is_dir():
            return candidate
    return None


def load_stories(folder: Path, match: Matcher) -> list[Story]:
    """The stories with text, their title split off, and their keyphrases' matching forms."""
    stories = []
    for path in sorted((folder / "docsutf8").glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        if len(raw.split()) < MIN_WORDS:
            continue
        lines = html.unescape(raw).replace('""', '"').splitlines()
        title, text = (lines[0], "\n".join(lines[1:])) if len(lines) > 1 else ("", lines[0])
        keys = (folder / "keys" / f"{path.stem}.key").read_text(encoding="utf-8").splitlines()
        number = path.stem.rpartition("-")[2]
        matched = frozenset(match(key) for key in keys if key.strip())
        stories.append(Story(path.stem, part_of(number), title, text, matched))
    return stories


def f1(found: tuple[str, ...], keys: frozenset[str], match: Matcher) -> float:
    """F1 of one story's keywords against its keyphrases."""
    predicted = set(map(match, found))
    hits = len(predicted & keys)
    if not hits:
        return 0.0
    precision, recall = hits / len(predicted), hits / len(keys)
    return 2 * precision * recall / (precision + recall)


def is_common_word(keyword: str) -> bool:
    """One lowercase word among the 3,000 most common English words."""
    return keyword.islower() and " " not in keyword and common_word_rank(keyword) is not None


def common_share(keyword_lists: list[tuple[str, ...]]) -> tuple[int, int]:
    """How many keywords are one common word, of how many."""
    keywords = [keyword for found in keyword_lists for keyword in found]
    return sum(map(is_common_word, keywords)), len(keywords)


def timed_rankings() -> tuple[Callable[[str, int], list[str]], list[float]]:
    """YAKE's rankings, each made once and timed, for extract_keywords to reuse."""
    made: dict[tuple[str, int], list[str]] = {}
    seconds: list[float] = []

    def rank(text: str, top: int) -> list[str]:
        if (text, top) not in made:
            start = time.perf_counter()
            made[text, top] = yake_ranking(text, top)
            seconds.append(time.perf_counter() - start)
        return made[text, top]

    return rank, seconds


def kpcrowd(folder: Path) -> None:
    match = Matcher()
    stories = load_stories(folder, match)
    rank, yake_seconds = timed_rankings()
    for story in stories:  # rank first, so the timing below is the filters' alone
        extract_keywords(story.title, story.text, LIMIT, rank)
    start = time.perf_counter()
    found = [extract_keywords(story.title, story.text, LIMIT, rank) for story in stories]
    filter_ms = (time.perf_counter() - start) / len(stories) * 1000
    print(f"500N-KPCrowd ({folder}): {len(stories)} stories with text")
    print(f"{'part':6} {'stories':>8} {'F1@10':>7} {'keywords':>9} {'one common word':>16}")
    for part in ("tune", "held", "all"):
        chosen = [i for i, story in enumerate(stories) if part in ("all", story.part)]
        scores = [f1(found[i], stories[i].keys, match) for i in chosen]
        common, total = common_share([found[i] for i in chosen])
        print(
            f"{part:6} {len(chosen):8} {sum(scores) / len(scores):7.3f} "
            f"{total / len(chosen):9.2f} {common / total:15.1%}"
        )
    yake_ms = sum(yake_seconds) / len(stories) * 1000
    print(f"time an article: YAKE {yake_ms:.1f} ms, filters {filter_ms:.2f} ms")


def seed_briefing() -> None:
    """The seed briefing's keywords as the build makes them (cleaned, then extracted)."""
    articles = []
    for path in sorted((SEEDS / "articles").glob("*")):
        source, _ = parse_article(path, path.read_bytes(), SEEDS)
        if source is not None:
            articles.append((path.name, analyse(source.body, source.meta.title)))
    lists = unify_spellings(
        [analysis.keywords for _, analysis in articles],
        [analysis.cleaned.text for _, analysis in articles],
    )
    common, total = common_share(lists)
    print(f"seed briefing: {len(lists)} articles, one common word {common}/{total}")
    topics = briefing_topics(lists)
    print(f"  briefing topics: {', '.join(topics) or '(none)'}")
    for (name, _), keywords in zip(articles, lists, strict=True):
        print(f"  {name[:3]}: {', '.join(k for k in keywords if k not in topics)}")


def main() -> None:
    try:
        import nltk  # noqa: F401  (Porter stemmer, for matching)
    except ImportError:
        print("nltk is not installed: pip install nltk (its Porter stemmer matches keyphrases)")
        return
    folder = find_dataset()
    if folder is None:
        print(
            "500N-KPCrowd not found: set DIGEST_KPCROWD=/path/to/500N-KPCrowd-v1.1 "
            "(the folder with docsutf8/ and keys/)"
        )
    else:
        kpcrowd(folder)
    seed_briefing()


if __name__ == "__main__":
    main()
