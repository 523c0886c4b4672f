"""A rewrite in a copy group (it shares little of its own text with the others) is listed as
a rewrite, not as the same report published again; the outlets page shows "Lantern" and
"Lantern (AP)" as one outlet, with the credit beside its article."""

from __future__ import annotations

import datetime
import re

from generator.models import Article, BriefingConfig, EventGroup, Origin, Provenance, Share
from generator.site.coverage import build_coverage
from generator.site.pages import keyword_index
from generator.site.render import make_environment, render_site
from generator.site.theme import default_templates
from tests.conftest import article
from tests.test_site_copies_pages import copy

ENV = make_environment(default_templates())
AP = Origin("AP", "dateline '(AP) —'", "a")


def member(article_id: str, shares: float, group: str = "abc", **changes: object) -> Article:
    """A copy of group "a" (test_site_copies_pages.copy) sharing `shares` with each other one."""
    others = [other for other in group if other != article_id]
    shared = tuple(Share(other, shares) for other in others)
    provenance = Provenance(copy_group="a", shared_with=shared, origin=AP)
    fields: dict[str, object] = dict(published=datetime.date(2026, 1, 5), provenance=provenance)
    return copy(article_id, **{**fields, **changes})


def pages(*articles: Article) -> dict[str, str]:
    group = EventGroup("e", "Event", datetime.date(2026, 1, 5), "", "events/e.html", articles)
    config = BriefingConfig(title="Briefing", description="")
    built = render_site(config, [group], keyword_index(articles), ENV)
    return {path: content.decode() for path, content in built}


def test_a_rewrite_sharing_little_is_listed_as_a_rewrite_not_the_same_report() -> None:
    html = pages(member("a", 0.8), member("b", 0.8), member("c", 0.17))["events/e.html"]
    also = re.search(r'<p class="also">(.*?)</p>', html, re.S)[1]
    published, _, rewritten = also.partition("rewritten by")
    assert "Outlet B" in published and "Outlet C" not in published
    assert "Outlet C" in rewritten


def test_a_rewrite_s_page_says_it_retells_the_report() -> None:
    built = pages(member("a", 0.46, "ac"), member("c", 0.17, "ac"))
    assert "retells the report in words mostly its own" in built["articles/c.html"]
    assert "Outlet C, a rewrite (shares" in built["articles/a.html"]
    assert "retells" not in built["articles/a.html"]


def test_an_outlet_with_and_without_a_credit_in_brackets_is_one_row() -> None:
    plain = article(id="a", path="articles/a.html", outlet="Lantern")
    credited = article(id="b", path="articles/b.html", outlet="Lantern (AP)")
    group = EventGroup(
        "e", "Event", datetime.date(2026, 1, 5), "", "events/e.html", (plain, credited)
    )
    matrix = build_coverage([group], "outlets.html")
    assert [row.outlet for row in matrix.rows] == ["Lantern"]
    assert [link.credit for link in matrix.rows[0].cells[0]] == ["", "AP"]


def test_a_rewrite_is_measured_by_the_share_copy_detection_uses() -> None:
    from generator import models
    from generator.briefing import provenance
    from generator.briefing.copies import model

    assert model.MIN_SHARE is models.MIN_SHARE
    below = member("c", models.MIN_SHARE - 0.01, "ac")
    at = member("c", models.MIN_SHARE, "ac")
    assert provenance.rewritten(below) and not provenance.rewritten(at)
