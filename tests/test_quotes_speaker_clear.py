"""Quotes a new user found unattributed though the speaker was clear (issue 19): a "he"
reported by the named speaker of the clause before it, a sentence opening with a definite
role its speaker holds, a participle in a "with" phrase of its own, a monarch's title kept
with the name, and a short phrase that the next quote of its speaker goes on from. Each
test of a rule fails on the code before it; each near case keeps its old reading."""

from __future__ import annotations

from generator.analysis.quotes import listed, quotes
from tests.conftest import speaker_of

# 1. A pronoun and its speech verb with a phrase after it read as "he said" does (this read
# right before these rules: the article's quote was lost to who "he" was, not to the phrase).
MANNER = (
    "Governor Ada Brennick called a snap vote on Tuesday.\n\n"
    "“We have kept to the course and told you the truth,” she shouted over the music. “Now"
    " the choice is yours.”"
)


def test_a_pronoun_with_a_phrase_after_its_verb_is_read() -> None:
    assert speaker_of(MANNER, "kept to the course") == "Ada Brennick"
    assert speaker_of(MANNER, "the choice is yours") == "Ada Brennick"


def test_a_pronoun_said_to_cheers_is_read() -> None:
    text = MANNER.replace("she shouted over the music", "she said to cheers")
    assert speaker_of(text, "kept to the course") == "Ada Brennick"


# 2. "X responded with a statement saying he welcomed ...": the "he" is X, whoever spoke
# before; so is the "he said" of the next paragraph.
RESPONDED = (
    "Tomas Velden said his rival had broken every promise. 'He will do anything to win,' he"
    " said.\n\n"
    "Minutes later, Sir Piet Aldane responded with his own statement saying he welcomed 'a"
    " moment the town has been waiting for'.\n\n"
    "'A chance to change things for the better, for all of you,' he said.\n\n"
    "'It will be a long road, but that chance is what this vote is about.'"
)


def test_a_he_saying_what_the_named_speaker_reports_is_that_speaker() -> None:
    assert speaker_of(RESPONDED, "A chance to change") == "Piet Aldane"
    assert speaker_of(RESPONDED, "It will be a long road") == "Piet Aldane"


def test_a_he_after_an_object_pronoun_stays_unclear() -> None:
    # "told him he": the "he" may be the one told.
    text = RESPONDED.replace("responded with his own statement saying he", "told him he")
    assert speaker_of(text, "A chance to change") is None


def test_a_he_after_another_name_in_the_sentence_stays_unclear() -> None:
    text = RESPONDED.replace(
        "Sir Piet Aldane responded", "after Tomas Velden spoke, Sir Piet Aldane responded"
    )
    assert speaker_of(text, "A chance to change") is None


# 3. A sentence opening with a role its one recent speaker holds: the "he says" after it.
OPENING = (
    "Prime Minister Jon Harlow has said he will serve everyone, as he arrived at the"
    " residence.\n\n"
    "The Labour leader came from the palace, after winning a majority.\n\n"
    "The new Prime Minister shook hands with waiting Labour supporters who waved flags.\n\n"
    "“I have just returned from the palace, where I accepted the invitation to form a"
    " government,” he says in his first speech.\n\n"
    "“I want to thank the outgoing government for its work.”"
)


def test_a_sentence_opening_with_its_speakers_role_keeps_he_to_them() -> None:
    assert speaker_of(OPENING, "I have just returned") == "Jon Harlow"
    assert speaker_of(OPENING, "I want to thank") == "Jon Harlow"


def test_a_former_holder_of_the_role_is_not_the_speaker() -> None:
    text = OPENING.replace("The new Prime Minister", "The former Prime Minister")
    assert speaker_of(text, "I have just returned") is None


def test_a_role_opening_a_sentence_that_names_another_stays_unclear() -> None:
    text = OPENING.replace(
        "shook hands with waiting Labour supporters who waved flags",
        "met Ellis Marrow, who waved",
    )
    text = text.replace("Labour leader came", "Labour leader Ellis Marrow came")
    assert speaker_of(text, "I have just returned") is None


# A participle in a "with" phrase of its own speaks for the people it names, not for the
# sentence's subject: "the bombshell ..., with MPs telling X" is no one speaker.
WITH = (
    "'A chance to change things for the better, for all of you,' Sir Piet Aldane said.\n\n"
    "Preparations are being made for a rally later tonight.\n\n"
    "But the vote had been expected in the autumn, and the bombshell is threatening to split"
    " the party, with MPs telling reporters that Mr Aldane has a 'death wish'."
)


def test_a_participle_after_with_is_not_the_sentence_subject_speaking() -> None:
    assert speaker_of(WITH, "death wish") is None


def test_a_statement_saying_is_still_its_author_speaking() -> None:
    text = "Sir Piet Aldane responded with a statement saying it was 'a day for the town'."
    assert speaker_of(text, "a day for the town") == "Piet Aldane"


# 4. A monarch named by a given name keeps the title: "King Charles", not "Charles".
MONARCH = (
    "King Halvard opened the session in the chamber.\n\n"
    '"My government will govern in service to the country," King Halvard said.'
)


def test_a_monarch_keeps_the_title() -> None:
    assert speaker_of(MONARCH, "My government") == "King Halvard"


def test_a_regnal_number_keeps_the_title_too() -> None:  # so read before: a guard
    text = MONARCH.replace("King Halvard", "King Halvard III")
    assert speaker_of(text, "My government") == "King Halvard III"


def test_a_full_name_with_another_title_is_unchanged() -> None:
    text = MONARCH.replace("King Halvard", "Prime Minister Jon Harlow")
    assert speaker_of(text, "My government") == "Jon Harlow"


# 5. A short phrase quoted mid-sentence that the next quote of its speaker goes on from
# after "that" is a piece of that sentence, not a quotation of its own in a listing.
PIECE = (
    'Mayor Ida Brandt said on Monday that she "clearly affirms" that "keeping the bridge open'
    ' and the ferry running are very important."'
)


def test_a_lead_in_phrase_is_not_listed_alone() -> None:
    found = quotes(PIECE)
    assert [quote.speaker for quote in found] == ["Ida Brandt", "Ida Brandt"]
    assert [quote.text for quote in listed(PIECE, found)] == [
        "keeping the bridge open and the ferry running are very important."
    ]


def test_phrases_joined_by_and_are_both_listed() -> None:
    text = 'Mayor Ida Brandt said the towns should "stay partners" and "share the ferry costs".'
    assert len(listed(text, quotes(text))) == 2
