"""Lines that say who wrote the story and when: bylines, datelines, reading times."""

from __future__ import annotations

import re

from generator.analysis.boilerplate import (
    AUTHOR_BIO,
    AUTHOR_CARD_PLACE,
    AUTHOR_CARD_ROLE,
    AUTHOR_LABEL,
    BARE_BYLINE_LABEL,
    BYLINE,
    CALENDAR,
    CONTACT,
    CREDITED_BY,
    DATE_LABEL,
    DATED_BYLINE,
    META_SEPARATOR,
    READING_TIME,
    RELATED_HEADING,
    SIGN_OFF,
    STAFF_CREDIT,
    STAFF_ROLE,
    STAFF_SUFFIX,
    STATEMENT_DATE,
    hint,
)
from generator.analysis.lines import (
    CAPITALS_PHRASE,
    Doc,
    Line,
    ends_sentence,
    fold,
    headline_like,
    is_chrome_sized,
    is_prose,
    is_timestamp,
    lone_name,
    name_like,
    next_kept,
    previous_kept,
    words,
)
from generator.analysis.pictures import LONE_AGENCY, PICTURE_CONTROL

_DIGIT = re.compile(r"\d")
# The roles of STAFF_ROLE, one of which each of its matches names, in lower case.
_STAFF_HINT = hint(
    "correspondent", "reporter", "writer", "columnist", "editor", "journalist", "contributor"
)
_HANDLE = re.compile(r"@?[\w.-]{2,30}")
_COUNT = re.compile(r"\d{1,3}")
# A reading time after a date or a name with no separator: "4 May 2024 3 min read".
_READ_TAIL = re.compile(r"(?i)\s+(?:about )?\d+(?:\s*[-–]\s*\d+)?\s*min(?:ute)?s?\.?\s+read$")


def _time_starts(token: str) -> bool:
    """Where a date or time may begin: a digit, a month or weekday, "on" or "updated"."""
    bare = token.strip(",.;:()|-–—").lower()
    return bare[:1].isdigit() or bare in CALENDAR or bare in ("on", "updated", "published")


def _before_time(text: str) -> str | None:
    """The part of `text` before a date or time that ends it, if one does."""
    tokens = text.split()
    for index in range(1, len(tokens)):
        if index == len(tokens) - 1 and _COUNT.fullmatch(tokens[index]):
            return None  # "The Daily Top 3", "Chapter 12": a count, not a day or an hour
        if _time_starts(tokens[index]) and is_timestamp(" ".join(tokens[index:])):
            return " ".join(tokens[:index]).rstrip(",;|-–— ")
    return None


def _is_name(text: str, first: bool) -> bool:
    """A name on its own: two capitalised words or more, or any short name after the first part."""
    return name_like(text, 2) and words(text) <= 4 if first else name_like(text, 2)


# A reporter's name and the desk they file for, as live pages sign each update: "Jane Doe, Cox
# Media Group National Content Desk", "Kim Lee, Daily Post Staff".
_DESKS = ("Desk", "Staff", "Newsroom", "Team", "Wire")
_NAME_AND_DESK = re.compile(
    rf"^([^,]{{3,40}}), ((?:[A-Z][\w'’&.-]*\s){{0,6}}(?:{'|'.join(_DESKS)}))$"
)


def _is_author(text: str, first: bool) -> bool:
    if match := BYLINE.match(text):
        prefixed, name = not text.lower().startswith("by"), match[1]
        name = _before_time(name) or name  # "By Jane Doe, The Daily Post, 27 May 2012"
        name = name.split("/")[0].strip()  # "By Jane Doe/dailypost.com/Ghana"
        if (newsroom := STAFF_SUFFIX.sub("", name)) != name:
            return name_like(newsroom, 1)  # "By KXYZ staff"
        if prefixed and _HANDLE.fullmatch(name):
            return True  # "Posted by: jdoe": a user name, as blogs and forums sign posts
        return not name or name_like(name, 1 + (not prefixed)) or (not first and words(name) < 4)
    if (match := CREDITED_BY.match(text)) and words(text) <= 7:
        return name_like(match[1], 2)  # "Compiled by Jane Doe"
    desk = _NAME_AND_DESK.match(text) if text.endswith(_DESKS) else None  # cheap, first
    if desk and words(desk[1]) <= 4:
        return name_like(desk[1], 2) and name_like(desk[2], 2)
    staff = _STAFF_HINT.search(fold(text.lower())) and STAFF_ROLE.search(text)  # cheap, first
    if AUTHOR_LABEL.match(text) or staff:
        return words(text) <= 12 and text[:1].isupper() and not ends_sentence(text)
    return not first and name_like(text, 2) and words(text) <= 4


# The section a post is filed in, after its date or author on a meta line ("... | Posted in
# News"). Alone on its line, it is a tag list's (boilerplate.TAG_LIST).
_FILED_IN = re.compile(r"(?i)^(?:published|posted|filed) (?:in|under)\s*:?\s+(?-i:[A-Z])")
_FILED_IN_WORDS = 8
# A social account's handle as a meta line's part, the author's or the desk's: "@jdoe_news".
_SOCIAL_HANDLE = re.compile(r"@[A-Za-z0-9_.]{2,30}")


def _part_reason(part: str, first: bool) -> str:
    if READING_TIME.match(part):
        return "reading time"
    tail = _READ_TAIL.search(part) if part[-4:].lower() == "read" else None  # cheap, first
    if tail and tail.start():
        return _part_reason(part[: tail.start()], first)  # the date or name before it decides
    if DATE_LABEL.match(part):
        return "timestamp"  # "Updated", "Published:" with its date on another line
    if CONTACT.match(part) or SIGN_OFF.match(part):
        return "byline"  # the author's e-mail address; "-- AGENCY" under a wire story
    if part.endswith(":") and BARE_BYLINE_LABEL.match(part):
        return "byline"  # "Reporter:", "Editor:", the name left out or on the next line
    if is_timestamp(part):
        return "timestamp"
    if _SOCIAL_HANDLE.fullmatch(part):
        return "byline"  # "| @desk | Oct 14, 2024": the author's or the desk's account
    if not first and words(part) <= _FILED_IN_WORDS and _FILED_IN.match(part):
        return "byline"  # "Jane Doe | Published in World, Europe": the post's section
    if _is_author(part, first):
        return "byline"
    if ends_sentence(part) or not _DIGIT.search(part):
        return ""  # a date needs a digit; a sentence is no byline
    # A name and a date with nothing between ("Jane Doe 5 May 2025 10:18 IST"), or the other
    # way round ("Thu, 19 Nov 2020 Source: Daily Post").
    head = _before_time(part)
    if head and (_is_author(head, first) or _is_name(head, first)):
        return "byline"
    if head and RELATED_HEADING.match(head):
        return "timestamp"  # "latest news headlines 2 weeks ago": a card's label and its age
    tokens = part.split()
    for index in range(2, min(len(tokens), 9)):
        if is_timestamp(" ".join(tokens[:index])) and STAFF_CREDIT.search(" ".join(tokens[index:])):
            return "byline"
    return ""


def meta_reason(text: str) -> str:
    """'byline', 'timestamp' or 'reading time' when every part of the line is one of those."""
    count, lower = words(text), text.lower()
    if count > 50:
        return ""
    credit = any(hint in lower for hint in ("by", "source", "contribut"))  # cheap, first
    if credit and STAFF_CREDIT.search(text) and is_chrome_sized(text, 50):
        return "byline"
    dated_by = " by " in lower and DATED_BYLINE.match(text)
    if dated_by and is_timestamp(dated_by[1]) and words(dated_by[2]) < 4:
        return "byline"
    if count <= 3 and PICTURE_CONTROL.match(text):
        return ""  # a gallery's counter, "1 / 13": the picture's, no date
    if count <= 8 and SIGN_OFF.match(text):
        return "byline"  # "(AGENCY)" under a wire story
    # A bar at either end is a table cell's edge: "Posted by: jdoe |".
    parts = [p.strip() for p in _meta_parts(text.strip("()[]| "))] if count <= 24 else []
    if len(parts) > 1 and count <= 16 and not READING_TIME.match(text) and is_timestamp(text):
        return "timestamp"  # whole, before its parts: "Tue - 10 Sep 2019 - 03:39 AM"
    reasons = []
    for index, part in enumerate(parts):
        reasons.append(_part_reason(part, first=index == 0))
        if index and not reasons[-1]:
            return ""  # a part that is none of them: no meta line
    if len(parts) > 1 and not reasons[0] and "timestamp" in reasons and _is_name(parts[0], True):
        reasons[0] = "byline"  # "Jane Doe | Kim Lee | 6 May 2025, 12:18 PM"
    if not reasons or not all(reasons):
        return ""
    return "byline" if "byline" in reasons else reasons[0]


_SEPARATOR_MARKS = "|·•—–-"  # one of which each match of META_SEPARATOR holds


def _meta_parts(text: str) -> list[str]:
    """The parts of a meta line between its separators ("Jane Doe | 4 May 2025")."""
    if not any(mark in text for mark in _SEPARATOR_MARKS):
        return [text]  # most lines: no separator to split at
    return META_SEPARATOR.split(text)


def _lone_name_item(lines: list[Line], index: int) -> bool:
    """A list item on its own that is only a name ("- Jane Doe", "— ASSOCIATED PRESS")."""
    line = lines[index]
    neighbours = (previous_kept(lines, index), next_kept(lines, index))
    alone = all(
        other is None or other.kind != "bullet" or other.key == line.key for other in neighbours
    )
    named = line.kind == "bullet" and alone and line.words <= 4 and name_like(line.plain, 2)
    return named and not _signs_quotation(line, previous_kept(lines, index))


_WHOLE_QUOTATION = re.compile(r"^[\"“‘'].{2,}[\"”’']$")


def _signs_quotation(line: Line, above: Line | None) -> bool:
    """A reader's or a witness's name under their words quoted whole, as letters pages print
    them ("“Good luck!”" over "- Jane Doe"): the story's. A wire's name in capitals signs off."""
    quoted = above is not None and bool(_WHOLE_QUOTATION.match(above.plain.strip()))
    return quoted and not line.plain.isupper()


_LIST_PARTS = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _names_list(line: Line) -> bool:
    """Several people's names and nothing else: "Jane Doe, Kim Lee and Ann Roe"."""
    listed = "," in line.plain or " and " in line.plain
    if not listed or line.words > 12 or not name_like(line.plain, 4):
        return False
    # Each of them a name: a headline in title case has commas too ("Mayor Criticizes Bridge
    # Contractor, Promises Full Inquiry"), but its parts are longer than names.
    return all(2 <= words(part) <= 4 for part in _LIST_PARTS.split(line.plain.strip(" ,")))


def _agency_over_date(lines: list[Line], index: int) -> bool:
    """A news agency's name alone right over the story's date line, above the story: the
    agency that filed it, as a byline names a reporter; by a picture, the picture's credit."""
    line, below = lines[index], next_kept(lines, index)
    if line.words > 4 or below is None or not LONE_AGENCY.match(line.plain):
        return False
    return meta_reason(below.plain) == "timestamp"


def drop_meta_lines(doc: Doc) -> None:
    """Bylines, datelines and reading times, and a name under a bare "By" label or above a role."""
    previous, after_label = None, False
    lines = doc.lines
    first_prose = next((i for i, line in enumerate(lines) if is_prose(line.plain)), len(lines))
    for index, line in enumerate(lines):
        if line.reason:
            continue
        speech = line.reported and not BYLINE.match(line.plain)  # "Reported by" is a byline
        line.reason = "" if line.words > 50 or speech else meta_reason(line.plain)
        if not line.reason and after_label and line.words <= 4 and name_like(line.plain, 1):
            line.reason = "byline"
        if not line.reason and line.kind == "bullet" and _lone_name_item(lines, index):
            line.reason = "byline"
        if not line.reason and index < first_prose and _names_list(line):
            line.reason = "byline"  # under the headline: the story's authors
        if not line.reason and index < first_prose and _agency_over_date(lines, index):
            line.reason = "byline"  # "Reuters" over "Published : 26 June 2023": who filed it
        role = line.reason == "byline" and previous and previous.words <= 4
        if role and STAFF_ROLE.search(line.plain) and name_like(previous.plain, 2):
            previous.reason = previous.reason or "byline"  # "Jane Doe" above "Seoul correspondent"
        previous, after_label = (
            line,
            line.reason == "byline" and bool(BARE_BYLINE_LABEL.match(line.plain)),
        )


def is_stamped_dateline(line: Line) -> bool:
    """A line stamped with a date and a few words of no story ("2024-05-11 news, story"). A
    place or subheading in capitals after the stamp ("date 2025-12-28 SEOUL") is left to the
    rules that read its place (story.drop_lines_outside_story): the stamp alone is cut off."""
    if not line.stamp or line.words > 8 or CAPITALS_PHRASE.match(line.plain):
        return False
    return not _STAMPED_SENTENCE.match(line.plain) and not headline_like(line.plain, 3)


# A whole sentence after the stamp ("date 2024-05-20 The ferry is on the move again."): the
# story's first, which the stamp was glued to; a label or a kicker ends on no stop.
_STAMPED_SENTENCE = re.compile(
    r"^[\"“‘]?[A-Z][\w’']*(?: [\w’',$%-]+){3,} [a-z][\w’'-]*[.!?][\"”’]?$"
)


STAMPED_LABEL = "section label"


def drop_stamped_datelines(doc: Doc) -> None:
    """Drop each stamped line of no story (is_stamped_dateline), named for what follows the
    stamp: a date or a time is a timestamp; other words ("Ferry Works", "Local News") are the
    page's kicker or a menu's item, no time at all."""
    for line in doc.kept():
        if is_stamped_dateline(line):
            line.reason = "timestamp" if is_timestamp(line.plain) else STAMPED_LABEL


def drop_author_notes(doc: Doc) -> None:
    """Notes on the author at the foot of the page ("Jane Doe is a senior reporter at the
    Daily Post"), and authors' cards (a name, then a note on what that person covers): the last
    lines of prose, when they are such notes. Higher up, the same words are the story's: a story
    about a reporter."""
    kept = doc.kept()
    last_card = True
    for index in range(len(kept) - 1, -1, -1):
        line = kept[index]
        if line.reason or (line.words <= 4 and not ends_sentence(line.plain)):
            continue  # a label or a name below the note
        above = kept[index - 1] if index else None
        card = above is not None and _author_card(kept, index, last_card)
        note = AUTHOR_BIO.match(line.plain) or _contact_note(line.plain)
        if not card and (line.reported or line.words > 60 or not note):
            return
        line.reason = "byline"
        if card and above is not None:
            above.reason = "byline"
            last_card = False


# Who the author is and how to reach them: "Jane Doe is a news intern with the Daily Post.
# Reach her at jdoe@post.com or on Twitter @jdoe." Whatever the post, the address makes it a note;
# so does a prompt to follow the author ("Follow her on Twitter: @jdoe"), which no story writes of
# the person it is about.
_NAMED_IS = re.compile(r"^(?:[A-Z][\w'’.-]+ ){1,3}(?:is|was|has been) (?:an? |the )")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+")
_FOLLOW = re.compile(r"(?i)\bfollow (?:her|him|them|me) (?:on|at) [\w ]{1,20}:? @\w{2,}")


def _contact_note(text: str) -> bool:
    return bool(_NAMED_IS.match(text)) and bool(_EMAIL.search(text) or _FOLLOW.search(text))


def _author_card(kept: list[Line], index: int, last_card: bool) -> bool:
    """A note on the person named on the line above: their name or first name, then their
    beat or their post ("Jane covers city hall for the Post"). A career with no post at a
    paper is an author's only as the page's last card and with no such card above it: a run
    of them is a list of the people the story is about (candidates, nominees)."""
    line, above = kept[index], kept[index - 1]
    if line.words > _FULL_NAME_NOTE_WORDS or not lone_name(above):
        return False
    listed = index >= 3 and _career_note(kept[index - 2], kept[index - 3])
    if _career_note(line, above) and last_card and not listed:
        return True
    if line.words > 60:
        return False
    text = AUTHOR_CARD_PLACE.sub("", line.plain)
    name = above.plain.strip()
    for called in (name, name.split()[0]):
        if text.startswith(called + " ") and AUTHOR_CARD_ROLE.match(text[len(called) + 1 :]):
            return True
    return False


# Under the author's full name on its own line, a note opening on the full name again says who
# they are or were, whatever the post: the story's last paragraph names no one so twice.
_FULL_NAME_NOTE_WORDS = 120
_FULL_NAME_NOTE = re.compile(r"^(?:is|was|has been|had been|serves as|served as|joined) ")


def _career_note(line: Line, above: Line) -> bool:
    """`above` is a full name alone and `line` opens on it again, saying who they are or were
    ("Jane Doe" over "Jane Doe was the dean of ..."): a career, however long."""
    text = AUTHOR_CARD_PLACE.sub("", line.plain)
    name = above.plain.strip()
    if len(name.split()) < 2 or not text.startswith(name + " ") or not lone_name(above):
        return False
    return bool(_FULL_NAME_NOTE.match(text[len(name) + 1 :]))


_SIGNATORY_WORDS = 4  # a name; the office under it may be longer
_OFFICE_WORDS = 8
_OFFICE_LINES = 2
_STATEMENT_DATE_WORDS = 10


def statement_signature(doc: Doc) -> set[int]:
    """The id() of each line of the signature that ends a statement or a letter: right under
    its last paragraph, before any line a rule dropped, the signatory's name, up to two lines
    of office ("Chief Executive", "Ministry of Health"), and the date it was issued. Short
    lines below a story are mostly links; these are the story's own last lines."""
    lines = doc.lines
    last = next(
        (
            i
            for i in range(len(lines) - 1, -1, -1)
            if not lines[i].reason and is_prose(lines[i].plain)
        ),
        None,
    )
    if last is None:
        return set()
    block = []
    for line in lines[last + 1 : last + 2 + _OFFICE_LINES + 1]:
        if line.reason:
            return set()  # boilerplate came first: what follows is the page's, not the story's
        block.append(line)
        if (
            len(block) > 1
            and line.words <= _STATEMENT_DATE_WORDS
            and STATEMENT_DATE.match(line.plain)
        ):
            return set(map(id, block)) if _signed(block[:-1]) else set()
    return set()


def _signed(lines: list[Line]) -> bool:
    """A name in capitals or title case, then the lines of office under it."""
    name, *offices = lines
    named = 2 <= name.words <= _SIGNATORY_WORDS and not ends_sentence(name.plain)
    return (
        named
        and name_like(name.plain, 2)
        and all(
            office.words <= _OFFICE_WORDS
            and headline_like(office.plain)
            and not _DIGIT.search(office.plain)
            for office in offices
        )
    )


EDITOR_INITIALS = "editor's initials"
# An editor's or a desk's initials run on after the story's last sentence, once or twice:
# "... when they are available. JD JD". No sentence ends on capitals alone after a stop.
# Twice ("PY PY"), as desks sign: one group alone may be the story's own last word ("... ended
# 2-1 after extra time. FT").
_TRAILING_INITIALS = re.compile(r"(?<=[.!?\"'”’])\s+([A-Z]{2,3})\s+\1\s*$")


def trailing_initials(text: str) -> int | None:
    """Where the initials glued after the story's last sentence start, or None."""
    found = _TRAILING_INITIALS.search(text)
    return found.start() if found else None
