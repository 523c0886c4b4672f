"""The institution a definite phrase stands for: "the palace" for the palace the article names
("Buckingham Palace"), "the Elysee" for "Elysee Palace".

Newsrooms name an institution in full once and then by its noun ("the palace said") or by its
own name's first word ("the Elysee said"). Either stands for the institution only when the
article makes clear which one: the one it names so, or of several, the one the nearest earlier
sentence names alone. A phrase of its own names one institution when a country or a leader
stands before its noun ("the French embassy in Ghana", "the Trump administration").
"""

from __future__ import annotations

from generator.analysis.quotes.names import is_name_token, name_key, name_runs
from generator.analysis.quotes.vocabulary import NOT_NAMES, ORG_WORDS, word_set

Sentences = list[list[str]]


def institution_meant(sentences: Sentences, index: int, words: tuple[str, ...]) -> str | None:
    """The institution "the <word>" stands for in sentence `index`, None when unclear or when
    the phrase is no such shorthand. `words`: the phrase, "the" first."""
    if len(words) != 2 or words[0].lower() != "the":
        return None
    word = words[1]
    if word.lower() in KIND_NOUNS:  # "the agency": the one agency the article names
        return _one_of_kind(sentences, KIND_NOUNS[word.lower()])
    if word.title() in ORG_WORDS:
        return _nearest(sentences, index, _ending_with(sentences, word.title()))
    if word[:1].isupper():
        return _nearest(sentences, index, _opening_with(sentences, word))
    return None


# Institutions that speak as one, named by the country or leader before them in lower case:
# "the French presidency", "the Chinese foreign ministry", "the Trump administration". Written
# with capitals ("the Foreign Ministry") they are organisations already (ORG_WORDS).
_INSTITUTIONS = word_set(
    """presidency government administration ministry embassy consulate military army navy
    cabinet parliament senate palace mission"""
)
_INSTITUTION_MODIFIERS = 2  # lower-case words before the noun: "foreign ministry"
# Words that open the place an institution serves: "the French embassy in Ghana".
_SEATED = frozenset({"in", "to", "at"})
_PLACE_WORDS = 3  # capitalised words of that place at most: "in Port Moresby"


def institution_phrase(words: list[str]) -> bool:
    """Whether a phrase is "the", capitalised words, at most two lower-case words and an
    institution's noun, and maybe the place it serves ("in Ghana"): one institution, as a
    capitalised organisation's name is; not "the government" alone, which the article may use
    for several."""
    words = _without_place(words)
    if len(words) < 3 or words[0].lower() != "the" or words[-1] not in _INSTITUTIONS:
        return False
    named = 1
    while named < len(words) - 1 and is_name_token(words[named]):
        named += 1
    between = words[named:-1]
    return (
        named > 1
        and len(between) <= _INSTITUTION_MODIFIERS
        and all(word.isalpha() and word.islower() for word in between)
        and not any(word in NOT_NAMES for word in words[1:named])
    )


def _without_place(words: list[str]) -> list[str]:
    """The words before a closing "in <Place>" ("the French embassy in Ghana"), else all."""
    for at in range(max(1, len(words) - _PLACE_WORDS - 1), len(words) - 1):
        place = words[at + 1 :]
        if words[at] in _SEATED and all(is_name_token(word) for word in place):
            return words[:at]
    return words


# Nouns for a kind of organisation, with the words its names end with: "the agency" is the
# Federal Aviation Administration when the article names no other agency. A kind whose names
# need not say it ("Boeing" is a company) is left out: "the company" may be one unseen.
KIND_NOUNS = {
    "agency": frozenset({"Agency", "Administration", "Authority", "Bureau", "Commission"}),
    "airline": frozenset({"Airlines", "Airways"}),
    "carrier": frozenset({"Airlines", "Airways"}),
}


def _one_of_kind(sentences: Sentences, endings: frozenset[str]) -> str | None:
    """The one organisation of a kind the article names (by any of its endings), else None."""
    named: dict[tuple[str, ...], str] = {}
    for ending in endings:
        named.update(_ending_with(sentences, ending))
    return next(iter(named.values())) if len(named) == 1 else None


def institution_shorthand(sentences: Sentences, words: tuple[str, ...]) -> bool:
    """Whether "the <Word>" opens the name of an institution the article names ("the Elysee"
    beside "Elysee Palace"): a shorthand for it, never an epithet for a person."""
    return len(words) == 2 and words[1][:1].isupper() and bool(_opening_with(sentences, words[1]))


def _ending_with(sentences: Sentences, word: str) -> dict[tuple[str, ...], str]:
    """The names the article gives an institution that end with `word` ("Buckingham Palace"
    for "Palace"), by their keys."""
    found: dict[tuple[str, ...], str] = {}
    for words in sentences:
        if word in words:
            for run in name_runs(words):
                tokens = tuple(words[run.start : run.stop])  # "Foreign Ministry" whole
                if len(tokens) > 1 and tokens[-1] == word:
                    found.setdefault(name_key(tokens), " ".join(tokens))
    return found


def _opening_with(sentences: Sentences, word: str) -> dict[tuple[str, ...], str]:
    """The names the article gives an institution that open with `word` and end with an
    institution's word ("Elysee Palace" for "Elysee")."""
    found: dict[tuple[str, ...], str] = {}
    for words in sentences:
        for start, token in enumerate(words[:-1]):
            if token == word and words[start + 1] in ORG_WORDS:
                tokens = (token, words[start + 1])
                found.setdefault(name_key(tokens), " ".join(tokens))
    return found


def _nearest(sentences: Sentences, index: int, named: dict[tuple[str, ...], str]) -> str | None:
    """The one of `named` the article means: the only one, or of several, the only one the
    nearest sentence up to `index` that names any of them names."""
    if len(named) <= 1:
        return next(iter(named.values()), None)
    for words in reversed(sentences[: index + 1]):
        sentence = f" {' '.join(words)} "
        here = [name for name in named.values() if f" {name} " in sentence]
        if here:
            return here[0] if len(here) == 1 else None
    return None


def lower_case_name_meant(sentences: Sentences, index: int, words: tuple[str, ...]) -> str | None:
    """The organisation "the coast guard" stands for in sentence `index`: the one whose name
    the article writes with capitals and ends with these words ("US Coast Guard", "Coast
    Guard"), the one the nearest sentence up to `index` names (a longer name holding a shorter
    being one), or the only one. None for a phrase of fewer than two words after "the", or
    with a capital: a name already, or a title the article capitalises."""
    if len(words) < 3 or words[0].lower() != "the" or not all(w.islower() for w in words[1:]):
        return None
    ending = name_key(words[1:])
    capital = words[-1].title()  # a cheap test first: most sentences hold no such name
    named = [
        _named_ending(sentence, ending) if any(w.startswith(capital) for w in sentence) else {}
        for sentence in sentences
    ]
    if not any(named):
        return None
    for found in reversed(named[: index + 1]):
        if found:
            return _longest(found)
    every = {key: name for found in named for key, name in found.items()}
    return _longest(every)


def _named_ending(words: list[str], ending: tuple[str, ...]) -> dict[tuple[str, ...], str]:
    """The names (not titles) of a sentence that end with `ending`, by their keys."""
    found: dict[tuple[str, ...], str] = {}
    for run in name_runs(words):
        key = name_key(run.name)
        if not run.titles and key[-len(ending) :] == ending:
            found[key] = " ".join(run.name).removesuffix("'s").removesuffix("’s")
    return found


def _longest(found: dict[tuple[str, ...], str]) -> str | None:
    """The one name all of `found` are the endings of ("US Coast Guard" over "Coast Guard");
    None when two differ ("US Coast Guard", "Canadian Coast Guard")."""
    longest = max(found, key=len)
    if all(longest[-len(key) :] == key for key in found):
        return found[longest]
    return None


def kind_noun(lowered: list[str]) -> bool:
    """Whether a phrase is "the" and a noun for a kind of organisation ("the agency"), which
    speaks as the one organisation of that kind the article names (institution_meant)."""
    return len(lowered) == 2 and lowered[0] == "the" and lowered[1] in KIND_NOUNS
