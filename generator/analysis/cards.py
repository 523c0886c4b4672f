"""Page chrome found by its shape and its place, not by the words a site uses for it.

Each rule here was written from one half of the tune sites of eval/cleaning/ and kept only if
it moved the other half and lost no story line on either (eval/README.md, "Cleaning"):

- a teaser card, a headline and the first words of another story cut short on "…", the
  headline sharing under half its words with the story (`drop_cut_cards`);
- the page's controls in its header: two or more short lines in a row above the story's first
  paragraph, none a sentence, next to other chrome ("Font size:", "Larger font size",
  "Humidity", "Wind"; `drop_header_controls`).
"""

from __future__ import annotations

import re

from generator.analysis.lines import (
    Doc,
    Line,
    cut_summary,
    ends_sentence,
    headline_like,
    is_prose,
    line_words,
    lone_name,
    sentence_like,
)
from generator.analysis.teasers import TEASER

_PICTURE_PARTS = frozenset({"photo credit", "photo caption", "image"})
_SHARED = 0.5  # of a card headline's words that the story may use
_HEADLINE_WORDS = 4
_LABEL_WORDS = 3
_PAGE_HEADLINE = "headline"  # story.take_headline's reason for the page's own headline


def _story_words(kept: list[Line], leave_out: tuple[Line, ...]) -> set[str]:
    found: set[str] = set()
    for line in kept:
        if is_prose(line.plain) and not any(line is other for other in leave_out):
            found |= line_words(line)
    return found


def _of_story(line: Line) -> bool:
    """A sentence, whole or cut off: not markup or a menu's word left in the page."""
    return is_prose(line.plain) or sentence_like(line.plain)


def _off_topic(headline: Line, story: set[str]) -> bool:
    found = line_words(headline)
    return bool(found) and len(found & story) < _SHARED * len(found)


def _is_card_label(line: Line) -> bool:
    return line.kind == "para" and line.words <= _LABEL_WORDS and not ends_sentence(line.plain)


def _card_heads(lines: list[Line]) -> list[int]:
    """For each line, the line a card's headline would be above it: the line right above, past
    page chrome and a picture's parts already dropped between them ("Home" between a dated
    headline and its summary), as the cleaned text, which has no such line, shows them to a
    second cleaning."""
    heads, last = [], 0
    for index, line in enumerate(lines):
        heads.append(last)
        if not _passed(line):
            last = index
    return heads


def _passed(line: Line) -> bool:
    if not line.reason:
        return False
    return line.reason in _PICTURE_PARTS or not headline_like(line.plain, _HEADLINE_WORDS)


def drop_cut_cards(doc: Doc) -> None:
    """A headline right above a summary cut short on "…", the headline about another story:
    one teaser card, wherever it stands, and the card's label right above it ("Check also").
    A story's paragraph trailing off follows another paragraph, or a subheading in the story's
    words, not another story's headline. With no other sentence on the page the two lines are
    its own headline and excerpt, whatever markup or chrome stands about them: the same when a
    second cleaning reads them with the chrome gone."""
    lines = doc.lines
    heads = _card_heads(lines)  # the cards found below change no line above them
    for index in range(1, len(lines)):
        line = lines[index]
        if line.reason or not cut_summary(line):
            continue
        head = heads[index]
        above = lines[head]
        if above.kind not in ("para", "heading"):
            continue
        if not headline_like(above.plain, _HEADLINE_WORDS) or above.reason in _PICTURE_PARTS:
            continue
        if _lead_under_headline(lines, head, line):
            continue
        kept = doc.kept()
        if not any(_of_story(other) for other in kept if other is not line and other is not above):
            continue  # the page's only sentences: its own headline and excerpt, not a card
        story = _story_words(kept, (line, above))
        if _off_topic(above, story):
            line.reason = TEASER
            above.reason = above.reason or TEASER
            label = lines[head - 1] if head >= 1 else None
            if label and not label.reason and _is_card_label(label):
                label.reason = TEASER  # the card's label: "Check also", "World"
    _drop_card_cut_by_excerpt(doc)


_WHOLE_SENTENCE = re.compile(r"[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]")  # a stop, then the next sentence


def _lead_under_headline(lines: list[Line], head: int, line: Line) -> bool:
    """The page's own headline, with no paragraph above it, over a line that says a whole
    sentence before it trails off on "...": the story's first paragraph, as a blog cuts its
    posts. A card's summary is one sentence cut short; a card's headline the rule took for
    the page's stands over it only when the page has no title of its own."""
    if lines[head].reason != _PAGE_HEADLINE or not _WHOLE_SENTENCE.search(line.plain):
        return False
    return not any(not above.reason and is_prose(above.plain) for above in lines[:head])


_CARD_TITLE_WORDS = 14  # words of a card's headline at most


def _drop_card_cut_by_excerpt(doc: Doc) -> None:
    """The page's last two lines right under a teaser card the rules dropped: a headline in
    title case, a question's mark or none ("Is Driving Fast Worth Losing Your License?"), over
    the next card's summary, which the excerpt cut off with no stop ("There's a certain rush
    t"). The list of cards goes on; a story's last lines do not follow a teaser."""
    kept = doc.kept()
    if len(kept) < 3:
        return
    head, summary = kept[-2], kept[-1]
    above = _line_above(doc.lines, head)
    if above is None or above.reason != TEASER or not _title_cased(head):
        return
    if summary.kind == "para" and not ends_sentence(summary.plain) and not summary.reported:
        head.reason = summary.reason = TEASER


def _line_above(lines: list[Line], line: Line) -> Line | None:
    """The line of substance right above `line` in the page, dropped or not."""
    index = next(index for index, each in enumerate(lines) if each is line)
    return next((each for each in reversed(lines[:index]) if each.key), None)


def _title_cased(line: Line) -> bool:
    """A headline's line: every word of it but the little ones opens with a capital."""
    text = line.plain.rstrip("?")
    tokens = text.split()
    if line.kind not in ("para", "heading") or not 3 <= len(tokens) <= _CARD_TITLE_WORDS:
        return False
    return not ends_sentence(text) and not sentence_like(text) and headline_like(text, 3)


CONTROL = "page widget"
_CONTROL_WORDS = 4
_CONTROLS = 2  # short lines in a row: one may be the story's kicker or a label


def _control_like(line: Line) -> bool:
    return line.words <= _CONTROL_WORDS and not line.plain.endswith((".", "!", "?", "…"))


def _marked(line: Line) -> bool:
    """A list item, a label's colon, a figure or a symbol: how a control reads, not a title."""
    text = line.plain
    return (
        line.kind != "para"
        or text.endswith(":")
        or any(not c.isalnum() and c not in " '’-" for c in text)
        or any(c.isdigit() for c in text)
    )


def drop_header_controls(doc: Doc) -> None:
    """Above the story's first paragraph, not right over it, two or more short lines in a row
    that are no sentence, one of them a list item or marked by a colon, a figure or a symbol,
    with page chrome right above or below the run: the page's buttons and read-outs (a font
    size chooser, a weather box). A kicker or a section name stands alone; a headline and its
    author's name carry no such mark."""
    lines = doc.lines
    first = next((i for i, line in enumerate(lines) if not line.reason and is_prose(line.plain)), 0)
    index = 0
    while index < first:
        if lines[index].reason or not _control_like(lines[index]):
            index += 1
            continue
        end = index
        while end < first and not lines[end].reason and _control_like(lines[end]):
            end += 1
        above = lines[index - 1].reason if index else ""
        below = lines[end].reason if end < len(lines) else ""
        chrome = {above, below} - {""} - _PICTURE_PARTS
        run = lines[index:end]
        byline = any(lone_name(line) and line.kind == "para" for line in run[1:])
        marked = any(map(_marked, run)) and not byline
        if len(run) >= _CONTROLS and chrome and marked and end < first:
            for line in run:
                line.reason = CONTROL
        index = end


# A card's link and its title glued on one line: the same headline twice, perhaps with the
# list's number before it or a pager's words between ("Previous post", "Next"): "Ferry fares
# rise in May Ferry fares rise in May". A headline ends on no full stop, and names someone or
# somewhere, is in title case, or comes with a card's number or a pager's words. A slogan the
# story quotes twice over, a chant, is a sentence ("Rebuild the terminal now. Rebuild the
# terminal now.") or, with nothing between its copies, names no one ("No ferry no future No
# ferry no future"): it stays.
DOUBLED = "same text twice"  # the reason: a card's link and title, or a picture's alt and caption
_DOUBLED_WORDS = 4  # words of the headline given twice
_JOINER_WORDS = 3  # "Previous post", "Read more": words a pager puts between the two
_LIST_NUMBER = re.compile(r"^\d{1,2}[.)]\s+")
_OPENING_MARKS = "\"'‘’“(["


def is_doubled_headline(text: str) -> bool:
    """The line is one headline twice over, with at most a few words between the copies."""
    unnumbered = _LIST_NUMBER.sub("", text)
    tokens = unnumbered.split()
    total = len(tokens)
    if total < 2 * _DOUBLED_WORDS or tokens[0] not in tokens[_DOUBLED_WORDS:]:
        return False  # (the first word again further on: most lines are thrown out here)
    for size in range(_DOUBLED_WORDS, total // 2 + 1):
        gap = total - 2 * size
        if gap <= _JOINER_WORDS and tokens[:size] == tokens[size + gap :]:
            return _headline_shaped(tokens[:size], gap > 0 or unnumbered != text)
    return False


def _headline_shaped(copy: list[str], carded: bool) -> bool:
    """Words a headline may be: no full stop at their end (an ellipsis cuts a headline short),
    and a card's marks around them (`carded`) or a word in capitals after the first."""
    last = copy[-1].rstrip("\"'’”)]")
    if last.endswith(".") and not last.endswith(".."):
        return False
    return carded or any(word.lstrip(_OPENING_MARKS)[:1].isupper() for word in copy[1:])
