"""Whether a sentence speaks of a second person of a pronoun's gender, so that a "he" or "she"
after it is unclear.

"The governor, Lucas Ferreira, visited the site. Rescue chief Maria Santos, who travelled with
him, said ... . "...," he said": the "him" of the relative clause describing the sentence's
subject is someone other than that subject (that would be "himself"), so the sentence holds
two people a "he" may go back to, whatever the gender of the one it names; the reader gives
the quote to neither. Only that clause counts: later in a sentence a "him" may be the subject
again ("He warned the public to contact him directly"), and so may a "him" in a clause of its
own inside the relative clause, after a verb of saying or thinking and a subject of its own
("Berg, who says critics have misjudged him, told ...": him is Berg, perhaps).
"""

from __future__ import annotations

import re

from generator.analysis.quotes.vocabulary import (
    AUXILIARIES,
    CONJUNCTIONS,
    PREPOSITIONS,
    SPEECH_VERBS,
    word_set,
)

# A quotation's words are another voice's: their "him" is not the narrative's.
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
# A relative clause between commas describing who the sentence is about: ", who ... ,".
_RELATIVE = re.compile(r",\s*who\b([^,.;:]*),")
_WORD = re.compile(r"[\w’'-]+|[^\w\s]")
# What may follow an object "her" ("with her, said", "told her that"); a noun after it makes
# it a possessive ("her office"), which is about the subject.
_AFTER_OBJECT = PREPOSITIONS | CONJUNCTIONS | frozenset({"that", ",", ".", ";", ")", "—", "–"})
# Verbs whose object may be a clause of its own: "who says critics have misjudged him".
_TAKING_CLAUSES = SPEECH_VERBS | word_set(
    """believes believed thinks thought feels felt knows knew fears feared hopes hoped"""
)
# What shows a clause of its own after such a verb: its own verb's auxiliary ("critics have
# misjudged"), a "that", or a subject pronoun ("says they misjudged").
_CLAUSE_MARKS = (AUXILIARIES - {"to"}) | frozenset({"he", "she", "they", "we", "i", "you"})


def another_of_gender(text: str, gender: str) -> bool:
    """Whether a relative clause about someone in a sentence's narrative holds an object
    pronoun of `gender` ("m": "him", "f": "her" as an object): someone other than them."""
    narrative = _QUOTED.sub(" ", text)
    return any(_holds(match.group(1) + " ,", gender) for match in _RELATIVE.finditer(narrative))


def _holds(clause: str, gender: str) -> bool:
    words = [word.lower() for word in _WORD.findall(clause)]
    if gender == "m":
        places = [index for index, word in enumerate(words) if word == "him"]
    elif gender == "f":
        places = [
            index
            for index, word in enumerate(words)
            if word == "her" and (index + 1 == len(words) or words[index + 1] in _AFTER_OBJECT)
        ]
    else:
        return False
    return any(not _in_own_clause(words[:index]) for index in places)


def _in_own_clause(before: list[str]) -> bool:
    """Whether the words of a relative clause before a pronoun open a clause of its own: a
    verb of saying or thinking, then a subject's auxiliary, "that" or a pronoun ("says critics
    have misjudged", not "travelled with" nor "told")."""
    return any(
        word in _TAKING_CLAUSES and not _CLAUSE_MARKS.isdisjoint(before[index + 1 :])
        for index, word in enumerate(before)
    )
