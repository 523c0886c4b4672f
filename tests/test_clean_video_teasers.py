"""Tests for a video teaser's strict shape (issue 18, cleaning round 17): a title, then a
description restating it, then a running time; a story's line with no final stop that ends
on a time of day ("... is set for 7:30") is the story's."""

from __future__ import annotations

import pytest

from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page

_STORY = COUNCIL_STORY
_TITLE = COUNCIL_TITLE


@pytest.mark.parametrize(
    "line",
    [
        "The council meeting on the ferry terminal is set for 7:30",
        "Islanders queued on the north quay from dawn and waited past 8:15",
        "Harbour crews said the new terminal would open to the ferries in 4:30",
    ],
)
def test_a_story_line_closing_on_a_time_is_no_video_teaser(line: str) -> None:
    assert dropped(page(*_STORY[:2], line, *_STORY[2:]), _TITLE) == {}


def test_a_video_title_and_its_restating_description_with_a_running_time_is_a_teaser() -> None:
    teaser = "Mayor on the ferry fares Mayor explains why island fares will rise in May 04:12"
    assert dropped(page(*_STORY[:2], teaser, *_STORY[2:]), _TITLE) == {
        teaser: "related-article teaser"
    }
