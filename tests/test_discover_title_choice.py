"""Which headline names a discovered event: the one whose words its other articles share, never
a rewrite's or a tabloid's own verb, a question, or a cut that drops the headline's contrast."""

from __future__ import annotations

import dataclasses
import datetime
import math
import random

from generator.briefing.discover import find_events, short_headline, term_counts
from generator.briefing.discover.headlines import (
    COPY_LIKENESS,
    _HeadlineWords,
    _likeness_apart_from_copies,
    _reports,
    _Whole,
)
from generator.briefing.discover.likeness import _centroid, _cosine_of_part, _unit
from generator.briefing.group import group_by_event
from generator.briefing.when import described_day
from generator.models import BriefingConfig
from tests.conftest import article, reported_item

MONDAY = datetime.date(2031, 6, 2)
# The tabloid's lead holds every word the others use: its article is the most central.
MEMORIAL = (
    "Mayor Ines Holm visits the Kellerby ferry memorial in Varde on Monday with a wreath for "
    "the ferry crew."
)


def event_title(reports: dict[str, tuple[str, str]]) -> str:
    items = [reported_item(i, title, lead, MONDAY) for i, (title, lead) in reports.items()]
    (event,) = find_events(items).events
    return event.title


def plain_reports(odd_headline: str) -> dict[str, tuple[str, str]]:
    """A visit to a memorial as four articles report it: three plain headlines, and the most
    central article's own (`odd_headline`)."""
    return {"odd": (odd_headline, MEMORIAL), **PLAIN_REPORTS}


# Three plain reports of the visit: headline and lead.
PLAIN_REPORTS = {
    "a": ("Mayor visits ferry memorial", "Mayor Ines Holm visits the Kellerby ferry memorial."),
    "b": (
        "Holm visits Kellerby memorial in Varde",
        "Mayor Ines Holm visits the ferry memorial in Varde on Monday with a wreath.",
    ),
    "c": (
        "Mayor visits Varde memorial for ferry crew",
        "The mayor visits the Kellerby memorial in Varde on Monday for the ferry crew.",
    ),
}


PLAIN = {title for title, _ in PLAIN_REPORTS.values()}


def test_a_headline_with_a_verb_no_other_article_uses_does_not_name_the_event() -> None:
    title = event_title(plain_reports("Mayor Kisses Kellerby Ferry Memorial in Varde"))
    assert title in PLAIN


def test_a_discovered_events_id_is_made_from_the_headline_its_articles_share() -> None:
    stories = [
        article(
            id=key,
            file=f"articles/{key}.md",
            title=title,
            lead=lead,
            text=lead,
            published=MONDAY,
            when=described_day(title, lead, lead, MONDAY),
            terms=term_counts(title, lead, lead),
            event=None,
            event_reason="",
        )
        for key, (title, lead) in plain_reports("Mayor Kisses Kellerby Ferry Memorial").items()
    ]
    (group,), _ = group_by_event(stories, BriefingConfig("Harbour"))
    assert "kisses" not in group.id and group.id.startswith(("mayor-visits", "holm-visits"))


def test_a_headline_opening_with_a_quotation_does_not_name_the_event() -> None:
    title = event_title(plain_reports("‘Visits for the ferry crew’: Mayor Holm at Varde memorial"))
    assert title in PLAIN


def test_a_live_pages_day_label_is_no_part_of_the_title() -> None:
    assert short_headline("Day 3: Mayor visits Kellerby ferry memorial") == (
        "Mayor visits Kellerby ferry memorial"
    )


def test_a_headline_two_outlets_print_names_the_event() -> None:
    shared = "Mayor lays wreath for Kellerby ferry crew"
    reports = {**PLAIN_REPORTS, "d": (shared, MEMORIAL), "e": (shared, MEMORIAL)}
    items = [reported_item(i, title, lead, MONDAY) for i, (title, lead) in reports.items()]
    outlets = {"d": "Varde Post", "e": "Island Radio"}
    items = [dataclasses.replace(i, outlet=outlets.get(i.id, "")) for i in items]
    (event,) = find_events(items).events
    assert event.title == shared


def test_a_question_does_not_name_the_event_when_a_headline_reports_it() -> None:
    title = event_title(plain_reports("What will Mayor Holm say at the Kellerby ferry memorial?"))
    assert title in PLAIN


def test_a_long_headline_is_not_cut_before_its_contrast() -> None:
    headline = (
        "Mayor says the new Kellerby ferry timetable is about keeping the island connected, "
        "not cutting costs"
    )
    assert len(headline) > 90
    assert short_headline(headline) == headline


def test_a_long_headline_may_still_be_cut_after_its_contrast() -> None:
    headline = (
        "Mayor says the Kellerby ferry is about the island, not costs, as the harbour board "
        "weighs new fares for the winter"
    )
    assert short_headline(headline) == (
        "Mayor says the Kellerby ferry is about the island, not costs"
    )


def test_two_copies_of_one_story_do_not_name_the_event_by_their_own_wording() -> None:
    # A rewrite and its copy, most alike to each other: counted with each other they would be
    # the most central, and name the event by the rewrite's verb.
    rewrite = (
        "Mayor Ines Holm may have laid a wreath at the Kellerby ferry memorial in Varde on "
        "Monday, the rewrite site says, as the town remembered the ferry crew and the pilots."
    )
    reports = {
        "copy-1": ("Mayor may have honoured Kellerby crew at Varde memorial", rewrite),
        "copy-2": ("Mayor may have honoured Kellerby crew at Varde memorial", rewrite),
        **PLAIN_REPORTS,
    }
    assert "may have" not in event_title(reports)


def test_weighing_a_headline_without_its_copies_equals_summing_the_others_again() -> None:
    """The shortcut that spares summing an event's other articles for each leading headline
    gives the likeness the plain sum gives, with few copies left out and with many."""
    rng = random.Random(7)
    words = [f"w{n}" for n in range(60)]
    story = _unit({w: rng.random() for w in words[:30]})
    vectors = [_unit({w: rng.random() for w in rng.sample(words, 20)}) for _ in range(12)]
    vectors += [dict(story) for _ in range(3)]  # three copies of one report
    items = [reported_item(str(i), "Ferry memorial visited", "", MONDAY) for i in range(15)]
    for members in (list(range(15)), [12, 13, 14, 0]):
        centre = _centroid(vectors[i] for i in members)
        to_centre = {i: _cosine_of_part(vectors[i], centre) for i in members}
        whole = _Whole(members, vectors, to_centre)
        for i in members:
            others = [
                j
                for j in members
                if j != i and _cosine_of_part(vectors[i], vectors[j]) < COPY_LIKENESS
            ]
            plain = _cosine_of_part(vectors[i], _centroid(vectors[j] for j in others))
            quick = _likeness_apart_from_copies(i, whole, _HeadlineWords(members, items))
            assert math.isclose(quick, plain, rel_tol=1e-9), (members, i)


def test_an_elision_opening_a_headline_is_no_quotation() -> None:
    assert _reports("'90s ferry star returns to Kellerby")
    assert _reports("'Tis the season for the Varde regatta")
    assert _reports("'Tis the season's busiest ferry weekend at Varde")
    assert not _reports("‘We’re ready’: Kellerby terminal reopens")


def test_an_explainer_headline_comes_after_one_that_reports_the_happening() -> None:
    for explainer in (
        "What to know about the Kellerby ferry memorial Mayor Holm visits",
        "What you need to know about the Kellerby ferry memorial in Varde",
        "Who is Ines Holm, the mayor at the Kellerby ferry memorial",
    ):
        assert not _reports(explainer)
        assert event_title(plain_reports(explainer)) in PLAIN
