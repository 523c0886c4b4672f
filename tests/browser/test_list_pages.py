"""A list longer than a page (an event's articles, a keyword's) in a real browser."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources

import pytest

from generator.build import Project, build
from generator.site import views

from .conftest import record, write_briefing
from .harness import AXE_JS, serve

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
expect = sync_api.expect

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def paged_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The browser suite's briefing with one article a page, so its lists take several."""
    root = tmp_path_factory.mktemp("paged")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(views, "ARTICLES_PER_PAGE", 1)
        build(Project(write_briefing(root / "content"), root / "site"))
    assert (root / "site" / "events" / "closure.2.html").is_file()
    with serve(root / "site") as url:
        yield url


def test_a_reader_pages_through_an_event_on_a_phone_and_back(
    browser: object, paged_site_url: str
) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    recorder = record(page, paged_site_url)
    page.goto(paged_site_url + "events/closure.html")
    pager = page.get_by_role("navigation", name="Pages of this list")
    expect(pager).to_contain_text("Page 1 of 2")
    expect(pager.get_by_role("link", name="Previous")).to_have_count(0)
    first = page.locator(".card h2").all_inner_texts()
    pager.get_by_role("link", name="Next").click()
    expect(page).to_have_url(paged_site_url + "events/closure.2.html")
    expect(pager).to_contain_text("Page 2 of 2")
    expect(pager.get_by_role("link", name="Next")).to_have_count(0)
    second = page.locator(".card h2").all_inner_texts()
    assert len(first) == len(second) == 1 and first != second
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    pager.get_by_role("link", name="Previous").click()
    expect(page).to_have_url(paged_site_url + "events/closure.html")
    assert recorder.console_errors == [] and recorder.bad_responses == []
    assert recorder.outside == []
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_serious_on_a_second_page(
    browser: object, paged_site_url: str, scheme: str
) -> None:
    axe = pytest.importorskip("axe_playwright_python", reason="axe-playwright-python not installed")
    context = browser.new_context(bypass_csp=True, color_scheme=scheme)  # axe is an inline script
    page = context.new_page()
    page.goto(paged_site_url + "events/closure.2.html")
    page.add_script_tag(path=str(resources.files(axe) / "axe.min.js"))
    assert page.evaluate(AXE_JS) == []
    context.close()
