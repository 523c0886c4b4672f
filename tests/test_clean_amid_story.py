"""Lines the cleaner judges by where they stand: amid the story's paragraphs, under a comment
form, at the foot of a list of teaser cards, or last on the page under the story.

A sentence worded like a caption but with no mark of a picture, between two paragraphs of the
story, is one of them; a comment form's rules between its fields and its prompt under the
captcha are the form's; a list of cards ends with its last card even when the site left that
card's summary whole; and a line ending on a colon that speaks to the reader, with nothing of
the story below it, announces the site's box.
"""

from __future__ import annotations

import pytest

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page, story_lines

CAPTION = "photo caption"


@pytest.mark.parametrize(
    "line",
    [
        # A caption's present ("Jane Doe visits ..."), told as the story's next step.
        "Harbour Master Tom Reed visits the flooded terminal with engineers from the county "
        "to measure the damage.",
        # "from left-wing" is no place in a picture.
        "The mayor, who has faced criticism from left-wing councillors over the budget, will "
        "present the final plan in March.",
    ],
)
def test_a_sentence_worded_as_a_caption_between_paragraphs_stays(line: str) -> None:
    raw = page(*COUNCIL_STORY[:2], line, *COUNCIL_STORY[2:])
    assert line not in dropped(raw, COUNCIL_TITLE)
    assert line in story_lines(clean(raw, COUNCIL_TITLE))


def test_a_caption_marked_as_one_between_paragraphs_still_goes() -> None:
    caption = "Councillors Ann Lee, left, and Bo Kim inspect the flooded terminal on Monday."
    raw = page(*COUNCIL_STORY[:2], caption, *COUNCIL_STORY[2:])
    assert dropped(raw, COUNCIL_TITLE).get(caption) == CAPTION


FORM = (
    "Add new comment",
    "Caution",
    "Please keep to the topic of the article. Comments are moderated and links to shops "
    "are removed before they appear on this site. Thank you.",
    "No rude words are allowed! Comments holding them will not appear.",
    "Simple text",
    "- No markup tags allowed.",
    "- Lines and paragraphs break by themselves.",
    "Image CAPTCHA",
    "Enter the letters shown in the picture.",
)


def test_a_comment_forms_instructions_go_with_its_heading_and_captcha() -> None:
    reasons = dropped(page(*COUNCIL_STORY, *FORM), COUNCIL_TITLE)
    assert [line for line in FORM if line not in reasons] == []


def test_a_story_paragraph_between_two_comment_headings_stays() -> None:
    paragraph = (
        "The ferry company said on Wednesday that it would keep the temporary pontoon in "
        "use until the new terminal opens, and that fares would not rise this year."
    )
    raw = page(COUNCIL_STORY[0], "3 comments", paragraph, *COUNCIL_STORY[1:], "Leave a reply")
    assert paragraph in story_lines(clean(raw, COUNCIL_TITLE))


@pytest.mark.parametrize(
    "notice",
    [
        "We're sorry, but Wexmoor Gazette isn't fully functional without JavaScript enabled.",
        "Head over to the help page for instructions on how to enable JavaScript on your browser.",
    ],
)
def test_a_pages_noscript_notice_goes(notice: str) -> None:
    assert dropped(page(*COUNCIL_STORY, notice), COUNCIL_TITLE).get(notice) == "page widget"


CARDS = (
    "Lifeboat crew rescue two sailors off the point – March 3rd, 2024",
    "The volunteer crew were called out shortly after midnight when a yacht lost its mast in "
    "heavy seas off the...",
    "New bus timetable for the coast road – March 3rd, 2024",
    "The county's bus operator has published a new timetable for the summer months, with "
    "extra services on the...",
    "School choir wins regional contest – March 3rd, 2024",
    "Pupils from the harbour school took first place at the regional choir festival held in "
    "the cathedral on...",
)
LAST_CARD = (
    "Market traders to stay open on Sundays – March 3rd, 2024",
    "Traders at the covered market will open on Sundays from April. They voted for the change.",
)


def test_the_last_card_of_a_teaser_list_goes_with_its_whole_summary() -> None:
    reasons = dropped(page(*COUNCIL_STORY, *CARDS, *LAST_CARD), COUNCIL_TITLE)
    assert all(reasons.get(line) == "related-article teaser" for line in CARDS + LAST_CARD)


def test_a_story_ending_on_a_subheading_and_paragraph_under_cards_keeps_them() -> None:
    ending = (
        "Next steps for the terminal",
        "Work begins in May. The council will publish the contract before then.",
    )
    result = clean(page(*COUNCIL_STORY, *CARDS, *ending), COUNCIL_TITLE)
    assert ending[1] in story_lines(result)


def test_a_colon_line_speaking_to_the_reader_at_the_foot_goes() -> None:
    box = ("Topics", "Try our new features", "Find out what the Gazette app can do for you:")
    reasons = dropped(page(*COUNCIL_STORY, *box), COUNCIL_TITLE)
    assert all(line in reasons for line in box)


def test_the_storys_own_colon_line_at_the_foot_stays() -> None:
    line = "These are the streets the closure affects:"
    assert line in story_lines(clean(page(*COUNCIL_STORY, line), COUNCIL_TITLE))
