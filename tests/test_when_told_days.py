"""The day an article reports, where its words tell a day gone from one to come: a verb in the
past before a weekday ("the council announced Monday") reports that day whatever future the
sentence speaks of, as does a weekday in a clause saying what the news followed; a sentence
opening with its date takes the tense of the clause after the comma ("On May 6, she will ...");
and a date between an owner and a noun ("the port's March 2 closing") names a thing, not the
day of the news."""

from __future__ import annotations

import datetime

from generator.briefing.when import described_day

THURSDAY = datetime.date(2031, 3, 20)


def test_a_weekday_after_a_verb_in_the_past_is_no_preview() -> None:
    when = described_day(
        "Harbour council agrees to sell the ferry line",
        "The ferry line is to be sold to Brackwater Shipping in a deal worth $40 million, "
        "the harbour council announced Monday afternoon.",
        "",
        None,
    )
    assert not when.preview
    assert when.weekday == 0


def test_a_weekday_after_a_verb_in_the_past_is_counted_back() -> None:
    when = described_day(
        "Harbour council agrees to sell the ferry line",
        "The ferry line will be sold to Brackwater Shipping, the harbour council said on Monday.",
        "",
        THURSDAY,
    )
    assert when.day == datetime.date(2031, 3, 17)
    assert not when.preview


def test_a_passive_still_to_come_stays_ahead() -> None:
    when = described_day(
        "Ferry line buyer to be named",
        "The buyer of the ferry line will be announced Monday, the harbour council said.",
        "",
        None,
    )
    assert when.preview


def test_a_weekday_in_a_following_clause_is_no_preview() -> None:
    when = described_day(
        "Brackwater takes over the ferry line",
        "Brackwater will take over the ailing ferry line following crisis talks Sunday aimed "
        "at keeping the island's boats running.",
        "",
        None,
    )
    assert not when.preview


def test_a_sentence_opening_with_its_date_takes_the_tense_after_the_comma() -> None:
    lead = "The harbour board has brought back its former chair to steer the ferry sale."
    when = described_day(
        "Harbour board brings back its old chair",
        lead,
        f"{lead}\n\nHer return was welcomed by the crews.\n\nOn May 6, she will take charge "
        "once more and lead the talks with the buyers.",
        None,
    )
    assert when.day is None


def test_a_date_naming_a_thing_is_not_the_day_reported() -> None:
    when = described_day(
        "Brackwater bids for the ferry line",
        "Brackwater's offer, disclosed in a filing, is a 30% premium to the line's March 17 "
        "closing price, the last day before its stake was made public.",
        "",
        THURSDAY,
    )
    assert when.day == THURSDAY
    assert when.basis.startswith("published")


WEDNESDAY = datetime.date(2031, 3, 19)


def test_an_opening_date_before_a_told_will_is_the_day_it_was_told() -> None:
    when = described_day(
        "Ferry company to cut crews",
        "On Monday, the firm said it will cut 500 crew jobs.",
        "",
        WEDNESDAY,
    )
    assert when.day == datetime.date(2031, 3, 17)
    assert not when.preview


def test_a_passive_still_to_come_with_words_between_stays_ahead() -> None:
    for lead in (
        "The harbour bill will be formally signed on Monday, the governor's office said.",
        "The new pier will be re-opened on Monday.",
    ):
        when = described_day("Harbour news", lead, "", WEDNESDAY)
        assert when.preview, lead
        assert when.ahead == datetime.date(2031, 3, 24), lead


def test_a_word_in_eed_or_hundred_is_no_verb_in_the_past() -> None:
    for lead in (
        "The islanders will get the ferry they need on Monday.",
        "The harbour will add berths for a hundred on Monday.",
    ):
        when = described_day("Harbour works", lead, "", WEDNESDAY)
        assert when.preview, lead


def test_a_date_after_a_past_verb_that_the_future_follows_is_ahead() -> None:
    when = described_day(
        "Ferry line closing",
        "The ferry board announced Friday will be the line's last sailing day.",
        "",
        WEDNESDAY,
    )
    assert when.preview


def test_a_dated_happening_named_as_a_thing_still_dates_the_article() -> None:
    for lead, day in (
        ("Varde mayor Ilse Brand won the March 16 election, the count showed.", 16),
        ("The harbour board's Tuesday decision lifted ferry fees.", 18),
    ):
        when = described_day("Harbour news", lead, "", WEDNESDAY)
        assert when.day == datetime.date(2031, 3, day), lead


def test_a_day_told_of_after_the_speakers_past_verb_is_no_preview() -> None:
    # The quoted "will" looks ahead; the day is that of the message, after the return.
    lead = (
        "The ferry line will take a seat on the harbour council, its chief Morrow said in her "
        "first message after taking back the helm on Wednesday."
    )
    when = described_day("Ferry line to take council seat", lead, lead, THURSDAY)
    assert not when.preview and when.ahead is None
