"""A title written short with a full stop before a name ("Engr. Musa Bello", "Fr. Tom
Reed") does not end the sentence: the name after it is the quote's speaker, with the title as
its description."""

from __future__ import annotations

import pytest

from generator.analysis.quotes import quotes


@pytest.mark.parametrize("title", ["Engr.", "Adv.", "Ald.", "Fr.", "Msgr."])
def test_a_short_title_keeps_its_name_as_the_speaker(title: str) -> None:
    found = quotes(f'"We will fix the road before the rains," {title} Musa Bello said.')
    assert [(quote.speaker, quote.speaker_description) for quote in found] == [
        ("Musa Bello", title)
    ]


def test_a_known_short_title_still_gives_its_name() -> None:
    found = quotes('"We will fix the road before the rains," Capt. Musa Bello said.')
    assert [quote.speaker for quote in found] == ["Musa Bello"]
