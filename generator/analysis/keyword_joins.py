"""Candidates that only look like one name: two companies' names run together ("Alaska Airlines
Boeing" of "an Alaska Airlines Boeing 737 jet")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.analysis.keyword_prose import Document

# The words that end a company's name, after which a capitalised word starts another name:
# the carrier's "Airlines", the maker's "Motors", a legal form's "Inc".
COMPANY_ENDS = frozenset(
    {"airlines", "airline", "airways", "motors", "aerospace", "inc", "corp", "ltd", "plc", "llc"}
)


def joins_two_names(words: Sequence[str], document: Document) -> bool:
    """Whether capitalised words are a company's name and another name after it, which the
    prose also writes without the company's: "Alaska Airlines Boeing" where "Boeing" stands
    alone elsewhere; not "Boeing Commercial Airplanes", whose end never does."""
    for cut in range(1, len(words)):
        end, rest = words[cut - 1], words[cut:]
        if end.casefold() not in COMPANY_ENDS or not all(_is_plain_name(word) for word in rest):
            continue
        alone = rf"(?<!{re.escape(end)} )(?<![\w-]){re.escape(' '.join(rest))}(?![\w-])"
        if re.search(alone, document.plain):
            return True
    return False


def _is_plain_name(word: str) -> bool:
    """A capitalised word of letters only: "Boeing"; not "737", nor "Flight" of a number."""
    return word[:1].isupper() and word.isalpha()
