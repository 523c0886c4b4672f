"""An opening mark typed apart from the quote's first word, or a closing mark typed for it,
still opens the quote (issue 19, December 2026)."""

from __future__ import annotations

from tests.conftest import found


def test_a_straight_mark_with_a_space_after_it_opens_a_quote() -> None:
    text = 'Jane Doe was adamant. " In the end the company has no debt at all," Ms Doe said.'
    assert found(text) == [("Jane Doe", "In the end the company has no debt at all")]


def test_a_closing_mark_typed_for_the_opening_one_opens_a_quote() -> None:
    text = "Michael Roe: ” Jimmy treated us all like family, and we will miss him.”"
    assert found(text) == [
        ("Michael Roe", "Jimmy treated us all like family, and we will miss him.")
    ]


def test_a_paragraph_opening_with_a_closing_mark_and_a_space_is_a_quote() -> None:
    text = (
        "The magistrate Jane Doe ruled on Monday.\n\n"
        "” The evidence was full of loopholes that nobody sealed,” Ms Doe said."
    )
    assert found(text) == [("Jane Doe", "The evidence was full of loopholes that nobody sealed")]


def test_a_lone_spaced_mark_with_nothing_to_close_it_opens_nothing() -> None:
    assert found('Jane Doe said the height was 6 " and no more than that.') == []


def test_a_spaced_mark_right_after_a_comma_still_closes_rather_than_opens() -> None:
    # The opening mark was lost with the excerpt: the mark after "win," closes, and the
    # next quote is still read whole.
    text = 'the economy is strong," he said. "We will win the vote on Monday," Jane Doe added.'
    assert ("Jane Doe", "We will win the vote on Monday") in found(text)
