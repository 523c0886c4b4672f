"""Watch mode, driven for real: `digest watch` in a subprocess on a scratch briefing, checked over HTTP."""

from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from watchdog.events import (
    FileClosedNoWriteEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileOpenedEvent,
)

from generator.analysis import analyse as analyse_module
from generator.build import BuildOptions, Project, build
from generator.live.serve import LiveState, create_app
from generator.live.watch import (
    ChangeRecorder,
    Rebuilder,
    Watched,
    describe_changes,
    wait_for_burst,
)
from generator.site.theme import default_templates

DEADLINE = 15.0  # generous for a loaded machine; every wait returns as soon as its condition holds
REBUILD = re.compile(r": (rebuilt|build failed) in ")


def article_file(title: str, body: str = "The council met on Monday to discuss the bridge.") -> str:
    """An article file's text: front matter for `title`, then `body` and one more paragraph."""
    return (
        f"---\ntitle: {title}\nurl: https://news.example/{title.lower().replace(' ', '-')}\n"
        f"published: 2025-03-10\n---\n{body}\n\nOfficials said repairs would take three weeks.\n"
    )


def save_atomically(path: Path, text: str) -> None:
    """Save the way editors do: write a temporary file beside the target, then rename it over."""
    temporary = path.with_name(f".{path.name}.tmp{os.getpid()}")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def wait_until(condition: Callable[[], object], what: str, timeout: float = DEADLINE) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := condition():
            return result
        time.sleep(0.02)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


class Watcher:
    """A running `python -m generator watch` and what it printed so far."""

    def __init__(self, command: list[str], cwd: Path, content: Path, output: Path) -> None:
        self.content = content
        self.output = output
        self.process = subprocess.Popen(
            command,
            cwd=cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
        )
        self._lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        found = wait_until(
            lambda: re.search(r"Serving (http://\S+/);", self.output_text), "serving"
        )
        self.url = found.group(1)  # type: ignore[union-attr]

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.append(line)

    @property
    def output_text(self) -> str:
        return "".join(self._lines)

    def rebuilds(self) -> list[str]:
        """The one-line reports of rebuilds after the first build."""
        return [line for line in self._lines if REBUILD.search(line) and "First" not in line]

    def wait_for_rebuilds(self, count: int) -> list[str]:
        """The rebuild lines, once `count` of them are printed (pages are served a moment before)."""
        wait_until(lambda: len(self.rebuilds()) >= count, f"{count} rebuild lines")
        return self.rebuilds()

    def get(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(self.url + path.lstrip("/"), timeout=DEADLINE) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8")

    def status(self) -> dict:
        return json.loads(self.get("/__digest__/status")[1])

    def titles(self) -> list[str]:
        return sorted(a["title"] for a in json.loads(self.get("/briefing.json")[1])["articles"])

    def wait_for_titles(self, *titles: str) -> None:
        wait_until(lambda: self.titles() == sorted(titles), f"titles {titles}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._reader.join(timeout=5)


@pytest.fixture
def start_watch(
    make_content: Callable[..., Path], tmp_path: Path
) -> Iterator[Callable[..., Watcher]]:
    """Start watch mode on a scratch briefing (two articles) with its own copy of the templates."""
    started: list[Watcher] = []

    def start(articles: dict[str, str] | None = None) -> Watcher:
        content = make_content(
            articles
            if articles is not None
            else {
                "closure.md": article_file("Bridge closed"),
                "repairs.md": article_file("Repairs begin"),
            }
        )
        templates = tmp_path / "templates"
        shutil.copytree(default_templates(), templates)
        output = tmp_path / "site"
        command = [
            sys.executable, "-m", "generator", "watch", "--content", str(content),
            "--output", str(output), "--templates", str(templates), "--port", "0",
        ]  # fmt: skip
        started.append(Watcher(command, tmp_path, content, output))
        return started[-1]

    yield start
    for watcher in started:
        watcher.stop()


class EventListener:
    """A client of the server-sent event stream, collecting event names as they arrive."""

    def __init__(self, url: str) -> None:
        address = urlsplit(url)
        self._connection = http.client.HTTPConnection(
            address.hostname, address.port, timeout=DEADLINE
        )
        self._connection.request("GET", "/__digest__/events")
        self._response = self._connection.getresponse()
        assert self._response.getheader("Content-Type") == "text/event-stream"
        assert self._response.fp.readline() == b"retry: 1000\n"  # connected and listening
        self.events: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        try:
            for line in self._response.fp:
                if line.startswith(b"event: "):
                    self.events.append(line[7:].strip().decode())
        except (OSError, ValueError):  # the server stopped or the test closed the connection
            pass

    def close(self) -> None:
        self._connection.close()


def test_serves_the_site_with_the_reload_script_injected_only_into_served_html(
    start_watch: Callable[..., Watcher],
) -> None:
    watcher = start_watch()
    assert watcher.url.startswith("http://127.0.0.1:")  # loopback unless asked otherwise
    status, index = watcher.get("/")
    assert status == 200 and "Bridge closed" in index
    assert re.search(r'<script src="/__digest__/reload\.js\?version=[\w-]+" defer></script>', index)
    assert "__digest__" not in (watcher.output / "index.html").read_text(encoding="utf-8")
    assert "__digest__" not in watcher.get("/briefing.json")[1]
    assert "new EventSource" in watcher.get("/__digest__/reload.js")[1]
    status = watcher.status()
    assert status["builds"] == 1 and status["error"] is None


def test_an_atomic_save_is_served_after_one_rebuild(start_watch: Callable[..., Watcher]) -> None:
    watcher = start_watch()
    save_atomically(
        watcher.content / "articles" / "closure.md", article_file("Bridge closed for weeks")
    )
    watcher.wait_for_titles("Bridge closed for weeks", "Repairs begin")
    (line,) = watcher.wait_for_rebuilds(1)
    assert line.startswith(f"{watcher.content / 'articles' / 'closure.md'} changed: rebuilt in ")
    assert re.search(
        r"rebuilt in \d+\.\d\d s, 1 of 2 articles analysed, \d+ of \d+ files rewritten", line
    )


def test_a_new_article_appears_and_a_deleted_one_disappears(
    start_watch: Callable[..., Watcher],
) -> None:
    watcher = start_watch()
    articles = watcher.content / "articles"
    (articles / "ferry.md").write_text(article_file("Ferry service doubled"), encoding="utf-8")
    watcher.wait_for_titles("Bridge closed", "Ferry service doubled", "Repairs begin")
    page = next(
        a["path"] for a in json.loads(watcher.get("/briefing.json")[1])["articles"]
        if a["title"] == "Repairs begin"
    )  # fmt: skip
    assert watcher.get(page)[0] == 200
    assert f"{articles / 'ferry.md'} added: rebuilt in " in watcher.wait_for_rebuilds(1)[0]

    (articles / "repairs.md").unlink()
    watcher.wait_for_titles("Bridge closed", "Ferry service doubled")
    assert watcher.get(page)[0] == 404
    assert f"{articles / 'repairs.md'} deleted: rebuilt in " in watcher.wait_for_rebuilds(2)[1]


def test_a_renamed_article_is_served_under_its_new_file_name(
    start_watch: Callable[..., Watcher],
) -> None:
    watcher = start_watch()
    articles = watcher.content / "articles"
    os.rename(articles / "closure.md", articles / "2025-closure.md")

    def files() -> list[str]:
        return sorted(a["file"] for a in json.loads(watcher.get("/briefing.json")[1])["articles"])

    wait_until(lambda: files() == ["articles/2025-closure.md", "articles/repairs.md"], "rename")
    assert "closure.md renamed to " in watcher.wait_for_rebuilds(1)[-1]


@pytest.mark.parametrize(
    ("name", "broken", "where"),
    [
        ("articles/closure.md", "---\ntitle: Bridge\nurl: a: b\n---\nBody.\n", "closure.md:3"),
        ("briefing.toml", 'title = "Unclosed\n', "briefing.toml:1"),
        ("templates/index.html", "{% if %}\n", "index.html:1"),
    ],
    ids=["front-matter-yaml", "briefing-toml", "template"],
)
def test_a_broken_file_keeps_the_last_good_site_and_shows_the_error_until_fixed(
    start_watch: Callable[..., Watcher], name: str, broken: str, where: str
) -> None:
    watcher = start_watch()
    root = watcher.content.parent if name.startswith("templates/") else watcher.content
    path = root / name
    good = path.read_text(encoding="utf-8")
    save_atomically(path, broken)

    error = wait_until(lambda: watcher.status()["error"], "the error state")
    assert any(where in line for line in error)  # type: ignore[union-attr]
    assert watcher.status()["builds"] == 1
    assert "Bridge closed" in watcher.get("/")[1]  # the last good site, still served
    assert "build failed in" in watcher.wait_for_rebuilds(1)[0]
    wait_until(lambda: f"error: {root}" in watcher.output_text, "the error in the terminal")

    save_atomically(path, good)
    wait_until(lambda: watcher.status()["error"] is None, "recovery")
    assert watcher.status()["builds"] == 2 and "Bridge closed" in watcher.get("/")[1]
    assert "Traceback" not in watcher.output_text


def test_a_hundred_quick_saves_end_with_the_last_one_served_after_few_builds(
    start_watch: Callable[..., Watcher],
) -> None:
    watcher = start_watch()
    path = watcher.content / "articles" / "closure.md"
    for number in range(100):
        save_atomically(path, article_file(f"Save number {number}"))
    watcher.wait_for_titles("Repairs begin", "Save number 99")
    assert len(watcher.wait_for_rebuilds(1)) <= 5, watcher.rebuilds()


def test_reading_writing_the_output_and_editor_temp_files_start_no_build(
    start_watch: Callable[..., Watcher],
) -> None:
    watcher = start_watch()
    articles = watcher.content / "articles"
    (articles / ".closure.md.swp").write_bytes(b"vim swap")
    (articles / "closure.md~").write_text("backup", encoding="utf-8")
    (articles / "notes.docx").write_bytes(b"not an article")
    (watcher.content / ".cache").mkdir()
    (watcher.content / ".cache" / "entry").write_text("cached", encoding="utf-8")
    (watcher.output / "stray.html").write_text("<p>x</p>", encoding="utf-8")
    (articles / "closure.md").read_text(encoding="utf-8")
    time.sleep(0.6)  # a negative check: four times the settle delay, and no build may start
    assert watcher.rebuilds() == []

    (articles / "repairs.md").write_text(article_file("Repairs finished"), encoding="utf-8")
    watcher.wait_for_titles("Bridge closed", "Repairs finished")
    watcher.wait_for_rebuilds(1)
    time.sleep(0.6)  # the build read every file and wrote the site: that must not start another
    assert len(watcher.rebuilds()) == 1


def test_the_event_stream_tells_a_listening_page_once_per_good_build(
    start_watch: Callable[..., Watcher],
) -> None:
    watcher = start_watch()
    listener = EventListener(watcher.url)
    path = watcher.content / "articles" / "closure.md"
    try:
        for builds, text in enumerate(
            [article_file("First edit"), "---\nurl: [\n---\nBroken.\n", article_file("Second edit")]
        ):
            save_atomically(path, text)
            wait_until(lambda b=builds: len(listener.events) == b + 1, f"event {builds + 1}")
        assert listener.events == ["reload", "failed", "reload"]
        assert watcher.status()["builds"] == 3
    finally:
        listener.close()


def test_ctrl_c_stops_cleanly_even_with_a_page_listening(
    start_watch: Callable[..., Watcher],
) -> None:
    watcher = start_watch()
    listener = EventListener(watcher.url)
    try:
        watcher.process.send_signal(signal.SIGINT)
        assert watcher.process.wait(timeout=5) == 0
    finally:
        listener.close()
    watcher.stop()  # joins the output reader
    assert "Traceback" not in watcher.output_text
    assert watcher.output_text.rstrip().endswith("Stopped.")
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(watcher.url, timeout=2)


# Without a process or socket: the recorder's filtering and the application's answers.


def test_the_recorder_keeps_article_and_config_changes_and_ignores_reads_and_temp_files(
    tmp_path: Path,
) -> None:
    content = tmp_path / "content"
    recorder = ChangeRecorder([Watched(content, Path("content"), only_content=True)], [])
    articles = content / "articles"
    for event in [
        FileOpenedEvent(str(articles / "a.md")),
        FileClosedNoWriteEvent(str(articles / "a.md")),
        FileCreatedEvent(str(articles / ".a.md.swp")),
        FileModifiedEvent(str(articles / "a.md~")),
        FileModifiedEvent(str(articles / "picture.png")),
        FileModifiedEvent(str(content / ".cache" / "a.json")),
        FileModifiedEvent(str(content / "README.md")),
    ]:
        recorder.on_any_event(event)
    assert recorder.take() == {}

    recorder.on_any_event(FileMovedEvent(str(articles / ".a.md.tmp1"), str(articles / "a.md")))
    assert describe_changes(recorder.take()) == "content/articles/a.md changed"
    recorder.on_any_event(FileMovedEvent(str(articles / "a.md"), str(articles / "b.md")))
    assert (
        describe_changes(recorder.take())
        == "content/articles/a.md renamed to content/articles/b.md"
    )
    recorder.on_any_event(FileCreatedEvent(str(articles / "c.txt")))
    recorder.on_any_event(FileModifiedEvent(str(articles / "c.txt")))
    assert describe_changes(recorder.take()) == "content/articles/c.txt added"
    recorder.on_any_event(FileDeletedEvent(str(articles / "a.md")))
    recorder.on_any_event(FileCreatedEvent(str(articles / "a.md")))
    assert describe_changes(recorder.take()) == "content/articles/a.md changed"
    recorder.on_any_event(FileModifiedEvent(str(content / "briefing.toml")))
    recorder.on_any_event(FileCreatedEvent(str(articles / "sub" / "c.txt")))
    assert describe_changes(recorder.take()) == "2 files changed"


def test_the_app_injects_the_script_into_html_only_and_hides_dot_files(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "keywords").mkdir(parents=True)
    (site / "index.html").write_text("<html><head></head><body>Hi</body></html>")
    (site / "keywords" / "index.html").write_text("<p>keywords</p>")
    (site / "briefing.json").write_text('{"title": "</head>"}')
    (site / ".digest-site").write_text("marker")
    app = create_app(site, LiveState())

    index = app.respond("/").body.decode()
    assert index.startswith("<html><head><script src=") and index.endswith(
        "</head><body>Hi</body></html>"
    )
    assert app.respond("/briefing.json").body == b'{"title": "</head>"}'
    assert app.respond("/keywords").headers == (("Location", "/keywords/"),)
    assert app.respond("/keywords/").body.startswith(b"<p>keywords</p><script")
    assert app.respond("/.digest-site").status == 404
    assert app.respond("/../site/index.html").status == 404
    assert app.respond("/%2e%2e/site/index.html").status == 404


def test_the_event_stream_sends_reload_after_a_good_build_and_failed_after_a_bad_one(
    tmp_path: Path,
) -> None:
    state = LiveState()
    stream = create_app(tmp_path, state).events(version=None)
    assert next(stream) == b"retry: 1000\n\n"
    state.published()
    assert next(stream).startswith(b"event: reload\n")
    state.failed(["content/articles/a.md:2: front matter is not valid YAML"])
    assert next(stream).startswith(b"event: failed\ndata: ")
    state.close()
    with pytest.raises(StopIteration):
        next(stream)


def test_a_page_served_before_a_build_landed_reloads_as_soon_as_it_listens(tmp_path: Path) -> None:
    state = LiveState()
    served = state.snapshot().version
    state.published()
    stream = create_app(tmp_path, state).events(version=served)
    next(stream)
    assert next(stream).startswith(b"event: reload\n")


def run_in_own_thread(function: Callable[[], None]) -> None:
    """Run function on a new thread and re-raise what it raised.

    Playwright's sync API refuses to start on a thread where another instance runs, and the
    browser suite keeps one open for the whole session; a thread of its own has none.
    """
    raised: list[BaseException] = []

    def target() -> None:
        try:
            function()
        except BaseException as error:  # handed to the test's thread below
            raised.append(error)

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    if raised:
        raise raised[0]


def test_a_page_open_in_a_browser_shows_the_error_overlay_then_reloads_itself_when_fixed(
    start_watch: Callable[..., Watcher],
) -> None:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("no Chromium found (apt-get install chromium)")
    watcher = start_watch()
    path = watcher.content / "articles" / "closure.md"

    def edit_with_the_page_open() -> None:
        with sync_api.sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=chromium, headless=True, args=["--no-sandbox", "--disable-gpu"]
            )
            try:
                page = browser.new_page()  # the site's own Content-Security-Policy applies
                problems: list[str] = []
                page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
                page.on("pageerror", lambda error: problems.append(str(error)))
                with page.expect_request(lambda request: "/__digest__/events" in request.url):
                    page.goto(watcher.url)
                assert "Bridge closed" in page.inner_text("main")

                save_atomically(path, "---\ntitle: Bridge\nurl: a: b\n---\nBody.\n")
                overlay = page.wait_for_selector("#digest-build-error", timeout=DEADLINE * 1000)
                assert "closure.md:3" in overlay.inner_text()
                assert "Bridge closed" in page.inner_text("main")  # the last good build, under it

                save_atomically(path, article_file("Bridge closed for good"))
                page.wait_for_selector("text=Bridge closed for good", timeout=DEADLINE * 1000)
                assert page.query_selector("#digest-build-error") is None
                assert problems == []  # no CSP violation, no script error
            finally:
                browser.close()

    run_in_own_thread(edit_with_the_page_open)


def test_a_saved_article_is_analysed_while_the_save_settles_and_the_build_uses_it(
    make_content: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = make_content()
    site = tmp_path / "site"
    rebuilder = Rebuilder(Project(content, site), LiveState())
    rebuilder.run(None)
    edited = content / "articles" / "closure.md"
    edited.write_text(edited.read_text().replace("closed", "shut"))
    recorder = ChangeRecorder([Watched(content.resolve(), content, only_content=True)], [])
    recorder.on_any_event(FileModifiedEvent(str(edited.resolve())))
    seen: list[dict[str, str]] = []

    def analyse_ahead(changes: dict[str, str]) -> None:
        seen.append(changes)
        rebuilder.analyse_ahead(changes)

    changes = wait_for_burst(recorder, quiet=0.01, meanwhile=analyse_ahead)
    assert seen == [changes] == [{str(edited): "changed"}]
    analysed: list[str] = []
    monkeypatch.setattr(analyse_module, "analyse", lambda *a: analysed.append(a[1]))
    rebuilder.run(describe_changes(changes))  # the analysis made ahead is used, not made again
    snapshot = rebuilder.state.snapshot()
    assert analysed == [] and snapshot.builds == 2 and snapshot.error is None
    monkeypatch.undo()
    build(Project(content, tmp_path / "fresh"), BuildOptions(use_cache=False))
    assert (site / "briefing.json").read_bytes() == (
        tmp_path / "fresh" / "briefing.json"
    ).read_bytes()
