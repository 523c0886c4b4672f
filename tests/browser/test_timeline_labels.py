"""The index's timeline in a real browser: its date labels never overlap, at any width."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from generator.build import Project, build
from tests.conftest import CLOSURE_ARTICLE

from .harness import serve

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
expect = sync_api.expect

pytestmark = pytest.mark.browser

# A trial's days: one far-off date (the killings, two years before), the opening, then three
# days a week apart or less.
DATES = ["2021-06-07", "2023-01-25", "2023-02-23", "2023-03-02", "2023-03-03"]


def _config() -> str:
    events = []
    for number, date in enumerate(DATES, 1):
        title, dated = f"Hearing number {number}", f"date = {date}\n"
        events.append(
            f'[[events]]\nid = "e{number}"\ntitle = "{title}"\n{dated}terms = ["x{number}"]\n'
        )
    return 'title = "A long trial"\n\n' + "\n".join(events)


@pytest.fixture(scope="module")
def trial_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("trial")
    (root / "content" / "articles").mkdir(parents=True)
    (root / "content" / "briefing.toml").write_text(_config(), encoding="utf-8")
    (root / "content" / "articles" / "a.md").write_text(CLOSURE_ARTICLE, encoding="utf-8")
    build(Project(root / "content", root / "site"))
    with serve(root / "site") as url:
        yield url


def _overlapping_labels(page: object) -> list[tuple[str, str]]:
    boxes = page.eval_on_selector_all(
        "figure.timeline .timeline-date",
        "labels => labels.map(l => { const b = l.getBoundingClientRect();"
        " return [l.textContent, b.left, b.right, b.top, b.bottom]; })",
    )
    return [
        (a[0], b[0])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a[1] < b[2] and b[1] < a[2] and a[3] < b[4] and b[3] < a[4]
    ]


@pytest.mark.parametrize("width", [1024, 375])
def test_timeline_date_labels_never_overlap_nor_leave_the_strip(
    browser: object, trial_site_url: str, width: int
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(trial_site_url + "index.html")
    assert page.locator("figure.timeline .timeline-date").count() >= len(DATES)
    assert _overlapping_labels(page) == []
    strip = page.locator("figure.timeline svg").bounding_box()
    for label in page.locator("figure.timeline .timeline-date").all():
        box = label.bounding_box()
        assert strip["x"] <= box["x"] and box["x"] + box["width"] <= strip["x"] + strip["width"]
    context.close()
