"""Tests for a picture's block told by its credit (picture_blocks.py), a video's teaser with its
running time (video_teasers.py), a stamped kicker's reason and a caption over the story that
is never made a subheading (issue 18, cleaning round 15).

Made-up lines in the shape of those the walkthroughs found, not the articles'.
"""

from __future__ import annotations

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page, story_lines

_STORY = COUNCIL_STORY
_TITLE = COUNCIL_TITLE


def _kept(raw: str, title: str = _TITLE) -> list[str]:
    return story_lines(clean(raw, title))


def test_a_caption_whose_credit_closes_its_line_is_dropped_with_its_licensed_copy() -> None:
    caption = (
        "The harbour master said Monday that no ferry would sail until the terminal is "
        "rebuilt. File Photo by Jane Doe/UPI"
    )
    copy = f"{caption} | License Photo"
    assert dropped(page(caption, copy, *_STORY), _TITLE) == {
        caption: "photo caption",
        copy: "photo caption",
    }
    assert _kept(page(caption, copy, *_STORY)) == list(_STORY)


def test_a_paragraph_that_only_names_a_photographer_is_kept() -> None:
    told = (
        "The exhibition opens on Friday with a photo by Jane Doe of the flooded terminal, "
        "which the council bought for its hall."
    )
    assert _kept(page(*_STORY[:2], told, *_STORY[2:])) == [*_STORY[:2], told, *_STORY[2:]]


def test_a_wire_caption_over_its_credit_goes_with_the_picture_title_above_it() -> None:
    title = "Councillors vote on the ferry terminal in Wexmoor"
    caption = (
        "Councillors vote on the plan to rebuild the ferry terminal at the council chamber "
        "in Wexmoor, North Shire, U.K. March 3, 2025."
    )
    credit = "Jane Doe/Pool/VIA REUTERS"
    assert dropped(page(title, caption, credit, *_STORY), _TITLE) == {
        title: "photo caption",
        caption: "photo caption",
        credit: "photo credit",
    }


def test_a_paragraph_ending_on_a_place_and_date_with_no_credit_below_is_kept() -> None:
    told = (
        "The last ferry left the old terminal on its final crossing to the island of Holm, "
        "North Shire, U.K. March 3, 2025."
    )
    assert _kept(page(*_STORY[:2], told, *_STORY[2:])) == [*_STORY[:2], told, *_STORY[2:]]


def test_a_lone_name_amid_the_story_that_a_picture_names_is_the_pictures_text() -> None:
    credit = (
        "Ana Ruiz speaks at the council chamber in Wexmoor, Tuesday, March 4, 2025. "
        "Jane Doe/The Coast Gazette/Pool"
    )
    raw = page(_STORY[0], credit, *_STORY[1:3], "Ana Ruiz", _STORY[3])
    assert dropped(raw, _TITLE)["Ana Ruiz"] == "image"
    assert _kept(raw) == list(_STORY)


def test_names_set_as_subheadings_of_a_piece_are_kept() -> None:
    credit = "Ana Ruiz at the council chamber. Jane Doe/The Coast Gazette/Pool"
    raw = page(credit, _STORY[0], "Ana Ruiz", _STORY[1], "Tomas Berg", *_STORY[2:])
    assert _kept(raw) == [_STORY[0], "Ana Ruiz", _STORY[1], "Tomas Berg", *_STORY[2:]]


def test_a_video_teaser_closing_on_its_running_time_is_a_teaser() -> None:
    teaser = (
        "Lawyer on the ferry vote Lawyer weighs in on the council's vote to rebuild the "
        "terminal 06:25"
    )
    assert dropped(page(teaser, *_STORY), _TITLE) == {teaser: "related-article teaser"}


def test_a_line_closing_on_a_time_of_day_is_no_video_teaser() -> None:
    times = [
        "The council meets again in the old town hall on Thursday at 9:30",
        "Ferries to Holm and the outer islands leave from the north quay 20:00",
    ]
    for line in times:
        assert line in _kept(page(*_STORY[:2], line, *_STORY[2:]))


def test_a_stamp_before_a_kicker_is_a_section_label_and_before_a_time_a_timestamp() -> None:
    kicker = "date 2025-03-02 Wexmoor Ferry"
    timed = "date 2025-03-02 4 May 2025 10:30"
    assert dropped(page(kicker, *_STORY), _TITLE) == {kicker: "section label"}
    assert dropped(page(timed, *_STORY), _TITLE) == {timed: "timestamp"}


def test_a_line_over_the_story_is_never_made_a_subheading() -> None:
    over = "The storms of the winter left the ferry terminal under water"
    text = clean(page(f"date 2025-03-02 {over}", *_STORY), _TITLE).text
    assert text.startswith(f"{over}\n\n{_STORY[0]}")
    # Between paragraphs, a line like a headline is still a subheading.
    inside = clean(page(_STORY[0], "The Cost of Dredging", *_STORY[1:]), _TITLE).text
    assert "## The Cost of Dredging" in inside


def test_a_line_over_a_caption_kept_as_the_pages_lead_is_kept_with_it() -> None:
    # Every paragraph dropped as a caption, the first stays as the lead (teasers.keep_lead);
    # the short line over it, dropped as that picture's title, stays too: cleaning the
    # cleaned text again must change nothing, whatever stood between them the first time.
    above, scene = "Ferry notes.", "Crews are working on the quay on Wednesday."
    assert _kept(page(above, scene)) == [above, scene]
    once = clean(page(above, "Home", scene), _TITLE).text
    assert clean(once, _TITLE).text == once
