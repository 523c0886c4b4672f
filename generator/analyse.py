"""One article's expensive results (cleaned text, lead, keywords), and the key they are cached by."""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import sys
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path

from generator.cache import AnalysisCache, library_version
from generator.keywords import extract_keywords
from generator.models import Analysis
from generator.progress import ProgressBar
from generator.summary import lead

log = logging.getLogger(__name__)

# Bump when a change outside the modules hashed below (a data file, a dependency's behaviour
# that its version number does not show) changes what analyse() returns.
ANALYSIS_VERSION = "1"
KEYWORD_LIMIT = 10
# Our modules whose code decides the result; any edit to them invalidates cached analyses.
_ANALYSIS_MODULES = (
    "analyse.py",
    "boilerplate.py",
    "clean.py",
    "keywords.py",
    "summary.py",
    "models.py",
)
# Libraries whose version can change the keywords: yake and what it tokenises and compares with.
_ANALYSIS_LIBRARIES = ("yake", "segtok", "jellyfish")
# A worker process costs ~0.4 s to start (interpreter plus `import yake`) and an article
# ~30-80 ms to analyse, so a pool pays off from a few dozen articles on.
POOL_MIN_ARTICLES = 32
_CHUNK_SIZE = 4  # articles per task: small enough for an even split and a smooth progress bar


def analyse(body: str, title: str) -> Analysis:
    """Clean the scraped body, then take its lead and keywords from the cleaned text."""
    from generator.clean import clean  # ~100 regexes to compile: only a cache miss needs them

    cleaned = clean(body, title)
    headline = title or cleaned.headline
    return Analysis(
        cleaned, lead(cleaned.text), extract_keywords(headline, cleaned.text, KEYWORD_LIMIT)
    )


def analyse_all(
    articles: Sequence[tuple[str, str]],
    cache: AnalysisCache | None,
    *,
    jobs: int | None = None,
    progress: bool = False,
    ready: Mapping[str, Analysis] | None = None,
) -> tuple[list[Analysis], int]:
    """analyse(body, title) for each (body, title), in order, and how many were not cached.

    Cached results are taken as they are; the rest are computed (across `jobs` processes
    when there are enough of them, all cores by default), unless `ready` has them by
    analysis_key (made ahead of the build), and stored in the cache.
    """
    keys = [analysis_key(body, title) for body, title in articles]
    found = cache.get_many(keys) if cache is not None else {}
    missing = {key: item for key, item in zip(keys, articles, strict=True) if key not in found}
    if missing:
        fresh = {key: ready[key] for key in missing if ready and key in ready}
        to_make = {key: item for key, item in missing.items() if key not in fresh}
        items = list(to_make.values())
        with ProgressBar("Analysing", len(items), enabled=progress) as bar:
            fresh |= zip(to_make, _compute(items, jobs or _available_cores(), bar), strict=True)
        if cache is not None:
            cache.put_many(fresh)
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
    settings = (
        ANALYSIS_VERSION,
        KEYWORD_LIMIT,
        sys.version_info[:2],
        unicodedata.unidata_version,
        *(library_version(name) for name in _ANALYSIS_LIBRARIES),
    )
    digest.update(repr(settings).encode())
    here = Path(__file__).resolve().parent
    for name in _ANALYSIS_MODULES:
        digest.update(name.encode() + b"\0" + (here / name).read_bytes())
    return digest.hexdigest()


def _available_cores() -> int:
    """The CPUs this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _compute(items: list[tuple[str, str]], jobs: int, bar: ProgressBar) -> list[Analysis]:
    if jobs < 2 or len(items) < POOL_MIN_ARTICLES:
        results = []
        for body, title in items:
            results.append(analyse(body, title))
            bar.advance()
        return results
    # Imported here: a warm build needs neither, and they cost ~15 ms to import.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Workers come from a fork server, never forked from this process: watch mode runs
    # threads, and forking a threaded process can deadlock. The server imports what every
    # worker needs once, the cleaner's regexes included.
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(["generator.analyse", "generator.clean", "yake"])
    from concurrent.futures.process import BrokenProcessPool

    results: list[Analysis] = []
    workers = min(jobs, -(-len(items) // _CHUNK_SIZE))
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            for analysis in pool.map(_analyse_item, items, chunksize=_CHUNK_SIZE):
                results.append(analysis)
                bar.advance()
    except (OSError, BrokenProcessPool) as error:  # no processes to be had: slower, not broken
        log.warning("warning: cannot run worker processes (%s); analysing in this one", error)
        return results + _compute(items[len(results) :], 1, bar)
    return results


def _analyse_item(item: tuple[str, str]) -> Analysis:
    return analyse(*item)
