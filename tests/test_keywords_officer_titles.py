"""A company's or a board's officer's title (issue 18, round 12): "CTO Vela Ranstad" is the
chip "Vela Ranstad", and "CTO" or "Chair" alone is no chip, as "President" alone is none."""

from __future__ import annotations

from generator.analysis.keyword_usable import usable
from generator.analysis.keywords import extract_keywords
from generator.analysis.yake_ranks import stop_words

# Names that make the minimum, so that whichever candidate is tested is still looked at.
_NAMES = ("Halden Port Authority", "Vesk River", "Korrin Bay", "Tallis Group", "Ostra Hall")
_OPENING = (
    "The Halden Port Authority met on Monday. The Vesk River flows into Korrin Bay, where "
    "the Tallis Group runs its yards beside Ostra Hall. "
)


def _keywords(story: str, *offered: str) -> tuple[str, ...]:
    """The keywords of the opening and this story where YAKE offers the names and these."""
    candidates = [*_NAMES, *offered]
    return extract_keywords("Port news", _OPENING + story, rank=lambda text, top: candidates[:top])


def test_an_officer_title_before_a_name_is_no_part_of_the_chip() -> None:
    story = "The group said that CTO Vela Ranstad will lead it for now. CTO Vela Ranstad agreed."
    found = _keywords(story, "CTO Vela Ranstad")
    assert "Vela Ranstad" in found
    assert "CTO Vela Ranstad" not in found


def test_an_officer_title_alone_is_no_chip() -> None:
    story = "The CTO quit on Friday. The new CTO, Orla Brisk, thanked the old CTO for her work."
    assert "CTO" not in _keywords(story, "CTO")


def test_a_chair_is_a_thing_too() -> None:
    story = "The museum shows the electric chair. The electric chair was last used in 1962."
    assert "electric chair" in _keywords(story, "electric chair")
    assert usable("electric chair", "electric chair", stop_words())
