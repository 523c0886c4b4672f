"""Whether a subject names two people joined by "and" ("Jane Doe and Prime Minister John Roe"),
who speak together and neither alone, or one office whose name holds an "and" ("Trade and
Industry Minister X")."""

from __future__ import annotations

from generator.analysis.quotes.names import Run, bare_title, is_place, may_be_person
from generator.analysis.quotes.vocabulary import TITLES


def coordinated(runs: list[Run], words: list[str]) -> bool:
    """Whether a phrase names two people joined by "and" ("Jane Doe and Prime Minister John
    Roe"), not a title that holds an "and" ("Culture, Media and Sport Secretary X")."""
    if len(runs) < 2 or runs[-2].stop != runs[-1].start - 1:
        return False
    if words[runs[-2].stop].lower() not in ("and", "&"):
        return False
    if all(bare_title(title) in TITLES for title in runs[-1].titles):
        return True
    # "Prime Minister Jane Doe and U.S. President John Roe": a title after a country's name.
    titles = runs[-1].titles
    if not titles or bare_title(titles[-1]) not in TITLES:
        return False
    others = [title for title in titles if bare_title(title) not in TITLES]
    return len(others) == 1 and _a_country(others[0]) and _a_person(runs[-2])


def _a_country(word: str) -> bool:
    """Whether a word before a title is a country's: "U.S.", "UK", "India"; not a part of an
    office's name ("Emergency Services Assistant Commissioner")."""
    return word.replace(".", "").isupper() or is_place((word,))


def _a_person(run: Run) -> bool:
    """Whether a run before "and" names a person, not a part of an office's name ("Trade and
    Industry Minister"): a titled name, or a name of two words at least."""
    titled = any(bare_title(title) in TITLES for title in run.titles)
    return may_be_person(run) and (titled or len(run.name) >= 2)
