"""What an article is about, as terms: the words and two-word phrases that can say what
happened (not function words, reporting verbs or dates), each counted by where it stands."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Iterable
from functools import lru_cache, partial
from itertools import chain

from generator.analysis.words import MONTHS, TITLE_ABBREVIATIONS, WEEKDAYS, unaccented
from generator.briefing.when import IN_CLAUSE, RELATIVE_CLAUSE
from generator.models import Terms

# Where a word stands says how much it tells of the happening: the headline most.
TITLE_WEIGHT = 3.0
LEAD_WEIGHT = 2.0
BODY_WEIGHT = 1.0
BODY_CHARS = 600  # past the lead, background takes over: what came before, what comes next
_WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*[^\W_])?")
_WORDS_AND_GAPS = re.compile(f"({_WORD.pattern})")  # splits a text into gaps and words
# Words that say nothing of what happened: function words, reporting verbs, dates.
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "ago",
        "all",
        "also",
        "am",
        "among",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "either",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "last",
        "later",
        "like",
        "made",
        "make",
        "many",
        "may",
        "me",
        "might",
        "more",
        "most",
        "much",
        "must",
        "my",
        "near",
        "new",
        "next",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "one",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "per",
        "said",
        "same",
        "say",
        "says",
        "she",
        "should",
        "since",
        "so",
        "some",
        "still",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "two",
        "under",
        "until",
        "up",
        "upon",
        "us",
        "very",
        "via",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "whether",
        "which",
        "while",
        "who",
        "whom",
        "whose",
        "why",
        "will",
        "with",
        "within",
        "without",
        "would",
        "year",
        "years",
        "yet",
        "you",
        "your",
        "told",
        "according",
        "added",
        "also",
        "week",
        "weeks",
        "day",
        "days",
        "today",
        "yesterday",
        "tomorrow",
        "time",
        "mr",
        "mrs",
        "ms",
    ]
)
_NOT_TERMS = _FUNCTION_WORDS | MONTHS | WEEKDAYS


def is_function_word(word: str) -> bool:
    """Whether the word says nothing of what happened on its own ("for", "the", "he")."""
    return word.lower().strip(".,;:'\u2019") in _FUNCTION_WORDS


def term_counts(title: str, lead: str, text: str) -> Terms:
    """The terms of an article, in order, and each one's weight: where and how often it stands."""
    counts: Counter[str] = Counter()
    body = text[len(lead) : len(lead) + BODY_CHARS] if text.startswith(lead) else text[:BODY_CHARS]
    for part, weight in (
        (_before_left_out(title, _HEADLINE_BEFORE), TITLE_WEIGHT),
        (_before_left_out(lead, _LEAD_BEFORE), LEAD_WEIGHT),
        (body, BODY_WEIGHT),
    ):
        for term in terms(part):
            counts[term] += weight
    words = tuple(sorted(counts))
    return words, tuple(map(counts.__getitem__, words))


# What came before the happening, in a headline or lead: an "after" clause, up to the next
# comma, colon, dash or sentence end. A headline states one happening, and a clause it opens
# with "after" is an earlier one ("mayor opens the bridge after the council's budget vote"):
# counted at a headline's weight, a recap would outweigh what the headline reports.
_AFTER_CLAUSE = rf"\bafter\b{IN_CLAUSE}"
_HEADLINE_BEFORE = re.compile(_AFTER_CLAUSE, re.IGNORECASE)
# A lead's "after" clause is often the happening's own course ("the ferry sailed after the
# fog lifted"): only one the lead sets a time apart ("a day after the council voted",
# "hours after the strike began") is another happening.
# So is a relative clause that names an earlier day ("The King, who yesterday addressed the
# Senate, toured Bordeaux"; "the visit, which began Wednesday with a ceremony at the Arc"): it
# recalls what the reader knows, and its words are the earlier happening's. (Not one that
# looks ahead: "Xi, who will arrive on Monday, ..." is of the happening to come.)
_EARLIER_DAY = rf"(?:yesterday|earlier|last\s+\w+|(?:{'|'.join(sorted(WEEKDAYS))}))"
_RELATIVE_EARLIER = rf"{RELATIVE_CLAUSE}{IN_CLAUSE}?\b{_EARLIER_DAY}\b{IN_CLAUSE}"
_LEAD_BEFORE = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|seven|several|few|\d+)\s+"
    rf"(?:hours?|days?|weeks?|months?|years?)\s+{_AFTER_CLAUSE}|{_RELATIVE_EARLIER}",
    re.IGNORECASE,
)


def _before_left_out(text: str, before: re.Pattern[str]) -> str:
    """The text without the clauses that tell what came before its happening (each a break,
    so that no phrase joins the words around it); the body, weighed as background, still
    counts them where it repeats them."""
    return before.sub("\n", text)


def terms(text: str) -> list[str]:
    """The words and two-word phrases of a text that can say what happened, lowercased. A
    phrase never spans a sentence's end: "...from Sriharikota. ISRO said" has no
    'sriharikota isro'."""
    shown, words, gaps = _tokens(text)
    pairs = [f"{words[n]} {words[n + 1]}" for n in _joined(shown, words, gaps)]
    return [w for w in words if w] + pairs


def spellings(texts: Iterable[str], wanted: Container[str] | None = None) -> dict[str, str]:
    """Each term of the texts as they spell it most often (the first such on a tie): a name
    keeps its capitals ('Queen Camilla'), a word its lower case. Only the `wanted` terms, if
    given: a term's spelling depends on its own spellings alone, and the words no one asks
    for are most of a text's."""
    # Each (term, spelling) counted, in the order first seen: a term's spellings in theirs.
    as_written = _terms_as_written if wanted is None else partial(_wanted_as_written, wanted=wanted)
    counted = Counter(chain.from_iterable(map(as_written, texts)))
    chosen: dict[str, tuple[str, int]] = {}
    for (term, written), count in counted.items():
        if term not in chosen or count > chosen[term][1]:  # a tie keeps the first
            chosen[term] = (written, count)
    return {term: written for term, (written, _) in chosen.items()}


def _tokens(text: str) -> tuple[list[str], list[str], list[str]]:
    """The text's words as it writes them, each as a term ('' where it is none), and the gap
    after each (the last, what follows the last word): one split, no match objects, which
    thousands of leads would make by the hundred thousand."""
    parts = _WORDS_AND_GAPS.split(text)
    written, gaps = parts[1::2], parts[2::2]
    spelled = str.lower if text.isascii() else _plain  # most texts have nothing to fold
    words = [
        w if w not in _NOT_TERMS and len(w) > 1 else ""
        for shown in written
        for w in [spelled(shown).strip(".'-")]  # one pass: 3.9+ makes this an assignment
    ]
    return written, words, gaps


def _as_shown(word: str, gap: str) -> str:
    """A word as a reason shows it: without the quote marks and hyphens around it, but an
    abbreviation with its last stop ("U.S.", not "U.S"), which the word's pattern leaves out
    (the stop opens the `gap` after it)."""
    shown = word.strip(".'-\u2019")
    if "." in shown and gap[:1] == ".":
        return shown + "."
    return shown


def _terms_as_written(text: str) -> list[tuple[str, str]]:
    """Each term of the text (words first, then phrases, as terms() gives them) with the
    words it stands for as the text writes them."""
    found, words, gaps = _tokens(text)
    # Only a term's words are shown: "the", "of" and the rest never need their spelling.
    written = [_as_shown(w, gap) if t else "" for w, t, gap in zip(found, words, gaps, strict=True)]
    single = [(w, written[n]) for n, w in enumerate(words) if w]
    # A phrase written across a comma keeps it: "China, hoping" is two thoughts, not a phrase
    # a reader would be shown as one.
    pairs = [
        (f"{words[n]} {words[n + 1]}", f"{written[n]}{_comma(gaps[n])} {written[n + 1]}")
        for n in _joined(found, words, gaps)
    ]
    return single + pairs


def _comma(gap: str) -> str:
    return "," if "," in gap else ""


def _wanted_as_written(text: str, wanted: Container[str]) -> list[tuple[str, str]]:
    """_terms_as_written() of only the `wanted` terms, in the same order."""
    return [pair for pair in _kept_as_written(text) if pair[0] in wanted]


# Watch mode spells the terms of an edited event's leads after each save, the same leads but
# one: each lead's terms are found once, where finding them again was a twentieth of a
# rebuild. Only leads are asked (a few hundred words each), so few are kept.
@lru_cache(maxsize=1 << 11)
def _kept_as_written(text: str) -> tuple[tuple[str, str], ...]:
    return tuple(_terms_as_written(text))


def _joined(found: list[str], words: list[str], gaps: list[str]) -> list[int]:
    """Each n whose words n and n + 1 are both terms of one sentence: a phrase."""
    return [
        n
        for n in range(len(words) - 1)
        if words[n]
        and words[n + 1]
        # Most gaps are a space or a comma: no sentence ends there, and no pattern is needed.
        and (_BREAKS.isdisjoint(gaps[n]) or not _sentence_ends(found[n], gaps[n], found[n + 1]))
    ]


_BREAKS = frozenset(".!?\n")


# Between two words, the end of a sentence: a stop, a question or exclamation mark, or a line.
_SENTENCE_GAP = re.compile(r"[.!?][\"”’')\]]*\s|\n")
# Words a stop follows without ending the sentence: the titles the lead's splitter knows ("Mr.
# Lee", "Gen. Park"), places ("St. Louis") and the rest a stop shortens.
_ABBREVIATIONS = frozenset(title.lower() for title in TITLE_ABBREVIATIONS) | frozenset(
    ["st", "mt", "ft", "jr", "sr", "no", "vs", "inc", "corp", "co", "ltd"]
)


def _sentence_ends(word: str, gap: str, following: str) -> bool:
    """Whether a sentence ends in the gap between the two words: a stop after a word that is
    no abbreviation ("U.S.", "Mr.", an initial), before a capital, or a line break."""
    if not _SENTENCE_GAP.search(gap):
        return False
    if "\n" in gap or not gap.lstrip().startswith("."):
        return True
    abbreviated = "." in word or len(word) == 1 or word.lower() in _ABBREVIATIONS
    return not abbreviated and following[:1].isupper()


def _plain(word: str) -> str:
    """A word lowercased as every outlet spells it: outlets differ in accents ("Orbán",
    "Orban") and apostrophes ("Xi’s", "Xi's"). Only Latin letters lose their marks: other
    scripts' marks are letters of the word."""
    word = word.lower().replace("\u2019", "'")
    folded = unaccented(word)
    return folded if folded.isascii() else word
