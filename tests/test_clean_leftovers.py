"""Boilerplate that a dropped neighbour gives away: cards under a dropped "More from" heading,
an embedded post's first paragraph over its dropped signature, a summary line the story repeats, the
outlet's mission statement and a search engine's Title Case question over the story's answer.
Each test also keeps a story line of the same neighbourhood."""

from __future__ import annotations

import pytest

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, page, story_lines

TERMINAL = COUNCIL_STORY[0]
ROAD = COUNCIL_STORY[1]
HEIGHT = COUNCIL_STORY[2]


def _kept(raw: str) -> list[str]:
    return story_lines(clean(raw, COUNCIL_TITLE))


def test_cards_under_a_dropped_more_from_heading_go_with_it() -> None:
    raw = page(
        *COUNCIL_STORY,
        "More from Regional",
        "  • Lighthouse keeper retires after forty winters on the rock",
        "    The last keeper of the Farne light handed over the keys on Monday after a",
    )
    kept = _kept(raw)
    assert not any("Lighthouse keeper" in line or "Farne light" in line for line in kept)
    assert kept == list(COUNCIL_STORY)


def test_an_embedded_posts_first_paragraph_goes_with_its_signature() -> None:
    post = "Proud of our crews tonight."
    raw = page(
        TERMINAL,
        f'"{post} The terminal will be back, higher and stronger," the harbour master wrote.',
        post,
        "The terminal will be back, higher and stronger. pic.twitter.com/abc123 "
        "— Tom Reed (@harbourtom) March 4, 2025",
        ROAD,
    )
    kept = _kept(raw)
    assert post not in kept
    assert any(line.startswith('"Proud of our crews') for line in kept)
    assert ROAD in kept


def test_a_lead_between_its_cut_standfirst_and_a_picture_credit_is_kept() -> None:
    lead = (
        "Workers cleared debris from the flooded ferry terminal in Wexmoor on Sunday after "
        "the storm left the pier under two metres of water for three days."
    )
    kept = _kept(page(TERMINAL, lead[:80] + "...", lead, "Photo: Jane Doe/AFP", HEIGHT))
    assert lead in kept and HEIGHT in kept


@pytest.mark.parametrize(
    "line",
    [
        "Mayor Ann Lee is committed to holding a news conference every week until it opens.",
        "The Wexmoor Council is committed to accuracy in all the figures it publishes.",
    ],
)
def test_a_commitment_in_the_story_that_uses_news_words_is_kept(line: str) -> None:
    assert line in _kept(page(*COUNCIL_STORY, line))


def test_a_story_sentence_leading_to_a_video_is_kept() -> None:
    intro = "Dashcam footage captured the moment the pier gave way:"
    kept = _kept(page(TERMINAL, ROAD, intro, HEIGHT))
    assert intro in kept and HEIGHT in kept


def test_a_colon_line_over_a_quote_is_kept() -> None:
    intro = "The harbour master described the footage to reporters:"
    quote = '"The pier simply folded into the water in a few seconds."'
    kept = _kept(page(TERMINAL, intro, quote, ROAD))
    assert intro in kept


def test_a_summary_line_the_story_repeats_is_dropped() -> None:
    summary = "Opponents said the plan ignored the cost of dredging the harbour"
    kept = _kept(page(summary, *COUNCIL_STORY))
    assert summary not in kept
    assert kept == list(COUNCIL_STORY)


def test_the_outlets_mission_statement_is_dropped() -> None:
    mission = (
        "The Coastal Courier is committed to challenging conventional wisdom and finding "
        "common ground."
    )
    kept = _kept(page(*COUNCIL_STORY, mission))
    assert mission not in kept


def test_a_companys_commitment_in_the_story_is_kept() -> None:
    line = "Harbour Ferries is committed to running the winter timetable until the spring."
    kept = _kept(page(TERMINAL, line, ROAD))
    assert line in kept


def test_a_title_case_search_question_over_the_answer_is_dropped() -> None:
    question = "Did Anyone Get Hurt in the Wexmoor Terminal Flood?"
    kept = _kept(page(TERMINAL, ROAD, question, HEIGHT))
    assert question not in kept
    assert HEIGHT in kept


def test_an_editors_question_in_sentence_case_is_kept() -> None:
    question = "What happens to the old terminal now?"
    kept = _kept(page(TERMINAL, ROAD, question, HEIGHT))
    assert question in kept
