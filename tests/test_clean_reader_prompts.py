"""Lines the site writes to its reader, and the marks of a picture or a source, found by their
shape: a prompt to share the post or to comment on it, a link's "Read more here.", a news
service credited in brackets alone, "Photos from <address>", a "Breaking ... News:" label, a
picture's alt text calling itself an image, captions marked by a position after a name, an
agency after the scene or after a bar, and an author's note under the full name. A quote or a
time the excerpt cut at its colon is no timestamp and no label.
"""

from __future__ import annotations

import pytest

from generator.analysis.clean import clean
from generator.analysis.lines import is_timestamp
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page, story_lines


@pytest.mark.parametrize(
    "line",
    [
        "Spread the love",
        "You can share this post!",
        "Please, do not forget to like and share this post so we can bring you more stories.",
        "WE ADORE FEEDBACK, LEAVE A COMMENT",
        "Read more here.",
        "Photos from https://pictures.example.org",
    ],
)
def test_a_prompt_or_credit_of_that_shape_below_the_story_goes(line: str) -> None:
    raw = page(*COUNCIL_STORY, line)
    assert line in dropped(raw, COUNCIL_TITLE)
    assert COUNCIL_STORY[-1] in story_lines(clean(raw, COUNCIL_TITLE))


def test_a_flash_label_and_a_service_credit_above_the_story_go_as_such() -> None:
    raw = page(
        COUNCIL_TITLE, "Breaking Wexmoor News:", "(Northern Lakes Press Service)", *COUNCIL_STORY
    )
    gone = dropped(raw, COUNCIL_TITLE)
    assert gone.get("Breaking Wexmoor News:") == "label"
    assert gone.get("(Northern Lakes Press Service)") == "source credit"


@pytest.mark.parametrize(
    "line",
    [
        "The harbour master forwarded the post to the ferry company on Monday.",
        "Residents can share their views at a meeting in the library next week.",
        "The agency, which runs the Northern Lakes Press Service, declined to comment.",
    ],
)
def test_a_story_sentence_with_those_words_stays(line: str) -> None:
    raw = page(*COUNCIL_STORY[:2], line, *COUNCIL_STORY[2:])
    assert line in story_lines(clean(raw, COUNCIL_TITLE))


def test_a_picture_alt_text_calling_itself_an_image_above_the_story_goes() -> None:
    raw = page(COUNCIL_TITLE, "Wexmoor Harbour and Ferry image", *COUNCIL_STORY)
    assert "Wexmoor Harbour and Ferry image" in dropped(raw, COUNCIL_TITLE)
    assert story_lines(clean(raw, COUNCIL_TITLE))[0] == COUNCIL_STORY[0]


@pytest.mark.parametrize(
    "caption",
    [
        "Harbour board chair Ellen Voss (C) with engineers inspects the flooded pier in 2021. "
        "Ms Voss says the repairs will take a year.",
        "Ferry Northern Star sailing past the breakwater during the annual harbour regatta. AFP",
        "Ellen Voss Ellen Voss is hoping to keep the ferry running | Reuters",
    ],
)
def test_a_caption_above_the_story_goes(caption: str) -> None:
    raw = page(COUNCIL_TITLE, caption, *COUNCIL_STORY)
    assert caption in dropped(raw, COUNCIL_TITLE)


def test_a_caption_said_twice_above_the_dateline_goes_both_times() -> None:
    caption = (
        "Harbour Master Ellen Voss participates in a meeting during the Coastal Towns Summit "
        "on Monday in Glenholt."
    )
    raw = page(COUNCIL_TITLE, caption, caption, "WEXMOOR — " + COUNCIL_STORY[0], *COUNCIL_STORY[1:])
    result = clean(raw, COUNCIL_TITLE)
    assert caption not in story_lines(result)
    assert story_lines(result)[0].endswith(COUNCIL_STORY[0])


def test_an_author_note_under_the_full_name_goes_however_long() -> None:
    note = (
        "Mara Quill was the head of the journalism school at Lakeside College in Wexmoor. "
        + "She previously taught reporting and edited the college paper for many years. " * 6
    ).strip()
    raw = page(*COUNCIL_STORY, "Mara Quill", note)
    gone = dropped(raw, COUNCIL_TITLE)
    assert "Mara Quill" in gone and note in gone


@pytest.mark.parametrize("cut", ["“At 12:", '"At 9:'])
def test_a_quote_cut_at_a_time_colon_is_no_timestamp_or_label(cut: str) -> None:
    assert not is_timestamp(cut)
    raw = page(*COUNCIL_STORY, cut, COUNCIL_STORY[0].replace("Tuesday", "Friday"))
    assert cut not in dropped(raw, COUNCIL_TITLE)
