"""Who said what, and copies of one report, as a reader meets them in a real browser."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from importlib import resources

import pytest

from generator.build import Project, build
from tests.conftest import write_files

from .conftest import record
from .harness import AXE_JS, serve

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
expect = sync_api.expect

pytestmark = pytest.mark.browser

CONFIG = """\
title = "Port strike"

[[events]]
id = "strike"
title = "Dock workers strike"
date = 2025-06-02
"""
WIRE_TEXT = """\
ROTTERDAM (AP) — Dock workers at the port of Rotterdam walked out on Monday, halting the loading of container ships for the first time in a decade as talks over pay broke down.

The strike began at dawn and union leaders said it would last at least two days unless the port operators returned to the table with a better offer on wages and shift patterns.

"We have waited eleven months for a fair offer and we will not wait any longer," said Marta Visser, the head of the dock workers' union.

Shipping lines warned of delays across northern Europe, and several vessels were diverted to Antwerp and Hamburg while the terminals stood idle through the morning.

The port authority said it regretted the walkout and hoped both sides would meet again soon, adding that perishable cargo would be handled by supervisors.
"""


def article(url: str, outlet: str, text: str, based_on: str = "") -> str:
    based = f"based_on: {based_on}\n" if based_on else ""
    return (
        f"---\ntitle: Rotterdam dock workers strike over pay\nurl: {url}\noutlet: {outlet}\n"
        f"{based}published: 2025-06-02\n---\n{text}"
    )


ORIGINAL = "https://www.harbourwire.example/strike"
REWRITE = (
    "Rotterdam's dock workers stopped work on Monday after pay talks collapsed, the first such "
    "strike in ten years.\n\n"
    '"This is about respect as much as money," said Marta Visser, the union leader.\n\n'
    "Ships were sent on to Antwerp and Hamburg as the terminals fell silent.\n"
)
ARTICLES = {
    "wire.md": article(ORIGINAL, "Harbour Wire", WIRE_TEXT),
    "copy.md": article("https://www.dailycoast.example/news/strike", "Daily Coast", WIRE_TEXT),
    "rewrite.md": article("https://quickdigest.example/strike", "Quick Digest", REWRITE, ORIGINAL),
}


@pytest.fixture(scope="module")
def quotes_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("quotes")
    content = root / "content"
    (content / "articles").mkdir(parents=True)
    (content / "briefing.toml").write_text(CONFIG, encoding="utf-8")
    write_files(content / "articles", ARTICLES)
    build(Project(content, root / "site"))
    with serve(root / "site") as url:
        yield url


@pytest.fixture
def open_quotes_page(browser: object, quotes_site_url: str) -> Iterator[Callable[..., object]]:
    contexts = []

    def open_page(path: str, **options: object) -> object:
        context = browser.new_context(**options)
        contexts.append(context)
        page = context.new_page()
        recorder = record(page, quotes_site_url)
        page.goto(quotes_site_url + path)
        assert recorder.console_errors == [] and recorder.bad_responses == []
        return page

    yield open_page
    for context in contexts:
        context.close()


def test_copies_read_as_one_entry_and_each_copy_keeps_its_page(
    open_quotes_page: Callable[..., object],
) -> None:
    page = open_quotes_page("events/strike.html")
    cards = page.locator("article.card")
    expect(cards).to_have_count(2)  # the wire report with its copy, and the rewrite
    also = page.locator("p.also")
    expect(also).to_contain_text("Same report also published by")
    expect(also).to_contain_text("origin: AP")
    also.get_by_role("link").first.click()
    expect(page.get_by_role("heading", level=2, name="The same report elsewhere")).to_be_visible()
    expect(page.locator(".provenance")).to_contain_text("(shares 100% of this text)")


def test_who_said_what_flags_the_quote_the_original_does_not_carry(
    open_quotes_page: Callable[..., object],
) -> None:
    page = open_quotes_page("events/strike.html")
    section = page.get_by_role("region", name="Who said what")
    items = section.locator("li.quote")
    expect(items).to_have_count(2)
    flagged = section.locator("li.quote-flagged")
    expect(flagged).to_have_count(1)
    expect(flagged).to_contain_text("This is about respect as much as money")
    expect(flagged).to_contain_text("Quick Digest: not in the original report")
    faithful = items.filter(has_text="We have waited eleven months")
    expect(faithful).to_contain_text("Marta Visser")
    expect(faithful.get_by_role("link")).to_have_count(2)  # the wire report and its copy
    expect(page.locator(".badge-unverified")).to_have_count(1)


def test_the_speakers_page_is_in_the_navigation_and_search_finds_quotes(
    open_quotes_page: Callable[..., object],
) -> None:
    page = open_quotes_page("index.html", viewport={"width": 375, "height": 800})
    page.get_by_role("navigation", name="Site").get_by_role("link", name="Speakers").click()
    expect(page.get_by_role("heading", level=2, name="Marta Visser")).to_be_visible()
    expect(page.locator("li.quote")).to_have_count(2)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.get_by_role("navigation", name="Site").get_by_role("link", name="Search").click()
    page.wait_for_load_state("load")  # search.js is deferred: typed before it runs, unheard
    page.get_by_role("searchbox").fill("visser respect")
    expect(page.locator("#search-results li")).to_have_count(1)
    expect(page.locator("#search-results li .lead")).to_contain_text(
        "“This is about respect as much as money” — Marta Visser"
    )


@pytest.mark.parametrize("path", ["speakers.html", "events/strike.html"])
def test_axe_finds_no_serious_violation_on_quote_pages(
    open_quotes_page: Callable[..., object], path: str
) -> None:
    axe = pytest.importorskip("axe_playwright_python", reason="axe-playwright-python not installed")
    page = open_quotes_page(path, bypass_csp=True)
    page.add_script_tag(path=str(resources.files(axe) / "axe.min.js"))
    assert page.evaluate(AXE_JS) == []
