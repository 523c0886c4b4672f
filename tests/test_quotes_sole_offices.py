"""A role that names a sole office ("The King said:", "the judge added") is its own speaker,
never whoever holds another office and spoke before; an adverb in -ly between a name and its
verb is no part of the name; a verb that gives a name a person's role shows it is one."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

PRESIDENT_FIRST = (
    'Ruritanian President Anna Volkova told the banquet that the old rule was "cruel beyond '
    'words."\n\n'
    '"Much remains to be done before the wounds of those years can heal," she said.\n\n'
    "{role} said: “There were acts of violence for which there can be no excuse at all.”"
)


@pytest.mark.parametrize("role", ["The King", "The Queen", "The Pope"])
def test_a_monarch_after_a_president_is_the_monarch(role: str) -> None:
    text = PRESIDENT_FIRST.format(role=role)
    assert speaker_of(text, "no excuse") == role


def test_the_monarch_is_the_one_the_article_gives_the_title() -> None:
    text = "King Albert arrived in Ruritania on Monday.\n\n" + PRESIDENT_FIRST.format(
        role="The King"
    )
    assert speaker_of(text, "no excuse") == "King Albert"


def test_the_judge_after_a_defence_lawyer_is_the_judge() -> None:
    text = (
        'Defence lawyer Tom Barrow told the court his client was "a decent man".\n\n'
        '"He has never harmed anyone," Barrow said.\n\n'
        "The judge added: “The evidence before me does not support that view at all.”"
    )
    assert speaker_of(text, "evidence before me") == "The judge"


def test_a_judge_the_article_names_by_initials_is_that_judge() -> None:
    # "Senior Magistrate KT Osei": initials after a title are a person's, not an acronym's
    # (this was left unclear while the name reader took "KT" for an organisation's).
    text = (
        'Defence lawyer Tom Barrow told the court his client was "a decent man".\n\n'
        "The case was heard by Senior Magistrate KT Osei in the city court.\n\n"
        '"He has never harmed anyone," Barrow said.\n\n'
        "The magistrate added: “The evidence before me does not support that view at all.”"
    )
    assert speaker_of(text, "evidence before me") == "KT Osei"


def test_an_epithet_of_another_office_still_follows_the_last_speaker() -> None:
    text = (
        'Party leader Tom Barrow said the budget was "a disgrace".\n\n'
        "The Witney MP said: “We will vote against it in the house next week.”"
    )
    assert speaker_of(text, "vote against it") == "Tom Barrow"


@pytest.mark.parametrize("adverb", ["humorously", "quietly", "officially"])
def test_an_adverb_before_the_verb_is_no_part_of_the_name(adverb: str) -> None:
    text = (
        "President Anna Volkova spoke at the dinner.\n\n"
        f'"There is a contest for every crown in this country," President Volkova {adverb} '
        "remarked."
    )
    assert speaker_of(text, "contest for every crown") == "Anna Volkova"


def test_a_noun_in_ly_ending_the_subject_is_kept() -> None:
    text = (
        "Ann Kelly lost her son in March.\n\n"
        "“We only want to know the truth about that night,” Kelly family said."
    )
    assert speaker_of(text, "truth about that night") != "Ann Kelly"


def test_a_name_given_a_role_by_its_verb_is_a_person_for_the_he_after_it() -> None:
    text = (
        "The visit opened in Ruritania on Tuesday.\n\n"
        "At a banquet in the capital, Albert became the first monarch to express regret.\n\n"
        "They included the repression of the Green Hills uprising.\n\n"
        "He said: “The wrongdoings of the past are a cause of the greatest sorrow.”"
    )
    assert speaker_of(text, "wrongdoings of the past") == "Albert"
