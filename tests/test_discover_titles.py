"""A discovered event's title and id: whole phrases an editor can paste as they are."""

from __future__ import annotations

import datetime

from generator.briefing.discover import term_counts
from generator.briefing.discover.headlines import short_headline
from generator.briefing.group import _id_words, group_by_event
from generator.briefing.when import described_day
from generator.models import BriefingConfig
from tests.conftest import article

LONG = (
    "Harbour board and island council welcome the first ferry and its crew to Lantern Island "
    "in a morning of flags and brass bands"
)


def test_a_long_headline_is_cut_before_a_phrase_never_mid_phrase_or_with_an_ellipsis() -> None:
    title = short_headline(LONG)
    assert title == (
        "Harbour board and island council welcome the first ferry and its crew to Lantern Island"
    )
    assert "…" not in title and LONG.startswith(title)


def test_a_long_headline_with_no_phrase_boundary_stays_whole() -> None:
    unbroken = " ".join(["Lanternisland"] * 12)
    assert short_headline(unbroken) == unbroken


def discovered_id(title: str) -> str:
    lead = "The harbour board said on Monday that the new ferry would enter service in June."
    day = datetime.date(2031, 6, 2)
    story = article(
        title=title,
        lead=lead,
        text=lead,
        when=described_day(title, lead, lead, day),
        terms=term_counts(title, lead, lead),
        event=None,
        event_reason="",
    )
    (group,), _ = group_by_event([story], BriefingConfig("Harbour"))
    return group.id


def test_a_discovered_events_id_does_not_end_on_a_function_word() -> None:
    assert discovered_id("Mayor to welcome ferry crew for Lantern Island festival") == (
        "mayor-to-welcome-ferry-crew"
    )


def test_a_discovered_events_id_ends_before_a_phrase_its_six_words_would_cut() -> None:
    assert discovered_id("New ferry grows into a Category B vessel as the board adds cabins") == (
        "new-ferry-grows"
    )
    assert discovered_id("Harbour board names the new ferry after a local poet") == (
        "harbour-board-names-the-new-ferry"
    )


def test_a_long_title_is_never_cut_inside_a_quotation() -> None:
    title = (
        "Mayor Jane Doe gives her first speech outside the town hall: ‘Help me rebuild the "
        "harbour for all of us’ as the crowd cheers"
    )
    shown = short_headline(title)
    assert shown == "Mayor Jane Doe gives her first speech outside the town hall"


def test_a_sections_name_before_a_bar_is_not_part_of_the_events_title() -> None:
    title = short_headline("World News | Mayor Opens the Harbour Bridge to Traffic at Dawn")
    assert title == "Mayor Opens the Harbour Bridge to Traffic at Dawn"
    # A colon after a short opening is the headline's own.
    assert short_headline("Mayor to council: the bridge opens at dawn") == (
        "Mayor to council: the bridge opens at dawn"
    )


def test_a_long_headline_is_not_cut_inside_a_list_of_names() -> None:
    # Cut at the list's first comma, the guests would read as the mayor's only companion.
    title = short_headline(
        "Harbour festival crowds cheer a relaxed mayor with Ada Lind, Bo Rask and Cy Moen "
        "among the guests of honour on the pier"
    )
    assert title == "Harbour festival crowds cheer a relaxed mayor"


def test_a_long_title_is_never_cut_inside_a_straight_quoted_word() -> None:
    title = short_headline(
        "Mayor says 'no delay' for the harbour's new bridge as council voices 'regret over its "
        "cost and its delays to the ferry'"
    )
    assert title == "Mayor says 'no delay' for the harbour's new bridge"


def test_a_place_or_section_named_before_a_colon_is_not_part_of_the_events_title() -> None:
    assert short_headline("Kenya: Mayor Opens the Harbour Bridge to Traffic at Dawn") == (
        "Mayor Opens the Harbour Bridge to Traffic at Dawn"
    )
    assert short_headline("South Africa: Mayor opens the harbour bridge at dawn") == (
        "Mayor opens the harbour bridge at dawn"
    )
    # A person before the colon is speaking; a pronoun after it opens the quotation.
    assert short_headline("Mayor: the harbour bridge opens at dawn") == (
        "Mayor: the harbour bridge opens at dawn"
    )
    assert short_headline("Kenya: We will open the harbour bridge at dawn") == (
        "Kenya: We will open the harbour bridge at dawn"
    )


def test_a_discovered_events_id_skips_the_name_every_event_title_shares() -> None:
    lead = "The harbour board said on Monday that the new ferry would enter service in June."
    titles = [
        "Queen Ada III to open Lantern Island ferry route next month",
        "Queen Ada III names the new ferry after a local poet",
        "Queen Ada rides the first ferry to Lantern Island",
        "Queen Ada leaves the island by seaplane",
    ]
    stories = []
    for n, title in enumerate(titles):
        day = datetime.date(2031, 6, 2 + 7 * n)
        stories.append(
            article(
                id=f"ferry-{n}",
                file=f"articles/ferry-{n}.md",
                title=title,
                lead=lead,
                text=lead,
                published=day,
                when=described_day(title, lead, lead, day),
                terms=term_counts(title, f"{lead} {n}", lead),
                event=None,
                event_reason="",
            )
        )
    groups, _ = group_by_event(stories, BriefingConfig("Harbour"))
    ids = {group.title: group.id for group in groups}
    assert ids[titles[0]] == "open-lantern-island-ferry-route"
    # An opening that tells the event from the others keeps its name.
    assert ids[titles[1]] == "queen-ada-iii-names"
    assert ids[titles[2]] == "queen-ada-rides-the-first-ferry"


def test_a_discovered_events_id_keeps_six_words_that_end_where_a_phrase_does() -> None:
    # "... travel to Ashmere | for the regatta": six words that cut no phrase stay whole.
    assert discovered_id("Mayor and crew travel to Ashmere for the regatta") == (
        "mayor-and-crew-travel-to-ashmere"
    )


def test_a_discovered_events_id_takes_the_one_word_that_ends_its_phrase() -> None:
    # "state | banquet": one word on ends the phrase; an "and" between two names opens none.
    assert discovered_id("Queen Ada and Prince Tam's state banquet in the old mill") == (
        "queen-ada-and-prince-tams-state-banquet"
    )


def test_an_id_is_not_cut_to_the_shared_name_and_a_verb() -> None:
    # Cut before "as", the id would be "queen-ada-waves": the name every event shares and a
    # verb. One word on ends the phrase instead.
    shared = frozenset({"queen", "ada"})
    assert _id_words("Queen Ada waves as she boards seaplane with crew", shared) == (
        "Queen Ada waves as she boards seaplane"
    )
    assert _id_words("Judge Ada sentences Tam to an unconditional discharge", shared) == (
        "Judge Ada sentences Tam"
    )


def test_an_id_keeps_what_happens_after_a_subject_of_names_and_to() -> None:
    # Cut before "to", the id would name only who: "harbour-master-ada-quill".
    assert _id_words("Harbour Master Ada Quill to step down at end of season") == (
        "Harbour Master Ada Quill to step down"
    )
    # A lowercase subject has its verb before the "to": the cut stays where the phrase opens.
    assert _id_words("Judge Ada sentences Tam to an unconditional discharge") == (
        "Judge Ada sentences Tam"
    )
