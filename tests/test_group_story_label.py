"""A discovered event's id skips a label before its title's colon that names the whole story
("Crane collapse: divers recover two bodies"), when the other events' articles use all its
words: the id names the event, not the briefing."""

from __future__ import annotations

from types import SimpleNamespace

from generator.briefing.discover import FoundEvent
from generator.briefing.group import _without_story_labels


def event(first: str, title: str) -> FoundEvent:
    return FoundEvent(None, title, None, "", (), (first,), ())


def article(*words: str) -> SimpleNamespace:
    return SimpleNamespace(terms=(tuple(sorted(words)), ()))


STORY = ("varde", "crane", "collapse")
EVENTS = [
    event("a", "Varde crane collapse: divers recover two bodies from the harbour"),
    event("b", "Cargo ship strikes Varde crane"),
    event("c", "Inquiry report on the crane collapse published"),
    event("d", "Varde terminal reopens after crane collapse"),
]


def test_a_label_naming_the_whole_story_is_left_out_of_the_id() -> None:
    by_id = {key: article(*STORY, key) for key in "abcd"}
    titles = _without_story_labels(EVENTS, by_id)
    assert titles["a"] == "divers recover two bodies from the harbour"
    assert titles["b"] == "Cargo ship strikes Varde crane"


def test_a_label_with_a_word_of_its_own_event_is_kept() -> None:
    by_id = {key: article("crane", key) for key in "abcd"}  # "varde", "collapse" its own
    titles = _without_story_labels(EVENTS, by_id)
    assert titles["a"] == EVENTS[0].title


def test_a_speakers_name_before_a_colon_is_kept() -> None:
    events = [event("a", "Harbourmaster: the terminal will reopen soon"), *EVENTS[1:]]
    by_id = {key: article("harbourmaster", *STORY) for key in "abcd"}
    assert _without_story_labels(events, by_id)["a"] == events[0].title
