"""A byline naming the reporter's post before the name ("By Europe correspondent Jane Doe");
a sentence opening with "By" stays."""

from __future__ import annotations

import pytest

from generator.analysis.clean import clean
from tests.conftest import dropped, page, story_lines

_TITLE = "Glacier retreat speeds up, survey finds"
_STORY = (
    "The glacier lost 40 metres of ice in the past year, the national survey found on Monday.",
    "Scientists measured the retreat with drones and satellite images, the report said.",
)


@pytest.mark.parametrize(
    "byline",
    [
        "By Alpine correspondent Marta Vogel",
        "By chief science reporter Tomas Berg",
        "By our Geneva correspondent",
    ],
)
def test_a_byline_with_the_reporters_post_is_dropped(byline: str) -> None:
    assert dropped(page(byline, *_STORY), _TITLE) == {byline: "byline"}


def test_a_sentence_opening_with_by_and_a_post_stays() -> None:
    told = "By then the science correspondent had filed three reports from the valley."
    assert story_lines(clean(page(*_STORY, told), _TITLE)) == [*_STORY, told]
