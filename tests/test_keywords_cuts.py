"""Keywords cut out of something longer or no phrase at all: a name is whole or absent, one
thing gets one keyword, and labels, credits and pairs of words that make no phrase give none
(issue 18)."""

from __future__ import annotations

from generator.analysis.keywords import extract_keywords

TITLE = "Regulators close Marrow Valley Bank; First Meridian buys branches"
STORY = """\
NORTH HAVEN (WNA) -- Regulators closed Marrow Valley Bank on Friday, the largest failure of a \
lender since the collapse of Halden Savings a decade ago. The Northern Deposit Guarantee Corp. \
took control of the deposits, and the NDGC said customers would be paid on Monday.

What Happened: The Ostrava-based First Meridian agreed to buy the failed lender's branches. \
First Meridian said the deal would close within weeks. Shares of First Meridian BancCorp Inc FMBX \
rose sharply on the news.

The Ostrava Department of Financial Oversight and Innovation said it had warned Marrow Valley \
Bank twice. The NDGC will sell the rest of the assets. Lead Prosecutor Dana Whitlock said her \
office would look into the failure. Disgraced Ostrava banker Piet Varga was questioned. \
Prosecutor Dana Whitlock said the inquiry would take months. Banks in Ostrava have \
struggled since. Depositors of MVB and of Valley Bank were calm. Watch the shares closely, traders \
said.

Photo by Ana Ruiz/WNA
"""
# Names that stay whatever else is offered, so that each test's candidates are judged alone.
_PLAIN = ["Marrow Valley Bank", "Halden Savings", "Piet Varga", "North Haven", "Ana Ruiz"]


def _keywords(*candidates: str) -> tuple[str, ...]:
    """The keywords where YAKE offers these candidates, then the plain names."""
    offered = [*candidates, *_PLAIN]
    return extract_keywords(TITLE, STORY, rank=lambda text, top: offered[:top])


def test_a_name_cut_after_its_ordinal_comes_whole() -> None:
    found = _keywords("Meridian")
    assert "First Meridian" in found and "Meridian" not in found, found


def test_a_piece_of_a_name_with_of_comes_whole_or_not_at_all() -> None:
    found = _keywords("Ostrava Department", "Financial Oversight")
    assert "Ostrava Department" not in found and "Financial Oversight" not in found, found
    assert "Ostrava Department of Financial Oversight and Innovation" in found, found


def test_an_acronym_and_the_words_it_stands_for_give_one_keyword() -> None:
    found = _keywords("Northern Deposit Guarantee", "NDGC", "Deposit Guarantee")
    assert found[0] == "NDGC", found  # the cut expansion gives way to the whole acronym
    assert not {"Northern Deposit Guarantee", "Deposit Guarantee"} & set(found), found


def test_a_full_acronym_and_its_expansion_give_one_keyword() -> None:
    found = _keywords("Marrow Valley Bank", "MVB", "Valley Bank")
    named = [keyword for keyword in found if "MVB" in keyword or "Valley Bank" in keyword]
    assert named == ["Marrow Valley Bank"], found


def test_a_word_glued_to_a_place_is_no_part_of_it() -> None:
    assert _keywords("Ostrava-based")[0] == "Ostrava"
    assert _keywords("Disgraced Ostrava")[0] == "Ostrava"


def test_the_role_before_a_name_is_no_part_of_it() -> None:
    found = _keywords("Prosecutor Dana Whitlock", "Dana Whitlock")
    assert found[0] == "Dana Whitlock" and "Prosecutor Dana Whitlock" not in found, found


def test_a_section_label_and_a_credit_give_no_keyword() -> None:
    found = _keywords("Happened", "WNA", "FMBX")
    assert not {"Happened", "WNA", "FMBX"} & set(found), found


def test_two_words_that_make_no_phrase_give_no_keyword() -> None:
    found = _keywords("decade ago")
    assert "decade ago" not in found, found


def test_a_common_word_capitalised_only_to_open_a_sentence_waits() -> None:
    offered = ["Watch", "Piet Varga", "Dana Whitlock"]
    found = extract_keywords(TITLE, STORY, rank=lambda text, top: offered[:top])
    assert found == ("Piet Varga", "Dana Whitlock", "Watch"), found
