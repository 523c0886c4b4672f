"""Speakers named by what they are rather than by a name: a relative named only by their tie
to a named person ("the widow of X said"), and a state news agency named inside its phrase
("the official XNA agency said")."""

from __future__ import annotations

from tests.conftest import speakers


def test_a_relative_named_by_the_tie_alone_speaks_as_that_phrase() -> None:
    text = (
        "The village held a funeral for the three fishermen on Saturday.\n\n"
        '"He never came back," said the daughter of Paolo Renzi, a fisherman lost in the storm.'
    )
    assert speakers(text) == ["the daughter of Paolo Renzi"]


def test_a_relative_the_article_also_names_is_not_kept_as_the_tie() -> None:
    text = (
        "The village held a funeral for the three fishermen on Saturday. Paolo Renzi's "
        "daughter, Lucia Renzi, laid flowers at the harbour.\n\n"
        '"He never came back to us," said the daughter of Paolo Renzi.'
    )
    assert speakers(text) != ["the daughter of Paolo Renzi"]


def test_a_state_agency_named_inside_its_phrase_speaks_as_that_agency() -> None:
    text = (
        "The president opened the new bridge on Friday.\n\n"
        '"The bridge will carry the nation into a new era of trade," the official KTB '
        "agency said in a dispatch."
    )
    assert speakers(text) == ["KTB agency"]


def test_a_news_agency_with_no_name_is_still_no_speaker() -> None:
    text = (
        "The president opened the new bridge on Friday.\n\n"
        '"The bridge will carry the nation into a new era of trade," the official news '
        "agency said in a dispatch."
    )
    assert speakers(text) == [None]
