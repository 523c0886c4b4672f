"""Tests for assigning articles to events and grouping them (generator.briefing.group)."""

from __future__ import annotations

import datetime

import pytest

from generator.briefing.group import OTHER_ID, OTHER_TITLE, assign_event, group_by_event
from generator.models import Article, EventSpec

D = datetime.date

# A product launch: announced, shown on stage, then reviewed.
LAUNCH = (
    EventSpec(
        "announcement",
        "The phone is announced",
        D(2025, 9, 1),
        ("announced", "unveiled", "press release", "pre-orders"),
    ),
    EventSpec(
        "launch-event",
        "The launch event",
        D(2025, 9, 10),
        ("launch event", "keynote", "on stage", "hands-on"),
    ),
    EventSpec(
        "reviews",
        "The first reviews",
        D(2025, 9, 20),
        ("review", "battery life", "verdict", "benchmarks"),
    ),
)

# An election: a debate, polling day, and the results the day after.
ELECTION = (
    EventSpec(
        "debate", "The televised debate", D(2024, 10, 1), ("debate", "moderator", "rebuttal")
    ),
    EventSpec(
        "polling-day",
        "Polling day",
        D(2024, 10, 15),
        ("polling stations", "turnout", "queued to vote"),
    ),
    EventSpec("results", "The results", D(2024, 10, 16), ("results", "conceded", "victory speech")),
)


def assign(title, text, published=None, requested="", events=LAUNCH):
    return assign_event(title, text, published, requested, events)


def make_article(article_id, title, published, event):
    return Article(
        id=article_id,
        file=f"{article_id}.md",
        path=f"articles/{article_id}.html",
        title=title,
        url="",
        outlet="",
        published=published,
        published_note="",
        based_on="",
        lead="",
        keywords=(),
        text="",
        removed=(),
        flags=(),
        event=event,
        event_reason="",
        digest=article_id,
    )


# --- the front matter decides first


def test_front_matter_event_wins_over_matching_terms():
    result = assign("Keynote recap", "The keynote on stage.", D(2025, 9, 10), requested="reviews")
    assert result.event_id == "reviews"
    assert result.reason == "set in the front matter (event: reviews)"


def test_front_matter_other_sends_article_to_other_coverage():
    result = assign("Keynote recap", "The keynote on stage.", D(2025, 9, 10), requested=OTHER_ID)
    assert result.event_id is None
    assert result.reason == "set in the front matter (event: other)"


def test_unknown_front_matter_event_is_ignored_and_the_article_scored():
    result = assign("Keynote recap", "On stage today.", D(2025, 9, 10), requested="launch")
    assert result.event_id == "launch-event"
    assert "front matter" not in result.reason


# --- scoring terms


def test_headline_term_outweighs_two_body_terms():
    result = assign("An early review", "It was unveiled with a press release.")
    assert result.event_id == "reviews"


def test_repeated_body_term_cannot_outweigh_a_headline_term():
    result = assign("A review of the phone", "keynote " * 10)
    assert result.event_id == "reviews"


def test_three_distinct_body_terms_outweigh_one_term_repeated_ten_times():
    text = "keynote " * 10 + "Battery life, benchmarks and a verdict."
    assert assign("The phone", text).event_id == "reviews"


def test_repeated_body_mention_counts_a_little():
    result = assign("The phone", "Review after review, the verdict: keynote on stage.")
    assert result.event_id == "reviews"


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("one-China", "respecting the one China principle"),
        ("one China", "respecting the ‘ONE‑CHINA’ principle"),
        ("launch event", "after the launch-event in Cupertino"),
        ("it's official", "“It’s official,” she said."),
        ("“unavoidable reality”", "an unavoidable reality for Seoul"),
        ("U.S. talks", "after the U.S. talks ended"),
        ("Keynote", "the KEYNOTE ran long"),
    ],
)
def test_terms_match_across_case_hyphens_and_quotes(term, text):
    events = (EventSpec("e", "E", D(2025, 1, 1), (term,)),)
    result = assign("Headline", text, D(2025, 1, 1), events=events)
    assert result.event_id == "e"


@pytest.mark.parametrize("text", ["The reviewer liked it.", "A preview of the phone.", "reviews"])
def test_terms_match_whole_words_only(text):
    events = (EventSpec("reviews", "Reviews", D(2025, 9, 20), ("review",)),)
    result = assign(text, text, D(2025, 9, 20), events=events)
    assert result.event_id is None
    assert result.reason == "no event's cue terms matched"


# --- the publication date


def test_date_alone_never_assigns_an_article():
    result = assign("Stock markets close higher", "Nothing about phones.", D(2025, 9, 10))
    assert result.event_id is None
    assert result.reason == "no event's cue terms matched"


def test_publication_the_day_after_an_event_decides_between_equal_matches():
    text = "After the debate, the results of a new poll."
    assert assign("Poll", text, D(2024, 10, 2), events=ELECTION).event_id == "debate"
    assert assign("Poll", text, D(2024, 10, 17), events=ELECTION).event_id == "results"


def test_article_published_before_an_event_gets_less_date_credit_than_one_after():
    events = (
        EventSpec("debate", "Debate", D(2024, 9, 28), ("debate",)),
        EventSpec("polling-day", "Polling day", D(2024, 10, 2), ("turnout",)),
    )
    # Three days after the debate fits better than the day before polling day.
    result = assign(
        "Campaign", "The debate and the expected turnout.", D(2024, 10, 1), events=events
    )
    assert result.event_id == "debate"


def test_fresh_date_outweighs_a_repeated_mention_of_an_older_event():
    events = (
        EventSpec("debate", "Debate", D(2024, 10, 1), ("debate",)),
        EventSpec("results", "Results", D(2024, 10, 3), ("results",)),
    )
    # Three days after the debate, mentioned twice; the day after the results, mentioned once.
    text = "The debate, the results, and the debate again."
    assert assign("Week in politics", text, D(2024, 10, 4), events=events).event_id == "results"


def test_report_within_a_week_beats_a_preview_four_days_early():
    events = (
        EventSpec("debate", "Debate", D(2024, 10, 1), ("debate",)),
        EventSpec("polling-day", "Polling day", D(2024, 10, 10), ("turnout",)),
    )
    result = assign("Debate and turnout", "", D(2024, 10, 6), events=events)
    assert result.event_id == "debate"


def test_preview_published_before_its_event_still_joins_it_and_says_so():
    text = "Polling stations open tomorrow; turnout is expected to be high."
    result = assign("Election eve", text, D(2024, 10, 14), events=ELECTION)
    assert result.event_id == "polling-day"
    assert result.reason.endswith("published 2024-10-14, the day before the event (a preview)")


def test_weak_match_counts_on_the_day_but_not_in_an_early_preview():
    text = "The keynote is the company's big moment."
    assert assign("Phone news", text, D(2025, 9, 10)).event_id == "launch-event"
    early = assign("Phone news", text, D(2025, 8, 20))
    assert early.event_id is None
    assert early.reason.startswith("too weak a match for any event (best: launch-event, ")
    assert "“keynote”" in early.reason


def test_equal_scores_go_to_the_event_closest_to_publication():
    events = (
        EventSpec("early", "Early", D(2025, 3, 1), ("alpha",)),
        EventSpec("late", "Late", D(2025, 3, 3), ("beta",)),
    )
    # Seven days after "early" and five after "late": the same date credit, "late" is closer.
    result = assign("Alpha and beta", "", D(2025, 3, 8), events=events)
    assert result.event_id == "late"


@pytest.mark.parametrize("published", [None, D(2025, 3, 11)])
def test_equal_scores_at_equal_distance_go_to_the_earlier_event(published):
    events = (
        EventSpec("alpha", "Late", D(2025, 3, 21), ("beta",)),
        EventSpec("zulu", "Early", D(2025, 3, 1), ("alpha",)),
    )
    assert assign("Alpha and beta", "", published, events=events).event_id == "zulu"


# --- other coverage


def test_article_matching_no_terms_goes_to_other_coverage_with_its_reason():
    result = assign("Quarterly earnings", "Revenue rose 4%.", D(2025, 9, 10))
    assert result.event_id is None
    assert result.reason == "no event's cue terms matched"


def test_without_events_every_article_is_other_coverage():
    result = assign("Launch event keynote", "On stage.", D(2025, 9, 10), events=())
    assert result.event_id is None
    assert result.reason == "the briefing defines no events"
    article = make_article("a", "Launch event keynote", D(2025, 9, 10), None)
    (group,) = group_by_event([article], ())
    assert (group.id, group.title, group.date, group.path) == (
        OTHER_ID,
        OTHER_TITLE,
        None,
        "events/other.html",
    )
    assert group.articles == (article,)


# --- reasons


def test_reason_names_headline_terms_text_terms_most_mentioned_first_and_the_date():
    result = assign(
        "Live from the launch event",
        "The keynote put the phone on stage, then a second phone on stage.",
        D(2025, 9, 10),
    )
    assert result.event_id == "launch-event"
    assert result.reason == (
        "matched “launch event” in the headline, “on stage” (2×) and “keynote” in the text;"
        " published 2025-09-10, the event's date"
    )


def test_spelling_variants_of_one_term_count_once():
    events = (
        EventSpec("launch-event", "Launch", D(2025, 9, 10), ("launch event", "Launch-Event")),
        EventSpec("reviews", "Reviews", D(2025, 9, 10), ("review", "verdict")),
    )
    # One headline term (3) against two headline terms (6), not two variants (6) against them.
    result = assign("Launch event review: the verdict", "", None, events=events)
    assert result.event_id == "reviews"
    assert result.reason.startswith("matched “review” and “verdict” in the headline;")


@pytest.mark.parametrize(
    ("published", "ending"),
    [
        (None, "publication date not known"),
        (D(2025, 9, 11), "published 2025-09-11, the day after the event"),
        (D(2025, 9, 14), "published 2025-09-14, 4 days after the event"),
        (D(2025, 9, 7), "published 2025-09-07, 3 days before the event (a preview)"),
    ],
)
def test_reason_describes_the_publication_date(published, ending):
    result = assign("The keynote", "", published)
    assert result.event_id == "launch-event"
    assert result.reason.endswith(ending)


def test_reason_stays_short_when_many_terms_match():
    terms = tuple(f"cue number {n}" for n in range(12))
    events = (EventSpec("e", "E", D(2025, 1, 1), terms),)
    text = " ".join(terms)
    result = assign(text, text, D(2025, 1, 1), events=events)
    assert result.event_id == "e"
    assert "and 9 more in the headline" in result.reason
    assert len(result.reason) < 200


# --- grouping


def test_groups_come_in_date_order_with_empty_events_and_other_coverage_last():
    events = (LAUNCH[2], LAUNCH[0], LAUNCH[1])
    articles = [
        make_article("r1", "Review", D(2025, 9, 20), "reviews"),
        make_article("x1", "Earnings", D(2025, 9, 2), None),
        make_article("a1", "Announced", D(2025, 9, 1), "announcement"),
    ]
    groups = group_by_event(articles, events)
    assert [g.id for g in groups] == ["announcement", "launch-event", "reviews", OTHER_ID]
    assert [g.path for g in groups] == [
        "events/announcement.html",
        "events/launch-event.html",
        "events/reviews.html",
        "events/other.html",
    ]
    launch = groups[1]
    assert (launch.title, launch.date, launch.articles) == ("The launch event", D(2025, 9, 10), ())
    assert [a.id for a in groups[3].articles] == ["x1"]


def test_events_on_the_same_date_are_ordered_by_id():
    events = (
        EventSpec("zeta", "Z", D(2025, 1, 1)),
        EventSpec("alpha", "A", D(2025, 1, 1)),
    )
    assert [g.id for g in group_by_event([], events)] == ["alpha", "zeta"]


def test_no_other_coverage_group_without_other_articles():
    articles = [make_article("d1", "Debate night", D(2024, 10, 1), "debate")]
    groups = group_by_event(articles, ELECTION)
    assert [g.id for g in groups] == ["debate", "polling-day", "results"]


def test_articles_are_ordered_by_date_then_title_with_undated_last():
    articles = [
        make_article("u", "Undated analysis", None, "debate"),
        make_article("b", "Beta take", D(2024, 10, 2), "debate"),
        make_article("c", "Late take", D(2024, 10, 3), "debate"),
        make_article("a", "alpha take", D(2024, 10, 2), "debate"),
        make_article("e", "Early take", D(2024, 10, 1), "debate"),
    ]
    (debate, *_) = group_by_event(articles, ELECTION)
    assert [a.id for a in debate.articles] == ["e", "a", "b", "c", "u"]


def test_article_assigned_to_an_undefined_event_is_an_error():
    articles = [make_article("a", "Lost", None, "nowhere")]
    with pytest.raises(ValueError, match="nowhere"):
        group_by_event(articles, ELECTION)


# --- the realistic setting: the seed articles about Lee Jae-myung's 2026 state visit to China

# The cue terms proposed for content/briefing.toml.
SEED_EVENTS = (
    EventSpec(
        "pre-visit-interview",
        "Lee sets out his China policy in a pre-visit interview",
        D(2026, 1, 2),
        (
            "interview",
            "CCTV",
            "state broadcaster",
            "unavoidable reality",
            "security cooperation",
            "hostility",
            "once a year",
            "annual",
            "leader-level",
            "dialogue with China",
            "zero-sum",
            "one-sided",
            "US-China rivalry",
            "ahead of his",
        ),
    ),
    EventSpec(
        "departure",
        "Lee sets off for Beijing",
        D(2026, 1, 4),
        (
            "set off",
            "sets off",
            "departure",
            "departs",
            "leaves for",
            "arrives",
            "arrived",
            "landed",
            "delegation",
            "business leaders",
            "executives",
            "state visit",
            "beginning Sunday",
            "on Sunday",
            "first visit",
            "first state visit",
            "four-day",
            "visits China",
            "hosts",
            "to host",
            "will host",
            "itinerary",
            "ballistic missile",
        ),
    ),
    EventSpec(
        "summit",
        "Summit with Xi Jinping",
        D(2026, 1, 5),
        (
            "summit",
            "Great Hall",
            "irreversible",
            "on Monday",
            "opening remarks",
            "strategic cooperative partnership",
            "memorandums",
            "MOUs",
            "state banquet",
            "90 minutes",
        ),
    ),
)

# Headlines and publication dates as in the seeds' SOURCES.md; texts are verbatim excerpts,
# including the passages that mention the other events.
SEEDS = [
    pytest.param(
        "President Lee Jae-myung Stresses Dialogue With China After U.S. Talks",
        "South Korean President Lee Jae-myung has underlined the need for stronger dialogue with"
        " China shortly after completing key meetings with U.S. officials.\n\n"
        "President Lee stressed that South Korea must keep channels open with China to maintain"
        " regional stability. By calling for deeper dialogue with Beijing, he signaled that Seoul"
        " will not adopt a one-sided approach despite Washington’s growing strategic"
        " expectations.\n\n"
        "Lee argued that South Korea can expand cooperation with the U.S. while still managing a"
        " constructive relationship with China. He urged policymakers to avoid framing diplomacy"
        " as a zero-sum choice.",
        None,
        "pre-visit-interview",
        id="000-undated-position-piece",
    ),
    pytest.param(
        "Lee Jae-myung China Visit 2026: Navigating the US-China Rivalry",
        "Ahead of his highly anticipated state visit to China, South Korean President Lee"
        " Jae-myung signaled a shift toward pragmatism.\n\n"
        "In an interview with Chinese state broadcaster CCTV on January 2, 2026, President Lee"
        ' described security cooperation with Washington as an "unavoidable reality" for'
        " Seoul. However, he emphasized that this relationship doesn't mean South Korea's ties"
        " with China must move toward hostility.\n\n"
        "He suggested holding summits at least once a year to address regional issues and"
        " economic cooperation.",
        D(2026, 1, 3),
        "pre-visit-interview",
        id="001-interview-report",
    ),
    pytest.param(
        "South Korea’s President Lee Jae Myung Seeks Strategic Cooperative Partnership With China",
        "South Korean President Lee Jae Myung emphasized the importance of strengthening"
        " bilateral ties with China during a high-level summit with President Xi Jinping in"
        " Beijing on Monday.\n\n"
        "## Summit Focuses on Irreversible Strategic Cooperation\n\n"
        "In his opening remarks, President Lee highlighted the summit as a chance to transform"
        " the relationship between South Korea and China into an irreversible trend of strategic"
        " cooperation.",
        D(2026, 1, 5),
        "summit",
        id="002-summit-report",
    ),
    pytest.param(
        "South Korean President Lee Jae Myung Visits China to Strengthen Trade and Ease Regional"
        " Tensions",
        "South Korea’s President Lee Jae Myung has set off for China, marking his first visit to"
        " Beijing in six years. His four-day trip comes shortly after China conducted massive"
        " military drills around Taiwan.\n\n"
        "Accompanied by a high-profile delegation of business and tech leaders, Lee aims to"
        " explore new avenues of economic cooperation.\n\n"
        "Just hours before his departure, South Korea’s military reported that North Korea had"
        " fired its first ballistic missile of the year into the Sea of Japan.\n\n"
        "In a recent interview with Chinese state broadcaster CCTV, he affirmed the importance"
        " of respecting the ‘one-China’ principle.\n\n"
        "The itinerary includes a summit with President Xi on Monday, trade talks with top"
        " officials including Chinese Premier Li Qiang on Tuesday, and a visit to Shanghai. The"
        " president will also attend a startup summit.",
        D(2026, 1, 4),
        "departure",
        id="003-departure-report",
    ),
    pytest.param(
        "China and South Korea Reinforce Strategic Dialogue as Xi Jinping Hosts President Lee"
        " Jae Myung in Beijing",
        "Beijing – China and South Korea are entering a renewed phase of diplomatic engagement"
        " as President Xi Jinping prepares to host South Korean President Lee Jae Myung for a"
        " state visit beginning Sunday.\n\n"
        "The unusually short gap between meetings of the two leaders signals growing momentum"
        " in bilateral ties.\n\n"
        "The visit reflects a mutual understanding that cooperation, rather than confrontation,"
        " best serves long-term national and regional interests.",
        D(2026, 1, 2),
        "departure",
        id="004-preview-of-the-visit",
    ),
]


@pytest.mark.parametrize(("title", "text", "published", "expected"), SEEDS)
def test_seed_articles_land_in_the_editors_events(title, text, published, expected):
    result = assign_event(title, text, published, "", SEED_EVENTS)
    assert result.event_id == expected, result.reason
    assert result.reason.startswith("matched ")
