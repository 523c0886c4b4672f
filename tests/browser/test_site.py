"""The built site in a real browser, served under a sub-path as GitHub Pages serves a project site."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

import pytest

from .conftest import BODY_WORD, BODY_WORD_TITLE, Recorder, record
from .harness import AXE_JS, PREFIX

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
expect = sync_api.expect
SEARCH_LABEL = "Search titles, leads, keywords, quotations (and who said them) and full text"

pytestmark = pytest.mark.browser

ARTICLE = "articles/divers-inspect-the-bridge-piers-as-the-closure-enters-its.html"
# Every href and src on a page, resolved; an SVG <a>'s href is not a string, so read attributes.
LINKS_JS = """() => Array.from(document.querySelectorAll('a[href], link[href], script[src]'))
  .map(e => new URL(e.getAttribute('href') || e.getAttribute('src'), document.baseURI).href)"""


@dataclass
class Crawl:
    pages: list[str] = field(default_factory=list)
    assets: list[str] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)
    recorder: Recorder | None = None


@pytest.fixture(scope="module")
def crawl(browser: object, site_url: str) -> Crawl:
    """Every page reachable from the index, followed link by link as a reader could."""
    context = browser.new_context()
    page = context.new_page()
    result = Crawl(recorder=record(page, site_url))
    server = "{0.scheme}://{0.netloc}/".format(urlsplit(site_url))
    queue, seen = [site_url + "index.html"], {site_url + "index.html"}
    while queue:
        url = queue.pop(0)
        response = page.goto(url)
        result.pages.append(url.removeprefix(site_url))
        if response is None or response.status != 200:
            result.broken.append(f"{url}: {response.status if response else 'no response'}")
            continue
        for link in page.evaluate(LINKS_JS):
            target, fragment = urldefrag(link)
            if not target.startswith(server) or target in seen:
                if target == url and fragment and not page.locator(f"#{fragment}").count():
                    result.broken.append(f"{url}: no element #{fragment}")
                continue
            seen.add(target)
            if not target.startswith(site_url):
                result.broken.append(f"{url} links outside the sub-path: {target}")
            elif target.endswith(".html"):
                queue.append(target)
            else:
                status = page.request.get(target).status
                result.assets.append(target.removeprefix(site_url))
                if status != 200:
                    result.broken.append(f"{url} → {target}: {status}")
    context.close()
    return result


def test_every_internal_link_and_asset_on_every_page_resolves(crawl: Crawl) -> None:
    assert crawl.broken == []
    assert {"index.html", "outlets.html", "search.html", "keywords/index.html", ARTICLE} <= set(
        crawl.pages
    )
    assert {"static/style.css", "static/icon.svg", "feed.xml"} <= set(crawl.assets)
    assert {"search-index.js", "static/search.js"} <= set(crawl.assets)


def test_no_page_logs_an_error_or_requests_anything_outside_the_site(crawl: Crawl) -> None:
    assert crawl.recorder is not None and len(crawl.recorder.requests) > len(crawl.pages)
    assert crawl.recorder.console_errors == []
    assert crawl.recorder.outside == []
    assert crawl.recorder.bad_responses == []


def test_reader_clicks_from_index_to_event_article_keyword_and_back(
    open_page: Callable[..., tuple[object, Recorder]], site_url: str
) -> None:
    page, recorder = open_page("index.html")
    page.locator("section.event h2").get_by_role("link", name="The bridge closes").click()
    expect(page).to_have_url(site_url + "events/closure.html")
    page.get_by_role("link", name=BODY_WORD_TITLE, exact=True).click()
    expect(page).to_have_url(site_url + ARTICLE)
    keyword = page.locator(".story .keywords a").first
    name = keyword.inner_text()
    keyword.click()
    expect(page.locator("h1")).to_have_text(f"Keyword: {name}")
    expect(page.get_by_role("link", name=BODY_WORD_TITLE, exact=True)).to_be_visible()
    page.go_back()
    expect(page).to_have_url(site_url + ARTICLE)
    page.go_back()
    expect(page).to_have_url(site_url + "events/closure.html")
    page.go_back()
    expect(page).to_have_url(site_url + "index.html")
    assert recorder.console_errors == [] and recorder.outside == []


def test_search_finds_an_article_by_a_word_from_its_body(
    open_page: Callable[..., tuple[object, Recorder]], site_url: str
) -> None:
    page, recorder = open_page("index.html")
    page.get_by_role("navigation", name="Site").get_by_role("link", name="Search").click()
    expect(page.get_by_text("Search runs in your browser")).to_be_hidden()
    page.get_by_label(SEARCH_LABEL).fill(BODY_WORD.upper())
    results = page.locator("#search-results > li")
    expect(results).to_have_count(1)
    expect(page.get_by_role("status")).to_contain_text("1 article matches")
    expect(results.first).to_contain_text(BODY_WORD)
    results.first.get_by_role("link", name=BODY_WORD_TITLE).click()
    expect(page).to_have_url(site_url + ARTICLE)
    assert recorder.console_errors == [] and recorder.outside == []


def test_search_needs_every_word_and_reads_the_query_from_the_address(
    open_page: Callable[..., tuple[object, Recorder]],
) -> None:
    page, _ = open_page("search.html?q=bridge+ribbon")
    expect(page.locator("#search-results > li")).to_have_count(1)
    expect(page.locator("#search-results a")).to_have_text(
        "The Harbour Bridge reopens with a ribbon ceremony"
    )


def test_search_matches_words_from_their_start_not_inside_other_words(
    open_page: Callable[..., tuple[object, Recorder]],
) -> None:
    # "ridge" is inside "Bridge" in every article, and starts no word of any.
    page, _ = open_page("search.html?q=ridge")
    expect(page.get_by_role("status")).to_contain_text("0 articles match")
    expect(page.locator("#search-results > li")).to_have_count(0)
    page, _ = open_page("search.html?q=brid+ribb")  # the start of a word is enough
    expect(page.locator("#search-results > li")).to_have_count(1)


def test_search_works_when_the_site_is_opened_from_disk(browser: object, built_site: Path) -> None:
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((built_site / "search.html").as_uri() + f"?q={BODY_WORD}")
    expect(page.locator("#search-results a")).to_have_text(BODY_WORD_TITLE)
    page.locator("#search-results a").click()
    expect(page.locator("h1")).to_have_text(BODY_WORD_TITLE)
    context.close()
    assert errors == []


def test_without_script_the_site_reads_and_search_says_why_it_is_empty(
    open_page: Callable[..., tuple[object, Recorder]],
) -> None:
    page, _ = open_page("index.html", java_script_enabled=False)
    expect(page.locator("figure.timeline svg")).to_be_visible()
    expect(page.locator("section.event")).to_have_count(2)
    page.get_by_role("link", name="Search", exact=True).click()
    expect(page.get_by_text("Search runs in your browser and needs JavaScript")).to_be_visible()


def test_missing_page_at_any_depth_gets_a_styled_404_with_working_links(
    open_page: Callable[..., tuple[object, Recorder]], site_url: str
) -> None:
    page, recorder = open_page("no/such/deep/page.html")
    expect(page.locator("h1")).to_have_text("Page not found")
    assert page.evaluate(
        "getComputedStyle(document.querySelector('.site-header')).borderBottomStyle"
    )
    assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith("Georgia")
    assert recorder.bad_responses == [f"404 {site_url}no/such/deep/page.html"]
    page.get_by_role("link", name="the briefing").click()
    expect(page).to_have_url(site_url + "index.html")


AXE_PAGES = ["index.html", "events/closure.html", ARTICLE, "search.html?q=bridge", "outlets.html"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", AXE_PAGES)
def test_axe_finds_no_serious_or_critical_violation(
    open_page: Callable[..., tuple[object, Recorder]], path: str, scheme: str
) -> None:
    axe = pytest.importorskip("axe_playwright_python", reason="axe-playwright-python not installed")
    # Injecting axe is an inline script, which the site's own CSP rightly refuses.
    page, _ = open_page(path, bypass_csp=True, color_scheme=scheme)
    page.add_script_tag(path=str(resources.files(axe) / "axe.min.js"))
    assert page.evaluate(AXE_JS) == []


@pytest.mark.parametrize(
    "path",
    [
        "index.html",
        "events/closure.html",
        ARTICLE,
        "outlets.html",
        "search.html?q=bridge",
        "keywords/index.html",
        "missing.html",
    ],
)
def test_phone_width_layout_has_no_horizontal_scroll(
    open_page: Callable[..., tuple[object, Recorder]], path: str
) -> None:
    page, _ = open_page(path, width=375)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375


def test_on_a_wide_screen_the_outlets_table_takes_more_than_the_text_measure_and_no_page_scroll(
    open_page: Callable[..., tuple[object, Recorder]],
) -> None:
    page, _ = open_page("outlets.html", width=1440)
    table = page.evaluate("document.querySelector('.matrix-scroll').getBoundingClientRect().width")
    text = page.evaluate("document.querySelector('main h1').getBoundingClientRect().width")
    assert table > text + 100  # a column an event: a briefing of six events needs the room
    assert page.evaluate("document.documentElement.scrollWidth") <= 1440


def test_content_security_policy_refuses_inline_script(
    open_page: Callable[..., tuple[object, Recorder]],
) -> None:
    page, recorder = open_page("index.html")
    # Some versions report the refusal as an error; the outcome below is what matters.
    with contextlib.suppress(sync_api.Error):
        page.add_script_tag(content="window.injected = true")
    assert page.evaluate("window.injected === undefined")
    assert any("Content Security Policy" in error for error in recorder.console_errors)
    assert recorder.outside == [] and PREFIX in page.url


def test_a_keyword_page_leads_to_a_search_for_every_article_naming_it(
    open_page: Callable[..., tuple[object, Recorder]], site_url: str
) -> None:
    page, recorder = open_page(ARTICLE)
    keyword = page.locator(".story .keywords a").first
    name = keyword.inner_text()
    keyword.click()
    page.get_by_role("link", name=f"Search for every article that names \u201c{name}\u201d").click()
    expect(page.get_by_label(SEARCH_LABEL)).to_have_value(name)
    results = page.locator("#search-results > li")
    expect(results.get_by_role("link", name=BODY_WORD_TITLE, exact=True)).to_be_visible()
    assert recorder.console_errors == [] and recorder.outside == []
