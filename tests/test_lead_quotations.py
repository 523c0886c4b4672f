"""A lead never ends inside a quotation or inside an abbreviation (issue 18, cleaning round
12): the sentences of one quotation go in whole or not at all, and a spaced acronym ("U. S.")
or a month cut from its day ("Jan." + "12") is no sentence's end."""

from __future__ import annotations

import pytest

from generator.analysis.summary import lead, quick_sentences, sentences

_OPENING = (
    "The mayor of Wexmoor on Monday laid a wreath at the old ferry terminal, which storms wrecked."
)


@pytest.mark.parametrize("marks", [("“", "”"), ('"', '"')])
def test_a_lead_takes_a_quotation_of_two_sentences_whole(marks: tuple[str, str]) -> None:
    opening, closing = marks
    quotation = f"{opening}I miss it. It was a good place,{closing} she said at the pier."
    assert (
        lead(f"{_OPENING} {quotation} Crowds gathered.")
        == f"{_OPENING} {quotation} Crowds gathered."
    )


def test_a_lead_stops_before_a_quotation_too_long_to_take_whole() -> None:
    quotation = (
        "“I miss it. It was a good place where the whole town met every single summer for many"
        " years before the storms,” she said at the pier, where the ferry used to dock."
    )
    assert lead(f"{_OPENING} {quotation}", max_words=40) == _OPENING


def test_a_lead_stops_before_a_quotation_its_paragraph_never_closes() -> None:
    text = f"{_OPENING} “Really what this visit is about is the town. It goes on below.\n\nMore."
    assert lead(text) == _OPENING


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            "Firms attended the Wexmoor-U. S. Trade Summit in March. Deals were signed.",
            ["Firms attended the Wexmoor-U. S. Trade Summit in March.", "Deals were signed."],
            id="spaced-acronym",
        ),
        pytest.param(
            "The ferry sailed on Jan.\n12 with forty people. Crews cheered.",
            ["The ferry sailed on Jan.\n12 with forty people.", "Crews cheered."],
            id="month-before-its-day",  # segtok's own; pinned beside the acronym
        ),
    ],
)
def test_an_abbreviation_ends_no_sentence(paragraph: str, expected: list[str]) -> None:
    assert sentences(paragraph) == expected


def test_quick_sentences_keep_a_spaced_acronym_whole() -> None:
    text = "Firms attended the Wexmoor-U. S. Trade Summit. Deals were signed."
    assert quick_sentences(text) == [
        "Firms attended the Wexmoor-U. S. Trade Summit.",
        "Deals were signed.",
    ]


def test_a_lead_never_ends_on_half_a_spaced_acronym() -> None:
    text = f"{_OPENING} Firms attended the Wexmoor-U. S. Trade Summit in March, the agenda shows."
    assert lead(text, max_words=25) == _OPENING
