"""An event's summary is the story's sentences: never a site's line sending the reader to the
page's player or clip, even one glued into a story paragraph with the site's credit after it."""

from __future__ import annotations

import datetime

import pytest

from generator.briefing.discover import find_events
from tests.conftest import reported_item

THURSDAY = datetime.date(2031, 9, 11)
STORY = {
    "flood-1": (
        "River Wend bursts its banks at Tollbridge",
        "The River Wend burst its banks at Tollbridge on Thursday, flooding two hundred homes "
        "as rescuers carried residents to the old grammar school.",
    ),
    "flood-2": (
        "Hundreds flee as the Wend floods Tollbridge",
        "Hundreds of residents fled Tollbridge on Thursday after the River Wend flooded the "
        "town centre, and the council opened the grammar school as a shelter.",
    ),
}


@pytest.mark.parametrize(
    "player",
    [
        "Watch live coverage of the Tollbridge flood in the video player above.",
        "Watch live coverage of the Tollbridge flood in the video player above. (KXYZ News)",
    ],
)
def test_a_line_pointing_to_the_pages_player_is_never_a_summary_sentence(player: str) -> None:
    reports = {
        **STORY,
        "flood-3": ("River Wend floods Tollbridge homes", player),
    }
    items = [reported_item(i, title, lead, THURSDAY) for i, (title, lead) in reports.items()]
    (event,) = find_events(items).events
    assert len(event.articles) == 3
    assert event.summary
    assert not any("player" in sentence.text for sentence in event.summary)
