"""Tests for the cleaner's rules that read a line's neighbours and its place on the page.

Each fixture in fixtures/cleaning/ is a made-up page, one line `LABEL<TAB>text` per source line:
`story` for a line the cleaned text must keep, verbatim and in order; otherwise the reason the
cleaner must give when it drops the line (`headline` for the line taken as the headline). The
fixture's name says the behaviour it pins.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.analysis.clean import HEADLINE_FROM_LEAD, clean
from generator.models import RemovedLine
from tests.conftest import story_lines

FIXTURES = Path(__file__).parent / "fixtures" / "cleaning"
NAMES = sorted(path.stem for path in FIXTURES.glob("*.txt"))


def labelled(name: str) -> list[tuple[str, str]]:
    lines = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t", 1)) for line in lines if line]  # type: ignore[misc]


def raw_page(name: str) -> str:
    return "\n\n".join(text for _, text in labelled(name))


def test_there_are_fixtures() -> None:
    assert len(NAMES) >= 10


@pytest.mark.parametrize("name", NAMES)
def test_fixture_keeps_the_story_lines_and_drops_the_rest_with_their_reasons(name: str) -> None:
    result = clean(raw_page(name))
    pairs = labelled(name)
    assert story_lines(result) == [text for label, text in pairs if label == "story"]
    assert result.removed == tuple(
        RemovedLine(text, label) for label, text in pairs if label != "story"
    )


@pytest.mark.parametrize("name", NAMES)
def test_fixture_headline_is_its_headline_line_or_else_the_lead(name: str) -> None:
    result = clean(raw_page(name))
    headlines = [text for label, text in labelled(name) if label == "headline"]
    if headlines:
        assert (result.headline, result.flags) == (headlines[0], ())
    else:
        assert HEADLINE_FROM_LEAD in result.flags
        assert result.headline.rstrip("…") in result.text


@pytest.mark.parametrize("name", NAMES)
def test_fixture_cleaned_again_is_unchanged(name: str) -> None:
    once = clean(raw_page(name), "A title")
    assert clean(once.text, "A title").text == once.text


def test_headline_from_the_lead_is_its_first_sentence_cut_at_a_word() -> None:
    lead = (
        "WELLINGTON (Newswire) - The government announced on Monday a sweeping overhaul of the "
        "country's immigration rules for skilled workers and students. It will take effect in May."
    )
    result = clean(lead + "\n\nThe opposition called the plan rushed.")
    assert result.flags == (HEADLINE_FROM_LEAD,)
    assert result.headline == (
        "The government announced on Monday a sweeping overhaul of the country's immigration rules…"
    )
    assert len(result.headline) <= 91
    assert result.text.startswith(lead)  # the story keeps its first sentence


def test_no_headline_from_the_lead_when_the_title_is_given_or_the_text_is_empty() -> None:
    assert clean("A story sentence that goes on for a while here.", "Title").flags == ()
    assert clean("").headline == ""


def test_stamped_title_line_gives_the_headline_without_the_stamp() -> None:
    raw = "2025-05-06 Storm closes ferry routes\n\nAll ferry routes were closed on Tuesday as a storm hit."
    result = clean(raw)
    assert result.headline == "Storm closes ferry routes"
    assert result.removed == (RemovedLine("2025-05-06 Storm closes ferry routes", "headline"),)


def test_a_standfirst_without_its_full_stop_stays_in_the_story_when_the_page_has_no_title() -> None:
    standfirst = "The town has agreed a plan that will turn the old quarry into a lake for swimmers"
    lead = (
        "Councillors voted for it on Monday evening after a debate of three hours, the clerk said."
    )
    result = clean(f"{standfirst}\n\n{lead}\n\nWork begins in the spring.")
    assert result.headline == standfirst  # it still names the story
    assert result.removed == ()
    assert story_lines(result) == [standfirst, lead, "Work begins in the spring."]


def test_a_headline_written_as_a_sentence_is_dropped_when_the_page_title_repeats_it() -> None:
    headline = "The town has agreed a plan that will turn the old quarry into a lake for swimmers"
    lead = (
        "Councillors voted for it on Monday evening after a debate of three hours, the clerk said."
    )
    result = clean(f"{headline}\n\n{lead}\n\n{headline} | Valley Gazette")
    assert result.removed[0] == RemovedLine(headline, "headline")
    assert story_lines(result) == [lead]


def test_stamped_story_line_is_kept_word_for_word_and_its_stamp_recorded_as_removed() -> None:
    story = "All ferry routes were closed on Tuesday as a storm hit the coast, officials said."
    result = clean(f"date 2025-05-06 {story}\n\nThe ferries run again on Friday.", "Storm")
    assert story_lines(result) == [story, "The ferries run again on Friday."]
    assert result.removed == (RemovedLine("date 2025-05-06", "machine date stamp"),)


# -- Made-up pages for the rules that read a line's place (issue 18) -------------------------
_STORY = (
    "The council approved the new budget on Tuesday after a long debate in the chamber.",
    "Spending on roads rises by a tenth, and the library will open on Sundays from May.",
    "The mayor said the plan would be reviewed again in the autumn, once the figures are in.",
)


def _dropped(raw: str, title: str = "Council approves budget") -> dict[str, str]:
    """Each dropped line and its reason."""
    return {removed.line: removed.reason for removed in clean(raw, title).removed}


def _page(*lines: str) -> str:
    return "\n\n".join(lines)


def test_reader_comments_under_the_comment_heading_are_dropped() -> None:
    comment = "You can not be serious about this budget, it will ruin the town and its shops."
    raw = _page(*_STORY, "1 comment:", "Anonymous said...", comment, "Post a Comment")
    dropped = _dropped(raw)
    assert dropped["Anonymous said..."] == dropped[comment] == "reader comment"
    assert story_lines(clean(raw, "Council approves budget")) == list(_STORY)


def test_a_quote_introduced_in_the_story_is_not_a_reader_comment() -> None:
    quote = '"We will not raise taxes this year, whatever the critics may say," she added.'
    raw = _page(_STORY[0], "3 Comments", _STORY[1], "The mayor said:", quote, _STORY[2])
    assert quote in clean(raw, "Council approves budget").text


def test_a_comment_forms_prompts_between_its_fields_are_dropped() -> None:
    raw = _page(*_STORY, "Leave a Reply", "Want to join the discussion?", "Leave a Reply")
    assert _dropped(raw)["Want to join the discussion?"] == "comment form"


def test_wire_credit_and_its_photographer_beside_a_caption_are_dropped() -> None:
    caption = (
        "Firefighters battle a wildfire near Oroville, Calif., on Saturday, July 8, 2017. "
        "Evening winds drove the fire through several neighborhoods."
    )
    dropped = _dropped(_page(caption, "Noah Berger", "AP Photo", *_STORY))
    assert dropped == {
        caption: "photo caption",
        "Noah Berger": "photo caption",
        "AP Photo": "photo credit",
    }


def test_a_story_sentence_going_on_after_a_full_date_is_kept() -> None:
    line = "The suspects will reappear in court on Tuesday, August 31, 2020 while the police investigate."
    assert line in clean(_page(*_STORY, line), "Court").text


def test_an_agency_caption_ending_on_the_full_date_and_the_place_is_dropped() -> None:
    caption = "The mayor speaks at the opening of the library on June 3, 2019 in Leeds, England."
    assert _dropped(_page(_STORY[0], caption, *_STORY[1:]))[caption] == "photo caption"
    story = "The council said the library opened on June 3, 2019 in Leeds, and it was a success."
    assert story in clean(_page(_STORY[0], story, *_STORY[1:]), "Library").text


@pytest.mark.parametrize(
    "notice",
    [
        "JavaScript is disabled in your web browser or your browser is too old to support it. "
        "Today almost every web page needs JavaScript, a language that runs in the browser, and "
        "this page does not work without it, so please turn it on in your settings.",
        "Notifications can be managed in browser preferences.",
        "Allow notifications to get the day's top stories.",
    ],
)
def test_what_the_page_tells_the_readers_browser_is_dropped(notice: str) -> None:
    raw = _page(notice, *_STORY)
    assert _dropped(raw) == {notice: "page widget"}
    assert story_lines(clean(raw, "Council approves budget")) == list(_STORY)


def test_a_long_sentence_urging_the_reader_to_a_newsletter_is_a_prompt() -> None:
    prompt = "Keep up to date with all the big stories from across the county in the daily Riverside newsletter."
    assert _dropped(_page(prompt, *_STORY)) == {prompt: "newsletter prompt"}


def test_a_greeting_opening_the_first_paragraph_is_kept() -> None:
    raw = _page("Council approves budget", "Good afternoon,", *_STORY)
    assert story_lines(clean(raw, "Council approves budget")) == ["Good afternoon,", *_STORY]


def test_a_caption_closed_by_an_agencys_initials_and_a_photographer_is_dropped() -> None:
    caption = "The mayor and the minister during a meeting at the town hall (PA)"
    credited = f"{caption} Jane Doe/Daily Post"
    dropped = _dropped(_page(_STORY[0], caption, credited, *_STORY[1:]))
    assert dropped == {caption: "photo caption", credited: "photo caption"}


def test_a_name_with_its_initials_and_a_wire_dateline_are_not_captions() -> None:
    named = "A report by the World Health Organization (WHO)"
    dateline = "HANOI (VNA)"
    raw = _page(_STORY[0], named, _STORY[1], dateline, _STORY[2])
    assert named not in _dropped(raw) and dateline not in _dropped(raw)


def test_a_portrait_caption_of_a_name_and_an_office_is_dropped() -> None:
    caption = "NFF Technical Director and interim Super Eagles coach, Augustine Eguavoen"
    assert _dropped(_page(_STORY[0], caption, *_STORY[1:]))[caption] == "photo caption"


def test_a_headline_after_a_label_in_capitals_inside_the_story_is_a_link() -> None:
    link = "LIST: Ten laws the council passed this year"
    sentence = "ENERGY: Benchmark crude rose 2% on the news of the budget."
    raw = _page(_STORY[0], link, _STORY[1], sentence, _STORY[2])
    assert _dropped(raw) == {link: "related-article teaser"}


def test_a_row_of_tags_below_the_story_is_dropped_but_a_list_of_names_is_not() -> None:
    assert _dropped(_page(*_STORY, "US ، budget ، library"))["US ، budget ، library"] == "tags"
    names = "Jane Doe, Kim Lee, Ann Roe"
    assert names not in _dropped(_page(*_STORY, names, "Leave a Reply"))


def test_a_name_on_the_pages_last_line_is_no_sentence_cut_short() -> None:
    assert "Joe Newman" in _dropped(_page(*_STORY, "Joe Newman"))


def test_a_sentence_and_a_byline_ending_with_a_bar_are_read_without_it() -> None:
    raw = _page(_STORY[0] + " |", "Posted by:jdoe |")
    result = clean(raw, "Council approves budget")
    assert result.removed == (RemovedLine("Posted by:jdoe |", "byline"),)


def test_a_title_case_headline_with_a_comma_is_the_headline_not_a_list_of_names() -> None:
    headline = "Mayor Kim Criticizes Harbour Board, Emphasizes Strengthening Ties with Unions"
    page = f"{headline}\n\nJane Doe Views\n\nThe mayor said on Monday that the contractor had ignored warnings.\n"
    result = clean(page)
    assert result.headline == headline
    assert RemovedLine(headline, "headline") in result.removed
    # A list of names under the headline is still its authors' byline.
    names = clean(f"{headline}\n\nJane Doe, Kim Lee and Ann Roe\n\n{page.split(chr(10), 4)[4]}")
    assert RemovedLine("Jane Doe, Kim Lee and Ann Roe", "byline") in names.removed


def test_a_page_title_with_its_section_and_site_gives_the_headline_alone() -> None:
    headline = "Bridge closed for three weeks after engineers find cracks in cables"
    page = (
        f"{headline} | city | The Harbour Herald\n\nToday in Harbour City, Clear\n\n"
        f"{headline}\n\nThe bridge was closed on Monday after engineers found cracks.\n"
    )
    result = clean(page)
    assert result.headline == headline
    assert RemovedLine(headline, "repeated headline") in result.removed
    # A menu has short parts only: never a headline.
    menu = clean("Home | News | World | Business | Sport\n\nShort story here, said the mayor.\n")
    assert not menu.headline.startswith("Home")


def test_a_headline_opening_with_a_cjk_bracket_is_a_headline() -> None:
    headline = "《HARBOUR TIMES》 Bureau might close the bridge tomorrow"
    result = clean(f"{headline}\n\nThe weather bureau said on Sunday that winds would rise.\n")
    assert result.headline == headline


def test_a_glued_or_video_byline_is_dropped() -> None:
    page = (
        "Bridge closed after engineers find cracks\n\nByJane Doe\n\nVideo bySameera Obaid\n\n"
        "The bridge was closed on Monday after engineers found cracks.\n"
    )
    reasons = {removed.line: removed.reason for removed in clean(page).removed}
    assert reasons["ByJane Doe"] == reasons["Video bySameera Obaid"] == "byline"


def test_a_note_on_the_author_at_the_foot_of_the_story_is_a_byline() -> None:
    note = "Jane Doe is a senior reporter at the Daily Post covering transport and city hall."
    story = (
        "The bridge was closed on Monday after engineers found cracks in two of its cables.\n\n"
        "Jane Doe is a senior reporter at the Daily Post who first reported the cracks.\n\n"
        "Repairs will take three weeks, the council said.\n\n"
    )
    result = clean(
        f"Bridge closed after engineers find cracks\n\n{story}{note}\n\nEditor, the Daily Post\n"
    )
    assert RemovedLine(note, "byline") in result.removed
    assert RemovedLine("Editor, the Daily Post", "byline") in result.removed
    # Higher up, the same words are the story's; so is an obituary's last line.
    assert "who first reported the cracks" in result.text
    obituary = clean(story + "Smith was a reporter at the Herald for thirty years.\n")
    assert "Smith was a reporter at the Herald" in obituary.text


@pytest.mark.parametrize(
    "control",
    [
        "Unmute",
        "Exit full screen",
        "Was this article helpful?",
        "Report an error",
        "Table of contents",
        "This article is more than 2 years old",
        "Comments have been disabled for this article.",
        "Copied!",
    ],
)
def test_a_player_feedback_or_reading_button_between_paragraphs_is_a_page_widget(
    control: str,
) -> None:
    raw = _page(_STORY[0], control, *_STORY[1:])
    assert _dropped(raw) == {control: "page widget"}
    assert story_lines(clean(raw, "Council approves budget")) == list(_STORY)


@pytest.mark.parametrize(
    "control", ["Toggle caption", "Enlarge this image", "Next slide", "3 of 12", "Zoom in"]
)
def test_a_picture_viewer_button_goes_with_the_picture_as_its_credit_does(control: str) -> None:
    raw = _page(_STORY[0], control, *_STORY[1:])
    assert _dropped(raw) == {control: "photo credit"}
    # A caption right above it is the picture's, as above "Click to enlarge".
    caption = "Councillors queue to vote in the chamber of the old town hall"
    raw = _page(_STORY[0], caption, control, *_STORY[1:])
    assert _dropped(raw) == {caption: "photo caption", control: "photo credit"}


@pytest.mark.parametrize(
    "offer",
    [
        "Start your free trial",
        "Unlock unlimited stories for just $1 a week",
        "Got a news tip? Email our newsroom",
        "Your support helps us keep reporting on the council",
        "You've read 3 of 5 free articles this month",
        "Read our e-paper",
    ],
)
def test_a_line_asking_the_reader_for_money_a_subscription_or_a_tip_is_a_call_to_action(
    offer: str,
) -> None:
    raw = _page(_STORY[0], offer, *_STORY[1:])
    assert _dropped(raw) == {offer: "call to action"}


def test_a_story_sentence_about_an_offer_that_does_not_speak_to_the_reader_is_kept() -> None:
    line = "The museum now offers free access on Sundays and a free trial of its audio guide."
    raw = _page(_STORY[0], line, *_STORY[1:])
    assert story_lines(clean(raw, "Council approves budget")) == [_STORY[0], line, *_STORY[1:]]


def test_a_headline_under_the_share_bar_below_the_story_is_a_teaser_but_a_subheading_is_not() -> (
    None
):
    teaser = "Ferry fares to rise again in the spring"
    subheading = "What the budget means for roads"
    raw = _page(_STORY[0], "Share this article", subheading, *_STORY[1:], "Share", teaser)
    dropped = _dropped(raw)
    assert dropped[teaser] == "related-article teaser"
    assert story_lines(clean(raw, "Council approves budget")) == [
        _STORY[0],
        subheading,
        *_STORY[1:],
    ]


@pytest.mark.parametrize(
    "caption",
    [
        "Police officers stand guard outside the court in Lyon, France, June 5, 2024.",
        "An undated handout image of the missing hiker",
        "Aerial view of the flooded valley after the storm",
    ],
)
def test_a_caption_by_its_shape_between_paragraphs_is_dropped(caption: str) -> None:
    raw = _page(_STORY[0], caption, *_STORY[1:])
    assert _dropped(raw) == {caption: "photo caption"}


def test_a_story_sentence_opening_on_a_picture_with_a_verb_of_its_own_is_kept() -> None:
    line = "An image of the suspect was released by police on Monday evening."
    raw = _page(_STORY[0], line, *_STORY[1:])
    assert story_lines(clean(raw, "Council approves budget")) == [_STORY[0], line, *_STORY[1:]]


@pytest.mark.parametrize("credit", ["Crédito: Cortesía", "Foto: Jane Doe", "Cortesía"])
def test_a_picture_credit_in_another_language_is_a_photo_credit(credit: str) -> None:
    raw = _page(_STORY[0], credit, *_STORY[1:])
    assert _dropped(raw) == {credit: "photo credit"}


@pytest.mark.parametrize(
    "heading",
    ["Noticias relacionadas", "Baca juga", "관련기사", "Suggested reading"],
)
def test_a_related_heading_in_any_language_below_the_story_drops_its_teasers(heading: str) -> None:
    teasers = ["Ferry fares to rise again in the spring", "Zoo welcomes two red panda cubs"]
    raw = _page(*_STORY, heading, *teasers)
    assert _dropped(raw) == dict.fromkeys([heading, *teasers], "related-article teaser")


@pytest.mark.parametrize(
    "notice",
    [
        "The views expressed in this column are the author's own.",
        "Opinions expressed by contributors are their own.",
        "Disclosure: The writer holds shares in the bus company.",
        "Disclaimer: This page is for information only.",
    ],
)
def test_a_site_disclaimer_or_disclosure_is_dropped(notice: str) -> None:
    raw = _page(*_STORY, notice)
    assert _dropped(raw) == {notice: "disclaimer"}


def test_a_wire_sign_off_without_its_brackets_is_a_byline() -> None:
    raw = _page(*_STORY, "With inputs from agencies")
    assert _dropped(raw) == {"With inputs from agencies": "byline"}


def test_a_headline_over_its_own_date_below_the_story_is_a_card_but_an_entry_with_text_is_not() -> (
    None
):
    card = "Ferry fares to rise again in the spring"
    raw = _page(*_STORY, card, "2 hours ago")
    assert _dropped(raw)[card] == "related-article teaser"
    entry = "Councillors return to the chamber after the break"
    text = "The debate resumed at two o'clock, with the roads budget the first item on the agenda."
    raw = _page(*_STORY, entry, "2 hours ago", text)
    assert story_lines(clean(raw, "Council approves budget")) == [*_STORY, entry, text]


def test_a_long_caption_above_the_story_with_its_agency_after_it_is_dropped() -> None:
    caption = (
        "The president and his wife arrive at the air base as they leave for the capital, in "
        "the city of Seongnam, in the south of the country. (Reuters)"
    )
    story = (
        "The president arrived in the capital on Sunday, eager to boost economic ties with the "
        "country's largest trading partner, officials said."
    )
    assert _dropped(_page(caption, story, "The visit lasts four days.")) == {
        caption: "photo caption"
    }
