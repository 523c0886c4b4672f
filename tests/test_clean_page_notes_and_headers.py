"""Tests for the page's furniture and a business site's header (issue 18, cleaning round 17):
a loader's placeholder, the top picture's credit, a stock table's header, a headline glued to
its reading time, capital link headlines off the story's topic, a wire's slashed credit closing
a caption, a caption pointing "here", a credit of pipes, a byline over the top picture, the
headline again under a section's label, and a post the story introduces on its own line.

Made-up lines in the shape of those the walkthroughs found, not the articles'.
"""

from __future__ import annotations

import pytest

from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page

_STORY = COUNCIL_STORY
_TITLE = COUNCIL_TITLE


def _between(line: str) -> str:
    return page(_STORY[0], line, *_STORY[1:])


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Loading Something is loading.", "page widget"),
        ("Ticker Security Last Change Change", "page widget"),
        ("Top photo via Harbour Council", "photo credit"),
        ("Featured image: Jane Doe", "photo credit"),
    ],
)
def test_a_pages_furniture_alone_on_its_line_is_dropped(line: str, reason: str) -> None:
    assert dropped(_between(line), _TITLE) == {line: reason}


def test_a_headline_glued_to_its_reading_time_and_update_stamp_is_dropped() -> None:
    glued = (
        "Ferry fares to rise on the island routes1 min read . Updated: 16 Mar 2024, 07:15 AM IST"
    )
    assert dropped(page(glued, *_STORY), _TITLE) == {glued: "repeated headline"}


def test_capital_link_headlines_mostly_off_the_storys_words_are_teasers() -> None:
    # A word or two of the story's ("council", "harbour") does not make one a subheading.
    first = "COUNCIL SAYS IT WILL PAY FOR THE LIBRARY'S NEW BOOKS 'IF NECESSARY'"
    second = "HARBOUR SCHOOL SHUT FOR A MONTH AS BUS DRIVERS STRIKE OVER WAGES"
    raw = page(_STORY[0], first, _STORY[1], second, *_STORY[2:])
    assert dropped(raw, _TITLE) == {
        first: "related-article teaser",
        second: "related-article teaser",
    }


def test_a_caption_closing_on_a_wires_slashed_credit_is_a_caption() -> None:
    caption = (
        "The council of Wexmoor announced on Tuesday that it has accepted the harbour board's "
        "four million pound plan to rebuild the ferry terminal, which is to reopen before the "
        "tourist season upon completion of the works. EFE/Jane Doe/Pool/File"
    )
    assert dropped(page(caption, *_STORY), _TITLE) == {caption: "photo caption"}


def test_a_sentence_pointing_at_the_person_seen_here_over_a_credit_is_a_caption() -> None:
    caption = (
        "Ferry fares rise as the mayor, seen here in Wexmoor in March 2020, again backs the "
        "new terminal."
    )
    raw = page(caption, "Jane Doe/AP", *_STORY)
    assert dropped(raw, _TITLE) == {caption: "photo caption", "Jane Doe/AP": "photo credit"}


def test_a_business_sites_header_gives_a_byline_and_a_photo_credit() -> None:
    caption = "The council expects the terminal to open as early as June, the mayor said."
    credit = "Jane Roe | Afp | Getty Images"
    raw = page("Local News", _TITLE, "Ana Ruiz", caption, credit, *_STORY)
    found = dropped(raw, _TITLE)
    assert found["Ana Ruiz"] == "byline"
    assert found[credit] == "photo credit"
    assert found[_TITLE] == "repeated headline"


def test_a_post_the_story_introduces_on_its_own_line_stays() -> None:
    post = (
        "The council issued this statement about the vote: We will rebuild the terminal. "
        "\u2014 Wexmoor Council (@wexmoorcouncil) May 4, 2025"
    )
    signed = "We will rebuild the terminal. \u2014 Wexmoor Council (@wexmoorcouncil) May 4, 2025"
    assert post not in dropped(page(_STORY[0], post, *_STORY[1:]), _TITLE)
    assert dropped(page(_STORY[0], signed, *_STORY[1:]), _TITLE) == {signed: "embedded post"}
