"""Wrong speakers a review found in rounds 11 and 12 (issue 19): a minister's office with "of"
is rewritten only when bare ("Chief Minister of X" stays the chief minister), "according to
X" names the speaker of the quote under it only when the rest of its sentence names no one
else, and a "with" phrase that is a verb's object ("met with X telling him") is not the
speaker. Each mend has a test that fails on the code before it, beside the shape its rule
was written for, which keeps its reading."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

# 1. "Prime Minister of X", "Chief Minister of X": offices of their own, found again by
# "the chief minister"; a bare "Minister of State" is still "the State Minister".
OFFICE = (
    "Owen Pike, the {office} of Calder, cut the ribbon at the new dam on Friday.\n\n"
    "“Every farm in the valley will have water this summer,” the {role} said."
)


@pytest.mark.parametrize(
    ("office", "role"),
    [
        ("Chief Minister", "chief minister"),
        ("Prime Minister", "prime minister"),
        ("Foreign Minister", "foreign minister"),
    ],
)
def test_an_office_of_a_place_is_found_by_its_own_role(office: str, role: str) -> None:
    text = OFFICE.format(office=office, role=role)
    assert speaker_of(text, "Every farm") == "Owen Pike"


def test_a_bare_minister_of_a_ministry_is_still_its_minister() -> None:
    text = (
        "Minister of State, Lena Marsh, has answered the critics of the harbour plan.\n\n"
        "According to Minister Marsh, the plan is fully funded.\n\n"
        "“Nobody will lose a mooring,” the State Minister told reporters today."
    )
    assert speaker_of(text, "Nobody will lose") == "Lena Marsh"


# 2. "According to X, Y is ...": the bare quote under it may be Y's, so it is nobody's.
REPORTED = "According to Lena Marsh, {rest}\n\n“I will not sign this contract.”"


@pytest.mark.parametrize(
    "rest",
    [
        "Owen Pike is angry about the tender.",
        "the captain is angry about the tender.",
        "he is angry about the tender.",
    ],
)
def test_according_to_gives_no_speaker_when_the_sentence_names_another(rest: str) -> None:
    text = REPORTED.format(rest=rest)
    assert speaker_of(text, "I will not sign") is None


def test_according_to_still_gives_its_person_when_no_one_else_is_named() -> None:
    text = REPORTED.format(rest="councils must stop the tender.")
    assert speaker_of(text, "I will not sign") == "Lena Marsh"


# 3. A "with" phrase after a verb ("met with", "spoke with") or before a participle with
# "him" for its object is whom the subject met: the words are the subject's.
WELCOME = "“The door of this club is always open to you.”"


@pytest.mark.parametrize(
    "opening",
    [
        "Mayor Lena Marsh met with former goalkeeper Owen Pike telling him: ",
        "Lena Marsh spoke with club treasurer Owen Pike urging him: ",
        "Mayor Lena Marsh met with Owen Pike telling him: ",
        "Mayor Lena Marsh sat down with former goalkeeper Owen Pike telling him: ",
    ],
)
def test_a_with_phrase_a_verb_takes_is_not_the_speaker(opening: str) -> None:
    assert speaker_of(opening + WELCOME, "The door of this club") == "Lena Marsh"


@pytest.mark.parametrize(
    "opening",
    [
        "The club marked its centenary on Sunday, with former goalkeeper Owen Pike tweeting: ",
        "The club marked its centenary on Sunday, with Owen Pike telling reporters: ",
        "The mayor faced a hostile meeting, with former goalkeeper Owen Pike telling her: ",
    ],
)
def test_a_with_phrase_of_its_own_still_gives_its_person(opening: str) -> None:
    assert speaker_of(opening + WELCOME, "The door of this club") == "Owen Pike"
