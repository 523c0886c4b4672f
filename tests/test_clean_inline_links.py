"""Links to other stories and to the story itself that only their shape and place give away:
headlines in capitals set between paragraphs, a label over a bare address under the story, an
author's note with an e-mail address; and the story's own list, whose markers the scraper lost,
which is no run of links.
"""

from __future__ import annotations

from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page

TEASER = "related-article teaser"
LINK_FOOTER = "link under the story"


def _reasons(*lines: str) -> dict[str, str]:
    return dropped(page(*lines), COUNCIL_TITLE)


_FIRST_LINK = "TEENAGER WINS NATIONAL CHESS TITLE AFTER EIGHT HOUR FINAL"
_SECOND_LINK = "BAKERY CHAIN SHUTS LAST CITY BRANCH AS PRICES SOAR"


def test_headlines_in_capitals_between_paragraphs_are_links() -> None:
    story = COUNCIL_STORY
    lines = (story[0], _FIRST_LINK, story[1], story[2], _SECOND_LINK, story[3])
    found = _reasons(*lines)
    assert found.get(_FIRST_LINK) == TEASER
    assert found.get(_SECOND_LINK) == TEASER


def test_one_line_in_capitals_or_one_about_the_story_is_a_subheading() -> None:
    story = COUNCIL_STORY
    alone = (story[0], story[1], _FIRST_LINK, story[2], story[3])
    assert _FIRST_LINK not in _reasons(*alone)
    # It uses the story's words: what the next paragraphs turn to.
    subheading = "WHAT THE NEW FERRY TERMINAL MEANS FOR THE COUNCIL"
    lines = (story[0], subheading, story[1], story[2], _SECOND_LINK, story[3])
    assert subheading not in _reasons(*lines)


def test_a_label_over_a_bare_link_under_the_story_is_dropped() -> None:
    footer = "Read or Share this story: https://www.courier.example/story/ferry-terminal/123/"
    assert _reasons(*COUNCIL_STORY, footer).get(footer) == LINK_FOOTER
    other = "Read more at: https://news.example/travel/ferry-terminal-4275511.html"
    assert _reasons(*COUNCIL_STORY, other).get(other) == LINK_FOOTER


def test_a_labelled_link_inside_the_story_is_kept() -> None:
    """Between paragraphs, "Details: https://..." is a post the story quotes."""
    quoted = "Details: https://t.example/zGd3vGbIx8"
    assert quoted not in _reasons(*COUNCIL_STORY[:2], quoted, *COUNCIL_STORY[2:])


def test_an_author_note_with_an_address_at_the_foot_is_a_byline() -> None:
    note = (
        "Jane Roe is a news intern with the Wexmoor Courier. Reach her at jroe@courier.example "
        "or on social media @janeroe."
    )
    footer = "Read or Share this story: https://www.courier.example/story/ferry-terminal/123/"
    assert _reasons(*COUNCIL_STORY, note, footer).get(note) == "byline"
    # Higher up, a paragraph naming someone to write to is the story's.
    contact = (
        "Jane Roe is the council's harbour officer and asks residents with questions to write "
        "to harbour@wexmoor.example before the end of the month."
    )
    assert contact not in _reasons(*COUNCIL_STORY[:2], contact, *COUNCIL_STORY[2:])


def test_a_list_the_story_introduces_keeps_its_items_without_markers() -> None:
    """Headline-like lines in a row under "The union's main demands include:" are the story's
    list, its bullets lost by the scraper; with no sentence over them, a run of links."""
    items = (
        "Higher wages for nurses and midwives",
        "Shorter shifts in public hospitals",
        "More staff in rural clinics",
    )
    intro = "The union's main demands include the following:"
    found = _reasons(*COUNCIL_STORY[:2], intro, *items, *COUNCIL_STORY[2:])
    assert not set(found) & {intro, *items}
