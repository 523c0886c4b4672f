"""The page's last line when the scraper, not the site, cut it short: the story's own sentence,
which the rules for teaser cards must not take for another story's headline or summary."""

from __future__ import annotations

import re

from generator.analysis.lines import (
    Doc,
    Line,
    ends_sentence,
    is_prose,
    line_words,
    sentence_like,
    speaks_to_reader,
)

_RUN_ON_WORDS = 10  # words of a sentence begun: a card's headline seldom has so many
_OFF_TOPIC_SHARE = 0.25  # of the cut sentence's words that the story above uses
# A clause opened after a comma ("Shortly before 3 a.m., the senior"): a sentence's shape, however
# few its words before the cut; a headline's comma joins names or short claims.
_CLAUSE_OPENED = re.compile(r", (?:the|a|an|he|she|they|it|we|its|his|her|their|this|that) \w")
# Words a sentence stops on only where it was cut ("Abiy was then swiftly transported to"): a
# card's headline ends on a noun or a verb, seldom on an article, a preposition of motion or
# "and". Four words or more, so that a lone "In the" label is not taken for one.
_NO_HEADLINE_END = frozenset(
    {"a", "an", "the", "of", "to", "and", "or", "but", "was", "were", "its", "their", "from"}
)
_OPEN_ENDED_WORDS = 4
_CUT_WORD = re.compile(r"(?:^|\s)[^\W\d_][\w'’-]*$")  # the scraper cuts a sentence after a word


def cut_by_scraper(doc: Doc, line: Line) -> bool:
    """`line` is the page's last and a sentence of ten words or more stopped after a word, with
    no stop and no "…": an excerpt that ends where the scraper stopped reading. A site cuts a
    card's summary on "…"; a headline has fewer words and no sentence's shape."""
    if line is not doc.lines[-1] or ends_sentence(line.plain) or line.plain.endswith(("…", "...")):
        return False
    if line.words < _RUN_ON_WORDS and not _CLAUSE_OPENED.search(line.plain):
        return False
    # A sentence full of names ("Opener Jane Doe (114) and Mary Major (121) scored to") opens like
    # no sentence, but stopping on a word no headline ends on shows it was cut all the same.
    if not sentence_like(line.plain) and not _ends_open(line):
        return False
    # "... Subscribe to t.me/Site": a prompt ending on an address, whole.
    return bool(_CUT_WORD.search(line.plain)) and not speaks_to_reader(line)


def story_runs_on(doc: Doc, kept: list[Line], tail_start: int) -> bool:
    """The page ends on a sentence the scraper cut off (cut_by_scraper), sharing a quarter of
    its words with the story's paragraphs or opening the section of the subheading right above
    it (_next_section), and the lines from `tail_start` follow the story's text with nothing
    dropped between: the story's next subheading and paragraph, or its next sentences, not
    cards of other stories (which a label, a share bar or a footer dropped above them would set
    apart)."""
    last = kept[-1]
    if not tail_start:
        return False
    cut = cut_by_scraper(doc, last)
    if not cut and not _cut_short(doc, last):
        return False
    above = next(i for i, line in enumerate(doc.lines) if line is kept[tail_start]) - 1
    if doc.lines[above] is not kept[tail_start - 1]:
        return False
    if cut and _next_section(doc, kept, tail_start):
        return True
    # About the story's subject: a card cut short there is about another story.
    story: set[str] = set()
    for line in kept[:tail_start]:
        if is_prose(line.plain):
            story |= line_words(line)
    found = line_words(last)
    return len(found & story) >= _OFF_TOPIC_SHARE * max(1, len(found))


def _ends_open(line: Line) -> bool:
    return line.lower.rsplit(None, 1)[-1] in _NO_HEADLINE_END


def _cut_short(doc: Doc, line: Line) -> bool:
    """The page's last line, a sentence of a few words cut after one no headline ends on ("Abiy
    was then swiftly transported to"); only the story's words (story_runs_on) tell it from a
    card's summary cut so."""
    if line is not doc.lines[-1] or line.words < _OPEN_ENDED_WORDS or not sentence_like(line.plain):
        return False
    return _ends_open(line) and not speaks_to_reader(line)


def _next_section(doc: Doc, kept: list[Line], tail_start: int) -> bool:
    """One subheading, then the page's last line, right under a paragraph with nothing between
    them in the page: the story's next section (a roundup's next item, on another subject),
    cut where the page ends. Another story's card stands apart, under a label, a time or a
    share bar, or is one of several."""
    if tail_start != len(kept) - 2 or not is_prose(kept[tail_start - 1].plain):
        return False
    return all(page is line for page, line in zip(doc.lines[-2:], kept[-2:], strict=True))
