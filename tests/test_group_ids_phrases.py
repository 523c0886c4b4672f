"""A discovered event's id keeps a verb's infinitive and the name it takes ("agreed to make the
Pacific Forum"), and a story label with a year in it names no event."""

from __future__ import annotations

from types import SimpleNamespace

from generator.briefing.discover import FoundEvent
from generator.briefing.group import _id_words, _without_story_labels


def test_an_id_keeps_the_infinitive_after_a_verb_and_the_name_it_takes() -> None:
    title = "Council has agreed to make the Pacific Forum a full member, minister says"
    assert _id_words(title) == "Council has agreed to make the Pacific Forum"


def test_an_id_still_ends_before_a_phrase_a_preposition_opens() -> None:
    assert _id_words("Judge sentences Trump to an unconditional discharge") == (
        "Judge sentences Trump"
    )


def test_a_story_label_with_its_year_is_left_out_of_the_id() -> None:
    titles = [
        "Harbour Summit 2031: Key takeaways from Holm-Morrow talks",
        "Ministers arrive in Varde for harbour summit",
        "Harbour summit adopts Varde declaration",
        "Holm hands over harbour summit chair",
    ]
    events = [
        FoundEvent(None, t, None, "", (), (key,), ()) for key, t in zip("abcd", titles, strict=True)
    ]
    story = tuple(sorted(("harbour", "summit", "varde")))
    by_id = {key: SimpleNamespace(terms=(story, ())) for key in "abcd"}
    labelled = _without_story_labels(events, by_id)
    assert labelled["a"] == "Key takeaways from Holm-Morrow talks"
