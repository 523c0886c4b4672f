"""A declaration speaks for no one, two titled leaders speak together, and two apostrophes
open a quotation as a double mark does."""

from generator.analysis.quotes import quotes

TEXT = """Chief negotiator Jane Roe said the talks had been hard. "We worked through the night," she said.

The Lisbon declaration said: "We call on all states to uphold the principles of international law."

Prime Minister John Doe and U.S. President Mark Smith on Friday vowed to "deepen and diversify" the defence partnership.

In a post, Prime Minister Doe said, ''I am confident that our guests will enjoy the warmth of the hospitality.''
"""


def _by_text() -> dict[str, tuple[str | None, str]]:
    return {quote.text: (quote.speaker, quote.speaker_description) for quote in quotes(TEXT)}


def test_a_declaration_is_not_the_person_named_before_it() -> None:
    found = _by_text()
    assert found["We call on all states to uphold the principles of international law."] == (
        None,
        "",
    )


def test_two_titled_leaders_speak_together_not_the_second_alone() -> None:
    speaker, description = _by_text()["deepen and diversify"]
    assert speaker == "John Doe and Mark Smith"
    assert "Prime Minister" not in description


def test_doubled_apostrophes_open_a_quotation_without_a_stray_mark() -> None:
    found = _by_text()
    text = "I am confident that our guests will enjoy the warmth of the hospitality."
    assert found[text][0] == "John Doe"


def test_a_text_quoting_only_with_two_apostrophes_has_its_quotation() -> None:
    text = "Mayor John Doe spoke on Friday.\n\nDoe said, ''I am confident the ferry will run.''"
    assert [(q.text, q.speaker) for q in quotes(text)] == [
        ("I am confident the ferry will run.", "John Doe")
    ]
