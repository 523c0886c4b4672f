"""A speech verb nearer a quote than its sentence's speaker may have a subject of its own:
then the quote is that subject's words, or nobody's, never the sentence speaker's (issue 19).
And a "he" read as someone the quote itself names was read as the wrong person."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of, speakers_of


@pytest.mark.parametrize(
    "text",
    [
        # A progressive tense: "were describing" has its own subject, not the sentence's.
        'The weekly Harbour Courier also said its sources were describing "a grim night"'
        " at the docks.",
        # A new subject after "but": the rights groups called it so, not the governor.
        "Governor Ines Varga welcomed the ruling, noting that the council's plans 'served the"
        " whole valley,' but rights groups have called it 'a quiet land grab.'",
        # A bare plural subject of a reported clause.
        'Ines Varga said critics had described the plan as "a quiet land grab".',
        # A participle after an object of hearing or remembering: Tomas Brandt's words.
        'Ines Varga recalled Tomas Brandt saying "a quiet land grab" at the meeting.',
        'Ines Varga recalled him saying "a quiet land grab" at the meeting.',
        # A recording of someone else speaking: their words.
        'Ines Varga posted a video of Tomas Brandt saying "a quiet land grab" was under way.',
        # A person named inside the "that" clause calls it so: theirs as much as hers.
        'Ines Varga said that when Tomas Brandt called her "a quiet land grabber", she laughed.',
        # What someone is accused of saying is theirs, not the accuser's.
        'Ines Varga accused Tomas Brandt of calling her "a quiet land grabber".',
    ],
)
def test_a_nearer_subject_keeps_the_sentence_speaker_from_the_quote(text: str) -> None:
    assert "Ines Varga" not in [s or "" for s in speakers_of(text, "a ")]
    assert all("Courier" not in (s or "") for s in speakers_of(text, "a grim night"))


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # The saying is the sentence subject's when the verb before the object is no verb of
        # hearing: "praised Y saying" is the president praising.
        (
            "President Ines Varga met the crew on Monday. The president praised Tomas Brandt"
            ' saying he had been "a steady hand in the storm".',
            "a steady hand",
            "Ines Varga",
        ),
        # A progressive tense with a name before it is that name's.
        (
            'Tomas Brandt was saying "thank you, thank you" to the staff.',
            "thank you",
            "Tomas Brandt",
        ),
        # "and said" joins the chosen speaker's verb: still theirs.
        (
            'Ines Varga welcomed the ruling and said it was "a fair outcome for all".',
            "a fair outcome",
            "Ines Varga",
        ),
    ],
)
def test_the_sentence_speaker_keeps_the_quotes_that_are_theirs(
    text: str, words: str, speaker: str
) -> None:
    assert speaker_of(text, words) == speaker


def test_a_pronoun_is_not_read_as_someone_the_quote_names() -> None:
    # "he" would be Brandt, the one shown speaking; but the quote speaks of Tomas.
    text = (
        "Marco Lind won the title by two points from Tomas Brandt.\n\n"
        "Brandt said he had done everything he could, and the new champion burst into tears"
        " as he thanked his team.\n\n"
        'He said: "It feels amazing. I now know what Tomas feels like. I want to thank Tomas'
        ' and the team."'
    )
    assert speaker_of(text, "It feels amazing") is None


def test_a_pronoun_keeps_a_quote_that_names_someone_else() -> None:
    text = (
        "Tomas Brandt said he was tired after the race.\n\n"
        'He said: "It feels good. I want to thank Ines and the whole team."'
    )
    assert speaker_of(text, "It feels good") == "Tomas Brandt"


def test_a_bare_quote_the_excerpt_ends_after_a_full_stop_follows_its_speaker() -> None:
    # The closing mark is lost with the excerpt's end, but the sentence closed with a full
    # stop: no attribution was to come after it, so it is the speaker of the paragraph before.
    text = (
        'Premier Ines Varga said the border would stay shut. "We need to tread carefully,"'
        " she said.\n\n"
        "\u201cWe are not looking at that at this stage, but I am not ruling it out."
    )
    assert speaker_of(text, "We are not looking") == "Ines Varga"


def test_a_bare_quote_the_excerpt_cuts_mid_sentence_stays_unattributed() -> None:
    text = (
        'Premier Ines Varga said the border would stay shut. "We need to tread carefully,"'
        " she said.\n\n"
        "\u201cWe are not looking at that at this stage, but if the numbers"
    )
    assert speaker_of(text, "We are not looking") is None


def test_a_passive_participle_with_no_was_names_its_agent() -> None:
    # "a result welcomed by X": X welcomed it; the result is no one a "he" may stand for.
    text = (
        "Voters backed Tomas Brandt in the election, a result welcomed by Marco Lind.\n\n"
        '"It is a great day for the valley," he said.'
    )
    assert speaker_of(text, "It is a great day") == "Marco Lind"


def test_a_means_after_by_is_no_agent() -> None:
    text = 'Marco Lind said by phone that the plan was "a quiet land grab".'
    assert speaker_of(text, "a quiet land grab") == "Marco Lind"
