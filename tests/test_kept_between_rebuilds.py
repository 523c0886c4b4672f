"""What watch mode keeps between rebuilds gives the answers it would compute afresh: the
kept spellings of leads, half names, quotations' passages and places found by word."""

from __future__ import annotations

import re

import pytest

from generator.analysis import keyword_names, keyword_words
from generator.briefing import speakers
from generator.briefing.discover import phrases, text

LEADS = [
    "The Grey House announced on Monday that Prime Minister Ola Berg would visit.",
    "Officials at the Grey House said the U.S. delegation, hoping for a deal, arrived.",
    "Ola Berg met the House committee; the house was full.",
]


@pytest.mark.parametrize("lead", LEADS)
def test_wanted_spellings_are_a_leads_spellings_filtered_in_order(lead: str) -> None:
    everything = text._terms_as_written(lead)
    wanted = {term for term, _ in everything[::2]}
    assert text._wanted_as_written(lead, wanted) == [p for p in everything if p[0] in wanted]


def test_half_name_counts_each_lead_once_whatever_was_asked_before() -> None:
    # 'House' is written inside "Grey House" twice and alone once: half a name, asked again.
    assert phrases.half_name("House", LEADS) is True
    assert phrases.half_name("House", LEADS) is True
    assert phrases.half_name("House", LEADS[2:]) is False


def _said(words: str) -> tuple[str, ...]:
    return tuple(words.split())


def test_passages_are_runs_of_words_as_one_string_each() -> None:
    said = _said("we will not give up on the people of this valley")
    passages = speakers._passages(said)
    assert len(passages) == len(said) - speakers._PASSAGE_WORDS + 1
    assert passages[0] == " ".join(said[: speakers._PASSAGE_WORDS])
    assert speakers._passages(said[:3]) == ()


def test_held_by_longest_maps_positions_back_to_the_quotations_indexes() -> None:
    whole = _said("we will not give up on the people of this valley")
    part = whole[2:10]
    other = _said("nothing alike at all in these words here")
    words = [other, part, other, whole]
    assert speakers._held_by_longest(words, [1, 3]) == {3: 3, 1: 3}
    assert speakers._held_by_longest(words, [0, 2]) == {0: 0, 2: 0}


@pytest.mark.parametrize("least", [0, 1, 2, 2.5, 3, 4])
@pytest.mark.parametrize("word", ["visit", "Visit", "plane", "ties"])
def test_used_by_stops_early_with_the_count_it_would_reach(word: str, least: float) -> None:
    texts = ["A visit.", "No visits here", "visit, visit", "The VISIT ended", "planes"]
    users = sum(word.casefold() in _words_of(t) for t in texts)
    assert keyword_words.used_by(word, texts, least) is (users >= least)


@pytest.mark.parametrize(
    "word, found",
    [("Florida", True), ("Trump", False), ("İzmir", True), ("Zürich", True), ("Tower", False)],
)
def test_place_lookup_by_word_finds_what_a_search_of_every_text_finds(
    word: str, found: bool
) -> None:
    texts = [
        "Storms hit homes in Florida and across the south.",
        "She stayed in Trump Tower, then in Trump's hotel.",
        "Ferries left in İzmir at dawn.",
        "Bankers met in Zürich.",
    ]
    searched = any(keyword_names._after_in(t, word) for t in texts if word in t)
    assert searched is found
    assert keyword_names._is_place_in(word, texts) is found or keyword_names.is_place((word,))


def _words_of(text: str) -> frozenset[str]:
    """A text's words as a set, in any case: what keyword_words.has_word looks a word up in."""
    return frozenset(re.findall(r"\w+", text.casefold()))


@pytest.mark.parametrize(
    "text",
    [
        "A visit. Visits, revisit; VISIT",
        "Straße und STRASSE",  # casefolding makes "ß" "ss"
        "The ﬁnal ﬁle",  # a ligature folds into two letters
        "İzmir and izmir",  # "İ" folds into "i" and a combining dot
        "visit_plans and visit-plans, 2visit",
        "",
    ],
)
@pytest.mark.parametrize(
    "word",
    ["visit", "strasse", "straße", "final", "file", "izmir", "plans", "visit_plans", "a b", ""],
)
def test_a_whole_word_is_found_as_the_set_of_the_texts_words_has_it(text: str, word: str) -> None:
    folded = word.casefold()
    assert keyword_words.has_word(text, folded) is (folded in _words_of(text))
