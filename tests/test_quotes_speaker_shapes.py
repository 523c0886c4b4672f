"""Speaker phrases read again: "Acme boss Jane Doe" is Jane Doe, "said Acme chair Jane Doe of
the decision" is Jane Doe, "Doe in the letter" is Doe and a name before "the company's chair"
with no comma is that person; an email "seen by" a news agency and "the bank says" right after
another organisation spoke are no one clear; people named together lose their titles; a word
defined after its marks is no quotation; a description is cut before a bracket it leaves open
and may open with whose role it is."""

from __future__ import annotations

from generator.analysis.quotes import quotes


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(quote.speaker, quote.text) for quote in quotes(text)]


def test_a_company_boss_before_a_name_is_that_person() -> None:
    text = 'Zentro boss Mara Quill has offered to buy Flitter, saying she will "unlock" its value.'
    (quote,) = quotes(text)
    assert quote.speaker == "Mara Quill"
    assert quote.speaker_description == "Zentro boss"


def test_a_chair_named_after_the_verb_before_of_the_decision_is_the_chair() -> None:
    text = (
        '"We felt we had a better horse," said Brenbank chairman Colm Ardley of the decision '
        "to replace the chief executive."
    )
    (quote,) = quotes(text)
    assert quote.speaker == "Colm Ardley"


def test_a_name_in_the_letter_and_a_name_before_its_role_without_a_comma() -> None:
    text = (
        "Mara Quill, the founder of Zentro, wrote a letter to the board of Flitter.\n\n"
        'Quill in the letter goes on to state that Flitter has "untapped potential" that she '
        "will unlock.\n\n"
        '"The transaction will deliver a premium for our holders," Tom Brask the company\'s '
        "independent board chair, said in a statement."
    )
    potential, premium = quotes(text)
    assert potential.speaker == "Mara Quill"
    assert premium.speaker == "Tom Brask"
    assert premium.speaker_description == "the company's independent board chair"


def test_an_email_seen_by_an_agency_is_no_speaker() -> None:
    text = (
        '"Half of the workforce will be impacted," said a questions-and-answer email seen by '
        "AFP that was sent to staff."
    )
    (quote,) = quotes(text)
    assert quote.speaker is None


def test_the_bank_right_after_another_organisation_spoke_is_unclear() -> None:
    text = (
        "Brenbank Group says it intends to borrow 50 billion francs from the Ruritanian "
        "National Bank.\n\n"
        'The bank says the move is a "decisive action" to boost its liquidity.'
    )
    assert all(speaker is None for speaker, _ in _speakers(text))


def test_people_named_together_with_titles_are_named_without_them() -> None:
    text = (
        "Brenbank CEO Sergio Ardotti and Chairman Colm Ardley said “this is the start of a new "
        "chapter” in an open letter."
    )
    (quote,) = quotes(text)
    assert quote.speaker == "Sergio Ardotti and Colm Ardley"


def test_a_word_defined_after_its_marks_is_no_quotation() -> None:
    text = (
        "Last month, Flitter gave Quill access to its 'firehose', a repository of raw data on "
        "millions of daily tweets."
    )
    assert _speakers(text) == []


def test_a_description_is_cut_before_a_bracket_it_leaves_open() -> None:
    text = (
        "Ardotti, the current chairman of Swiss Re (OTC:), will take over in April.\n\n"
        "“The task at hand is urgent and challenging,” Ardotti said in a statement."
    )
    (quote,) = quotes(text)
    assert quote.speaker == "Ardotti"
    assert quote.speaker_description == "the current chairman of Swiss Re"


def test_a_description_opening_with_whose_role_it_is() -> None:
    text = (
        '"My time at Flitter has come to an end," said Michele Aston, Flitter\'s director of '
        "public policy for the United States and Canada."
    )
    (quote,) = quotes(text)
    assert quote.speaker == "Michele Aston"
    assert quote.speaker_description == (
        "Flitter's director of public policy for the United States and Canada"
    )
