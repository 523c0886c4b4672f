"""Every page built from the hostile fixtures, opened in headless Chromium: no dialog opens and no
script from the content runs, even with the site's Content-Security-Policy switched off."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.build import BuildOptions, Project, build
from tests.conftest import (
    GOOD_ARTICLES,
    HOSTILE_CONFIG,
    HOSTILE_ERRORS,
    HOSTILE_FIXTURES,
    write_content,
)

from .conftest import record
from .harness import PREFIX, serve

pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

pytestmark = pytest.mark.browser

# Installed before any page script: every way content could make itself seen is recorded.
TRAPS = """
window.__hostile = [];
for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
  window[name] = (...args) => { window.__hostile.push(name + ': ' + args.join(' ')); };
}
"""
# What the parsed page holds, whatever the HTML parser made of the bytes.
INSPECT_JS = """() => {
  const found = [];
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      const value = attribute.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
      if (attribute.name.startsWith('on')) found.push(element.tagName + ' ' + attribute.name);
      if (/^(javascript|data|vbscript):/.test(value)) found.push(element.tagName + ' ' + value);
    }
  }
  for (const element of document.querySelectorAll('iframe, frame, object, embed, img, base')) {
    found.push(element.outerHTML.slice(0, 80));
  }
  for (const script of document.scripts) {
    if (!/(^|\\/)(static\\/search\\.js|search-index\\.js)$/.test(script.getAttribute('src') || '')) {
      found.push('script: ' + script.outerHTML.slice(0, 80));
    }
  }
  return found;
}"""
SEARCHES = ["<img src=x onerror=alert('q')>", "alert", "script", "javascript", "{{ 7*7 }}"]


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The hostile fixtures (all but the generated 5 MB one and those that are errors, which
    stop a build) and two good articles, built."""
    root = tmp_path_factory.mktemp("hostile-browser")
    config = HOSTILE_CONFIG.replace('description = "', f'base_url = "{PREFIX}"\ndescription = "', 1)
    content = write_content(root, config, errors=False)
    assert {path.name for path in HOSTILE_FIXTURES.iterdir()} - HOSTILE_ERRORS <= {
        path.name for path in (content / "articles").iterdir()
    } and set(GOOD_ARTICLES) <= {path.name for path in (content / "articles").iterdir()}
    build(Project(content, root / "site"), BuildOptions(use_cache=False))
    yield root / "site"
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def hostile_url(hostile_site: Path) -> Iterator[str]:
    with serve(hostile_site) as url:
        yield url


@pytest.fixture(scope="module")
def visit(browser: object, hostile_url: str) -> Iterator[object]:
    """One tab, with its CSP bypassed so that escaping alone has to keep script out."""
    context = browser.new_context(bypass_csp=True)
    context.add_init_script(TRAPS)
    page = context.new_page()
    dialogs: list[str] = []

    def on_dialog(dialog: object) -> None:
        dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    recorder = record(page, hostile_url)

    def open_at(path: str) -> dict[str, object]:
        for found in (dialogs, recorder.requests, recorder.console_errors):
            found.clear()
        page.goto(hostile_url + path, wait_until="load")
        page.mouse.move(5, 5)  # move over the page, for anything waiting on mouseover
        page.mouse.move(500, 400)
        return {
            "found": page.evaluate(INSPECT_JS),
            "trapped": page.evaluate("window.__hostile"),
            "dialogs": list(dialogs),
            "outside": list(recorder.outside),
            "errors": list(recorder.console_errors),
        }

    yield open_at
    context.close()


def test_no_page_built_from_hostile_content_runs_anything(
    hostile_site: Path, visit: object
) -> None:
    pages = sorted(p.relative_to(hostile_site).as_posix() for p in hostile_site.rglob("*.html"))
    assert len(pages) > 50
    problems = {}
    for path in pages:
        seen = visit(path)
        if any(seen.values()):
            problems[path] = seen
    assert problems == {}


@pytest.mark.parametrize("query", SEARCHES)
def test_searching_hostile_text_shows_it_as_text(visit: object, query: str) -> None:
    from urllib.parse import quote

    seen = visit(f"search.html?q={quote(query)}")
    assert not any(seen.values()), seen
