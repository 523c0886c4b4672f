"""A discovered event's id skips a label before its title's colon that names the whole story
("Crane collapse: divers recover two bodies"), when the other events' articles use all its
words: the id names the event, not the briefing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from types import SimpleNamespace

from generator.briefing.discover import FoundEvent
from generator.briefing.group import _discovered, _Placing, _without_story_labels
from tests.conftest import article as full_article


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


def discovered_ids(taken: set[str]) -> list[str]:
    """The ids _discovered gives EVENTS, whose articles all use the story's words."""
    by_id = {
        key: full_article(id=key, terms=(tuple(sorted((*STORY, key))), (1.0,) * 4))
        for key in "abcd"
    }
    reasons = dict.fromkeys("abcd", "found")
    return [group.id for group in _discovered(EVENTS, by_id, reasons, taken, _Placing({}))]


def test_a_discovered_events_id_is_made_without_its_story_label() -> None:
    ids = discovered_ids(set())
    assert ids[0].startswith("divers-recover")
    assert ids[1].startswith("cargo-ship")


def test_a_configured_id_is_never_taken_by_a_discovered_event() -> None:
    configured = discovered_ids(set())[0]
    ids = discovered_ids({configured})
    assert configured not in ids
    assert ids[0].startswith(f"{configured}-")  # the discovered one gives way


class CountingArticles(Mapping[str, SimpleNamespace]):
    """Articles by id that count how often each is looked up."""

    def __init__(self, articles: dict[str, SimpleNamespace]) -> None:
        self.articles, self.reads = articles, Counter[str]()

    def __getitem__(self, key: str) -> SimpleNamespace:
        self.reads[key] += 1
        return self.articles[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.articles)

    def __len__(self) -> int:
        return len(self.articles)


def test_each_articles_terms_are_read_once_however_many_labels() -> None:
    # Many labelled events, each label of several words: a scan per word and per event would
    # read every article many times over (seconds for a briefing of thousands of articles).
    events = [
        event(f"{n}", f"Varde crane collapse inquiry: divers recover {n} bodies") for n in range(8)
    ]
    by_id = CountingArticles({f"{n}": article(*STORY, "inquiry") for n in range(8)})
    titles = _without_story_labels(events, by_id)  # type: ignore[arg-type]
    assert titles["0"] == "divers recover 0 bodies"
    assert max(by_id.reads.values()) == 1
