"""Copy detection in a process of its own (briefing/copies/apart.py): a single build of many
articles measures there, so that the memory it takes is returned when it ends, and finds and
keeps what measuring in the build's process would."""

from __future__ import annotations

import functools
import logging
import os
import sqlite3
from pathlib import Path

import pytest

from generator.briefing.copies import apart, copy_groups, forget, measuring
from generator.cache.store import AnalysisCache, analyses_file
from tests.test_copies import SIX, source


def six() -> list:
    return [source(name, site) for name, site in SIX]


def measured_here(cache_folder: Path) -> tuple:
    forget()
    with AnalysisCache(cache_folder) as cache:
        return copy_groups(six(), cache.kept_copies())


def test_a_keeper_that_allows_it_measures_in_a_child_and_finds_the_same_groups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = measured_here(tmp_path / "here")
    assert expected  # (the wire story and its copy)
    monkeypatch.setattr(apart, "APART_FROM", 1)
    measure = measuring._measure
    monkeypatch.setattr(measuring, "_measure", lambda *a: pytest.fail("measured here"))
    forget()
    with AnalysisCache(tmp_path / "apart") as cache:
        assert copy_groups(six(), cache.kept_copies(apart=True)) == expected
    # What the child kept in the cache is what the next build command takes up: the same
    # sources are measured no more, in this process or another.
    monkeypatch.setattr(measuring, "_measure", measure)
    forget()
    with AnalysisCache(tmp_path / "apart") as cache:
        assert copy_groups(six(), cache.kept_copies()) == expected
    with sqlite3.connect(analyses_file(tmp_path / "apart")) as db:
        rows = db.execute("SELECT key FROM blobs").fetchall()
    assert any(key.startswith("5-grams ") for (key,) in rows)
    assert any(key.startswith("sample ") for (key,) in rows)


def test_fewer_sources_than_apart_from_are_measured_in_the_build_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    called = []
    monkeypatch.setattr(apart, "measured_apart", lambda *a: called.append(a))
    forget()
    with AnalysisCache(tmp_path) as cache:
        assert copy_groups(six(), cache.kept_copies(apart=True)) == measured_here(tmp_path)
    assert len(six()) < apart.APART_FROM and not called


def _failing(message: str) -> AnalysisCache:
    raise ValueError(message)


def _dying() -> AnalysisCache:
    os._exit(3)


def test_an_error_in_the_child_is_raised_in_the_build_with_its_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(apart, "APART_FROM", 1)
    forget()
    with AnalysisCache(tmp_path) as cache:
        keeper = cache.kept_copies()
        keeper._joined = functools.partial(_failing, "a damaged thing")  # type: ignore[assignment]
        with pytest.raises(ValueError, match="a damaged thing") as raised:
            copy_groups(six(), keeper)
    note = "\n".join(raised.value.__notes__)
    assert "copy detection's process" in note and "_failing" in note


def test_a_child_that_dies_is_reported_and_the_build_measures_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    expected = measured_here(tmp_path / "here")
    monkeypatch.setattr(apart, "APART_FROM", 1)
    forget()
    with caplog.at_level(logging.WARNING), AnalysisCache(tmp_path / "died") as cache:
        keeper = cache.kept_copies()
        keeper._joined = _dying  # type: ignore[assignment]
        assert copy_groups(six(), keeper) == expected
    assert "ended without an answer (exit code 3)" in caplog.text


def test_the_child_counts_no_build_and_prunes_nothing(tmp_path: Path) -> None:
    with AnalysisCache(tmp_path) as cache:
        cache.put_blobs({"old": b"1"})
    generation = _generation(tmp_path)
    with AnalysisCache(tmp_path, joining=generation + 100) as part:
        part.put_blobs({"new": b"2"})
    assert _generation(tmp_path) == generation
    with sqlite3.connect(analyses_file(tmp_path)) as db:
        kept = dict(db.execute("SELECT key, used FROM blobs_used").fetchall())
    assert kept == {"old": generation, "new": generation + 100}


def _generation(folder: Path) -> int:
    with sqlite3.connect(analyses_file(folder)) as db:
        return db.execute("SELECT generation FROM state").fetchone()[0]


def test_a_single_build_measures_apart_and_writes_the_same_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.build import BuildOptions, Project, build
    from tests.conftest import snapshot

    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    for name, site in SIX:
        body = source(name, site).text
        url = f"https://{site}/{name}"
        (content / "articles" / f"{name}.md").write_text(
            f'---\ntitle: "{name}"\nurl: "{url}"\n---\n{body}', encoding="utf-8"
        )
    here = tmp_path / "here"
    forget()
    build(Project(content, here, cache=tmp_path / "cache-here"), BuildOptions(jobs=1))
    everywhere = tmp_path / "apart"
    monkeypatch.setattr(apart, "APART_FROM", 1)
    monkeypatch.setattr(measuring, "_measure", lambda *a: pytest.fail("measured here"))
    forget()
    build(Project(content, everywhere, cache=tmp_path / "cache-apart"), BuildOptions(jobs=1))
    assert snapshot(everywhere) == snapshot(here)
