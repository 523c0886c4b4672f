"""A clause that closes a sentence and names its speaker ('..., Jane Doe told reporters')
still names the speaker of a phrase quoted before it when ", adding that ..." follows it."""

from __future__ import annotations

from generator.analysis.quotes import quotes


def _spoken(text: str) -> list[tuple[str, str | None]]:
    return [(quote.text, quote.speaker) for quote in quotes(text)]


def test_a_phrase_before_the_clause_is_given_its_speaker_despite_the_adding_tail() -> None:
    text = (
        "The two officers were suspended on Monday.\n\n"
        'They face an inquiry with a view to "dismissing them from the force for good", '
        "and a fine, commissioner Paul Adeyemi told reporters, adding that both had "
        '"accepted the findings".'
    )
    assert _spoken(text) == [
        ("dismissing them from the force for good", "Paul Adeyemi"),
        ("accepted the findings", "Paul Adeyemi"),
    ]


def test_a_phrase_after_the_closing_clause_is_not_taken_for_the_one_before() -> None:
    text = (
        "The two officers were suspended on Monday.\n\n"
        'Union leader Sam Ortiz called it "a decision taken in haste", while the '
        'commissioner, Paul Adeyemi, said the officers had "accepted the findings".'
    )
    spoken = dict(_spoken(text))
    assert spoken.get("a decision taken in haste") in (None, "Sam Ortiz")
