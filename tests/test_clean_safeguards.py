"""Tests for the cleaner's two safeguards (issue 18): the teaser and caption rules never empty a
page's story, and a line whose boilerplate sentence has a story sentence glued on is kept.

Made-up pages in the shape of the ones that lost their story, not the development set's.
"""

from __future__ import annotations

import pytest

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page, story_lines

_CUT_LEAD = (
    "The council of Wexmoor voted on Tuesday to spend four million pounds rebuilding the "
    "ferry terminal that the winter storms left…"
)
_REDIRECT = "Redirecting to full article..."
_STUB = page(COUNCIL_TITLE, _CUT_LEAD, _REDIRECT)


@pytest.mark.parametrize("title", ["", COUNCIL_TITLE])
def test_a_stub_pages_lead_cut_short_under_its_headline_is_its_story(title: str) -> None:
    result = clean(_STUB, title)
    assert story_lines(result)[0] == _CUT_LEAD
    assert _CUT_LEAD not in dropped(_STUB, title)  # the removal record lists only what is lost
    assert result.headline == COUNCIL_TITLE


def test_a_stub_pages_headline_worded_unlike_its_title_is_no_teasers_headline() -> None:
    headline = "Council backs plan for a higher ferry terminal in Wexmoor"
    raw = page(headline, _CUT_LEAD, _REDIRECT)
    assert _CUT_LEAD in story_lines(clean(raw, COUNCIL_TITLE))
    assert dropped(raw, COUNCIL_TITLE).get(headline) != "related-article teaser"


def test_a_stub_page_cleaned_again_keeps_the_same_lead() -> None:
    first = clean(_STUB)
    assert clean(first.text, first.headline).text == first.text


def test_a_card_cut_short_under_a_whole_story_is_still_a_teaser() -> None:
    card = "Harbour ferry fares to rise again as the operator blames fuel costs"
    summary = "Passengers on the island route will pay a fifth more from June, the operator…"
    raw = page(*COUNCIL_STORY, card, summary)
    assert dropped(raw, COUNCIL_TITLE) == {
        card: "related-article teaser",
        summary: "related-article teaser",
    }


_STORY_SENTENCE = (
    "Work on the new terminal will start in the spring and take two years, with the island "
    "service back by the summer after."
)


@pytest.mark.parametrize(
    ("boilerplate", "reason"),
    [
        ("By continuing you agree to our Terms of Use and Privacy Policy.", "cookie notice"),
        ("We use cookies to give you the best experience on our site.", "cookie notice"),
        ("Click here to download our app.", "call to action"),
        ("The views expressed in this article are the author's own.", "disclaimer"),
        ("© 2025 Wexmoor Gazette.", "copyright footer"),
    ],
)
def test_a_story_sentence_glued_after_boilerplate_keeps_the_line(
    boilerplate: str, reason: str
) -> None:
    glued = boilerplate + _STORY_SENTENCE
    raw = page(*COUNCIL_STORY[:2], glued, *COUNCIL_STORY[2:])
    assert glued in story_lines(clean(raw, COUNCIL_TITLE))
    # The same boilerplate alone on its line is still dropped, for the same reason.
    alone = page(*COUNCIL_STORY[:2], boilerplate, *COUNCIL_STORY[2:])
    assert dropped(alone, COUNCIL_TITLE) == {boilerplate: reason}


def test_a_notice_glued_to_more_of_its_own_prompts_is_still_dropped() -> None:
    notice = (
        "We use cookies to improve our site.You can change your cookie settings at any time "
        "in your browser."
    )
    raw = page(*COUNCIL_STORY[:2], notice, *COUNCIL_STORY[2:])
    assert dropped(raw, COUNCIL_TITLE) == {notice: "cookie notice"}


def test_a_story_sentence_glued_before_boilerplate_keeps_the_line() -> None:
    glued = _STORY_SENTENCE + "By continuing you agree to our Terms of Use and Privacy Policy."
    raw = page(*COUNCIL_STORY[:2], glued, *COUNCIL_STORY[2:])
    assert glued in story_lines(clean(raw, COUNCIL_TITLE))


def test_a_notice_of_sentences_a_space_parts_goes_whole() -> None:
    # One paragraph of the site's: its sentences after the first explain the notice.
    notice = (
        "This site uses cookies to improve your experience. The cookies let the site remember "
        "the pages visited and the settings chosen on each visit."
    )
    raw = page(*COUNCIL_STORY[:2], notice, *COUNCIL_STORY[2:])
    assert dropped(raw, COUNCIL_TITLE) == {notice: "cookie notice"}


def test_a_dateline_on_its_own_line_is_no_subheading_and_cleaning_again_keeps_it() -> None:
    raw = "WEXMOOR HARBOUR\n<b>Officials reviewed the ferry budget and the new timetable on Monday."
    once = clean(raw).text
    assert once.startswith("WEXMOOR HARBOUR\n\n")  # as written, not "## WEXMOOR HARBOUR"
    assert clean(once).text == once
