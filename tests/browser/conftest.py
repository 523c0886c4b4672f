"""Browser fixtures: a small briefing built once, served under /briefing/, and one headless Chromium."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from generator.build import Project, build
from tests.conftest import CLOSURE_ARTICLE, INSPECTION_ARTICLE, REOPENING_ARTICLE, SMALL_CONFIG

from .harness import CHROMIUM_ARGS, PREFIX, find_chromium, serve

CONFIG = SMALL_CONFIG.replace("\ndescription", f'\nbase_url = "{PREFIX}"\ndescription', 1)
ARTICLES = {
    "closure.md": CLOSURE_ARTICLE,
    "inspection.md": INSPECTION_ARTICLE,
    "reopening.txt": REOPENING_ARTICLE,
}
BODY_WORD = "barnacles"  # only in the body of the inspection article, past its lead
BODY_WORD_TITLE = "Divers inspect the bridge piers as the closure enters its second day"


def write_briefing(content: Path) -> Path:
    """The small briefing above, as a content folder; returns it."""
    (content / "articles").mkdir(parents=True)
    (content / "briefing.toml").write_text(CONFIG, encoding="utf-8")
    for name, text in ARTICLES.items():
        (content / "articles" / name).write_text(text, encoding="utf-8")
    return content


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small briefing above, built once for the whole browser suite."""
    root = tmp_path_factory.mktemp("browser")
    build(Project(write_briefing(root / "content"), root / "site"))
    return root / "site"


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The address of the served site, e.g. http://127.0.0.1:PORT/briefing/."""
    with serve(built_site) as url:
        yield url


@pytest.fixture(scope="package")
def browser() -> Iterator[object]:
    """One headless Chromium for all the browser tests; skips only when no Chromium exists.

    Package-scoped, not session-scoped: Playwright's sync API runs an event loop while it is
    open, and any later test that starts Playwright itself would fail inside that loop.
    """
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    executable = find_chromium()
    if executable is None:
        pytest.skip(
            "no Chromium found (install Debian's: apt-get install chromium; make test does)"
        )
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@dataclass
class Recorder:
    """What a page did that a test may assert on: every request, console error and bad response."""

    origin: str
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    bad_responses: list[str] = field(default_factory=list)

    @property
    def outside(self) -> list[str]:
        return [url for url in self.requests if not url.startswith(self.origin)]


def record(page: object, site_url: str) -> Recorder:
    parts = urlsplit(site_url)
    recorder = Recorder(origin=f"{parts.scheme}://{parts.netloc}{PREFIX}")

    def on_console(message: object) -> None:
        if message.type == "error":
            recorder.console_errors.append(message.text)

    def on_response(response: object) -> None:
        if response.status >= 400:
            recorder.bad_responses.append(f"{response.status} {response.url}")

    page.on("request", lambda request: recorder.requests.append(request.url))
    page.on("console", on_console)
    page.on("pageerror", lambda error: recorder.console_errors.append(str(error)))
    page.on("response", on_response)
    return recorder


@pytest.fixture
def open_page(browser: object, site_url: str) -> Iterator[Callable[..., tuple[object, Recorder]]]:
    """Open a fresh page at a site path: open_page("index.html", width=375, bypass_csp=False)."""
    contexts = []

    def open_at(
        path: str, *, width: int = 1024, bypass_csp: bool = False, **options: object
    ) -> tuple[object, Recorder]:
        context = browser.new_context(
            viewport={"width": width, "height": 800}, bypass_csp=bypass_csp, **options
        )
        contexts.append(context)
        page = context.new_page()
        recorder = record(page, site_url)
        page.goto(site_url + path)
        return page, recorder

    yield open_at
    for context in contexts:
        context.close()
