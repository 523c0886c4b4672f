"""Speaker phrases the subject rules read as a role or an organisation that are something
else: a name with words run on ("Musk in the letter", "Jane Doe the company's chair" where the
comma is missing), a text rather than a person ("a questions-and-answer email seen by ..."),
people named together with their titles ("Acme CEO Jane Doe and Chairman John Roe"), and a
name's role after a possessive (", Acme's director of policy").
"""

from __future__ import annotations

from generator.analysis.quotes.names import Run, may_be_person, name_runs, singular
from generator.analysis.quotes.paragraphs import MASK
from generator.analysis.quotes.subjects import Subject
from generator.analysis.quotes.vocabulary import DETERMINERS, DOCUMENT_NOUNS, ROLE_NOUNS

# Texts that say things of their own: a role phrase about one speaks for no person.
_TEXTS = DOCUMENT_NOUNS | {"email", "e-mail", "message", "post", "tweet", "report", "filing"}
# Where a phrase after a name says where the words were said: "Musk in the letter".
_WHERE_SAID = frozenset({"in", "on"})


def reread_role(words: tuple[str, ...]) -> Subject | None:
    """A role phrase read again: the name opening it ("Musk in the letter": Musk; "Jane Doe
    the company's chair": Jane Doe, described by the rest), or NOBODY for a text ("an email
    seen by Reuters"); None when it is a role after all."""
    if _a_text(words):
        return Subject("none")
    run = _opening_person(words)
    if run is None:
        return None
    rest = words[run.stop :]
    where = len(rest) >= 3 and rest[0] in _WHERE_SAID and rest[1] in DETERMINERS
    if where and all(word.islower() for word in rest):
        return Subject("name", run.name)
    if len(rest) >= 2 and rest[0].lower() == "the" and singular(rest[-1].lower()) in ROLE_NOUNS:
        return Subject("name", run.name, " ".join(rest))
    return None


def _a_text(words: tuple[str, ...]) -> bool:
    """Whether a role phrase is an indefinite text: "a questions-and-answer email seen"."""
    lowered = [word.lower() for word in words]
    return lowered[:1] in (["a"], ["an"]) and not _TEXTS.isdisjoint(lowered[1:4])


def _opening_person(words: tuple[str, ...]) -> Run | None:
    """The person's name a phrase opens with, with no title before it."""
    runs = name_runs(list(words))
    if not runs or runs[0].start != 0 or runs[0].titles or runs[0].possessive:
        return None
    return runs[0] if may_be_person(runs[0]) and len(runs[0].name) <= 4 else None


def joint_names(words: tuple[str, ...]) -> str | None:
    """People named together, each as their name alone: "Acme CEO Jane Doe and Chairman John
    Roe" is "Jane Doe and John Roe". "" when another part is no person's name with its titles
    (the phrase says nothing clear), None when no part is a titled name (right as written)."""
    parts: list[list[str]] = [[]]
    for word in words:
        if word in ("and", "&"):
            parts.append([])
        else:
            parts[-1].append(word)
    names = [_titled_name(part) for part in parts]
    if not any(name is not None and name[1] for name in names):
        return None  # "Jane Roe and John Doe", "the SNB and the regulator": as written
    if any(name is None for name in names):
        return ""
    return " and ".join(" ".join(name[0].name) for name in names if name is not None)


def _titled_name(part: list[str]) -> tuple[Run, tuple[str, ...]] | None:
    """The person's name a part of a list ends with and the titles before it, if the part is
    only that."""
    runs = name_runs(part)
    if len(runs) != 1 or runs[0].start != 0 or runs[0].stop != len(part):
        return None
    return (runs[0], runs[0].titles) if may_be_person(runs[0]) else None


_ROLE_REACH = 15  # words of a description at most


def possessive_role(rest: list[str]) -> str:
    """A role after a name's comma that opens with whose it is: ", Twitter's director of
    public policy for the United States and Canada" ("" if none)."""
    if len(rest) < 3 or rest[0] != "," or not rest[1][:1].isupper():
        return ""
    if not rest[1].endswith(("'s", "’s")) or singular(rest[2]) not in ROLE_NOUNS:
        return ""
    kept: list[str] = []
    for word in rest[1:]:
        if word in (",", ".", ";", ":", "(", MASK) or len(kept) == _ROLE_REACH:
            break
        kept.append(word)
    return " ".join(kept)
