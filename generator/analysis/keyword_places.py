"""Places that a keyword names only by the way: a US state run on after a place's name with no
comma ("Lakeview Ohio"), a state's abbreviation ("Ohio" written "Ore." or "Calif."), a short
place noun standing for a longer name ("the Delta" of "Mekong Delta"), and a station's
dateline far from the story the rest of a briefing tells."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.analysis.common_words import common_word_rank
from generator.analysis.keyword_prose import Document, Occurrence
from generator.analysis.keyword_reading import dateline_place
from generator.analysis.keyword_words import has_word
from generator.places import STATE_ABBREVIATIONS, US_STATES

# Words before a state's name that make one name with it: "New Mexico" is no "New" in Mexico,
# "South Florida" no town of "South".
_NAME_OPENERS = frozenset(
    {"new", "north", "south", "east", "west", "central", "northern", "southern", "eastern"}
    | {"western", "northeast", "northwest", "southeast", "southwest", "upstate", "downstate"}
    | {"rural", "coastal"}
)
# Nouns of land and water that stand alone for the name they end: "the Peninsula" of "the
# Florida Peninsula", "the Delta" of "Mekong Delta".
_PLACE_HEADS = frozenset(
    {"peninsula", "island", "islands", "bay", "gulf", "coast", "valley", "strait", "sea"}
    | {"ocean", "river", "lake", "delta", "basin", "plateau", "canal", "harbor", "harbour"}
    | {"desert", "mountains", "panhandle", "keys", "beach", "county", "province", "region"}
)
_STOP_AFTER = re.compile(r"\.(?!\w)")


def without_state(form: str) -> str | None:
    """The place's name of a capitalised candidate that runs a US state on after it with no
    comma, as a headline may ("Lakeview Ohio", "Pine Key Florida" for "Pine Key"); None for
    any other candidate, and for a name the state's name ends ("South Ohio"). A country is
    left alone: "Air France" is an airline."""
    *rest, state = form.split()
    if not 1 <= len(rest) <= 2 or state.casefold() not in _RUN_ON_STATES:
        return None
    if not all(word[:1].isupper() for word in rest) or rest[-1].casefold() in _NAME_OPENERS:
        return None
    if all(common_word_rank(word.casefold()) is not None for word in rest):
        return None  # "Visit Ohio", "Air Florida": a common word names no town
    return " ".join(rest)


# The states of one word that end no other name: "Washington" is a surname too ("Denzel
# Washington"), and a state of two words may end a company's ("Barneys New York").
_RUN_ON_STATES = frozenset(state for state in US_STATES if " " not in state) - {"washington"}


def is_state_abbreviation(form: str, occurrences: Sequence[Occurrence], document: Document) -> bool:
    """Whether a candidate is a US state's abbreviation that the prose always writes with its
    full stop ("Calif." of "Fresno, Calif."): the place is the town before it."""
    if " " in form or form.casefold() not in STATE_ABBREVIATIONS or not occurrences:
        return False
    return all(_STOP_AFTER.match(document.prose[found.line], found.end) for found in occurrences)


def is_place_head(word: str) -> bool:
    """Whether a capitalised word is a noun of land or water that may stand alone for the name
    it ends ("the Peninsula", "the Gulf")."""
    return word.casefold() in _PLACE_HEADS


def without_distant_datelines(
    keyword_lists: list[tuple[str, ...]], texts: Sequence[str]
) -> list[tuple[str, ...]]:
    """The lists without a place that an article names only in its dateline, where no other
    text of the briefing names it: the town of the station or paper that filed ("BALTIMORE
    —" over a story of a storm in Florida), no place the story is about. A briefing of one or
    two articles keeps them: too few to tell the story's places from the outlet's."""
    if len(texts) < 3:
        return keyword_lists
    kept = []
    for index, (keywords, text) in enumerate(zip(keyword_lists, texts, strict=False)):
        place = dateline_place(text)
        drop = (
            place
            and place.casefold() in {keyword.casefold() for keyword in keywords}
            and _named_once(place, text)
            and not any(_names(other, place) for at, other in enumerate(texts) if at != index)
        )
        if drop:
            keywords = tuple(k for k in keywords if k.casefold() != place.casefold())
        kept.append(keywords)
    return kept


def _named_once(place: str, text: str) -> bool:
    """Whether a text names a place once only (its dateline)."""
    return len(re.findall(rf"(?<!\w){re.escape(place.casefold())}(?!\w)", text.casefold())) == 1


def _names(text: str, place: str) -> bool:
    """Whether a text names a place, in any case."""
    folded = place.casefold()
    if " " not in folded:
        return has_word(text, folded)
    return re.search(rf"(?<!\w){re.escape(folded)}(?!\w)", text.casefold()) is not None
