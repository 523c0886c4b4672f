"""A story's later turn retells its earlier one: the reports of a decision and those of its
outcome months later share most of their words, and the undated among them would carry the
two into one event. Groups whose dated reports are a month or more apart are two happenings."""

from __future__ import annotations

import datetime

from generator.briefing.discover import find_events
from tests.conftest import reported_item

DECISION = datetime.date(2031, 8, 23)  # a Saturday
RETURN = datetime.date(2032, 3, 16)  # a Tuesday, seven months on
CAMP = (
    "climbers Ines Vela and Tor Ruud, stranded at the Orsk glacier camp since June, "
    "the mountain rescue board, the camp's supply helicopter"
)
DECISION_REPORTS = [
    (
        "Board rules Orsk glacier climbers must wait for spring",
        f"The mountain rescue board decided on Saturday that {CAMP}, cannot fly them out "
        "before spring, and the two will winter at the camp.",
        DECISION,
    ),
    (
        "Stranded Orsk climbers to winter on the glacier",
        f"The two {CAMP} said on Saturday, will stay until the thaw: winds are too strong for "
        "the helicopter.",
        DECISION + datetime.timedelta(days=1),
    ),
    (
        "Orsk glacier climbers face a winter in camp",
        f"Winter at the camp it is for the {CAMP} having ruled out a flight until the thaw.",
        None,
    ),
]
RETURN_REPORTS = [
    (
        "Orsk glacier climbers home after seven months on the ice",
        f"The {CAMP} landed on Tuesday, flew the two home after seven months on the ice.",
        RETURN,
    ),
    (
        "Vela and Ruud back from the Orsk glacier",
        f"Home at last: the {CAMP} brought back the two after their winter on the ice.",
        None,
    ),
    (
        "Helicopter brings Orsk climbers home",
        f"A helicopter of the rescue board carried the {CAMP} home after the winter.",
        None,
    ),
]
# Other news, so that the story's own words are rare in the briefing, as in a mixed folder.
OTHER_NEWS = [
    (
        "Harbour fees rise in Varde",
        "Harbour fees in Varde rose on Monday.",
        datetime.date(2031, 5, 5),
    ),
    ("Choir festival opens", "The choir festival opened on Friday.", datetime.date(2031, 7, 4)),
    (
        "School budget approved",
        "The school budget was approved on Tuesday.",
        datetime.date(2031, 9, 9),
    ),
    ("Ferry route reopens", "The ferry route reopened on Sunday.", datetime.date(2032, 1, 11)),
]


def test_reports_of_a_decision_and_of_its_outcome_months_later_are_two_events() -> None:
    reports = DECISION_REPORTS + RETURN_REPORTS + OTHER_NEWS
    items = [reported_item(f"a{n}", *report) for n, report in enumerate(reports)]
    events = find_events(items).events
    decision = next(e for e in events if "a0" in e.articles)
    outcome = next(e for e in events if "a3" in e.articles)
    assert decision is not outcome
    assert {"a0", "a1"} <= set(decision.articles)
    assert "a3" not in decision.articles
