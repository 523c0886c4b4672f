"""The build spreads analysis over processes without changing a byte, and shows progress politely."""

from __future__ import annotations

import io
import json
import os
import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from generator import build as build_module
from generator import cli, codec
from generator.analysis import analyse as analyse_module
from generator.analysis.analyse import analyse, analyse_all
from generator.briefing import discover as discover_module
from generator.build import BuildOptions, Memory, Project, build
from generator.output.write import MARKER, Manifest
from generator.progress import ProgressBar
from generator.site.theme import default_templates
from tests.conftest import CLOSURE_ARTICLE, run_python, snapshot, variants


def test_a_process_pool_gives_the_same_analyses_in_input_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(analyse_module, "POOL_MIN_ARTICLES", 2)
    items = [
        (textwrap.dedent(text), name) for name, text in sorted(variants(6).items(), reverse=True)
    ]
    pooled, analysed = analyse_all(items, None, jobs=2)
    assert len(analysed) == 6
    assert pooled == [analyse(body, title) for body, title in items]


def test_a_parallel_build_is_byte_identical_to_a_serial_one(
    make_content: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = make_content(variants(5))
    build(Project(content, tmp_path / "serial"), BuildOptions(use_cache=False, jobs=1))
    monkeypatch.setattr(analyse_module, "POOL_MIN_ARTICLES", 2)
    build(Project(content, tmp_path / "parallel"), BuildOptions(use_cache=False, jobs=2))
    assert snapshot(tmp_path / "serial") == snapshot(tmp_path / "parallel")


def test_the_progress_bar_draws_in_place_and_erases_itself() -> None:
    stream = io.StringIO()
    with ProgressBar("Analysing", 4, enabled=True, stream=stream) as bar:
        for _ in range(4):
            bar.advance()
    drawn = stream.getvalue()
    assert "\rAnalysing 0/4 [" in drawn and "Analysing 4/4 [" in drawn and "100%" in drawn
    assert drawn.endswith("\r\033[K") and "\n" not in drawn


def test_a_disabled_progress_bar_writes_nothing() -> None:
    stream = io.StringIO()
    with ProgressBar("Analysing", 4, enabled=False, stream=stream) as bar:
        bar.advance(4)
    assert stream.getvalue() == ""


def test_a_build_shows_no_progress_unless_asked(
    make_content: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build(Project(make_content(), tmp_path / "site"), BuildOptions(use_cache=False))
    assert "Analysing" not in capsys.readouterr().err


def inodes(folder: Path) -> dict[str, int]:
    """Each file's inode: a file linked from the previous build keeps its inode."""
    return {
        p.relative_to(folder).as_posix(): p.stat().st_ino
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != MARKER
    }


def test_an_edit_rewrites_only_the_pages_that_show_the_article(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    content = make_content(variants(4))
    site = tmp_path / "site"
    first = build(Project(content, site))
    before = inodes(site)
    unchanged = build(Project(content, site))
    assert first.files_rewritten == first.files_written
    assert unchanged.files_rewritten == 0 and inodes(site) == before

    edited = content / "articles" / "story-01.md"
    edited.write_text(edited.read_text().replace("mayor cut", "mayor proudly cut"))
    report = build(Project(content, site))
    after = inodes(site)
    changed = {path for path in after if after[path] != before.get(path)}
    assert 0 < report.files_rewritten == len(changed) < report.files_written
    data = json.loads((site / "briefing.json").read_text(encoding="utf-8"))
    (edited_article,) = [a for a in data["articles"] if a["file"] == "articles/story-01.md"]
    edited_page = edited_article["path"]
    assert "proudly" in (site / edited_page).read_text()
    # The variants of one story are copies of each other: the edit changes how much of
    # their text the edited one shares, which their pages show; no other article page changes.
    copies = {
        a["path"] for a in data["articles"] if a["copy_group"] == edited_article["copy_group"]
    }
    assert edited_page in copies and len(copies) == 2  # story-01 and story-03
    assert {p for p in changed if p.startswith("articles/")} == copies
    assert {"index.html", "briefing.json"} <= changed
    build(Project(content, tmp_path / "fresh"), BuildOptions(use_cache=False))
    assert snapshot(site) == snapshot(tmp_path / "fresh")


def test_a_template_change_rerenders_every_page(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    content = make_content()
    templates = tmp_path / "templates"
    shutil.copytree(default_templates(), templates)
    build(Project(content, tmp_path / "site", templates))
    base = templates / "base.html"
    base.write_text(base.read_text().replace("</body>", "<!-- new footer --></body>"))
    report = build(Project(content, tmp_path / "site", templates))
    html = [p for p in (tmp_path / "site").rglob("*.html")]
    assert all("<!-- new footer -->" in p.read_text() for p in html)
    assert report.files_rewritten >= len(html)


def test_without_worker_processes_analysis_falls_back_to_this_one(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import concurrent.futures

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("no semaphores here")

    monkeypatch.setattr(analyse_module, "POOL_MIN_ARTICLES", 2)
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refuse)
    items = [(textwrap.dedent(text), name) for name, text in sorted(variants(3).items())]
    analyses, analysed = analyse_all(items, None, jobs=2)
    assert len(analysed) == 3 and analyses == [analyse(body, title) for body, title in items]
    assert "cannot run worker processes" in caplog.text


UNDATED = "---\ntitle: Ferry timetable extended\n---\nFerries now run every ten minutes while the bridge is closed.\n"


def test_a_build_with_nothing_changed_writes_nothing_and_reports_the_same(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    content = make_content({**variants(2), "ferries.md": UNDATED})
    site = tmp_path / "site"
    first = build(Project(content, site))
    before = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in site.rglob("*")}
    again = build(Project(content, site))
    assert (again.files_rewritten, again.analysed) == (0, 0)
    assert {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in site.rglob("*")} == before
    assert again.problems == first.problems and any(
        "publication date" in str(p) for p in again.problems
    )
    summary = ("articles", "events", "removed_lines", "files_written")
    assert [getattr(again, k) for k in summary] == [getattr(first, k) for k in summary]


def test_a_build_with_nothing_changed_imports_none_of_the_later_stages(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    # Importing the analysis, discovery, copies and rendering modules was most of the time of a
    # build that finds nothing changed (0.25 s of 0.5 s at 1,000 articles).
    content = make_content(variants(2))
    later = [
        "generator.analysis.analyse",
        "generator.analysis.templates",
        "generator.briefing.assemble",
        "generator.briefing.discover",
        "generator.briefing.copies",
        "generator.site.render",
        "jinja2",
        "markdown_it",
    ]
    code = f"""
        import sys
        from pathlib import Path
        from generator.build import Project, build
        report = build(Project(Path({str(content)!r}), Path({str(tmp_path / "site")!r})))
        print(report.files_rewritten, *[name in sys.modules for name in {later!r}])
        """
    first = run_python(code).split()
    again = run_python(code).split()
    assert first[0] != "0" and "True" in first[1:]
    assert again == ["0"] + ["False"] * len(later)


def _same_size_edit(path: Path) -> None:
    """Change one letter and put the modification time back: only the bytes tell."""
    stat = path.stat()
    path.write_text(path.read_text().replace("mayor cut", "mayor cot"))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


@pytest.mark.parametrize(
    ("change", "check"),
    [
        (
            lambda content, site: _same_size_edit(content / "articles" / "story-01.md"),
            lambda site: "mayor cot" in snapshot(site)["briefing.json"].decode(),
        ),
        (
            lambda content, site: (content / "briefing.toml").write_text(
                (content / "briefing.toml").read_text().replace('closure"', 'shutdown"', 1)
            ),
            lambda site: b"The Harbour Bridge shutdown" in snapshot(site)["index.html"],
        ),
        (
            lambda content, site: (site / "stray.html").write_text("not ours"),
            lambda site: not (site / "stray.html").exists(),
        ),
        (
            lambda content, site: (site / "outlets.html").unlink(),
            lambda site: (site / "outlets.html").exists(),
        ),
        (
            lambda content, site: (site / "index.html").write_text("edited by hand"),
            lambda site: b"edited by hand" not in (site / "index.html").read_bytes(),
        ),
    ],
    ids=["article bytes", "briefing.toml", "file added to site", "page deleted", "page edited"],
)
def test_any_change_to_the_content_or_the_site_makes_a_real_build(
    make_content: Callable[..., Path],
    tmp_path: Path,
    change: Callable[[Path, Path], object],
    check: Callable[[Path], bool],
) -> None:
    content = make_content(variants(2))
    site = tmp_path / "site"
    build(Project(content, site))
    change(content, site)
    build(Project(content, site))
    assert check(site)
    build(Project(content, tmp_path / "fresh"), BuildOptions(use_cache=False))
    assert snapshot(site) == snapshot(tmp_path / "fresh")


def _age(path: Path, seconds: float) -> None:
    """Date the file `seconds` in the past, as a file saved a while ago is."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns - int(seconds * 1e9)))


def test_watch_mode_reads_again_only_the_files_whose_stat_changed(
    make_content: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = make_content()
    articles = sorted((content / "articles").iterdir())
    for path in articles:
        _age(path, 60)
    memory = Memory()
    build(Project(content, tmp_path / "site"), memory=memory)
    read: list[Path] = []
    real = build_module.read_bytes
    monkeypatch.setattr(build_module, "read_bytes", lambda path: read.append(path) or real(path))
    edited = articles[0]
    edited.write_text(edited.read_text().replace("closed", "shut"))
    report = build(Project(content, tmp_path / "site"), memory=memory)
    assert read == [edited, edited]  # hashed, then parsed: no other file is read
    assert report.analysed == 1
    assert "shut" in (tmp_path / "site" / "briefing.json").read_text()


def test_watch_mode_hashes_a_file_again_when_its_stat_could_not_tell_an_edit(
    make_content: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file system whose timestamps count whole seconds: an edit within the second of the
    # last save, keeping the size, leaves the stat as it was. A file modified just before it
    # was hashed must be hashed again at the next build.
    monkeypatch.setattr(
        build_module, "stat_signature", lambda stat: (stat.st_mtime_ns // 10**9, stat.st_size)
    )
    content = make_content()
    edited = sorted((content / "articles").iterdir())[0]
    memory = Memory()
    build(Project(content, tmp_path / "site"), memory=memory)
    stat = edited.stat()
    edited.write_text(edited.read_text().replace("closed", "CLOSED"))  # the same size
    os.utime(edited, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    build(Project(content, tmp_path / "site"), memory=memory)
    assert "CLOSED" in (tmp_path / "site" / "briefing.json").read_text()


def test_watch_mode_weighs_again_for_discovery_only_the_article_an_edit_changed(
    make_content: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = make_content()
    memory = Memory()
    build(Project(content, tmp_path / "site"), memory=memory)
    weighed: list[int] = []
    weigh = discover_module.Weights._weigh
    monkeypatch.setattr(
        discover_module.Weights,
        "_weigh",
        lambda self, given: weighed.append(len(given)) or weigh(self, given),
    )
    edited = sorted((content / "articles").iterdir())[0]
    edited.write_text(edited.read_text() + "\nThe ministry declined to comment further.\n")
    build(Project(content, tmp_path / "site"), memory=memory)
    assert weighed == [1]  # the edited article alone: no term it holds changed its rarity
    build(Project(content, tmp_path / "fresh"), BuildOptions(use_cache=False))
    assert snapshot(tmp_path / "site") == snapshot(tmp_path / "fresh")


def test_watch_mode_reads_back_the_manifest_only_when_another_build_wrote_it(
    make_content: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = make_content()
    site = tmp_path / "site"
    memory = Memory()
    build(Project(content, site), memory=memory)
    read: list[object] = []
    loads = codec.loads
    monkeypatch.setattr(codec, "loads", lambda kind, text: read.append(kind) or loads(kind, text))
    edited = sorted((content / "articles").iterdir())[0]
    edited.write_text(edited.read_text() + "\nThe ministry declined to comment further.\n")
    build(Project(content, site), memory=memory)
    assert Manifest not in read
    edited.write_text(edited.read_text() + "\nTraffic was diverted.\n")
    build(Project(content, site))  # a build command, beside watch mode
    edited.write_text(edited.read_text() + "\nThe bridge reopens next week.\n")
    build(Project(content, site), memory=memory)
    assert Manifest in read
    build(Project(content, tmp_path / "again"))  # as a build command would make it
    assert snapshot(site) == snapshot(tmp_path / "again")


def test_ctrl_c_stops_a_build_with_a_line_not_a_traceback(
    make_content: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(build_module, "build", interrupted)
    args = ["build", "--content", str(make_content()), "--output", str(tmp_path / "site")]
    assert cli.main(args) == 130  # as a shell reports a command stopped by Ctrl-C
    assert "build interrupted" in caplog.text


def test_a_python_without_digests_dependencies_gets_a_line_not_a_traceback(
    make_content: Callable[..., Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def missing(*args: object, **kwargs: object) -> None:
        raise ModuleNotFoundError("No module named 'segtok'", name="segtok")

    monkeypatch.setattr(build_module, "build", missing)
    args = ["build", "--content", str(make_content()), "--output", str(tmp_path / "site")]
    assert cli.main(args) == 1
    assert "segtok is not installed for this Python" in caplog.text
    assert ".venv/bin/digest" in caplog.text


def test_a_module_of_digest_itself_missing_is_a_bug_shown_whole(
    make_content: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(*args: object, **kwargs: object) -> None:
        raise ModuleNotFoundError("No module named 'generator.gone'", name="generator.gone")

    monkeypatch.setattr(build_module, "build", missing)
    args = ["build", "--content", str(make_content()), "--output", str(tmp_path / "site")]
    with pytest.raises(ModuleNotFoundError):
        cli.main(args)


def test_two_files_with_one_url_are_both_built_with_a_warning(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    again = CLOSURE_ARTICLE.replace("cracks\n", "cracks again\n", 1)
    content = make_content({"closure.md": CLOSURE_ARTICLE, "closure-again.md": again})
    report = build(Project(content, tmp_path / "site"))
    assert report.articles == 2
    (warning,) = [str(p) for p in report.problems if "same url" in str(p)]
    assert "closure-again.md" in warning and "articles/closure.md" in warning


def test_watch_mode_hashes_the_record_key_of_an_edited_file_only(
    make_content: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = make_content()
    memory = Memory()
    build(Project(content, tmp_path / "site"), memory=memory)
    hashed: list[Path] = []
    real = build_module.record_key
    monkeypatch.setattr(
        build_module, "record_key", lambda *known: hashed.append(known[1]) or real(*known)
    )
    edited = sorted((content / "articles").iterdir())[0]
    edited.write_text(edited.read_text() + "\nThe ministry declined to comment further.\n")
    build(Project(content, tmp_path / "site"), memory=memory)
    assert hashed == [edited]  # the other files' keys are the last build's
    assert len(memory.record_keys) == len(list((content / "articles").iterdir()))
    build(Project(content, tmp_path / "fresh"), BuildOptions(use_cache=False))
    assert snapshot(tmp_path / "site") == snapshot(tmp_path / "fresh")
