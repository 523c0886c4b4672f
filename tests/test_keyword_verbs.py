"""Keywords that say what is done or how something is (issue 18): one common word that is a
verb's form ("makes"), half of a phrasal verb ("step" of "step down"), how something is
("safe" of "deposits are safe"), a unit after a number ("miles"), and a lowercase noun with its
verb in an irregular past ("door blew") are no chips; a noun the article is about still is."""

from __future__ import annotations

import pytest

from generator.analysis.keyword_usable import usable
from generator.analysis.keywords import extract_keywords
from generator.analysis.yake_ranks import stop_words

# Five names that make the minimum, so that one common word must be what the article is about.
_NAMES = ("Halden Port Authority", "Marta Olsen", "Vesk River", "Korrin Bay", "Tallis Group")
_OPENING = (
    "The Halden Port Authority met on Monday. Marta Olsen chairs it. The Vesk River flows into "
    "Korrin Bay, where the Tallis Group runs its yards. "
)


def _keywords(story: str, *offered: str) -> tuple[str, ...]:
    """The keywords of the opening and this story where YAKE offers the names and these."""
    candidates = [*_NAMES, *offered]
    return extract_keywords("Port news", _OPENING + story, rank=lambda text, top: candidates[:top])


@pytest.mark.parametrize(
    ("word", "story"),
    [
        ("step", "Marta Olsen will step down in May. She said she would step down gladly."),
        ("safe", "Officials said the deposits are safe. The savings of the town were safe."),
        ("makes", "The Tallis Group makes boats. It makes more every year, its owner said."),
        ("miles", "The storm was 200 miles off the coast and passed three miles north of it."),
    ],
)
def test_a_common_word_that_names_no_thing_is_no_chip(word: str, story: str) -> None:
    found = _keywords(story, word)
    assert word not in found, found
    assert "Tallis Group" in found, found


def test_a_common_noun_the_article_is_about_is_still_a_chip() -> None:
    story = "The ferry sails at noon. The ferry carries cars, and the new ferry is late again."
    assert "ferry" in _keywords(story, "ferry")


@pytest.mark.parametrize("pair", ["door blew", "flight made"])
def test_a_lowercase_noun_and_its_irregular_past_is_no_chip(pair: str) -> None:
    story = "During the flight made by the crew, the door blew out over Korrin Bay."
    assert pair not in _keywords(story, pair)


def test_a_noun_pair_with_a_past_like_ending_is_still_a_chip() -> None:
    story = "The emergency landing came soon after. The emergency landing was safe."
    assert "emergency landing" in _keywords(story, "emergency landing")


def test_a_past_that_is_a_noun_too_ends_a_things_name() -> None:
    for phrase in ("desert rose", "red rose"):
        assert usable(phrase, phrase, stop_words())
