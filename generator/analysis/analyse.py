"""One article's expensive results (cleaned text, lead, keywords), and the key they are cached by."""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import sys
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from generator.analysis.keywords import YAKE_SETTINGS, Rank, extract_keywords, yake_ranking
from generator.analysis.summary import lead
from generator.cache.store import AnalysisCache, StoredRankings, library_version
from generator.models import Analysis
from generator.progress import ProgressBar

log = logging.getLogger(__name__)

# Bump when a change outside the modules hashed below (a data file, a dependency's behaviour
# that its version number does not show) changes what analyse() returns.
ANALYSIS_VERSION = "1"
KEYWORD_LIMIT = 10
# Libraries whose version can change the keywords: yake and what it runs on.
_ANALYSIS_LIBRARIES = ("yake", "segtok", "regex", "jellyfish", "networkx", "numpy")
# A worker process costs ~0.4 s to start (interpreter plus `import yake`) and an article
# ~30-80 ms to analyse, so a pool pays off from a few dozen articles on.
POOL_MIN_ARTICLES = 32
_CHUNK_SIZE = 4  # articles per task: small enough for an even split and a smooth progress bar
_STORE_BATCH = 500  # fresh analyses (and their rankings) stored at once


# The rankings an analysis was made from, by ranking_key: each a fresh ranking, or None
# where it was taken from the cache.
Rankings = dict[str, list[str] | None]


def analyse(body: str, title: str, rank: Rank = yake_ranking) -> Analysis:
    """Clean the scraped body, then take its lead and keywords from the cleaned text.

    `rank` gives YAKE's ranking of a text (see keywords.extract_keywords).
    """
    from generator.analysis.clean import (
        clean,  # ~100 regexes to compile: only a cache miss needs them
    )

    cleaned = clean(body, title)
    headline = title or cleaned.headline
    return Analysis(
        cleaned,
        lead(cleaned.text),
        extract_keywords(headline, cleaned.text, KEYWORD_LIMIT, rank),
    )


class CachedRanking:
    """yake_ranking, or the same ranking stored by an earlier build, which costs no YAKE run.

    YAKE's ranking depends on nothing but the text and YAKE's settings and versions, while a
    change to digest's own analysis code (the cleaner, the keyword filter) makes every cached
    analysis a miss: with the rankings kept, only articles whose cleaned text it changed need
    YAKE again. `given` holds the rankings it gave, for the build to store.
    """

    def __init__(self, stored: StoredRankings) -> None:
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
    digest = hashlib.sha256(f"{_ranking_fingerprint()}\0{top}\0".encode())
    digest.update(text.encode(errors="surrogatepass"))
    return digest.hexdigest()


@functools.cache
def _ranking_fingerprint() -> str:
    """A hash of what besides the text decides YAKE's ranking: its settings and versions."""
    settings = (
        sorted(YAKE_SETTINGS.items()),
        sys.version_info[:2],
        unicodedata.unidata_version,
        *(library_version(name) for name in _ANALYSIS_LIBRARIES),
    )
    return hashlib.sha256(repr(settings).encode()).hexdigest()


def analyse_all(
    articles: Sequence[tuple[str, str]],
    cache: AnalysisCache | None,
    *,
    jobs: int | None = None,
    progress: bool = False,
    ready: Mapping[str, tuple[Analysis, Rankings]] | None = None,
) -> tuple[list[Analysis], int]:
    """analyse(body, title) for each (body, title), in order, and how many were not cached.

    Cached results are taken as they are; the rest are computed (across `jobs` processes
    when there are enough of them, all cores by default), unless `ready` has them by
    analysis_key (made ahead of the build by analyse_ranked), and stored in the cache, with
    the YAKE rankings they were made from.
    """
    keys = [analysis_key(body, title) for body, title in articles]
    found = cache.get_many(keys) if cache is not None else {}
    missing = {key: item for key, item in zip(keys, articles, strict=True) if key not in found}
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

        stored = cache.rankings_file() if cache is not None else None
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
    return [found[key] for key in keys], len(missing)


def analysis_key(body: str, title: str) -> str:
    """The cache key of analyse(body, title): the inputs plus everything else that decides it."""
    digest = hashlib.sha256(analysis_fingerprint().encode())
    digest.update(f"\0{len(title)}\0{title}\0".encode(errors="surrogatepass"))
    digest.update(body.encode(errors="surrogatepass"))
    return digest.hexdigest()


@functools.cache
def analysis_fingerprint() -> str:
    """A hash of what besides an article decides its analysis: code, library versions, settings."""
    digest = hashlib.sha256()
    # YAKE's ranking is part of the analysis: what decides it decides the analysis too.
    settings = (ANALYSIS_VERSION, KEYWORD_LIMIT, _ranking_fingerprint())
    digest.update(repr(settings).encode())
    package = Path(__file__).resolve().parents[1]
    for path in [*sorted(package.joinpath("analysis").glob("*.py")), package / "models.py"]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _available_cores() -> int:
    """The CPUs this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _compute(
    items: list[tuple[str, str]],
    jobs: int,
    stored: Path | None,
    finished: Callable[[Analysis, Rankings], None],
) -> None:
    """analyse() each (body, title), taking the rankings the cache file `stored` holds; each
    analysis, as it is finished and in order, goes to `finished` with the rankings it used."""
    if jobs < 2 or len(items) < POOL_MIN_ARTICLES:
        with StoredRankings(stored) as rankings:
            for item in items:
                finished(*analyse_ranked(*item, rankings))
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
            ["generator.analysis.analyse", "generator.analysis.clean", "yake"]
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


def analyse_ranked(body: str, title: str, stored: StoredRankings) -> tuple[Analysis, Rankings]:
    """analyse(body, title), taking YAKE's rankings from `stored` where it holds them, and the
    rankings it used (for AnalysisCache.put_rankings)."""
    ranking = CachedRanking(stored)
    return analyse(body, title, rank=ranking), ranking.given


# A worker process's own read-only view of the cache's rankings, set by _start_worker; the
# process's exit closes it.
_worker_rankings = StoredRankings(None)


def _start_worker(stored: Path | None) -> None:
    global _worker_rankings
    _worker_rankings = StoredRankings(stored)


def _analyse_item(item: tuple[str, str]) -> tuple[Analysis, Rankings]:
    return analyse_ranked(*item, _worker_rankings)
