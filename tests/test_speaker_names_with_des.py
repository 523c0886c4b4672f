"""A French name's "des" is part of it, like "de", "du" or "von": "Hélène des Vries" is one
speaker, and "Des Vries" opening a later sentence is the same person."""

from __future__ import annotations

from generator.analysis.quotes import quotes

STORY = (
    "But Hélène des Vries said the damaged crown could be restored.\n\n"
    "Senators on Wednesday questioned des Vries about the robbery.\n\n"
    '"We did everything we could, and still we failed," she said.\n\n'
    'Des Vries added: "Every alarm worked."'
)


def test_a_name_with_des_is_one_speaker_whole() -> None:
    assert {quote.speaker for quote in quotes(STORY)} == {"Hélène des Vries"}


def test_a_gallery_chief_named_with_des_keeps_the_title_as_description() -> None:
    text = (
        "Gallery chief Laurence des Marais told senators that the alarms had worked.\n\n"
        '"We were beaten," des Marais said.'
    )
    (quote,) = quotes(text)
    assert (quote.speaker, quote.speaker_description) == ("Laurence des Marais", "Gallery chief")
