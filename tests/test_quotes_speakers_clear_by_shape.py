"""Shapes of quotation the reader left unattributed, or named wrongly, though the speaker was
clear (issue 19, recall): a closing mark typed for the opening one and glued to the sentence
before; a place or an organisation named beside the speaker, which no "he" may stand for; a
police rank in initials ("SP", "ACP"); an adverb after a name; a bare quotation after a
sentence that opens with the one who just spoke; letters after a name ("MP"); an occupation
opening a sentence ("Billionaire X"); more verbs of speech ("rebutted", "informed"); a name
in capitals; an age epithet ("the 45-year-old"); an aside in brackets closing a subject.
Each rule's test fails on the code before it; each near case keeps its old reading."""

from __future__ import annotations

from generator.analysis.quotes import quotes


def said(text: str, words: str) -> tuple[str | None, str] | None:
    """The speaker and description of the quote holding `words`; None when none holds them."""
    found = [quote for quote in quotes(text) if words in quote.text]
    return (found[0].speaker, found[0].speaker_description) if found else None


def speaker_of(text: str, words: str) -> str | None:
    found = said(text, words)
    return found[0] if found else None


# A closing mark typed for the opening one, with its space left out after a sentence.


def test_a_closing_mark_glued_after_a_sentence_opens_a_quote() -> None:
    text = (
        "Councillor Mara Lind said the plan was late. She said the council had been told."
        "”We waited three years for this report,” Lind said."
    )
    assert said(text, "We waited three years") == ("Mara Lind", "Councillor")


def test_a_closing_mark_glued_after_a_sentence_closes_an_open_quote() -> None:
    # Near case: with a quote open, the same mark is its close, and the words after it are
    # narrative, not a quote.
    text = "“We waited three years for this.”The council met on Monday, Mara Lind said."
    found = quotes(text)
    assert [quote.text for quote in found] == ["We waited three years for this."]


def test_a_glued_closing_mark_with_nothing_to_close_it_opens_nothing() -> None:
    text = "Councillor Mara Lind said the plan was late.”The council met on Monday."
    assert quotes(text) == ()


# A "he" or "she" is never a place, nor an organisation named after its kind.


def test_a_country_named_as_speaking_is_no_he() -> None:
    text = (
        "Prime Minister Tavita Reo said Tulana Islands respects its neighbours; and Tulana"
        " Islands asks for the same respect.\n\n"
        "He told reporters that the pact was signed in good faith.\n\n"
        "“We have nothing to hide from our friends.”"
    )
    assert speaker_of(text, "nothing to hide") == "Tavita Reo"


def test_a_person_named_beside_the_speaker_still_makes_he_unclear() -> None:
    # Near case: a person named where the country was leaves "he" as unclear as before.
    text = (
        "Prime Minister Tavita Reo said Loto Sami respects its neighbours; and Loto Sami"
        " asks for the same respect.\n\n"
        "He told reporters that the pact was signed in good faith.\n\n"
        "“We have nothing to hide from our friends.”"
    )
    assert speaker_of(text, "nothing to hide") is None


def test_an_organisation_named_after_its_kind_is_no_he() -> None:
    text = (
        "Here is an assessment by Oren Vask, a member of the aid group Hill Relief:\n\n"
        "“Villages like this are often cut off by floods,” he says."
    )
    assert speaker_of(text, "Villages like this") == "Oren Vask"


def test_a_second_person_named_after_the_speaker_keeps_he_unclear() -> None:
    # Near case: a person, not an organisation's kind, before the second name.
    text = (
        "Here is an assessment by Oren Vask, a colleague of the doctor Pell Hanna:\n\n"
        "“Villages like this are often cut off by floods,” he says."
    )
    assert speaker_of(text, "Villages like this") is None


# Titles written as initials are titles, not an organisation's name.


def test_a_police_title_in_initials_is_the_speakers_title() -> None:
    text = (
        "Riverton SP Arun Vel said teams were asking people to leave. “We will move everyone"
        " out by noon,” he added."
    )
    assert speaker_of(text, "move everyone") == "Arun Vel"


def test_initials_of_an_organisation_before_a_name_still_name_no_person() -> None:
    # Near case: an organisation's initials ("RTC") are no title; the reader keeps the whole
    # as an organisation and "he" finds no one.
    text = (
        "Riverton RTC Arun Vel said teams were asking people to leave. “We will move everyone"
        " out by noon,” he added."
    )
    assert speaker_of(text, "move everyone") is None


# An adverb between a speaker's name and the verb is no part of the name.


def test_an_adverb_after_a_name_is_no_part_of_the_speaker() -> None:
    text = 'Dr Ilse Marr however cautioned against "careless claims about the budget".'
    assert speaker_of(text, "careless claims") == "Ilse Marr"


# A bare quotation after a sentence that opens with its speaker, with no speech verb.


def test_a_bare_quote_follows_the_subject_of_the_sentence_before() -> None:
    text = (
        "Coach Tia Moana said the team lacked pace.\n\n"
        "“We were not fit enough.”\n\n"
        "She thanked the fans for coming out to the game.\n\n"
        "“Hopefully we will see the same support next month.”"
    )
    assert speaker_of(text, "same support") == "Tia Moana"


def test_a_bare_quote_after_a_sentence_naming_two_people_stays_unattributed() -> None:
    # Near case: the sentence before names another person in an object's place.
    text = (
        "Coach Tia Moana said the team lacked pace.\n\n"
        "“We were not fit enough.”\n\n"
        "She thanked captain Ruth Kane for leading the side.\n\n"
        "“Hopefully we will see the same support next month.”"
    )
    assert speaker_of(text, "same support") is None


def test_a_bare_quote_after_someone_who_never_spoke_stays_unattributed() -> None:
    # Near case: the subject only acts; no one has the floor to go on speaking.
    text = (
        "Coach Tia Moana walked onto the pitch after the game.\n\n"
        "“Hopefully we will see the same support next month.”"
    )
    assert speaker_of(text, "same support") is None


# Letters after a name for an office or an honour are no part of the name.


def test_letters_after_a_name_are_its_description() -> None:
    text = '"We will reopen the library by June," Tom Reed MP said.'
    assert said(text, "reopen the library") == ("Tom Reed", "MP")


def test_letters_after_a_constituency_stay_a_role() -> None:
    # Near case: "the Witney MP" is a member named by a place, a role, not a name "Witney".
    text = (
        "Tory leader Tom Reed led the charge against the budget.\n\n"
        'The Witney MP said: "This budget has a credibility crunch."'
    )
    assert speaker_of(text, "credibility crunch") == "Tom Reed"


# An occupation opening a sentence before a name is the person's role, not part of the name.


def test_an_occupation_opening_a_sentence_is_no_part_of_the_name() -> None:
    text = (
        "Billionaire Ada Stone has broken her silence on the takeover.\n\n"
        "“I hope even my critics stay on the platform,” she said in a post."
    )
    assert said(text, "my critics") == ("Ada Stone", "Billionaire")


def test_two_people_named_by_occupation_leave_she_unclear() -> None:
    # Near case: the sentence before names two people, each with an occupation.
    text = (
        "Billionaire Ada Stone met investor Bo Lind on the takeover.\n\n"
        "“I hope even my critics stay on the platform,” she said in a post."
    )
    assert speaker_of(text, "my critics") is None


# More verbs of speech: a rebuttal, a message sent, the court informed.


def test_a_rebuttal_after_a_quote_names_its_speaker() -> None:
    assert speaker_of('"We never agreed to that," rebutted Tom Reed.', "never agreed") == "Tom Reed"


def test_informing_the_court_shows_who_he_is() -> None:
    text = 'Tom Reed informed the court he would testify. "I want to testify," he said.'
    assert speaker_of(text, "want to testify") == "Tom Reed"


def test_a_phrase_inside_a_rebutted_claim_is_not_the_speakers() -> None:
    # Near case: the word quoted inside the claim rebutted is the claim's, not Reed's.
    assert quotes('Tom Reed rebutted claims that the plan was "dead".') == ()


# A name in capitals is written as a name; an age epithet is the one person of that age;
# an aside in brackets closing the subject, commas and all, is no part of it.


def test_a_name_in_capitals_is_written_as_a_name() -> None:
    assert speaker_of('TOM REED said: "We will rebuild the bridge."', "rebuild") == "Tom Reed"


def test_a_role_in_capitals_stays_a_role() -> None:
    # Near case: a role opening with an article is lowered as before, not title-cased.
    assert speaker_of('A JUDGE said: "We will rebuild the bridge."', "rebuild") == "A judge"


def test_an_age_epithet_is_the_one_person_of_that_age() -> None:
    text = 'Tom Reed, 45, lost his home. "We will rebuild," the 45-year-old said.'
    assert speaker_of(text, "rebuild") == "Tom Reed"


def test_an_age_two_people_share_names_no_one() -> None:
    # Near case: two people are 45; the epithet fits both.
    text = (
        'Tom Reed, 45, and Ann Poe, 45, lost their homes. "We will rebuild," the 45-year-old said.'
    )
    assert speaker_of(text, "rebuild") is None


def test_an_aside_in_brackets_closing_the_subject_is_left_out() -> None:
    text = '"We will rebuild the bridge," Tom Reed (Labour, Leeds North) said.'
    assert speaker_of(text, "rebuild") == "Tom Reed"


def test_a_quote_running_on_takes_the_speaker_its_rest_names_not_the_subject() -> None:
    # Near case: the quote runs on into a paragraph that names another speaker.
    text = (
        "Mayor Ann Poe said the plan would work.\n\n"
        "She thanked the council for its support.\n\n"
        '"The plan marks a turning point for the town.\n\n'
        '"More money will be needed next year," said engineer Tom Reed.'
    )
    assert speaker_of(text, "turning point") == "Tom Reed"


def test_a_group_that_spoke_has_no_floor_to_go_on_with() -> None:
    # Near case: "Analysts" spoke and open the sentence before, but are several people.
    text = (
        "Analysts said exports had already changed daily life.\n\n"
        "Analysts questioned whether the checks could be ready on time.\n\n"
        '"The agreement marked a turning point."'
    )
    assert speaker_of(text, "turning point") is None
