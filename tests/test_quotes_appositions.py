"""A role in apposition without its article ("Jane Roe, minister of information, says")
describes the name before it and shows it is a person's; a "he" after a sentence that opens
with such a person as its subject is that person, even when another man spoke before."""

from __future__ import annotations

from generator.analysis.quotes import quotes


def test_a_role_without_its_article_describes_the_name_before_it() -> None:
    text = (
        "Jane Roe, minister of information and orientation, says the capital is safe.\n\n"
        "Embassies told their staff to stay home.\n\n"
        'The minister said the police had achieved "real success in stopping attacks".'
    )
    (success,) = quotes(text)
    assert success.speaker == "Jane Roe"
    assert "minister of information" in success.speaker_description
    # Two people given the role, neither shown speaking: "the minister" is neither.
    two = text.replace(
        "Jane Roe, minister of information and orientation, says the capital is safe.",
        "Jane Roe, minister of information, and Mary Poe, minister of defence, visited.",
    )
    assert not any(quote.speaker for quote in quotes(two))


def test_he_after_a_sentence_opened_by_its_subject_is_that_subject() -> None:
    text = (
        'Pop singer Tom Ray said: "He was a joy to work with."\n\n'
        "John Doe, leader of the opposition on Avon Council, went to the same school as "
        "the singer, St Mark's Grammar School.\n\n"
        '"Many people here are touched by this loss, young and old," he said.'
    )
    joy, touched = quotes(text)
    assert joy.speaker == "Tom Ray"
    assert touched.speaker == "John Doe"
    # When the sentence only names him after its verb, "he" may be either man.
    unclear = text.replace(
        "John Doe, leader of the opposition on Avon Council, went",
        "Many went with John Doe, leader of the opposition on Avon Council,",
    )
    assert [quote.speaker for quote in quotes(unclear)] == ["Tom Ray", None]


def test_an_epithet_after_a_sentence_opened_by_its_subject_is_that_subject() -> None:
    text = (
        "Tory leader John Doe led the attack on Chancellor Jane Roe's spending plan in the "
        "House of Commons.\n\n"
        'The Avon MP said: "This plan leaves the country running on empty."'
    )
    (empty,) = quotes(text)
    assert empty.speaker == "John Doe"
    # When the sentence names the other as the object of its verb, the MP may be either.
    beaten = text.replace("led the attack on Chancellor Jane Roe's spending plan", "beat Jane Roe")
    assert [quote.speaker for quote in quotes(beaten)] == [None]
    # Nor is an epithet whose noun the subject holds with another role: not "the Deputy
    # Majority Leader" for "the Minority Leader".
    deputy = (
        "Mr John Doe, the Deputy Majority Leader, took questions from Mr Tom Ray.\n\n"
        'The Minority Leader said: "This plan leaves the country running on empty."'
    )
    assert [quote.speaker for quote in quotes(deputy)] == [None]


def test_an_apposition_missing_its_closing_comma_still_describes_the_subject() -> None:
    text = (
        "Jane Roe, head coach of Avon United commented on the narrow win at home.\n\n"
        '"We needed this victory after the break, and the fans deserved it," she told '
        "reporters after the match."
    )
    (win,) = quotes(text)
    assert win.speaker == "Jane Roe"
    # With an article the role is a subject of its own, after a name that ends a clause:
    # not that name's description.
    cheered = 'Fans cheered for Tom Ray, the head coach said: "We were lucky today, we know it."'
    assert [quote.speaker for quote in quotes(cheered)] == [None]
