"""The quotation reader's second round of faster paths reads as the slower ones did (issue
19, speed): a paragraph searched once for a statement's mention, the words written with a
capital mid-sentence gathered only when a description asks, a phrase's subject read once."""

from __future__ import annotations

import pytest

from generator.analysis.quotes import article
from generator.analysis.quotes.article import quotes
from generator.analysis.quotes.descriptions import proper_words
from generator.analysis.quotes.documents import (
    _MENTION,
    _introduces_any,
    _may_name_a_noun,
    mentions,
)
from generator.analysis.quotes.names import Names
from generator.analysis.quotes.speakers import Sentence, Speakers
from generator.analysis.quotes.subjects import _subject_of, subject_before, subject_of


def test_a_statement_mentioned_in_a_paragraphs_later_sentence_is_found() -> None:
    masked = "The talks ended late. The ministry said in a statement that talks would resume."
    second = (masked.index("The ministry"), len(masked))
    assert _introduces_any(masked)
    assert [document.noun for document in mentions(masked, second)] == ["statement"]
    assert mentions(masked, (0, second[0] - 1)) == []


def test_a_paragraph_that_mentions_no_statement_is_not_searched_sentence_by_sentence() -> None:
    masked = "The talks ended late. A spokesman for the ministry said they would resume."
    assert not _introduces_any(masked)
    assert mentions(masked, (0, len(masked))) == []


@pytest.mark.parametrize(
    "text",
    ["a STATEMENT", "an Alert", "a Communiqué", "a ſtatement", "a NOTİCE", "a notıce"],
)
def test_a_statements_noun_is_seen_in_any_case_the_mention_pattern_reads(text: str) -> None:
    # 'ſ', 'ı' and 'İ' are read as "s" and "i" by a case-insensitive pattern, not by lower().
    assert _MENTION.search(text) is not None
    assert _may_name_a_noun(text)


def test_a_text_without_a_statements_noun_is_passed_over() -> None:
    assert not _may_name_a_noun("A spokesman said the state would act.")


def test_capitalised_words_are_gathered_only_when_a_description_asks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gathered: list[str] = []

    def counting(text: str) -> frozenset[str]:
        gathered.append(text)
        return proper_words(text)

    monkeypatch.setattr(article, "proper_words", counting)
    plain = quotes('"We will rebuild the bridge by the spring," Jane Doe said.')
    assert [quote.speaker for quote in plain] == ["Jane Doe"]
    assert gathered == []
    described = quotes('Former minister Jane Doe said: "We will rebuild the bridge by spring."')
    assert [quote.speaker_description for quote in described] == ["former minister"]
    assert len(gathered) == 1


def test_a_phrase_read_again_gives_the_same_subject_and_leaves_its_words_alone() -> None:
    words = ["The", "ministry", "'s", "spokesman", ",", "Jane", "Doe", ","]
    first = subject_before(list(words))
    hits = _subject_of.cache_info().hits
    assert subject_of(["Jane", "Doe"]) == subject_of(["Jane", "Doe"])
    assert _subject_of.cache_info().hits > hits
    assert subject_before(words) == first
    assert words == ["The", "ministry", "'s", "spokesman", ",", "Jane", "Doe", ","]


@pytest.mark.parametrize(
    ("earlier", "introduced"),
    [
        ("A nurse asked me to wait outside.", True),
        ("Another veteran nurse stayed.", True),
        ("The doctor left the ward.", False),
        ("The nursery closed early.", False),
    ],
)
def test_an_epithet_looks_back_for_someone_introduced_by_its_noun(
    earlier: str, introduced: bool
) -> None:
    speakers = Speakers(Names([]))
    speakers.sentences.append(Sentence(0, text=earlier))
    assert speakers._introduced("nurse") is introduced
