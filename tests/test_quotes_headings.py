"""A heading that is a person's name alone gives the bare quotations under it their speaker
(issue 19, December 2026): "## PRIME MINISTER JANE DOE", then what she said."""

from __future__ import annotations

from generator.analysis.quotes import quotes

ROUNDUP = (
    "What leaders Jane Doe and Tom Brown said today in the campaign.\n\n"
    "## PRIME MINISTER JANE DOE\n\n"
    '"Five weeks to go. I am running this campaign to win a majority."\n\n'
    "- And she is paying no heed to the polls.\n\n"
    '"The other side has no plan at all."\n\n'
    "## OPPOSITION LEADER TOM BROWN\n\n"
    '"Before you write off our chances, I will not."\n\n'
    "## REAL PEOPLE\n\n"
    '"You always hear them promise things, and then they forget."\n\n'
    "- A voter talking to Tom Brown on the trail."
)


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in quotes(text)]


def test_bare_quotes_under_a_name_heading_are_that_persons_until_the_next_heading() -> None:
    assert speakers(ROUNDUP) == ["Jane Doe", "Jane Doe", "Tom Brown", None]


def test_the_heading_gives_way_to_an_attribution_of_the_quote_itself() -> None:
    text = (
        "Jane Doe and Tom Brown spoke today.\n\n"
        "## PRIME MINISTER JANE DOE\n\n"
        '"We will win this," Tom Brown said of his own party.'
    )
    assert speakers(text) == ["Tom Brown"]


def test_a_heading_that_is_more_than_a_name_gives_no_speaker() -> None:
    text = (
        "Prime Minister Jane Doe spoke today.\n\n"
        "## Jane Doe's plan for the economy\n\n"
        '"Five weeks to go. I am running this campaign to win a majority."'
    )
    assert speakers(text) == [None]
