"""Explicit attributions that were left without a speaker: a surname two people share, used
with a title just before; an institution as a definite role; a name, "on" a topic and a
colon; an opening mark typed without its space after a sentence."""

from __future__ import annotations

from tests.conftest import found


def test_a_shared_surname_is_the_one_the_sentence_before_calls_by_it_with_a_title() -> None:
    text = (
        "Governor Alan Boyd opened the fair with Professor Ruth Boyd.\n\n"
        "Governor Boyd thanked the growers.\n\n"
        '"This harvest is the best we have had in years," Boyd stated. "Thank you all."\n\n'
        '"Nothing beats a local apple," he continued.'
    )
    assert found(text) == [
        ("Alan Boyd", "This harvest is the best we have had in years"),
        ("Alan Boyd", "Thank you all."),
        ("Alan Boyd", "Nothing beats a local apple"),
    ]


def test_a_shared_surname_used_bare_before_stays_unclear() -> None:
    text = (
        "Governor Alan Boyd opened the fair with Professor Ruth Boyd.\n\n"
        "Boyd thanked the growers.\n\n"
        '"This harvest is the best we have had in years," Boyd stated.'
    )
    assert found(text) == [(None, "This harvest is the best we have had in years")]


def test_an_institution_as_a_definite_role_is_the_one_the_article_names() -> None:
    text = (
        "The state visit was confirmed by Holyrood Palace on Monday.\n\n"
        '"The guests will be received in the east wing," the palace said.'
    )
    assert found(text) == [("Holyrood Palace", "The guests will be received in the east wing")]


def test_an_institution_two_of_the_article_fit_is_no_one() -> None:
    text = (
        "Holyrood Palace and Kensington Palace both issued notes.\n\n"
        '"The guests will be received in the east wing," the palace said.'
    )
    assert found(text) == [(None, "The guests will be received in the east wing")]


def test_a_name_then_on_a_topic_then_a_colon_introduces_the_quote() -> None:
    text = 'Retired NASA engineer Ruth Alder on the rover: "Now the hard part is the landing."'
    assert found(text) == [("Ruth Alder", "Now the hard part is the landing.")]
    text = 'More on the rover: "Now the hard part is the landing."'
    assert found(text) == [(None, "Now the hard part is the landing.")]


def test_an_opening_mark_typed_without_its_space_after_a_sentence_opens_a_quote() -> None:
    text = (
        "Premier Lena Holt spoke from Oslo. She talked of the mission to the moon."
        "“I may be far away but my heart is with the team”, she said."
    )
    assert found(text) == [("Lena Holt", "I may be far away but my heart is with the team")]
