"""Names with a lowercase particle inside ("Ana de la Cruz", "Margot van der Berg", "Paolo di
Stefano"): a keyword is the whole name or nothing of it, never "Berg", "van der" or "Margot
van"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.analysis.keyword_prose import starts_sentence
from generator.analysis.keyword_titles import TITLES_AND_ROLES, is_abbreviated_title
from generator.analysis.words import MONTHS, WEEKDAYS
from generator.analysis.yake_ranks import stop_words

# The particles that join given names to a family name in the languages English news quotes
# most (French, Dutch, German, Italian, Spanish, Portuguese, Arabic). English words spelled
# alike are left out: "ten" (a count), "do" (a verb), "la" and "le" alone (a brand's "la
# Repubblica"), "al" and "el" (written with a hyphen, "al-Assad", one word; "al Qaeda" is no
# person). "van", "bin" and "den" are nouns too, but a noun is not followed by a capitalised
# word mid-sentence, so a name's shape (a family name after it) tells them apart.
_SINGLE = frozenset(
    {"de", "des", "du", "da", "di", "del", "della", "dei", "dos", "das", "van", "von"}
    | {"der", "den", "ter", "zu", "bin", "bint", "ibn"}
)
# The particles that follow a first one: "de la", "van der", "von der", "de los", "van de".
_SECOND = frozenset({"la", "las", "los", "le", "der", "den", "dem", "de"})
_PARTICLE = "|".join(sorted(_SINGLE, key=len, reverse=True))
_PARTICLE_SECOND = "|".join(sorted(_SECOND, key=len, reverse=True))
_CAPITALISED = r"[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*"
# A particle (or two) and the family name after it. A particle opening a sentence is
# capitalised ("Van der Berg said"); inside a sentence it is lowercase, as the name's own
# spelling is.
_FIRST_LETTERS = "".join(sorted({particle[0] for particle in _SINGLE}))
_NAME = re.compile(  # (the look at a word's first letter halves the time on most words)
    rf"(?<![\w'’-])(?i:(?=[{_FIRST_LETTERS}]))"
    rf"(?P<particle>(?i:{_PARTICLE})(?: (?:{_PARTICLE_SECOND}))?) "
    rf"(?P<surname>{_CAPITALISED})(?![\w'’-])"
)
# The capitalised words right before a particle: the given names, or a title and a given
# name (looked for back from each particle found: a pattern tried at each word was slow).
_BEFORE = re.compile(rf"(?<![\w'’-])(?:(?!(?i:{_PARTICLE}) ){_CAPITALISED} ){{1,3}}$")
# Words a given name never is: the calendar's, which a scraped line may put before a name.
_NOT_GIVEN = MONTHS | WEEKDAYS


@dataclass(frozen=True)
class _Span:
    """One place the prose writes a particle name: line, characters, and the name in full
    (given names and family name) or only its family part ("van der Berg")."""

    line: int
    start: int
    end: int
    given: str  # "" where the prose gives the family part alone here
    family: str  # "van der Berg"


class ParticleNames:
    """The names with a particle inside that an article's prose writes, and where."""

    def __init__(self, prose: Sequence[str]) -> None:
        self._prose = prose
        spans = [span for number, line in enumerate(prose) for span in _spans(number, line)]
        lowercase = {span.family for span in spans if span.family[0].islower()}
        self._spans = [span for span in spans if _lowercase(span.family) in lowercase]
        # The given names each family name comes with: {"van der berg": {"Margot"}}.
        self._given: dict[str, set[str]] = {}
        for span in self._spans:
            if span.given:
                self._given.setdefault(span.family, set()).add(span.given)

    def whole(self, candidate: str) -> str | None:
        """The whole name a candidate is a piece of, or is: "Margot van der Berg" for "Berg",
        "der Berg", "Margot van" or "Van der Berg" where the prose writes that name; "" where
        it is no whole name (it runs across a name's edge, "questioned des"; it is a piece of
        several; the prose never gives the family name a given name); None where the
        candidate has nothing to do with such a name, or the prose also writes it on its own
        ("van" of "a white van"): most candidates."""
        if not self._spans or not self._may_touch(candidate):
            return None
        places = self._places(candidate)
        names = set()
        for line, start, end in places:
            span = self._span_at(line, start, end)
            if span is None:
                return None  # used on its own there: no piece of a name
            if start <= span.start and span.end <= end and end - start > span.end - span.start:
                continue  # the whole name and more: "Charles de Gaulle Airport"
            if start < span.start or end > span.end:
                return ""  # "questioned des", "Berg said": a name's piece and other words
            names.add(self._full(span))
        if not places:  # only in the headline
            return "" if _has_particle(candidate) else None
        if not names:
            return None  # every place holds a whole name
        return names.pop() if len(names) == 1 else ""

    def _may_touch(self, candidate: str) -> bool:
        """Whether a candidate has a particle, or shares a word with a particle name the prose
        writes (a quick test before looking at each place)."""
        words = {word.casefold() for word in candidate.split()}
        if words & _SINGLE:
            return True
        return any(
            words & {word.casefold() for word in f"{span.given} {span.family}".split()}
            for span in self._spans
        )

    def _places(self, candidate: str) -> list[tuple[int, int, int]]:
        """(line, start, end) of each place the prose writes the candidate, in any case."""
        pattern = re.compile(
            r"(?<![\w'’-])" + r"\s+".join(map(re.escape, candidate.split())) + r"(?![\w'’-])",
            re.IGNORECASE,
        )
        return [
            (number, *found.span())
            for number, line in enumerate(self._prose)
            for found in pattern.finditer(line)
        ]

    def _span_at(self, line: int, start: int, end: int) -> _Span | None:
        """The particle name that the characters from start to end overlap, if any."""
        for span in self._spans:
            if span.line == line and span.start < end and start < span.end:
                return span
        return None

    def _full(self, span: _Span) -> str:
        """The name a span stands for in full: its own given names, or the one set of given
        names the prose writes with its family name elsewhere ("" if none or several)."""
        if span.given:
            return f"{span.given} {span.family}"
        given = self._given.get(_lowercase(span.family), set())
        return f"{min(given)} {_lowercase(span.family)}" if len(given) == 1 else ""


def _spans(number: int, line: str) -> list[_Span]:
    """The particle names one prose line writes. A particle opening a sentence is capitalised
    ("Van der Berg said"), as it is in a name of its own ("La Paz", "Des Moines"): such a
    span is only kept by ParticleNames where the prose writes the family name in lowercase
    too."""
    found = []
    for match in _NAME.finditer(line):
        particle = match.group("particle")
        start = match.start("particle")
        if particle[0].isupper() and not starts_sentence(line, start):
            continue  # "Van" mid-sentence: a capitalised word of its own ("Dick Van Dyke")
        if match.group("surname").casefold() in _NOT_GIVEN:
            continue  # "van Monday"
        before = _BEFORE.search(line, max(0, start - 80), start)
        given = _given_names(before.group().split()) if before else ""
        if given:
            start -= len(given) + 1
        found.append(_Span(number, start, match.end(), given, f"{particle} {match['surname']}"))
    return found


def _given_names(before: list[str]) -> str:
    """The given names among the capitalised words right before a particle: those after the
    last title, stop word or calendar word ("Laurence" of "Gallery Director Laurence", none
    of "But")."""
    given: list[str] = []
    for word in reversed(before):
        folded = word.casefold()
        if folded in stop_words() or folded in TITLES_AND_ROLES or folded in _NOT_GIVEN:
            break
        if is_abbreviated_title(word) or word.endswith(("'s", "’s")):
            break
        given.insert(0, word)
    return " ".join(given[-2:])


def _lowercase(family: str) -> str:
    """A family name with its particle in lowercase, as written inside a sentence."""
    particle, _, surname = family.rpartition(" ")
    return f"{particle.lower()} {surname}"


def _has_particle(candidate: str) -> bool:
    """Whether a candidate holds a particle in lowercase, or is one."""
    words = candidate.split()
    return any(word in _SINGLE for word in words) or (
        len(words) == 1 and words[0].casefold() in _SINGLE
    )


def inside_name(words: Sequence[str]) -> Sequence[str]:
    """The words of a name with particles inside, each particle taken for a capital: a name
    written "Paolo di Stefano" is as capitalised as "Paolo Rossi" (the particles at its
    edges are not taken: no name begins or ends in one)."""
    if len(words) < 3:
        return words
    return [
        words[0],
        *(word.title() if word in _SINGLE | _SECOND else word for word in words[1:-1]),
        words[-1],
    ]
