"""Regenerate the README's screenshots: `make screenshots` (python -m tests.browser.screenshots)."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from generator.build import Project, build

from .harness import CHROMIUM_ARGS, find_chromium, serve

# (file, page, viewport width, viewport height): the index as a desktop reader sees it first,
# an article as a phone reader does.
SHOTS = (
    ("index.png", "index.html", 1100, 760),
    ("article.png", "first-article", 375, 740),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--content", type=Path, default=Path("content"))
    parser.add_argument("--output", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args(argv)
    executable = find_chromium()
    if executable is None:
        print("no Chromium found; install Debian's: apt-get install chromium", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    args.output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        site = Path(scratch) / "site"
        build(Project(args.content, site))
        with serve(site) as url, sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=executable, headless=True, args=CHROMIUM_ARGS
            )
            for name, path, width, height in SHOTS:
                page = browser.new_page(viewport={"width": width, "height": height})
                page.goto(url + "index.html")
                if path == "first-article":
                    page.locator("section.event .card-title a").first.click()
                else:
                    page.goto(url + path)
                page.screenshot(path=args.output / name)
                page.close()
                print(f"wrote {args.output / name}")
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
