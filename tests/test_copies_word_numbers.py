"""Copy detection numbers each word by the CRC-32 of its UTF-8, the same in every process and on
every machine (a 5-gram's number, and so which 5-grams are sampled, follows from it), whatever
the characters: ASCII, accented letters, CJK, characters of four bytes, apostrophes between."""

from __future__ import annotations

import re
import zlib

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.briefing.copies.shingling import _word_numbers

CHARACTERS = st.sampled_from(list("ab XY_09,.-\n’“") + ["é", "ß", "中", "😀", "\u00a0", "𝔘"])
TEXTS = st.lists(st.text(CHARACTERS, max_size=40), min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_each_word_is_numbered_by_the_crc_of_its_bytes_and_each_text_ends_on_a_cut(
    texts: list[str],
) -> None:
    numbers, docs = _word_numbers(texts)
    expected, owners = [], []
    for number, text in enumerate(texts):
        for word in re.findall(r"\w+", text):
            expected.append(zlib.crc32(word.encode()) or 1)  # 0 stands for a cut
            owners.append(number)
        expected.append(0)
        owners.append(number)
    assert numbers.tolist() == expected
    assert docs.tolist() == owners
