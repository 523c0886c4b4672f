"""Tests for the story lines the cleaner dropped from unlabelled articles (issue 18): the tune
event stories, the seed articles and the copies' tune part, read line by line as a reader
would. Each rule abstains for the class of story line it mistook, and still drops the
boilerplate nearest to it.

Made-up lines in the shape of the lost ones, not the articles'.
"""

from __future__ import annotations

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page, story_lines

_STORY = COUNCIL_STORY
_TITLE = COUNCIL_TITLE


def _kept(raw: str, title: str = _TITLE) -> list[str]:
    return story_lines(clean(raw, title))


def test_a_sentence_naming_the_wire_it_reports_from_is_no_pictures_credit() -> None:
    lead = (
        "The council of Wexmoor voted on Tuesday to rebuild the ferry terminal the winter "
        "storms left under water, the Coast Gazette informs via Reuters."
    )
    raw = page(lead, *_STORY[1:])
    assert lead in _kept(raw)
    # A picture's credit with "via" after a name is still the picture's.
    credit = "The flooded terminal at Wexmoor on Monday. Harbour Board handout via Reuters"
    assert dropped(page(*_STORY[:2], credit, *_STORY[2:]), _TITLE)[credit] == "photo credit"


def test_the_storys_subheading_and_paragraph_cut_off_where_the_page_ends_are_kept() -> None:
    # Off the topic of the story's first paragraphs, on that of the paragraph above them.
    subheading = "Dredging the harbour"
    cut_off = (
        "Opponents want the dredging costs published ahead of any work by engineers on the "
        "harbour, which the plan puts at a"
    )
    raw = page(*_STORY, subheading, cut_off)
    assert _kept(raw) == [*_STORY, subheading, cut_off]


def test_cards_of_other_stories_cut_off_where_the_page_ends_are_still_dropped() -> None:
    cards = (
        "Striking nurses return to wards in Dunmore",
        "Nurses at two hospitals in Dunmore ended their strike after ministers offered",
        "Lottery winner buys village pub in Ashby",
        "A retired postman from Ashby spent part of his winnings on the village pub",
    )
    removed = dropped(page(*_STORY, *cards), _TITLE)
    assert all(removed.get(card) == "related-article teaser" for card in cards)


def test_the_storys_last_sentences_cut_off_by_the_scraper_are_no_pair_of_links() -> None:
    quote = '"We cannot leave the harbour as it is," the mayor said after the vote.'
    first = (
        "There was a tense moment when the harbour master, who had warned of the costs for "
        "years, walked out of the"
    )
    second = "There was a second vote on the road before the meeting had even closed its"
    raw = page(*_STORY, quote, first, second)
    assert _kept(raw)[-2:] == [first, second]
    # Two headlines of other stories at the foot are still a pair of links.
    links = ("Striking Nurses Return To Wards In Dunmore", "Lottery Winner Buys Village Pub")
    removed = dropped(page(*_STORY, quote, *links), _TITLE)
    assert all(removed.get(link) == "related-article teaser" for link in links)


def test_a_subheading_the_paragraph_under_it_retells_is_no_link() -> None:
    picture = "The Wexmoor councillors and engineers around the same table"
    subheading = "Engineers warn of dredging costs"
    below = (  # cut off by the scraper: no sentence whose words count as the story's
        "The engineers warned again on Tuesday that the dredging costs would rise with each "
        "winter that the harbour is left as it stands, and that the"
    )
    closing = "The mayor said after the vote that it had been the longest night of her term."
    raw = page(*_STORY[:3], picture, subheading, below, closing)
    assert subheading in _kept(raw)
    # Two headlines of other stories between the paragraphs are still a pair of links.
    links = ("Striking nurses return to wards in Dunmore", "Lottery winner buys village pub")
    removed = dropped(page(*_STORY[:2], *links, *_STORY[2:]), _TITLE)
    assert all(removed.get(link) == "related-article teaser" for link in links)


def test_a_heading_introducing_the_storys_paragraphs_is_no_related_label() -> None:
    heading = "Also on this date:"
    events = (
        "In 1953, a storm surge flooded the old ferry terminal and the harbour road for a week.",
        "In 1987, the council first voted to raise the harbour wall, and then dropped the plan.",
    )
    raw = page(*_STORY, heading, *events)
    assert _kept(raw)[-3:] == [heading, *events]
    # "Related:" over other stories' headlines is still their label.
    links = ("Striking nurses return to wards in Dunmore", "Lottery winner buys village pub")
    removed = dropped(page(*_STORY, "Related:", *links), _TITLE)
    assert removed.get("Related:") == "related-article teaser"


def test_a_dateline_on_its_own_line_above_the_lead_is_kept() -> None:
    raw = page("WEXMOOR", *_STORY)
    assert _kept(raw) == ["WEXMOOR", *_STORY]
    # A section's name there is still the page's navigation.
    assert dropped(page("WORLD", *_STORY), _TITLE) == {"WORLD": "navigation"}
    # So is a ticker over its price, the price dropped between it and the lead.
    assert "WXM" not in _kept(page("WXM", "-0.0400", *_STORY))


def test_a_subheading_in_capitals_after_a_date_stamp_is_kept_without_the_stamp() -> None:
    raw = page("date 2025-03-02 HARBOUR WORKS", *_STORY)
    assert _kept(raw) == ["HARBOUR WORKS", *_STORY]
    # A stamp before a few words of no story is still dropped with them, named for them.
    stamped = "date 2025-03-02 news, local"
    assert dropped(page(stamped, *_STORY), _TITLE) == {stamped: "section label"}
