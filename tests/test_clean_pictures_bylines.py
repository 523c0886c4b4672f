"""Tests for a new user's walkthrough of a tune event story (issue 18, cleaning round 7): a wire
caption that says when its picture was taken and closes on the photographer and the agency, a
second picture's text that is only the name its caption gives, the author's name right under
the headline over a picture's credit, and the story's next paragraph cut off mid-word under a
picture at the foot of the page.

Made-up lines in the shape of the found ones, not the articles'.
"""

from __future__ import annotations

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page, story_lines

_STORY = COUNCIL_STORY
_TITLE = COUNCIL_TITLE

_WIRE_CAPTION = (
    "Newly elected harbour master Dame Ann Roe arrives at the ferry terminal in Wexmoor for the "
    "first time after the council voted to rebuild it. The terminal was closed by the winter "
    "storms. Picture date: Tuesday March 4, 2025. (Tom Hale/PA Wire)"
)


def test_a_wire_caption_with_its_picture_date_and_photographer_is_a_caption() -> None:
    raw = page(_STORY[0], _STORY[1], _WIRE_CAPTION, _STORY[2], _STORY[3])
    assert dropped(raw, _TITLE)[_WIRE_CAPTION] == "photo caption"
    # Either mark alone: the picture's date, or the photographer and the agency in brackets.
    dated = "Jane Doe at the ferry terminal. Picture date: Tuesday March 4, 2025."
    credited = "Jane Doe walks past the terminal, which the storms closed. (Tom Hale/PA Wire)"
    for caption in (dated, credited):
        assert dropped(page(_STORY[0], caption, *_STORY[1:]), _TITLE)[caption] == "photo caption"


def test_a_paragraph_with_a_slash_in_its_closing_brackets_is_the_storys() -> None:
    # A body's two names in brackets is no photographer and agency; a picture told about is not
    # a picture's date.
    named = (
        "The plan was drawn up by the harbour board and the ferry trust, which will run the "
        "terminal for its first ten years, the council said (Harbour Board/Ferry Trust)."
    )
    told = (
        "A picture taken on the day of the vote shows the terminal under water, and the "
        "council said it would publish the engineers' report next week."
    )
    for line in (named, told):
        result = clean(page(_STORY[0], _STORY[1], line, _STORY[2], _STORY[3]), _TITLE)
        assert line in story_lines(result)


def test_a_name_that_a_caption_near_it_gives_is_a_second_pictures_text() -> None:
    raw = page(_STORY[0], _STORY[1], _WIRE_CAPTION, _STORY[2], "Dame Ann Roe", _STORY[3])
    assert dropped(raw, _TITLE)["Dame Ann Roe"] == "photo caption"
    placed = "Dame Ann Roe, left, and Tom Hale watch the first ferry leave the harbour."
    raw = page(_STORY[0], placed, _STORY[1], _STORY[2], "Dame Ann Roe", _STORY[3])
    assert dropped(raw, _TITLE)["Dame Ann Roe"] == "photo caption"


def test_a_name_no_caption_gives_stays_a_subheading() -> None:
    raw = page(_STORY[0], _STORY[1], _WIRE_CAPTION, _STORY[2], "Tom Marsh", _STORY[3])
    assert "Tom Marsh" in story_lines(clean(raw, _TITLE))


def test_a_name_under_the_headline_over_a_pictures_credit_is_the_byline() -> None:
    raw = page(_TITLE, "Jane Doe", "Photo: Tom Hale/Shutterstock", *_STORY)
    removed = dropped(raw, _TITLE)
    assert removed["Jane Doe"] == "byline"
    assert removed["Photo: Tom Hale/Shutterstock"] == "photo credit"
    # Over a picture's caption, the lead under it.
    raw = page(_TITLE, "Times Staff", _WIRE_CAPTION, *_STORY)
    assert dropped(raw, _TITLE)["Times Staff"] == "byline"


def test_a_name_over_a_pictures_credit_inside_the_story_is_the_pictures() -> None:
    raw = page(_TITLE, _STORY[0], _STORY[1], "Jane Doe", "Photo: Tom Hale/Shutterstock", _STORY[2])
    assert dropped(raw, _TITLE)["Jane Doe"] == "photo caption"


_CAPTION = "Councillors Jane Doe and Tom Hale at the ferry terminal in Wexmoor (PA Wire)"


def test_the_storys_next_paragraph_cut_off_under_a_picture_is_the_storys() -> None:
    for cut in ("Openin", "Opening the debate, the council's lea"):
        raw = "\n\n".join([*_STORY, _CAPTION, _CAPTION, cut])
        assert cut in story_lines(clean(raw, _TITLE))


def test_a_section_name_or_a_name_under_a_picture_at_the_foot_is_not_the_storys() -> None:
    for foot in ("Trending", "Jane Doe"):
        raw = "\n\n".join([*_STORY, _CAPTION, _CAPTION, foot])
        assert foot in dropped(raw, _TITLE)


def test_a_card_with_page_chrome_between_its_headline_and_cut_summary_cleans_once() -> None:
    # Found by tests/test_properties: "Home" kept the card whole on the first cleaning, and the
    # second, without it, dropped the card.
    card = (
        "2025-05-06 Lighthouse keepers strike over pay",
        *["Home"] * 4,  # as many as a menu leaves
        "The old keeper...on his last night...",
    )
    raw = "\n".join([*card, *_STORY])
    first = clean(raw, _TITLE)
    assert clean(first.text, _TITLE).text == first.text
    assert "The old keeper...on his last night..." in dropped(raw, _TITLE)
    # A picture's caption between them, dropped first, is passed over the same way.
    pictured = (card[0], "Traders are working on the floor on Wednesday.", card[-1])
    again = clean("\n".join([*pictured, *_STORY]), _TITLE)
    assert clean(again.text, _TITLE).text == again.text


def test_a_subheading_in_the_storys_words_over_chrome_and_a_paragraph_trailing_off_stays() -> None:
    trailing = "The council of Wexmoor will spend four million pounds on the ferry terminal..."
    raw = "\n".join([*_STORY, "Wexmoor ferry terminal rebuilt", "Home", trailing])
    assert trailing in story_lines(clean(raw, _TITLE))
