"""Story lines in the shapes the caption, teaser and short-line rules bet on (issue 18): a
sentence that names a place in the picture but reports, a table of the story's figures, the
story's last sentence cut off after a word no headline ends on. Each is kept, and the
boilerplate of the same shape beside it still goes.

Made-up lines, not the development sets'.
"""

from __future__ import annotations

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page, story_lines

_STORY = COUNCIL_STORY
_TITLE = COUNCIL_TITLE


def _kept(raw: str) -> list[str]:
    return story_lines(clean(raw, _TITLE))


def _between(*lines: str) -> str:
    """The lines between the story's second and third paragraphs."""
    return page(*_STORY[:2], *lines, *_STORY[2:])


def test_a_sentence_that_reports_after_a_place_in_the_picture_is_the_storys() -> None:
    for sentence in (
        "Harbour master Ann Kerr (left) signed the dredging contract last week.",
        "Mayor Tom Hale (right) and his deputy have both backed the plan.",
        "The old terminal, pictured in 2019, carried 300,000 passengers a year.",
        "Kerr, pictured with harbour staff, has promised to publish the contract.",
        "Kerr, 54, left, and her deputy Tom Hale, right, have run the harbour since 2020.",
        "Harbour master Ann Kerr attends most board meetings as an observer.",  # habitual
    ):
        assert sentence in _kept(_between(sentence)), sentence


def test_a_caption_placing_people_in_the_present_is_still_dropped() -> None:
    for caption in (
        "Harbour master Ann Kerr (left) shakes hands with Mayor Tom Hale at the terminal.",
        "Smoke is seen rising from the flooded terminal.",
        "Ann Kerr, left, and Tom Hale watch the first ferry dock at Wexmoor.",
    ):
        assert dropped(_between(caption), _TITLE)[caption] == "photo caption", caption


def test_a_caption_naming_an_office_and_a_scene_with_no_verb_is_dropped() -> None:
    captions = (
        "Wexmoor Mayor Tom Hale with members of the harbour board at a meeting this week.",
        "Minister of Transport, Ann Kerr and Mayor Tom Hale touring the flooded terminal",
        "Harbour Board Chair Ann Kerr during a visit to the flooded terminal on Monday.",
    )
    for caption in captions:  # under the headline, over the lead, as pictures stand
        assert dropped(page(caption, *_STORY), _TITLE)[caption] == "photo caption", caption


def test_a_sentence_opening_on_a_place_with_its_verb_after_a_clause_is_kept() -> None:
    sentence = (
        "In Dunmore, at the mouth of the estuary and where the mayor had also been expected to "
        "speak, protesters blocked the ferry ramp."
    )
    assert sentence in _kept(_between(sentence))


def test_the_storys_table_of_figures_is_no_run_of_headlines() -> None:
    for rows in (
        ("Ticket sales up 18%", "Ferry crossings up 31%", "Operating margin 22%"),
        ("4 million: the cost of the terminal", "2 metres: how much higher it will stand"),
    ):
        assert _kept(_between(*rows)) == [*_STORY[:2], *rows, *_STORY[2:]], rows


def test_a_heading_over_the_storys_figures_under_its_last_paragraph_is_kept() -> None:
    rows = ("The numbers", "4 million: the cost of the terminal", "300,000: passengers a year")
    assert _kept(page(*_STORY, *rows)) == [*_STORY, *rows]


def test_headlines_of_other_stories_beside_the_story_are_still_a_run() -> None:
    teasers = (
        "Lottery winner buys village pub in Ashby",
        "Striking nurses return to wards in Dunmore",
        "Police appeal after burglary at Kelby garage",
    )
    removed = dropped(page(*_STORY, *teasers), _TITLE)
    assert all(removed.get(teaser) == "related-article teaser" for teaser in teasers)


def test_the_storys_subheading_and_a_sentence_cut_after_to_are_kept_under_a_repeat() -> None:
    # The paragraph under the subheading repeats a caption above it, so the cleaner drops
    # this copy; the page then ends on a sentence the scraper cut after "to".
    repeated = (
        "The mayor was taken to the harbour wall in what was described as a gesture of "
        "goodwill towards the fishing crews."
    )
    subheading = "Harbour wall visit: a gesture to the fishing crews"
    cut = "The mayor was then driven to"
    raw = page(*_STORY[:2], repeated, *_STORY[2:], subheading, repeated, cut)
    kept = _kept(raw)
    assert subheading in kept
    assert kept[-1] == cut


def test_a_list_of_names_the_storys_last_sentence_announces_is_kept() -> None:
    names = ("Harbour Works Ltd", "Kelby Marine", "Dunmore Civil Engineering")
    raw = page(*_STORY, "The firms shortlisted for the work are:", *names)
    assert _kept(raw)[-3:] == list(names)


def test_short_lines_under_a_label_with_no_verb_are_still_dropped() -> None:
    raw = page(*_STORY, "More from the coast:", "Kelby", "Dunmore")
    removed = dropped(raw, _TITLE)
    assert "Kelby" in removed and "Dunmore" in removed


def test_rows_counting_what_each_place_has_are_the_storys_table() -> None:
    rows = (
        "North Ward: 4 ferries and 2 barges",
        "South Ward: 3 ferries",
        "Harbour Ward: 7 ferries",
        "East Ward: 2 ferries",
    )
    assert _kept(_between(*rows)) == [*_STORY[:2], *rows, *_STORY[2:]]


def test_paragraphs_whose_last_stop_the_scraper_lost_are_no_headlines() -> None:
    paragraphs = (  # on a new point, in words the paragraphs around them do not use
        "Rescue teams kept every shelter open through the night. Families whose homes "
        "flooded will be offered rooms in hotels nearby",
        "We are already working on this with local charities. We must act together to help "
        "people as soon as possible",
    )
    assert _kept(_between(*paragraphs)) == [*_STORY[:2], *paragraphs, *_STORY[2:]]


def test_a_teaser_of_two_sentences_ending_on_a_prompt_is_still_a_headline() -> None:
    teasers = (
        "Storm warning for the coast as gales head north. Here is what you should know",
        "Lottery winner buys village pub in Ashby. See the pictures",
        "Striking nurses return to wards in Dunmore",
    )
    removed = dropped(page(*_STORY, *teasers), _TITLE)
    assert all(removed.get(teaser) == "related-article teaser" for teaser in teasers)


def test_a_statements_signature_at_the_pages_foot_is_no_pair_of_cards() -> None:
    signature = ("MARTHA OKONJO", "CHIEF CONSTABLE OF WEXMOOR", "Issued on 3rd March, 2024")
    assert _kept(page(*_STORY, *signature)) == [*_STORY, *signature]
