"""A page's controls left as text go (a player's countdown, a loader, a sign-in box, a blog's
comment buttons, an audio clip's shortcode, the site's cookie line); the story's lines of near
shape stay, and a listicle's ranked entries are the story's list, not captions."""

import pytest

from generator.analysis.clean import clean
from tests.conftest import TIMETABLE_STORY

STORY = TIMETABLE_STORY


def _cleaned(*inserted: str) -> tuple[str, list[str]]:
    lines = [STORY[0], STORY[1], STORY[2], *inserted, STORY[3], STORY[4]]
    result = clean("\n".join(lines))
    return result.text, [removed.line for removed in result.removed]


def test_video_player_countdown_and_empty_playlist_are_removed() -> None:
    for control in ("Autoplay in... 8 (Cancel)", "Up Next No more videos! Playlist is empty"):
        text, removed = _cleaned(control)  # alone, with no neighbour to read it by
        assert control in removed
        assert STORY[3] in text


def test_sign_in_box_fields_are_removed() -> None:
    _, removed = _cleaned("Forgotten password?", "Remember me")
    assert {"Forgotten password?", "Remember me"} <= set(removed)


def test_blog_comment_buttons_are_removed() -> None:
    _, removed = _cleaned("ReplyDelete")
    assert "ReplyDelete" in removed


def test_audio_clip_shortcode_is_removed_but_the_story_sentence_about_it_stays() -> None:
    clip = "[audio:mayor-vote.mp3]The Mayor On The Ferry Vote[/audio]"
    sentence = "The mayor recorded a message about the vote, which the council posted online."
    text, removed = _cleaned(clip, sentence)
    assert clip in removed
    assert sentence in text


def test_listicle_ranked_entries_beside_their_pictures_stay() -> None:
    page = [
        "Three skippers who won a final on their birthday",
        "Only a handful of captains have lifted a trophy on the day they were born, and here "
        "is a list of the three we found in the record books.",
        "#1 Jane Doe",
        "Jane Doe",
        "Jane Doe",
        "Jane Doe led the Wexmoor Rovers to the cup in 1998, scoring twice in a final that "
        "went to extra time on her thirtieth birthday.",
        "#2 Mary Major",
        "Mary Major",
        "Mary Major",
        "Mary Major captained the county side to the league title in 2004 and retired two "
        "seasons later after a knee injury.",
    ]
    text = clean("\n".join(page)).text
    assert "#1 Jane Doe" in text
    assert "#2 Mary Major" in text


# A control of the page between the story's paragraphs, and a story line of near shape that stays.
REMOVED_BUT_A_STORY_LINE_STAYS = {
    "loader placeholder": ("Loading article content", "Loading docks reopen"),
    "site saying it uses cookies": (
        "This website is using cookies.",
        "The regulator said the retailer's website used cookies without asking its customers.",
    ),
    "post meta bar ending on a comment link": (
        "Staff Writer Local News, Politics Leave a Comment",
        "Residents were invited to leave a comment on the plan at the library.",
    ),
    "comment moderation note": (
        "Please be patient! Comments will appear once they have been moderated by an editor, "
        "which keeps spam and abuse off the page for everyone who reads it.",
        "The forum said its volunteers moderated about two hundred comments a day last year.",
    ),
    "sign-in box greeting": (
        "Access your account, renew a permit & check the progress of your application.",
        "Customers could not access their accounts for six hours, the ferry operator said.",
    ),
}


@pytest.mark.parametrize("kind", sorted(REMOVED_BUT_A_STORY_LINE_STAYS))
def test_a_page_control_is_removed_and_a_story_line_of_its_shape_stays(kind: str) -> None:
    control, story_line = REMOVED_BUT_A_STORY_LINE_STAYS[kind]
    _, removed = _cleaned(control)
    assert control in removed
    text, _ = _cleaned(story_line)
    assert story_line in text
