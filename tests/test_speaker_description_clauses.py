"""A speaker's description is the role written before the name, never the clause around it:
a question word or a relative opens a clause ("it is unclear what President X meant")."""

from __future__ import annotations

import pytest

from generator.analysis.quotes import quotes


@pytest.mark.parametrize(
    ("text", "speaker", "description"),
    [
        (
            'It is unclear what President Harlan meant. "We will not back down," he said.',
            "Harlan",
            "President",
        ),
        (
            'Nobody knows whether Finance Minister Ada Berg agrees. "We will see," she said.',
            "Ada Berg",
            "Finance Minister",
        ),
        (
            'Few asked how Mayor Ines Doyle would pay. "The budget holds," Doyle said.',
            "Ines Doyle",
            "Mayor",
        ),
    ],
)
def test_a_description_read_back_from_a_name_stops_at_a_clause_word(
    text: str, speaker: str, description: str
) -> None:
    (quote,) = quotes(text)
    assert (quote.speaker, quote.speaker_description) == (speaker, description)
