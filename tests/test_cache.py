"""The analysis cache only ever saves time: same output, misses where inputs change, never fatal."""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from generator.analysis import analyse as analyse_module
from generator.analysis.analyse import analyse
from generator.briefing import copies as copies_module
from generator.build import BuildOptions, Memory, Project, build
from generator.cache import store as cache_module
from generator.cache.store import AnalysisCache, default_cache_dir
from generator.progress import ProgressBar
from generator.site import export as export_module
from generator.site import search_index as search_index_module
from tests.conftest import (
    CLOSURE_ARTICLE,
    EDITED_CLOSURE,
    run_python,
    sample_analysis,
    snapshot,
    variants,
    write_files,
)


def test_a_warm_build_is_byte_identical_to_a_cold_one_and_to_one_without_cache(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    content = make_content()
    cold = build(Project(content, tmp_path / "cold"))
    warm = build(Project(content, tmp_path / "warm"))
    uncached = build(Project(content, tmp_path / "uncached"), BuildOptions(use_cache=False))
    assert (cold.analysed, warm.analysed, uncached.analysed) == (2, 0, 2)
    assert snapshot(tmp_path / "cold") == snapshot(tmp_path / "warm")
    assert snapshot(tmp_path / "cold") == snapshot(tmp_path / "uncached")


def test_editing_one_article_analyses_only_that_article(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    content = make_content()
    build(Project(content, tmp_path / "site"))
    (content / "articles" / "closure.md").write_text(textwrap.dedent(EDITED_CLOSURE))
    report = build(Project(content, tmp_path / "site"))
    assert report.analysed == 1
    build(Project(content, tmp_path / "fresh"), BuildOptions(use_cache=False))
    assert snapshot(tmp_path / "site") == snapshot(tmp_path / "fresh")


def test_the_cache_lives_beside_the_content_folder_or_where_asked(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    content = make_content()
    build(Project(content, tmp_path / "site"))
    assert (tmp_path / ".cache" / "digest").is_dir()
    assert default_cache_dir(content) == tmp_path / ".cache" / "digest"
    build(Project(content, tmp_path / "site", cache=tmp_path / "elsewhere"))
    assert any((tmp_path / "elsewhere").iterdir())


def test_no_cache_writes_no_cache(make_content: Callable[..., Path], tmp_path: Path) -> None:
    content = make_content()
    build(Project(content, tmp_path / "site"), BuildOptions(use_cache=False))
    assert not (tmp_path / ".cache").exists()


def test_a_corrupt_cache_file_is_discarded_with_a_warning(
    make_content: Callable[..., Path], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    content = make_content()
    build(Project(content, tmp_path / "clean"), BuildOptions(use_cache=False))
    folder = tmp_path / ".cache" / "digest"
    folder.mkdir(parents=True)
    (folder / "analyses.sqlite").write_bytes(b"this is not an SQLite database" * 100)
    with caplog.at_level(logging.WARNING):
        report = build(Project(content, tmp_path / "site"))
    assert "damaged" in caplog.text and "discarded" in caplog.text
    assert report.analysed == 2
    assert snapshot(tmp_path / "site") == snapshot(tmp_path / "clean")
    caplog.clear()
    assert build(Project(content, tmp_path / "site")).analysed == 0  # a fresh cache took its place
    assert "damaged" not in caplog.text


def test_an_unusable_cache_folder_only_costs_time(
    make_content: Callable[..., Path], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    content = make_content()
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should be")
    with caplog.at_level(logging.WARNING):
        report = build(Project(content, tmp_path / "site", cache=blocked / "digest"))
    assert "building without it" in caplog.text
    assert report.analysed == 2


def test_records_remembered_between_builds_are_not_decoded_again(
    make_content: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = make_content({"closure.md": CLOSURE_ARTICLE})
    site, remembered = tmp_path / "site", Memory()  # as watch mode keeps it
    first = build(Project(content, site), memory=remembered)
    assert len(remembered.records) == first.articles
    decoded: list[object] = []
    decode = cache_module._decode_record
    monkeypatch.setattr(
        cache_module, "_decode_record", lambda row: decoded.append(row) or decode(row)
    )
    (content / "articles" / "closure.md").write_text(EDITED_CLOSURE)
    report = build(Project(content, site), memory=remembered)
    assert report.analysed == 1 and decoded == []
    assert len(remembered.records) == first.articles  # the edited file's old record is let go
    build(Project(content, tmp_path / "fresh"), BuildOptions(use_cache=False))
    assert snapshot(site) == snapshot(tmp_path / "fresh")


def test_an_edit_remakes_only_its_own_article_in_the_data_files(
    make_content: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = make_content({"closure.md": CLOSURE_ARTICLE})
    site = tmp_path / "site"
    build(Project(content, site))
    made: list[str] = []
    for owner, name in [
        (search_index_module, "search_record"),
        (export_module, "export_article"),
        (MarkdownIt, "render"),  # an article body's HTML, for its page and the feed
    ]:
        real = getattr(owner, name)
        monkeypatch.setattr(
            owner, name, lambda *a, real=real, name=name: made.append(name) or real(*a)
        )
    (content / "articles" / "closure.md").write_text(EDITED_CLOSURE)
    build(Project(content, site))
    assert sorted(made) == ["export_article", "render", "search_record"]
    build(Project(content, tmp_path / "fresh"), BuildOptions(use_cache=False))
    assert snapshot(site) == snapshot(tmp_path / "fresh")


def test_damaged_or_unwritable_compiled_templates_only_cost_time(
    make_content: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = make_content()
    build(Project(content, tmp_path / "site"))
    compiled = default_cache_dir(content) / "templates"
    assert list(compiled.iterdir())  # the build kept its compiled templates for the next one
    for path in compiled.iterdir():  # cut short, as by a full disk: the header still matches
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    (content / "articles" / "note.md").write_text("# A note\n\nA new note.\n")
    build(Project(content, tmp_path / "site"))

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    shutil.rmtree(compiled)
    monkeypatch.setattr(tempfile, "NamedTemporaryFile", full_disk)  # how Jinja2 writes them
    (content / "articles" / "note.md").write_text("# A note\n\nAn edited note.\n")
    build(Project(content, tmp_path / "site"))
    build(Project(content, tmp_path / "fresh"), BuildOptions(use_cache=False))
    assert snapshot(tmp_path / "site") == snapshot(tmp_path / "fresh")


def test_a_cached_analysis_comes_back_equal(tmp_path: Path) -> None:
    analysis = sample_analysis()
    with AnalysisCache(tmp_path) as cache:
        cache.put_many({"k": analysis})
    with AnalysisCache(tmp_path) as cache:
        assert cache.get_many(["k", "missing"]) == {"k": analysis}


def test_an_unreadable_row_counts_as_a_miss(tmp_path: Path) -> None:
    with AnalysisCache(tmp_path) as cache:
        cache.put_many({"k": sample_analysis()})
        assert cache._db is not None
        with cache._db:
            cache._db.execute("UPDATE analyses SET data = '[1, 2]'")
        assert cache.get_many(["k"]) == {}


def test_entries_no_recent_build_used_are_pruned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache_module, "_KEEP_BUILDS", 3)
    monkeypatch.setattr(cache_module, "_RESTAMP_AFTER", 1)
    with AnalysisCache(tmp_path) as cache:
        cache.put_many({"old": sample_analysis(), "live": sample_analysis()})
    for _ in range(5):
        with AnalysisCache(tmp_path) as cache:
            assert "live" in cache.get_many(["live"])
    with AnalysisCache(tmp_path) as cache:
        assert set(cache.get_many(["old", "live"])) == {"live"}


@pytest.mark.parametrize("watching", [False, True], ids=["builds", "watch mode"])
def test_analyses_are_kept_while_builds_use_their_records(
    make_content: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    watching: bool,
) -> None:
    monkeypatch.setattr(cache_module, "_KEEP_BUILDS", 3)
    monkeypatch.setattr(cache_module, "_RESTAMP_AFTER", 1)
    content = make_content({"closure.md": CLOSURE_ARTICLE})
    site = tmp_path / "site"
    remembered = Memory() if watching else None  # as watch mode keeps it
    build(Project(content, site), memory=remembered)
    for number in range(6):  # builds that find every record cached, never asking for analyses
        (content / "articles" / f"note-{number}.md").write_text(f"# Note {number}\n\nA note.\n")
        build(Project(content, site), memory=remembered)
    config = content / "briefing.toml"  # new events: every record key changes
    config.write_text('title = "The events are left to discovery"\n')
    assert build(Project(content, site)).analysed == 0


def test_a_warm_build_does_not_import_yake(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    content = make_content()
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from generator.build import BuildOptions, Memory, Project, build
        report = build(Project(Path({str(content)!r}), Path({str(tmp_path / "site")!r})))
        print(report.analysed, "yake" in sys.modules)
        """
    )
    cold = run_python(code)
    unchanged = run_python(code)
    (tmp_path / "site" / "index.html").unlink()  # a real build, with every analysis cached
    warm = run_python(code)
    assert cold.split() == ["2", "True"]
    assert unchanged.split() == warm.split() == ["0", "False"]
    assert (tmp_path / "site" / "index.html").exists()


def test_the_same_article_twice_is_analysed_once(tmp_path: Path) -> None:
    item = (textwrap.dedent(CLOSURE_ARTICLE).split("---\n", 2)[2], "Harbour Bridge closed")
    with AnalysisCache(tmp_path) as cache:
        analyses, analysed = analyse_module.analyse_all([item, item], cache)
    assert len(analysed) == 1 and analyses[0] == analyses[1] == analyse(item[0], item[1])


def test_a_cached_article_reports_its_problems_again(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    undated = "---\ntitle: Ferries extended\nurl: https://x.example/f\n---\nFerries run often.\n"
    odd_key = CLOSURE_ARTICLE.replace("published:", "byline: Someone\npublished:")
    content = make_content({"ferries.md": undated, "closure.md": odd_key})
    site = tmp_path / "site"
    first = build(Project(content, site))
    (site / "index.html").unlink()  # not the unchanged site any more: a real build
    again = build(Project(content, site))
    assert again.analysed == 0 and again.files_rewritten > 0
    assert again.problems == first.problems
    assert any("'byline'" in str(p) for p in again.problems)
    assert any("publication date" in str(p) for p in again.problems)


def test_editing_the_events_regroups_cached_articles(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    content = make_content({"closure.md": CLOSURE_ARTICLE})
    site = tmp_path / "site"
    build(Project(content, site))
    config = content / "briefing.toml"
    config.write_text('title = "The events are left to discovery"\n')
    report = build(Project(content, site))
    data = json.loads((site / "briefing.json").read_text())
    assert report.analysed == 0 and data["articles"][0]["event"] != "closure"


def test_a_build_stopped_halfway_keeps_the_analyses_it_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(analyse_module, "_STORE_BATCH", 2)
    items = [(textwrap.dedent(text), name) for name, text in sorted(variants(5).items())]
    advanced = 0

    def ctrl_c_at_the_third(bar: ProgressBar, count: int = 1) -> None:
        nonlocal advanced
        advanced += 1
        if advanced == 3:
            raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(ProgressBar, "advance", ctrl_c_at_the_third)
        with pytest.raises(KeyboardInterrupt), AnalysisCache(tmp_path) as cache:
            analyse_module.analyse_all(items, cache, jobs=1)
    with AnalysisCache(tmp_path) as cache:
        analyses, analysed = analyse_module.analyse_all(items, cache, jobs=1)
    assert len(analysed) == 3  # the first batch of two was stored before the stop
    assert analyses == [analyse(body, title) for body, title in items]


def copy_stories(edit: str = "") -> dict[str, str]:
    """A wire story, a copy of it on another site, and another report of the same news."""
    folder = Path(__file__).parent / "fixtures" / "copies"
    sites = {"wire_story": "a", "wire_story_copy": "b", "same_event_own_report": "c"}
    return {
        f"{name}.md": f"---\ntitle: Exports {name}\nurl: https://{site}.example/{name}\n---\n"
        + (folder / f"{name}.md").read_text(encoding="utf-8")
        + (edit if name == "wire_story_copy" else "")
        for name, site in sites.items()
    }


def test_a_build_command_after_an_edit_shingles_only_that_article_for_copies(
    make_content: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = make_content(copy_stories())
    build(Project(content, tmp_path / "site"))
    shingled: list[int] = []
    shingle = copies_module.shingling._shingled
    monkeypatch.setattr(
        copies_module.shingling,
        "_shingled",
        lambda texts: shingled.append(len(texts)) or shingle(texts),
    )
    copies_module.forget()  # as in a new process: only the cache kept what was measured
    edit = "\n\nExports to Europe fell for a third month in a row, the ministry said.\n"
    write_files(content / "articles", copy_stories(edit))
    build(Project(content, tmp_path / "site"))
    assert shingled == [1]
    build(Project(content, tmp_path / "fresh"), BuildOptions(use_cache=False))
    assert snapshot(tmp_path / "site") == snapshot(tmp_path / "fresh")
    copy_page = tmp_path / "site" / "articles" / "exports-wire-story-copy.html"
    assert "% of this text" in copy_page.read_text(encoding="utf-8")  # found as a copy


def test_a_build_command_with_no_article_changed_does_no_copy_work(
    make_content: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = make_content(copy_stories())
    build(Project(content, tmp_path / "site"))
    copies_module.forget()  # as in a new process
    for module, name in (
        ("shingling", "_shingled"),
        ("grouping", "_copies"),
        ("grouping", "_group"),
    ):
        monkeypatch.setattr(getattr(copies_module, module), name, None)  # not to be called
    build(Project(content, tmp_path / "another site"))  # a new site, so the build is made
    assert snapshot(tmp_path / "site") == snapshot(tmp_path / "another site")


def test_the_cache_says_which_binary_rows_it_holds_without_reading_them(tmp_path: Path) -> None:
    with AnalysisCache(tmp_path) as cache:
        cache.put_blobs({"held": b"\x00" * 8, "other": b"\x01"})
    with AnalysisCache(tmp_path) as cache:
        assert cache.kept_blobs(["held", "missing"]) == {"held"}
        assert cache.get_blobs(["held"], len) == {"held": 8}
