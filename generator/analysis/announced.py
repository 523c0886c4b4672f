"""Lines the story announces and the rules must leave alone: a table of figures under "Here's
the full poll:", the details of an event under "The briefing will be held as follows:", a
helpline under "... can be contacted via:", and the contacts block of a press release.

Short lines at a story's foot are mostly links, bylines and time stamps; these are the story's,
known by the sentence that leads into them or by the prose right above them. They are found
before any rule runs, and no rule drops them (clean.clean).
"""

from __future__ import annotations

import itertools
import re

from generator.analysis.boilerplate import PROMPT_START, READER_ADDRESS, SITE_VOICE
from generator.analysis.lines import Line, ends_sentence, is_phone_number, is_prose

# A figure after its name, a row of a table of results: "Labour: 410", "Turnout - 59.8%".
_TALLY = re.compile(r"^[^\W\d_][\w .,'’&()/-]{0,48}?\s*[:–—-]\s*\d[\d,.]*\s*%?$")
_TALLY_ROWS = 3
# A detail after its label: "Date: 31 March 2025", "Venue: City Hall, Room 4".
_DETAIL = re.compile(r"^[A-Z][\w'’/&-]*(?: [\w'’/&-]+){0,2}\s*:\s+\S")
_DETAIL_WORDS = 14
_DETAIL_ROWS = 2  # one "Label: value" line alone may be a labelled link
_LEAD_IN_WORDS = 5  # "The media briefing will be held as follows:"
# A name, a phone number or e-mail address, and what comes between: "Australian Red Cross —
# 1800 811 700.", "Tel: +27 12 334 0000", "press@example.org".
_CONTACT_TAIL = re.compile(
    r"(?:^|[\s:—–-])(\+?\(?\d[\d ().-]{5,}\d\.?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?)$"
)
_CONTACT_WORDS = 12
_CONTACT_LABEL_WORDS = 3  # "Enquiries:", "Media contacts:"
_CARD_LINES = 3  # a name and up to two lines of office above each number


def announced_lines(lines: list[Line]) -> list[Line]:
    """The lines of tables, details and contacts the story announces, in page order."""
    found = _introduced_tallies(lines) + _introduced_details(lines)
    found += _contact_blocks(lines, {id(line) for line in found})
    order = {id(line): index for index, line in enumerate(lines)}
    return sorted({id(line): line for line in found}.values(), key=lambda line: order[id(line)])


def _introduced_tallies(lines: list[Line]) -> list[Line]:
    """The rows of a table of figures that the story announces ("Here's the full poll:" over
    "Labour: 410", "Conservatives: 131", ...): three rows or more right under a line of three
    words or more ending in a colon."""
    rows: list[Line] = []
    for index, line in enumerate(lines):
        if line.plain.endswith(":") and line.words >= 3:
            run = list(itertools.takewhile(lambda row: _TALLY.match(row.plain), lines[index + 1 :]))
            rows += run if len(run) >= _TALLY_ROWS else []
    return rows


def _leads_in(line: Line) -> bool:
    """A sentence of the story's that ends in a colon ("The briefing will be held as
    follows:"), not the site speaking to its reader ("Follow us on:", "Contact us at:")."""
    text = line.plain
    return (
        text.endswith(":")
        and line.words >= _LEAD_IN_WORDS
        and text[:1].isupper()
        and not (READER_ADDRESS.search(text) or SITE_VOICE.search(text) or PROMPT_START.match(text))
    )


def _contact_line(line: Line) -> bool:
    """A phone number or e-mail address, perhaps after a name or a label; no sentence."""
    if line.words > _CONTACT_WORDS:
        return False
    found = _CONTACT_TAIL.search(line.plain)
    return bool(found) and ("@" in found[1] or is_phone_number(found[1].rstrip(".")))


def _detail(line: Line) -> bool:
    return line.words <= _DETAIL_WORDS and bool(_DETAIL.match(line.plain))


def _introduced_details(lines: list[Line]) -> list[Line]:
    """Under a sentence ending in a colon, right under the story's prose, the details it
    announces: two "Label: value" lines or more ("Date: 31 March 2025", "Time: 12:00",
    "Venue: ..."), or the lines naming a phone number or an e-mail address ("Red Cross — 1800
    811 700.")."""
    found: list[Line] = []
    for index, line in enumerate(lines[1:], 1):
        if not (_leads_in(line) and is_prose(lines[index - 1].plain)):
            continue  # a site's footer ("To advertise with the Post, contact:") follows chrome
        rows = list(
            itertools.takewhile(lambda row: _detail(row) or _contact_line(row), lines[index + 1 :])
        )
        if len(rows) >= _DETAIL_ROWS or any(map(_contact_line, rows)):
            found += rows
    return found


def _contact_blocks(lines: list[Line], announced: set[int]) -> list[Line]:
    """A press release's contacts right under its last words (its prose, or details it
    announced): a label of up to three words ending in a colon ("Enquiries:"), then one card or
    more, each a few short lines (a name, an office) ending on a phone number or an e-mail
    address. Taken only whole: a card without its number is no contact."""
    found: list[Line] = []
    for index, label in enumerate(lines[1:], 1):
        above = lines[index - 1]
        story_above = is_prose(above.plain) or id(above) in announced
        if not (story_above and label.plain.endswith(":") and label.words <= _CONTACT_LABEL_WORDS):
            continue
        cards, card = [], []
        for line in lines[index + 1 :]:
            if line.words > _CONTACT_WORDS or (
                ends_sentence(line.plain) and not _contact_line(line)
            ):
                break
            card.append(line)
            if _contact_line(line):
                cards += card
                card = []
            elif len(card) > _CARD_LINES:
                break
        if cards:
            found += [label, *cards]
    return found
