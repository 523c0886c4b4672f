"""Right after "have" or "had", a past participle before a noun describes what is had ("the
banks have armed guards", "had limited funds"): the phrase stays a keyword. An adverb between
makes it the perfect's verb ("had only installed cameras"), which is no keyword."""

from __future__ import annotations

import pytest

from generator.analysis.keywords import extract_keywords
from tests.conftest import fixed_ranking

STORY = (
    "Ferry operators on the lake have armed guards on every crossing after a string of thefts, "
    "port officials said on Monday.\n\nThe harbour board had limited funds for patrols, and "
    "the operators have armed guards at both piers. The board had only installed cameras on "
    "the north pier before the thefts."
)
_OTHERS = ["ferry operators", "harbour board", "north pier", "thefts", "patrols"]


@pytest.mark.parametrize("phrase", ["armed guards", "limited funds"])
def test_a_participle_right_after_have_keeps_its_noun(phrase: str) -> None:
    ranking = [phrase, *_OTHERS]
    found = extract_keywords("Ferries hire guards", STORY, rank=fixed_ranking(*ranking))
    assert phrase in found, found


def test_a_participle_after_have_and_an_adverb_is_still_a_verb() -> None:
    ranking = ["installed cameras", *_OTHERS]
    found = extract_keywords("Ferries hire guards", STORY, rank=fixed_ranking(*ranking))
    assert "installed cameras" not in found, found
