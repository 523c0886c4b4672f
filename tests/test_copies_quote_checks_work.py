"""Checking a briefing's quotations does each piece of difflib's work once: copies of one report
carry the same quotations and are checked against the same originals, and a stretch of an
original is aligned without indexing it again. The checks themselves are the same."""

from __future__ import annotations

import difflib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.briefing.copies import check_quotes, quotations

STORY = (
    "The harbour board met on Tuesday to weigh the plan for a second ferry pier at the north "
    "end of the bay, where traffic has grown every summer since the new road opened.\n\n"
    "“We are not going to rush a decision that shapes the waterfront for fifty years,” the "
    "board's chair, Ines Varga, told reporters after the meeting.\n\n"
    "Fishing crews said the pier would block the channel they use at low tide, and asked the "
    "board to publish the survey of the seabed before any vote.\n\n"
    "“Nobody has shown us the survey,” said Tomas Brell, who has fished the bay for thirty "
    "years. “We only want to see it.”"
)
QUOTES = (
    "We are not going to rush a decision that shapes the waterfront for fifty years,",
    "Nobody has shown us the survey,",
    "We only want to see it.",
)
# A rewrite of the same report, its quotations reworded: its checks need difflib.
REWRITE = (
    STORY.replace("rush a decision that shapes", "hurry a choice that will shape")
    .replace("Nobody has shown us", "No one has shown us")
    .replace("Fishing crews", "Local fishing crews")
)
REWORDED = (
    "We are not going to hurry a choice that will shape the waterfront for fifty years,",
    "No one has shown us the survey,",
    "We only want to see it.",
)


def _matchers_made(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The SequenceMatchers quotation checks make from here on, recorded."""
    made: list[object] = []

    class Counted(difflib.SequenceMatcher):
        def __init__(self, *args: object, **kwargs: object) -> None:
            made.append(self)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(quotations.difflib, "SequenceMatcher", Counted)
    return made


def test_copies_carrying_a_quotation_compare_it_with_an_original_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = _matchers_made(monkeypatch)
    first = check_quotes(REWRITE, REWORDED, [("original-work", STORY)])
    assert made, "a reworded quotation is compared with difflib"
    assert first[0].status == "reworded"
    made.clear()
    others = [check_quotes(REWRITE, REWORDED, [("original-work", STORY)]) for _ in range(5)]
    assert made == []  # the five copies' checks reuse the first's comparisons
    assert others == [first] * 5


def test_a_window_without_enough_of_the_quotations_words_is_not_compared(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every word of the quotation is the original's, but scattered over it: no window of the
    # quotation's length holds most of them, and difflib compares none.
    quote = "board pier crews tide survey vote fifty road summer channel seabed chair years"
    rewrite = f"{STORY}\n\nA pilot said “{quote}”."
    made = _matchers_made(monkeypatch)
    (check,) = check_quotes(rewrite, [quote], [("original-scattered", STORY)])
    assert check.status in ("missing", "unchecked")
    assert len(made) == 1  # the original's own index, made once for all its quotations


_WORDS = st.lists(st.sampled_from("abcde"), max_size=30)


@settings(max_examples=300, deadline=None)
@given(a=_WORDS, b=_WORDS, bounds=st.tuples(st.integers(0, 35), st.integers(0, 35)))
def test_a_stretch_aligned_through_the_whole_texts_index_aligns_as_the_stretch_alone(
    a: list[str], b: list[str], bounds: tuple[int, int]
) -> None:
    low, high = min(bounds[0], len(b)), min(max(bounds), len(b))
    alone = difflib.SequenceMatcher(None, a, b[low:high], autojunk=False)
    expected = [low + block.b - block.a for block in alone.get_matching_blocks() if block.size]
    whole = difflib.SequenceMatcher(None, a, b, autojunk=False)
    assert quotations._run_starts(whole, low, high) == expected


def _held_by_every_size(plain: str, whole: str, least: int) -> int:
    for size in range(len(plain) - 1, least - 1, -1):
        if whole.endswith(plain[:size]):
            return size
    return 0


@settings(max_examples=300, deadline=None)
@given(
    plain=st.text("ab ", max_size=40), whole=st.text("ab ", max_size=60), least=st.integers(1, 8)
)
def test_the_start_of_a_quotation_closing_an_excerpt_is_found_as_by_trying_every_size(
    plain: str, whole: str, least: int
) -> None:
    expected = _held_by_every_size(plain, whole, least)
    assert quotations._held_until_end(plain, whole, least) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from("aBß’`İ ﬀ-1.\u00e9"), max_size=40))
def test_words_are_folded_as_each_one_alone_is(text: str) -> None:
    alone = [
        match.group().casefold().translate(quotations._APOSTROPHES)
        for match in quotations._TOKEN.finditer(text)
    ]
    assert quotations._words(text) == alone


def _best_alone(quote: str, rewrite: str, originals: list[tuple[str, str]], named: str) -> object:
    """The check a page shows, found by checking the quotation against each original alone:
    the best verdict, then the original the rewrite names, then the first by id."""
    order = {"verbatim": 0, "reworded": 1, "missing": 2, "unchecked": 3}
    checks = [check_quotes(rewrite, [quote], [original], (named,))[0] for original in originals]
    return min(checks, key=lambda c: (order[c.status], c.source != named, c.source))


# Copies that differ where the quotations stand: one reworded, one cut, one with the
# punctuation changed only, one that stops before the last paragraph.
COPIES = {
    "alpha": REWRITE,
    "bravo": STORY.replace("survey,” said", "survey” said"),
    "charlie": STORY.rsplit("\n\n", 1)[0],
    "delta": STORY.replace("We only want to see it.", "We want to see it, that is all."),
    # The chair's quotation left out, the story going straight on: missing there.
    "echo": "\n\n".join(STORY.split("\n\n")[::2] + STORY.split("\n\n")[3:]),
}


@pytest.mark.parametrize("named", ["", "alpha", "charlie", "delta", "echo"])
@pytest.mark.parametrize("quote", QUOTES + REWORDED)
def test_checking_against_several_copies_settles_as_checking_each_alone(
    quote: str, named: str
) -> None:
    # Checking stops early (a verbatim copy settles it, a reworded one leaves only copies that
    # may hold it verbatim to look in): the verdict is the one every copy checked would give.
    rewrite = STORY if quote in QUOTES else REWRITE
    originals = sorted(COPIES.items(), reverse=True)
    (check,) = check_quotes(rewrite, [quote], originals, (named,))
    assert check == _best_alone(quote, rewrite, originals, named)
