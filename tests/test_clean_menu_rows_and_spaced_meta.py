"""Above the story: a menu scraped as one row of words is no headline, and a reading time and
date parted by a spaced dot are meta, not story."""

from __future__ import annotations

from generator.analysis.clean import clean
from tests.conftest import page, story_lines

_HEADLINE = "Tram line extension opens to passengers"
_STORY = (
    "The first trams ran on the new eastern extension on Sunday, carrying about 3,000 people.",
    "The line adds four stops and links the stadium to the central station, the city said.",
)
# The site's own sections among the menu's usual words: no list of menu words knows them all.
_MENU = "Home  Latest  Travel  Premium  Recipes  Money"


def test_a_menu_row_is_not_taken_for_the_headline() -> None:
    result = clean(page("Skip to content", _MENU, _HEADLINE, *_STORY))
    assert result.headline == _HEADLINE
    assert story_lines(result) == list(_STORY)


def test_a_title_case_headline_of_menu_words_is_still_the_headline() -> None:
    headline = "World Markets Slide As Oil Prices Climb Again"
    result = clean(page(headline, *_STORY))
    assert result.headline == headline


def test_a_reading_time_and_update_parted_by_a_spaced_dot_are_dropped() -> None:
    meta = "4 min read . Updated: 9 Mar 2025, 11:45 AM"
    removed = {line.line: line.reason for line in clean(page(meta, *_STORY), _HEADLINE).removed}
    assert removed == {meta: "reading time"}


def test_a_sentence_with_a_time_and_a_spaced_dot_stays() -> None:
    told = "The ride took 4 min . Updated timetables will be posted at every stop next week."
    result = clean(page(*_STORY, told), _HEADLINE)
    assert story_lines(result) == [*_STORY, told]
