"""Writes generator/analysis/common_words.py: the 3,000 most common English words, from wordfreq.

    .venv/bin/pip install wordfreq==3.1.1 && .venv/bin/python eval/make_common_words.py

The keyword filter needs only the list, so the build does not depend on wordfreq (which takes
0.3 s to import): the list is committed, and this script makes it again.
"""

from __future__ import annotations

import re
import textwrap
from importlib.metadata import version
from pathlib import Path

import wordfreq

COUNT = 3000
TARGET = Path(__file__).resolve().parents[1] / "generator" / "analysis" / "common_words.py"
HEADER = '''\
"""The {count:,} most common English words, most common first: what a keyword must not be alone.

Made by eval/make_common_words.py from wordfreq {version} (`top_n_list("en", {count})`, the words
of letters only). wordfreq's data is licensed CC BY-SA 4.0 (https://github.com/rspeer/wordfreq).
"""

from __future__ import annotations

import functools

_WORDS = """
{words}
"""


def common_word_rank(word: str) -> int | None:
    """The word's place in the list (1 for "the"), or None if it is not among the words."""
    return _ranks().get(word)


# The build imports this module with the keyword filter; the table is made on first use.
@functools.cache
def _ranks() -> dict[str, int]:
    return {{word: rank for rank, word in enumerate(_WORDS.split(), 1)}}
'''


def main() -> None:
    words = [word for word in wordfreq.top_n_list("en", COUNT) if re.fullmatch("[a-z]+", word)]
    text = HEADER.format(
        count=COUNT,
        version=version("wordfreq"),
        words="\n".join(textwrap.wrap(" ".join(words), width=99)),
    )
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {len(words)} words to {TARGET}")


if __name__ == "__main__":
    main()
