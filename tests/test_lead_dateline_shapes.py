"""Tests for a dateline's dash and where a lead restarts at a credited dateline (issue 18,
cleaning round 17): a dash touching a bare place's capitals is a sentence's ("U.S.—China
talks"), and a story's sentence above a credited dateline stays the lead's first."""

from __future__ import annotations

import pytest

from generator.analysis.clean import clean
from generator.analysis.summary import DATELINE, lead, story_start

_STORY = "The island ferry returned to service on Monday after a week of storms."


@pytest.mark.parametrize(
    "sentence",
    [
        "U.K.\u2014Norway ferry talks resumed on Monday in Bergen after a pause.",
        "NATO\u2014Russia ferry talks resumed on Monday in Bergen after a pause.",
        "OSLO\u2014Bergen ferry talks resumed on Monday after a pause.",
        "HARBOUR\u2014TOWN rivalry flared again on Monday after the regatta.",
    ],
)
def test_a_dash_touching_short_or_dotted_capitals_is_no_dateline(sentence: str) -> None:
    assert story_start(sentence, DATELINE) == 0


@pytest.mark.parametrize(
    ("opening", "any_word"),
    [
        ("BERGEN\u2014", True),  # capitals of five letters or more, no dots
        ("NORTH CAPE\u2013", True),
        ("BERGEN--", True),
        ("OSLO\u2014", False),  # short or dotted: only before "The", "A" or "An"
        ("ST. OLAF\u2014", False),
    ],
)
def test_a_dash_touching_a_long_place_or_the_sentences_article_is_a_dateline(
    opening: str, any_word: bool
) -> None:
    assert story_start(f"{opening}{_STORY}", DATELINE) == len(opening)
    islanders = f"{opening}Islanders cheered the ferry on Monday."
    assert story_start(islanders, DATELINE) == (len(opening) if any_word else 0)


def test_an_untitled_pages_headline_leaves_a_tight_dateline_out() -> None:
    raw = f"BERGEN\u2014{_STORY}\n\nIslanders waited a week for the ferry to sail again.\n"
    assert not clean(raw, "").headline.startswith("BERGEN")


@pytest.mark.parametrize(
    "opening",
    ["OSLO \u2014 ", "OSLO -- ", "OSLO (AFP)\u2014", "(HARBOUR NEWS)\u2014", "BERGEN: "],
)
def test_a_dateline_is_a_spaced_dash_after_a_place_and_any_dash_after_a_credit(
    opening: str,
) -> None:
    assert story_start(f"{opening}{_STORY}", DATELINE) == len(opening)


def test_a_story_sentence_above_a_credited_dateline_stays_in_the_lead() -> None:
    first = "Two ferry crews were rescued off the northern coast on Monday."
    text = f"{first}\n\nOSLO (AFP) - {_STORY}\n\nCrews cheered."
    assert lead(text) == f"{first} {_STORY} Crews cheered."


@pytest.mark.parametrize(
    "standfirst",
    [
        "Storms shut the ferry.",  # a dek shorter than a sentence
        "\u201cWe are back at last.\u201d",  # a quotation standing alone
        "Islanders Cheer as the Ferry Returns to the Northern Route.",  # a headline's capitals
        "The ferry is back\n\nIslanders waited a week for the island ferry to sail.",
    ],
)
def test_a_lead_restarts_at_a_credited_dateline_under_a_standfirst(standfirst: str) -> None:
    text = f"{standfirst}\n\nOSLO (AFP) - {_STORY}\n\nCrews cheered."
    assert lead(text) == f"{_STORY} Crews cheered."


def test_a_date_before_a_credit_is_a_month_and_a_day_only() -> None:
    assert story_start("Sept. 4 (AFP) -- Talks began at the port on Friday.") == len(
        "Sept. 4 (AFP) -- "
    )
    assert story_start("Marxist 3 (AFP) -- Talks began at the port on Friday.") == 0
