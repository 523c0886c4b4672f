"""Tests for the review mends of cleaning round 17 (issue 18): a post opening on "X said:" with
its signature is the post, not the story introducing it; a menu ending on a word that is also
an agency's is a menu, not a credit; long subheadings in capitals on the story's topic stay;
and a summary cut on "[…]" is cut short wherever the cleaner asks.

Made-up lines in the shape of those the review found, not the articles'.
"""

from __future__ import annotations

import pytest

from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page

_STORY = COUNCIL_STORY
_TITLE = COUNCIL_TITLE
_SIGNATURE = "\u2014 Wexmoor Police (@wexmoorpolice) March 3, 2023"


def _between(line: str) -> str:
    return page(_STORY[0], line, *_STORY[1:])


def test_a_post_opening_on_its_own_said_clause_with_its_signature_is_dropped() -> None:
    post = f"Police said: Suspect in custody after the harbour fire, more later. {_SIGNATURE}"
    assert dropped(_between(post), _TITLE) == {post: "embedded post"}


@pytest.mark.parametrize(
    "clause",
    [
        "The police wrote on X:",
        "The harbour master said in a post on Monday:",
        "The council shared a short video message:",
    ],
)
def test_a_clause_naming_the_post_it_introduces_keeps_the_line(clause: str) -> None:
    post = f"{clause} Suspect in custody after the harbour fire. {_SIGNATURE}"
    assert post not in dropped(_between(post), _TITLE)


def test_a_menu_ending_on_an_agencys_word_is_navigation() -> None:
    menu = "Home | Garden | Kitchen | Pool"
    assert dropped(page(menu, *_STORY), _TITLE) == {menu: "navigation"}


@pytest.mark.parametrize("credit", ["Jane Roe | Pool", "Jane Roe | Afp | Getty Images"])
def test_a_persons_name_before_its_agencies_is_a_credit_not_a_menu(credit: str) -> None:
    assert dropped(page(credit, *_STORY), _TITLE).get(credit) != "navigation"


def test_long_subheadings_in_capitals_on_the_storys_topic_stay() -> None:
    first = "COUNCILLORS ARGUE FOR HOURS OVER THE MONEY FOR THE FERRY TERMINAL"
    second = "OPPONENTS SAY THE PLAN IGNORED THE COST OF DREDGING THE HARBOUR"
    raw = page(_STORY[0], first, _STORY[1], second, *_STORY[2:])
    found = dropped(raw, _TITLE)
    assert first not in found
    assert second not in found


def test_cards_cut_on_a_bracketed_ellipsis_under_the_story_are_teasers() -> None:
    cards = [
        "Bakery chain shuts its last city branch as the price of flour keeps on [\u2026]",
        "Teenager wins the national chess title after a final that lasted eight [\u2026]",
        "Island school reopens its doors after the roof was torn off in the [\u2026]",
    ]
    found = dropped(page(*_STORY, *cards), _TITLE)
    assert all(found.get(card) for card in cards)
