"""Classes of wrong speakers found by reading the extractor's output on unlabelled tune texts
(issue 19): each rule abstains where its class shows, and a near case keeps its speaker."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

# A relative clause after a quoted phrase ("that he called") says nothing of who said it: its
# "he" is the sentence's subject, not the speaker of the sentence before.
RELATIVE = (
    "Mayor Tomas Reyes opened the new bridge on Monday.\n\n"
    '"It joins two halves of one town," Reyes said.\n\n'
    'The visit came days after the governor praised the town\'s "quiet courage" that he'
    ' called "a lesson to us all" in a letter.'
)


def test_a_relative_clause_after_a_quote_does_not_attribute_it() -> None:
    assert speaker_of(RELATIVE, "quiet courage") != "Tomas Reyes"


def test_a_plain_closing_attribution_still_does() -> None:
    assert speaker_of(RELATIVE, "It joins two halves") == "Tomas Reyes"


# An epithet ("the nurse") stands for the one who spoke before, unless the sentences before
# introduce someone by that noun ("a nurse asked me"): then it is that one, whom no name tells.
INTRODUCED = (
    "Retired teacher Ana Lobo wrote a memoir about her years in the valley.\n\n"
    '"A nurse at the clinic asked me where I came from, and I had no answer."\n\n'
    'The nurse then asked about her accent, saying that "nobody here talks like that".'
)
NOT_INTRODUCED = (
    "Retired teacher Ana Lobo wrote a memoir about her years in the valley.\n\n"
    '"I had no answer for them," Lobo said.\n\n'
    'The teacher then spoke of her accent, saying that "nobody here talks like that".'
)


def test_an_epithet_for_someone_just_introduced_is_not_the_speaker() -> None:
    assert speaker_of(INTRODUCED, "nobody here talks") != "Ana Lobo"


def test_an_epithet_for_the_one_who_spoke_is_still_read() -> None:
    assert speaker_of(NOT_INTRODUCED, "nobody here talks") == "Ana Lobo"


# A role noun opening a sentence is capitalised, and is no part of the name after it.
def test_a_role_noun_opening_the_sentence_is_not_part_of_the_name() -> None:
    text = (
        "Prosecutor Lena Okafor-Blake set out the case on Tuesday.\n\n"
        'The defendants "agreed on a plan to hide the payments from the board," the'
        " prosecutor said."
    )
    assert speaker_of(text, "agreed on a plan") == "Lena Okafor-Blake"


def test_a_capitalised_thing_opening_the_sentence_is_not_a_role() -> None:
    text = 'Source Code Weekly reported the leak. "We have fixed the flaw," Dara Quill said.'
    assert speaker_of(text, "We have fixed the flaw") == "Dara Quill"


# A gloss or an idea named is a mention, not speech.
@pytest.mark.parametrize(
    "text, words",
    [
        (
            'Kalani, meaning "heavy rain" in the local tongue, was 300 kilometres offshore at'
            " noon, according to the Marine Weather Office.",
            "heavy rain",
        ),
        (
            "Officials said the minister chose his team to deliver on his vision of"
            ' "a greener coast".',
            "a greener coast",
        ),
        (
            "Mayor Ilse Brandt said the plan marks a shift from the principle of a"
            ' "single market" to a split one.',
            "single market",
        ),
    ],
)
def test_a_gloss_or_a_named_idea_is_no_ones_speech(text: str, words: str) -> None:
    assert speaker_of(text, words) is None


@pytest.mark.parametrize(
    "text, words",
    [
        ('Mayor Ilse Brandt said the plan would "deliver a greener coast" by 2030.', "greener"),
        (
            "Mayor Ilse Brandt said the plan marks a shift from the old principles to a"
            ' "single market" for the region.',
            "single market",
        ),
        (
            'Kalani was 300 kilometres offshore, bringing "heavy rain", according to the Marine'
            " Weather Office.",
            "heavy rain",
        ),
    ],
)
def test_a_phrase_after_other_words_keeps_its_speaker(text: str, words: str) -> None:
    assert speaker_of(text, words) is not None


# Another's name for something, quoted: "Y's definition of X as "..."" is Y's words.
def test_anothers_definition_is_not_the_speakers_words() -> None:
    text = (
        "Premier Odile Marchetti noted that the rebel leader Sami Okoro's definition of the"
        ' two provinces as "sworn enemies" was a shift.'
    )
    assert speaker_of(text, "sworn enemies") != "Odile Marchetti"


def test_the_speakers_own_description_keeps_its_speaker() -> None:
    text = 'Premier Odile Marchetti described the two provinces as "old friends" on Monday.'
    assert speaker_of(text, "old friends") == "Odile Marchetti"


# A "he" after two people, one named only by a role ("the President"), may be either.
def test_a_pronoun_after_a_name_and_a_role_is_unclear() -> None:
    text = (
        "Crown Prince Aldo Ferran met the President in Rome last year, where he said he"
        ' was doing "a remarkable job".'
    )
    assert speaker_of(text, "a remarkable job") is None


def test_a_pronoun_after_one_name_keeps_its_speaker() -> None:
    text = (
        "Crown Prince Aldo Ferran visited Rome last year, where he said the city was"
        ' doing "a remarkable job".'
    )
    assert speaker_of(text, "a remarkable job") == "Aldo Ferran"
