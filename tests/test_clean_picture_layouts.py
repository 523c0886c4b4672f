"""Tests for captions that a page's layout of its pictures gives away (a bracketed credit after
a caption's sentence, a short line over a credit where the page's other captions stand, the
line under the opening picture's credit, names and a place under a caption, a present scene
with its full date), and for a page's furniture: a month-only date stamp, a player's "Loading
audio...", a label in capitals over links, a summary box the story retells.

Each test uses made-up lines, not the development set's.
"""

from __future__ import annotations

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page

_STORY = COUNCIL_STORY
_TITLE = COUNCIL_TITLE
_CREDIT = "[Jane Roe, Daily Post]"


def test_a_caption_alone_with_its_bracketed_credit_is_dropped() -> None:
    caption = f"Councillors at the ferry terminal in Wexmoor on Tuesday. {_CREDIT}"
    removed = dropped(page(caption, *_STORY), _TITLE)
    assert removed[caption] == "photo caption"


def test_a_caption_and_credit_run_on_after_a_paragraph_are_cut_off_it() -> None:
    paragraph = _STORY[1]
    caption = f"The old terminal under water in January. {_CREDIT}"
    result = clean(page(_STORY[0], f"{paragraph} {caption}", *_STORY[2:]), _TITLE)
    assert paragraph in result.text
    assert caption not in result.text and "Jane Roe" not in result.text
    assert ("photo caption", caption) in {(r.reason, r.line) for r in result.removed}


def test_a_bracketed_copyright_or_citation_is_not_taken_for_a_credit() -> None:
    signed = f"{_STORY[1]} [Copyright Daily Post, Ltd.]"
    cited = f"{_STORY[2]} [Doe, 2019]"
    result = clean(page(_STORY[0], signed, cited, _STORY[3]), _TITLE)
    assert signed in result.text and cited in result.text


def test_short_lines_over_credits_are_captions_where_the_page_puts_its_captions_so() -> None:
    raw = page(
        _STORY[0],
        "The mayor did not answer questions",
        "Reuters",
        _STORY[1],
        "Councillors left the town hall together after the vote on the plan",
        "Reuters",
        *_STORY[2:],
    )
    removed = dropped(raw, _TITLE)
    assert removed["The mayor did not answer questions"] == "photo caption"


def test_a_subheading_over_a_credit_stays_where_no_caption_stands_over_one() -> None:
    raw = page(_STORY[0], "The mayor did not answer questions", "Reuters", *_STORY[1:])
    assert "The mayor did not answer questions" not in dropped(raw, _TITLE)


def test_the_line_under_the_opening_pictures_credit_is_its_caption() -> None:
    caption = "The councillors met at the town hall tonight"
    raw = page(_TITLE, "Reuters", caption, *_STORY)
    assert dropped(raw, _TITLE)[caption] == "photo caption"


def test_names_and_a_place_under_a_caption_are_a_second_caption() -> None:
    caption = "The mayor at the harbour on June 5, 2024. Photo credit: Jane Roe | Daily Post"
    names = "Mayor Jane Doe and Sam Lee at Wexmoor Harbour in Kent"
    raw = page(_STORY[0], caption, names, *_STORY[1:])
    assert dropped(raw, _TITLE)[names] == "photo caption"


def test_a_present_scene_ending_on_its_full_date_is_a_caption() -> None:
    caption = "Mayor Jane Doe arrives at the harbour on June 5, 2024"
    raw = page(_STORY[0], caption, *_STORY[1:])
    assert dropped(raw, _TITLE)[caption] == "photo caption"


def test_a_month_only_date_stamp_is_cut_off_the_line_it_opens() -> None:
    result = clean(page(f" date 2024-06 {_STORY[0]}", *_STORY[1:]), _TITLE)
    assert result.text.startswith(_STORY[0])
    assert ("date 2024-06", "machine date stamp") in {(r.line, r.reason) for r in result.removed}


def test_a_span_of_years_opening_a_sentence_is_no_date_stamp() -> None:
    sentence = "2023-24 spending on the ferry rose by a fifth, the council's accounts show."
    assert sentence in clean(page(_STORY[0], sentence, *_STORY[1:]), _TITLE).text


def test_a_players_loading_notice_is_a_widget() -> None:
    raw = page(_STORY[0], "Listen to this article", "Loading audio...", *_STORY[1:])
    assert dropped(raw, _TITLE)["Loading audio..."] == "page widget"


def test_a_label_in_capitals_over_links_at_the_foot_is_dropped() -> None:
    raw = page(*_STORY, "MORE FERRY NEWS:", "Harbour dredging", "Coastal road")
    assert "MORE FERRY NEWS:" in dropped(raw, _TITLE)


def test_a_label_in_capitals_over_sentences_stays() -> None:
    raw = page(*_STORY[:2], "WHAT HAPPENS NEXT:", *_STORY[2:])
    assert "WHAT HAPPENS NEXT:" not in dropped(raw, _TITLE)


def test_a_summary_box_the_story_retells_is_dropped_and_one_it_does_not_stays() -> None:
    points = [
        "- Councillors argued for three hours over whether the money should go to the road",
        "- The new terminal will stand two metres higher than the old one",
    ]
    retold = dropped(page(_STORY[0], "In Summary", "\n".join(points), *_STORY[1:]), _TITLE)
    assert retold["In Summary"] == "summary box"
    assert all(retold[point] == "summary box" for point in points)
    own = [
        "- Fares on the ferry will not rise this year, the council said.",
        "- The old terminal will be turned into a museum, the mayor said.",
    ]
    kept = clean(page(_STORY[0], "In Summary", "\n".join(own), *_STORY[1:]), _TITLE).text
    assert all(point in kept for point in own)
