"""Tests for a label ending in a colon right over a line the rules dropped, or over nothing at
the page's foot (cleaning round 5, issue 18): it named what was dropped. A story's own label
stands over the story's lines, which stay.

Made-up lines, not the development set's.
"""

from __future__ import annotations

from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page


def test_a_label_over_a_dropped_line_or_over_nothing_at_the_foot_is_dropped() -> None:
    label = "You just read:"
    found = dropped(page(*COUNCIL_STORY, label, COUNCIL_TITLE), COUNCIL_TITLE)
    assert found[label] == "label over page chrome"
    foot = "Shared from:"
    assert dropped(page(*COUNCIL_STORY, foot), COUNCIL_TITLE) == {foot: "label over page chrome"}


def test_a_label_over_the_storys_lines_stays() -> None:
    label = "Key points:"
    points = ("- A new terminal two metres higher.", "- Opening before the tourist season.")
    raw = page(*COUNCIL_STORY[:2], label, *points, *COUNCIL_STORY[2:])
    assert label not in dropped(raw, COUNCIL_TITLE)
