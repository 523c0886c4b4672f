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
from generator.analysis.keyword_titles import OFFICER_TITLES
from generator.analysis.quotes.names import is_place
from generator.analysis.summary import Block, blocks
from generator.analysis.words import (
    COMMON_VERBS,
    NAME_PARTICLES,
    TITLE_ABBREVIATIONS,
    unaccented,
)

# Words that stand before a name without being part of it: "Lee Jae-myung" after "President"
# is a name of its own, while "Korean President" after "South" is a piece of a longer one.
TITLES = OFFICER_TITLES | {
    "admiral",
    "ambassador",
    "captain",
    "ceo",
    "cfo",
    "chairman",
    "chancellor",
    "coach",
    "colonel",
    "czar",
    "commander",
    "coo",
    "deputy",
    "dr",
    "envoy",
    "general",
    "governor",
    "judge",
    "king",
    "lieutenant",
    "manager",
    "minister",
    "mayor",
    "monarch",
    "mr",
    "mrs",
    "ms",
    "officer",
    "premier",
    "president",
    "prince",
    "princess",
    "professor",
    "queen",
    "secretary",
    "senator",
    "sergeant",
    "sir",
    "speaker",
}
# Roles that are titles only before a name ("Prosecutor Creighton Waters"); alone, the role is a
# keyword as any noun is ("prosecutor").
ROLE_TITLES = frozenset({"prosecutor", "detective", "sheriff", "chair"})
TITLES_AND_ROLES = TITLES | ROLE_TITLES
# Titles of two words: a keyword neither starts nor ends inside one ("Lady Melania Trump" of
# "First Lady Melania Trump"), though their second word alone is no title ("Lady Gaga").
TITLE_PHRASES = frozenset(
    {"first lady", "first gentleman", "crown prince", "crown princess", "prime minister"}
    | {"first minister", "chief minister", "foreign minister", "vice president", "chief justice"}
    | {"chief executive", "foreign secretary", "home secretary", "attorney general"}
    | {"secretary general", "queen consort", "prince consort", "queen mother"}
)
# Words before a name that show it is a person's: titles, and those of the peerage.
HONORIFICS = TITLES | {"dame", "lady", "lord"} | ROLE_TITLES
# Titles shortened, which count as titles only with their full stop: "Sen. John McCain" (while
# "Gen Z" is no general's name).
SHORT_TITLES = frozenset(title.casefold() for title in TITLE_ABBREVIATIONS)


def is_abbreviated_title(word: str) -> bool:
    """Whether a word, as written, is a title shortened with its full stop: "Sen.", "Gen.";
    not "Sen" or "Gen"."""
    return word.endswith(".") and word[:-1].casefold() in SHORT_TITLES


TITLE_ENDS = frozenset(phrase.split()[-1] for phrase in TITLE_PHRASES)
# Stop words that begin a name when capitalised: "York Mets" is a piece of "New York Mets".
_NAME_STOP_WORDS = frozenset({"New", "Old", "Little"})
# Escaped hyphen first, so the set can go anywhere inside a regex character class.
DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_SENTENCE_END = ".!?"
WORD = re.compile(r"[^\W\d_]+")
# A whole word next to a phrase, hyphenated parts included ("Jae-myung", "O'Brien").
_NAME_WORD = f"[^\\W\\d_][\\w'\u2019{DASHES}]*"
# What _stands_alone looks for on either side of a phrase.
_JOINED_BEFORE = re.compile(f"\\w[{DASHES}]$")
_JOINED_AFTER = re.compile(f"[{DASHES}]\\w")
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


# A word where one starts: not after a letter, an apostrophe or a dash ("state" of "state-run"
# is one, "run" is not), as writes_lowercase reads the prose.
_WORD_START = re.compile(f"(?<![\\w'\u2019{DASHES}])\\w+")
# A dateline, with the credit of the agencies filing: "KENNEDY SPACE CENTER, Fla. (AP) —",
# "WHITE SANDS, N.M. (NBC, KYMA/KECY) -", "Cape Canaveral, Florida (Reuters) -", "LONDON —".
_CAPITALS_PLACE = r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]*)*"
_PLACE = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*"
_CREDIT = r"\([A-Z][\w.&]*(?:[ ,/]+[A-Z][\w.&]*)*\)"
_MONTH_DAY = r"[A-Z][a-z]{2,8}\.? \d{1,2}"
_DATELINE = re.compile(
    f"^\\s*(?:{_CREDIT} )?(?:(?P<capitals>{_CAPITALS_PLACE})(?P<state>, {_PLACE})?"
    f"(?P<date>,? {_MONTH_DAY})?(?: {_CREDIT})?"
    f"|(?P<place>{_PLACE}(?:, {_PLACE})? )?{_CREDIT}) ?(?P<dash>[{DASHES}]+ +)"
    "(?=[\"“‘']?[A-Z0-9])"
)
# A nickname in quotes or brackets between the words of a name: "Barry “Butch” Wilmore",
# "Barry (Butch) Wilmore"; not "Boeing (BA) Starliner".
# The capital opens the pattern and the check that no word runs into it comes after it, so
# that the engine can skip to capitals: a look-behind first made it try every character.
_NICKNAME = re.compile(
    r"([A-Z](?<![\w'’][A-Z])[^\W\d_]+) [\"“‘'(]([A-Z](?:(?![A-Z])[^\W\d_])+)[\"”’')] "
    r"(?=([A-Z][^\W\d_]+))"
)
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


def _readable(text: str) -> str:
    """A block's lines as a reader takes their words: a dateline without its credit, which
    names the agencies filing, not what the article is about, and its place not in capitals
    ("KENNEDY SPACE CENTER, Fla. (AP) —" reads "Kennedy Space Center, Fla. —"); a name
    without the nickname in quotes or brackets inside it ("Barry “Butch” Wilmore" reads
    "Barry Wilmore")."""
    return "\n".join(
        _NICKNAME.sub(r"\1 ", _DATELINE.sub(_place_alone, line)) for line in text.split("\n")
    )


# Every build of a briefing reads every text's nicknames again (keyword_names.unify_spellings);
# watch mode's builds share one process and mostly the same texts. Callers must not change it.
@functools.lru_cache(maxsize=1 << 14)
def nicknames(text: str) -> dict[str, str]:
    """Each name in the text called by its nickname, with the name: {"butch wilmore": "barry
    wilmore"} from "Barry “Butch” Wilmore", lowercased."""
    return {
        f"{nickname} {last}".lower(): f"{first} {last}".lower()
        for first, nickname, last in _NICKNAME.findall(text)
    }


def _place_alone(dateline: re.Match[str]) -> str:
    """A dateline without its credit, its place in capitals recased: "LONDON (Reuters) -"
    gives "London -". (Taking the place out too cost 500N-KPCrowd's crowd keys, which often
    hold it: see eval/README.md.)"""
    if dateline["capitals"]:
        place = " ".join(word.capitalize() for word in dateline["capitals"].split())
        return f"{place}{dateline['state'] or ''}{dateline['date'] or ''} {dateline['dash']}"
    return f"{dateline['place'] or ''}{dateline['dash']}"


class Document:
    """An article as YAKE reads it, and the prose in which its keywords are looked up."""

    def __init__(self, title: str, text: str) -> None:
        self._nicknames = nicknames(text)
        body = [Block(block.kind, _readable(block.text)) for block in blocks(text)]
        self.prose = [" ".join(block.text.split()) for block in body if block.kind != "heading"]
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
        self._lowercase: set[str] | None = None  # see writes_lowercase
        self.length = sum(len(line.split()) for line in self.prose)  # in words
        # Each prose line as keywords' canonical keys are compared with it (see _folded).
        self._folded = [_folded(line) for line in self.prose]

    def occurrences(self, key: str, stop_words: frozenset[str]) -> list[Occurrence]:
        """Where the body's prose uses the keyword with this canonical key as a phrase of its own.

        Occurrences inside a longer hyphenated word or name do not count: "stable Korea" in
        "stable Korea-China ties" and "Korean President" in "South Korean President" are
        pieces YAKE cut out. A phrase found only in headlines is headline-speak.
        """
        found = []
        for number in self._lines_to_search(key):
            line = self.prose[number]
            for start, end in self._spans(key, number):
                if _stands_alone(line, start, end, stop_words, self.writes_lowercase):
                    text = " ".join(line[start:end].split())
                    found.append(
                        Occurrence(number, start, end, text, not starts_sentence(line, start))
                    )
        return found

    def writes_lowercase(self, word: str) -> bool:
        """Whether the prose uses the word in lowercase: "astronauts", not "Astronauts"."""
        if self._lowercase is None:  # every word the prose writes in lowercase, made once
            self._lowercase = {
                found
                for line in self.prose
                for found in _WORD_START.findall(line)
                if found == found.lower()
            }
        return word.lower() in self._lowercase

    def full_name(self, first: str) -> str | None:
        """The one full name that a first name used alone stands for, where the prose shows
        it is a person's by a title before either part: "Keir" of "Sir Keir" is "Keir Starmer"
        where the prose has "Keir Starmer"; "Boeing" of "Boeing Starliner" is no first name.
        (Read with fixed patterns at each place the word stands: a pattern made for each
        name was most of the filters' time.)"""
        surnames = set()
        for line in self.prose:
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
        for line in self.prose:
            for start, _ in _word_places(line, word, after_space=True):
                # Within the few characters before it: a search from the line's start was
                # most of the filters' time.
                found = before.search(line, max(0, start - 1 - _LONGEST_WORD), start - 1)
                if found:
                    yield found.group(1)

    def aliases(self) -> dict[str, str]:
        """Other names the article gives a thing, each with the name it stands for, both as
        their canonical keys would be: the acronyms the prose defines ({"iss": "international
        space station"} from "the International Space Station (ISS)"), and a name with the
        nickname in quotes inside it ({"butch wilmore": "barry wilmore"})."""
        defined = dict(self._nicknames)
        for line in self.prose:
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

    def _spans(self, key: str, number: int) -> Iterator[tuple[int, int]]:
        """Where prose line `number` holds the keyword with this canonical key, as whole
        words, any dash or space between its parts, in any case and with or without accents.

        Compiling a keyword's case-insensitive pattern takes longer than looking for it in
        all its lines: a key of plain ASCII is looked for without one.
        """
        folded, parts = self._folded[number], key.split()
        if not parts:
            return
        if not key.isascii():
            for match in surface_pattern(key).finditer(folded):
                yield match.span()
            return
        start = folded.find(parts[0])
        while start >= 0:
            end = _match_parts(folded, start, parts)
            if end is not None and not (start and _is_word_character(folded[start - 1])):
                yield start, end
                start = folded.find(parts[0], end)
            else:
                start = folded.find(parts[0], start + 1)

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
    for line in prose:
        for match in WORD.finditer(line):
            word = match.group()
            if word.lower() in words and not starts_sentence(line, match.start()):
                casing.setdefault(word.lower(), Counter())[word] += 1
    return casing


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
    if _JOINED_BEFORE.search(line, word_start, start) or _JOINED_AFTER.match(line, end):
        return False  # "Korea" or "China" in "Korea-China"
    words = line[start:end].split()
    if words[0][0].isupper() and _AMPERSAND_BEFORE.search(line, max(0, start - 50), start):
        return False  # "Investment Summit" in "Innovation & Investment Summit"
    previous = _WORD_BEFORE.search(line, word_start, start)
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


def _title_phrase(first: str, second: str, any_case: bool = False) -> bool:
    """Whether two words make a title of two words, capitalised: "First Lady", "Prime Minister";
    in any case and in the plural too if `any_case` ("Israeli prime" of "two Israeli prime
    ministers" runs into one)."""
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
    before = line[:position].rstrip().rstrip("\"'“‘(").rstrip()
    return not before or before[-1] in _SENTENCE_END + ":;"
