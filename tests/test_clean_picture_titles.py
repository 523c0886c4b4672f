"""A picture's title over its credited caption (issue 18, cleaning round 12): a short line
whose words the caption under it mostly says again is the picture's, while a subheading that
a picture follows, saying something else, stays."""

from __future__ import annotations

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page, story_lines

_TITLE = COUNCIL_TITLE
_CAPTION = "The mayor of Wexmoor, in red, at the new ferry pier on Tuesday (Jane Doe/PA)"


def test_a_pictures_title_over_its_caption_goes_with_it() -> None:
    title = "Mayor of Wexmoor arrives at the ferry pier"
    raw = page(_TITLE, *COUNCIL_STORY[:2], title, _CAPTION, *COUNCIL_STORY[2:])
    assert dropped(raw, _TITLE).get(title) == "photo caption"
    assert story_lines(clean(raw, _TITLE)) == list(COUNCIL_STORY)


def test_a_subheading_over_a_caption_that_says_something_else_stays() -> None:
    subheading = "Dredging costs divide the harbour board"
    raw = page(_TITLE, *COUNCIL_STORY[:2], subheading, _CAPTION, *COUNCIL_STORY[2:])
    assert subheading in story_lines(clean(raw, _TITLE))
