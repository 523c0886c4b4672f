"""Boilerplate of issue 18 met on a fifteenth story (cleaning round 12): a wire's sign-on alone
above the lead, a sidebar of recent comments, a card's label with its age, a label glued to a
teaser's headline, a contributor's credit and a syndicated story's note on where it first ran.

Each test pins a class with made-up lines and a story line of a like shape that stays.
"""

from __future__ import annotations

import pytest

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page, story_lines

_STORY = COUNCIL_STORY
_TITLE = COUNCIL_TITLE


def _kept(raw: str) -> list[str]:
    return story_lines(clean(raw, _TITLE))


@pytest.mark.parametrize("sign_on", ["XYZ —", "AP -", "(Wexmoor Wire) —", "(PA) --"])
def test_a_wires_sign_on_alone_above_the_lead_is_dropped_as_a_dateline(sign_on: str) -> None:
    raw = page(_TITLE, sign_on, *_STORY)
    assert dropped(raw, _TITLE).get(sign_on) == "dateline"  # provenance reads removed lines
    assert _kept(raw) == list(_STORY)


@pytest.mark.parametrize("place", ["WEXMOOR —", "WEXMOOR, England (XYZ) --"])
def test_a_places_dateline_alone_above_the_lead_stays(place: str) -> None:
    assert place in _kept(page(_TITLE, place, *_STORY))


def test_a_sidebar_of_recent_comments_and_the_post_titles_under_it_go() -> None:
    teaser = "Harbour airport sees record passengers in the first half of the year"
    raw = page(_TITLE, *_STORY, "Recent Comments", teaser)
    assert _kept(raw) == list(_STORY)


def test_a_cards_label_with_its_age_is_dropped_as_a_timestamp() -> None:
    label = "latest news headlines 2 weeks ago"
    raw = page(_TITLE, label, *_STORY)
    assert dropped(raw, _TITLE).get(label) == "timestamp"
    assert _kept(raw) == list(_STORY)


def test_a_related_label_glued_to_a_teasers_headline_goes() -> None:
    teaser = "Related News Wexmoor mayor to open the new ferry terminal today"
    raw = page(_TITLE, teaser, *_STORY)
    assert dropped(raw, _TITLE).get(teaser) == "related-article teaser"
    assert _kept(raw) == list(_STORY)


def test_a_sentence_opening_on_related_news_stays() -> None:
    sentence = "Related news reports said the council had delayed the vote twice before."
    assert sentence in _kept(page(_TITLE, *_STORY, sentence, _STORY[0].replace("four", "five")))


def test_a_contributors_credit_under_the_story_is_dropped_as_a_byline() -> None:
    credit = "Contributing: Jane Doe, Wexmoor Wire"
    raw = page(_TITLE, *_STORY, credit)
    assert dropped(raw, _TITLE).get(credit) == "byline"
    assert _kept(raw) == list(_STORY)


@pytest.mark.parametrize(
    "note",
    [
        "This article originally appeared on WEXMOOR DAILY: Council votes to rebuild terminal",
        "This story was first published in the Wexmoor Gazette.",
        "The article first appeared on Wexmoor Daily",
    ],
)
def test_a_syndicated_storys_note_on_where_it_first_ran_is_a_footer(note: str) -> None:
    raw = page(_TITLE, *_STORY, note)
    assert dropped(raw, _TITLE).get(note) == "copyright footer"
    assert _kept(raw) == list(_STORY)


def test_a_story_sentence_saying_what_first_appeared_stays() -> None:
    sentence = "The plan first appeared on the council's agenda in January, officials said."
    assert sentence in _kept(page(_TITLE, _STORY[0], sentence, *_STORY[1:]))
