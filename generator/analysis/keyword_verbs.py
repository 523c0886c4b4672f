"""Keywords that say what is done or how something is, not what: one common word that is a
verb's form ("makes"), a verb's half ("step" of "step down"), how something is ("safe" of
"deposits are safe"), a unit after a number ("miles", "mph"); a lowercase noun with its
verb in the past ("door blew", "flight made"); and a verb in the past with what it acts on,
cut out of a sentence ("faced" of "faced a deadline", "visited museum" of "who visited museum
sites")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator import calendar
from generator.analysis.keyword_prose import Document, Occurrence
from generator.analysis.keyword_shapes import IRREGULAR_PAST
from generator.analysis.words import COMMON_VERBS, MONTHS, WEEKDAYS

# Irregular pasts that are nouns as well ("desert rose", "chain saw", "Korean won").
_PAST_AND_NOUN = frozenset({"rose", "saw", "fell", "won", "sat"})
# Adverbs that make a phrasal verb with the word before them: "step down", "shut off".
_PARTICLES = frozenset({"down", "up", "off", "out", "back", "away"})
# Verbs that link a subject to how it is: "is safe", "went missing", "remains closed".
_LINKING_VERBS = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "went", "gone", "goes", "go"}
    | {"remain", "remains", "remained", "stay", "stays", "stayed", "become", "became"}
)
# A number just before a word: digits ("5,000 ") or a count in words ("three ", "dozens ").
_COUNT_BEFORE = re.compile(
    r"(?<![\w-])(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|dozens?) $",
    re.IGNORECASE,
)


def names_no_thing(form: str, occurrences: Sequence[Occurrence], document: Document) -> bool:
    """Whether one lowercase common word, however often the article uses it, says what is done
    or how something is rather than what the article is about (see the module's examples)."""
    if " " in form or not form.islower() or not occurrences:
        return False
    return (
        form in COMMON_VERBS  # "makes", "plans", "faces"
        or _takes_particle(occurrences, document)
        or _predicate_only(form, occurrences, document)
        or _counted(form, occurrences, document)
    )


def is_unit(form: str, occurrences: Sequence[Occurrence], document: Document) -> bool:
    """Whether a candidate opens with a unit of measure that always comes right after digits:
    "mph" of "120 mph", "KPH", "miles west" of "90 miles west of"; how much, not what."""
    if not occurrences or form.split()[0].casefold() not in _UNITS:
        return False
    return all(
        _DIGITS_BEFORE.search(document.prose[found.line], 0, found.start) for found in occurrences
    )


# Units of measure, as news writes them after a number.
_UNITS = frozenset(
    {"mph", "kph", "kmh", "km/h", "knots", "mm", "cm", "km", "kg", "lb", "lbs", "ft", "mi"}
    | {"inches", "feet", "yards", "miles", "metres", "meters", "kilometres", "kilometers"}
    | {"tonnes", "tons", "gallons", "litres", "liters", "acres", "hectares", "degrees"}
    | {"mb", "hpa", "millibars", "kw", "mw", "gw", "kwh", "mwh", "gwh"}
)
# Digits just before a word: "120 ", "5,000 ", "111-129 ", "(205 ".
_DIGITS_BEFORE = re.compile(r"(?<![\w-])\d[\d,.]*(?:[-–]\d[\d,.]*)? $")


def noun_and_past_verb(words: Sequence[str]) -> bool:
    """Whether a lowercase pair is a subject and its verb in a past that does not end in "-ed":
    "door blew", "flight made" (keyword_usable cuts the "-ed" past, and names with verbs). A
    past that is a noun too ends a name of a thing: "desert rose", "chain saw"."""
    return (
        len(words) == 2
        and words[0].islower()
        and words[1] in IRREGULAR_PAST
        and words[1] not in _PAST_AND_NOUN
    )


def _takes_particle(occurrences: Sequence[Occurrence], document: Document) -> bool:
    """Whether the prose always follows a word with a verb's particle: "step" of "will step
    down", "shut" of "was shut down". The verb is the phrase; the word alone names nothing."""
    return all(document.word_after(found).lower() in _PARTICLES for found in occurrences)


def _predicate_only(form: str, occurrences: Sequence[Occurrence], document: Document) -> bool:
    """Whether the prose uses a word only after "is", "were", "went" and the like: how
    something is ("deposits are safe"), not a thing. A plural and a word in "-ing" are left
    alone: "victims were", "was talking" name who, or what is done."""
    if form.endswith(("s", "ing")):
        return False
    return all(document.word_before(found) in _LINKING_VERBS for found in occurrences)


def _counted(form: str, occurrences: Sequence[Occurrence], document: Document) -> bool:
    """Whether a plural always comes right after a number: a unit that says how many or how far
    ("200 miles", "5,000 units"), not what the article is about."""
    if not form.endswith("s"):
        return False
    return all(
        _COUNT_BEFORE.search(document.prose[found.line], 0, found.start) for found in occurrences
    )


# Words right before a verb in the past that make it one, not a participle describing a noun:
# a perfect's auxiliary and the pronouns that are subjects ("had installed cameras", "who
# visited museum sites", "we faced"). A noun before it may be its subject or a name the
# participle describes ("US armed forces"), so nouns are left out.
_SUBJECTS = frozenset(
    {"had", "has", "have", "having", "he", "she", "they", "we", "i", "you", "it", "who"}
)
# A perfect's auxiliary, after which a participle may still describe a noun (see _after_subject).
_HAVING = frozenset({"had", "has", "have", "having"})
# Adverbs that stand between a subject and its verb ("had only installed", "who also
# visited"); any other word in "-ly" does too ("she quickly visited").
_BETWEEN = frozenset({"only", "also", "just", "never", "already", "then", "once", "still"})
# Words that open a verb's object: an article, a possessive, a determiner ("faced a deadline",
# "visited their families"), or its clause ("admitted that"). A passive has none ("was
# arrested on Friday").
_OBJECT_OPENERS = frozenset(
    {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "these"}
    | {"those", "some", "any", "no", "every", "each", "another", "that"}
)
# Words before a participle that make it describe a noun ("the arrested men") or a state
# ("were arrested"), not a verb with its object.
_DESCRIBED_AFTER = (_OBJECT_OPENERS - {"that"}) | _LINKING_VERBS
# A verb's regular past: "faced", "visited", "installed" (not "red", "bed", "shed").
_REGULAR_PAST = re.compile(r"[a-z]{3,}ed")
# Capitalised words after a verb that say when: "arrived Monday", "left Jan. 9".
# Months as datelines shorten them ("Sept. 12", "Jan 5"), and every word naming a day or a month.
MONTH_ABBREVIATIONS = frozenset(calendar.MONTHS) - MONTHS
WHEN = WEEKDAYS | MONTHS | MONTH_ABBREVIATIONS
_WORDS_BEFORE = re.compile(r"[\w'’]+|[^\w\s]")


def acts_on_object(form: str, occurrences: Sequence[Occurrence], document: Document) -> bool:
    """Whether a lowercase candidate opening with a verb's regular past is that verb cut out of
    its sentence with what it acts on: after its subject every time ("who visited museum",
    "had only installed cameras", not "have armed guards"), or alone with an object after it every time ("faced" of
    "faced a deadline", "we faced hard choices"). What was faced or visited is the keyword,
    if any; "the arrested men", "was arrested" keep "arrested", an event of its own."""
    words = form.split()
    if not occurrences or not form.islower() or not _REGULAR_PAST.fullmatch(words[0]):
        return False
    if len(words) > 1:
        return all(_after_subject(document.prose[found.line], found.start) for found in occurrences)
    return all(
        _after_subject(document.prose[found.line], found.start)
        or _object_after(document.word_after(found))
        and document.word_before(found) not in _DESCRIBED_AFTER
        for found in occurrences
    )


def _object_after(word: str) -> bool:
    """Whether a word after a verb opens its object: an article or a possessive ("visited the
    camps"), or a name ("visited Harlow"); not a day, which says when ("arrived Monday")."""
    if word[:1].isupper():
        return word.casefold() not in WHEN
    return word in _OBJECT_OPENERS


def _after_subject(line: str, start: int) -> bool:
    """Whether a pronoun subject or a perfect's auxiliary comes right before a position, an
    adverb or two aside: "who visited", "had only installed", "she quickly visited"."""
    words = _WORDS_BEFORE.findall(line, max(0, start - 60), start)
    adjacent = len(words)
    while words and (words[-1] in _BETWEEN or words[-1].endswith("ly") and words[-1].islower()):
        words.pop()
    if not words or words[-1].casefold() not in _SUBJECTS:
        return False
    # Right after "have" or "had" a participle before a noun describes what is had: "banks
    # have armed guards", "had limited resources"; an adverb between makes it the perfect's
    # verb ("had only installed cameras").
    return words[-1].casefold() not in _HAVING or len(words) < adjacent
