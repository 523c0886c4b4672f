"""An organisation whose name holds a possessive: "the Regional Prosecutor's Office", "the
People's Party", "the Governor's Office".

The name reader cuts such a name at the possessive, into an owner ("Regional Prosecutor's")
and the organisation's last word ("Office"); the last word alone names nothing, so the whole
name is the speaker.
"""

from __future__ import annotations

from generator.analysis.quotes.names import Run, is_org


def possessive_org(words: list[str], runs: list[Run]) -> tuple[str, ...] | None:
    """The whole name when a phrase ends with a capitalised possessive right before an
    organisation's capitalised last word ("Regional Prosecutor's Office"); None otherwise. A
    person's name after a possessive ("Biden's adviser Jane Doe") is no organisation's."""
    if len(runs) < 2:
        return None
    owner, last = runs[-2], runs[-1]
    if not owner.possessive or owner.stop != last.start or last.stop != len(words):
        return None
    if not last.name or last.titles or not is_org(last.name):
        return None
    return tuple(words[owner.start :])
