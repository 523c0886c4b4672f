"""Prompts and notes the cleaner knows by shape, in a few more of their forms: a newsletter prompt
under a label in capitals, a trial offer's price, an author's note asking readers to follow them,
a desk's initials, a "Publish date :" stamp, a "Related News:" link whose headline reports; and a
story's last line cut by the scraper in a sentence full of names, which stays."""

import pytest

from generator.analysis.clean import clean
from tests.conftest import TIMETABLE_STORY

HEAD, *PARAGRAPHS = TIMETABLE_STORY


def _clean(*lines: str) -> tuple[str, set[str]]:
    result = clean("\n".join(lines))
    return result.text, {removed.line for removed in result.removed}


def _between(line: str) -> tuple[str, set[str]]:
    return _clean(HEAD, *PARAGRAPHS[:2], line, *PARAGRAPHS[2:])


def _below(*lines: str) -> tuple[str, set[str]]:
    return _clean(HEAD, *PARAGRAPHS, *lines)


# Each kind of boilerplate where it stands on a page (between the story's paragraphs, or under
# them), and a story line of near shape that stays between the paragraphs.
REMOVED_BUT_A_STORY_LINE_STAYS = {
    "newsletter prompt under a label in capitals": (
        "FREE TODAY: Get the Harbour Weekly newsletter for the full story behind every sailing.",
        _between,
        "UPDATE: The operator said the newsletter it sends to season-ticket holders would list "
        "the times.",
    ),
    "trial offer at a price": (
        "Enjoy any plan you like for $2 for the first month",
        _below,
        "Get-togethers at the terminal cost the operator $200 a month, the council heard.",
    ),
    "caption closed by a bracketed photographer and paper": (
        "Firefighters responded to a small blaze at the ferry terminal on Monday evening. The "
        "building was empty at the time. (Jane Doe / Wexmoor Post file)",
        _between,
        "The operator said repairs would cost about 40,000 pounds (with files from the council).",
    ),
    "aggregator's copyright note": (
        "Copyright for syndicated content belongs to the linked source.",
        _below,
        "Copyright of the images remains with the photographer, the court ruled in March.",
    ),
}


@pytest.mark.parametrize("kind", sorted(REMOVED_BUT_A_STORY_LINE_STAYS))
def test_boilerplate_is_removed_and_a_story_line_of_its_shape_stays(kind: str) -> None:
    boilerplate, placed, story_line = REMOVED_BUT_A_STORY_LINE_STAYS[kind]
    _, removed = placed(boilerplate)
    assert boilerplate in removed
    text, _ = _between(story_line)
    assert story_line in text


REMOVED = {
    "author's note asking readers to follow, at the foot": (
        "Jane Doe is a Wexmoor-based reporter covering transport. Follow her on Twitter: @janedoe",
        _below,
    ),
    "desk initials at the foot": ("ABC/DEF/GH", _below),
    "related-news label whose headline reports": (
        "Related News: Mayor says she will not seek a third term after budget row",
        _between,
    ),
}


@pytest.mark.parametrize("kind", sorted(REMOVED))
def test_boilerplate_is_removed(kind: str) -> None:
    boilerplate, placed = REMOVED[kind]
    _, removed = placed(boilerplate)
    assert boilerplate in removed


def test_publish_date_stamp_with_a_spaced_colon_is_removed() -> None:
    _, removed = _clean(HEAD, "Publish date : 2025-03-04 09:15:00", *PARAGRAPHS)
    assert "Publish date : 2025-03-04 09:15:00" in removed


def test_page_ending_on_a_cut_sentence_full_of_names_keeps_the_story_section() -> None:
    story = [
        "Three finals that went down to the last over",
        "In this special piece, we look back at how the county's closest cup finals were decided.",
        "Cup finals are seldom close, but three in the county's history were settled by the "
        "very last ball, and each is remembered for a different reason.",
        "Some of the players went on to captain the county, and two became coaches of the "
        "side that won the league a decade later.",
        "Despite a poor run of form that season, the holders became only the second side to win "
        "a final from the last ball – joining their old rivals.",
        "Wexmoor (lost) v Eastcombe, Harbour Park, 1988: The first of them was decided when "
        "the visitors ran three off the final delivery. However, the hosts kept their nerve.",
        "Brief scores: Harwick – 201 and 188; Southby – 199 and 187",
        "Harwick (won) v Southby, Riverside, 1994: Openers Jane Doe (88) and Mary Major "
        "(61) put on a stand of 140 before Ann Lee (12) and Kate Roe took the side to",
    ]
    text = clean("\n".join(story)).text
    assert story[-2] in text  # the story's table row, under its section
    assert story[-1] in text  # the next section, where the scraper stopped reading


COMMENTS = [
    "1. So sad to hear this!!my cousin takes that ferry every day,we need answers from the "
    "council now.",
    "2. The council never listens,i have written to them three times about the late boats and "
    "got nothing back.",
    "3. Finally some good news?? lets hope the new times actually work this winter because last "
    "year was terrible.",
]


def test_numbered_comments_typed_as_readers_type_are_removed_but_a_story_list_stays() -> None:
    text, removed = _below(*COMMENTS)
    assert set(COMMENTS) <= removed
    assert PARAGRAPHS[-1] in text
    steps = [
        "1. Sailings from the north pier move to the south pier from March.",
        "2. Season tickets bought before the change stay valid until they expire.",
        "3. The last evening boat leaves at ten o'clock on weekdays and Saturdays.",
    ]
    text, _ = _below("The changes, as the operator listed them, are:", *steps)
    assert all(step in text for step in steps)
