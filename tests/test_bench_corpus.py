"""The benchmark corpus quotes people as real articles do, so that `make bench`'s "quotes"
figure is what real text costs (a corpus without quotations timed the reader at nothing)."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

from generator.analysis.clean import clean
from generator.analysis.quotes import quotes

_SPEC = importlib.util.spec_from_file_location(
    "bench_corpus", Path(__file__).parent.parent / "benchmarks" / "corpus.py"
)
corpus = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = corpus  # its dataclasses look their module up there
_SPEC.loader.exec_module(corpus)


def _quotes_of(index: int) -> tuple:
    _, text = corpus.article(7, index)
    return quotes(clean(text.split("\n---\n", 1)[1], "").text)


def test_the_benchmark_corpus_quotes_people_in_the_shapes_news_does() -> None:
    found = [quote for index in range(40) for quote in _quotes_of(index)]
    assert len(found) >= 40 * 3  # a few quotes an article, as real coverage has
    how = Counter(quote.how.split(",")[0] for quote in found)
    for shape in ("after", "before", "continued back", "same paragraph"):
        assert how[shape], shape
    assert any(quote.how == "after, pronoun" for quote in found)
    assert any(len(quote.text.split()) <= 5 for quote in found)  # a phrase quoted in a sentence


def test_benchmark_articles_depend_only_on_seed_and_index() -> None:
    assert corpus.article(7, 12) == corpus.article(7, 12)
    assert corpus.article(7, 12) != corpus.article(8, 12)
