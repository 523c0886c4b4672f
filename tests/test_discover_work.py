"""Discovery does only the work its output needs: a summary weighs a lead's later sentences
and asks whether a line is a standfirst's only when the sentences before them leave it short,
and reasons spell only the terms they may show."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Set

import pytest

from generator.briefing.discover import events, find_events
from generator.briefing.discover.text import spellings
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


def test_reasons_spell_only_the_terms_two_articles_share(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[set[str]] = []
    spelled = events.spellings

    def recording(texts: Iterable[str], wanted: Set[str] | None = None) -> dict[str, str]:
        asked.append(set(wanted))  # None (every term) fails here: the old, costlier way
        return spelled(texts, wanted)

    monkeypatch.setattr(events, "spellings", recording)
    (event,) = find_events([ferry_item(i, text) for i, text in OPENINGS.items()]).events
    leads, headlines = asked  # the headlines asked only for what no lead spells
    assert "kellerby" in leads and "kellerby" not in headlines and "kellerby harbour" in headlines
    assert not any("quay" in wanted for wanted in asked)  # b's alone: no reason shows it
    assert "\u2018Kellerby\u2019" in " ".join(reason for _, reason in event.reasons)


def test_spellings_of_the_wanted_terms_are_those_of_every_term() -> None:
    texts = ["The U.S. envoy met Mr. Ko.", "Kellerby Ferries, Varde sailed.", "kellerby ferries"]
    every = spellings(texts)
    wanted = {"u.s", "kellerby ferries", "ferries varde", "envoy", "absent"}
    assert spellings(texts, wanted) == {t: s for t, s in every.items() if t in wanted}


def test_a_lead_is_searched_for_a_missing_stop_only_where_one_may_be(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    searched: list[str] = []
    pattern = events._MISSING_STOP

    class Recording:
        def split(self, sentence: str) -> list[str]:
            searched.append(sentence)
            return pattern.split(sentence)

    monkeypatch.setattr(events, "_MISSING_STOP", Recording())
    plain = "Ferry workers at Kellerby walked out on Monday."
    assert events._lines_of([plain]) == [plain] and searched == []
    missing = "The ferry sailed on Monday They were received by the mayor.\nA line"
    assert events._lines_of([missing]) == [
        "The ferry sailed on Monday",
        "They were received by the mayor.",
        "A line",
    ]
    assert searched == [missing]
