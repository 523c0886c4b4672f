"""How pages show copies of one report: under its original, with the others "also
published"; an outlet already naming its agency in brackets; a badge a reader understands;
a check against another edit of the report; a timeline spanning years."""

from __future__ import annotations

import datetime
import re

from generator.models import (
    Article,
    BriefingConfig,
    EventGroup,
    Origin,
    Provenance,
    Quote,
    QuoteCheck,
)
from generator.site.pages import keyword_index
from generator.site.render import make_environment, render_site
from generator.site.theme import default_templates
from generator.site.timeline import build_timeline
from tests.conftest import article

ENV = make_environment(default_templates())
EARLIEST = Origin("a", "earliest dated copy (2026-01-05)", "a")


def copy(article_id: str, **changes: object) -> Article:
    fields: dict[str, object] = dict(
        id=article_id,
        path=f"articles/{article_id}.html",
        title=f"Headline {article_id}",
        url=f"https://{article_id}.example/story",
        outlet=f"Outlet {article_id.upper()}",
        provenance=Provenance(copy_group="a", origin=EARLIEST),
    )
    fields.update(changes)
    return article(**fields)


def event_page(*articles: Article) -> str:
    group = EventGroup("e", "Event", datetime.date(2026, 1, 5), "", "events/e.html", articles)
    config = BriefingConfig(title="Briefing", description="")
    pages = dict(render_site(config, [group], keyword_index(articles), ENV))
    return pages["events/e.html"].decode()


def lead_outlet(html: str) -> str:
    return re.findall(r'<span class="outlet">([^<]*)</span>', html)[0]


def test_a_report_is_shown_under_the_original_its_rewrite_names() -> None:
    # No copy dated, no agency: the one the other's based_on names is the original.
    none = Origin("", "no copy names its source or has a date")
    original = copy(
        "b",
        published=None,
        provenance=Provenance(copy_group="a", origin=none),
    )
    rewrite = copy(
        "a",
        published=None,
        based_on=original.url,
        provenance=Provenance(copy_group="a", origin=none),
    )
    html = event_page(rewrite, original)
    assert lead_outlet(html) == "Outlet B"
    assert re.search(r"also published by <a [^>]*>Outlet A", html)


def test_without_an_origin_article_the_earliest_dated_copy_leads() -> None:
    none = Origin("", "no copy names its source or has a date")
    later = copy("a", published=datetime.date(2026, 1, 6), provenance=Provenance("a", origin=none))
    first = copy("b", published=datetime.date(2026, 1, 5), provenance=Provenance("a", origin=none))
    assert lead_outlet(event_page(later, first)) == "Outlet B"


def test_the_original_source_link_reads_one_way_whatever_brackets_the_outlet_holds() -> None:
    html = event_page(article(outlet="Gazette (AP)"))
    assert "Original source: Gazette (AP)</a>" in html and "(Gazette (AP))" not in html
    assert "Original source: Example</a>" in event_page(article())


def test_the_badge_says_in_plain_words_what_the_copies_lack() -> None:
    checks = (QuoteCheck("We will win", "missing", "b"), QuoteCheck("Soon", "missing", "b"))
    flagged = copy("c", provenance=Provenance(copy_group="a", origin=EARLIEST, checks=checks))
    html = event_page(copy("a"), copy("b"), flagged)
    page = dict(
        render_site(
            BriefingConfig(title="B", description=""),
            [EventGroup("e", "E", None, "", "events/e.html", (copy("a"), copy("b"), flagged))],
            keyword_index([flagged]),
            ENV,
        )
    )[flagged.path].decode()
    assert "2 quotes not found in the other copies" in page
    assert "in no other copy" not in page + html


def test_a_check_against_another_edit_says_the_other_copy_has_other_words_there() -> None:
    other = "At a news conference late in the evening, the mayor…"
    said = "It is about a city that moves."
    check = QuoteCheck(said, "unchecked", "a", other)
    edited = copy(
        "b",
        text=f"“{said}” the mayor said.",
        quotes=(Quote(said, "The mayor", "", 0, 1, "after"),),
        provenance=Provenance(copy_group="a", origin=EARLIEST, checks=(check,)),
    )
    config = BriefingConfig(title="B", description="")
    group = EventGroup("e", "E", None, "", "events/e.html", (copy("a"), edited))
    page = dict(render_site(config, [group], keyword_index([edited]), ENV))[edited.path].decode()
    assert "could not check: the other copies of this report have other words at this point" in page
    assert "At a news conference late in the evening" in page
    assert "stop before this point" not in page


def test_timeline_days_of_more_than_one_year_say_the_year() -> None:
    def event(name: str, day: datetime.date) -> EventGroup:
        return EventGroup(name, name, day, "", f"events/{name}.html", (article(id=name),))

    spanning = build_timeline(
        [event("a", datetime.date(2023, 8, 28)), event("b", datetime.date(2024, 5, 26))],
        "index.html",
    )
    assert [day.date for day in spanning.days] == ["28 Aug 2023", "26 May 2024"]
    one_year = build_timeline(
        [event("a", datetime.date(2023, 8, 28)), event("b", datetime.date(2023, 9, 10))],
        "index.html",
    )
    assert [day.date for day in one_year.days] == ["28 Aug", "10 Sep"]
