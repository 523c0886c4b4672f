"""Leads of the shapes a new user's briefings showed: a time's "p.m." inside a sentence, a
standfirst with no final stop, a dateline's credit and a summary box's label before the story,
and the summary sentences an event takes from leads."""

from __future__ import annotations

import datetime

import pytest

from generator.analysis.lines import Doc, split_lines
from generator.analysis.story import headline_from_lead
from generator.analysis.summary import dek_like, is_cut, lead, quick_sentences, sentences
from generator.briefing.discover import Item, find_events, term_counts
from generator.briefing.discover.events import summarised
from generator.briefing.when import described_day

MONDAY = datetime.date(2026, 3, 2)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            "The ferry docked at 6:10 p.m. GMT, an hour late. Crews cheered.",
            ["The ferry docked at 6:10 p.m. GMT, an hour late.", "Crews cheered."],
            id="time-zone",
        ),
        pytest.param(
            "The ferry docked at 6:10 p.m. (1810 GMT) beside the pier. Crews cheered.",
            ["The ferry docked at 6:10 p.m. (1810 GMT) beside the pier.", "Crews cheered."],
            id="bracket",
        ),
        pytest.param(
            "The ferry sails at 7 a.m. Pacific time on Fridays. Tickets are free.",
            ["The ferry sails at 7 a.m. Pacific time on Fridays.", "Tickets are free."],
            id="zone-spelled-out",
        ),
        pytest.param(
            "The ferry docked at 6:10 p.m. It carried forty people.",
            ["The ferry docked at 6:10 p.m.", "It carried forty people."],
            id="time-ends-a-sentence",
        ),
    ],
)
def test_a_time_ends_a_sentence_only_when_no_zone_or_number_goes_on(
    paragraph: str, expected: list[str]
) -> None:
    assert sentences(paragraph) == expected
    assert quick_sentences(paragraph) == expected
    assert quick_sentences(lead(paragraph)) == expected


def test_a_standfirst_with_no_final_stop_never_runs_into_the_story() -> None:
    text = (
        "The island's ferry service marks its hundredth season this spring\n\n"
        "Harbour officials said the ferry will run twice a day from Monday. Fares stay the same."
    )
    assert lead(text) == (
        "Harbour officials said the ferry will run twice a day from Monday. Fares stay the same."
    )


def test_a_line_with_no_final_stop_is_left_out_of_the_lead() -> None:
    text = (
        "The ferry returned on Monday.\n\nPhoto: Harbour office\n\nFares stay the same this year."
    )
    assert lead(text) == "The ferry returned on Monday. Fares stay the same this year."


def test_a_text_with_no_final_stop_anywhere_keeps_its_first_line_for_lead() -> None:
    text = "The ferry returned on Monday\n\nFares stay the same this year"
    assert lead(text) == "The ferry returned on Monday"


@pytest.mark.parametrize(
    "opening",
    [
        "HARBOUR TOWN, N.S. (CBS, WXYZ/KXYZ) - ",
        "OSLO (AFP) - ",
        "(Reuters) – ",
        "The Brief ",
        "Key Points: ",
    ],
)
def test_a_lead_starts_after_a_credited_dateline_or_a_summary_box_label(opening: str) -> None:
    story = "The island ferry returned to service on Monday after a week of storms."
    text = f"{opening}{story} Crews cheered.\n\nMore followed."
    assert lead(text) == f"{story} Crews cheered. More followed."


def test_a_place_alone_stays_in_the_lead() -> None:
    text = "OSLO — The island ferry returned to service on Monday. Crews cheered."
    assert lead(text) == text


def test_a_headline_made_from_the_lead_leaves_out_a_credited_dateline() -> None:
    lines = split_lines(
        "HARBOUR TOWN, N.S. (CBS, WXYZ/KXYZ) - The island ferry returned to service on Monday "
        "after a week of storms kept it in port."
    )
    doc = Doc(lines=lines, title="")
    headline_from_lead(doc)
    assert doc.headline.startswith("The island ferry returned")


def test_a_sentence_opening_in_lower_case_is_a_cut() -> None:
    assert is_cut("centre-right parties were set to lose ground in the harbour towns.")
    assert is_cut("\u201cand then the ferry sailed,\u201d she said of the trip.")
    assert not is_cut("eBay sold the old ferry's bell to a collector on Monday.")
    assert not is_cut("The ferry sailed on Monday.")


def test_a_standfirst_line_is_dek_like() -> None:
    assert dek_like("Island Ferry Makes History on Its Hundredth Crossing to the Mainland.")
    assert dek_like("The ferry service marks its hundredth season this spring")
    assert not dek_like("Mayor Ana Ruiz met Captain Tomas Berg at the pier on Monday.")


def _item(article_id: str, lead_text: str) -> Item:
    title = "Island ferry returns to service after storms"
    when = described_day(title, lead_text, lead_text, MONDAY)
    return Item(
        article_id, title, lead_text, term_counts(title, lead_text, lead_text), MONDAY, when
    )


def test_an_event_summary_leaves_out_a_cut_and_puts_a_standfirst_last() -> None:
    items = [
        _item(
            "cut",
            "centre-left councillors said the island ferry would return to service on Monday "
            "after storms.",
        ),
        _item(
            "dek",
            "Island Ferry Returns to Service After a Week of Storms Kept It in Port. "
            "The island ferry sailed again on Monday after a week of storms, the harbour said.",
        ),
    ]
    found = [line.text for line in summarised(items)]
    assert found == [
        "The island ferry sailed again on Monday after a week of storms, the harbour said."
    ]
    (event,) = find_events(items).events
    assert all(not line.text[:1].islower() for line in event.summary)
    assert event.summary[0].text.startswith("The island ferry sailed")


def test_a_lead_opening_on_a_pronoun_takes_the_line_above_that_names_whom_it_means() -> None:
    text = (
        "The ferry's new crew arrived in Wexmoor on Monday, June 3\n\n"
        "They were met by the harbour master. The crossing starts on Friday."
    )
    # Word for word: the line keeps its missing stop rather than gaining one.
    assert lead(text) == (
        "The ferry's new crew arrived in Wexmoor on Monday, June 3 They were met by the "
        "harbour master. The crossing starts on Friday."
    )


def test_a_standfirst_in_capitals_is_not_taken_for_a_pronouns_subject() -> None:
    text = "Ferry Crew Arrives in Wexmoor for the Summer\n\nThey were met by the harbour master."
    assert lead(text) == "They were met by the harbour master."


def test_a_site_pointing_to_its_player_is_not_part_of_the_lead() -> None:
    glued = (
        "The storm came ashore south of the bay on Wednesday night. Watch live coverage in the "
        "video player above. Crews began clearing roads at dawn."
    )
    assert lead(glued) == "The storm came ashore south of the bay on Wednesday night."
    opening = "Watch the full video above. The storm came ashore south of the bay on Wednesday."
    assert lead(opening) == "The storm came ashore south of the bay on Wednesday."


@pytest.mark.parametrize(
    "text",
    [
        "For more than 80 years, the fishing club refused to join the county league. On "
        "Tuesday its members voted to change that.",
        "Watch what the council does next, residents say. The vote is due in May.",
    ],
)
def test_story_sentences_opening_like_a_site_prompt_stay_in_the_lead(text: str) -> None:
    assert lead(text) == text
