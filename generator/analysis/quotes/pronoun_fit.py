"""Whether a "he" or "she" may stand for a person: not one a title gives the other gender, nor
one the article has called only by the other pronoun, nor a group named by its role
("officials"); and the one person of several who fits.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.analysis.quotes.names import MIXED, Person
from generator.analysis.quotes.roles import plural
from generator.analysis.quotes.subjects import head_noun
from generator.analysis.quotes.tokens import singular
from generator.analysis.quotes.vocabulary import ROLE_NOUNS, word_set

PRONOUN_OF = {"m": "he", "f": "she"}
# The last word of a country's or a region's name ("Solomon Islands", "Czech Republic",
# "Ivory Coast", "Northern Territory"): a name of two words or more ending so is a place,
# which may speak ("Solomon Islands asks") but is no "he" or "she".
_LAND_NOUNS = word_set(
    """Islands Island Republic Kingdom Coast Territory Territories Province Provinces County
    Peninsula Emirates Isles States"""
)


def only_one(people: Sequence[Person | None], gender: str) -> Person | None:
    """The one person in `people` whose gender does not rule them out ("" for any): "she"
    after "Mr Davie met Lucy Frazer" is Lucy Frazer. Someone the text could not tell (None)
    may be of either gender."""
    distinct = {id(person): person for person in people if person is None or may_be(person, gender)}
    return next(iter(distinct.values())) if len(distinct) == 1 else None


def may_be(person: Person, gender: str) -> bool:
    """Whether a "he" (gender "m") or "she" ("f") may stand for the person: not one a title
    gives the other gender, nor one the article has called only by the other pronoun."""
    if not gender:
        return True
    if is_group(person):
        return False  # "several neighbours said ... . "...," he said": not them, nor "Officials"
    if len(person.tokens) > 1 and person.tokens[-1] in _LAND_NOUNS and not person.role:
        return False  # "Solomon Islands asks for respect. He said": a country, no "he"
    called_other = person.spoke_as in PRONOUN_OF.values() and person.spoke_as != PRONOUN_OF[gender]
    return person.gender in ("", MIXED, gender) and not called_other


def is_group(person: Person) -> bool:
    """Whether a speaker is several people named by their role ("Officials", "residents")."""
    return (person.role or _role_word(person.tokens)) and _plural_role(person.name)


def _role_word(tokens: tuple[str, ...]) -> bool:
    """Whether a "name" is one role noun read as a name at a sentence's start: "Officials"."""
    return len(tokens) == 1 and singular(tokens[0].lower()) in ROLE_NOUNS


def _plural_role(role: str) -> bool:
    """Whether a role stands for several people ("several neighbours", "officials")."""
    head = head_noun(role.lower().split())
    return head is not None and plural(head)
