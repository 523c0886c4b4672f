"""Words that name an office or a note, not a person, are no speaker: "Minister of Foreign
Affairs, Senator X", a translator's "[Translation: "..."]", a group; and a name that runs on
into a verb is the subject of that clause."""

from __future__ import annotations

from generator.analysis.quotes import quotes


def test_the_affairs_of_a_ministry_are_no_person() -> None:
    text = (
        "The Deputy Prime Minister and Minister of Foreign Affairs, Senator Jane Roe, said "
        'the country had "no other option".\n\n'
        '"We still hope it holds," she said.'
    )
    option, hope = quotes(text)
    assert option.speaker == "Jane Roe"
    assert hope.speaker == "Jane Roe"
    (held,) = quotes('Minister of State for Foreign Affairs John Roe said: "It holds."')
    assert held.speaker == "John Roe"


def test_a_translators_note_is_nobodys_and_leaves_the_pronoun_to_the_speaker() -> None:
    text = (
        'Jane Roe spoke in Manila. "Ayaw ko na po," she said.\n\n'
        '[Translation: "I do not want it any more."]\n\n'
        '"The same goes for senators," she added.'
    )
    spoken, translated, added = quotes(text)
    assert spoken.speaker == "Jane Roe"
    assert translated.speaker != "Translation"
    assert added.speaker == "Jane Roe"
    # A bracket closed before the name is a label of the page, not the note itself.
    (sound,) = quotes('[Soundbite] John Roe(Bank Governor) : "You should stop the car."')
    assert sound.speaker == "John Roe"


def test_a_name_running_on_into_a_verb_is_the_subject_of_a_clause_not_a_role() -> None:
    text = (
        'Calling the dispute "the root cause of this instability", Dar gave asked for the '
        "rights of the people to be granted."
    )
    (quote,) = quotes(text)
    assert quote.speaker == "Dar"
    # A role opened by a capitalised word reads as before.
    (own,) = quotes('"We will not comment," Chinese state media said.')
    assert own.speaker == "Chinese state media"


def test_words_an_agency_reports_after_naming_someone_may_be_theirs() -> None:
    reported = (
        "Ruler Jane Roe urged business to stay the course through the downturn, a "
        '"passing cloud", state news agency WAM said.'
    )
    assert all(quote.speaker is None for quote in quotes(reported))
    # With no one else named before the quote, the agency's words are its own.
    (own,) = quotes('"The downturn is a passing cloud," state news agency WAM said.')
    assert own.speaker is not None and "WAM" in own.speaker


def test_a_group_is_not_the_one_person_whose_role_names_it() -> None:
    text = (
        'The Hawks have condemned "fake" reports of kidnapping.\n\n'
        "Hawks spokesperson Jane Roe said a task team had been set up."
    )
    assert all(quote.speaker != "Jane Roe" for quote in quotes(text))
