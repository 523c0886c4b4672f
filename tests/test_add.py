"""`digest add`: pages downloaded from a local server or saved from a browser become articles.

Nothing here leaves 127.0.0.1: a server in a thread serves the saved pages of
tests/fixtures/pages/ (see SOURCES.md there), redirects, a silent server, errors, a 10 MB answer,
a PDF and a cookie wall; host names that must not resolve never reach a resolver.
"""

from __future__ import annotations

import datetime
import gzip
import json
import logging
import os
import socket
import subprocess
import sys
import threading
import time
import tomllib
from collections import Counter
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import brotli
import pytest
import yaml

from generator import __version__, cli
from generator.collect.add import AddReport, add
from generator.collect.article_file import ArticleFile, new_path, render, write_whole
from generator.collect.charset import decode_html
from generator.collect.download import DownloadSettings
from generator.content.load import parse_article
from generator.urls import normalise
from tests.conftest import REPO

PAGES = REPO / "tests" / "fixtures" / "pages"
MADE_UP = PAGES / "made-up"
LABELS = tomllib.loads((PAGES / "labels.toml").read_text(encoding="utf-8"))
SAVED_PAGES = sorted(LABELS)
# Patient enough for a loaded machine, impatient enough for a test.
QUICK = DownloadSettings(connect_timeout=5, read_timeout=0.5, total_timeout=10)
SLOW_ANSWER = 3.0  # seconds the silent route waits: far beyond QUICK's read timeout
HUGE = 10_000_000
BRIDGE_STORY = [
    "The Harbour Bridge reopened to traffic on Wednesday morning, three weeks after engineers "
    "closed it to repair cracks found in two of its main cables.",
    "The mayor cut a ribbon at the northern end of the bridge as the first buses crossed, "
    "and said the repairs had been finished two days ahead of schedule.",
    "Commuters who had faced long detours over the old ferry road welcomed the reopening, "
    "although the speed limit on the bridge will stay at 30 km/h until the end of the month.",
    "Engineers will inspect the cables again in six months, the city said.",
]


def story_page(
    title: str, *, charset: str = "utf-8", canonical: str = "", meta: bool = True
) -> str:
    """A small made-up news page around BRIDGE_STORY."""
    head = f'<meta charset="{charset}">' if meta else ""
    if canonical:
        head += f'<link rel="canonical" href="{canonical}">'
    paragraphs = "".join(f"<p>{text}</p>" for text in BRIDGE_STORY)
    return (
        f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head><body>"
        f'<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f"<article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )


class Recorder:
    """What the server saw: each request's path and headers, and downloads in flight per host."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.in_flight: Counter[str] = Counter()
        self.most_in_flight: Counter[str] = Counter()
        self.most_overall = 0

    def enter(self, host: str) -> None:
        with self.lock:
            self.in_flight[host] += 1
            self.most_in_flight[host] = max(self.most_in_flight[host], self.in_flight[host])
            waiting = sum(count for name, count in self.in_flight.items() if name)
            self.most_overall = max(self.most_overall, waiting)

    def leave(self, host: str) -> None:
        with self.lock:
            self.in_flight[host] -= 1


class Handler(BaseHTTPRequestHandler):
    """The routes the tests need; a real saved page under /pages/<name>.html."""

    recorder: Recorder
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        path = urlsplit(self.path).path
        self.recorder.requests.append((self.path, dict(self.headers)))
        # Only /wait/ pages count, so a silent route left over from another test cannot.
        host = self.headers.get("Host", "") if path.startswith("/wait/") else ""
        self.recorder.enter(host)
        try:
            self._route(path)
        except (BrokenPipeError, ConnectionResetError):  # the client hung up, as it should
            pass
        finally:
            self.recorder.leave(host)

    def _route(self, path: str) -> None:
        parts = path.strip("/").split("/")
        if parts[0] == "pages":
            self._send(200, (PAGES / parts[1]).read_bytes())
        elif parts[0] in ("gzip", "br"):
            body = (PAGES / parts[1]).read_bytes()
            packed = gzip.compress(body) if parts[0] == "gzip" else brotli.compress(body, quality=4)
            self._send(200, packed, headers={"Content-Encoding": parts[0]})
        elif parts[0] == "redirect":  # /redirect/3/name.html → 2 → 1 → /pages/name.html
            left = int(parts[1])
            target = f"/redirect/{left - 1}/{parts[2]}" if left > 1 else f"/story/{parts[2]}"
            self._send((301, 302, 307, 308)[left % 4], b"", headers={"Location": target})
        elif parts[0] == "story":  # a made-up page with no canonical link
            self._send(200, story_page("Harbour Bridge reopens after repairs").encode())
        elif parts[0] == "canonical":  # a page that names its own address on this host
            own = f"http://127.0.0.1:{self.server.server_address[1]}/news/bridge-reopens"
            self._send(200, story_page("Harbour Bridge reopens", canonical=own).encode())
        elif parts[0] == "loop":
            self._send(302, b"", headers={"Location": "/loop"})
        elif parts[0] == "slow":
            time.sleep(SLOW_ANSWER)
            self._send(200, story_page("Too late").encode())
        elif parts[0] == "wait":  # /wait/<n>: a quick page that takes a moment, for concurrency
            time.sleep(0.3)
            self._send(200, story_page(f"Bridge story number {parts[1]}").encode())
        elif parts[0] in ("missing", "gone", "broken"):
            self._send({"missing": 404, "gone": 410, "broken": 503}[parts[0]], b"<p>Sorry</p>")
        elif parts[0] == "huge":  # 10 MB, declared
            self._send_huge(declared=True)
        elif parts[0] == "endless":  # 10 MB, undeclared: only counting stops it
            self._send_huge(declared=False)
        elif parts[0] == "report.pdf":
            self._send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "application/pdf")
        elif parts[0] == "cookie-wall":
            self._send(200, (MADE_UP / "cookie-wall.html").read_bytes())
        elif parts[0] == "paywall":
            self._send(200, (MADE_UP / "paywall.html").read_bytes())
        elif parts[0] == "latin1":  # the header says windows-1252; the page's meta lies
            page = story_page("Café owners cheer as the bridge reopens", charset="utf-8")
            self._send(200, page.encode("cp1252"), "text/html; charset=windows-1252")
        elif parts[0] == "sjis":  # only the page's meta says Shift_JIS
            page = story_page("橋が再開", charset="shift_jis")
            self._send(200, page.encode("shift_jis"), "text/html")
        else:
            self._send(404, b"no such route")

    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str = "text/html",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _send_huge(self, declared: bool) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        if declared:
            self.send_header("Content-Length", str(HUGE))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        chunk = b"<p>" + b"x" * 65_532 + b"</p>"
        for _ in range(HUGE // len(chunk)):
            self.wfile.write(chunk)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base's name
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, Recorder]]:
    """The base address of a local server (127.0.0.1, a free port) and what it recorded."""
    recorder = Recorder()
    handler = type("RecordingHandler", (Handler,), {"recorder": recorder})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    httpd.block_on_close = False  # the silent route's thread must not hold up the end
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", recorder
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def content(make_content: Callable[..., Path]) -> Path:
    """A briefing with the events 'closure' and 'reopening' and no articles yet."""
    return make_content(articles={})


def run(sources: list[str], content: Path, **options: object) -> AddReport:
    return add(sources, content, settings=QUICK, **options)


def only(report: AddReport) -> tuple[str, str, Path | None]:
    (outcome,) = report.outcomes
    return outcome.status, outcome.message, outcome.path


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---\n")[1])


def article_files(content: Path) -> list[str]:
    """Every name in the articles folder, hidden ones too."""
    return sorted(os.listdir(content / "articles"))


# -- Addresses ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "spelling",
    [
        "http://example.com/world/story",
        "https://www.example.com/world/story/",
        "https://EXAMPLE.com:443/world/story#comments",
        "https://example.com/world/story?utm_source=twitter&utm_medium=social",
        "https://example.com/world/story?fbclid=abc&gclid=def",
    ],
)
def test_spellings_of_one_address_normalise_alike(spelling: str) -> None:
    assert normalise(spelling) == normalise("https://example.com/world/story")


@pytest.mark.parametrize(
    "other",
    [
        "https://example.com/world/other-story",
        "https://example.com/World/Story",
        "https://example.com/world/story?id=2",
        "https://news.example.com/world/story",
        "https://example.com:8443/world/story",
    ],
)
def test_different_pages_stay_apart(other: str) -> None:
    assert normalise(other) != normalise("https://example.com/world/story")


def test_query_parameters_other_than_tracking_ones_count_in_any_order() -> None:
    assert normalise("https://e.com/a?b=2&a=1&utm_x=3") == normalise("https://e.com/a?a=1&b=2")


# -- Encodings ---------------------------------------------------------------------------------


def test_the_http_header_charset_wins_over_the_meta_tag() -> None:
    data = '<meta charset="utf-8"><p>Café</p>'.encode("cp1252")
    assert "Café" in decode_html(data, "windows-1252")


def test_the_meta_charset_is_used_when_the_header_names_none() -> None:
    data = '<meta charset="shift_jis"><p>橋が再開</p>'.encode("shift_jis")
    assert "橋が再開" in decode_html(data)


def test_undeclared_bytes_are_utf8_when_they_can_be_and_windows_1252_otherwise() -> None:
    assert "Café" in decode_html("<p>Café</p>".encode())
    assert "Café" in decode_html("<p>Café</p>".encode("cp1252"))


def test_iso_8859_1_is_read_as_windows_1252_as_browsers_do() -> None:
    assert "“quoted”" in decode_html("<p>“quoted”</p>".encode("cp1252"), "iso-8859-1")


# -- Article files -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Lee and Xi: a summit #1",
        '"Irreversible," says Lee',
        "- not a list",
        "yes",
        "2026-01-05",
        "@handle & *star* | {brace} [bracket] %percent `tick`",
        "---",
    ],
)
def test_titles_yaml_would_misread_come_back_unchanged(title: str, tmp_path: Path) -> None:
    article = ArticleFile(title, "https://e.com/a", "E", None, "", "The story.\n")
    path = tmp_path / "articles" / "a.md"
    path.parent.mkdir()
    path.write_text(render(article), encoding="utf-8")
    source, problems = parse_article(path, path.read_bytes(), tmp_path)
    assert source is not None and problems == []
    assert source.meta.title == title


def test_the_download_time_is_written_as_text_in_utc(tmp_path: Path) -> None:
    moment = datetime.datetime(
        2026, 1, 5, 18, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=9))
    )
    text = render(ArticleFile("T", "", "", None, "", "Story.", fetched=moment))
    assert "fetched: '2026-01-05T09:30:00Z'" in text


def test_a_failed_write_leaves_neither_the_file_nor_a_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        write_whole(tmp_path / "story.md", "text")
    assert os.listdir(tmp_path) == []


def test_a_new_file_never_replaces_an_existing_one(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text("the editor's file")
    with pytest.raises(FileExistsError):
        write_whole(tmp_path / "story.md", "new text")
    assert (tmp_path / "story.md").read_text() == "the editor's file"
    assert os.listdir(tmp_path) == ["story.md"]


def test_an_update_replaces_the_file_whole(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text("old")
    write_whole(tmp_path / "story.md", "new", replace=True)
    assert (tmp_path / "story.md").read_text() == "new"
    assert os.listdir(tmp_path) == ["story.md"]


def test_a_slug_taken_by_any_article_file_gets_a_number(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "bridge-reopens.txt").write_text("x")
    taken = {articles / "bridge-reopens-2.md"}
    assert new_path(tmp_path, "bridge-reopens", taken) == articles / "bridge-reopens-3.md"


# -- Downloading -------------------------------------------------------------------------------


def test_a_downloaded_page_becomes_an_article_with_its_metadata(
    server: tuple[str, Recorder], content: Path
) -> None:
    base, _ = server
    status, message, path = only(run([f"{base}/pages/yonhap.html"], content))
    assert status == "added", message
    meta = front_matter(path)
    assert meta["title"] == LABELS["yonhap"]["title"][0]
    # Its canonical link names another site than the one it came from: the latter is kept.
    assert meta["url"] == f"{base}/pages/yonhap.html"
    assert meta["outlet"] == "Yonhap News Agency"
    assert str(meta["published"]) == "2019-08-20"
    assert meta["fetched"].endswith("Z")
    assert "joint military exercise" in path.read_text(encoding="utf-8")
    source, problems = parse_article(path, path.read_bytes(), content)
    assert source is not None
    assert [p for p in problems if p.level == "error"] == []


def test_a_redirect_chain_is_followed_and_the_final_address_recorded(
    server: tuple[str, Recorder], content: Path
) -> None:
    base, _ = server
    status, message, path = only(run([f"{base}/redirect/3/x"], content))
    assert status == "added", message
    assert front_matter(path)["url"] == f"{base}/story/x"


def test_the_canonical_address_on_the_same_site_is_recorded(
    server: tuple[str, Recorder], content: Path
) -> None:
    base, _ = server
    status, message, path = only(run([f"{base}/canonical?utm_source=feed"], content))
    assert status == "added", message
    assert front_matter(path)["url"] == f"{base}/news/bridge-reopens"


def test_endless_redirects_fail_with_one_line(server: tuple[str, Recorder], content: Path) -> None:
    base, _ = server
    status, message, _ = only(run([f"{base}/loop"], content))
    assert (status, message) == ("failed", f"{base}/loop: too many redirects (more than 10)")


@pytest.mark.parametrize("encoding", ["gzip", "br"])
def test_compressed_pages_are_unpacked(
    encoding: str, server: tuple[str, Recorder], content: Path
) -> None:
    base, recorder = server
    status, message, path = only(run([f"{base}/{encoding}/time.html"], content))
    assert status == "added", message
    assert "James Hansen" in path.read_text(encoding="utf-8")
    assert encoding in recorder.requests[-1][1]["Accept-Encoding"]


@pytest.mark.parametrize(("route", "word"), [("latin1", "Café owners cheer"), ("sjis", "橋が再開")])
def test_the_declared_encoding_is_honoured(
    route: str, word: str, server: tuple[str, Recorder], content: Path
) -> None:
    base, _ = server
    status, message, path = only(run([f"{base}/{route}"], content))
    assert status == "added", message
    assert word in front_matter(path)["title"]


def test_a_silent_server_times_out(server: tuple[str, Recorder], content: Path) -> None:
    base, _ = server
    started = time.monotonic()
    status, message, _ = only(run([f"{base}/slow"], content))
    assert status == "failed"
    assert message == f"{base}/slow: timed out: the server sent nothing for 0.5 s"
    assert time.monotonic() - started < SLOW_ANSWER


@pytest.mark.parametrize(
    ("route", "reason"),
    [
        ("missing", "not found (HTTP 404 Not Found)"),
        ("gone", "gone (HTTP 410 Gone)"),
        ("broken", "the server failed (HTTP 503 Service Unavailable); try again later"),
    ],
)
def test_http_errors_fail_with_their_status(
    route: str, reason: str, server: tuple[str, Recorder], content: Path
) -> None:
    base, _ = server
    assert only(run([f"{base}/{route}"], content))[:2] == ("failed", f"{base}/{route}: {reason}")


@pytest.mark.parametrize("route", ["huge", "endless"])
def test_a_10_mb_answer_is_refused_at_the_5_mb_limit(
    route: str, server: tuple[str, Recorder], content: Path
) -> None:
    base, _ = server
    status, message, _ = only(run([f"{base}/{route}"], content))
    assert status == "failed"
    assert "too large" in message and "5 MB" in message


def test_a_pdf_is_not_an_html_page(server: tuple[str, Recorder], content: Path) -> None:
    base, _ = server
    status, message, _ = only(run([f"{base}/report.pdf"], content))
    assert (status, message) == (
        "failed",
        f"{base}/report.pdf: not an HTML page (the server sent application/pdf)",
    )


def test_a_cookie_wall_is_no_article(server: tuple[str, Recorder], content: Path) -> None:
    base, _ = server
    status, message, _ = only(run([f"{base}/cookie-wall"], content))
    assert status == "failed"
    assert message.startswith(f"{base}/cookie-wall: no article text found (a cookie wall")


def test_a_paywall_teaser_is_no_article(server: tuple[str, Recorder], content: Path) -> None:
    base, _ = server
    status, message, _ = only(run([f"{base}/paywall"], content))
    assert status == "failed"
    assert "behind a paywall" in message


def test_a_host_that_does_not_resolve_fails_with_one_line(
    content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = socket.getaddrinfo

    def resolve(host: str, *args: object, **kwargs: object) -> object:
        if str(host).endswith(".invalid"):  # never asked of a real resolver
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    status, message, _ = only(run(["https://news.invalid/story"], content))
    assert (status, message) == (
        "failed",
        "https://news.invalid/story: the host name was not found (DNS); check the address",
    )


def test_a_closed_port_fails_with_one_line(content: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    status, message, _ = only(run([f"http://127.0.0.1:{port}/story"], content))
    assert status == "failed"
    assert message.startswith(f"http://127.0.0.1:{port}/story: could not connect")


def test_the_user_agent_names_digest_and_its_version(
    server: tuple[str, Recorder], content: Path
) -> None:
    base, recorder = server
    run([f"{base}/story/agent"], content)
    agent = next(h["User-Agent"] for p, h in recorder.requests if p == "/story/agent")
    assert agent.startswith(f"digest/{__version__} ")


def test_at_most_two_downloads_run_at_once_per_host(
    server: tuple[str, Recorder], content: Path
) -> None:
    base, recorder = server
    port = urlsplit(base).port
    urls = [f"{base}/wait/{n}" for n in range(6)]
    urls += [f"http://localhost:{port}/wait/{n}" for n in range(6, 12)]
    recorder.most_in_flight.clear()
    recorder.most_overall = 0
    report = run(urls, content)
    assert [o.status for o in report.outcomes] == ["added"] * 12
    assert recorder.most_in_flight[f"127.0.0.1:{port}"] == 2
    assert recorder.most_in_flight[f"localhost:{port}"] == 2
    assert recorder.most_overall > 2  # the hosts are fetched side by side


def test_no_javascript_is_run(server: tuple[str, Recorder], content: Path) -> None:
    base, recorder = server
    run([f"{base}/pages/time.html"], content)
    fetched = [path for path, _ in recorder.requests]
    assert not any(path.endswith(".js") for path in fetched)


# -- The briefing: never overwrite, never half-write ------------------------------------------


def test_a_page_already_in_the_briefing_under_another_spelling_is_skipped_unfetched(
    server: tuple[str, Recorder], make_content: Callable[..., Path]
) -> None:
    base, recorder = server
    existing = f"---\nurl: {base}/story/known/\n---\nThe story as the editor saved it.\n"
    content = make_content(articles={"known.md": existing})
    before = len(recorder.requests)
    status, message, path = only(run([f"{base}/story/known?utm_source=x#top"], content))
    assert status == "skipped"
    assert path == content / "articles" / "known.md"
    assert "already in the briefing as" in message and "--update" in message
    assert len(recorder.requests) == before
    assert (content / "articles" / "known.md").read_text() == existing


def test_a_saved_page_whose_address_is_in_the_briefing_is_skipped(
    make_content: Callable[..., Path],
) -> None:
    existing = "---\nurl: http://en.yna.co.kr/view/AEN20190820002300325\n---\nSaved before.\n"
    content = make_content(articles={"yonhap.md": existing})
    status, _, _ = only(run([str(PAGES / "yonhap.html")], content))
    assert status == "skipped"
    assert article_files(content) == ["yonhap.md"]


def test_update_replaces_the_file_and_keeps_what_the_editor_added(
    server: tuple[str, Recorder], make_content: Callable[..., Path]
) -> None:
    base, _ = server
    existing = (
        f"---\nurl: {base}/story/kept\nevent: reopening\npublished_note: From the dateline.\n"
        "keep:\n  - 'Photo: harbour authority'\ndrop: [Read more]\n---\nAn old copy.\n"
    )
    content = make_content(articles={"old-copy.md": existing})
    status, message, path = only(run([f"{base}/story/kept"], content, update=True))
    assert status == "updated", message
    assert path == content / "articles" / "old-copy.md"
    meta = front_matter(path)
    assert (meta["event"], meta["published_note"]) == ("reopening", "From the dateline.")
    assert (meta["keep"], meta["drop"]) == (["Photo: harbour authority"], ["Read more"])
    assert "three weeks after engineers" in path.read_text(encoding="utf-8")
    assert article_files(content) == ["old-copy.md"]


def test_equal_titles_get_distinct_files(server: tuple[str, Recorder], content: Path) -> None:
    base, _ = server
    report = run([f"{base}/story/one", f"{base}/story/two"], content)
    assert [o.status for o in report.outcomes] == ["added", "added"]
    assert article_files(content) == [
        "harbour-bridge-reopens-after-repairs-2.md",
        "harbour-bridge-reopens-after-repairs.md",
    ]


def test_one_failure_stops_no_other_and_leaves_no_temporary_file(
    server: tuple[str, Recorder], content: Path
) -> None:
    base, _ = server
    report = run([f"{base}/missing", f"{base}/pages/lsm.html", f"{base}/report.pdf"], content)
    assert [o.status for o in report.outcomes] == ["failed", "added", "failed"]
    assert report.failed
    assert article_files(content) == ["norvegija-pec-zemes-nogruvuma-pieci-bojagajusie.md"]


def test_the_event_is_pinned_in_the_front_matter(
    server: tuple[str, Recorder], content: Path
) -> None:
    base, _ = server
    _, _, path = only(run([f"{base}/story/pinned"], content, event="reopening"))
    assert front_matter(path)["event"] == "reopening"


# -- Saved pages -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", SAVED_PAGES)
def test_a_saved_page_becomes_an_article_the_build_reads(name: str, content: Path) -> None:
    status, message, path = only(run([str(PAGES / f"{name}.html")], content))
    assert status == "added", message
    source, problems = parse_article(path, path.read_bytes(), content)
    assert source is not None and source.meta.title
    assert [p for p in problems if p.level == "error"] == []
    assert "fetched" not in front_matter(path)  # nothing was downloaded


def test_the_site_name_after_the_headline_is_not_part_of_the_title(content: Path) -> None:
    _, _, path = only(run([str(PAGES / "yonhap.html")], content))
    assert front_matter(path)["title"].endswith("warns of consequences")


def test_a_twitter_handle_is_not_taken_for_the_outlet(content: Path) -> None:
    _, _, path = only(run([str(PAGES / "afpbb.html")], content))  # twitter:site @afpbbcom
    assert front_matter(path)["outlet"] == "AFPBB News"  # from "… ：AFPBB News" in <title>


def test_a_copyright_year_is_not_taken_for_the_publication_date(content: Path) -> None:
    _, _, path = only(run([str(PAGES / "cnn-arabic.html")], content))  # "© 2013" only
    assert "published" not in front_matter(path)


def test_a_title_without_latin_letters_gets_a_slug_from_host_and_date(content: Path) -> None:
    _, _, path = only(run([str(PAGES / "chinadaily.html")], content))
    assert path.name == "china-chinadaily-com-cn-2023-11-17.md"


def test_a_complete_save_records_the_address_the_browser_noted(
    content: Path, tmp_path: Path
) -> None:
    saved = tmp_path / "Harbour Bridge reopens.html"
    address = "https://www.harbourherald.example/news/bridge-reopens"
    marker = f"<!-- saved from url=({len(address):04d}){address} -->\n"
    saved.write_text(marker + story_page("Harbour Bridge reopens"), encoding="utf-8")
    (tmp_path / "Harbour Bridge reopens_files").mkdir()
    (tmp_path / "Harbour Bridge reopens_files" / "style.css").write_text("p {}")
    status, message, path = only(run([str(saved)], content))
    assert status == "added", message
    assert front_matter(path)["url"] == address


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("notes.txt", b"Just some notes about the bridge.\n", "is not a saved web page"),
        ("scan.pdf", b"%PDF-1.4\n", "is not a saved web page"),
        ("page.mhtml", b"From: <Saved by Blink>\nMIME-Version: 1.0\n", "MHTML"),
        ("missing.html", None, "no such file, and not an http(s) address"),
    ],
)
def test_a_file_that_is_not_a_saved_page_fails_with_one_line(
    name: str, data: bytes | None, reason: str, content: Path, tmp_path: Path
) -> None:
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    status, message, _ = only(run([str(path)], content))
    assert status == "failed"
    assert message.startswith(f"{path}: ") and reason in message


def test_a_saved_page_already_in_the_briefing_is_skipped(content: Path) -> None:
    run([str(PAGES / "time.html")], content)
    status, _, _ = only(run([str(PAGES / "time.html")], content))
    assert status == "skipped"


# -- The command line --------------------------------------------------------------------------


def test_the_command_exits_1_when_any_source_failed_and_names_it(
    server: tuple[str, Recorder], content: Path, caplog: pytest.LogCaptureFixture
) -> None:
    base, _ = server
    caplog.set_level(logging.INFO)
    code = cli.main(["add", "--content", str(content), f"{base}/gone", str(PAGES / "lsm.html")])
    assert code == 1
    assert f"error: {base}/gone: gone (HTTP 410 Gone)" in caplog.text
    assert "added " in caplog.text


def test_the_command_exits_0_when_all_were_added_or_skipped(content: Path) -> None:
    assert cli.main(["add", "--content", str(content), str(PAGES / "lsm.html")]) == 0
    assert cli.main(["add", "--content", str(content), str(PAGES / "lsm.html")]) == 0


def test_an_unknown_event_is_refused_before_any_download(
    server: tuple[str, Recorder], content: Path, caplog: pytest.LogCaptureFixture
) -> None:
    base, recorder = server
    before = len(recorder.requests)
    code = cli.main(["add", "--content", str(content), "--event", "parade", f"{base}/story/e"])
    assert code == 2
    assert "--event 'parade' is not an event" in caplog.text
    assert len(recorder.requests) == before


def test_without_the_web_extra_the_command_says_how_to_install_it(
    content: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import trafilatura → ImportError
    assert cli.main(["add", "--content", str(content), "https://example.com/a"]) == 2
    assert "trafilatura" in caplog.text and "pip install 'digest[web]'" in caplog.text


def test_help_and_build_load_none_of_the_web_libraries() -> None:
    for command in (["-m", "generator", "--help"], ["-c", "import generator.build"]):
        result = subprocess.run(
            [sys.executable, "-X", "importtime", *command],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=60,
        )
        imported = {
            line.split("|")[-1].strip().split(".")[0] for line in result.stderr.splitlines()
        }
        assert imported.isdisjoint({"httpx", "httpcore", "trafilatura", "htmldate", "lxml"})


def test_an_added_article_is_built_and_cleaned_like_any_other(
    content: Path, tmp_path: Path
) -> None:
    run([str(PAGES / "ultimahora.html")], content)
    code = cli.main(["build", "--content", str(content), "--output", str(tmp_path / "site")])
    assert code == 0
    data = json.loads((tmp_path / "site" / "briefing.json").read_text(encoding="utf-8"))
    (article,) = data["articles"]
    assert article["title"] == LABELS["ultimahora"]["title"][0]
    assert article["outlet"] == "Ultima Hora Mallorca"
    assert "El fiscal Pedro Horrach" in article["text"]
    assert article["removed"]  # the comment form under the story is the cleaner's to drop


def test_the_saved_pages_are_all_labelled() -> None:
    on_disk = {path.stem for path in PAGES.glob("*.html")}
    assert on_disk == set(LABELS)
    assert all((PAGES / "text" / f"{name}.txt").is_file() for name in on_disk)
