"""An author read from the text is shown as inferred, with the byline it was read from, as an
inferred date or outlet is; a report's origin named by its earliest copy's outlet is not named
twice."""

from __future__ import annotations

import datetime

from generator.models import BriefingConfig, EventGroup, Origin, Provenance
from generator.site.pages import keyword_index
from generator.site.render import make_environment, render_site
from generator.site.theme import default_templates
from tests.conftest import article

ENV = make_environment(default_templates())
READ = "from the byline ‘By Jane Doe | Harbour Courier’"


def pages_of(*articles: object) -> dict[str, str]:
    group = EventGroup("e", "Event", datetime.date(2026, 1, 5), "", "events/e.html", articles)
    config = BriefingConfig(title="Briefing", description="")
    return {
        path: data.decode()
        for path, data in render_site(config, [group], keyword_index(articles), ENV)
    }


def test_an_author_read_from_a_byline_says_so_on_its_page() -> None:
    html = pages_of(article(author="Jane Doe", inferred=(("author", READ),)))["articles/a.html"]
    assert 'by Jane Doe</span> <span class="inferred">(author inferred ' + READ + ")" in html


def test_an_author_from_the_front_matter_is_shown_plainly() -> None:
    html = pages_of(article(author="Jane Doe"))["articles/a.html"]
    assert "by Jane Doe</span>" in html and "author inferred" not in html


def test_the_earliest_copy_named_by_its_outlet_is_named_once() -> None:
    earliest = Origin("Outlet A", "earliest dated copy (2026-01-05)", "a")
    made = Provenance(copy_group="a", origin=earliest)
    first = article(id="a", path="articles/a.html", outlet="Outlet A", provenance=made)
    later = article(
        id="b",
        path="articles/b.html",
        outlet="Outlet B",
        url="https://b.example/x",
        provenance=made,
    )
    html = pages_of(first, later)["events/e.html"]
    assert "origin: Outlet A, earliest dated copy (2026-01-05)<" in html
