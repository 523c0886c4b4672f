"""Readers' comments under the story: who wrote each one, and what they wrote.

A comment reads like a story paragraph, so no test of one line can tell it. A reader tells it
by its place: below the story, under the comment section's heading ("1 comment:", "Leave a
Reply"), each comment under the line naming its writer ("Anonymous said...", "Jane Doe
says:"). Only the lines under such a name are dropped: a heading alone, even below the story,
may be a counter beside the share buttons, with more story after it. A thread with no heading
shows itself by two names or more stamped with how long ago they wrote ("Jane 2 weeks ago"),
one a handle as no byline is written ("QuayWatcher", "old salt"), over lines no reporter
wrote: a live blog stamps its entries the same way ("By Jane Doe 2 hours ago", "Reuters 5
hours ago", "Wexmoor 1 hour ago"), over news that reports. A comment form's own rules between two
of its lines a few lines apart, and its prompts under its last line at the page's foot, go
with it when every one of them reads as an instruction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.analysis.boilerplate import COMMENTER, PROMPT_START
from generator.analysis.lines import Doc, Line, is_prose, speaks_to_reader
from generator.analysis.pictures import LONE_AGENCY

COMMENT = "reader comment"
_SECTION = frozenset({"comment form", COMMENT})  # what the section's heading was dropped as
_LONGEST_NAME = 16  # words: a longer line is no commenter's name and date
_FORM_WORDS = 8  # words: a form's prompt between its fields; a longer line may be story
_FORM_SPAN = 12  # lines: a comment form's fields and their instructions, heading to captcha
_RULE_WORDS = 15  # words: one of the form's rules ("No HTML tags allowed."); a paragraph says more
_UNIT = r"(?:second|minute|min|hour|hr|day|week|month|year)s?"
# "QuayWatcher 2 weeks, 1 day ago": a commenter's name and how long ago they wrote, which a
# thread with no heading of its own puts over each comment. A byline's "By" or "via" opens
# no commenter's name.
_STAMPED_COMMENTER = re.compile(
    rf"^(?!(?i:posted|updated|published|edited|added|modified|created|last|by|via)\b)"
    rf"([\w.'’@-]+(?: [\w.'’@-]+){{0,2}}),? \d{{1,2}} {_UNIT}(?:,? (?:and )?\d{{1,2}} {_UNIT})? ago$"
)
_THREAD = 2  # stamped names: one may be a story's own "Jane Doe 2 hours ago"; two are a thread
# Capitalised words, or capitals: a person's name as a byline writes it, or a dateline's place
# ("Jane Doe", "Wexmoor", "WEXMOOR"). A commenter may sign so too, but a thread made only of such
# names may be a live blog's stamps.
_NAME_OR_PLACE = re.compile(r"^(?:[A-Z][a-z'’.-]*|[A-Z]+)(?: (?:[A-Z][a-z'’.-]*|[A-Z]+)){0,2}$")


def _bylines_or_places(names: Iterable[str]) -> bool:
    """Whether stamps name only people in full or places ("Jane Doe", "WEXMOOR"), as a live
    blog's do; commenters sign with a handle or a first name alone ("Mary", "QuayWatcher")."""
    names = list(names)
    return all(_NAME_OR_PLACE.match(name) for name in names) and any(
        " " in name or name.isupper() for name in names
    )


def _is_commenter(text: str, words: int) -> bool:
    return words <= _LONGEST_NAME and bool(COMMENTER.match(text))


def drop_reader_comments(doc: Doc) -> None:
    """Below a comment heading under the story, each commenter's name and what follows it, and
    the form's own short lines between its fields ("Want to join the discussion?")."""
    story_above = in_section = in_comment = False
    between: list[Line] = []  # short kept lines since the section's last line
    for line in doc.lines:
        if line.reason in _SECTION:
            if in_section:
                for short in between:
                    short.reason = "comment form"
            in_section = in_section or story_above
            in_comment, between = False, []  # a form's lines end one comment
            continue
        if not in_section:
            story_above = story_above or (not line.reason and is_prose(line.plain))
            continue
        if _is_commenter(line.plain, line.words):
            in_comment = True
        if in_comment and not line.reason:
            line.reason = COMMENT
        elif not line.reason:
            between = [*between, line] if line.words <= _FORM_WORDS else []
    _drop_form_instructions(doc)
    _drop_stamped_thread(doc)


def _stamps_below_story(doc: Doc) -> list[tuple[int, str]]:
    """Where the names stamped with how long ago they wrote stand, below a story paragraph,
    and the names; a wire's name stamped so is a live blog's entry, never a commenter."""
    found, story_above = [], False
    for index, line in enumerate(doc.lines):
        # "ago" ends every match (a line's plain text has no line break for "$" to stop before).
        stamped = story_above and not line.reason and line.plain.endswith(" ago")
        stamp = _STAMPED_COMMENTER.match(line.plain) if stamped else None
        if stamp and not LONE_AGENCY.match(stamp[1]):
            found.append((index, stamp[1]))
        story_above = story_above or (not line.reason and is_prose(line.plain))
    return found


def _reads_as_comment(line: Line) -> bool:
    """A reader's words, as far as a line shows: no reported speech, which a live blog's entry
    under the same kind of stamp carries ("..., officials said.")."""
    return bool(line.reason) or not line.reported


def _drop_stamped_thread(doc: Doc) -> None:
    """A thread with no heading: below the story, each commenter's name stamped with how long
    ago they wrote ("QuayWatcher 2 weeks, 1 day ago") over what they wrote. Each name and the
    lines down to the next go; under the last name, as many lines as the longest comment,
    while they read as comments. Stamps with only names or places, or lines under them that
    report, are a live blog's entries: kept."""
    stamps = _stamps_below_story(doc)
    if len(stamps) < _THREAD or _bylines_or_places(name for _, name in stamps):
        return
    places = [index for index, _ in stamps]
    longest = max(b - a for a, b in zip(places, places[1:], strict=False))
    lines = doc.lines
    if not all(map(_reads_as_comment, lines[places[0] : places[-1]])):
        return
    tail = lines[places[-1] : places[-1] + longest]
    for line in lines[places[0] : places[-1]] + _while_comments(tail):
        line.reason = line.reason or COMMENT


def _while_comments(lines: list[Line]) -> list[Line]:
    """The lines up to the first that does not read as a comment."""
    for count, line in enumerate(lines):
        if not _reads_as_comment(line):
            return lines[:count]
    return lines


def _form_lines(doc: Doc) -> list[int]:
    """Where the lines of a comment form below the story stand (their rules dropped them)."""
    found, story_above = [], False
    for index, line in enumerate(doc.lines):
        if line.reason in _SECTION and story_above:
            found.append(index)
        story_above = story_above or (not line.reason and is_prose(line.plain))
    return found


def _instruction(line: Line) -> bool:
    """A form's rule or prompt: short, or urging the reader; no one's reported words."""
    return not line.reported and (line.words <= _RULE_WORDS or speaks_to_reader(line))


def _prompt(line: Line) -> bool:
    """A short line urging the reader ("Enter the characters shown in the image.")."""
    urging = speaks_to_reader(line) or PROMPT_START.match(line.plain)
    return line.words <= _FORM_WORDS and bool(urging)


def _drop_form_instructions(doc: Doc) -> None:
    """The form's own instructions: the lines between two of its lines a few lines apart, and
    the short prompts under its last line at the page's foot ("Enter the characters shown in
    the image."), when every one of them reads as an instruction. A story paragraph, which runs
    longer and reports, keeps the lines around it."""
    lines, form = doc.lines, _form_lines(doc)
    spans = [range(a + 1, b) for a, b in zip(form, form[1:], strict=False) if b - a <= _FORM_SPAN]
    if form:
        spans.append(range(form[-1] + 1, len(lines)))
    for span in spans:
        kept = [lines[index] for index in span if not lines[index].reason]
        tail = span.stop == len(lines)
        if tail and not all(map(_prompt, kept)):
            continue  # under the form's last line only its short prompts are the form's
        if kept and all(map(_instruction, kept)):
            for line in kept:
                line.reason = "comment form"
