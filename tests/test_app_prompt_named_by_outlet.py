"""The site's prompt to get its app, named by the outlet's possessive ("Tap to get Example
Daily's free app."), goes like "Download our app" does; a story about someone's app stays."""

from __future__ import annotations

from generator.analysis.clean import clean

TITLE = "Ferry fares rise for the summer season"
STORY = """\
Ferry fares to the islands will rise by 8% from June, the operator said on Monday.

The operator blamed higher fuel costs and a shortage of crew.
"""


def _removed(raw: str) -> dict[str, str]:
    return {line.line: line.reason for line in clean(raw, TITLE).removed}


def test_a_prompt_to_get_the_outlets_app_under_the_story_is_dropped():
    for prompt in (
        "Get the news faster. Tap to get Harbour Herald's free app.",
        "Download the Coastal Courier app",
        "Tap to get Example News’ free app",
    ):
        assert _removed(f"{STORY}\n{prompt}\n") == {prompt: "call to action"}


def test_a_story_sentence_about_an_app_stays():
    for sentence in (
        "Islanders who get Ferry Finder's free app will see sailings as they leave.",
        "The council urged islanders to get the Ferry Finder app before the timetable changes.",
    ):
        assert _removed(f"{STORY}\n{sentence}\n") == {}
