"""A "he" read from the subject of the sentence before, and the names a pronoun's own sentence
gives that are not who it is (issue 19, December 2026).

How often the shapes occur and what they cost is measured by eval/quotes.py (--folds).
"""

from __future__ import annotations

from tests.conftest import found


def test_he_keeps_to_the_subject_of_the_sentence_before_not_a_name_inside_it() -> None:
    text = (
        "Mr Tom Brown, who has listened to Mr Sam Green on a few occasions, believes the "
        "young member has the potential to grow.\n\n"
        'He said, "I have heard him once, and I see potential in him."'
    )
    assert found(text) == [("Tom Brown", "I have heard him once, and I see potential in him.")]


def test_he_keeps_to_a_subject_whose_verb_is_followed_by_a_clause_naming_another() -> None:
    text = (
        "US President Tom Brown spoke shortly after Prime Minister Sam Green announced the "
        "news on Friday.\n\n"
        '"We have lost one of the most courageous people of our time," he said.'
    )
    assert [speaker for speaker, _ in found(text)] == ["Tom Brown"]


def test_he_keeps_to_a_he_that_opens_the_sentence_before() -> None:
    text = (
        'Mr Tom Brown dismissed the report. "If there is a plan, we would see it," he said.\n\n'
        "He was asked to comment on a Harlow Gazette piece about the plan.\n\n"
        '"They are free to report what they like to report," he added.'
    )
    assert [speaker for speaker, _ in found(text)] == ["Tom Brown", "Tom Brown"]


def test_the_object_of_the_sentence_before_still_makes_he_unclear() -> None:
    text = (
        "Mr Tom Brown met Mr Sam Green in Paris on Monday.\n\n"
        '"We agreed on everything that matters," he said.'
    )
    assert found(text) == [(None, "We agreed on everything that matters")]


def test_a_name_in_the_words_a_closing_he_said_reports_is_not_who_he_is() -> None:
    text = (
        "Mr Tom Brown said the plan was sound.\n\n"
        "It was not his job to correct reports that misquoted Mr Sam Green, he said.\n\n"
        '"I am the trade minister," he said.'
    )
    assert found(text) == [("Tom Brown", "I am the trade minister")]


def test_a_name_in_a_clause_opening_the_sentence_may_still_be_he() -> None:
    # "When Mr Green left, he said": Mr Green may be "he"; Mr Brown spoke before.
    text = (
        "Mr Tom Brown said the plan was sound.\n\n"
        "When Mr Sam Green left the meeting with officials, he said.\n\n"
        '"I am the trade minister," he said.'
    )
    assert found(text) == [(None, "I am the trade minister")]


def test_a_quote_in_anothers_accusation_is_not_the_speakers() -> None:
    text = (
        '"I am not your press secretary," Tom Brown said in response to the former prime '
        'minister\'s accusation that he was "over-excited".'
    )
    assert ("Tom Brown", "over-excited") not in found(text)


def test_a_he_that_met_someone_still_leaves_the_next_he_unclear() -> None:
    text = (
        'Mr Tom Brown spoke first. "We are ready," he said.\n\n'
        "He met Mr Sam Green in Paris on Monday.\n\n"
        '"We agreed on everything that matters," he said.'
    )
    assert found(text)[1] == (None, "We agreed on everything that matters")
