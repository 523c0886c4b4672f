"""A rewrite that moves a paragraph and rewords its quotation a little still carries the
quotation: the stretch aligned with its place only chooses among the places the words are
found, it never makes a quotation found elsewhere "missing" or "past where the original stops"."""

from __future__ import annotations

from generator.briefing.copies import check_quotes

QUOTE = "We will keep the harbour open for every fishing family in both our towns this winter."
REWORDED = (
    "We will keep the harbour open for every fishing family in both of our towns this winter."
)
PARAGRAPHS = [
    "The two mayors met at the harbour office on Friday to discuss the storm damage along the "
    "northern coast and the cost of repairing the breakwater.",
    f"She said: “{QUOTE}”",
    "Engineers from the regional authority inspected the breakwater and the fish market, "
    "which lost part of its roof during the night of the storm.",
    "Insurance claims from boat owners have doubled since the autumn, according to figures "
    "published by the chamber of commerce in the provincial capital.",
    "Volunteers cleared debris from the beach and the coastal path over the weekend, helped "
    "by pupils from the secondary school and the local rowing club.",
    "The council will vote on an emergency fund for the repairs at its next meeting, which "
    "is due to be held in the town hall at the end of the month.",
]
ORIGINAL = "\n\n".join(PARAGRAPHS)
SAID = f"She said: “{REWORDED}”"


def _rewrite(position: int) -> str:
    """The original without its quotation's paragraph, which is put back, reworded, at `position`."""
    others = [paragraph for paragraph in PARAGRAPHS if QUOTE not in paragraph]
    return "\n\n".join([*others[:position], SAID, *others[position:]])


def test_a_reworded_quotation_moved_to_the_middle_is_reworded_not_missing() -> None:
    for named in ((), ("orig",)):
        (check,) = check_quotes(_rewrite(3), [REWORDED], [("orig", ORIGINAL)], named=named)
        assert check.status == "reworded"
        assert check.original.startswith("We will keep the harbour open")
        assert check.differences == (("of", ""),)


def test_a_reworded_quotation_moved_to_the_end_is_not_past_where_the_original_stops() -> None:
    rewrite = _rewrite(len(PARAGRAPHS) - 1)
    assert rewrite.endswith(SAID)
    (check,) = check_quotes(rewrite, [REWORDED], [("orig", ORIGINAL)])
    assert check.status == "reworded" and check.original


def test_the_words_at_the_quotations_place_are_chosen_over_a_closer_match_elsewhere() -> None:
    # The original says the line twice: in the quotation's place with one word of its own, and
    # near its end with the rewrite's words (a comma apart). The quotation is the first one.
    quote = "We will keep the harbour open for the fishing families of our towns this winter."
    at_place = quote.replace(" of our ", " in our ")
    later = quote.replace(" towns this", " towns, this")
    original = "\n\n".join(
        [PARAGRAPHS[0], f"The mayor said: “{at_place}”", *PARAGRAPHS[2:], f"She added: “{later}”"]
    )
    rewrite = "\n\n".join([PARAGRAPHS[0], f"The mayor said: “{quote}”", *PARAGRAPHS[2:]])
    (check,) = check_quotes(rewrite, [quote], [("orig", original)], named=("orig",))
    assert check.status == "reworded"
    assert check.differences == (("of", "in"),)
