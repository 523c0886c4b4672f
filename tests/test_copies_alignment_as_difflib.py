"""Quotation checks align a quotation with a stretch of an original from the original's one
index of its words (briefing/copies/alignment.py): the blocks and opcodes are difflib's for the
quotation and that stretch alone, so every check reads as difflib would have it."""

from __future__ import annotations

import difflib

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.briefing.copies.alignment import matching_blocks, opcodes

# A few words, so that a quotation and an original share many, several times over.
WORDS = st.lists(st.sampled_from(["the", "pier", "board", "said", "we", "vote", "tide"]))


def _index(original: list[str]) -> dict[str, list[int]]:
    return difflib.SequenceMatcher(None, [], original, autojunk=False).b2j


@settings(max_examples=300, deadline=None)
@given(WORDS, WORDS, st.data())
def test_blocks_of_a_stretch_are_difflibs_of_the_stretch_alone(
    quote: list[str], original: list[str], data: st.DataObject
) -> None:
    low = data.draw(st.integers(0, len(original)))
    high = data.draw(st.integers(low, len(original)))
    alone = difflib.SequenceMatcher(None, quote, original[low:high], autojunk=False)
    expected = [(i, j + low, size) for i, j, size in alone.get_matching_blocks()[:-1]]
    blocks = matching_blocks(quote, _index(original), low, high)
    assert blocks == expected
    shifted = [(i, j - low, size) for i, j, size in blocks]
    assert opcodes(shifted, len(quote), high - low) == alone.get_opcodes()


def test_the_longest_block_first_then_the_earliest_of_equals() -> None:
    # "we said" twice in the original, once in the quotation: the earlier is the block.
    original = ["board", "said", "we", "said", "the", "vote", "we", "said"]
    quote = ["we", "said"]
    assert matching_blocks(quote, _index(original), 0, len(original)) == [(0, 2, 2)]
    # Bounded past the first, the second is found, where difflib on that stretch finds it.
    assert matching_blocks(quote, _index(original), 3, len(original)) == [(0, 6, 2)]
