"""A site's notices about itself are dropped; the story's sentences beside them are kept."""

from __future__ import annotations

from generator.analysis.clean import clean

_STORY = [
    "The harbour ferry resumed its crossings on Monday after a week of repairs, the port said.",
    "Engineers replaced two engines and tested the hull before the ship was cleared to sail.",
    "Passengers waited in long queues at the terminal as the first crossing left at 7 a.m.",
    "The port authority said the timetable would return to normal by the end of the week.",
]


def _removed(raw: str, title: str = "Harbour ferry sails again") -> dict[str, str]:
    return {line.line: line.reason for line in clean(raw, title).removed}


def test_a_trademark_notice_and_a_radio_prompt_are_dropped() -> None:
    notice = (
        "The Harbour Courier is a trademark registered in the U.S. for the Harbour Institute "
        "for Local News, a 501(c)(3) nonprofit organization."
    )
    radio = "Listen to KHBR online and on the radio at 99.5 FM for our team coverage."
    cleaned = clean("\n\n".join([notice, radio, *_STORY]), "Harbour ferry sails again")
    assert notice not in cleaned.text and radio not in cleaned.text
    assert cleaned.text.startswith(_STORY[0])


def test_a_video_pointer_with_no_video_is_dropped() -> None:
    promo = "Watch drone footage of the harbour after the storm here"
    raw = "\n\n".join([*_STORY[:2], promo, *_STORY[2:]])
    assert promo in _removed(raw)


def test_a_pointer_to_the_full_story_is_kept_among_the_removed_lines() -> None:
    pointer = "The story continues at The Harbour Courier: Harbour ferry sails again."
    removed = _removed("\n\n".join([*_STORY, pointer]))
    assert removed[pointer] == "pointer to the full story"


def test_a_video_shot_list_is_dropped_whole() -> None:
    shots = [
        "STORY: :: A timelapse shows the ferry leaving the",
        "harbour for the first time this week",
        ":: The crossing was closed for repairs",
        ":: June 12, 2024",
        ":: Portsmouth, England",
    ]
    removed = _removed("\n".join([*shots, *_STORY]))
    assert all(shot in removed for shot in shots)
    assert not any(sentence in removed for sentence in _STORY)


def test_a_caption_credited_through_an_agency_is_dropped_though_it_reports() -> None:
    caption = (
        "The mayor said the ferry was 'the pride of the harbour'. "
        "Photograph: Jane Doe/Pool/AFP via Getty Images"
    )
    assert caption in _removed("\n\n".join([caption, *_STORY]))


def test_a_story_sentence_after_a_date_stamp_is_kept() -> None:
    cleaned = clean(
        "\n\n".join([" date 2024-05-20 The ferry is on the move again.", *_STORY]),
        "Harbour ferry sails again",
    )
    assert cleaned.text.startswith("The ferry is on the move again.")


def test_a_subheading_and_paragraph_above_a_cut_sentence_stay_in_the_story() -> None:
    tail = [
        "## Negative tests for the crew",
        "The pilots and crew members were given a drug and alcohol test after the ferry docked.",
        "Shortly before 3:30 a.m., the senior and app",
    ]
    more = [
        "The senior captain ordered the anchor dropped when the engines stalled a second time.",
        "A radio call warned other ships in the channel before the ferry drifted to the pier.",
    ]
    cleaned = clean("\n\n".join([*_STORY, *more, *tail]), "Harbour ferry sails again")
    assert tail[1] in cleaned.text
