"""A speaker's description as a reader should see it, and one description for a speaker.

Descriptions are the words an article gives a speaker ("Republican Gov.", "Off-and-on
resident", "European Commission President"). Written before a name they keep the capitals of
the place they stood in: a sentence's first word, a title abbreviated before the name. Tidied,
they read as a description after a name does: "Republican governor", "off-and-on resident".
A speaker described several ways gets the fullest, those that differ only in case being one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from generator.analysis.common_words import common_word_rank
from generator.analysis.quotes.vocabulary import CALENDAR

# Titles abbreviated before a name, as a description's words: "Republican Gov." is a governor.
_SPELLED_OUT = {
    "adm": "admiral",
    "amb": "ambassador",
    "atty": "attorney",
    "brig": "brigadier",
    "capt": "captain",
    "cllr": "councillor",
    "cmdr": "commander",
    "col": "colonel",
    "coun": "councillor",
    "cpl": "corporal",
    "det": "detective",
    "gen": "general",
    "gov": "governor",
    "insp": "inspector",
    "lt": "lieutenant",
    "maj": "major",
    "pres": "president",
    "prof": "professor",
    "pvt": "private",
    "rep": "representative",
    "rev": "reverend",
    "sen": "senator",
    "sgt": "sergeant",
    "supt": "superintendent",
}
# Honorifics say nothing as a description: "Dr." alone is no role.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "hon", "miss", "sir", "dame"})
_ABBREVIATION = re.compile(r"([A-Z][a-z]{1,3})\.?")
_PLAIN_CAPITAL = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)*")
# Capitalised words that make one rank with the title after them: "Rear Adm." is a "Rear
# Admiral", written with the text's own capitals ("Coast Guard Rear Admiral"), not a "Rear admiral".
_RANK_QUALIFIERS = frozenset(
    {"Rear", "Vice", "Lieutenant", "Major", "Brigadier", "Staff", "Master"}
)


def _spelled_out(key: str, before: list[str]) -> str:
    """An abbreviated title spelled out: in lower case, or capitalised after a rank's
    qualifier ("Rear Adm." -> "Rear Admiral")."""
    spelled = _SPELLED_OUT[key]
    return spelled.capitalize() if before and before[0] in _RANK_QUALIFIERS else spelled


# A word this common in English, capitalised only where a sentence opened, is no name.
_ACRONYM = 5  # letters at most in an acronym written among shouted words ("A COSLA spokesman")


def tidy(description: str, proper: Callable[[str], bool] = lambda word: True) -> str:
    """A description with its abbreviated titles spelled out in lower case ("Former Sen." ->
    "former senator"), honorifics dropped, and its first word in lower case when it is a
    common word the article writes with a capital only where a sentence opens (`proper` says
    whether the article writes a word with a capital elsewhere)."""
    words = _before_open_bracket(_past_dateline(description.split()))
    if _holds_a_headline(words):
        return ""
    tidied: list[str] = []
    for word in words:
        match = _ABBREVIATION.fullmatch(word)
        key = match.group(1).lower() if match else ""
        if key not in _SPELLED_OUT and not (key in _HONORIFICS and word.endswith(".")):
            key = ""
        if key in _HONORIFICS:
            continue
        tidied.append(_spelled_out(key, tidied[-1:]) if key else word)
    if len(tidied) > 1 and _shouted(tidied):
        tidied = [_quieter(word) for word in tidied]
    # Not before another capital either, which may go on a name: "South Korea's".
    # Not when a later word has a capital: an office's name ("Minister of Health").
    if (
        len(tidied) > 1
        and not any(word[:1].isupper() for word in tidied[1:])
        and _opened_a_sentence(tidied[0], proper)  # last: it may gather the article's words
    ):
        tidied[0] = tidied[0].lower()
    return " ".join(tidied)


def _before_open_bracket(words: list[str]) -> list[str]:
    """A description's words before a bracket it leaves open, where the description was cut
    inside it: "chairman of Swiss Re ( OTC" is "chairman of Swiss Re"; "(D-Calif.)" stays."""
    text = " ".join(words)
    opened = text.rfind("(")
    if opened < 0 or ")" in text[opened:]:
        return words
    return text[:opened].split()


# The dash that ends a dateline: "HANOI, Vietnam -- President Joe Biden said".
_DATELINE_DASHES = frozenset({"-", "--", "–", "—"})


def _past_dateline(words: list[str]) -> list[str]:
    """A description's words without what a dateline or a date put before them: the place
    before a dateline's dash ("Vietnam -- President") and an opening day of the week ("on
    Monday President Biden"), which the description ran into because no comma closed them."""
    dash = max((i for i, word in enumerate(words) if word in _DATELINE_DASHES), default=-1)
    words = words[dash + 1 :]
    while len(words) > 1 and words[0] in CALENDAR:
        words = words[1:]
    return words


# Words a headline's title case capitalises and an office's name never does: a possessive
# pronoun, a verb's particle, an auxiliary ("Boeing Shakes Up Its Leadership CEO").
_TITLE_CASE_ONLY = frozenset(
    {"Its", "Their", "Our", "My", "Your", "Up", "Out", "Down", "Off", "Is", "Are", "Was"}
    | {"Were", "Has", "Have", "Had", "Will", "Be", "Been", "Says", "Amid", "Into"}
)
_HEADLINE_RUN = 4  # capitalised words in a row, at least, that a headline's words make


def _holds_a_headline(words: list[str]) -> bool:
    """Whether a description ran into a headline before the name, as on a page stored as one
    line ("Boeing Embattled Boeing Shakes Up Its Leadership CEO"): a run of capitalised words
    holding, after its first, a word only title case capitalises. A description is a short
    role phrase; such a run is none."""
    run, marked = 0, False
    for word in words:
        if not word[:1].isupper():
            run, marked = 0, False
            continue
        run += 1
        marked = marked or (run > 1 and word in _TITLE_CASE_ONLY)
        if marked and run >= _HEADLINE_RUN:
            return True
    return False


# Words written with a capital wherever they stand, common as their lower case may be: a
# nationality ("Italian", "Japanese", "Danish", "European", "American") or a party.
_ALWAYS_CAPITAL = re.compile(r".+(?:ian|ese|ish|ean|ican)|Democrat(?:ic)?|Republican|Labour|Tory")


def _opened_a_sentence(word: str, proper: Callable[[str], bool]) -> bool:
    """Whether a capitalised first word is a common one ("Off-and-on", "Former"), not a name
    ("European", "Republican", or a word the article writes so mid-sentence)."""
    if not _PLAIN_CAPITAL.fullmatch(word) or _ALWAYS_CAPITAL.fullmatch(word):
        return False
    common = all(common_word_rank(part) is not None for part in word.lower().split("-"))
    return common and not proper(word)  # asked last: it may gather the article's words


def quieter(speaker: str) -> str:
    """A role speaker opening in capitals in lower case: "A JUDGE" -> "A judge"; a name in
    capitals as a name is written: "TOM REED" -> "Tom Reed"."""
    words = speaker.split()
    if len(words) < 2 or not _shouted(words):
        return speaker
    if words[0] in _SHOUTED_ARTICLES:
        return " ".join(map(_quieter, words))
    return " ".join(map(_as_a_name, words))


# The words a role shouted in capitals opens with ("A JUDGE", "THE MINISTER"); a name has none.
_SHOUTED_ARTICLES = frozenset({"A", "AN", "THE", "ONE", "ANOTHER"})
# A regnal number, kept in capitals: "Charles III".
_ROMAN = re.compile(r"[IVX]+")


def _as_a_name(word: str) -> str:
    """A word of a name in capitals as names are written ("REED" -> "Reed", "O'NEILL" ->
    "O'Neill"); a regnal number and a single letter stay."""
    if not word.isupper() or len(word) < 2 or _ROMAN.fullmatch(word):
        return word
    return word.title().replace("’S", "’s").replace("'S", "'s")


def _shouted(words: list[str]) -> bool:
    """Whether a description opens in capitals, as some papers open a story ("A JUDGE")."""
    letters = [word for word in words[:2] if any(c.isalpha() for c in word)]
    return len(letters) == 2 and all(word.isupper() for word in letters)


def _quieter(word: str) -> str:
    """A shouted word in lower case, unless it may be an acronym: short, and no common word."""
    if not word.isupper() or len(word) <= _ACRONYM and common_word_rank(word.lower()) is None:
        return word
    return word.lower() if len(word) > 1 else word


# What a description, a noun phrase, does not hold: a spaced dash or a bar, left over from a
# page's furniture ("the voice of Central - click the banner below Mayor").
_NOT_A_PHRASE = re.compile(r"\s[-–—|]\s|[|<>]")


def fullest(descriptions: Iterable[str]) -> str:
    """The fullest of a speaker's descriptions: the longest, those that differ only in case
    being one; of those, the spelling most used, then the one with fewer capitals. One that
    reads as no phrase is taken only when there is no other."""
    descriptions = list(descriptions)
    if len(set(descriptions)) == 1:
        return descriptions[0]  # one description, however often given: most speakers
    used = Counter(d for d in descriptions if d)
    phrases = Counter({d: n for d, n in used.items() if not _NOT_A_PHRASE.search(d)})
    used = phrases or used
    if not used:
        return ""
    groups: dict[str, list[str]] = {}
    for description in used:
        groups.setdefault(description.casefold(), []).append(description)
    longest = max(groups, key=lambda key: (len(key), sum(used[d] for d in groups[key]), key))
    return min(
        groups[longest],
        key=lambda d: (-used[d], sum(c.isupper() for c in d), d),
    )


# A capitalised word after a lower-case one or a comma: written so mid-sentence. The capital
# comes first, so that the scan stops only at capitals, not at every character.
_MID_SENTENCE = re.compile(r"[A-Z](?<=[a-z,;] [A-Z])[\w-]*")


def proper_words(text: str) -> frozenset[str]:
    """The capitalised words an article writes with a capital mid-sentence: names."""
    return frozenset(_MID_SENTENCE.findall(text))
