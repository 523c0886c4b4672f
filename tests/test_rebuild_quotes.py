"""What a rebuild in one process (watch mode) spells out again of the briefing's quotations:
only what changed; and a quotation carried by many articles is made once."""

from __future__ import annotations

import dataclasses
import datetime

import pytest

from generator.briefing.provenance import briefing_quotes, trace
from generator.models import (
    Article,
    BriefingConfig,
    BriefingQuote,
    Carrier,
    EventGroup,
    Quote,
    QuoteCheck,
)
from generator.site import export
from generator.site.export import briefing_json
from generator.site.sources import Sources
from tests.conftest import article

SAID = "We will not back down from the talks"


def _carriers(count: int) -> list[Article]:
    return [
        article(
            id=f"copy-{n}",
            path=f"articles/copy-{n}.html",
            text=f"“{SAID},” she said.",
            quotes=(Quote(SAID, "Ana Ruiz", "", 0, 1, "after"),),
        )
        for n in range(count)
    ]


def _quotes(count: int, tag: str) -> tuple[BriefingQuote, ...]:
    """`count` quotations made afresh, equal to those made with the same arguments before."""
    check = QuoteCheck(f"{SAID} {tag}", "reworded", "copy-0", "words", (("a", "b"),))
    return tuple(
        BriefingQuote(
            f"q-{tag}-{n}",
            "Ana Ruiz",
            "",
            f"{SAID} {tag} {n}",
            (Carrier("copy-0", n),),
            (("copy-1", check),),
        )
        for n in range(count)
    )


class _Counted:
    """Counts calls of one method of a class while patched in."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, kind: type, name: str) -> None:
        self.calls = 0
        original = getattr(kind, name)

        def counting(*args: object, **kwargs: object) -> object:
            self.calls += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(kind, name, counting)


def test_a_quotation_carried_by_thirty_articles_is_made_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = _Counted(monkeypatch, BriefingQuote, "__init__")
    (quote,) = briefing_quotes(_carriers(30))
    assert [c.article for c in quote.articles] == [f"copy-{n}" for n in range(30)]
    assert made.calls == 1


def _event(quotes: tuple[BriefingQuote, ...]) -> EventGroup:
    return EventGroup("e", "E", datetime.date(2026, 1, 5), "", "events/e.html", quotes=quotes)


def _briefing_json(group: EventGroup) -> bytes:
    config = BriefingConfig(title="T", description="D")
    return b"".join(part for part in briefing_json(config, [group]) if isinstance(part, bytes))


def test_briefing_json_spells_out_a_quotation_equal_to_one_it_spelled_before_no_more(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = _briefing_json(_event(_quotes(3, "json")))
    assert first.count(b'"id":"q-json-') == 3
    encoded = _Counted(monkeypatch, export, "_quote")
    assert _briefing_json(_event(_quotes(3, "json"))) == first
    assert encoded.calls == 0


def test_fingerprinting_an_event_spells_out_a_quotation_equal_to_one_it_spelled_before_no_more(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sources = Sources({a.id: a for a in _carriers(2)})
    first = repr(sources.quotes_facts(_quotes(3, "facts")))
    spelt = _Counted(monkeypatch, BriefingQuote, "__repr__")
    assert repr(sources.quotes_facts(_quotes(3, "facts"))) == first
    assert spelt.calls == 0


def test_tracing_again_spells_out_an_article_traced_alike_before_no_more(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    full, short = _carriers(2)
    renamed = dataclasses.replace(short, quotes=(Quote(SAID, "Ruiz", "", 0, 1, "after"),))
    group = EventGroup("e", "E", datetime.date(2026, 1, 5), "", "events/e.html", (full, renamed))
    first = trace([group])
    assert (
        first[0].articles[1].quotes[0].speaker == "Ana Ruiz"
    )  # traced: named as the briefing names her
    spelt = _Counted(monkeypatch, Quote, "__repr__")
    assert trace([group]) == first
    assert spelt.calls == 0
