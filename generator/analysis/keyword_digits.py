"""Names spelled with digits ("Chandrayaan-3", "LVM3", "G7"), which YAKE would drop: masked
in letters for it, and spelled with their digits again in its candidates."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from generator.analysis.common_words import common_word_rank
from generator.analysis.keyword_prose import WORD, starts_sentence
from generator.analysis.words import MONTHS, WEEKDAYS

# A word of letters and digits, its parts joined by hyphens: "Chandrayaan-3", "LVM3", "F-35".
# (Only words with a digit in them: the lookahead spares a call to mask() for every other word.)
_LETTERS_AND_DIGITS = re.compile(
    r"(?<![\w$£€¥₹.,:/-])(?=[\w-]*\d)[^\W\d_][^\W_]*(?:-[^\W_]+)*(?![\w-]|[.,:/]\d)"
)
# Parts of a year ("Q2", "H1", "FY24", "FY2023-24") and sums of money ("R34bn", "Rs500m").
_PERIOD_OR_SUM = re.compile(r"Q[1-4]|H[12]|FY[\d-]+|[A-Z][A-Za-z]{0,2}\d+(?:bn|m|k|tn|cr)")
_DIGIT_LETTERS = "abcdefghij"
_DIGITS = re.compile(r"\d+")
# A year joined to a word: "Mid-2023", "Summer-2024".
_YEAR_AFTER = re.compile(r"-(?:19|20)\d\d$")


def mask_digit_names(text: str) -> tuple[str, dict[str, str]]:
    """The text with each name spelled with digits ("Chandrayaan-3", "LVM3", "COVID-19", "G7")
    in letters alone, and what each such word stands for, casefolded.

    YAKE drops every candidate with a digit in it, so a name with one would never be a
    keyword. Its letters stand for the digits ("LVM3" is "LVMZQD"), cased as the name is,
    so YAKE still reads it as a name or an acronym.
    """
    restore: dict[str, str] = {}
    found = list(_words_with_digits(text))
    # A common word with a number ("Crew-9", "Top-10") is a name where the text capitalises it
    # mid-sentence more than once: the lead alone cannot tell "NASA's Crew-9 mission" from "a
    # top-10 finish", nor a name from a capital in a list or a headline.
    named = Counter(
        match.group()
        for match in found
        if match.group()[0].isupper() and not starts_sentence(_before(text, match.start()))
    )
    pieces: list[str] = []
    done = 0
    for match in found:
        word = match.group()
        if not _is_digit_name(word, named[word] >= 2):
            continue
        # isdecimal, not isdigit: a superscript "²" is a digit int() cannot read.
        letters = "".join("zq" + _DIGIT_LETTERS[int(c)] if c.isdecimal() else c for c in word)
        letters = letters.upper() if word.isupper() else letters
        restore[letters.casefold()] = word
        pieces += (text[done : match.start()], letters)
        done = match.end()
    return "".join(pieces) + text[done:], restore


def _words_with_digits(text: str) -> Iterator[re.Match[str]]:
    """_LETTERS_AND_DIGITS's matches in the text, in order.

    A match lies inside a run of word characters and hyphens that holds a digit, so only such
    runs are searched: the pattern tried at every character of the text was most of the
    masking's time. (A search from a run's start still sees the characters before it; its end
    is two characters past the run, where the pattern's look-ahead reads.)
    """
    run_end = 0
    for digits in _DIGITS.finditer(text):
        if digits.start() < run_end:
            continue  # in the run searched already
        run_start = digits.start()
        while run_start > run_end and _in_run(text[run_start - 1]):
            run_start -= 1
        run_end = digits.end()
        while run_end < len(text) and _in_run(text[run_end]):
            run_end += 1
        yield from _LETTERS_AND_DIGITS.finditer(text, run_start, run_end + 2)


def _in_run(character: str) -> bool:
    """Whether a character is one a word of _LETTERS_AND_DIGITS may hold: \\w or a hyphen."""
    return character.isalnum() or character in "_-"


def unmask(candidate: str, restore: dict[str, str]) -> str:
    """A candidate of the masked text with its names spelled with their digits again."""
    if not restore:
        return candidate
    return " ".join(restore.get(word.casefold(), word) for word in candidate.split(" "))


def _before(text: str, position: int) -> str:
    """The few characters before a position: enough to tell whether it starts a sentence."""
    return text[max(0, position - 20) : position]


def _is_digit_name(word: str, capitalised_mid_sentence: bool = False) -> bool:
    """Whether a word of letters and digits is a name ("Chandrayaan-3", "GPT-4", "G7"), not a
    part of a date ("Q2", "FY24", "Mid-2023") or a common word with a count ("Top-10").

    A common word joined to a number is a name where the text capitalises it mid-sentence
    twice or more (`capitalised_mid_sentence`: "Crew-9"), unless the number is a year.
    """
    if not any(char.isdigit() for char in word) or not any(char.isupper() for char in word):
        return False
    if _PERIOD_OR_SUM.fullmatch(word):
        return False
    head = WORD.match(word)
    lead = head.group().lower() if head else ""
    if lead in MONTHS or lead in WEEKDAYS:
        return False
    if head is None or head.group().isupper() or common_word_rank(lead) is None:
        return True
    return capitalised_mid_sentence and not _YEAR_AFTER.search(word)
