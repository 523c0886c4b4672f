"""An organisation whose name holds a possessive: "the Regional Prosecutor's Office", "the
People's Party", "the Governor's Office".

The name reader cuts such a name at the possessive, into an owner ("Regional Prosecutor's")
and the organisation's last word ("Office"); the last word alone names nothing, so the whole
name is the speaker. The organisation speaks only as the phrase's head ("the Governor's
Office said"); in "a spokeswoman for the Governor's Office" the spokeswoman does, and in "an
official at the Governor's Office" an unnamed official: the caller reads those by their head.
"""

from __future__ import annotations

from generator.analysis.quotes.names import Run, is_org
from generator.analysis.quotes.vocabulary import DETERMINERS


def possessive_org(words: list[str], runs: list[Run]) -> tuple[tuple[str, ...], list[str]] | None:
    """The whole name, and the words before it but its determiners (the phrase's head, if
    any: "a spokeswoman for"), when a phrase ends with a capitalised possessive right before an
    organisation's capitalised last word ("Regional Prosecutor's Office"); None otherwise. A
    person's name after a possessive ("Biden's adviser Jane Doe") is no organisation's."""
    if len(runs) < 2:
        return None
    owner, last = runs[-2], runs[-1]
    if not owner.possessive or owner.stop != last.start or last.stop != len(words):
        return None
    if not last.name or last.titles or not is_org(last.name):
        return None
    head = words[: owner.start]
    while head and head[-1].lower() in DETERMINERS:
        head = head[:-1]
    return tuple(words[owner.start :]), head
