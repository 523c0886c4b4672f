"""Quotes left unattributed on the tune texts though a careful reader is sure who speaks
(issue 19, round 12): a person named with their role in a "with" phrase of their own, a
participle such as "tweeting" or "stating" as a speech verb, and an institution named by its
country and noun with the place it serves ("the Ruritanian embassy in Zenda warned"). Each
test of a rule fails on the code before it; each near case keeps its old reading."""

from __future__ import annotations

from tests.conftest import speaker_of

WITH_ROLE = (
    "The quarrel spilled online with former Wessex captain Joan Tarrow tweeting: “Time for"
    " our batters to show what they can do.”"
)


def test_a_with_phrase_naming_a_person_with_their_role_is_theirs() -> None:
    assert speaker_of(WITH_ROLE, "Time for our batters") == "Joan Tarrow"


def test_a_with_phrase_about_someone_elses_backing_names_no_speaker() -> None:
    text = WITH_ROLE.replace(
        "with former Wessex captain Joan Tarrow tweeting",
        "with the backing of club captain Joan Tarrow saying",
    )
    assert speaker_of(text, "Time for our batters") is None


def test_stating_introduces_the_subjects_words() -> None:
    text = (
        "President Ilse Marova gave her views on the border talks, stating, “The talks are"
        " not a show for the cameras.”"
    )
    assert speaker_of(text, "The talks are not a show") == "Ilse Marova"


EMBASSY = (
    "Travellers were told to take care.\n\n"
    "“Stay alert in public places and avoid large crowds,” the Ruritanian embassy in Zenda"
    " warned in a statement.\n\n"
    "“Vary your daily routines.”"
)


def test_an_institution_with_the_place_it_serves_speaks() -> None:
    assert speaker_of(EMBASSY, "Stay alert") == "Ruritanian embassy in Zenda"
    assert speaker_of(EMBASSY, "Vary your daily routines") == "Ruritanian embassy in Zenda"


def test_a_diplomatic_mission_speaks_as_an_embassy_does() -> None:
    text = EMBASSY.replace("Ruritanian embassy in Zenda", "Ruritanian mission in Zenda")
    assert speaker_of(text, "Stay alert") == "Ruritanian mission in Zenda"
