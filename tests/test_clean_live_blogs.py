"""A live blog stamps each entry with who wrote it and how long ago, as a comment thread with no
heading stamps each comment ("Jane Doe 2 hours ago"): its entries are the story and stay. A
byline's "By", a wire, a place, names alone, or lines that report tell the blog from a thread.

Every line here is made up; none comes from the development sets.
"""

from __future__ import annotations

from generator.analysis.clean import clean
from tests.conftest import COUNCIL_STORY, COUNCIL_TITLE, page, story_lines

_LEAD = COUNCIL_STORY[0]
_ENTRIES = (
    "Ferry crews began moving the last boats out of the flooded terminal before dawn, the "
    "harbour master said, as the tide rose again over the breakwater.",
    "The coastal road will stay closed until at least Friday, according to a statement from "
    "the county highways office issued after an inspection of the sea wall.",
    "Pumps brought in from three neighbouring towns have lowered the water in the ticket hall "
    "by half a metre since the morning, engineers told the council.",
    "Shops along the quay have begun to reopen, though several owners said they had lost most "
    "of their stock to the salt water and did not expect insurers to pay.",
    "The council will meet again on Thursday evening to decide whether the terminal can be "
    "repaired or must be rebuilt, the mayor's office announced.",
)


def _kept(*lines: str) -> list[str]:
    return story_lines(clean(page(*lines), COUNCIL_TITLE))


def test_a_live_blogs_bylined_wire_and_place_stamps_keep_their_entries() -> None:
    lines = [
        _LEAD,
        "By Jane Doe 3 hours ago",
        _ENTRIES[0],
        _ENTRIES[1],
        "Reuters 2 hours ago",
        _ENTRIES[2],
        "Wexmoor 1 hour ago",
        _ENTRIES[3],
        _ENTRIES[4],
    ]
    kept = _kept(*lines)
    assert [entry for entry in _ENTRIES if entry in kept] == list(_ENTRIES)


def test_entries_under_names_alone_are_kept() -> None:
    # Two authors stamped as a byline writes them: a live blog's, or a thread's; when in doubt, kept.
    plain = [
        "The first ferry left the repaired berth at nine with forty passengers on board.",
        "A second crossing has been added for the afternoon to clear the backlog.",
        "Queues at the ticket office have eased and the car park is now half empty.",
    ]
    lines = [_LEAD, "Jane Doe 3 hours ago", plain[0], "John Roe 2 hours ago", plain[1], plain[2]]
    kept = _kept(*lines)
    assert [line for line in plain if line in kept] == plain


def test_entries_that_report_are_kept_under_handle_stamps() -> None:
    lines = [_LEAD, "harbourdesk 2 hours ago", _ENTRIES[0], "harbourdesk 1 hour ago", _ENTRIES[1]]
    kept = _kept(*lines)
    assert _ENTRIES[0] in kept and _ENTRIES[1] in kept


def test_under_a_threads_last_name_a_paragraph_that_reports_is_kept() -> None:
    thread = [
        "QuayWatcher 3 weeks, 2 days ago",
        "Should have fixed the road first, everybody knows that.",
        "Gull42 2 weeks, 6 days ago",
        "Four million for a terminal nobody uses in winter? Madness.",
        "old salt 1 day ago",
    ]
    kept = _kept(*COUNCIL_STORY, *thread, _ENTRIES[4])
    assert _ENTRIES[4] in kept
    assert not set(thread) & set(kept)


def test_a_thread_signed_with_first_names_alone_is_still_a_thread() -> None:
    comments = [
        "Mary 2 days ago",
        "I agree with this completely, great piece and about time too.",
        "Tom 3 days ago",
        "Nonsense, the council never listens to anyone who lives down by the water.",
    ]
    last = ["Kev 3 days ago", "Who is paying for all of this then? Not the ferry company I bet."]
    kept = _kept(*COUNCIL_STORY, *comments, *last)
    assert not [line for line in comments if line in kept]
