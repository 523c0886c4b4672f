"""YAKE's rankings are kept apart from the analyses made from them: a new digest release, or a
re-scrape that only changed a page's boilerplate, runs YAKE only on text it has not ranked."""

from __future__ import annotations

import json
import sqlite3
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from generator import fingerprints
from generator.analysis import analyse as analyse_module
from generator.analysis.analyse import analyse, analyse_all, ranking_key
from generator.build import BuildOptions, Project, build
from generator.cache import store as cache_module
from generator.cache.store import AnalysisCache, StoredRankings
from generator.live.serve import LiveState
from generator.live.watch import Rebuilder
from tests.conftest import (
    CLOSURE_ARTICLE,
    EDITED_CLOSURE,
    REOPENING_ARTICLE,
    sample_analysis,
    snapshot,
    variants,
)


@pytest.fixture
def ranked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts YAKE is run on in this process from now on."""
    texts: list[str] = []
    real = analyse_module.yake_ranking

    def counted(text: str, top: int) -> list[str]:
        texts.append(text)
        return real(text, top)

    monkeypatch.setattr(analyse_module, "yake_ranking", counted)
    return texts


@pytest.fixture
def release(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Stands in for installing a digest release whose analysis code changed: every cached
    analysis and article record becomes a miss."""

    def forget_fingerprints() -> None:
        fingerprints.analysis_fingerprint.cache_clear()
        fingerprints.code_fingerprint.cache_clear()

    def install(version: str) -> None:
        monkeypatch.setattr(fingerprints, "ANALYSIS_VERSION", version)
        forget_fingerprints()

    yield install
    monkeypatch.undo()
    forget_fingerprints()


def test_a_new_release_runs_yake_only_on_text_it_has_not_ranked(
    make_content: Callable[..., Path],
    tmp_path: Path,
    ranked: list[str],
    release: Callable[[str], None],
) -> None:
    content = make_content()
    site = tmp_path / "site"
    build(Project(content, site))
    assert len(ranked) >= 2  # both articles ranked by the first build
    ranked.clear()
    release("a later release")
    (content / "articles" / "closure.md").write_text(textwrap.dedent(EDITED_CLOSURE))
    report = build(Project(content, site))
    assert report.analysed == 2
    assert ranked and all("four weeks" in text for text in ranked)
    build(Project(content, tmp_path / "fresh"), BuildOptions(use_cache=False))
    assert snapshot(site) == snapshot(tmp_path / "fresh")


def test_a_change_only_to_boilerplate_runs_no_yake(
    make_content: Callable[..., Path], tmp_path: Path, ranked: list[str]
) -> None:
    content = make_content({"closure.md": CLOSURE_ARTICLE})
    site = tmp_path / "site"
    build(Project(content, site))
    ranked.clear()
    rescraped = CLOSURE_ARTICLE.replace("Share on Facebook", "Share on Threads")
    (content / "articles" / "closure.md").write_text(textwrap.dedent(rescraped))
    report = build(Project(content, site))
    assert report.analysed == 1 and ranked == []
    build(Project(content, tmp_path / "fresh"), BuildOptions(use_cache=False))
    assert snapshot(site) == snapshot(tmp_path / "fresh")


@pytest.mark.parametrize("batch", [1, 3, 500])  # stored an analysis at a time, some, all at once
def test_worker_processes_take_the_stored_rankings(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    release: Callable[[str], None],
    batch: int,
) -> None:
    monkeypatch.setattr(analyse_module, "POOL_MIN_ARTICLES", 2)
    monkeypatch.setattr(analyse_module, "_STORE_BATCH", batch)
    items = [(textwrap.dedent(text), name) for name, text in sorted(variants(4).items())]
    with AnalysisCache(tmp_path) as cache:
        first, _ = analyse_all(items, cache, jobs=2)
    release("a later release")
    stored: list[dict] = []
    with AnalysisCache(tmp_path) as cache:
        keep = cache.put_rankings
        monkeypatch.setattr(
            cache, "put_rankings", lambda given: (stored.append(dict(given)), keep(given))
        )
        again, analysed = analyse_all(items, cache, jobs=2)
    assert len(analysed) == 4 and again == first
    taken = [ranking for given in stored for used in given.values() for ranking in used.values()]
    assert len(taken) >= 4 and all(ranking is None for ranking in taken)  # None: from the file


def test_a_ranking_lasts_as_long_as_an_analysis_made_from_it(
    make_content: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    ranked: list[str],
    release: Callable[[str], None],
) -> None:
    monkeypatch.setattr(cache_module, "_KEEP_BUILDS", 2)
    monkeypatch.setattr(cache_module, "_RESTAMP_AFTER", 1)
    content = make_content({"closure.md": CLOSURE_ARTICLE})
    site = tmp_path / "site"

    def builds(count: int) -> None:
        for _ in range(count):
            (site / "index.html").unlink(missing_ok=True)  # a real build, which prunes
            build(Project(content, site))

    builds(1)
    release("a later release")
    builds(1)
    builds(4)  # the first release's analysis is pruned; the second's is kept by its record
    release("3")
    ranked.clear()
    builds(1)
    assert ranked == []  # the ranking outlived the analysis first made from it

    reopening = content / "articles" / "reopening.md"
    reopening.write_text(textwrap.dedent(REOPENING_ARTICLE))
    (content / "articles" / "closure.md").unlink()
    builds(4)  # no analysis made from the closure's ranking is left
    (content / "articles" / "closure.md").write_text(textwrap.dedent(CLOSURE_ARTICLE))
    release("4")
    ranked.clear()
    builds(1)
    assert any("three weeks" in text for text in ranked)


def test_an_unreadable_ranking_is_made_again(tmp_path: Path, ranked: list[str]) -> None:
    item = (textwrap.dedent(CLOSURE_ARTICLE).split("---\n", 2)[2], "Harbour Bridge closed")
    with AnalysisCache(tmp_path) as cache:
        made, _ = analyse_all([item], cache)
    ranked.clear()
    with sqlite3.connect(tmp_path / "analyses.sqlite") as db:
        db.execute("UPDATE rankings SET data = ?", ("not json",))
        db.execute("DELETE FROM analyses")
    with AnalysisCache(tmp_path) as cache:
        again, analysed = analyse_all([item], cache)
    assert len(analysed) == 1 and again == made and ranked


def test_stored_rankings_hold_nothing_without_a_usable_file(tmp_path: Path) -> None:
    key = ranking_key("Harbour Bridge closed.", 40)
    assert StoredRankings(None).get(key) is None
    assert StoredRankings(tmp_path / "missing.sqlite").get(key) is None
    (tmp_path / "damaged.sqlite").write_bytes(b"not a database at all" * 100)
    assert StoredRankings(tmp_path / "damaged.sqlite").get(key) is None
    with AnalysisCache(tmp_path) as cache:
        cache.put_many({"an analysis": sample_analysis()})
        cache.put_rankings({"an analysis": {key: ["Harbour Bridge", "cracks"]}})
    with StoredRankings(tmp_path / "analyses.sqlite") as stored:
        assert stored.get(key) == ["Harbour Bridge", "cracks"]
        assert stored.get(ranking_key("Harbour Bridge closed!", 40)) is None
        assert stored.get(ranking_key("Harbour Bridge closed.", 200)) is None


def test_a_stored_ranking_gives_the_analysis_yake_gives(tmp_path: Path) -> None:
    body = textwrap.dedent(REOPENING_ARTICLE)
    with AnalysisCache(tmp_path) as cache:
        analyse_all([(body, "Bridge reopens")], cache)
        rows = cache._query("SELECT data FROM rankings", [])
    assert rows and all(json.loads(data) for (data,) in rows)
    with StoredRankings(tmp_path / "analyses.sqlite") as stored:
        ranking = analyse_module.CachedRanking(stored)
        assert analyse(body, "Bridge reopens", rank=ranking) == analyse(body, "Bridge reopens")
        assert ranking.given and all(value is None for value in ranking.given.values())


def test_an_article_watch_mode_analysed_ahead_keeps_its_ranking(
    make_content: Callable[..., Path],
    tmp_path: Path,
    ranked: list[str],
    release: Callable[[str], None],
) -> None:
    content = make_content()
    site = tmp_path / "site"
    rebuilder = Rebuilder(Project(content, site), LiveState())
    rebuilder.run(None)
    edited = content / "articles" / "closure.md"
    edited.write_text(edited.read_text().replace("three weeks", "four weeks"))
    ranked.clear()
    rebuilder.analyse_ahead({str(edited): "changed"})
    assert ranked and all("four weeks" in text for text in ranked)
    rebuilder.run("closure.md changed")
    release("a later release")
    ranked.clear()
    assert build(Project(content, site)).analysed == 2 and ranked == []
