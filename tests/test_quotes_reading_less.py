"""quotes() reads less (issue 19, speed): its own sentence cut instead of segtok's, only the
sentences near a quote, and in the names pass only the sentences whose names a near one may
mean. Each shortcut returns what the full reading returns: checked here on the benchmark's
articles and on the cases a shortcut could get wrong (a name, a role, a statement, a heading
far above the quote)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from generator.analysis.quotes import article, attribution, quotes
from generator.analysis.quotes.paragraphs import _sentence_bounds

_SPEC = importlib.util.spec_from_file_location(
    "bench_corpus_reading", Path(__file__).parent.parent / "benchmarks" / "corpus.py"
)
corpus = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = corpus  # its dataclasses look their module up there
_SPEC.loader.exec_module(corpus)

FILLER = [
    "The river rose overnight.",
    "Roads were closed across the valley.",
    "Schools stayed shut on Monday.",
    "Buses ran a reduced timetable.",
    "Shops in the centre opened late.",
    "Volunteers filled sandbags at the depot.",
    "Power was cut to some homes.",
]


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


def _full_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read every sentence, as quotes() did before reading less."""
    monkeypatch.setattr(article, "READ_BEFORE", 10**6)


def _sentences(masked: str) -> list[str]:
    return [masked[start:end] for start, end in _sentence_bounds(masked)]


def test_no_segtok_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    import segtok.segmenter

    def refuse(*_: object) -> None:
        raise AssertionError("segtok asked")

    monkeypatch.setattr(segtok.segmenter, "split_single", refuse)
    text = _article(
        "The mayor spoke on Monday. She met residents. Mayor Ann Poe said: “We are ready.”"
    )
    assert [quote.speaker for quote in quotes(text)] == ["Ann Poe"]


def test_sentences_end_before_a_masked_quote_and_not_after_a_title() -> None:
    assert _sentences("§§§ §§§§§,” Ms Poe said. “§§§§ §§§.”") == [
        "§§§ §§§§§,” Ms Poe said.",
        "“§§§§ §§§.”",
    ]
    assert _sentences("Sen. Warren and Dr. J. Smith met on Jan. 5 in the U.S. Embassy.") == [
        "Sen. Warren and Dr. J. Smith met on Jan. 5 in the U.S. Embassy."
    ]
    assert _sentences("It ended at 5:57 p.m. The crew left.") == [
        "It ended at 5:57 p.m.",
        "The crew left.",
    ]
    assert _sentences("He told the court to relax.On Monday it met.") == [
        "He told the court to relax.",
        "On Monday it met.",
    ]


def test_sentences_far_before_a_quote_are_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    clauses = attribution.speech_clauses

    def recording(paragraph, bounds):  # noqa: ANN001, ANN202
        read.append(paragraph.masked[bounds[0] : bounds[1]])
        return clauses(paragraph, bounds)

    monkeypatch.setattr(attribution, "speech_clauses", recording)
    text = _article("The storm hit the coast.", " ".join(FILLER), "“We are ready,” Ann Poe said.")
    assert [quote.speaker for quote in quotes(text)] == ["Ann Poe"]
    assert "The storm hit the coast." not in read
    assert "Roads were closed across the valley." not in read
    assert read[-6:-1] == FILLER[2:]  # the five sentences before the quote's


@pytest.mark.parametrize(
    ("first", "quote", "speaker", "description"),
    [
        # The full name and the title far above the quote.
        (
            "Mayor Ines Calloway opened the bridge.",
            "“We are ready,” Calloway said.",
            "Ines Calloway",
            "Mayor",
        ),
        # The one person given a role, named far above: the cast is read whole for a role.
        (
            "Finance Minister Jane Roe presented the budget.",
            "“It is fair,” the minister said.",
            "Jane Roe",
            "Finance Minister",
        ),
        # A statement introduced far above, by a speech verb's subject and by a name.
        (
            "The Health Ministry said in a statement that roads were shut.",
            "“Repairs will take weeks,” the statement said.",
            "Health Ministry",
            "",
        ),
        (
            "Mayor Ann Poe issued a statement on Monday.",
            "“Repairs will take weeks,” the statement said.",
            "Ann Poe",
            "Mayor",
        ),
    ],
)
def test_what_far_sentences_tell_is_still_read(
    monkeypatch: pytest.MonkeyPatch, first: str, quote: str, speaker: str, description: str
) -> None:
    text = _article(first, " ".join(FILLER), quote)
    found = quotes(text)
    _full_reading(monkeypatch)
    assert found == quotes(text)
    assert (found[0].speaker or "").lower().endswith(speaker.lower())
    assert found[0].speaker_description == description


def test_a_heading_far_above_still_names_the_bare_quotes_under_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = _article(
        "## Prime Minister Jane Doe",
        "Prime Minister Jane Doe spoke at the summit.",
        " ".join(FILLER),
        "“We will rebuild every road.”",
    )
    found = quotes(text)
    _full_reading(monkeypatch)
    assert found == quotes(text)


def test_reading_less_changes_nothing_on_the_benchmark_articles(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [corpus.article(7, index)[1].split("\n---\n", 1)[1] for index in range(25)]
    fast = [quotes(text) for text in texts]
    _full_reading(monkeypatch)
    assert fast == [quotes(text) for text in texts]
    assert sum(map(len, fast)) >= 25 * 3
