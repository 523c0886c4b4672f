"""Events found, not configured: grouping by what happened and when, and the day an article
reports on."""

from __future__ import annotations

import dataclasses
import datetime
import random
import textwrap
import tomllib
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest

from generator.briefing import discover
from generator.briefing.discover import (
    FoundEvent,
    Grouping,
    Item,
    event_changes,
    find_events,
    pair_day_fit,
    short_headline,
    term_counts,
    terms,
)
from generator.briefing.events_toml import events_toml
from generator.briefing.group import OTHER_ID, group_by_event
from generator.briefing.when import described_day
from generator.build import Project, build
from generator.models import Article, BriefingConfig, EventSpec
from tests.conftest import (
    CLOSURE_ARTICLE,
    HASH_SEEDS,
    INSPECTION_ARTICLE,
    discovered_reasons,
    reported_item,
    run_python,
)

FRIDAY = datetime.date(2026, 1, 2)
SUNDAY = datetime.date(2026, 1, 4)
MONDAY = datetime.date(2026, 1, 5)
TUESDAY = datetime.date(2026, 1, 6)

# Three happenings of one story, each reported twice in other words, plus what every article
# of the briefing shares ("Lee", "China", "visit").
STORY = {
    "interview-a": (
        "Lee tells CCTV security ties with Washington are an unavoidable reality",
        "In an interview with state broadcaster CCTV aired on Friday, Lee said security "
        "cooperation with Washington was an unavoidable reality ahead of his China visit.",
        FRIDAY,
    ),
    "interview-b": (
        "Lee, in CCTV interview, backs one-China principle before visit",
        "Speaking to CCTV on Friday, Lee backed the one-China principle and called the "
        "security cooperation an unavoidable reality before his China visit.",
        datetime.date(2026, 1, 3),
    ),
    "departure-a": (
        "Lee leaves for Beijing with 200 business leaders",
        "Lee left Seoul for Beijing on Sunday with a delegation of 200 business leaders, hours "
        "after North Korea fired ballistic missiles, on his China visit.",
        SUNDAY,
    ),
    "departure-b": (
        "Business leaders join Lee as he departs for Beijing after missile launch",
        "Lee departed for Beijing on Sunday with 200 business leaders after North Korea's "
        "ballistic missiles, starting his China visit.",
        SUNDAY,
    ),
    "summit-a": (
        "Lee and Xi meet at the Great Hall of the People",
        "Lee and Xi Jinping met at the Great Hall of the People on Monday and signed 14 "
        "memorandums of understanding during the China visit.",
        TUESDAY,
    ),
    "summit-b": (
        "Xi hosts Lee for summit at Great Hall, 14 memorandums signed",
        "Xi Jinping hosted Lee at the Great Hall of the People on Monday, where the two signed "
        "14 memorandums of understanding on the China visit.",
        MONDAY,
    ),
}


def item(article_id: str, *, dated: bool = True) -> Item:
    title, lead, published = STORY[article_id]
    published = published if dated else None
    when = described_day(title, lead, lead, published)
    return Item(article_id, title, lead, term_counts(title, lead, lead), published, when)


def grouping(events: list) -> set[frozenset[str]]:
    return {frozenset(event.articles) for event in events}


def test_articles_reporting_one_happening_form_one_event_and_the_number_of_events_follows() -> None:
    events = find_events([item(i) for i in STORY]).events
    assert grouping(events) == {
        frozenset({"interview-a", "interview-b"}),
        frozenset({"departure-a", "departure-b"}),
        frozenset({"summit-a", "summit-b"}),
    }
    assert [e.date for e in events] == [FRIDAY, SUNDAY, MONDAY]  # in date order


def test_without_any_dates_the_words_still_find_the_events() -> None:
    events = find_events([item(i, dated=False) for i in STORY]).events
    assert frozenset({"summit-a", "summit-b"}) in grouping(events)
    assert frozenset({"departure-a", "departure-b"}) in grouping(events)


def test_a_discovered_event_is_titled_by_a_headline_and_summarised_in_verbatim_sentences() -> None:
    events = find_events([item(i) for i in STORY]).events
    summit = next(e for e in events if "summit-a" in e.articles)
    assert summit.title in {STORY["summit-a"][0], STORY["summit-b"][0]}
    assert 1 <= len(summit.summary) <= 3
    for sentence in summit.summary:
        assert sentence.text in STORY[sentence.article][1]
    assert len({s.article for s in summit.summary}) == len(summit.summary)  # no two alike


@pytest.mark.parametrize("kicker", ["The Latest: ", "LIVE: ", "Analysis | ", "Breaking News — "])
def test_an_events_title_leaves_out_the_kicker_that_labels_the_page(kicker: str) -> None:
    assert short_headline(f"{kicker}Lee and Xi meet at the Great Hall") == (
        "Lee and Xi meet at the Great Hall"
    )
    assert short_headline("Live music returns to the Great Hall") == (
        "Live music returns to the Great Hall"
    )


def test_the_terms_that_say_why_an_article_belongs_are_words_a_reader_knows() -> None:
    reports = {
        "flood-a": ("Floods close roads", "ST. PAUL (AP) — Floods closed two roads on Monday."),
        "flood-b": ("Rain falls again", "ST. PAUL (AP) — Rain fell for a third day on Monday."),
    }
    reasons = discovered_reasons(reports, MONDAY)
    assert "\u2018PAUL\u2019" in reasons  # the place they share is named, as they spell it
    assert "\u2018ap\u2019" not in reasons and "\u2018st\u2019" not in reasons


def test_each_article_says_what_it_shares_and_which_day_it_describes() -> None:
    events = find_events([item(i) for i in STORY]).events
    reasons = dict(r for e in events for r in e.reasons)
    assert "with 1 other article" in reasons["summit-a"]
    assert "describes 5 January (\u201cMonday\u201d, published 6 January)" in reasons["summit-a"]


def launch(article_id: str, lead: str, published: datetime.date | None) -> Item:
    title = "India launches its Chandrayaan-3 moon mission from Sriharikota"
    when = described_day(title, lead, lead, published)
    return Item(article_id, title, lead, term_counts(title, lead, lead), published, when)


def test_a_day_named_without_a_year_takes_the_year_the_other_articles_give_or_none() -> None:
    dated = launch(
        "dated",
        "The rocket carrying Chandrayaan-3 lifted off from Sriharikota on July 14, 2023.",
        datetime.date(2023, 7, 14),
    )
    undated = launch(
        "undated", "The rocket carrying Chandrayaan-3 lifted off from Sriharikota on July 14.", None
    )
    (event,) = find_events([dated, undated]).events
    assert event.date == datetime.date(2023, 7, 14)
    (alone,) = find_events([undated]).events
    assert alone.date is None  # never a placeholder year shown as the event's date
    assert alone.date_basis.endswith("\u201cJuly 14\u201d, in a year no article gives")


def test_an_event_summary_opens_with_a_sentence_that_opens_its_article() -> None:
    def summit(article_id: str, opening: str) -> Item:
        title = "Lee and Xi meet at the Great Hall of the People"
        lead = (
            f"{opening} The talks at the Great Hall of the People ended with 14 memorandums of "
            "understanding signed by Lee and Xi Jinping on the China visit."
        )
        when = described_day(title, lead, lead, MONDAY)
        return Item(article_id, title, lead, term_counts(title, lead, lead), MONDAY, when)

    openings = {
        "a": "Xi Jinping welcomed Lee in Beijing on Monday for their first summit in years.",
        "b": "Lee and Xi Jinping held their first summit in Beijing on Monday, officials said.",
    }
    (event,) = find_events([summit(i, text) for i, text in openings.items()]).events
    first = event.summary[0]
    assert first.text == openings[first.article]


def test_an_event_summary_never_gives_the_same_news_twice_in_other_words() -> None:
    title = "Storm Ada strengthens to a Category 5 hurricane on its way to the coast"
    leads = {  # "short" says what "long" does: their terms' cosine is under 0.4 all the same
        "long": "Ada strengthened rapidly Monday into a Category 5 hurricane on a path toward "
        "the Gulf Coast, threatening the densely populated port city of Mobile with a potential "
        "direct hit and menacing the same stretch of shoreline that another storm flooded less "
        "than three weeks ago, forecasters warned.",
        "short": "Ada rapidly strengthened over warm water in the gulf on Monday, becoming a "
        "Category 5 storm on a path toward the coast.",
        "other": "Officials in Mobile ordered the evacuation of low-lying neighbourhoods and "
        "opened twelve shelters for residents without transport.",
    }
    found = [reported_item(i, title, lead, MONDAY) for i, lead in leads.items()]
    (event,) = find_events(found).events
    chosen = {sentence.article for sentence in event.summary}
    assert "other" in chosen and not {"long", "short"} <= chosen


def test_an_event_is_not_titled_by_a_video_headline_when_another_reports_it() -> None:
    lead = (
        "Lee and Xi Jinping met at the Great Hall of the People on Monday and signed 14 "
        "memorandums of understanding during the China visit."
    )
    titles = {  # the video's headline holds the words of both others: the most central
        "hall": "Lee and Xi meet at the Great Hall, sign memorandums",
        "video": "Watch: Lee and Xi meet at the Great Hall, sign memorandums, talk trade",
        "trade": "Lee and Xi talk trade in Beijing",
    }
    found = [
        Item(i, t, lead, term_counts(t, lead, lead), MONDAY, described_day(t, lead, lead, MONDAY))
        for i, t in titles.items()
    ]
    (event,) = find_events(found).events
    assert event.title in (titles["hall"], titles["trade"])


def test_a_configured_event_with_only_id_title_and_date_takes_the_articles_that_fit_it() -> None:
    anchors = [EventSpec("summit", "Summit with Xi Jinping at the Great Hall", MONDAY)]
    events = find_events([item(i) for i in STORY], anchors).events
    summit = next(e for e in events if e.anchor == "summit")
    assert set(summit.articles) == {"summit-a", "summit-b"}
    assert summit.title == "Summit with Xi Jinping at the Great Hall"
    assert all(e.anchor is None for e in events if e is not summit)  # the rest: discovered


def test_an_article_drawn_to_a_configured_event_at_first_moves_to_the_one_like_it() -> None:
    # The banquet report also names the morning's procession, and nobody writes "St George's
    # Hall" or "toast": the welcome's words draw it first. Judged then against each event's
    # other articles, not against itself, it goes to the banquet.
    windsor = {
        "welcome-a": (
            "Trump welcomed at Windsor with a carriage procession",
            "The King greeted Trump with a guard of honour and a carriage procession through "
            "Windsor on Monday.",
            "",
        ),
        "welcome-b": (
            "Guard of honour and carriage procession greet Trump at Windsor",
            "A guard of honour and a carriage procession greeted Trump at Windsor on Monday.",
            "",
        ),
        "banquet-a": (
            "King hails bond with America at Windsor banquet",
            "The King hailed the bond with America at a state banquet at Windsor Castle on "
            "Monday, after a carriage procession.",
            " Earlier the guests had a guard of honour and a carriage procession.",
        ),
        "banquet-b": (
            "Trump praises the King in state banquet speech",
            "Trump praised the King in his speech at the state banquet at Windsor Castle on Monday.",
            "",
        ),
    }
    items = [
        Item(
            i,
            t,
            lead,
            term_counts(t, lead, lead + body),
            MONDAY,
            described_day(t, lead, "", MONDAY),
        )
        for i, (t, lead, body) in windsor.items()
    ]
    anchors = [
        EventSpec("welcome", "Carriage procession at Windsor", MONDAY, ("guard of honour",)),
        EventSpec(
            "banquet", "State banquet at Windsor Castle", MONDAY, ("St George's Hall", "toast")
        ),
    ]
    events = find_events(items, anchors).events
    assert grouping(events) == {
        frozenset({"welcome-a", "welcome-b"}),
        frozenset({"banquet-a", "banquet-b"}),
    }


def test_outlets_spelling_a_name_with_or_without_accents_share_its_term() -> None:
    assert terms("Orbán welcomes Xi") == terms("Orban welcomes Xi")
    assert terms("Xi\u2019s visit") == terms("Xi's visit")
    assert terms("Зеленский") == ["зеленский"]  # other scripts keep their letters whole


def test_a_preview_is_its_own_event_not_part_of_the_happening_it_announces() -> None:
    preview = "Xi Jinping will host Lee for a summit in Beijing on Monday, officials said."
    title = "Xi to host Lee for summit in Beijing"
    when = described_day(title, preview, preview, FRIDAY)
    assert when.preview and when.day == FRIDAY and when.ahead == MONDAY
    items = [item(i) for i in STORY]
    items.append(
        Item("preview", title, preview, term_counts(title, preview, preview), FRIDAY, when)
    )
    events = find_events(items).events
    summit = next(e for e in events if "summit-a" in e.articles)
    assert "preview" not in summit.articles


def test_an_undated_article_goes_with_the_happening_on_the_weekday_it_names() -> None:
    # Its words fit both days of the storm; only "late Monday" says which one it reports.
    monday, wednesday = datetime.date(2026, 1, 5), datetime.date(2026, 1, 7)
    reports = {
        "monday-a": (
            "Storm Dara grows into a major hurricane over the gulf",
            "Storm Dara grew into a major hurricane over the gulf on Monday, and forecasters "
            "warned the coast to prepare for evacuations.",
            monday,
        ),
        "monday-b": (
            "Dara becomes a major hurricane as evacuations begin",
            "Dara became a major hurricane on Monday, forecasters said, and evacuations began "
            "along the coast.",
            monday,
        ),
        "wednesday-a": (
            "Storm Dara makes landfall on the coast",
            "Storm Dara made landfall on the coast on Wednesday night, forecasters said, with "
            "winds flattening homes near the shore.",
            wednesday,
        ),
        "wednesday-b": (
            "Dara hits the coast, flattening homes",
            "Dara hit the coast on Wednesday, forecasters said, flattening homes near the shore.",
            wednesday,
        ),
    }
    undated = reported_item(
        "undated",
        "Storm Dara threatens the coast",
        "Forecasters said late Monday that Storm Dara threatens the coast.",
        None,
    )
    assert undated.when.day is None and undated.when.weekday == 0
    items = [reported_item(i, *report) for i, report in reports.items()]
    assert grouping(find_events([*items, undated]).events) == {
        frozenset({"monday-a", "monday-b", "undated"}),
        frozenset({"wednesday-a", "wednesday-b"}),
    }


def test_the_day_reported_is_resolved_against_the_publication_date() -> None:
    assert described_day("", "Lee met Xi on Monday.", "", TUESDAY).day == MONDAY
    assert (
        described_day("", "Officials said yesterday that talks ended.", "", TUESDAY).day == MONDAY
    )
    assert described_day("", "The summit was held on Jan. 5.", "", TUESDAY).day == MONDAY
    new_year = described_day("", "The leaders met on Dec. 30.", "", datetime.date(2027, 1, 2))
    assert new_year.day == datetime.date(2026, 12, 30)  # the nearest year, not this one
    undated = described_day("", "Lee met Xi on Monday.", "", None)
    assert undated.day is None and "no date" in undated.basis


def test_a_date_the_headline_gives_without_a_verb_is_ahead_when_the_lead_says_so() -> None:
    # Headlines drop their verbs: the lead says the visit is still to come.
    when = described_day(
        "Xi on a state visit to France on May 6 and 7",
        "Xi Jinping is expected in Paris on May 6 for a two-day state visit.",
        "",
        None,
    )
    assert when.preview and when.day is None
    assert when.ahead is not None and (when.ahead.month, when.ahead.day) == (5, 6)


def test_a_preview_stays_a_preview_whatever_earlier_day_its_body_recalls() -> None:
    title = "Xi to host Lee for summit in Beijing"
    lead = "Xi Jinping will host Lee for a summit in Beijing on Monday, officials said."
    body = " Lee told CCTV on Friday that security ties with Washington were a reality."
    saturday = datetime.date(2026, 1, 3)
    when = described_day(title, lead, lead + body, saturday)
    assert when.preview and when.day == saturday and when.ahead == MONDAY


def test_an_undated_report_of_a_weekday_is_not_dated_by_the_background_below_it() -> None:
    lead = "ISRO said on Saturday that Chandrayaan-3 had been inserted into lunar orbit."
    body = " The craft was launched on July 14 and slung towards the Moon on August 1."
    when = described_day("Chandrayaan-3 enters lunar orbit", lead, lead + body, None)
    assert when.day is None and not when.preview
    assert "\u201cSaturday\u201d" in when.basis and "no date" in when.basis


def test_a_day_long_before_publication_further_down_is_background() -> None:
    title = "Jury finds Trump guilty on all 34 counts"
    lead = "Jurors found former president Donald Trump guilty on all 34 counts."
    thursday = datetime.date(2024, 5, 30)
    background = " Judge Merchan has presided over the trial since jury selection on April 15."
    assert described_day(title, lead, lead + background, thursday).day == thursday
    recent = " The jury had begun its deliberations on Wednesday."
    assert described_day(title, lead, lead + recent, thursday).day == datetime.date(2024, 5, 29)


def article(article_id: str, event: str = "") -> Article:
    title, lead, published = STORY[article_id]
    return Article(
        id=article_id,
        file=f"articles/{article_id}.md",
        path=f"articles/{article_id}.html",
        title=title,
        url="",
        outlet="Example",
        published=published,
        published_note="",
        based_on="",
        lead=lead,
        keywords=(),
        text=lead,
        removed=(),
        flags=(),
        requested_event=event,
        when=described_day(title, lead, lead, published),
        terms=term_counts(title, lead, lead),
        event=None,
        event_reason="",
        digest=article_id,
    )


def config(*events: EventSpec, discover: bool = True) -> BriefingConfig:
    return BriefingConfig("Briefing", events=events, discover=discover)


def test_front_matter_pins_an_article_to_an_event_whatever_its_text() -> None:
    groups, _ = group_by_event(
        [article(i, "summit" if i == "interview-a" else "") for i in STORY],
        config(EventSpec("summit", "Summit", MONDAY)),
    )
    summit = next(g for g in groups if g.id == "summit")
    pinned = next(a for a in summit.articles if a.id == "interview-a")
    assert pinned.event_reason == "set in the front matter (event: summit)"


def test_with_discover_off_articles_that_fit_no_configured_event_are_other_coverage() -> None:
    groups, _ = group_by_event(
        [article(i) for i in STORY],
        config(EventSpec("summit", "Summit at the Great Hall", MONDAY), discover=False),
    )
    assert [g.id for g in groups] == ["summit", OTHER_ID]
    assert {a.id for a in groups[1].articles} >= {"interview-a", "departure-a"}
    assert all(not g.discovered for g in groups)


def test_discovered_events_are_marked_and_have_ids_apart_from_the_configured_ones() -> None:
    groups, _ = group_by_event(
        [article(i) for i in STORY], config(EventSpec("summit", "Summit", MONDAY))
    )
    discovered = [g for g in groups if g.discovered]
    assert len(discovered) == 2 and all(g.id not in {"summit", OTHER_ID} for g in discovered)
    assert all(a.event == g.id and a.event_reason for g in groups for a in g.articles)


@pytest.mark.parametrize(
    ("headline", "slug"),
    [
        (
            "Lee Jae-myung China Visit 2026: Navigating the US-China Rivalry",
            "lee-jae-myung-china-visit-2026",
        ),
        (
            "South Korea's Lee visits China, hoping to sidestep Taiwan tensions",
            "south-koreas-lee-visits-china",
        ),
        (
            "Business leaders join Lee as he departs for Beijing after missile launch",
            "business-leaders-join-lee",
        ),
        (
            "Lee, in CCTV interview, backs one-China principle",
            "lee-in-cctv-interview-backs-one-china-principle",  # never cut mid-phrase
        ),
    ],
)
def test_a_discovered_events_id_is_a_slug_of_its_headlines_opening(
    headline: str, slug: str
) -> None:
    lead = "Lee and Xi Jinping met at the Great Hall of the People on Monday during the visit."
    when = described_day(headline, lead, lead, MONDAY)
    found = Item("a", headline, lead, term_counts(headline, lead, lead), MONDAY, when)
    (event,) = find_events([found]).events
    groups, _ = group_by_event([dataclasses.replace(article("summit-a"), title=headline)], config())
    assert event.title == headline and groups[0].id == slug


def test_the_printed_events_paste_into_briefing_toml_and_keep_their_grouping() -> None:
    articles = [article(i) for i in STORY]
    groups, _ = group_by_event(articles, config())
    pasted = tomllib.loads(events_toml(groups))["events"]
    assert [e["id"] for e in pasted] == [g.id for g in groups]
    specs = [
        EventSpec(e["id"], e["title"], e["date"], summary=e.get("summary", "")) for e in pasted
    ]
    again, _ = group_by_event(articles, config(*specs))
    before = {g.id: {a.id for a in g.articles} for g in groups}
    assert {g.id: {a.id for a in g.articles} for g in again} == before


def test_a_printed_event_with_no_date_says_why_and_still_parses() -> None:
    headline = "Rocket carrying the lunar probe lifts off from the coast"
    lead = (
        "The rocket carrying the lunar probe lifted off from the coast on July 14, officials said."
    )
    undated = dataclasses.replace(
        article("summit-a"),
        title=headline,
        lead=lead,
        text=lead,
        published=None,
        when=described_day(headline, lead, lead, None),
        terms=term_counts(headline, lead, lead),
    )
    groups, _ = group_by_event([undated], config())
    printed = events_toml(groups)
    assert (
        "# date = YYYY-MM-DD  # the article describes it: \u201cJuly 14\u201d, in a year" in printed
    )
    assert "date" not in tomllib.loads(printed)["events"][0]


def test_a_new_article_joins_one_event_and_leaves_the_others_as_they_were() -> None:
    first = find_events([item(i) for i in STORY if i != "summit-b"])
    again = find_events([item(i) for i in STORY], previous=first)
    assert grouping(again.events) == grouping(find_events([item(i) for i in STORY]).events)
    untouched = [e for e in first.events if "summit-a" not in e.articles]
    assert all(event in again.events for event in untouched)  # titles, summaries, reasons kept


def test_an_unrelated_article_starts_an_event_of_its_own_without_reshuffling() -> None:
    first = find_events([item(i) for i in STORY])
    stray = "A ferry strike in Busan ended on Monday after a pay deal, the union said."
    when = described_day("Busan ferry strike ends", stray, stray, TUESDAY)
    items = [item(i) for i in STORY]
    items.append(
        Item(
            "ferry", "Busan ferry strike ends", stray, term_counts("", stray, stray), TUESDAY, when
        )
    )
    again = find_events(items, previous=first)
    assert set(first.events) < set(again.events)
    assert frozenset({"ferry"}) in grouping(again.events)


def test_a_grouping_made_with_other_configured_events_is_not_reused() -> None:
    first = find_events([item(i) for i in STORY if i != "summit-b"])
    anchors = [EventSpec("summit", "Summit with Xi Jinping at the Great Hall", MONDAY)]
    again = find_events([item(i) for i in STORY], anchors, previous=first)
    assert any(e.anchor == "summit" for e in again.events)


def found(title: str, *articles: str) -> FoundEvent:
    return FoundEvent(None, title, None, "", (), articles, ())


def test_the_build_says_which_event_a_new_article_joined_started_or_bridged() -> None:
    before = Grouping("", (found("Summit", "a", "b"), found("Dinner", "c")))
    joined = Grouping("", (found("Summit", "a", "b", "d"), found("Dinner", "c")))
    assert event_changes(before, joined) == ("new article ‘d’ joined “Summit”",)
    started = Grouping("", (*before.events, found("Airport farewell", "e")))
    assert event_changes(before, started) == (
        "new article ‘e’ started the event “Airport farewell”",
    )
    bridged = Grouping("", (found("Summit and dinner", "a", "b", "c", "f"),))
    assert event_changes(before, bridged) == (
        "new article ‘f’ bridged “Summit” and “Dinner” into “Summit and dinner”",
    )
    assert event_changes(before, before) == () and event_changes(None, joined) == ()


def test_an_editor_deleting_a_pinned_event_to_merge_it_is_not_called_discovery() -> None:
    pinned = (
        FoundEvent("ferry-strike", "Dockers walk out", None, "", (), ("a", "b"), ()),
        FoundEvent("strike-ends", "Ferries sail again", None, "", (), ("c",), ()),
    )
    before = Grouping("(ferry-strike, strike-ends)", pinned)
    merged = Grouping("(ferry-strike)", (dataclasses.replace(pinned[0], articles=("a", "b", "c")),))
    assert event_changes(before, merged) == (
        "with the event “Ferries sail again” gone from briefing.toml, its articles joined "
        "“Dockers walk out”",
    )
    # Discovery alone, the configured events unchanged, still says so, by the events' titles.
    again = Grouping("", (found("Dockers walk out", "a", "b", "c"),))
    assert event_changes(Grouping("", pinned), again) == (
        "Discovery joined “Dockers walk out” and “Ferries sail again” into “Dockers walk out”",
    )


def test_adding_an_article_reports_the_event_it_joined(make_content, tmp_path: Path) -> None:
    content = make_content({"closure.md": CLOSURE_ARTICLE})
    build(Project(content, tmp_path / "site"))
    (content / "articles" / "inspection.md").write_text(INSPECTION_ARTICLE, encoding="utf-8")
    report = build(Project(content, tmp_path / "site"))
    assert len(report.event_changes) == 1
    # Named by its file, which the editor knows (its id is a slug of its headline).
    assert report.event_changes[0].startswith("new article ‘articles/inspection.md’ joined")
    assert build(Project(content, tmp_path / "site")).event_changes == ()


def pair_by_pair(items: list[Item], vectors: list[dict[str, float]]) -> dict:
    """The similarity of each two articles that share one of their strongest terms (or one
    as strong as the last of them), found one pair at a time."""
    holders = Counter(term for vector in vectors for term in vector)
    strong: dict[str, list[int]] = {}
    for i, vector in enumerate(vectors):
        linking = [t for t in vector if 2 <= holders[t] <= discover._MOST_SHARING]
        ranked = sorted(linking, key=lambda t: (-vector[t], t))
        last = vector[ranked[discover._TOP_TERMS - 1]] if len(ranked) >= discover._TOP_TERMS else 0
        for term in (
            t for n, t in enumerate(ranked) if n < discover._TOP_TERMS or vector[t] >= last
        ):
            strong.setdefault(term, []).append(i)
    pairs = {(a, b) for group in strong.values() for a, b in combinations(group, 2)}
    return {
        (a, b): sum(vectors[a][t] * vectors[b][t] for t in vectors[a].keys() & vectors[b].keys())
        * pair_day_fit(items[a].when, items[b].when)
        for a, b in pairs
    }


def strongest(similarities: dict) -> dict:
    """The pairs among the NEIGHBOURS strongest of either article's."""
    found: dict[int, list[float]] = {}
    for (a, b), similarity in similarities.items():
        found.setdefault(a, []).append(similarity)
        found.setdefault(b, []).append(similarity)
    most = discover.NEIGHBOURS
    floor = {i: sorted(s)[-most] if len(s) >= most else 0.0 for i, s in found.items()}
    return {(a, b): s for (a, b), s in similarities.items() if s >= min(floor[a], floor[b])}


def test_the_links_kept_are_those_a_comparison_of_each_pair_keeps() -> None:
    # Reports of three happenings over three weeks: each article shares strong terms with more
    # articles than it keeps links to, most of them reporting days far apart.
    draw = random.Random(7)
    happenings = [
        ["flood", "river", "levee", "rescue", "Halden", "evacuation", "rainfall", "bridge"],
        ["strike", "rail", "union", "wages", "Northern", "talks", "drivers", "timetable"],
        ["launch", "satellite", "rocket", "orbit", "Riverside", "weather", "payload", "pad"],
    ]
    items = []
    for n in range(150):
        words = happenings[n % 3]
        title = " ".join(draw.sample(words, 4)).capitalize()
        lead = " ".join(draw.sample(words, 6)).capitalize() + "."
        published = FRIDAY + datetime.timedelta(days=draw.randrange(21))
        when = described_day(title, lead, lead, published)
        items.append(Item(f"a{n}", title, lead, term_counts(title, lead, lead), published, when))
    items.insert(30, items[10])  # a copy: articles 11 to 29 come after one, before the other
    vectors = discover.Weights().vectors(items)
    every = pair_by_pair(items, vectors)
    expected = strongest(every)
    links = discover._similarities(range(len(items)), items, vectors)
    assert links.keys() == expected.keys() and len(links) < len(every)
    assert all(abs(links[pair] - expected[pair]) < 1e-12 for pair in links)
    # The copy is exactly as like another article as the original is, whichever comes first.
    for other in range(11, 30):
        if (10, other) in links and (other, 30) in links:
            assert links[10, other] == links[other, 30]


def test_the_likeness_of_two_articles_is_exact_so_no_process_orders_it_differently() -> None:
    # Sets of terms iterate in an order that changes with each process's string hashing; a
    # rounded sum would then break a tie between two titles one way in one build and the other
    # way in the next, and the event's id (a slug of its title) with it.
    from generator.briefing.discover import _cosine

    a = {"bridge": 1e16, "cables": 1.0, "closure": -1e16}
    b = {"bridge": 1.0, "cables": 1.0, "closure": 1.0}
    assert _cosine(a, b) == _cosine(b, a) == 1.0


# ---------------------------------------------------------------------------- kept between builds


def edited(article_id: str, lead: str) -> Item:
    """The article with a new lead, as the build hands it over after an edit: its key (the
    article's digest) changes with it."""
    title, _, published = STORY[article_id]
    when = described_day(title, lead, lead, published)
    terms_counted = term_counts(title, lead, lead)
    return Item(article_id, title, lead, terms_counted, published, when, key=f"{article_id} {lead}")


SUMMIT_B_AGAIN = (
    "Xi Jinping hosted Lee at the Great Hall of the People on Monday, where the two signed "
    "14 memorandums of understanding on the China visit and a panda loan."
)


def story_with(*changed: Item) -> list[Item]:
    replaced = {i.id: i for i in changed}
    return [replaced.get(article_id) or item(article_id) for article_id in STORY]


def weighed(vectors: list[dict[str, float]]) -> list[list[tuple[str, float]]]:
    return [list(vector.items()) for vector in vectors]  # the order counts: strongest first


def test_weights_kept_from_the_last_build_are_those_weighed_afresh(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    weights = discover.Weights()
    weights.vectors(story_with())
    again: list[list[str]] = []
    weigh = discover.Weights._weigh
    monkeypatch.setattr(
        discover.Weights,
        "_weigh",
        lambda self, given: again.append(list(given)) or weigh(self, given),
    )
    # The lead gains "panda" and "loan", which no other article holds: no other term's
    # rarity changes, so the edited article alone is weighed.
    after_edit = story_with(edited("summit-b", SUMMIT_B_AGAIN))
    assert weighed(weights.vectors(after_edit)) == weighed(discover.Weights().vectors(after_edit))
    assert again[0] == [f"summit-b {SUMMIT_B_AGAIN}"]
    # "CCTV" is now held by one more article: the two interviews holding it are weighed too.
    again.clear()
    after_another = story_with(edited("summit-b", SUMMIT_B_AGAIN + " CCTV aired it."))
    kept = weights.vectors(after_another)
    assert weighed(kept) == weighed(discover.Weights().vectors(after_another))
    assert sorted(again[0]) == [
        "interview-a",
        "interview-b",
        f"summit-b {SUMMIT_B_AGAIN} CCTV aired it.",
    ]


_INTERVIEW_AND_SUMMIT = (
    EventSpec("interview", "Lee interview with CCTV", FRIDAY),
    EventSpec("summit", "Summit with Xi Jinping at the Great Hall", MONDAY),
)


def test_an_edit_placed_with_kept_weights_finds_the_events_found_afresh() -> None:
    anchors = _INTERVIEW_AND_SUMMIT
    weights = discover.Weights()
    first = find_events(story_with(), anchors, None, weights)
    after_edit = story_with(edited("summit-b", SUMMIT_B_AGAIN))
    kept = find_events(after_edit, anchors, first, weights)
    assert kept == find_events(after_edit, anchors, first)  # weights made afresh


def test_an_edit_centres_again_only_the_configured_event_it_changed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    anchors = _INTERVIEW_AND_SUMMIT
    weights = discover.Weights()
    first = find_events(story_with(), anchors, None, weights)
    after_edit = story_with(edited("summit-b", SUMMIT_B_AGAIN))
    second = find_events(after_edit, anchors, first, weights)  # the events' centroids, kept
    centred: list[int] = []
    centroid = discover._centroid
    # Read where it is called: by Weights.centroid and by the events' summaries.
    for module in (discover.weights, discover.events):
        monkeypatch.setattr(
            module, "_centroid", lambda vectors: centred.append(1) or centroid(vectors)
        )
    again = story_with(edited("summit-b", SUMMIT_B_AGAIN + " Fireworks lit the sky."))
    third = find_events(again, anchors, second, weights)
    assert any("summit-b" in e.articles for e in third.events if e.anchor == "summit")
    # To place the article, the events' centroids without it: the interview's as it was,
    # and the summit's as the last edit made it (its other articles are the same). Only the
    # summit's summary is centred again, with the edited article in it.
    assert len(centred) == 1


def test_discovery_placing_an_edit_is_the_same_in_every_process() -> None:
    code = textwrap.dedent(
        """
        from tests.test_discover import SUMMIT_B_AGAIN, edited, story_with
        from generator.briefing import discover
        weights = discover.Weights()
        first = discover.find_events(story_with(), (), None, weights)
        after = discover.find_events(story_with(edited("summit-b", SUMMIT_B_AGAIN)), (), first, weights)
        print(repr(first), repr(after))
        """
    )
    assert len({run_python(code, hash_seed=seed) for seed in HASH_SEEDS}) == 1
