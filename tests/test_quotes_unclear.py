"""Shapes of text that used to give a quote a wrong speaker, found in the third batch of
labelled articles (eval/quotes/, q116-q137); each now gives the right one or none.

How often the shapes occur and what abstaining costs is measured by eval/quotes.py.
"""

from __future__ import annotations

from generator.analysis.quotes import quotes


def found(text: str) -> list[tuple[str | None, str]]:
    return [(quote.speaker, quote.text) for quote in quotes(text)]


def test_a_lone_capital_letter_is_no_speaker() -> None:
    text = (
        "Ever since an outbreak of hepatitis B claimed six lives at a care home a year ago, "
        "Health Director James Roe has pressed for better reporting.\n\n"
        "He says the problem is wider.\n\n"
        '"We did not find out about that outbreak until the second person had died," he said.'
    )
    assert [speaker for speaker, _ in found(text)] == ["James Roe"]


def test_he_does_not_reach_past_a_sentence_whose_speaker_was_not_read_as_a_person() -> None:
    # "J.T." reads as an acronym, so the man who spoke just before is not known as a person:
    # the coroner who spoke before him is no safer a guess for "he".
    text = (
        'Coroner Kerry Rooks said: "He was a very good person."\n\n'
        "J.T. Ricketson, a special agent in Perry, said the sheriff's office called him at "
        '6 p.m. He said deputies were answering "a dispute between neighbours."'
    )
    assert found(text) == [("Coroner Kerry Rooks", "He was a very good person.")]


def test_quotes_given_as_examples_of_what_was_said_are_not_the_reporters_words() -> None:
    text = (
        "Jane Doe agreed to a short question session, which she said went badly.\n\n"
        'People started making statements like "no one supports the new road" and '
        '"no one supports the cycle lanes", Doe claimed.'
    )
    assert found(text) == []  # phrases, kept only with their speaker


def test_a_quote_the_closing_clause_says_is_still_its_speakers() -> None:
    text = (
        "Jane Doe agreed to a short question session.\n\n"
        '"No one supports the new road and no one will," Doe claimed.'
    )
    assert [speaker for speaker, _ in found(text)] == ["Jane Doe"]


def test_an_office_after_and_is_the_same_persons_second_one_not_a_couple() -> None:
    text = (
        "Acme Aircraft President and CEO Scott Carson says airlines are retiring old jets.\n\n"
        '"We are not seeing an impact this year on our deliveries," Carson told the conference.'
    )
    assert [speaker for speaker, _ in found(text)] == ["Scott Carson"]
