"""Tests for sentences a scraper broke across lines (issue 18, cleaning round 6): a page
wrapped at a fixed width, or cut at a link, leaves a line that ends on no stop over one that
goes on in lower case. No headline, caption, credit or teaser runs on so, and a lead that
opens on a wire's dateline ("CITY--(WIRE)--Company") begins the story. Found by reading what
the caption, credit and headline rules removed from unlabelled articles.

Made-up lines in the shape of the lost ones, not the articles'.
"""

from __future__ import annotations

from generator.analysis.clean import clean
from generator.analysis.lines import split_lines
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page, story_lines

_STORY = COUNCIL_STORY
_TITLE = COUNCIL_TITLE


def test_a_line_runs_on_only_into_a_lower_case_line_of_the_same_sentence() -> None:
    lines = split_lines(
        "Rowers from nine clubs raced across the lake for\n"
        "the third year running, organisers said.\n"
        "Wexmoor regatta draws record crowds\n"
        "by Jane Doe\n"
        "Boats moored at the jetty before the start\n"
        "jetty at dawn"
    )
    assert [line.runs_on for line in lines] == [True, False, False, False, False, False]


def test_a_dateline_with_its_wire_in_a_broken_sentence_is_no_pictures_credit() -> None:
    opening = "GENEVA, May 4, 2024 (NNA/AFP) – AFP Sport picks out the best moments"
    rest = "of a week of racing on the lake, which closed on Sunday:"
    raw = "\n".join([opening, rest, *_STORY])
    assert opening in story_lines(clean(raw, _TITLE))
    # A picture's credit in the same words, on a line of its own, is still the picture's.
    credit = "Rowers on the lake at Geneva on Sunday. NNA/AFP"
    assert dropped(page(_STORY[0], credit, *_STORY[1:]), _TITLE)[credit] == "photo credit"


def test_a_press_release_wrapped_at_a_fixed_width_keeps_its_first_lines() -> None:
    wrapped = (
        "BERLIN--(WIRE SERVICE)--Acme",
        "Pumps AG (XETRA:ACP) today announced that the company's Board",
        "of Directors has appointed Maria Lenz",
        "Keller as chair of the board, effective June 1, the date of the",
        "company's annual meeting of shareholders.",
    )
    result = clean("\n".join(wrapped), "")
    assert story_lines(result) == list(wrapped)
    # Over an unbroken lead, a headline is still taken from the top of the page.
    headline = "Acme Pumps names a new chair of its board"
    result = clean(page(headline, *_STORY), "")
    assert result.headline == headline and headline not in story_lines(result)


def test_a_quote_broken_across_lines_at_the_foot_is_no_teaser_card() -> None:
    foot = (
        '"At the moment every decision is made in the capital, and handing powers back might give',
        'the towns a fairer say," she said.',
        "The harbour board is also expected to try to replace the mooring fees with a single",
        "charge for every boat, a change which would nee",
    )
    assert story_lines(clean(page(*_STORY, *foot), _TITLE)) == [*_STORY, *foot]
    # Cards of other stories there, each a headline and a summary, are still dropped.
    cards = (
        "Striking nurses return to wards in Dunmore",
        "Nurses at two hospitals ended their strike after ministers offered more pay.",
        "Lottery winner buys village pub in Ashby",
        "A retired postman spent part of his winnings on the pub he drank in.",
    )
    removed = dropped(page(*_STORY, *cards), _TITLE)
    assert all(removed.get(card) == "related-article teaser" for card in cards)


def test_the_storys_figures_under_their_labels_are_no_run_of_links() -> None:
    figures = (
        "The Season in Numbers",
        "Ferry tickets sold: 412,000, up 12% on last year vs. 380,000 forecast",
        "Berths let: 310 of 340, against 295 in 2023",
        "Running costs: £1.9 million vs. £1.7 million budgeted",
        "What Else Stood Out",
    )
    raw = page(*_STORY[:2], *figures, *_STORY[2:])
    assert story_lines(clean(raw, _TITLE)) == [*_STORY[:2], *figures, *_STORY[2:]]
    # Headlines of other stories in a row there, with no figures, are still a block of links.
    links = (
        "Striking nurses return to wards in Dunmore",
        "Lottery winner buys village pub in Ashby",
        "Bus fares to rise in spring across the county",
    )
    removed = dropped(page(*_STORY[:2], *links, *_STORY[2:]), _TITLE)
    assert all(removed.get(link) == "related-article teaser" for link in links)
    # A label over another story's headline, numbers and all, is still a link.
    link = "Read also: 12 ferries cancelled as storm hits the coast"
    removed = dropped(page(*_STORY[:2], link, *_STORY[2:]), _TITLE)
    assert removed.get(link) == "related-article teaser"
