"""Tests for the cleaner's two safeguards (issue 18): the teaser and caption rules never empty a
page's story, and a line whose boilerplate sentence has a story sentence glued on keeps the
story's sentence (the boilerplate at either end is cut off it).

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


# A site's sentence glued to one of the story's, no space between, was kept whole: the line
# holds the story. It is now cut off the line and listed with the removed lines, as a caption's
# credit glued after a paragraph is, and the story's sentence stands alone as written.
_GLUED = [
    ("By continuing you agree to our Terms of Use and Privacy Policy.", "cookie notice"),
    ("We use cookies to give you the best experience on our site.", "cookie notice"),
    ("Click here to download our app.", "call to action"),
    ("The views expressed in this article are the author's own.", "disclaimer"),
    ("© 2025 Wexmoor Gazette.", "copyright footer"),
]


@pytest.mark.parametrize(("boilerplate", "reason"), _GLUED)
def test_boilerplate_glued_before_a_story_sentence_is_cut_off_it(
    boilerplate: str, reason: str
) -> None:
    glued = boilerplate + _STORY_SENTENCE
    raw = page(*COUNCIL_STORY[:2], glued, *COUNCIL_STORY[2:])
    assert story_lines(clean(raw, COUNCIL_TITLE)) == [
        *COUNCIL_STORY[:2],
        _STORY_SENTENCE,
        *COUNCIL_STORY[2:],
    ]
    assert dropped(raw, COUNCIL_TITLE) == {boilerplate: reason}
    # The same boilerplate alone on its line is still dropped, for the same reason.
    alone = page(*COUNCIL_STORY[:2], boilerplate, *COUNCIL_STORY[2:])
    assert dropped(alone, COUNCIL_TITLE) == {boilerplate: reason}


@pytest.mark.parametrize(("boilerplate", "reason"), _GLUED)
def test_boilerplate_glued_after_a_story_sentence_is_cut_off_it(
    boilerplate: str, reason: str
) -> None:
    raw = page(*COUNCIL_STORY[:2], _STORY_SENTENCE + boilerplate, *COUNCIL_STORY[2:])
    assert _STORY_SENTENCE in story_lines(clean(raw, COUNCIL_TITLE))
    assert dropped(raw, COUNCIL_TITLE) == {boilerplate: reason}


def test_boilerplate_glued_at_both_ends_of_a_story_sentence_is_cut_off_both() -> None:
    terms, footer = _GLUED[0][0], _GLUED[-1][0]
    raw = page(*COUNCIL_STORY[:2], terms + _STORY_SENTENCE + footer, *COUNCIL_STORY[2:])
    assert _STORY_SENTENCE in story_lines(clean(raw, COUNCIL_TITLE))
    assert dropped(raw, COUNCIL_TITLE) == {terms: "cookie notice", footer: "copyright footer"}


def test_boilerplate_glued_between_two_story_sentences_keeps_the_line_whole() -> None:
    glued = _STORY_SENTENCE + _GLUED[0][0] + COUNCIL_STORY[-1]
    raw = page(*COUNCIL_STORY[:2], glued)
    assert glued in story_lines(clean(raw, COUNCIL_TITLE))


def test_a_glued_line_the_editor_keeps_is_kept_as_written() -> None:
    glued = _GLUED[0][0] + _STORY_SENTENCE
    raw = page(*COUNCIL_STORY[:2], glued, *COUNCIL_STORY[2:])
    assert glued in story_lines(clean(raw, COUNCIL_TITLE, keep=[glued]))


def test_a_cut_line_cleaned_again_stays_the_same() -> None:
    raw = page(*COUNCIL_STORY[:2], _GLUED[0][0] + _STORY_SENTENCE, *COUNCIL_STORY[2:])
    first = clean(raw, COUNCIL_TITLE)
    assert clean(first.text, COUNCIL_TITLE).text == first.text


def test_a_notice_glued_to_more_of_its_own_prompts_is_still_dropped() -> None:
    notice = (
        "We use cookies to improve our site.You can change your cookie settings at any time "
        "in your browser."
    )
    raw = page(*COUNCIL_STORY[:2], notice, *COUNCIL_STORY[2:])
    assert dropped(raw, COUNCIL_TITLE) == {notice: "cookie notice"}


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
