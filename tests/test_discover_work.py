"""Discovery does only the work its output needs: a summary weighs a lead's later sentences
and asks whether a line is a standfirst's only when the sentences before them leave it short."""

from __future__ import annotations

import datetime

import pytest

from generator.briefing.discover import events, find_events
from tests.conftest import reported_item

MONDAY = datetime.date(2031, 6, 2)
TITLE = "Ferry workers strike at Kellerby harbour"
LATER = "The harbour authority said the talks with the union would resume on Wednesday morning."


def ferry_item(article_id: str, opening: str):
    return reported_item(article_id, TITLE, f"{opening} {LATER}", MONDAY)


OPENINGS = {
    "a": "Ferry workers at Kellerby walked out on Monday over pay, stranding hundreds of islanders.",
    "b": "Hundreds of passengers waited at the quay in Varde as the first sailing was cancelled.",
    "c": "Union leaders in Kellerby said the stoppage would last until a new offer is made.",
}


@pytest.fixture
def weighed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sentences whose terms a summary counts, in order."""
    seen: list[str] = []
    counted = events.terms

    def recording(text: str) -> list[str]:
        seen.append(text)
        return counted(text)

    monkeypatch.setattr(events, "terms", recording)
    return seen


def test_a_summary_leaves_later_sentences_unweighed_when_the_openings_suffice(
    weighed: list[str],
) -> None:
    (event,) = find_events([ferry_item(i, text) for i, text in OPENINGS.items()]).events
    assert {s.text for s in event.summary} == set(OPENINGS.values())
    assert weighed and LATER not in weighed


def test_a_summary_weighs_later_sentences_when_the_openings_restate_each_other(
    weighed: list[str],
) -> None:
    same = "Ferry workers at Kellerby walked out on Monday over pay, stranding many islanders."
    items = [ferry_item("a", OPENINGS["a"]), ferry_item("b", same)]
    (event,) = find_events(items).events
    assert LATER in weighed
    assert [s.text for s in event.summary][1:] == [LATER]  # the other article's later sentence


def test_a_standfirst_is_asked_after_only_for_the_sentences_a_summary_reaches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    standfirst = events.dek_like
    monkeypatch.setattr(events, "dek_like", lambda s: asked.append(s) or standfirst(s))
    (event,) = find_events([ferry_item(i, text) for i, text in OPENINGS.items()]).events
    assert len(event.summary) == 3 and LATER not in asked
