"""A common word alone is a keyword only where nothing better exists: before a list ends on
one, the candidates YAKE ranks after its best forty are tried."""

from __future__ import annotations

from generator.analysis.keywords import extract_keywords
from generator.analysis.yake_ranks import FIRST_LOOK, Rank

RIVER_STORY = """\
Farmers along the Velna say the river carries less water every summer. Water for the orchards \
now comes by truck, and water from the wells is too salty to use.

Ilse Marovic, who grows plums near Darsk, said the water board had promised a new canal. Tomas \
Berg of the Velna Farmers Union said water prices doubled in two years. Marta Quiroga, a \
hydrologist at Lund College, said the water table fell by a metre.

The Darsk council will vote on water rationing in June. Water trucks already queue at dawn.
"""

NAMES = ["Velna", "Ilse Marovic", "Darsk", "Tomas Berg", "Lund College"]


def ranking(first: list[str], after: list[str]) -> Rank:
    """A stand-in for YAKE: `first` padded to its best FIRST_LOOK with a candidate that is
    never a keyword (a weekday), then `after`, cut at whatever size is asked for."""
    candidates = first + ["Monday"] * (FIRST_LOOK - len(first)) + after
    return lambda text, top: candidates[:top]


def test_a_list_that_would_end_on_a_common_word_tries_the_next_candidates_first() -> None:
    rank = ranking([*NAMES, "water"], ["Marta Quiroga"])

    found = extract_keywords("Farmers wait for water", RIVER_STORY, limit=6, rank=rank)

    assert found[:5] == tuple(NAMES)
    assert found[5] == "Marta Quiroga"  # not "water", which the best forty offered
    # With room to spare, the word the article is about still comes last.
    assert extract_keywords("Farmers wait for water", RIVER_STORY, rank=rank)[-1] == "water"
    # No common word waiting, the best forty suffice: the list ends where they do.
    plain = ranking(NAMES, ["Marta Quiroga"])
    assert extract_keywords("Farmers wait for water", RIVER_STORY, rank=plain) == tuple(NAMES)


def test_a_list_short_of_its_minimum_tries_the_next_candidates_before_a_larger_ranking() -> None:
    asked: list[int] = []
    candidates = ["Velna", "Darsk"] + ["Monday"] * (FIRST_LOOK - 2)
    candidates += ["Ilse Marovic", "Tomas Berg", "Marta Quiroga"]

    def rank(text: str, top: int) -> list[str]:
        asked.append(top)
        return candidates[:top]

    found = extract_keywords("Farmers wait for water", RIVER_STORY, rank=rank)

    assert {"Ilse Marovic", "Tomas Berg", "Marta Quiroga"} <= set(found)
    assert len(asked) == 1  # five found without asking YAKE for a longer ranking
