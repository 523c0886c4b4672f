"""Shapes of text around a quote that round four of the quote reader handles: words put to
someone rather than said by them, a thing's words opened by a colon, an interviewer's topic
line between one speaker's answers, and a quotation a line break cut in two.

Invented text only; how often each shape occurs is measured by eval/quotes.py.
"""

from __future__ import annotations

from tests.conftest import found, speaker_of


def test_words_put_to_someone_in_the_passive_are_not_theirs() -> None:
    # "was asked", "was told": the subject heard the words; who said them is not named.
    for verb in ("was asked", "was also told", "had been warned"):
        text = f'Jane Doe {verb}: "Will you resign before the vote next week?"'
        assert speaker_of(text, "Will you resign") is None, verb


def test_an_agent_that_cannot_be_read_does_not_leave_the_quote_to_the_subject() -> None:
    text = 'Jane Doe was asked by those present: "Will you resign before the vote next week?"'
    assert speaker_of(text, "Will you resign") is None


def test_a_passive_verb_that_quotes_nothing_changes_nothing() -> None:
    # The passive "was announced" ends the sentence: the quote before it stays the hailer's.
    text = (
        'Prime Minister Jane Doe hailed the late king\'s "extraordinary life", sending her '
        "condolences after his death was announced."
    )
    assert found(text) == [("Jane Doe", "extraordinary life")]


def test_the_quoted_subject_of_a_passive_is_still_the_speaker() -> None:
    text = 'Jane Doe was quoted by the agency as saying: "We will win this fight together."'
    assert speaker_of(text, "We will win") == "Jane Doe"


def test_a_things_words_opened_by_a_colon_are_not_the_pointers() -> None:
    for thing in ("a sign that read", "a banner which simply said"):
        text = f'Jane Doe pointed to {thing}: "No entry for the press beyond this point."'
        assert speaker_of(text, "No entry") is None, thing


def test_a_colon_after_a_clause_that_says_what_something_states_still_gives_a_speaker() -> None:
    # "that" opening a clause of content, not a thing's words: the subject still speaks.
    text = (
        "Jane Doe, the state's attorney general, further stoked fears that the vote would be "
        'lost: "This is the day we have waited for, and we will not let it pass."'
    )
    assert speaker_of(text, "This is the day") == "Jane Doe"


INTERVIEW = (
    "Coach Jane Doe spoke after the match on Sunday.\n\n"
    "“We needed this victory at home. It was hard to the very end,” she told reporters.\n\n"
    "About the second penalty kick for John Smith’s team:\n\n"
    "“The same thing happened to us at the start of the season, and nobody said a word.”\n\n"
    "“Maybe we were a little lucky here, but the rules are the rules.”"
)


def test_bare_answers_under_an_interviewers_topic_line_keep_the_speaker_before() -> None:
    assert speaker_of(INTERVIEW, "The same thing happened") == "Jane Doe"
    assert speaker_of(INTERVIEW, "Maybe we were a little lucky") == "Jane Doe"


def test_a_line_that_introduces_someone_is_no_topic_line() -> None:
    # A colon after a new subject introduces that subject's words, not the speaker before's.
    text = INTERVIEW.replace("About the second penalty kick for", "Then a reporter asked")
    assert speaker_of(text, "The same thing happened") != "Jane Doe"


WRAPPED = (
    "Tennis was the talk of the town on Sunday, when the final ended late at night.\n\n"
    "“Pressure got to me, and it got to a point where it was a bit\n\n"
    "embarrassing.”\n\n"
    "- Canadian teenager John Smith reflects on his loss in the third round."
)


def test_a_quotation_a_line_break_cut_mid_sentence_is_one_quote() -> None:
    quotes = found(WRAPPED)
    assert [speaker for speaker, _ in quotes] == ["John Smith"]
    assert quotes[0][1].startswith("Pressure got to me") and quotes[0][1].endswith("embarrassing.")


def test_the_start_of_a_quotation_takes_the_speaker_its_credit_line_gives_the_rest() -> None:
    text = WRAPPED.replace("it was a bit\n\nembarrassing.", "it hurt.\n\nIt was embarrassing.")
    assert speaker_of(text, "Pressure got to me") == "John Smith"


def test_a_preposition_after_a_name_after_the_verb_ends_the_name() -> None:
    text = (
        "The council met on Monday.\n\n"
        "“I made a mistake,” admitted Coun. Rick Webber regarding the deleted item."
    )
    assert speaker_of(text, "I made a mistake") == "Rick Webber"


def test_who_after_a_name_ending_a_clause_stands_for_that_name() -> None:
    text = 'Jane Doe hit back at John Smith, who said the plan was "a disaster for the country".'
    assert speaker_of(text, "a disaster") == "John Smith"


def test_words_remembered_from_someone_named_by_a_possessive_are_theirs() -> None:
    text = 'Jane Doe remembers her mother saying: "We will win this fight together."'
    assert speaker_of(text, "We will win") is None


def test_words_someone_reposts_are_not_theirs() -> None:
    text = 'Jane Doe retweeted John Smith: "You have done a great deal for this town."'
    assert speaker_of(text, "You have done") is None


def test_a_chant_is_a_mention_not_speech() -> None:
    assert found('Jane Doe said the chant "lock her up" was heard all night.') == []


def test_a_role_answering_the_speaker_before_is_not_that_speaker() -> None:
    text = (
        '"We need a bridge," Jane Doe said.\n\n'
        "In response, the mayor wrote on Facebook:\n\n"
        '"We will not let it pass without a fight in the house."'
    )
    assert speaker_of(text, "We will not let it pass") is None
    plain = text.replace("In response, the mayor", "The mayor")
    assert speaker_of(plain, "We will not let it pass") == "Jane Doe"  # an epithet, as before


def test_speech_verbs_in_the_present_tense_attribute_as_their_past_does() -> None:
    for verb in ("reckons", "quips", "retorts", "muses"):
        text = f"“We were the better side for most of the game,” {verb} Jane Doe."
        assert speaker_of(text, "We were the better side") == "Jane Doe", verb
