"""What a discovered event's summary leaves out: a dateline, a sentence about comments it does
not show, a standfirst's description of someone, and a second wording of one report."""

from __future__ import annotations

import datetime

from generator.briefing.discover.events import summarised
from generator.briefing.discover.sentences import _describes, _recalls
from tests.conftest import reported_item

MONDAY = datetime.date(2031, 6, 2)


def summary(reports: dict[str, tuple[str, str]]) -> list[str]:
    """The summary of the articles (id: (headline, lead)) as one event."""
    items = [reported_item(i, title, lead, MONDAY) for i, (title, lead) in reports.items()]
    return [sentence.text for sentence in summarised(items)]


OPENED = "The harbour board opened the new Kellerby ferry terminal on Monday with a brass band."
FARES = (
    "Ferry fares from the new Kellerby terminal will rise by a tenth in the winter, the board said."
)
QUAY = "Hundreds of islanders crowded the quay at Varde to watch the first sailing leave at noon."


def test_a_summary_sentence_is_shown_without_the_dateline_it_was_filed_under() -> None:
    texts = summary(
        {
            "a": ("Kellerby ferry terminal opens", f"KELLERBY – {OPENED}"),
            "b": ("New Kellerby ferry terminal opens", f"VARDE, Norland—{QUAY}"),
        }
    )
    assert sorted(texts) == sorted([OPENED, QUAY])


def test_a_summary_leaves_out_comments_it_does_not_show_when_others_say_what_happened() -> None:
    comments = "The mayor’s comments come as the harbour board weighs new ferry fares for Kellerby."
    texts = summary(
        {
            "a": ("Kellerby ferry terminal opens", OPENED),
            "b": ("New Kellerby ferry terminal opens to crowds", FARES),
            "c": ("Mayor hails Kellerby ferry terminal", comments),
        }
    )
    assert comments not in texts and OPENED in texts


def test_a_summary_leaves_out_a_standfirst_describing_someone() -> None:
    described = (
        "The late harbourmaster Tobias Wren was one of those who built the Kellerby ferry service."
    )
    laid = "Mayor Ines Holm laid a wreath at the Kellerby ferry memorial to Tobias Wren on Monday."
    texts = summary(
        {
            "a": ("Mayor honours Kellerby harbourmaster", f"{described} {laid}"),
            "b": ("Kellerby ferry memorial visited by mayor", OPENED),
            "c": ("Kellerby remembers its harbourmaster", FARES),
        }
    )
    assert described not in texts and laid in texts


def test_a_summary_takes_one_wording_of_a_report_two_outlets_cite_from_one_source() -> None:
    one = (
        "Mayor Ines Holm will travel to Varde on June 10 to meet harbour leaders and discuss "
        "ways to keep the ferry running, the harbour board said Monday."
    )
    other = (
        "Holm will depart next month for Varde to meet top officials, the harbour board "
        "announced Monday amid a dispute over winter fares."
    )
    third = "Islanders have petitioned for a second daily sailing since the old pier closed."
    texts = summary(
        {
            "a": ("Mayor to visit Varde over ferry", one),
            "b": ("Mayor to travel to Varde next month", other),
            "c": ("Islanders want more Varde ferries", third),
        }
    )
    assert len({one, other} & set(texts)) == 1 and third in texts


def test_a_summary_leaves_out_a_standfirsts_count_of_what_there_is() -> None:
    counted = "There are 40 new berths, consisting of 30 for ferries and 10 for boats."
    texts = summary(
        {
            "a": ("Kellerby ferry terminal opens", f"{counted} {OPENED}"),
            "b": ("New Kellerby ferry terminal opens to crowds", QUAY),
        }
    )
    assert counted not in texts and OPENED in texts


def test_a_summary_leaves_out_a_standfirsts_recap_of_last_week() -> None:
    recap = "The old Kellerby terminal closed last week, stranding islanders on the quay at Varde."
    texts = summary(
        {
            "a": ("Kellerby ferry terminal opens", f"{recap} {OPENED}"),
            "b": ("New Kellerby ferry terminal opens to crowds", QUAY),
        }
    )
    assert recap not in texts and OPENED in texts


def test_last_week_in_a_clause_about_someone_leaves_the_sentence_fit_to_summarise() -> None:
    opened = (
        "The harbour board, which was renamed last week, opened the new Kellerby ferry terminal "
        "on Monday with a brass band."
    )
    texts = summary(
        {
            "a": ("Kellerby ferry terminal opens", opened),
            "b": ("New Kellerby ferry terminal opens to crowds", QUAY),
        }
    )
    assert opened in texts


def test_a_comparison_with_last_year_or_a_sentence_naming_its_day_is_no_recap() -> None:
    compared = "The ferry company said Thursday its bookings rose 8% from last year."
    dated = "The harbour board cut its fees on Wednesday after raising them last month."
    assert not _recalls(compared) and not _recalls(dated)
    assert _recalls("The old pier closed last week, stranding islanders on the quay.")


def test_there_were_what_happened_is_no_description_only_a_count_is() -> None:
    assert not _describes("There were explosions at the port as the fire reached the depot.")
    assert _describes("There are more than 200 berths on the quay at Varde, in four rows.")


def test_a_count_in_the_past_is_what_happened() -> None:
    assert not _describes("There were two blasts at the port as the fire reached the depot.")


def test_the_verbs_may_and_march_name_no_day() -> None:
    assert _recalls("The old pier closed last week, and the council may now sell the land.")
    assert _recalls("The old pier closed last week, and hundreds will march to the council.")
    assert not _recalls("The old pier closed last week and reopened on March 2.")


def test_a_summary_leaves_out_no_comment_lines_and_a_standfirst_about_the_article() -> None:
    no_comment = "The ferry line, one of the board's main tenants, was not immediately available for comment."
    standfirst = "The mayor also explains why the old pier keeps its name in the new harbour plan."
    texts = summary(
        {
            "a": ("Kellerby ferry terminal opens", OPENED),
            "b": ("New Kellerby ferry terminal opens", no_comment),
            "c": ("Varde gets its new terminal", standfirst),
        }
    )
    assert texts == [OPENED]


def test_a_sentence_naming_the_happening_by_its_noun_alone_leans_on_an_earlier_one() -> None:
    ouster = "The ouster elicited a letter from about 600 harbour workers demanding a new board."
    texts = summary(
        {
            "a": (
                "Harbour board names interim chief",
                "The harbour board named Ada Morrow interim chief on Monday.",
            ),
            "b": ("Morrow to lead harbour board", ouster),
        }
    )
    assert ouster not in texts


def test_a_summary_leaves_out_a_plan_named_only_by_its_noun() -> None:
    unveiled = (
        "Morland's government unveiled a 12 billion crown programme on Monday to rebuild the "
        "villages the Varde earthquake destroyed."
    )
    the_plan = (
        "The plan, according to officials, will span the next five years and cover 50,000 homes."
    )
    hired = (
        "Builders from across Morland will be hired for the reconstruction of the mountain "
        "villages, the housing minister said."
    )
    texts = summary(
        {
            "a": ("Morland to spend 12 billion on quake rebuilding", unveiled),
            "b": ("Five-year plan to rebuild Varde villages", the_plan),
            "c": ("Builders to be hired for Varde reconstruction", hired),
        }
    )
    assert the_plan not in texts and unveiled in texts
