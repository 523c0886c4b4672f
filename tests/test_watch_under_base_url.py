"""Watch mode serves the site where base_url puts it (a GitHub project site: base_url = "/repo/"),
so the links a page makes from base_url work in the editor's browser as they will once published."""

from __future__ import annotations

import http.client
import json
import re
import shutil
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from generator.links import base_path
from generator.live.serve import LiveServer, LiveState, create_app
from generator.site.theme import default_templates
from tests.test_watch import Watcher, article_file, save_atomically, wait_until

TIMEOUT = 10.0
BASE = "/harbour-news/"
CONFIG = f'title = "The Harbour Bridge closure"\nbase_url = "{BASE}"\n'


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[LiveServer, LiveState]]:
    """A server on a free loopback port for a small site published under BASE."""
    site = tmp_path / "site"
    (site / "events").mkdir(parents=True)
    (site / "index.html").write_text("<html><head></head><body>Bridge closed</body></html>")
    (site / "events" / "closure.html").write_text("<html><head></head><body>Closure</body></html>")
    (site / "404.html").write_text(f'<html><head></head><body><a href="{BASE}">Home</a></body>')
    state = LiveState()
    state.published(BASE)
    live = LiveServer(create_app(site, state), "127.0.0.1", 0)
    thread = threading.Thread(target=live.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield live, state
    finally:
        state.close()
        live.shutdown()
        live.server_close()
        thread.join()


def get(live: LiveServer, path: str, host: str | None = None) -> tuple[int, str | None, bytes]:
    """Status, Location and body of a real GET of path (redirects not followed)."""
    port = live.server_address[1]
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    try:
        connection.request("GET", path, headers={"Host": host or f"127.0.0.1:{port}"})
        response = connection.getresponse()
        return response.status, response.getheader("Location"), response.read()
    finally:
        connection.close()


def test_the_site_is_served_under_the_base_path_with_the_reload_script(
    server: tuple[LiveServer, LiveState],
) -> None:
    live, _ = server
    status, _, index = get(live, BASE)
    assert status == 200 and b"Bridge closed" in index and b"/__digest__/reload.js" in index
    status, _, page = get(live, BASE + "events/closure.html")
    assert status == 200 and b"Closure" in page
    assert get(live, "/__digest__/reload.js")[0] == 200  # the script stays where pages load it


def test_the_root_and_the_base_without_its_slash_redirect_to_the_base(
    server: tuple[LiveServer, LiveState],
) -> None:
    live, _ = server
    assert get(live, "/")[:2] == (302, BASE)
    assert get(live, BASE.rstrip("/"))[:2] == (302, BASE)


@pytest.mark.parametrize(
    "path", ["/index.html", "/events/closure.html", "/harbour-newsroom/", BASE + "../index.html"]
)
def test_paths_outside_the_base_get_the_sites_404_page(
    server: tuple[LiveServer, LiveState], path: str
) -> None:
    status, _, body = get(server[0], path)
    assert status == 404 and f'href="{BASE}"'.encode() in body


def test_a_foreign_host_is_still_refused_under_the_base(
    server: tuple[LiveServer, LiveState],
) -> None:
    live, _ = server
    for path in ("/", BASE, BASE + "events/closure.html"):
        status, location, body = get(live, path, host="evil.example")
        assert (status, location) == (403, None) and b"Bridge closed" not in body


def test_a_build_that_moves_the_base_moves_the_site(server: tuple[LiveServer, LiveState]) -> None:
    live, state = server
    state.published("/")
    assert get(live, "/")[0] == 200 and get(live, BASE)[0] == 404


@pytest.mark.parametrize(
    ("base_url", "path"),
    [
        ("/", "/"),
        ("/repo/", "/repo/"),
        ("https://someone.github.io/repo/", "/repo/"),
        ("https://news.example/", "/"),
    ],
)
def test_the_served_path_is_the_path_of_base_url(base_url: str, path: str) -> None:
    assert base_path(base_url) == path


# Driven for real: `digest watch` on a briefing with a base_url.


@pytest.fixture
def start_watch(
    make_content: Callable[..., Path], tmp_path: Path
) -> Iterator[Callable[[], Watcher]]:
    started: list[Watcher] = []

    def start() -> Watcher:
        content = make_content(
            {
                "closure.md": article_file("Bridge closed"),
                "repairs.md": article_file("Repairs begin"),
            },
            config=CONFIG,
        )
        templates = tmp_path / "templates"
        shutil.copytree(default_templates(), templates)
        command = [
            sys.executable, "-m", "generator", "watch", "--content", str(content),
            "--output", str(tmp_path / "site"), "--templates", str(templates), "--port", "0",
        ]  # fmt: skip
        started.append(Watcher(command, tmp_path, content, tmp_path / "site"))
        return started[-1]

    yield start
    for watcher in started:
        watcher.stop()


def from_root(watcher: Watcher, path: str) -> tuple[int, str | None, bytes]:
    """Status, Location and body of a GET of path from the server's root (no redirect followed)."""
    port = int(re.search(r":(\d+)/", watcher.url).group(1))  # type: ignore[union-attr]
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.getheader("Location"), response.read()
    finally:
        connection.close()


def builds(watcher: Watcher) -> int:
    return json.loads(from_root(watcher, "/__digest__/status")[2])["builds"]


def test_watch_shows_the_base_address_serves_every_page_there_and_reloads_after_a_save(
    start_watch: Callable[[], Watcher],
) -> None:
    watcher = start_watch()
    assert re.fullmatch(rf"http://127\.0\.0\.1:\d+{BASE}", watcher.url)
    status, index = watcher.get("")
    assert status == 200 and "Bridge closed" in index
    assert re.search(r'<script src="/__digest__/reload\.js\?version=[\w-]+" defer></script>', index)
    articles = json.loads(watcher.get("briefing.json")[1])["articles"]
    for article in articles:  # every page the briefing lists, under the base
        assert watcher.get(article["path"])[0] == 200, article["path"]
    missing = watcher.get("no-such-page.html")
    assert missing[0] == 404 and f'href="{BASE}' in missing[1]  # the 404 page's links work
    assert from_root(watcher, "/")[:2] == (302, BASE)
    assert from_root(watcher, "/index.html")[0] == 404  # not also at the root

    save_atomically(
        watcher.content / "articles" / "closure.md", article_file("Bridge closed for weeks")
    )
    watcher.wait_for_titles("Bridge closed for weeks", "Repairs begin")
    wait_until(lambda: builds(watcher) == 2, "the rebuild published")
    assert "Bridge closed for weeks" in watcher.get("")[1]
