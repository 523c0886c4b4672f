"""Chips a new user met on two business stories (issue 18): a name with "and" inside is whole,
"The" before a masthead, a ticker and a legal form come off a company's name, a number's
unit is no chip, a role capitalised before a name comes off it, "troubled rival" says who,
an outlet cited as a source is no chip, a reading time is none, and a country's adjective
goes beside the country's name."""

from __future__ import annotations

import pytest

from generator.analysis.keyword_names import unify_spellings
from generator.analysis.keyword_trims import trimmed
from generator.analysis.keywords import extract_keywords


def _keywords(title: str, story: str, *offered: str) -> tuple[str, ...]:
    """The keywords where YAKE offers these candidates."""
    return extract_keywords(title, story, rank=lambda text, top: list(offered)[:top])


def test_a_name_with_and_inside_is_one_keyword() -> None:
    story = (
        "A filing with the Harbours and Waterways Commission showed the bid on Monday. "
        "Ferry operators welcomed the ferry plan, and dockers said the ferry plan was late."
    )
    found = _keywords(
        "Ferry bid filed", story, "Waterways Commission", "Harbours", "ferry plan", "dockers"
    )
    assert "Harbours and Waterways Commission" in found, found
    assert "Harbours" not in found and "Waterways Commission" not in found, found


def test_two_names_joined_by_and_stay_apart() -> None:
    story = (
        "The Central Reserve and Treasury Department issued a joint note on Monday. "
        "Central Reserve staff met bankers. The Treasury Department said bankers agreed."
    )
    found = _keywords("Joint note", story, "Treasury Department", "Central Reserve", "bankers")
    assert "Treasury Department" in found and "Central Reserve" in found, found


def test_the_before_a_masthead_is_no_part_of_the_keyword() -> None:
    story = (
        "Staff were told by email, The Daily Clarion said on Friday. Layoffs hit the "
        "newsroom, and layoffs hit sales too."
    )
    found = _keywords("Layoffs", story, "Daily Clarion", "layoffs", "newsroom")
    assert "Daily Clarion" in found and "The Daily Clarion" not in found, found


def test_a_ticker_and_a_legal_form_come_off_a_company() -> None:
    story = (
        "Shares of Korvel Motors Inc KRVM.O fell 3%, while Korvel Motors said sales of its "
        "vans rose. Vans sold well in the north."
    )
    found = _keywords("Korvel shares fall", story, "Korvel Motors Inc KRVM.O", "vans")
    assert "Korvel Motors" in found, found
    assert not any("KRVM" in keyword or "Inc" in keyword for keyword in found), found


@pytest.mark.parametrize(
    ("candidate", "expected"),
    [
        ("Twitter Inc.", "Twitter"),
        ("Halvard Corp", "Halvard"),
        ("TWTR.N private", "private"),
        ("billion deal", ""),
        ("bln Swiss francs", ""),
        ("trillion", ""),
        ("U.S. Navy", "U.S. Navy"),
    ],
)
def test_trimmed_candidates(candidate: str, expected: str) -> None:
    assert trimmed(candidate) == expected


def test_a_number_unit_and_what_follows_it_are_no_keyword() -> None:
    story = (
        "The carmaker agreed a $12 billion merger on Monday. The merger talks lasted a year, "
        "and the carmaker's unions backed the merger talks."
    )
    found = _keywords("Carmaker merger", story, "billion merger", "merger talks", "unions")
    assert not any(keyword.startswith("billion") for keyword in found), found


def test_a_role_capitalised_before_a_name_comes_off() -> None:
    story = (
        "Days after the vote, Billionaire Ivo Marchetti offered to buy the club. Fans "
        "cheered, and Ivo Marchetti said the club's fans marched."
    )
    found = _keywords("Club bid", story, "Billionaire Ivo Marchetti", "fans", "club")
    assert "Ivo Marchetti" in found and "Billionaire Ivo Marchetti" not in found, found


@pytest.mark.parametrize("epithet", ["troubled rival", "Banking giant", "embattled rivals"])
def test_a_company_named_by_its_tie_is_no_keyword(epithet: str) -> None:
    story = f"Lenders backed the bid for its {epithet}. The merger was signed, and bankers smiled."
    found = _keywords("Merger", story, epithet, "merger", "bankers")
    assert epithet not in found, found


def test_giants_alone_stay_a_name() -> None:
    story = "The Giants won again on Sunday. The Giants beat the Bears at home."
    assert "Giants" in _keywords("Giants win", story, "Giants", "Bears")


def test_a_name_and_a_past_tense_verb_is_no_keyword() -> None:
    story = "Marchetti oversaw the sale. The sale closed in May, and the sale pleased banks."
    found = _keywords("Sale closes", story, "Marchetti oversaw", "sale", "banks")
    assert "Marchetti oversaw" not in found, found


def test_an_outlet_cited_as_a_source_is_no_keyword() -> None:
    story = (
        "The lender will cut jobs, according to Kestrel. Its chairman told Kestrel the cuts "
        "were needed. Kestrel also reported that branches will close."
    )
    found = _keywords("Lender cuts jobs", story, "Kestrel", "lender", "branches", "cuts")
    assert "Kestrel" not in found, found


def test_an_outlet_that_is_the_story_stays() -> None:
    story = "Kestrel fired its editor on Monday. Kestrel staff walked out in protest."
    assert "Kestrel" in _keywords("Kestrel fires editor", story, "Kestrel", "editor")


def test_a_reading_time_is_no_keyword() -> None:
    story = "Banks rally 4 min read. Banks rallied on Monday as bond yields eased."
    found = _keywords("Banks rally", story, "min read", "bond yields", "banks")
    assert "min read" not in found, found


def test_a_country_adjective_goes_beside_the_country() -> None:
    texts = ["Danish bankers met in Denmark. Denmark's Danish lenders agreed."]
    unified = unify_spellings([("Danish", "Denmark", "lenders")], texts)
    assert unified == [("Denmark", "lenders")]
    assert unify_spellings([("Danish", "lenders")], texts) == [("Danish", "lenders")]
