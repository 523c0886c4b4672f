"""A meta line giving the desk's or the author's social handle and the date ("| @desk | Oct 14,
2024, at 09:10 am") is a byline, like "By Jane Doe | Oct 14, 2024"."""

from __future__ import annotations

import pytest

from tests.conftest import dropped, page

TITLE = "Flood barrier gives way in river town"
STORY = (
    "Residents of Lindqvist were evacuated on Monday after a flood barrier gave way along the "
    "river, the mayor said.",
    "Emergency crews worked through the night to shore up a second barrier upstream, officials "
    "said.",
)


@pytest.mark.parametrize(
    "meta", ["| @lindqvistnews | Oct 14, 2031, at 09:10 am", "@lindqvist_news | 14 October 2031"]
)
def test_a_handle_and_a_date_on_one_line_is_a_byline(meta: str) -> None:
    assert dropped(page(TITLE, meta, *STORY), TITLE).get(meta) == "byline"


def test_a_story_sentence_naming_a_handle_stays() -> None:
    sentence = "The council posted the warning from @lindqvistcouncil on Oct 14, 2031, at 9 am."
    assert sentence not in dropped(page(TITLE, STORY[0], sentence, STORY[1]), TITLE)
