"""A keyword is never a piece cut out of a sentence or out of a longer name (issue 18, a second
new user's earthquake briefing): a noun with what a verb left it ("people dead" of "left 40
people dead"), a verb and its adverb ("sheltered outdoors"), a verb with its object after "to"
("find water"), a subject with its verb ("crews assess"), a past with its object ("announced
plans" of "announced plans to rebuild", "visited" of "visited Orrin"), a description of a
place before its name ("the ferry port Dunmarrow"), an adjective alone before a name
("remote"), a month cut short ("Sept" of "Sept. 14"), a noun that measures something unsaid
("extent"), one side of two adjectives sharing a noun ("severe human" of "severe human and
economic losses"), and one side of a name with "and" inside. A body's lowercase name is kept
whole ("intensive care unit")."""

from __future__ import annotations

import pytest

from generator.analysis.keywords import extract_keywords
from tests.conftest import fixed_ranking

QUAKE_STORY = """\
Velmora, Sept. 14 - A strong earthquake struck the remote Orrin Hills late on Sunday and left \
40 people dead in the valley towns, officials said.

Families sheltered outdoors through the night as aftershocks shook the region. Survivors \
struggled to find water on Monday, and crews assess the damage in remote mountain hamlets.

The quake caused severe human and economic losses across the province. At the hospital in \
the ferry port Dunmarrow, doctors moved patients to the intensive care unit. The extent was \
not yet clear.

The ministry announced plans to rebuild 400 homes, and engineers visited Orrin on Monday.

The International League of Rescue and Mountain Relief Teams sent volunteers, and the \
Velmora Tremor Tracking and Warning Service recorded the shock. Governor Ilsa Brennick \
visited the valley."""

_OTHERS = ("Ilsa Brennick", "Orrin Hills", "earthquake", "aftershocks", "valley towns")


def _keywords(fragment: str) -> tuple[str, ...]:
    ranking = [fragment, *_OTHERS]
    return extract_keywords("Quake hits hills", QUAKE_STORY, rank=fixed_ranking(*ranking))


@pytest.mark.parametrize(
    "fragment",
    [
        "people dead",
        "sheltered outdoors",
        "find water",
        "crews assess",
        "announced plans",
        "visited",
        "ferry port",
        "remote",
        "Sept",
        "extent",
        "severe human",
        "economic losses",
        "Mountain Relief Teams",
        "Velmora Tremor Tracking",
        "Warning Service",
    ],
)
def test_a_piece_cut_out_of_a_sentence_or_a_name_is_no_keyword(fragment: str) -> None:
    found = _keywords(fragment)
    assert fragment not in found, found
    assert "Ilsa Brennick" in found, found
    assert "Orrin Hills" in found, found


def test_a_bodys_lowercase_name_used_once_is_kept_whole() -> None:
    ranking = ["intensive care unit", "care unit", *_OTHERS]
    found = extract_keywords("Quake hits hills", QUAKE_STORY, rank=fixed_ranking(*ranking))
    assert "intensive care unit" in found, found
    assert "care unit" not in found, found


def test_an_adjective_beside_another_after_a_verb_names_what_it_says() -> None:
    story = (
        "Coalition jets struck civilian and military targets near Port Auben on Tuesday. "
        "Residents said civilian homes were hit too.\n\nThe ministry in Port Auben denied it."
    )
    ranking = ["military targets", "Port Auben", "ministry", "residents"]
    found = extract_keywords("Jets strike", story, rank=fixed_ranking(*ranking))
    assert "military targets" in found, found


@pytest.mark.parametrize(
    ("story", "keyword"),
    [
        ("Fans of Sept, the band, met in Harlow. Sept plays tonight.", "Sept"),
        (
            "Envoys of Brazil and South Korea met in Harlow. Envoys of Brazil and South Korea "
            "agreed.",
            "South Korea",
        ),
        (
            "The cargo ship Ostrava hit the pier in Harlow. The cargo ship Ostrava was towed.",
            "cargo ship",
        ),
        (
            "Talks between Norland and Ostmark Holdings ended. Norland and Ostmark Holdings "
            "signed nothing.",
            "Ostmark Holdings",
        ),
        (
            "Rescuers pulled two climbers out alive. The climbers were airlifted to Brenna.",
            "climbers",
        ),
    ],
)
def test_a_name_or_a_noun_in_such_places_is_still_a_keyword(story: str, keyword: str) -> None:
    found = extract_keywords("News", story, rank=lambda t, n: [keyword, "Harlow", "Brenna"][:n])
    assert keyword in found, found
