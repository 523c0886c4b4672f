"""One article's expensive results (cleaned text, lead, keywords), and the key they are cached by."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import NamedTuple, Protocol

from generator import fingerprints
from generator.analysis.keywords import extract_keywords
from generator.analysis.summary import lead
from generator.analysis.templates import Template
from generator.analysis.yake_ranks import YAKE_SETTINGS, Rank, yake_ranking
from generator.fingerprints import analysis_key
from generator.models import Analysis, SourceArticle
from generator.progress import ProgressBar

log = logging.getLogger(__name__)

KEYWORD_LIMIT = 10
_YAKE_SETTINGS = repr(sorted(YAKE_SETTINGS.items()))
# A worker process costs ~0.4 s to start (interpreter plus `import yake`) and an article
# ~30-80 ms to analyse, so a pool pays off from a few dozen articles on.
POOL_MIN_ARTICLES = 32
_CHUNK_SIZE = 4  # articles per task: small enough for an even split and a smooth progress bar
_STORE_BATCH = 500  # fresh analyses (and their rankings) stored at once


# The rankings an analysis was made from, by ranking_key: each a fresh ranking, or None
# where it was taken from the cache.
Rankings = dict[str, list[str] | None]


class RankingSource(Protocol):
    """YAKE rankings kept by earlier builds, by ranking_key, read-only (the cache's)."""

    def get(self, key: str) -> list[str] | None: ...

    def close(self) -> None: ...


class AnalysisStore(Protocol):
    """Where analyses and the rankings they were made from are kept between builds (the
    cache, generator/cache/store.py)."""

    def get_many(self, keys: Iterable[str]) -> dict[str, Analysis]: ...

    def put_many(self, analyses: Mapping[str, Analysis]) -> None: ...

    def put_rankings(self, rankings: Mapping[str, Rankings]) -> None: ...

    def rankings_opener(self) -> Callable[[], RankingSource]:
        """Opens a read-only view of the stored rankings; picklable, for worker processes."""
        ...


class NoRankings:
    """The rankings of a build without a cache: none."""

    def get(self, key: str) -> list[str] | None:
        return None

    def close(self) -> None:
        pass


class ArticleText(NamedTuple):
    """What an analysis is made from: the scraped body, the title, the editor's `keep` and
    `drop` lines from the front matter, and the lines that are its site's template (see
    clean.clean)."""

    body: str
    title: str
    keep: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()
    template: Template = ()

    @classmethod
    def of(cls, source: SourceArticle) -> ArticleText:
        return cls(source.body, source.meta.title, source.meta.keep, source.meta.drop)


def analyse(
    body: str,
    title: str,
    rank: Rank = yake_ranking,
    keep: Sequence[str] = (),
    drop: Sequence[str] = (),
    template: Template = (),
) -> Analysis:
    """Clean the scraped body, then take its lead, keywords and quotations from the cleaned
    text.

    `rank` gives YAKE's ranking of a text (see keywords.extract_keywords); `keep` and `drop`
    are the editor's lines, and `template` the site's (see clean.clean).
    """
    # ~100 regexes each to compile: only a cache miss needs them.
    from generator.analysis.clean import clean
    from generator.analysis.quotes import quotes

    cleaned = clean(body, title, keep, drop, template)
    headline = title or cleaned.headline
    return Analysis(
        cleaned,
        lead(cleaned.text),
        extract_keywords(headline, cleaned.text, KEYWORD_LIMIT, rank),
        quotes(cleaned.text),
    )


class CachedRanking:
    """yake_ranking, or the same ranking stored by an earlier build, which costs no YAKE run.

    YAKE's ranking depends on nothing but the text and YAKE's settings and versions, while a
    change to digest's own analysis code (the cleaner, the keyword filter) makes every cached
    analysis a miss: with the rankings kept, only articles whose cleaned text it changed need
    YAKE again. `given` holds the rankings it gave, for the build to store.
    """

    def __init__(self, stored: RankingSource) -> None:
        self.stored = stored
        self.given: Rankings = {}

    def __call__(self, text: str, top: int) -> list[str]:
        key = ranking_key(text, top)
        ranking = self.stored.get(key)
        if ranking is not None:
            self.given[key] = None
            return ranking
        self.given[key] = ranking = yake_ranking(text, top)
        return ranking


def ranking_key(text: str, top: int) -> str:
    """The cache key of yake_ranking(text, top): the inputs plus YAKE's settings and versions."""
    return fingerprints.ranking_key(text, top, _YAKE_SETTINGS)


def analyse_all(
    articles: Sequence[ArticleText | tuple[str, str]],
    cache: AnalysisStore | None,
    *,
    jobs: int | None = None,
    progress: bool = False,
    ready: Mapping[str, tuple[Analysis, Rankings]] | None = None,
) -> tuple[list[Analysis], frozenset[str]]:
    """analyse() each ArticleText (or (body, title)), in order, and the analysis keys of those
    that were not cached.

    Cached results are taken as they are; the rest are computed (across `jobs` processes
    when there are enough of them, all cores by default), unless `ready` has them by
    analysis_key (made ahead of the build by analyse_ranked), and stored in the cache, with
    the YAKE rankings they were made from.
    """
    texts = [ArticleText(*article) for article in articles]
    keys = [analysis_key(*text) for text in texts]
    found = cache.get_many(keys) if cache is not None else {}
    missing = {key: text for key, text in zip(keys, texts, strict=True) if key not in found}
    if missing:
        taken = {key: ready[key] for key in missing if ready and key in ready}
        fresh = {key: analysis for key, (analysis, _) in taken.items()}
        unsaved: dict[str, Rankings] = {key: given for key, (_, given) in taken.items()}
        to_make = {key: item for key, item in missing.items() if key not in fresh}
        made_keys = iter(to_make)

        def store() -> None:
            if cache is not None:
                cache.put_many({key: fresh[key] for key in unsaved})
                cache.put_rankings(unsaved)
            unsaved.clear()

        stored = cache.rankings_opener() if cache is not None else NoRankings
        with ProgressBar("Analysing", len(to_make), enabled=progress) as bar:

            def finished(analysis: Analysis, given: Rankings) -> None:
                # Stored as they come: a build stopped halfway keeps its work, and 10,000
                # articles' rankings held to the end took ~20 MB.
                key = next(made_keys)
                fresh[key], unsaved[key] = analysis, given
                bar.advance()
                if len(unsaved) >= _STORE_BATCH:
                    store()

            _compute(list(to_make.values()), jobs or _available_cores(), stored, finished)
        store()
        found.update(fresh)
    return [found[key] for key in keys], frozenset(missing)


def _available_cores() -> int:
    """The CPUs this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _compute(
    items: list[ArticleText],
    jobs: int,
    stored: Callable[[], RankingSource],
    finished: Callable[[Analysis, Rankings], None],
) -> None:
    """analyse() each ArticleText, taking the rankings `stored()` opens; each analysis, as
    it is finished and in order, goes to `finished` with the rankings it used."""
    if jobs < 2 or len(items) < POOL_MIN_ARTICLES:
        with contextlib.closing(stored()) as rankings:
            for item in items:
                finished(*analyse_ranked(item, rankings))
        return
    # Imported here: a warm build needs neither, and they cost ~15 ms to import.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Workers come from a fork server, never forked from this process: watch mode runs
    # threads, and forking a threaded process can deadlock. The server imports what every
    # worker needs once, the cleaner's regexes included.
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(
            [
                "generator.analysis.analyse",
                "generator.analysis.clean",
                "generator.analysis.quotes",
                "yake",
            ]
        )
    from concurrent.futures.process import BrokenProcessPool

    done = 0
    workers = min(jobs, -(-len(items) // _CHUNK_SIZE))
    try:
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_start_worker, initargs=(stored,)
        ) as pool:
            for analysis, given in pool.map(_analyse_item, items, chunksize=_CHUNK_SIZE):
                finished(analysis, given)
                done += 1
    except (OSError, BrokenProcessPool) as error:  # no processes to be had: slower, not broken
        log.warning("warning: cannot run worker processes (%s); analysing in this one", error)
        _compute(items[done:], 1, stored, finished)


def analyse_ranked(text: ArticleText, stored: RankingSource) -> tuple[Analysis, Rankings]:
    """analyse() the text, taking YAKE's rankings from `stored` where it holds them, and the
    rankings it used (for AnalysisStore.put_rankings)."""
    ranking = CachedRanking(stored)
    analysis = analyse(text.body, text.title, ranking, text.keep, text.drop, text.template)
    return analysis, ranking.given


# A worker process's own read-only view of the cache's rankings, set by _start_worker; the
# process's exit closes it.
_worker_rankings: RankingSource = NoRankings()


def _start_worker(stored: Callable[[], RankingSource]) -> None:
    global _worker_rankings
    _worker_rankings = stored()


def _analyse_item(item: ArticleText) -> tuple[Analysis, Rankings]:
    return analyse_ranked(item, _worker_rankings)
