"""Tests for the boilerplate classes of issue 18 seen in a new-user walkthrough and on the new
tune pages: the site pointing its reader elsewhere, a teaser heading addressed to the reader, a
picture's caption above the dateline or again without its credit, a teaser cut short over the
paragraph it repeats, the other lines of a promo box.

Each test pins a class (made-up lines, not the development set's) and a story line of a like
shape that the cleaner must keep.
"""

from __future__ import annotations

import pytest

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, dropped, page, story_lines

_STORY = COUNCIL_STORY
_TITLE = COUNCIL_TITLE
_PROMO = "call to action"
_CAPTION = "photo caption"
_DATELINE = "WEXMOOR, England (AP) — "


def _kept(raw: str, title: str = _TITLE) -> list[str]:
    return story_lines(clean(raw, title))


@pytest.mark.parametrize(
    "promo",
    [
        "Watch live coverage in the video player above.",
        "See the full video below",
        "Discover more from The Wexmoor Gazette",
        "For More News And Analysis About Kent Follow The Gazette",
        "For more updates, please visit our website",
    ],
)
def test_the_site_pointing_its_reader_to_a_player_or_more_of_it_is_a_promo(promo: str) -> None:
    assert dropped(page(_STORY[0], promo, *_STORY[1:]), _TITLE) == {promo: _PROMO}


@pytest.mark.parametrize(
    "line",
    [
        "Residents watched the vote on a screen in the hall above the quay.",
        "For more than a decade the terminal has flooded every winter.",
        "From the hill above the town, viewers could see the flooded quay below.",
    ],
)
def test_a_story_line_about_watching_or_more_is_kept(line: str) -> None:
    lines = (_STORY[0], line, *_STORY[1:])
    assert _kept(page(*lines)) == list(lines)


def test_a_teaser_heading_addressed_to_the_reader_below_the_story_is_related() -> None:
    heading = "Before You Leave, Check This Out"
    found = dropped(page(*_STORY, heading), _TITLE)
    assert found == {heading: "related-article teaser"}
    sentence = "Before you leave the island, the council says, check the new ferry times."
    assert _kept(page(*_STORY, sentence)) == [*_STORY, sentence]


def test_a_caption_of_people_meeting_above_the_dateline_paragraph_is_a_caption() -> None:
    caption = "Mayor Jane Holt and harbour master Tom Reyes meet at the quay late on May 7."
    lines = (caption, _DATELINE + _STORY[0], *_STORY[1:])
    assert dropped(page(*lines), "") == {caption: _CAPTION}
    # A standfirst gives no day; under the story's first paragraph the same line is the story's.
    standfirst = "Councillors and ferry crews meet to plan a higher terminal."
    assert _kept(page(standfirst, *lines[1:]), "")[0] == standfirst
    inside = (_DATELINE + _STORY[0], caption, *_STORY[1:])
    assert caption in _kept(page(*inside), "")


def test_a_caption_again_without_the_credit_its_other_copy_has_is_a_caption() -> None:
    caption = (
        "Mayor Jane Holt and ferry crews inspect the flooded quay, on May 7, 2024 at the harbour"
    )
    credited = caption + " | Photo Credit: AP"
    found = dropped(page(_STORY[0], credited, caption, *_STORY[1:]), _TITLE)
    assert found == {credited: _CAPTION, caption: _CAPTION}
    # A paragraph beside a caption, not its copy, stays.
    assert _kept(page(_STORY[0], credited, *_STORY[1:])) == list(_STORY)


def test_a_teaser_cut_short_over_the_paragraph_it_repeats_is_dropped() -> None:
    teaser = "The council of Wexmoor voted on Tuesday to spend four million pounds rebuilding..."
    first = _DATELINE + _STORY[0]
    assert dropped(page(teaser, first, *_STORY[1:]), "") == {teaser: "truncated repeat"}
    # A quote trailing off, that the next paragraph does not repeat, is the story's.
    trailing = "“We will rebuild it, whatever the cost, whatever the weather...”"
    lines = (first, trailing, *_STORY[1:])
    assert _kept(page(*lines), "") == list(lines)


def test_the_slogan_and_steps_of_an_app_promo_go_with_its_prompts() -> None:
    box = (
        "Get the news faster.",
        "Tap to install our app.",
        "Install the Gazette News app",
        "in two easy steps:",
        "1. Tap in your navigation bar.",
        "2. Tap to Add to Home Screen.",
        "Share",
    )
    found = dropped(page(*_STORY, "Like", *box), _TITLE)
    assert set(box) - {"Share"} <= set(found)
    assert found["in two easy steps:"] == found["Get the news faster."] == _PROMO
    # A short story line under a prompt, with the story going on below it, stays.
    lines = (*_STORY[:2], "Follow us on Telegram for the latest updates", "Talks resume on Monday.")
    assert "Talks resume on Monday." in _kept(page(*lines, *_STORY[2:]))


def test_a_sentence_ending_on_its_pictures_source_is_a_caption_and_never_the_headline() -> None:
    caption = "Councillors vote to rebuild the Wexmoor ferry terminal on Tuesday. (Coast News pic)"
    result = clean(page(caption, *_STORY), "")
    assert dict((r.line, r.reason) for r in result.removed).get(caption) == _CAPTION
    assert "pic)" not in result.headline
    # After a sentence, "(Agency)" alone signs a wire story off: the story's last line stays.
    signed = "The works are due to start in May, the council said. (Coast News)"
    assert signed in story_lines(clean(page(*_STORY, signed), _TITLE))


# -- Round 5 walkthrough (issue 18): markup residue, a story cut off mid-word, a video label, a
# pitch for the site's journalism, an agency's embedded post.
_PICTURED = "Mayor Ann Roe at the flooded quay on Monday. (Source: X/ Twitter)"
_WRAPPED = f'<div class="paragraphs"><p>{_PICTURED}</p></div>'


def test_a_line_wholly_wrapped_in_block_markup_is_residue_and_never_the_lead() -> None:
    for raw in (page(_WRAPPED, *_STORY, _PICTURED), page(_STORY[0], _WRAPPED, *_STORY[1:])):
        assert dropped(raw, _TITLE)[_WRAPPED] == "HTML markup"
    result = clean(page(_WRAPPED, *_STORY), "")
    assert _WRAPPED in {removed.line for removed in result.removed}
    assert not result.text.startswith("<")


def test_a_paragraph_with_an_inline_tag_or_a_page_written_in_markup_is_kept() -> None:
    inline = "The council said the <b>new</b> terminal would open in May, a year late."
    lines = (_STORY[0], inline, *_STORY[1:])
    assert _kept(page(*lines)) == list(lines)
    marked = [f"<p>{line}</p>" for line in _STORY]
    assert _kept(page(*marked)) == marked
    bold = f"<strong>{_STORY[1]}</strong>"  # emphasis, not a template's block
    assert _kept(page(_STORY[0], bold, *_STORY[2:])) == [_STORY[0], bold, *_STORY[2:]]


def test_the_story_cut_off_mid_word_where_the_excerpt_ends_is_kept() -> None:
    cut = "On Saturday, Mayor Roe met the Harbour Board-led Quay Unit, a group of high-lev"
    assert _kept(page(*_STORY, cut)) == [*_STORY, cut]
    assert _kept(page(*_STORY, cut), "") == [*_STORY, cut]
    caption = "A view of the Wexmoor quay in the 1920s / Courtesy of the Harbour Museum Collection"
    assert dropped(page(*_STORY, caption), _TITLE) == {caption: _CAPTION}


def test_a_video_players_label_is_a_widget_and_a_like_subheading_stays() -> None:
    for label in ("Recommended Video", "Related Videos", "Must-Watch Video"):
        raw = page(_STORY[0], _STORY[1], label, *_STORY[2:])
        assert dropped(raw, _TITLE) == {label: "page widget"}
    heading = "Video evidence"
    lines = (_STORY[0], _STORY[1], heading, *_STORY[2:])
    assert _kept(page(*lines)) == list(lines)


def test_a_pitch_for_the_sites_journalism_at_the_foot_is_a_promo() -> None:
    pitch = "In an age of rumour and endless noise, trusted local reporting matters more than ever."
    assert dropped(page(*_STORY, pitch), _TITLE) == {pitch: _PROMO}
    said = "Trusted local reporting matters more than ever, the editor told the council."
    assert _kept(page(*_STORY, said)) == [*_STORY, said]
    above = (_STORY[0], pitch, *_STORY[1:])  # higher up, the story's own words
    assert _kept(page(*above)) == list(above)


def test_an_agencys_embedded_post_opening_on_its_label_is_an_embed() -> None:
    post = "#WATCH | Mayor Ann Roe leads the council's walk along the flooded quay in Wexmoor"
    assert dropped(page(*_STORY, post), _TITLE) == {post: "embedded post"}
    tagged = "Residents shared pictures under #WexmoorFloods as the water rose on Monday."
    assert _kept(page(*_STORY, tagged)) == [*_STORY, tagged]
