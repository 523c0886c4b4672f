"""Prompts to subscribe to a newsletter, told from a newsletter's own lines published as a story."""

from __future__ import annotations

import re

from generator.analysis.boilerplate import (
    NEWSLETTER_HINT,
    NEWSLETTER_PROMPT,
    PROMPT_START,
    READER_ADDRESS,
    SIGN_UP,
)
from generator.analysis.lines import Line, ends_sentence, matches, speaks_to_reader
from generator.analysis.summary import quick_sentences

_TAGLINE_WORDS = 12  # a newsletter's tagline is short; a longer line naming one is a sentence
_NAMES_NEWSLETTER = matches(NEWSLETTER_PROMPT, folded_hint=NEWSLETTER_HINT)
_NAMES_NEWSLETTER_ANY = matches(NEWSLETTER_PROMPT, 10**9, folded_hint=NEWSLETTER_HINT)
# A label in capitals over the prompt ("TO REGISTER: Get our weekly newsletter ..."): the box's
# heading run into its text; the prompt's verb opens what follows it.
_CAPS_LABEL = re.compile(r"^[A-Z][A-Z ]{1,24}:\s+(?=[A-Z][a-z])")


def _urges(text: str) -> bool:
    """The line opens as a prompt does, after any label in capitals."""
    label = _CAPS_LABEL.match(text)
    return bool(PROMPT_START.match(text[label.end() :] if label else text))


def is_newsletter_prompt(line: Line) -> bool:
    """A prompt to subscribe; the site only mentioning its newsletter ("in today's newsletter,
    we look at ...") is a story line of a newsletter published as an article."""
    if not _NAMES_NEWSLETTER(line):
        return _ends_on_sign_up(line)
    text = line.plain
    # "The newsletter that cuts through the noise": a tagline beside the sign-up box, no sentence.
    tagline = line.words <= _TAGLINE_WORDS and not ends_sentence(text)
    # "Keep up to date with ... in our daily newsletter": urging, however long the sentence.
    if not (tagline or speaks_to_reader(line) or _urges(text)):
        return False
    named = {found.lower() for found in NEWSLETTER_PROMPT.findall(text)}
    if not named <= {"newsletter", "newsletters"}:
        return True  # "subscribe", "inbox", "spam": a prompt whoever speaks
    urging = READER_ADDRESS.search(text) or _urges(text) or line.words <= 3
    return bool(urging or tagline or SIGN_UP.search(text))


_BLURB_WORDS = 60  # a newsletter's blurb is a few sentences; a story's paragraph may be longer


def _ends_on_sign_up(line: Line) -> bool:
    """A newsletter's blurb whose last sentence is its sign-up prompt ("Welcome to the Weekly,
    our recap of ... Sign up here to get it in your inbox."): too long for a prompt alone, and
    urging the reader where a story's sentence reports."""
    if line.words > _BLURB_WORDS or line.reported or not _NAMES_NEWSLETTER_ANY(line):
        return False
    last = quick_sentences(line.plain)[-1]
    return (
        last != line.plain
        and bool(PROMPT_START.match(last))
        and bool(NEWSLETTER_PROMPT.search(last))
        and bool(READER_ADDRESS.search(last))
    )
