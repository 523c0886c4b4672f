"""Keywords of a briefing that another keyword names too, written another way by another
outlet: "US Coast Guard" and "Coast Guard", "Marine Board Investigation" and "Marine Board of
Investigation", "board investigation" of "marine board investigation", "presumed human remains"
and "human remains", "Canadian P-3 aircraft" and "Canadian P-3", "Marrakesh" and
"Marrakech", "High Atlas" and "High Atlas Mountains"."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence

from generator.analysis.quotes.names import is_place

# A country's initials before a name: "US", "U.S.", "UK".
_COUNTRY_INITIALS = re.compile(r"US|UK|U\.S\.|U\.K\.")
_OF = re.compile(r" of(?: the)? ")


class _Keywords:
    """A briefing's keywords, indexed once by their words (in lowercase, without "of"), so
    that each look-up is one step whatever the briefing's size."""

    def __init__(self, forms: Sequence[str], carried: Counter[str], texts: Sequence[str]):
        self.carried = carried
        self.texts = texts
        self.by_words = {_words(form): form for form in forms}
        self.without_of: dict[tuple[str, ...], list[str]] = {}
        self.opened_by: dict[tuple[str, ...], list[str]] = {}  # capitalised names by start
        self.ended_by: dict[tuple[str, ...], list[str]] = {}  # capitalised names by end
        for form in forms:
            plain = _words(_OF.sub(" ", form))
            self.without_of.setdefault(plain, []).append(form)
            if _capitalised(_OF.sub(" ", form)):
                for size in range(2, len(plain)):
                    self.opened_by.setdefault(plain[:size], []).append(form)
                    self.ended_by.setdefault(plain[-size:], []).append(form)

    def twins(self, form: str) -> list[str]:
        """The keywords spelled as `form` but for one consonant in one word (see _is_twin)."""
        words = _words(form)
        return [
            other
            for other_words, other in self.by_words.items()
            if len(other_words) == len(words)
            and sum(a != b for a, b in zip(words, other_words, strict=True)) == 1
            and all(a == b or _is_twin(a, b) for a, b in zip(words, other_words, strict=True))
        ]

    def written(self, form: str) -> int:
        """How many times the briefing's texts write a spelling, as a whole phrase."""
        pattern = re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])")
        return sum(len(pattern.findall(text)) for text in self.texts if form in text)

    @functools.cached_property
    def folded(self) -> list[str]:
        """The texts casefolded, once for all the look-ups that need them."""
        return [text.casefold() for text in self.texts]


def variant_names(
    forms: Sequence[str], carried: Counter[str], texts: Sequence[str]
) -> dict[str, str]:
    """The keyword of the briefing that each form in `forms` stands for, where it is another
    (`carried`: how many articles carry each form; `texts`: the briefing's texts)."""
    keywords = _Keywords(forms, carried, texts)
    named: dict[str, str] = {}
    for form in forms:
        found = (
            _without_initials(form, keywords),
            _with_of(form, keywords),
            _name_of_a_noun(form, keywords),
            _term_in_a_phrase(form, keywords),
            _end_of_a_name(form, keywords),
            _start_of_a_name(form, keywords),
            _spelled_another_way(form, keywords),
            _with_its_landform(form, keywords),
        )
        other = next((other for other in found if other and other != form), "")
        if other:
            named[form] = other
    return named


def _words(form: str) -> tuple[str, ...]:
    """A keyword's words in lowercase, to compare two keywords by."""
    return tuple(form.casefold().split())


def _without_initials(form: str, keywords: _Keywords) -> str:
    """'Coast Guard' for 'US Coast Guard', where no fewer articles carry it: one body, which
    most outlets name without its country."""
    first, _, rest = form.partition(" ")
    if not _COUNTRY_INITIALS.fullmatch(first) or " " not in rest or not _capitalised(rest):
        return ""
    other = keywords.by_words.get(_words(rest), "")
    return other if other and keywords.carried[other] >= keywords.carried[form] else ""


def _with_of(form: str, keywords: _Keywords) -> str:
    """The name as most articles write it, with or without its "of": "Marine Board
    Investigation" and "Marine Board of Investigation" (the one with "of" on a tie)."""
    if not _capitalised(_OF.sub(" ", form)):
        return ""
    same = keywords.without_of.get(_words(_OF.sub(" ", form)), [])
    carried = keywords.carried
    return min(same, key=lambda other: (-carried[other], " of " not in other, other), default="")


def _name_of_a_noun(form: str, keywords: _Keywords) -> str:
    """The name alone for a name and a lowercase noun after it, where the name is a keyword
    too: "Canadian P-3" for "Canadian P-3 aircraft"."""
    name, _, noun = form.rpartition(" ")
    if " " not in name or not noun.islower() or not _capitalised(name):
        return ""
    return keywords.by_words.get(_words(name), "")


def _term_in_a_phrase(form: str, keywords: _Keywords) -> str:
    """The lowercase term of two words or more that ends a longer lowercase phrase, where
    more articles carry the term: "human remains" for "presumed human remains"."""
    words = form.split()
    if len(words) < 3 or not form.islower():
        return ""
    other = keywords.by_words.get(_words(" ".join(words[1:])), "")
    if other and other.islower() and keywords.carried[other] > keywords.carried[form]:
        return other
    return ""


def _end_of_a_name(form: str, keywords: _Keywords) -> str:
    """The one capitalised name that a lowercase phrase of two words or more is the end of,
    where a text writes the whole name in lowercase too: "Marine Board Investigation" for
    "board investigation" of "a marine board investigation"."""
    if " " not in form or not form.islower():
        return ""
    names = keywords.ended_by.get(_words(form), [])
    if len(names) != 1:
        return ""
    whole = " ".join(_words(_OF.sub(" ", names[0])))
    return names[0] if any(whole in text for text in keywords.folded) else ""


def _start_of_a_name(form: str, keywords: _Keywords) -> str:
    """The one keyword that a capitalised keyword of two words or more opens, where the texts
    write the shorter only as its start, some with "of" after it: "Marine Board
    Investigation" for "Marine Board" of "Marine Board of Investigation"."""
    if " " not in form or not _capitalised(form):
        return ""
    longer = keywords.opened_by.get(_words(form), [])
    texts = keywords.texts
    if len(longer) != 1 or not any(f"{form} of " in text for text in texts):
        return ""  # "New York" of "New York Times" is a name of its own
    following = _OF.sub(" ", longer[0]).split()[len(form.split())]
    alone = re.compile(
        rf"(?<![\w-]){re.escape(form)}(?![\w-])(?! of )(?! {re.escape(following)}(?![\w-]))"
    )
    return "" if any(form in text and alone.search(text) for text in texts) else longer[0]


def _capitalised(phrase: str) -> bool:
    """Whether every word of a phrase opens with a capital."""
    return all(word[:1].isupper() for word in phrase.split())


# Consonants, which two spellings of one name by two outlets may swap ("Marrakech" and
# "Marrakesh", "Gaddafi" and "Qaddafi"); a vowel swapped makes another name ("Colombia" and
# "Columbia").
_CONSONANT = re.compile(r"[b-df-hj-np-tv-z]")
# The shortest word whose spellings are taken for one: "Iran" and "Iraq" are two places.
_MIN_TWIN_LETTERS = 6


def _spelled_another_way(form: str, keywords: _Keywords) -> str:
    """The briefing's commonest spelling of a capitalised name that other outlets write with
    one consonant swapped in a word of six letters or more ("Marrakech" for "Marrakesh"): the
    one the texts write more often, then the one more articles carry; "" where it is this."""
    if not _capitalised(form):
        return ""
    twins = [other for other in keywords.twins(form) if other != form]
    if not twins:
        return ""
    best = min(
        [form, *twins], key=lambda one: (-keywords.written(one), -keywords.carried[one], one)
    )
    return "" if best == form else best


def _is_twin(word: str, other: str) -> bool:
    """Whether two words differ in one consonant only, both long enough to be one name."""
    if len(word) != len(other) or len(word) < _MIN_TWIN_LETTERS:
        return False
    swapped = [(a, b) for a, b in zip(word, other, strict=True) if a != b]
    return len(swapped) == 1 and all(_CONSONANT.fullmatch(letter) for letter in swapped[0])


# Nouns of high land and water that a name is written with or without: "High Atlas" and "High
# Atlas Mountains", "Mekong" and "Mekong River" (not "Florida" and "Florida Keys", a part).
_LANDFORMS = frozenset({"mountains", "range", "river", "desert"})


def _with_its_landform(form: str, keywords: _Keywords) -> str:
    """The keyword that is a capitalised name with its landform's noun after it ("High Atlas
    Mountains" for "High Atlas"), where a text writes the longer: one place, whose full name
    says what it is. A country keeps its name ("Jordan" is not "Jordan River")."""
    if not _capitalised(form) or is_place((form,)):
        return ""
    for noun in _LANDFORMS:
        longer = keywords.by_words.get((*_words(form), noun), "")
        if longer and any(longer in text for text in keywords.texts):
            return longer
    return ""
