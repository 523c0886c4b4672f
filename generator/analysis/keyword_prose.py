"""Where an article's prose uses a keyword, and how the article spells it: the article as YAKE
reads it (its headlines in the body's casing), each keyword's occurrences as a phrase of its own,
and the spelling a keyword is shown in.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

from generator.analysis.common_words import common_word_rank
from generator.analysis.keyword_reading import dateline_credits, nicknames, readable
from generator.analysis.keyword_titles import (
    HONORIFICS,
    TITLE_ENDS,
    TITLE_OPENERS,
    TITLE_PHRASES,
    TITLES_AND_ROLES,
)
from generator.analysis.quotes.names import is_place
from generator.analysis.summary import Block, blocks
from generator.analysis.words import (
    COMMON_VERBS,
    DASHES,
    NAME_PARTICLES,
    unaccented,
)

# Stop words that begin a name when capitalised: "York Mets" is a piece of "New York Mets".
_NAME_STOP_WORDS = frozenset({"New", "Old", "Little"})
_SENTENCE_END = ".!?"
WORD = re.compile(r"[^\W\d_]+")
# A whole word next to a phrase, hyphenated parts included ("Jae-myung", "O'Brien").
_NAME_WORD = f"[^\\W\\d_][\\w'\u2019{DASHES}]*"
# What _stands_alone looks for on either side of a phrase.
_DASH_CHARACTERS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
_WORD_BEFORE = re.compile(f"({_NAME_WORD})\\s+$")
_WORD_AFTER = re.compile(f"\\s+({_NAME_WORD})")
_NUMBER_AFTER = re.compile(r"\s+\d")
# A number after a name that is no year: "Type 23" of "Royal Navy Type 23 Frigate".
_COUNT_AFTER = re.compile(r"\s+(?!(?:19|20)\d\d\b)\d")
# Between a keyword's parts: a dash (with or without spaces) or spaces, as in surface_pattern.
_PART_SEPARATOR = re.compile(f"\\s*[{DASHES}]\\s*|\\s+")
_NAME_WORD_AT = re.compile(_NAME_WORD)
# A capitalised word and an ampersand before a phrase: the start of a longer name.
_AMPERSAND_BEFORE = re.compile(r"[A-Z][\w'’-]* & $")
# A word of a person's name: "Neil", "Jae-myung", "O'Brien".
_PERSON_WORD = re.compile(r"[A-Z][^\W\d_]*(?:['’-][A-Za-z][^\W\d_]*)?")
_LONGEST_WORD = 40  # characters: the word before a name is looked for within these
_JOINERS = frozenset(("'", "\u2019", *"-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"))
_CAPITALISED_BEFORE = re.compile(r"([A-Z][a-z]+)$")  # "Sir" of "Sir Keir"
_WORD_BEFORE_TITLE = re.compile(r"(\w+)\.?$")  # "Mr" of "Mr. Lee", "President" of "President Lee"


def _word_places(line: str, word: str, *, after_space: bool) -> Iterator[tuple[int, int]]:
    """(start, end) of each place the line has `word` not run on into a further word
    character; after a space if `after_space`, else not after a word character."""
    start = line.find(word)
    while start >= 0:
        end = start + len(word)
        before = line[start - 1 : start] if start else ""
        whole_after = not (line[end : end + 1].isalnum() or line[end : end + 1] == "_")
        if after_space:
            fits = before == " " and whole_after
        else:
            fits = not (before.isalnum() or before == "_")
        if fits:
            yield start, end
        start = line.find(word, start + 1)


# An acronym the prose defines: "the International Space Station (ISS)".
_DEFINED_ACRONYM = re.compile(
    r"((?:[A-Z][\w'’-]* (?:(?:of|and|for|the|on|de|&) )*){2,8})\(([A-Z][A-Za-z]{1,7})\)"
)
# A name with "of" or "of the" between its capitalised words, which a keyword is all of or no
# part of: "Order of the Nile", "University of Melbourne", "Group of 20" (see Document.of_name).
_CAPITALISED = r"[A-Z][\w'’-]*"
_OF_NAME = re.compile(
    f"(?<![\\w-])(?P<owner>(?:{_CAPITALISED} )*{_CAPITALISED}) of (?:the )?"
    f"(?:{_CAPITALISED}|\\d+(?![\\d.,]))(?: {_CAPITALISED})*"
)
_OF_NAME_OPENERS = frozenset({"the", "a", "an"})
# How verbs in the past and in "-ing" end: see Document.runs_on.
_VERB_ENDING = re.compile(r"(?:ed|ing)$")


# A keyword recurs across a briefing's articles, and compiling its pattern costs ~40 µs.
@functools.lru_cache(maxsize=1024)
def surface_pattern(key: str) -> re.Pattern[str]:
    """Matches the keyword with this canonical key as whole words, any dash or space between
    its parts."""
    parts = [re.escape(part).replace("'", "['\u2019]") for part in key.split()]
    return re.compile(
        r"(?<!\w)" + f"(?:\\s+|\\s*[{DASHES}]\\s*)".join(parts) + r"(?!\w)", re.IGNORECASE
    )


class Occurrence(NamedTuple):
    """Where a keyword appears in the prose: line number, character span and the text there."""

    line: int
    start: int
    end: int
    text: str
    mid_sentence: bool

    def meets(self, other: Occurrence) -> bool:
        """Whether the two spans share any characters."""
        return self.line == other.line and self.start < other.end and other.start < self.end


class Document:
    """An article as YAKE reads it, and the prose in which its keywords are looked up."""

    def __init__(self, title: str, text: str) -> None:
        self.headline = title.strip()
        self._nicknames = nicknames(text)
        body = [Block(block.kind, readable(block.text)) for block in blocks(text)]
        self.prose = [" ".join(block.text.split()) for block in body if block.kind != "heading"]
        self.dateline_credits = dateline_credits(text)  # "(AP)": gone from the prose
        # (line, is a headline): a soft-wrapped paragraph gives several lines.
        lines = [(title.strip(), True)] + [
            (line.strip(), block.kind == "heading")
            for block in body
            for line in block.text.split("\n")
        ]
        # Only the words _sentence_case may recase need their casing in the body counted.
        recased = {
            word.lower()
            for line, headline in lines
            if headline
            for word in WORD.findall(line)
            if _is_title_cased(word)
        }
        casing = _mid_sentence_casing(self.prose, recased)
        # YAKE ignores line breaks, so a headline would run into the next line ("... Ease
        # Regional Tensions South Korea's president ..."): each line is ended as a sentence.
        self.plain = "\n".join(
            _as_sentence(_sentence_case(line, casing) if headline else line)
            for line, headline in lines
            if line
        )
        self._lowercase: dict[str, bool] = {}  # see writes_lowercase
        self.length = sum(len(line.split()) for line in self.prose)  # in words
        # Each prose line as keywords' canonical keys are compared with it (see _folded).
        self._folded = [_folded(line) for line in self.prose]
        # The filters ask for one keyword's places several times (each check, and again for
        # YAKE's longer list): each is found once.
        self._occurrences: dict[tuple[str, frozenset[str]], list[Occurrence]] = {}
        self._full_names: dict[str, str | None] = {}

    def occurrences(self, key: str, stop_words: frozenset[str]) -> list[Occurrence]:
        """Where the body's prose uses the keyword with this canonical key as a phrase of its own.

        Occurrences inside a longer hyphenated word or name do not count: "stable Korea" in
        "stable Korea-China ties" and "Korean President" in "South Korean President" are
        pieces YAKE cut out. A phrase found only in headlines is headline-speak.
        """
        if (key, stop_words) not in self._occurrences:
            self._occurrences[key, stop_words] = self._find(key, stop_words)
        return list(self._occurrences[key, stop_words])  # a copy: the caller may change it

    def _find(self, key: str, stop_words: frozenset[str]) -> list[Occurrence]:
        """The occurrences of the keyword with this canonical key (see occurrences)."""
        found = []
        for number, start, end in self._spans(key):
            line = self.prose[number]
            if _stands_alone(line, start, end, stop_words, self.writes_lowercase):
                text = " ".join(line[start:end].split())
                found.append(Occurrence(number, start, end, text, not starts_sentence(line, start)))
        return found

    def writes_lowercase(self, word: str) -> bool:
        """Whether the prose uses the word in lowercase: "astronauts", not "Astronauts"."""
        lowered = word.lower()
        if lowered not in self._lowercase:
            self._lowercase[lowered] = self._has_word(lowered) and lowered == lowered.lower()
        return self._lowercase[lowered]

    def _has_word(self, word: str) -> bool:
        """Whether a prose line has `word`, as written, where a word starts (not after a letter,
        an apostrophe or a dash: "state" of "state-run" is one, "run" is not) and ends."""
        if not word or not all(map(_is_word_character, word)):
            return False
        for line in self._lines_with(word):
            at = line.find(word)
            while at >= 0:
                end = at + len(word)
                after = line[end : end + 1]
                if not (at and _joins_word(line[at - 1])) and not _is_word_character(after):
                    return True
                at = line.find(word, at + 1)
        return False

    def full_name(self, first: str) -> str | None:
        """The one full name that a first name used alone stands for, where the prose shows
        it is a person's by a title before either part: "Keir" of "Sir Keir" is "Keir Starmer"
        where the prose has "Keir Starmer"; "Boeing" of "Boeing Starliner" is no first name.
        (Read with fixed patterns at each place the word stands: a pattern made for each
        name was most of the filters' time.)"""
        if first not in self._full_names:
            self._full_names[first] = self._find_full_name(first)
        return self._full_names[first]

    def _find_full_name(self, first: str) -> str | None:
        """The full name a first name used alone stands for (see full_name)."""
        surnames = set()
        for line in self._lines_with(first):
            for _, end in _word_places(line, first, after_space=False):
                following = (
                    _NAME_WORD_AT.match(line, end + 1) if line[end : end + 1] == " " else None
                )
                if following and line[end - len(first) - 1 : end - len(first)] not in _JOINERS:
                    surnames.add(following.group().rstrip("'\u2019"))
        surnames = {name for name in surnames if name[0].isupper() and name[1:].islower()}
        if len(surnames) != 1 or any(
            before.casefold() not in HONORIFICS and not self.writes_lowercase(before)
            for before in self._words_before(first, _CAPITALISED_BEFORE)
        ):
            return None  # no full name, or one of several, or a surname too ("Jason Terry")
        surname = surnames.pop()
        titled = [*self._words_before(first, _WORD_BEFORE_TITLE)]
        titled += self._words_before(surname, _WORD_BEFORE_TITLE)
        if any(word.casefold() in HONORIFICS for word in titled):
            return f"{first} {surname}"
        return None

    def _words_before(self, word: str, before: re.Pattern[str]) -> Iterator[str]:
        """The word `before` finds right before each place the prose has `word` as a whole
        word after a space."""
        for line in self._lines_with(word):
            for start, _ in _word_places(line, word, after_space=True):
                # Within the few characters before it: a search from the line's start was
                # most of the filters' time.
                found = before.search(line, max(0, start - 1 - _LONGEST_WORD), start - 1)
                if found:
                    yield found.group(1)

    def _lines_with(self, text: str) -> Iterator[str]:
        """The prose lines that hold the text anywhere."""
        return (line for line in self.prose if text in line)

    def aliases(self) -> dict[str, str]:
        """Other names the article gives a thing, each with the name it stands for, both as
        their canonical keys would be: the acronyms the prose defines ({"iss": "international
        space station"} from "the International Space Station (ISS)"), and a name with the
        nickname in quotes inside it ({"butch wilmore": "barry wilmore"})."""
        defined = dict(self._nicknames)
        for line in self._lines_with("("):
            for match in _DEFINED_ACRONYM.finditer(line):
                words = match.group(1).split()
                acronym = match.group(2)
                # The phrase is the shortest run of words before the brackets whose initials
                # spell the acronym, particles ("of", "and") skipped.
                for start in range(len(words) - 1, -1, -1):
                    phrase = words[start:]
                    initials = "".join(w[0] for w in phrase if not w.islower())
                    if initials.upper() == acronym.upper() and phrase[0][0].isupper():
                        defined[acronym.lower()] = " ".join(phrase).lower()
                        break
        return defined

    def of_name(self, found: Occurrence) -> str | None:
        """The name with "of" or "of the" inside that an occurrence of one capitalised word is
        a piece of: "Order of the Nile" for "Order" or "Nile" there; None where it is none,
        or where the words before "of" hold a title ("President of Egypt" names Egypt)."""
        line = self.prose[found.line]
        # From the sentence the occurrence is in: a name does not run across one's end.
        opening = max(line.rfind(". ", 0, found.start), line.rfind(": ", 0, found.start)) + 2
        for match in _OF_NAME.finditer(line, max(0, opening - 2, found.start - 200)):
            if match.start() > found.start:
                break
            if match.end() < found.end:
                continue
            owner = match.group("owner").split()
            while owner and owner[0].casefold() in _OF_NAME_OPENERS:
                owner = owner[1:]  # "The" opening a sentence
            if not owner or any(word.casefold() in HONORIFICS for word in owner):
                return None
            rest = match.group()[len(match.group("owner")) :]
            return (" ".join(owner) + rest).rstrip("'\u2019")  # "'Order of the Nile'"
        return None

    def word_before(self, found: Occurrence) -> str:
        """The word just before an occurrence in its sentence, lowercased ("" if none)."""
        line = self.prose[found.line]
        if starts_sentence(line, found.start):
            return ""
        before = _WORD_BEFORE.search(
            line, line.rfind(" ", 0, max(found.start - 1, 0)) + 1, found.start
        )
        return before.group(1).lower() if before else ""

    def word_after(self, found: Occurrence) -> str:
        """The word right after an occurrence, as the prose writes it ("" if none)."""
        following = _WORD_AFTER.match(self.prose[found.line], found.end)
        return following.group(1) if following else ""

    def runs_on(self, found: Occurrence, stop_words: frozenset[str]) -> bool:
        """Whether an occurrence runs straight on into a lowercase word that is neither a stop
        word, nor looks like a verb: "lunar" in "lunar orbit", not "market veterans" in
        "market veterans stayed" or "market veterans scratching" (the subject of a verb)."""
        following = _WORD_AFTER.match(self.prose[found.line], found.end)
        word = following.group(1) if following else ""
        if not word[:1].islower() or word in stop_words:
            return False
        return word not in COMMON_VERBS and not _VERB_ENDING.search(word)

    def _spans(self, key: str) -> Iterator[tuple[int, int, int]]:
        """(line number, start, end) of each place the prose holds the keyword with this
        canonical key, as whole words, any dash or space between its parts, in any case and
        with or without accents.

        Compiling a keyword's case-insensitive pattern takes longer than looking for it in
        all its lines: a key of plain ASCII is looked for without one.
        """
        parts = key.split()
        if not parts:
            return
        if not key.isascii():
            pattern = surface_pattern(key)
            for number in self._lines_to_search(key):
                for match in pattern.finditer(self._folded[number]):
                    yield number, *match.span()
            return
        first = parts[0]
        for number, folded in enumerate(self._folded):
            start = folded.find(first)  # most lines lack any one keyword: the search ends here
            while start >= 0:
                end = _match_parts(folded, start, parts)
                if end is not None and not (start and _is_word_character(folded[start - 1])):
                    yield number, start, end
                    start = folded.find(first, end)
                else:
                    start = folded.find(first, start + 1)

    def _lines_to_search(self, key: str) -> Sequence[int]:
        """The numbers of the prose lines that may hold the keyword with this canonical key.

        A line without its first word cannot, and a substring test says so many times faster
        than the case-insensitive pattern; most lines of an article lack any one keyword.
        """
        first_word = key.partition(" ")[0]
        if not first_word.isascii():  # the pattern's dotless "i" matches "I": no plain lowercasing
            return range(len(self.prose))
        return [number for number, folded in enumerate(self._folded) if first_word in folded]


class _Folding(dict[int, str]):
    """str.translate's table for _folded, filled as characters are met: each character
    lowercased and without its accents, where that leaves one character ("Ọ" is "o")."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        plain = unaccented(char).lower()
        if len(plain) != 1:
            plain = char.lower() if len(char.lower()) == 1 else char
        self[code] = plain
        return plain


_FOLDING = _Folding({ord("\u2019"): "'"})


def _folded(line: str) -> str:
    """A prose line as canonical keys are written, one character for each of the line's, so
    that a span found in it is the line's own: lowercased, apostrophes straightened, accents
    dropped. Outlets spell one name with and without them ("Nguyễn Phú Trọng", "Nguyen Phu
    Trong"), and a keyword's canonical key has none."""
    if line.isascii():
        return line.lower()
    return line.translate(_FOLDING)


def display_form(occurrences: list[Occurrence]) -> str:
    """The most common spelling; a sentence start says nothing about casing, so mid-sentence
    occurrences decide when there are any. Ties go to the earliest spelling."""
    mid_sentence = [found for found in occurrences if found.mid_sentence]
    counts = Counter(found.text for found in mid_sentence or occurrences)
    return counts.most_common(1)[0][0]


def _mid_sentence_casing(prose: list[str], words: set[str]) -> dict[str, Counter[str]]:
    """For each of the lowercased `words`, how the prose spells it when not opening a sentence."""
    casing: dict[str, Counter[str]] = {}
    plain = [word for word in words if word.isascii()]
    for line in prose:
        if not line.isascii():
            for match in WORD.finditer(line):
                word = match.group()
                if word.lower() in words and not starts_sentence(line, match.start()):
                    casing.setdefault(word.lower(), Counter())[word] += 1
            continue
        # A line of ASCII is searched for the few words instead: its words are runs of
        # letters, and lowercasing keeps each character in its place.
        lowered = line.lower()
        for word in plain:
            for start in _letter_runs(lowered, word):
                if not starts_sentence(line, start):
                    casing.setdefault(word, Counter())[line[start : start + len(word)]] += 1
    return casing


def _letter_runs(line: str, word: str) -> Iterator[int]:
    """Where a line of ASCII has `word` as a whole run of letters."""
    start = line.find(word)
    while start >= 0:
        end = start + len(word)
        if not (start and line[start - 1].isalpha()) and not line[end : end + 1].isalpha():
            yield start
        start = line.find(word, start + 1)


def _sentence_case(headline: str, casing: dict[str, Counter[str]]) -> str:
    """A title-cased headline with each word cased as the body writes it mid-sentence.

    YAKE takes a capitalised word for a name, so "Lee Visits China" would make "Lee Visits"
    a candidate. Words the body never uses mid-sentence are lowercased; acronyms stay.
    """

    def recase(match: re.Match[str]) -> str:
        word = match.group()
        if not _is_title_cased(word):
            return word  # already lowercase, or an acronym such as "AI" or "K"
        forms = casing.get(word.lower())
        return forms.most_common(1)[0][0] if forms else word.lower()

    return WORD.sub(recase, headline)


def _is_title_cased(word: str) -> bool:
    """Whether a word is capitalised and otherwise lowercase: "Visits", not "AI" or "eBay"."""
    return word[0].isupper() and word[1:].islower()


def _match_parts(line: str, start: int, parts: list[str]) -> int | None:
    """Where a keyword's parts, the first at `start`, end in the line, if each follows the
    one before across spaces or a dash and the last ends a word (as surface_pattern)."""
    position = start + len(parts[0])
    for part in parts[1:]:
        between = _PART_SEPARATOR.match(line, position)
        if between is None or not line.startswith(part, between.end()):
            return None
        position = between.end() + len(part)
    if position < len(line) and _is_word_character(line[position]):
        return None
    return position


def _is_word_character(character: str) -> bool:
    """Whether a character is one that a regex's \\w matches."""
    return character.isalnum() or character == "_"


def _joins_word(character: str) -> bool:
    """Whether a character before a word makes it a piece of one: a word character, an
    apostrophe or a dash."""
    return _is_word_character(character) or character in _JOINERS


def _stands_alone(
    line: str,
    start: int,
    end: int,
    stop_words: frozenset[str],
    lowercase: Callable[[str], bool] = lambda word: False,
) -> bool:
    """Whether line[start:end] is a phrase of its own, not part of a hyphenated word or a
    longer name.

    `line` is a prose line, its words separated by single spaces; `lowercase` tells whether
    the prose writes a word in lowercase elsewhere.
    """
    # The word before the match starts after the last space but one, so the patterns look no
    # further back: searching all the line before each match made long paragraphs quadratic.
    word_start = line.rfind(" ", 0, max(start - 1, 0)) + 1
    if _joined_before(line, word_start, start) or _joined_after(line, end):
        return False  # "Korea" or "China" in "Korea-China"
    words = line[start:end].split()
    capitalised = words[0][0].isupper()
    if capitalised and _AMPERSAND_BEFORE.search(line, max(0, start - 50), start):
        return False  # "Investment Summit" in "Innovation & Investment Summit"
    # The word before matters only to a capitalised phrase or a particle (each check below
    # asks for one), and most phrases looked for are neither: "talks", "solar panels".
    previous = (
        _WORD_BEFORE.search(line, word_start, start)
        if capitalised or words[0] in NAME_PARTICLES
        else None
    )
    following = _WORD_AFTER.match(line, end)
    if (previous and _title_phrase(previous.group(1), words[0])) or (
        following and _title_phrase(words[-1], following.group(1), any_case=True)
    ):
        return False  # "Lady Melania" in "First Lady Melania Trump", "US First" of "US First Lady"
    if (
        previous
        and words[0][0].isupper()
        and _is_name_word(previous.group(1), stop_words)
        and previous.group(1).casefold() not in TITLES_AND_ROLES
        and not _ends_title_phrase(line, previous.start(1), previous.group(1))
        and not (len(words) > 1 and _is_owner(previous.group(1)))
        and not place_before_name(line, previous, words)
        and not (
            starts_sentence(line, previous.start(1)) and _is_role(previous.group(1), lowercase)
        )
    ):
        return False  # "Korean President" in "South Korean President"
    if (
        previous
        and previous.group(1) in NAME_PARTICLES
        and (words[0][0].isupper() or words[0] in NAME_PARTICLES)
    ):
        return False  # "Leyen" in "von der Leyen", "Janeiro" in "Rio de Janeiro"
    if len(words) == 1 and words[0][0].isupper() and _NUMBER_AFTER.match(line, end):
        return False  # "Category" in "Category 5", "Euro" in "Euro 2024": a name with it
    if words[-1][0].isupper() and _COUNT_AFTER.match(line, end):
        return False  # "Royal Navy Type" of "Royal Navy Type 23": a name cut before its number
    if (
        following
        and following.group(1) in NAME_PARTICLES
        and _continues_name(line, following.end())
    ):
        return False  # "Ursula" in "Ursula von der Leyen"
    if words[-1].lower() in NAME_PARTICLES and following and following.group(1)[0].isupper():
        return False  # "von der" in "Von der Leyen", "Ursula von" in "Ursula von der Leyen"
    # "President Lee" in "President Lee Jae-myung"
    return not (
        following and words[-1][0].isupper() and _is_name_word(following.group(1), stop_words)
    )


# A title and "of", "for" or "to" before a place or a field: "Mayor of " of "Mayor of Leeds Ana
# Ruiz", "Envoy for " of "Envoy for Climate John Kerry", "Ambassador to the " of "Ambassador to
# the US Nguyen Quoc Dung".
TITLE_OF = re.compile(r"(?<!\w)(\w+) (?:of|for|to) (?:the )?$")


def place_before_name(
    line: str,
    previous: re.Match[str],
    words: Sequence[str],
    titled: Callable[[Sequence[str]], bool] = lambda words: is_person_name(words),
) -> bool:
    """Whether the word `previous` found is a place before a person's name (`words`), no part
    of it: one known to be ("Kenya Neil Wigan"), or one after a title and "of", "for" or "to"
    ("Leeds" of "Mayor of Leeds Ana Ruiz", "Climate" of "Envoy for Climate John Kerry"), which
    belongs to the title. After a title, `titled` tells a name: is_person_name where the words
    may run on from the place ("Foreign Affairs Musalia Mudavadi"), else is_titled_name."""
    if is_place((previous.group(1),)):
        return is_person_name(words)
    title = TITLE_OF.search(line, max(0, previous.start(1) - _LONGEST_WORD), previous.start(1))
    return title is not None and title.group(1).casefold() in HONORIFICS and titled(words)


def is_titled_name(words: Sequence[str]) -> bool:
    """Whether words that follow a title are shaped as a person's full name: two or three
    capitalised words, the last an uncommon one ("John Kerry", "Nguyen Quoc Dung"; not "City
    Council"). A common first name is the title's evidence to take."""
    return (
        2 <= len(words) <= 3
        and all(_PERSON_WORD.fullmatch(word) for word in words)
        and common_word_rank(words[-1].lower()) is None
    )


def is_person_name(words: Sequence[str]) -> bool:
    """Whether words are shaped as a person's full name of uncommon words: "Neil Wigan", not
    "Defence Forces". A place before such a name is no part of it ("High Commissioner to
    Kenya Neil Wigan")."""
    return 2 <= len(words) <= 3 and all(
        _PERSON_WORD.fullmatch(word) and common_word_rank(word.lower()) is None for word in words
    )


def _is_role(word: str, lowercase: Callable[[str], bool]) -> bool:
    """Whether a capitalised word opening a sentence is a plural the prose otherwise writes in
    lowercase, which names no one: "Astronauts" of "Astronauts Barry Wilmore and ..."."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and lowercase(word)


def _is_owner(word: str) -> bool:
    """Whether a word before a name owns it rather than begins it: "Conservatives’" of
    "Conservatives’ Mel Stride", "Britain's" of "Britain's Keir Starmer" (a place's); not
    "Women's" of "Women's World Cup"."""
    word = word.replace("\u2019", "'")
    return word.endswith("s'") or word.endswith("'s") and is_place((word[:-2],))


def _joined_before(line: str, word_start: int, start: int) -> bool:
    """Whether a word character and a dash, after `word_start`, come right before `start`."""
    return (
        start - word_start >= 2
        and line[start - 1] in _DASH_CHARACTERS
        and _is_word_character(line[start - 2])
    )


def _joined_after(line: str, end: int) -> bool:
    """Whether a dash and a word character come right after `end`."""
    return line[end : end + 1] in _DASH_CHARACTERS and _is_word_character(line[end + 1 : end + 2])


def _title_phrase(first: str, second: str, any_case: bool = False) -> bool:
    """Whether two words make a title of two words, capitalised: "First Lady", "Prime Minister";
    in any case and in the plural too if `any_case` ("Israeli prime" of "two Israeli prime
    ministers" runs into one)."""
    if first.casefold() not in TITLE_OPENERS:
        return False  # most words open no title: the check the filters make most often
    if any_case:
        second = second[:-1] if second.endswith("s") else second
    elif not second[:1].isupper():
        return False
    return f"{first} {second}".casefold() in TITLE_PHRASES


def _ends_title_phrase(line: str, at: int, word: str) -> bool:
    """Whether `word`, at `at` in the line, ends a title of two words ("Lady" of "First Lady")."""
    if word.casefold() not in TITLE_ENDS:
        return False
    before = _WORD_BEFORE.search(line, line.rfind(" ", 0, max(at - 1, 0)) + 1, at)
    return before is not None and _title_phrase(before.group(1), word)


def _continues_name(line: str, at: int) -> bool:
    """Whether the words from `at` on are more particles and then a capitalised word."""
    for word in line[at:].split(maxsplit=3)[:3]:
        if word[:1].isupper():
            return True
        if word not in NAME_PARTICLES:
            return False
    return False


def _is_name_word(word: str, stop_words: frozenset[str]) -> bool:
    """Whether a word next to a capitalised phrase carries that name on ("South" + "Korean")."""
    # An initial is part of a name ("Donald J. Trump") even where YAKE lists the letter.
    return word[0].isupper() and (
        len(word) == 1 or word.casefold() not in stop_words or word in _NAME_STOP_WORDS
    )


def _as_sentence(line: str) -> str:
    """The line, ending in punctuation that closes a sentence."""
    stripped = line.rstrip("\"'”’)]").rstrip()
    return line if stripped.endswith(tuple(_SENTENCE_END)) else f"{line}."


def starts_sentence(line: str, position: int | None = None) -> bool:
    """Whether `position` (the line's end if None) begins a sentence (or the line), ignoring
    opening quotes."""
    if (
        position is not None
        and 2 <= position <= len(line)
        and line[position - 1] == " "
        and line[position - 2].isalnum()
    ):
        return False  # after a word and a space, as most words are
    # Read back from the position over spaces, opening quotes and spaces: copying the line
    # up to it for each word made long paragraphs quadratic.
    at = len(line) if position is None else slice(position).indices(len(line))[1]
    at = _skip_back(line, at, str.isspace)
    at = _skip_back(line, at, _OPENING_QUOTES.__contains__)
    at = _skip_back(line, at, str.isspace)
    return not at or line[at - 1] in _SENTENCE_END + ":;"


_OPENING_QUOTES = "\"'“‘("


def _skip_back(line: str, at: int, skipped: Callable[[str], bool]) -> int:
    """Where a run of characters that `skipped` accepts, ending at `at`, starts."""
    while at and skipped(line[at - 1]):
        at -= 1
    return at
