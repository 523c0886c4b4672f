"""A discovered event's id never ends on a possessive cut from its noun, and a gallery's or a
video's label before a colon is no part of an event's title."""

from __future__ import annotations

import pytest

from generator.briefing.discover.headlines import short_headline
from generator.briefing.group import _id_words


def test_an_id_cut_after_a_possessive_ends_before_it() -> None:
    words = _id_words("Details of the Mayor and Harbourmaster's Lantern Island tour released")
    assert words == "Details of the Mayor"
    assert not words.endswith("'s")


@pytest.mark.parametrize("label", ["In pictures", "Photos", "Gallery", "Video", "Watch"])
def test_a_media_label_before_a_colon_is_dropped_from_the_title(label: str) -> None:
    title = f"{label}: Mayor tours the Lantern Island pier with the harbour board"
    assert short_headline(title) == "Mayor tours the Lantern Island pier with the harbour board"
