"""Discovery's cheaper reckonings give the very numbers and orders of the plain ones: a
build's grouping must not change with how it is reckoned."""

from __future__ import annotations

import datetime

import numpy as np
from conftest import reported_item
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.briefing.discover import sentences
from generator.briefing.discover.headlines import _HeadlineWords, short_headline
from generator.briefing.discover.likeness import _cosine, _cosine_of_part
from generator.briefing.discover.pairs import _strongest_first
from generator.briefing.discover.phrases import half_name
from generator.briefing.discover.text import terms


def test_entries_sorted_in_one_pass_come_strongest_first_ties_by_term() -> None:
    row = np.array([0, 0, 0, 0, 1, 1, 2])
    negated = np.array([-0.5, -2.0, -0.5, -2.0, -1.0, -1.0, -3.0])
    term = np.array([4, 3, 1, 0, 2, 1, 0])
    order = _strongest_first(row, negated, term, 5)
    assert order.tolist() == np.lexsort((term, negated, row)).tolist() == [3, 1, 2, 0, 5, 4, 6]


def test_an_articles_cosine_with_its_centre_is_the_cosine_to_the_last_digit() -> None:
    part = {"ferry": 0.1, "kellerby": 0.7, "strike": 0.2, "varde": 1e-17}
    whole = {"ferry": 0.3, "kellerby": 0.6, "harbour": 0.5, "varde": 0.7}
    assert _cosine_of_part(part, whole) == _cosine(part, whole)
    assert _cosine_of_part({}, whole) == _cosine({}, whole) == 0.0


# Headlines and leads of invented reports, some sharing words, one sharing none.
_REPORTS = [
    ("Ferry crew honoured at Varde memorial", "The Kellerby ferry crew was honoured on Monday."),
    ("Mayor lays wreath for ferry crew", "Mayor Ines Holm laid a wreath at the Varde memorial."),
    ("Varde remembers its pilots", "Pilots and crew were remembered at the harbour in Varde."),
    ("Harbour choir sings at memorial", "A harbour choir sang as the town of Varde remembered."),
    ("Quiet morning on the quay", "Nothing else was planned for the quay that morning."),
]


def _plain_share(i: int, members: list[int], items: list) -> float:
    """The share of article i's headline words another of `members` holds, from a union of
    their terms: what an event's title weighed before holders were counted once."""
    words = {t for t in terms(short_headline(items[i].title)) if " " not in t}
    if not words or len(members) < 2:
        return 1.0
    held = set().union(*(items[j].terms[0] for j in members if j != i))
    return sum(1 for w in words if w in held) / len(words)


def test_a_headlines_share_of_held_words_is_the_share_a_union_of_the_others_terms_gives() -> None:
    monday = datetime.date(2024, 6, 3)
    items = [reported_item(str(n), title, lead, monday) for n, (title, lead) in enumerate(_REPORTS)]
    members = list(range(len(items)))
    words = _HeadlineWords(members, items)
    for i in members:
        assert words.share_held(i, [i]) == _plain_share(i, members, items)
        for copies in ([], [j for j in members if j not in (i, 4)], [(i + 1) % 5]):
            kept = [j for j in members if j not in copies]
            assert words.share_held(i, [i, *copies]) == _plain_share(i, kept, items)
    alone = _HeadlineWords([0], items)
    assert alone.share_held(0, [0]) == 1.0


def test_half_of_a_name_is_found_whatever_texts_never_write_it() -> None:
    leads = ["The Grey House announced a visit.", "Staff at the Grey House said so."]
    unrelated = ["A quay in Varde was quiet.", "The ferry left at noon."]
    for spelling in ("House", "Grey", "Varde"):
        assert half_name(spelling, leads + unrelated) == half_name(spelling, leads)
    assert half_name("House", leads + unrelated)


def _holds_as_written(sentence: str, needed: tuple[str, ...]) -> bool:
    """The test _sources makes: the words as written (its pattern heeds case)."""
    return any(word in sentence for word in needed)


# Each pattern a summary's sentences are tested with, the words it cannot match without, and
# the test that rules a sentence out by them.
_PATTERNS_AND_NEEDS = [
    (sentences._RECALLS_EARLIER, sentences._RECALLS_NEEDS, sentences._holds_any),
    (sentences._RECAP, ("last",), sentences._holds_any),
    (sentences._DESCRIPTION, sentences._DESCRIPTION_NEEDS, sentences._holds_any),
    (sentences._ABOUT_THE_ARTICLE, sentences._ABOUT_THE_ARTICLE_NEEDS, sentences._holds_any),
    (sentences._NO_COMMENT, sentences._NO_COMMENT_NEEDS, sentences._holds_any),
    (sentences._ATTRIBUTION, sentences._ATTRIBUTION_NEEDS, _holds_as_written),
]
# Invented sentences each of the patterns matches, some in capitals.
_MATCHED = [
    "The regatta was due to start in May but the harbour froze.",
    "THE CREW HAD PLANNED A SECOND CROSSING.",
    "Two weeks after the vote, the pier reopened.",
    "Following the first day of talks, the mayor left.",
    "The board has argued for years that the quay is too short.",
    "The fair scheduled to take place on May 9 was moved.",
    "The old ferry closed LAST WEEK, stranding riders.",
    "The harbourmaster was one of those who built the quay.",
    "There are 40 new berths at the pier.",
    "This hearing is the latest of four.",
    "The mayor also explains why the ferry stopped.",
    "In this interview the pilot recalls the storm.",
    "The board did not immediately respond to a request.",
    "The crew could not be reached on Monday.",
    "The ferry will sail again, the Varde harbour board announced.",
    "Varde Harbour announces a second pier.",
    "The pier reopens in May, according to the mayor.",
]
_WORDS = sorted(
    {w for _, needs, _ in _PATTERNS_AND_NEEDS for w in needs}
    | {"was", "were", "had", "been", "to", "the", "week", "month", "for", "has", "is", "In"}
    | {"This", "There", "are", "of", "also", "why", "not", "comment", "be", "take", "place"}
    | {"board", "announces", "SAID", "Harbour"}
    | {"Ferry", "Varde", "ſet", "laſt", "K", "\u0130n", "ın"}  # letters that fold to ASCII ones
)


def test_the_words_a_pattern_needs_are_in_every_sentence_it_matches() -> None:
    for sentence in _MATCHED:
        assert any(p.search(sentence) for p, _, _ in _PATTERNS_AND_NEEDS), sentence
        for pattern, needs, holds in _PATTERNS_AND_NEEDS:
            if pattern.search(sentence):
                assert holds(sentence, needs), (pattern.pattern[:30], sentence)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.sampled_from(_WORDS), st.sampled_from([str.lower, str.upper, str.title])),
        max_size=14,
    )
)
def test_no_sentence_a_pattern_matches_is_ruled_out_by_its_words(words: list) -> None:
    sentence = " ".join(case(word) for word, case in words)
    for pattern, needs, holds in _PATTERNS_AND_NEEDS:
        if pattern.search(sentence):
            assert holds(sentence, needs), (pattern.pattern[:30], sentence)
