"""The furniture many sites share around a story: a blog feed's "appeared first on" footer, an
advertisement's label misspelled as themes ship it, a comments-closed notice in other
languages, a date label written the other way round, a meta line naming the post's section, a
share widget's own name, a card
closing on its view count, a paid offer's pitch over its list of perks, a government's site
banner, a pointer to the original article, a print edition's offer, the comment form's
prompt, and a date in a time zone's abbreviation. A dateline of place and day above the lead
is the story's, advertisements around it or not.
"""

from __future__ import annotations

import pytest

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page, story_lines

_HEADLINE = "Harbour festival returns with tall ships and fireworks"


@pytest.mark.parametrize(
    "line",
    [
        "The post Wexmoor rebuilds its ferry terminal appeared first on Harbour Weekly.",
        "- Advertisment -",
        "Les commentaires ont été désactivés.",
        "Los comentarios están cerrados.",
        "Die Kommentare sind geschlossen.",
        "Read original article here.",
        "Read additional details in our newspaper or e-Edition.",
        "Use the comment form below to begin a discussion about this content.",
    ],
)
def test_a_line_of_shared_site_furniture_under_the_story_goes(line: str) -> None:
    raw = page(*COUNCIL_STORY, line)
    assert line in dropped(raw, COUNCIL_TITLE)
    assert COUNCIL_STORY[-1] in story_lines(clean(raw, COUNCIL_TITLE))


@pytest.mark.parametrize("line", ["Date published:", "4 May 2024, PKT 10:15"])
def test_a_date_label_or_a_zoned_date_over_the_story_goes(line: str) -> None:
    raw = page(COUNCIL_TITLE, line, *COUNCIL_STORY)
    assert line in dropped(raw, COUNCIL_TITLE)


def test_a_card_closing_on_its_view_count_goes_even_amid_the_story() -> None:
    card = f"{_HEADLINE} - Jane Doe May 4 2024, 03:39 PM • 2810 views"
    raw = page(*COUNCIL_STORY[:2], card, *COUNCIL_STORY[2:])
    assert dropped(raw, COUNCIL_TITLE).get(card) == "related-article teaser"
    assert story_lines(clean(raw, COUNCIL_TITLE)) == list(COUNCIL_STORY)


def test_a_story_sentence_giving_a_view_count_stays() -> None:
    line = "The council's video of the vote was watched online by more than 2810 views."
    raw = page(*COUNCIL_STORY[:2], line, *COUNCIL_STORY[2:])
    assert line in story_lines(clean(raw, COUNCIL_TITLE))


_PERKS = ("- Expert analysis", "- Ad-free reading on the app", "- Puzzles and crosswords")


def test_a_paid_offers_pitch_and_its_perks_under_the_story_go() -> None:
    pitch = "Harbour Weekly Premium brings you more of Wexmoor"
    raw = page(*COUNCIL_STORY, pitch, *_PERKS, "Advertisement")
    gone = dropped(raw, COUNCIL_TITLE)
    assert pitch in gone
    assert all(perk in gone for perk in _PERKS)
    assert story_lines(clean(raw, COUNCIL_TITLE)) == list(COUNCIL_STORY)


def test_a_list_in_the_story_under_a_paid_offer_stays() -> None:
    """The story's list of what a service offers, followed by more of the story."""
    pitch = "The ferry company's premium pass includes:"
    after = (
        "Councillors said the pass would cost twice as much as a single ticket in the first "
        "year after the terminal opens."
    )
    raw = page(*COUNCIL_STORY, pitch, *_PERKS, after)
    kept = story_lines(clean(raw, COUNCIL_TITLE))
    assert pitch in kept
    assert all(perk.removeprefix("- ") in kept for perk in _PERKS)


def test_a_list_under_a_line_naming_no_paid_offer_stays() -> None:
    line = "The new terminal will have:"
    raw = page(*COUNCIL_STORY, line, *_PERKS)
    kept = story_lines(clean(raw, COUNCIL_TITLE))
    assert all(perk.removeprefix("- ") in kept for perk in _PERKS)


def test_a_dateline_of_place_and_day_between_advertisements_stays() -> None:
    raw = page(COUNCIL_TITLE, "Advertisement", "Wexmoor, June 4", "Advertisement", *COUNCIL_STORY)
    assert "Wexmoor, June 4" in story_lines(clean(raw, COUNCIL_TITLE))


# The banner every page of a government's sites opens with, as its template writes it.
_BANNER = (
    "Here's how you know",
    "Official websites use .gov",
    "A .gov website belongs to an official government organization in the United States.",
    "Secure .gov websites use HTTPS",
    "A lock ( ) or https:// means you've safely connected to the .gov website.",
)


def test_a_government_sites_banner_goes() -> None:
    raw = page(*_BANNER, COUNCIL_TITLE, *COUNCIL_STORY)
    gone = dropped(raw, COUNCIL_TITLE)
    assert all(line in gone for line in _BANNER)
    assert story_lines(clean(raw, COUNCIL_TITLE)) == list(COUNCIL_STORY)


def test_a_subheading_like_one_banner_line_alone_stays() -> None:
    story = (*COUNCIL_STORY[:2], "Here's how you know", *COUNCIL_STORY[2:])
    raw = page(COUNCIL_TITLE, *story)
    assert "Here's how you know" in story_lines(clean(raw, COUNCIL_TITLE))


def test_a_meta_line_naming_the_posts_section_goes() -> None:
    line = "Thursday 4 May 2023 | Written by HWN | Published in Coast Towns, Regional"
    raw = page(COUNCIL_TITLE, *COUNCIL_STORY[:2], line, *COUNCIL_STORY[2:])
    assert dropped(raw, COUNCIL_TITLE).get(line) == "byline"


@pytest.mark.parametrize("name", ["AddThis", "ShareThis", "AddToAny"])
def test_a_share_widgets_name_left_as_its_text_goes(name: str) -> None:
    raw = page(*COUNCIL_STORY[:1], name, *COUNCIL_STORY[1:])
    assert dropped(raw, COUNCIL_TITLE).get(name) == "share widget"


def test_a_story_list_closing_the_page_under_a_line_naming_a_paid_pass_stays() -> None:
    """The pitch of a site's offer speaks to its reader; the story's line about a paid pass
    does not, even when its list ends the page."""
    line = "Holders of the council's new premium ferry pass will get:"
    raw = page(*COUNCIL_STORY, line, *_PERKS)
    kept = story_lines(clean(raw, COUNCIL_TITLE))
    assert line in kept
    assert all(perk.removeprefix("- ") in kept for perk in _PERKS)


@pytest.mark.parametrize(
    "line",
    [
        "The post office on Harbour Street, which opened in 1902, appeared first on the list of "
        "closures the council published.",
        "The post of harbour master appeared first on a list of jobs the council cut.",
    ],
)
def test_a_story_sentence_about_a_post_is_no_feed_footer(line: str) -> None:
    raw = page(*COUNCIL_STORY[:2], line, *COUNCIL_STORY[2:])
    assert line in story_lines(clean(raw, COUNCIL_TITLE))
