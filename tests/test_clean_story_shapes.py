"""Tests for story lines that look like boilerplate to a rule for one line: a paragraph ending
on a full date, a table of figures the story announces, a live blog's last posts; and for a
page that is nothing but its icons' labels, with the warning that no story is left.

Each test uses made-up lines, not the development set's.
"""

from __future__ import annotations

from pathlib import Path

from generator.analysis.analyse import analyse
from generator.analysis.clean import clean
from generator.briefing.assemble import article_record
from generator.content.load import parse_article
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page

_STORY = COUNCIL_STORY[:3]
_TITLE = COUNCIL_TITLE


def _dropped(raw: str, title: str = _TITLE) -> dict[str, str]:
    return dropped(raw, title)


def test_a_paragraph_whose_second_sentence_ends_on_a_full_date_is_the_story() -> None:
    opening = (
        "For the first time, a crewed ferry of the new class has crossed the bay with forty "
        "passengers on board. Captain Jane Doe and engineer Sam Lee sailed from pier 4 at "
        "Wexmoor harbour at 9.52am on Wednesday, June 5, 2024."
    )
    kept = clean(page(opening, *_STORY), _TITLE).text
    assert opening in kept


def test_a_caption_whose_first_sentence_ends_on_its_full_date_is_still_dropped() -> None:
    caption = (
        "Passengers board the ferry at Wexmoor harbour on Wednesday, June 5, 2024. The "
        "terminal was flooded in January."
    )
    assert _dropped(page(caption, *_STORY)) == {caption: "photo caption"}


def test_a_table_of_figures_the_story_announces_is_kept_as_written() -> None:
    rows = ("Greens: 12", "Liberals: 9", "Independents: 4", "Others: 2")
    cleaned = clean(page(*_STORY, "Here are the full results:", *rows), _TITLE)
    assert cleaned.removed == ()
    assert cleaned.text.endswith("\n\n".join(rows))  # rows, not subheadings


def test_figures_with_no_line_announcing_them_are_not_protected() -> None:
    counters = ("Views: 1,204", "Comments: 12", "Shares: 40")
    dropped = _dropped(page(*_STORY, *counters))
    assert set(dropped) == set(counters)


def test_a_live_blogs_last_post_is_not_taken_for_teasers() -> None:
    posts = (
        "4.10pm: Council approves terminal budget",
        _STORY[0],
        "3.55pm: ‘A harbour for the next century’",
        _STORY[1],
        "3.40pm: Mayor attacks ‘years of neglect’ by the previous council",
        "Mayor Jane Doe has spoken of the “long neglect” of the previous council, including "
        "the state of the town’s old",
    )
    assert _dropped(page(*posts)) == {}


def test_a_page_of_icon_labels_is_dropped() -> None:
    icons = (
        "Calendar An icon of a desk calendar. Close An icon of an X shape. Email An icon of a "
        "paper envelope. Search Icon A magnifying glass icon that is used to search. Home An "
        "icon of a house."
    )
    assert _dropped(page(icons, *_STORY)) == {icons: "page widget"}


def test_a_story_about_an_icon_is_kept() -> None:
    story = (
        "The council replaced the town's crest with an icon of a ferry. Residents said the "
        "new design looked like a bathtub. The old crest had been used since 1890."
    )
    assert _dropped(page(story, *_STORY)) == {}


def test_an_article_with_no_story_left_once_cleaned_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "articles" / "icons.md"
    path.parent.mkdir()
    body = (
        "Calendar An icon of a desk calendar. Close An icon of an X shape. Home An icon of a house."
    )
    path.write_text(
        "---\ntitle: Terminal vote\nurl: https://example.com/a\npublished: 2024-06-05\n---\n"
        + body
        + "\n",
        encoding="utf-8",
    )
    source, _ = parse_article(path, path.read_bytes(), tmp_path)
    record = article_record(
        source, analyse(source.body, source.meta.title), (), "articles/icons.md"
    )
    messages = [str(problem) for problem in record.problems]
    assert any("no story text left once cleaned" in message for message in messages)


def test_a_picture_agencys_long_caption_is_dropped_whole() -> None:
    caption = (
        "WEXMOOR, ENGLAND - JUNE 4: Mayor Jane Doe stands on the flooded quay as councillors "
        "arrive for the vote on the terminal at Wexmoor Town Hall on June 4, 2024 in Wexmoor, "
        "England. The council is expected to decide on the four million pound plan later in the "
        "day, after three hours of debate on the coastal road and the cost of dredging the "
        "harbour, which engineers put at a further million pounds over two years. The terminal "
        "was closed by the winter storms. (Photo by John Roe/Harbour Pictures)"
    )
    assert _dropped(page(caption, *_STORY)) == {caption: "photo caption"}
    story = caption.replace(" (Photo by John Roe/Harbour Pictures)", "")
    assert _dropped(page(story.removeprefix("WEXMOOR, ENGLAND - JUNE 4: "), *_STORY)) == {}


def test_a_widgets_error_message_is_dropped_but_a_story_saying_so_is_kept() -> None:
    errors = ("Oops!", "Something went wrong.", "Please try again later.")
    assert _dropped(page(_STORY[0], *errors, *_STORY[1:])) == dict.fromkeys(errors, "page widget")
    told = "Something went wrong with the ferry's engines twice last winter, the captain said."
    assert _dropped(page(_STORY[0], told, *_STORY[1:])) == {}
