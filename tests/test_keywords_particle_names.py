"""A name with a lowercase particle inside ("Margot van der Berg", "Paolo di Stefano") is a
keyword whole or not at all (issue 18): never "Berg", "van der", "Margot van" or "pressed van",
and a keyword never starts or ends on a particle."""

from __future__ import annotations

import pytest

from generator.analysis.keywords import extract_keywords
from tests.conftest import fixed_ranking

_PARTICLES = {"van", "der", "di", "des", "de", "du", "von"}

GALLERY_STORY = """\
The head of the Harbour Gallery, Margot van der Berg, was questioned by the city council on \
Tuesday about the theft of six antique maps.

Councillors pressed van der Berg on why the alarm in the east wing had been switched off.

Van der Berg said the gallery would review its security and that the insurers had been told.

The thieves broke a skylight and lowered themselves on a rope, police said. Detective Paolo \
di Stefano, who leads the inquiry, said the maps could be sold abroad.

"These maps are known to every dealer," di Stefano said. A delivery van parked by the \
gallery was searched, and the delivery van driver was questioned too."""


def test_a_name_with_particles_is_one_keyword_in_full() -> None:
    found = extract_keywords("Gallery chief questioned over stolen maps", GALLERY_STORY)
    assert "Margot van der Berg" in found, found
    assert "Paolo di Stefano" in found, found  # in full once, then "di Stefano"
    assert "delivery van" in found, found  # "van", a noun, where no name follows it
    for keyword in found:
        words = keyword.split()
        if keyword != "delivery van":
            assert words[0] not in _PARTICLES and words[-1] not in _PARTICLES, found
        assert keyword not in ("Berg", "Stefano", "Margot", "Paolo"), found


@pytest.mark.parametrize("piece", ["Berg", "der Berg", "Margot van der", "Van der Berg", "van der"])
def test_a_piece_of_a_particle_name_stands_for_the_whole_name(piece: str) -> None:
    ranking = [piece, "antique maps", "east wing", "skylight", "insurers", "rope"]
    found = extract_keywords(
        "Gallery chief questioned", GALLERY_STORY, rank=fixed_ranking(*ranking)
    )
    assert found[0] == "Margot van der Berg", found
    assert {"antique maps", "east wing"} <= set(found), found


DIRECTOR_STORY = """\
The director of the Old Mint gallery on Thursday admitted that the cameras did not cover the \
side door the thieves used.

But Odile des Vries said the stolen tiara could still be found.

Deputies on Thursday questioned des Vries, who spoke in public for the first time since the \
theft on Monday.

Des Vries said every alarm had worked during the theft."""


def test_no_keyword_runs_across_the_edge_of_a_particle_name() -> None:
    found = extract_keywords("Curator questioned over stolen tiara", DIRECTOR_STORY)
    assert "Odile des Vries" in found, found
    assert not {"Vries", "Odile des", "questioned des", "des"} & set(found), found


def test_a_lowercase_family_name_without_a_given_name_is_no_keyword() -> None:
    story = (
        "Senators questioned des Vries on Wednesday about the stolen tiara.\n\n"
        "Des Vries said the alarms had worked and that des Vries would not resign."
    )
    ranking = ["des Vries", "Vries", "stolen tiara", "alarms", "Senators"]
    found = extract_keywords("Museum hearing", story, rank=fixed_ranking(*ranking))
    assert not any("Vries" in keyword for keyword in found), found
    assert "stolen tiara" in found, found
