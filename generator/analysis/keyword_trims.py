"""What comes off a candidate, or takes it away: a ticker and a company's legal form after
its name ("Tesla Inc TSLA.O"), the amount a number's unit belongs to ("billion deal"), "The"
before a name of two words or more ("The Washington Post"), and the name with "and" inside
that a candidate is a piece of ("Exchange Commission" of "Securities and Exchange
Commission")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.analysis.keyword_names import is_institution_head
from generator.analysis.keyword_prose import Document, Occurrence, is_person_name
from generator.analysis.keyword_shapes import ROLE_NOUNS
from generator.analysis.keyword_titles import HONORIFICS, is_abbreviated_title

# Ordinals that open a name when capitalised mid-sentence: "First Citizens", "Second Harvest".
ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth"})
# A Reuters instrument code: a ticker and its exchange's letters ("TSLA.O", "TWTR.N",
# "UBSG.S"). Two characters at least before the dot, so "U.S." is none.
_TICKER = re.compile(r"(?<![\w.])[A-Z0-9]{2,6}\.[A-Z]{1,2}(?![\w.])")
# A company's legal form ending its name: "Twitter Inc.", "Tesla Inc": the name is the company.
_LEGAL_FORMS = frozenset({"Inc", "Corp", "Ltd", "LLC", "Plc", "plc"})
# The unit of a number that YAKE cut off, as numbers are no candidates: "billion" of "$44
# billion deal", "bln" of "50 bln Swiss francs". What follows it is the amount's, not a topic.
_NUMBER_UNITS = frozenset(
    {"million", "billion", "trillion", "mln", "bln", "bn", "tn", "crore", "lakh", "thousand"}
)
# Capitalised words after a piece of a name: the rest of it up to its head noun.
_AND_TAIL = re.compile(r" and ((?:[A-Z][\w'’-]* )*[A-Z][\w'’-]*)")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([\w'’-]+) $")
_AND_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*) and $")


def trimmed(candidate: str) -> str:
    """A candidate without a ticker or a legal form after a company's name ("Tesla" of "Tesla
    Inc TSLA.O"); "" where it opens with a number's unit ("billion deal", "trillion")."""
    if candidate.partition(" ")[0].casefold() in _NUMBER_UNITS:
        return ""
    if "." in candidate:
        candidate = " ".join(_TICKER.sub("", candidate).split())
    name, _, last = candidate.rpartition(" ")
    return name if last.rstrip(".") in _LEGAL_FORMS and name[-1:].islower() else candidate


def opens_name(word: str, form: str) -> bool:
    """Whether a stop word before a capitalised candidate starts a longer name: an ordinal
    ("First Citizens"), a participle ("Associated Press": the stop words list a few), or
    "The" before one word ("The Hague"); before a name of two words "The" is the article a
    newspaper's masthead keeps ("The Washington Post")."""
    folded = word.casefold()
    return (
        folded in ORDINALS
        or (folded == "the" and " " not in form)
        or (len(folded) > 4 and folded.endswith("ed"))
    )


def whole_and_name(form: str, occurrences: Sequence[Occurrence], document: Document) -> str | None:
    """The organisation's name with "and" inside that a capitalised candidate is a piece of
    wherever the prose writes it: "Securities and Exchange Commission" for "Securities" and
    for "Exchange Commission"; "" where it is such a piece but not always of the same name;
    None for any other candidate."""
    if not occurrences or not all(word[:1].isupper() for word in form.split()):
        return None
    wholes = set()
    for found in occurrences:
        whole = _and_name_at(form, document.prose[found.line], found)
        if whole is None:
            return None
        wholes.add(whole)
    return wholes.pop() if len(wholes) == 1 else ""


def _and_name_at(form: str, line: str, found: Occurrence) -> str | None:
    """The name with "and" inside around one place of a candidate: its head noun (an
    institution's) after the "and", or ending the candidate after a word and an "and"."""
    if " " not in form:  # "Securities" of "Securities and Exchange Commission"
        tail = _AND_TAIL.match(line, found.end)
        rest = tail.group(1) if tail else ""
        last = rest.rsplit(" ", 1)[-1]
        whole = rest and is_institution_head(last) and _opens_here(line, found.start)
        return f"{form} and {rest}" if whole else None
    head = form.rsplit(" ", 1)[-1]
    if not line.endswith(" and ", 0, found.start) or not is_institution_head(head):
        return None  # "Exchange Commission" of "Securities and Exchange Commission"
    # A window before the candidate, as a search from the line's start is slow.
    before = _AND_BEFORE.search(line, max(0, found.start - 40), found.start)
    return f"{before.group(1)} and {form}" if before and _opens_here(line, before.start()) else None


def _opens_here(line: str, start: int) -> bool:
    """Whether a name can open at `start`: no capitalised word runs into it, or only initials
    ("US Securities and…"). After one ("Federal Reserve and Treasury Department") the "and"
    joins two names."""
    word = _WORD_BEFORE.search(line, max(0, start - 40), start)
    return word is None or not word.group(1)[:1].isupper() or word.group(1).isupper()


def after_role(form: str) -> str | None:
    """The person's name after a role capitalised before it: "Elon Musk" of "Billionaire Elon
    Musk" (of "…, Billionaire Elon Musk has offered"); None for any other candidate."""
    first, _, rest = form.partition(" ")
    if first.casefold() not in ROLE_NOUNS or not first[1:].islower():
        return None
    return rest if is_person_name(rest.split()) else None


def titles_name(word: str) -> bool:
    """Whether a capitalised word before a name is a title or a role that describes it, no
    part of it: "President" of "President Biden", "Billionaire" of "Billionaire Ivo Marchetti"."""
    folded = word.rstrip(".").casefold()
    return folded in HONORIFICS or is_abbreviated_title(word) or folded in ROLE_NOUNS
