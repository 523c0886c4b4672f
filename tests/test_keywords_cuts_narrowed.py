"""What keyword cuts leave alone (issue 18): an acronym after its own name is no credit, a
plain word cuts no expansion, "election day" is a phrase, a name before a colon is no section
label, and a name's "of" tail stops at the title of the person after it."""

from __future__ import annotations

import pytest

from generator.analysis.keyword_cuts import is_credit, is_no_phrase
from generator.analysis.keyword_prose import Document
from generator.analysis.keywords import extract_keywords, stop_words


def _keywords(title: str, story: str, *offered: str) -> tuple[str, ...]:
    """The keywords where YAKE offers these candidates."""
    return extract_keywords(title, story, rank=lambda text, top: list(offered)[:top])


def _is_credit(form: str, story: str) -> bool:
    document = Document("Title", story)
    return is_credit(form, document.occurrences(form.casefold(), stop_words()), document)


def test_an_acronym_after_its_own_name_is_no_credit() -> None:
    story = "The Halden Savings Insurance Corp. (HSIC) took over the lender, officials said."
    assert not _is_credit("HSIC", story)
    story = "Agents of the Coastal Bureau of Fisheries (CBF) boarded the trawler on Monday."
    assert not _is_credit("CBF", story)


def test_a_ticker_after_a_company_stays_a_credit() -> None:
    assert _is_credit("VDX", "Shares of Varga Dynamics (VDX) rose on Monday, traders said.")


def test_an_acronym_after_its_name_is_a_keyword() -> None:
    story = (
        "The Halden Savings Insurance Corp. (HSIC) took over the lender on Friday. "
        "Depositors lined up at branches. The lender's shares fell."
    )
    found = _keywords("Lender closed", story, "Halden Savings Insurance", "HSIC", "lender")
    assert "HSIC" in found, found


def test_a_plain_word_cuts_no_name_with_its_initials() -> None:
    story = (
        "Rebels in the Central Andean Republic burned cars. The Central Andean Republic "
        "army fought back. Cars burned in the capital."
    )
    found = _keywords("Rebels burn cars", story, "cars", "Central Andean Republic", "rebels")
    assert "Central Andean Republic" in found, found


@pytest.mark.parametrize(
    "pair", ["election day", "fiscal year", "school year", "rush hour", "rose garden"]
)
def test_a_day_or_a_year_after_a_word_is_a_phrase(pair: str) -> None:
    assert not is_no_phrase(pair)


@pytest.mark.parametrize("pair", ["decade ago", "years earlier", "days later"])
def test_a_stretch_of_time_before_ago_is_no_phrase(pair: str) -> None:
    assert is_no_phrase(pair)


def test_election_day_is_a_keyword() -> None:
    story = "Voters in Ostrava go to the polls on election day. Turnout on election day is high."
    found = _keywords("Voters head to polls", story, "election day", "Voters", "Ostrava")
    assert "election day" in found, found


def test_a_name_before_a_colon_is_no_section_label() -> None:
    story = (
        "Delegates met in Geneva on Monday.\n\n"
        "Varga: Ostrava will not give up any land in the talks, whatever the pressure.\n\n"
        "What Happened: The talks went on through Wednesday."
    )
    found = _keywords("Talks in Geneva", story, "Varga", "Happened", "Geneva", "Delegates")
    assert "Varga" in found and "Happened" not in found, found


def test_a_name_with_of_stops_before_the_title_of_a_person() -> None:
    story = (
        "Coastal Bureau of Fisheries Director Mara Lindqvist told senators the quotas would "
        "hold. Trawlers have ignored the Coastal Bureau of Fisheries for years. Lindqvist "
        "said the Coastal Bureau of Fisheries would board them."
    )
    found = _keywords("Fisheries chief testifies", story, "Coastal Bureau", "Trawlers")
    assert "Coastal Bureau of Fisheries" in found, found
    assert not any("Director" in keyword for keyword in found), found
