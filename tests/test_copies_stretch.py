"""A copy's quotations compared with the stretch of the other copy aligned with their place:
two edits of one wire report (one cut a paragraph, one kept another) are not each other's
proof of a quotation made up, and words found elsewhere are another sentence's."""

from __future__ import annotations

from generator.briefing.copies import check_quotes

LEAD = (
    "The mayor said on Sunday that the new bridge over the river was not meant to divert traffic "
    "from the old town, but was part of a broader plan to ease congestion across the region."
)
CLOSE = (
    "The council approved the budget for the bridge last spring after a long debate over its cost "
    "and the route it would take through the northern districts of the city."
)
SHORT_EDIT = (
    f"{LEAD}\n\n"
    "“It's not about the town,” the mayor told reporters at the site. “It's about having a "
    f"city that moves.”\n\n{CLOSE}"
)
LONG_EDIT = (
    f"{LEAD}\n\n"
    "At a news conference late in the evening, the mayor sought to calm shop owners who feared "
    "the loss of passing trade, and promised a fund to help them through the works.\n\n"
    f"{CLOSE}\n\n"
    "“It's not about that. It's about generating growth in every district,” the mayor said."
)


def test_a_quotation_where_the_other_edit_has_other_words_cannot_be_checked() -> None:
    quote = "It's about having a city that moves."
    (check,) = check_quotes(SHORT_EDIT, [quote], [("long", LONG_EDIT)])
    assert check.status == "unchecked"
    assert check.original.startswith("At a news conference late in the evening")


def test_words_found_in_another_sentence_are_not_a_rewording() -> None:
    # "It's not about" is in the other edit, in a sentence at another place.
    (check,) = check_quotes(SHORT_EDIT, ["It's not about the town"], [("long", LONG_EDIT)])
    assert check.status != "reworded" and not check.differences


def test_the_original_it_names_still_flags_a_quotation_in_place_of_its_words() -> None:
    (check,) = check_quotes(
        SHORT_EDIT, ["It's about having a city that moves."], [("long", LONG_EDIT)], named=["long"]
    )
    assert check.status == "missing"


def test_a_quotation_added_where_the_other_copy_goes_straight_on_is_missing() -> None:
    added = f"{LEAD}\n\n“We will open it in May,” the mayor added.\n\n{CLOSE}"
    (check,) = check_quotes(added, ["We will open it in May,"], [("plain", f"{LEAD}\n\n{CLOSE}")])
    assert check.status == "missing"


def test_a_quotation_past_where_a_longer_excerpt_breaks_off_cannot_be_checked() -> None:
    # The excerpt is the longer text, yet it stops before the quotation's place.
    excerpt = (
        f"{LEAD}\n\nThe mayor, who has led the city since 2019 and fought two elections on the "
        "promise of a bridge, spoke for an hour about the plan. “Every part of it is very much co"
    )
    rewrite = (
        f"{LEAD}\n\nThe mayor spoke for an hour. “Every part of it is very much complete,” she "
        "said.\n\n“I think we have an enormous opportunity,” the governor said in response."
    )
    assert len(excerpt) > len(rewrite)
    (check,) = check_quotes(rewrite, ["I think we have an enormous opportunity,"], [("x", excerpt)])
    assert check.status == "unchecked" and not check.original
