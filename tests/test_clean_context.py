"""Tests for the cleaner's rules that read a line's neighbours and its place on the page.

Each fixture in fixtures/cleaning/ is a made-up page, one line `LABEL<TAB>text` per source line:
`story` for a line the cleaned text must keep, verbatim and in order; otherwise the reason the
cleaner must give when it drops the line (`headline` for the line taken as the headline). The
fixture's name says the behaviour it pins.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.analysis.clean import HEADLINE_FROM_LEAD, clean
from generator.models import RemovedLine
from tests.conftest import story_lines

FIXTURES = Path(__file__).parent / "fixtures" / "cleaning"
NAMES = sorted(path.stem for path in FIXTURES.glob("*.txt"))


def labelled(name: str) -> list[tuple[str, str]]:
    lines = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t", 1)) for line in lines if line]  # type: ignore[misc]


def raw_page(name: str) -> str:
    return "\n\n".join(text for _, text in labelled(name))


def test_there_are_fixtures() -> None:
    assert len(NAMES) >= 10


@pytest.mark.parametrize("name", NAMES)
def test_fixture_keeps_the_story_lines_and_drops_the_rest_with_their_reasons(name: str) -> None:
    result = clean(raw_page(name))
    pairs = labelled(name)
    assert story_lines(result) == [text for label, text in pairs if label == "story"]
    assert result.removed == tuple(
        RemovedLine(text, label) for label, text in pairs if label != "story"
    )


@pytest.mark.parametrize("name", NAMES)
def test_fixture_headline_is_its_headline_line_or_else_the_lead(name: str) -> None:
    result = clean(raw_page(name))
    headlines = [text for label, text in labelled(name) if label == "headline"]
    if headlines:
        assert (result.headline, result.flags) == (headlines[0], ())
    else:
        assert HEADLINE_FROM_LEAD in result.flags
        assert result.headline.rstrip("…") in result.text


@pytest.mark.parametrize("name", NAMES)
def test_fixture_cleaned_again_is_unchanged(name: str) -> None:
    once = clean(raw_page(name), "A title")
    assert clean(once.text, "A title").text == once.text


def test_headline_from_the_lead_is_its_first_sentence_cut_at_a_word() -> None:
    lead = (
        "WELLINGTON (Newswire) - The government announced on Monday a sweeping overhaul of the "
        "country's immigration rules for skilled workers and students. It will take effect in May."
    )
    result = clean(lead + "\n\nThe opposition called the plan rushed.")
    assert result.flags == (HEADLINE_FROM_LEAD,)
    assert result.headline == (
        "The government announced on Monday a sweeping overhaul of the country's immigration rules…"
    )
    assert len(result.headline) <= 91
    assert result.text.startswith(lead)  # the story keeps its first sentence


def test_no_headline_from_the_lead_when_the_title_is_given_or_the_text_is_empty() -> None:
    assert clean("A story sentence that goes on for a while here.", "Title").flags == ()
    assert clean("").headline == ""


def test_stamped_title_line_gives_the_headline_without_the_stamp() -> None:
    raw = "2025-05-06 Storm closes ferry routes\n\nAll ferry routes were closed on Tuesday as a storm hit."
    result = clean(raw)
    assert result.headline == "Storm closes ferry routes"
    assert result.removed == (RemovedLine("2025-05-06 Storm closes ferry routes", "headline"),)


def test_stamped_story_line_is_kept_whole() -> None:
    raw = "2025-05-06 All ferry routes were closed on Tuesday as a storm hit the coast, officials said."
    assert clean(raw, "Storm").text == raw
