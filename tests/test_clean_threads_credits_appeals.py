"""Boilerplate the cleaner drops, and story lines of like shape it keeps: a comment thread with
no heading, credits that name the photographer without brackets, a donation appeal between its prompts,
chrome in French, a wire's name alone, a lower-case "jr" in a byline; and the story lines of
like shape the cleaner must keep: a reader's name under their quoted words, where a reviewed
film is streaming, a code listing set in a table.

Every line here is made up; none comes from the development sets.
"""

from __future__ import annotations

import pytest

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page, story_lines

_STORY = COUNCIL_STORY
_TITLE = COUNCIL_TITLE


def _kept(raw: str, title: str = _TITLE) -> list[str]:
    return story_lines(clean(raw, title))


def test_a_thread_of_names_stamped_with_how_long_ago_they_wrote_is_reader_comments() -> None:
    thread = [
        "HarbourWatcher 3 weeks, 2 days ago",
        "They should have fixed the road first, everybody knows that.",
        "Marla 2 weeks, 6 days ago",
        "Four million pounds for a terminal nobody uses in winter? Madness.",
        "old salt 1 day ago",
    ]
    removed = dropped(page(*_STORY, *thread), _TITLE)
    assert set(thread) <= set(removed)
    assert _kept(page(*_STORY, *thread)) == list(_STORY)


def test_one_stamped_name_is_no_thread() -> None:
    lines = [*_STORY, "Marla 2 weeks, 6 days ago", "Harbour dues will rise by a tenth in May."]
    assert "Harbour dues will rise by a tenth in May." in _kept(page(*lines))


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Flooded: the old terminal under water in January.", "Picture Jane Doe"),
        ("Councillors arrive for the vote at the town hall.", "Credit: AP"),
    ],
)
def test_a_caption_ending_on_a_named_credit_is_dropped(caption: str, credit: str) -> None:
    line = f"{caption} {credit}"
    assert line in dropped(page(_STORY[0], line, *_STORY[1:]), _TITLE)


def test_a_caption_repeated_after_its_credit_glued_on_is_dropped_in_each_copy() -> None:
    caption = "On the quay: the mayor walks past the flooded terminal."
    copies = [
        caption,
        f"Picture Jane Doe{caption}",
        "Picture Jane Doe",
        f"{caption} Picture Jane Doe",
    ]
    removed = dropped(page(_STORY[0], _STORY[1], *copies, *_STORY[2:]), _TITLE)
    assert set(copies) <= set(removed)


def test_credit_as_a_word_of_the_story_is_no_picture_credit() -> None:
    line = "Credit goes to the harbour master, who warned the council of the storms in October."
    assert line in _kept(page(_STORY[0], line, *_STORY[1:]))


def test_a_donation_appeal_between_its_two_prompts_is_dropped() -> None:
    appeal = [
        "Your support helps us to tell the story",
        "From flooded harbours to council budgets, our reporters are there when it happens.",
        "At such a moment, we need journalists on the ground, and your gift keeps them there.",
        "Your support makes all the difference.",
    ]
    lines = [_STORY[0], *appeal, *_STORY[1:]]
    assert set(appeal) <= set(dropped(page(*lines), _TITLE))
    assert _kept(page(*lines)) == list(_STORY)


@pytest.mark.parametrize(
    "chrome",
    [
        "Articles similaires",
        "Bouton retour en haut de la page",
        "Powered by automated translation",
        "The storms on the coast - in pictures",
    ],
)
def test_chrome_in_french_and_a_gallery_heading_are_dropped(chrome: str) -> None:
    assert chrome in dropped(page(_STORY[0], _STORY[1], chrome, *_STORY[2:]), _TITLE)


def test_a_wire_agency_alone_over_the_story_is_its_credit() -> None:
    assert "IANS" in dropped(page("IANS", *_STORY), _TITLE)


def test_a_byline_with_a_lower_case_generation_suffix_is_a_byline() -> None:
    assert dropped(page("by Jane K. Doe jr", *_STORY), _TITLE) == {"by Jane K. Doe jr": "byline"}


def test_a_readers_name_under_their_quoted_words_is_the_story() -> None:
    letters = [
        *_STORY,
        "This letter came in about the ferry terminal:",
        "\u201cBuild it higher and build it once. Good luck!\u201d",
        "- Ann Roe, Jr.",
        "Dozens of readers wrote in about the coastal road as well.",
    ]
    assert "Ann Roe, Jr." in _kept(page(*letters))


def test_where_a_reviewed_film_is_streaming_is_the_reviews_line() -> None:
    line = (
        "The Harbour *is currently streaming on Netflix and available to digitally rent on "
        "Google Play and YouTube.*"
    )
    assert line not in dropped(page(*_STORY, line, "The Storm Wall is a quieter film."), _TITLE)


def test_a_store_promo_naming_no_work_is_still_dropped() -> None:
    promo = "Download our app on Google Play and the App Store"
    assert promo in dropped(page(*_STORY, promo), _TITLE)


def test_a_code_listing_set_in_a_table_is_the_storys() -> None:
    listing = (
        '| fetch("/data.json").then(function(res) { if (res.ok) { res.json().then(function(data)'
        " { console.log(data); }); } }); |"
    )
    lines = [*_STORY[:2], "The headers object is a simple map of names to values:", listing]
    assert listing not in dropped(page(*lines, *_STORY[2:]), _TITLE)
