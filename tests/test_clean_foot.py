"""Tests for the cleaning rules of issue 18: the lines around a story's foot and its embeds.

Each test pins a class of boilerplate (made-up lines, not the development set's) and a story
line of a like shape that the cleaner must keep.
"""

from __future__ import annotations

import pytest

from generator.analysis.clean import clean
from generator.models import RemovedLine
from tests.conftest import dropped, page, story_lines

_STORY = (
    "The harbour board approved the new ferry timetable on Tuesday after a long meeting.",
    "Boats will leave every twenty minutes at rush hour, and the night crossing returns in May.",
    "The board said the timetable would be reviewed again in the autumn, once the figures are in.",
)
_TITLE = "Harbour board approves ferry timetable"


def _dropped(raw: str, title: str = _TITLE) -> dict[str, str]:
    return dropped(raw, title)


def test_a_date_glued_to_a_reading_time_is_a_timestamp() -> None:
    meta = "4 May 2024 3 Minutes read"
    assert _dropped(page(meta, *_STORY)) == {meta: "timestamp"}
    told = "The 3 minutes read aloud on 4 May 2024 moved the whole hall to tears."
    assert story_lines(clean(page(*_STORY, told), _TITLE)) == [*_STORY, told]


@pytest.mark.parametrize(
    "frame", ["View this post on Instagram", "A post shared by Jane Roe (@jane.roe)"]
)
def test_the_frame_of_an_embedded_post_is_dropped(frame: str) -> None:
    assert _dropped(page(_STORY[0], frame, *_STORY[1:])) == {frame: "embedded post"}
    told = "She shared a post on Instagram on Monday showing the new ferry at the quay."
    assert story_lines(clean(page(*_STORY, told), _TITLE)) == [*_STORY, told]


def test_a_see_also_link_without_a_colon_is_a_teaser() -> None:
    link = "See also Ferry Fares Rise Again In Spring - The Harbour Times"
    assert _dropped(page(*_STORY[:2], link, _STORY[2])) == {link: "related-article teaser"}
    told = "See also the board's report, which lists every crossing cut since 2019."
    assert story_lines(clean(page(*_STORY, told), _TITLE)) == [*_STORY, told]


def test_a_newsletter_blurb_ending_on_its_sign_up_prompt_is_dropped() -> None:
    blurb = (
        "Welcome to Harbour Notes — our weekly round-up of everything that happened on the "
        "waterfront and in the boatyards. Sign up here to get it in your inbox every Monday."
    )
    assert _dropped(page(blurb, *_STORY)) == {blurb: "newsletter prompt"}
    told = (
        "The rowing club sent its first newsletter in 1998 to forty members in the town. "
        "Sign-up sheets now fill a whole wall of the boathouse."
    )
    assert story_lines(clean(page(*_STORY, told), _TITLE)) == [*_STORY, told]


def test_a_line_naming_the_subscription_the_story_is_sold_in_is_a_paywall() -> None:
    # Too long for a newsletter's prompt: the headline comes first.
    notice = (
        "Harbour Board Approves New Ferry Timetable After Long Meeting On Crossings And Fares "
        "For Next Year is part of our Harbour Pro, Ports Weekly and Shipping Intelligence "
        "subscriptions"
    )
    assert _dropped(page(*_STORY, notice)) == {notice: "paywall"}
    told = "The ferry is part of our town's history, and its fares are part of daily life."
    assert story_lines(clean(page(*_STORY, told), _TITLE)) == [*_STORY, told]


def test_authors_cards_at_the_foot_are_bylines_but_a_profile_in_the_story_is_kept() -> None:
    cards = (
        "Jane Roe",
        "Based in Bergen, Norway, Jane covers shipping and ports for the Harbour Times.",
        "Kim Lee",
        "Kim is a senior transport editor at the Harbour Times, based in Leith.",
    )
    dropped = _dropped(page(*_STORY, *cards))
    assert {line: dropped.get(line) for line in cards} == dict.fromkeys(cards, "byline")
    # A name above a note on what that person does, with the story going on below it; and a
    # note at the foot that gives no post at a paper.
    profile = (
        "Ann Poole",
        "Ann covers the night shift at the ferry office, where she has worked for years.",
    )
    raw = page(_STORY[0], *profile, *_STORY[1:], "Bob Marsh", "Bob is a deckhand who rows.")
    assert story_lines(clean(raw, _TITLE)) == [
        _STORY[0],
        *profile,
        *_STORY[1:],
        "Bob Marsh",
        "Bob is a deckhand who rows.",
    ]


def test_a_statements_signature_under_its_last_paragraph_is_kept() -> None:
    signature = ("JANE ROE", "DIRECTOR OF PORT SERVICES", "Issued on 4th May, 2024")
    raw = page(*_STORY, *signature, "Very poor answer")
    assert story_lines(clean(raw, _TITLE)) == [*_STORY, *signature]
    assert _dropped(raw) == {"Very poor answer": "short line outside the story"}
    # Two headlines under the story, with no date issued, are still links.
    links = ("Ferry Fares Rise Again In Spring", "Harbour Wall Repaired After Storm")
    dropped = _dropped(page(*_STORY, *links))
    assert {line: dropped.get(line) for line in links} == dict.fromkeys(
        links, "related-article teaser"
    )


def test_the_next_articles_loaded_under_the_story_are_dropped_but_doubled_subheadings_are_not() -> (
    None
):
    meta = "4 May 2024 Share"
    others = (
        "Lifeboat Crew Rescues Two Kayakers Off The Point",
        "Lifeboat Crew Rescues Two Kayakers Off The Point",
        meta,
        "Two kayakers were brought ashore on Sunday after their boat overturned near the rocks.",
        "Fish Market Reopens After Winter Repairs",
        "Fish Market Reopens After Winter Repairs",
        meta,
        "Traders returned to the fish market on Monday, three months after the roof was lifted.",
    )
    raw = page(_TITLE, meta, *_STORY, *others)
    assert story_lines(clean(raw)) == list(_STORY)
    removed = clean(raw, _TITLE).removed
    for line in (others[0], others[3], others[7]):
        assert RemovedLine(line, "related-article teaser") in removed
    # A scraper that doubles each subheading, with no date under them: the story goes on.
    subheads = ("Night Crossings Return", "Fares Stay The Same")
    paragraphs = (
        "The night crossing returns in May, leaving the quay at eleven on weekdays.",
        "Fares will not change this year, the board said, though fuel costs have risen.",
    )
    raw = page(
        _TITLE, meta, *_STORY, subheads[0], subheads[0], paragraphs[0],
        subheads[1], subheads[1], paragraphs[1],
    )  # fmt: skip
    kept = story_lines(clean(raw))
    assert kept == [*_STORY, subheads[0], paragraphs[0], subheads[1], paragraphs[1]]
