"""A report's origin is claimed only on evidence: the earliest date counts only beside another
date; a joint credit "(WCSC/AP)" names the agency; a page with an origin and no copy says so
under its own heading, in words without nested brackets."""

from __future__ import annotations

import datetime
import re

from generator.briefing.copies import Source, origin
from generator.briefing.copies.origins import own_origin
from generator.models import BriefingConfig, EventGroup, Origin, Provenance, Share
from generator.site.pages import keyword_index
from generator.site.render import make_environment, render_site
from generator.site.theme import default_templates
from tests.conftest import article

STORY = "The harbour board voted on Thursday to close the old ferry pier for a year of repairs."
FIRST = datetime.date(2031, 3, 4)
SECOND = datetime.date(2031, 3, 5)
ENV = make_environment(default_templates())


def test_one_dated_copy_beside_an_undated_one_is_no_earliest_copy() -> None:
    dated = Source("k1", STORY, "tea.example", SECOND, "Teacup Times")
    undated = Source("k2", STORY, "mill.example", None, "Mill Wire")
    found = origin([dated, undated])
    assert found.name == "" and "earliest" not in found.how


def test_copies_all_dated_are_still_led_by_the_earliest() -> None:
    early = Source("k1", STORY, "tea.example", FIRST, "Teacup Times")
    late = Source("k2", STORY, "mill.example", SECOND, "Mill Wire")
    assert origin([late, early]).name == "Teacup Times"


def test_a_joint_credit_of_a_station_and_an_agency_names_the_agency() -> None:
    text = f"LANTERN BAY, S.C. (WKXT/AP) - {STORY}"
    copy = Source("k1", text, "tea.example", FIRST, "Teacup Times")
    other = Source("k2", STORY, "mill.example", None, "Mill Wire")
    found = origin([copy, other])
    assert (found.name, found.how) == ("AP", "dateline '(WKXT/AP) -'")
    lone = own_origin(Source("k3", f"{STORY}\n(AP/WKXT)", "ink.example", FIRST, "Ink"))
    assert lone is not None and lone.name == "AP"


def article_page(outlet: str = "Example", **provenance: object) -> str:
    lone = article(outlet=outlet, provenance=Provenance(**provenance))
    others = [article(id="b", path="articles/b.html", url="https://b.example/x")]
    group = EventGroup("e", "Event", FIRST, "", "events/e.html", (lone, *others))
    config = BriefingConfig(title="Briefing", description="")
    pages = dict(render_site(config, [group], keyword_index([lone, *others]), ENV))
    return pages["articles/a.html"].decode()


def test_an_origin_without_copies_is_shown_under_its_own_heading() -> None:
    upi = Origin("UPI", "dateline '(UPI) --'", "a")
    html = article_page(origin=upi)
    assert "The same report elsewhere" not in html
    assert "Where the report came from" in html
    assert "No other article in this briefing carries it." in html


def test_copies_keep_the_same_report_heading_and_origin_words_nest_no_brackets() -> None:
    ap = Origin("AP", "dateline '(AP) —'", "b")
    html = article_page(copy_group="g", shared_with=(Share("b", 0.5),), origin=ap)
    assert "The same report elsewhere" in html and "Where the report came from" not in html
    (words,) = re.findall(r"<p>Origin: ([^<]*)</p>", html)
    assert not re.search(r"\([^()]*\(", words), words


def test_two_copies_of_the_same_first_day_name_no_earliest() -> None:
    one = Source("k1", STORY, "tea.example", FIRST, "Teacup Times")
    other = Source("k2", STORY, "mill.example", FIRST, "Mill Wire")
    found = origin([other, one])
    assert found.name == "" and "earliest" not in found.how


def test_a_picture_credit_in_brackets_names_no_origin() -> None:
    for credit in ("(Photo/Yonhap)", "(File/AP)"):
        text = f"The harbour master on the quay at Varde on Thursday. {credit}\n\n{STORY}"
        assert own_origin(Source("k1", text, "tea.example", FIRST, "Teacup Times")) is None


def test_two_agencies_credited_together_name_the_last_as_before() -> None:
    text = f"SEOUL (Kyodo/Reuters) -- {STORY}"
    found = own_origin(Source("k1", text, "tea.example", FIRST, "Teacup Times"))
    assert found is not None and found.name == "Reuters"


def test_an_origin_read_from_the_outlets_name_quotes_that_name_once() -> None:
    credited = own_origin(Source("a", STORY, "ink.example", FIRST, "Lantern Radio (AP)"))
    assert credited is not None
    html = article_page(outlet="Lantern Radio (AP)", origin=credited)
    (words,) = re.findall(r"<p>Origin: ([^<]*?)\. No other", html)
    assert words.replace("&#39;", "'") == "AP, credited in the outlet's name 'Lantern Radio (AP)'"
