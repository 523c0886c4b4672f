"""Tests for rules that read a line's neighbour when the page's next line is one a rule dropped:
cleaning the cleaned text again, which no longer holds that line, must change nothing
(tests/test_properties.py found two pages where it did).

Made-up lines, not the development sets'.
"""

from __future__ import annotations

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, page, story_lines

_HEADLINES = ("Ferry Fares Frozen Until Spring", "Harbour Pilots Threaten Winter Strike")
# An ad's script under the headlines: it opens in lower case, as a sentence's rest would.
_SCRIPT = "window.adSlots = window.adSlots || [];"


def test_headlines_over_a_dropped_script_are_teasers_in_both_cleanings() -> None:
    raw = page(*COUNCIL_STORY, *_HEADLINES, _SCRIPT)
    for title in (COUNCIL_TITLE, ""):
        once = clean(raw, title)
        twice = clean(once.text, title or once.headline)
        # The second headline does not run on into the script: the script is no sentence's rest.
        assert not set(_HEADLINES) & set(story_lines(once)), title
        assert twice.text == once.text and not twice.removed, title


def test_a_label_over_a_label_at_the_foot_goes_with_it_in_both_cleanings() -> None:
    labels = ("Also worth a look:", "Tools:")  # two labels over nothing: what they named is gone
    once = clean(page(*COUNCIL_STORY, *labels), COUNCIL_TITLE)
    twice = clean(once.text, COUNCIL_TITLE)
    assert story_lines(once) == list(COUNCIL_STORY)
    assert twice.text == once.text and not twice.removed
