"""Tests for the boilerplate classes of issue 18 seen on the seventeenth event story (cleaning
round 14): a caption over the story repeating its first paragraph, a note asking the reader to
check back for updates, a newspaper's notice of its edition, a site's "catch all the news" line,
an editor's initials under the story, a second teaser card, a page stored one word a line, a
caption of what is seen done somewhere.

Each test pins a class with made-up lines, and a story line of a like shape that stays.
"""

from __future__ import annotations

import pytest

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page, story_lines

_STORY = COUNCIL_STORY
_TITLE = COUNCIL_TITLE


def _kept(raw: str, title: str = _TITLE) -> list[str]:
    return story_lines(clean(raw, title))


def test_a_caption_repeating_the_first_paragraph_goes_and_the_paragraph_stays() -> None:
    caption = _STORY[0] + " Photograph: Jane Doe"
    raw = page(_TITLE, caption, *_STORY)
    assert _kept(raw) == list(_STORY)
    assert dropped(raw, _TITLE)[caption] == "photo caption"


def test_a_picture_text_over_its_credited_caption_still_goes() -> None:
    text = "Ferries wait at the old terminal in Wexmoor on a grey morning."
    raw = page(_TITLE, _STORY[0], text, text + " | Photo Credit: Jane Doe", *_STORY[1:])
    assert _kept(raw) == list(_STORY)


@pytest.mark.parametrize(
    "notice",
    [
        "This is a developing story. Please continue to check back for updates.",
        "Check back for more on this developing story.",
        "This is a developing story. Refresh this page for updates.",
    ],
)
def test_a_note_asking_the_reader_to_check_back_goes_under_the_story_too(notice: str) -> None:
    raw = page(_TITLE, *_STORY, notice)
    assert _kept(raw) == list(_STORY)
    assert dropped(raw, _TITLE)[notice] == "update notice"


def test_a_closing_note_in_the_story_voice_that_asks_nothing_stays() -> None:
    note = "This is a breaking news story and will be updated as more is learned."
    assert _kept(page(_TITLE, *_STORY, note)) == [*_STORY, note]


@pytest.mark.parametrize(
    "line",
    [
        "The Daily Wexmoor Post daily newspaper is available online now.",
        "(Catch all the Business News, Breaking News, Events and Latest News Updates on The "
        "Daily Post.)",
    ],
)
def test_the_site_pointing_to_its_paper_or_all_its_news_goes(line: str) -> None:
    raw = page(_TITLE, *_STORY, line) if line.startswith("(") else page(line, _TITLE, *_STORY)
    assert _kept(raw) == list(_STORY)


def test_an_editors_initials_after_the_last_sentence_are_cut_off() -> None:
    raw = page(_TITLE, *_STORY[:-1], _STORY[-1] + " JD JD")
    assert _kept(raw) == list(_STORY)
    assert dropped(raw, _TITLE)["JD JD"] == "editor's initials"


def test_capitals_closing_a_paragraph_above_the_last_stay() -> None:
    inner = _STORY[1] + " NHS"  # no initials but the last line's are cut
    assert inner in _kept(page(_TITLE, _STORY[0], inner, *_STORY[2:]))


def test_a_second_card_under_a_dropped_card_goes_with_its_cut_summary() -> None:
    raw = page(
        _TITLE,
        *_STORY,
        "Ten Harbours Worth Visiting This Spring",
        "From quiet coves to busy fishing ports, the coast has much to offer…",
        "Is Sailing Alone Worth The Risk?",
        "There is a certain thrill in setting out a",
    )
    assert _kept(raw) == list(_STORY)


def test_a_page_stored_one_word_a_line_is_read_in_sentences() -> None:
    credit = "Jane Doe | Getty Images"
    words = " ".join((*_STORY[:2], credit, *_STORY[2:])).split()
    result = clean("\n".join(words), _TITLE)
    assert story_lines(result) == list(_STORY)
    assert credit in [removed.line for removed in result.removed]


def test_a_caption_of_what_is_seen_done_somewhere_goes_above_its_credit() -> None:
    caption = "A ferry is seen moored in the old harbour at Wexmoor on May 9, 2024."
    raw = page(_TITLE, caption, "Jane Doe | Getty Images", *_STORY)
    assert _kept(raw) == list(_STORY)


def test_a_storys_own_last_word_in_capitals_or_its_stay_tuned_line_stays() -> None:
    score = "The match ended 2-1 after extra time. FT"
    season = "Stay tuned for the second season, which premieres in May."
    assert _kept(page(_TITLE, *_STORY, score)) == [*_STORY, score]
    assert _kept(page(_TITLE, *_STORY, season)) == [*_STORY, season]


def test_a_long_menu_or_unspaced_writing_is_not_joined_as_a_hard_wrapped_page() -> None:
    from generator.analysis.unwrap import join_word_lines

    menu = "\n".join(["Home", "News", "World", "Sport", "Business", "Weather"] * 8)
    raw = f"{menu}\n{_STORY[0]}\n"
    assert join_word_lines(raw) == raw
    unspaced = "\n".join(["港湾局は十日、新しい埠頭の計画を発表した。"] * 45)
    assert join_word_lines(unspaced) == unspaced


def test_a_hard_wrapped_page_is_not_parted_after_a_shortened_word() -> None:
    from generator.analysis.unwrap import join_word_lines

    sentence = "Mr. Doe said the U.S. Navy would send a tug to the harbour on Monday."
    joined = join_word_lines("\n".join(sentence.split() * 4))
    assert joined.split("\n\n")[0] == sentence
