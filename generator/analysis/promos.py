"""A site's promotions that only their place gives away: the lines of a promo box between its
prompts ("Get the news faster." / "Tap to install our app." / "in two easy steps:" / "1. Tap
in your navigation bar."), a lead's teaser that the story's first paragraph repeats, a summary
box whose points the story retells, a note over the story that it will be updated, and a
labelled link under the story ("Read or Share this story: https://...")."""

from __future__ import annotations

import re

from generator.analysis.boilerplate import JOURNALISM_PITCH, SITE_VOICE
from generator.analysis.lines import Doc, Line, is_prose, key, line_words, words

PROMO = "call to action"
# Reasons of the prompts a promo box is made of: a box's other lines sit between them.
_PROMPTS = frozenset({PROMO, "newsletter prompt"})
_PICTURE_PARTS = frozenset({"photo credit", "photo caption", "image"})
_BOX_LINES = 3  # kept lines in a row between a prompt and other chrome
_BOX_WORDS = 8  # words of a line in a promo box; a story's paragraph is longer
_APPEAL_LINES = 4  # paragraphs of a donation appeal between its two prompts


def _boxed(run: list[Line]) -> bool:
    return 0 < len(run) <= _BOX_LINES and all(
        line.words <= _BOX_WORDS and not is_prose(line.plain) for line in run
    )


def drop_promo_boxes(doc: Doc) -> None:
    """A few short lines right between a prompt to the reader (an app's, a newsletter's) and
    another line of the page's chrome: the same box's slogan and steps, sentences or not. A
    story line has the story above or below it, not a prompt on one side and chrome on the
    other; a picture's parts beside a prompt are the picture's, not the box's."""
    lines, index = doc.lines, 0
    while index < len(lines):
        if lines[index].reason:
            index += 1
            continue
        end = index
        while end < len(lines) and not lines[end].reason:
            end += 1
        run = lines[index:end]
        above = lines[index - 1] if index else None
        below = lines[end] if end < len(lines) else None
        if above is not None and below is not None and _boxed(run):
            sides = {above.reason, below.reason}
            if sides & _PROMPTS and not sides & _PICTURE_PARTS:
                for line in run:
                    line.reason = PROMO
        elif above is not None and below is not None and _appeal(above, run, below):
            for line in run:
                line.reason = PROMO
        index = end


def _appeal(above: Line, run: list[Line], below: Line) -> bool:
    """A site's appeal for support, paragraphs long, between two of its prompts ("Your support
    helps us to tell the story" / "..., we need reporters on the ground." / "Your support makes
    all the difference."): every paragraph the site speaking of itself ("we", "our"), none
    reporting what someone said. A story's paragraph has the story, not a prompt, on one side;
    a line that only speaks to the reader may be a film's title ("Call Me by Your Name")."""
    bounded = above.reason in _PROMPTS and below.reason in _PROMPTS
    return (
        bounded
        and len(run) <= _APPEAL_LINES
        and all(
            line.kind == "para" and not line.reported and SITE_VOICE.search(line.plain)
            for line in run
        )
    )


# "Harbour Lights is currently streaming on a service and available to digitally rent on Google
# Play": where a work the story names can be watched, a review's own line. An app's promo names
# no work before its store ("Available on the App Store and Google Play").
_WHERE_TO_WATCH = re.compile(
    r"^.{2,80}?\s\*?(?:is|are)\s+(?:currently\s+|now\s+)?(?:streaming\b|available to "
    r"(?:digitally\s+)?(?:rent|purchase|buy|stream|watch)\b)"
)


def where_to_watch(line: Line) -> bool:
    """A named work and where to watch it, in the story's voice, not the site's."""
    return bool(_WHERE_TO_WATCH.match(line.plain)) and not SITE_VOICE.search(line.plain)


TRUNCATED = "truncated repeat"
_ELLIPSIS = ("...", "…")
_TEASER_WORDS = 6  # words of a teaser's text before its ellipsis


def drop_truncated_repeats(doc: Doc) -> None:
    """A line cut short with an ellipsis whose words the next kept line goes on with, after its
    dateline or not ("The minister toured the flooded valleys on Tuesday..." over "LYON (AFP) -
    The minister toured the flooded valleys on Tuesday, ..."): a teaser of the story repeating
    its first words, not a line of it."""
    kept = doc.kept()
    for line, following in zip(kept, kept[1:], strict=False):
        text = line.plain.rstrip()
        if not text.endswith(_ELLIPSIS) or line.words < _TEASER_WORDS:
            continue
        teaser = key(text.rstrip(".… "))
        if teaser and len(following.key) > len(teaser) and teaser in following.key:
            line.reason = TRUNCATED


SUMMARY_BOX = "summary box"
_BOX_LABEL_WORDS = 4  # "In Summary", "Key points:": a label, not a sentence
_POINTS = 2  # a box sums up in points; one item alone may be the story's
_POINT_WORDS = 8  # words of a summary's point at the least; shorter ones are a list's items
_RETOLD = 0.8  # share of a point's words that a paragraph below it holds


def drop_repeated_summaries(doc: Doc) -> None:
    """A summary box over the story whose every point a paragraph below retells ("In Summary"
    over "• The minister will visit the port, where ..." and the story's "The minister will
    visit the port, where ..., is set to ..."): one copy of each sentence is the box's. A box
    whose points the story does not repeat is the story's own, and stays."""
    kept = doc.kept()
    index = 0
    while index < len(kept):
        end = index
        while end < len(kept) and kept[end].kind in ("bullet", "number"):
            end += 1
        points, label = kept[index:end], kept[index - 1] if index else None
        # Its label names the box: points under a caption, with no label, are the story's
        # highlights, written by its reporter.
        boxed = label is not None and _box_label(label) and len(points) >= _POINTS
        if boxed and all(_retold(point, kept[end:]) for point in points):
            for line in (label, *points):
                line.reason = SUMMARY_BOX
        index = end + 1


def _box_label(line: Line) -> bool:
    return line.kind == "para" and line.words <= _BOX_LABEL_WORDS and not line.plain.endswith(".")


def _retold(point: Line, below: list[Line]) -> bool:
    """Most of the point's words are in one paragraph below it, as long or longer."""
    own = line_words(point)
    if point.words < _POINT_WORDS or not own:
        return False
    return any(
        other.kind == "para"
        and other.words >= point.words
        and len(own & line_words(other)) >= _RETOLD * len(own)
        for other in below
    )


_PITCH_WORDS = 80
_PITCH_REACH = 3  # kept lines at the foot of the page


def drop_journalism_pitch(doc: Doc) -> None:
    """The site's pitch for its journalism among the last lines of the page ("In these times,
    quality journalism is more crucial than ever."): the site speaking of its own trade under
    the story. Higher up, or reported ("..., the editor said"), the words are the story's."""
    for line in doc.kept()[-_PITCH_REACH:]:
        if line.words <= _PITCH_WORDS and not line.reported and JOURNALISM_PITCH.search(line.plain):
            line.reason = PROMO


UPDATE_NOTICE = "update notice"
# The site's note that the article will change: "This post will be updated as new information
# is available.", "This is a developing story.", "Check back for updates."
_UPDATE_NOTICE = re.compile(
    r"(?i)^(?:this is an? (?:developing|breaking(?: news)?|live) (?:story|situation|report)\b|"
    r"this (?:post|story|article|page|report|blog) (?:will|may|is going to) (?:be|continue to be) "
    r"updated\b|(?:please )?check back (?:\w+ ){0,3}for (?:\w+ )?updates\b)"
)
_NOTICE_WORDS = 20
# The site asking its reader to come back: "Please continue to check back for updates.",
# "Refresh this page for updates.", "Check back for more on this developing story.", after the
# note that the story is developing or alone.
_COME_BACK = re.compile(
    r"(?i)^(?:this is an? (?:developing|breaking(?: news)?|live) (?:story|situation|report)\W+)?"
    r"(?:please )?(?:continue to )?(?:check back|refresh (?:this|the) page|stay tuned)\b"
    r"(?=[^.!?]{0,80}\b(?:updates?|developing|latest|this (?:page|story))\b)[^.!?]{0,80}[.!]?$"
)


def drop_update_notices(doc: Doc) -> None:
    """The note that the article will be updated, above the story's first paragraph, where it
    would be read as its lead. Under the story, the labelled pages count a note in the story's
    voice ("This is a breaking news story and will be updated.") as its closing line, and it
    stays; one asking the reader to check back is the site's, anywhere."""
    above_story = True
    for line in doc.kept():
        short = line.words <= _NOTICE_WORDS and not line.reported
        notice = _COME_BACK.match(line.plain) or (above_story and _UPDATE_NOTICE.match(line.plain))
        if short and notice:
            line.reason = UPDATE_NOTICE
        elif is_prose(line.plain):
            above_story = False


LINK_FOOTER = "link under the story"
# A label and a bare address, nothing else: "Read or Share this story: https://...", "Short
# URL: https://...", "Read more at: https://...". The story quotes an address inside a sentence.
_LABELLED_ADDRESS = re.compile(r"^[^:]{2,60}:\s*(?:https?://|www\.)\S+$")
_LINK_LABEL_WORDS = 6


def drop_link_footers(doc: Doc) -> None:
    """Under the story's last paragraph, a label over a bare link to the story or its source:
    the site's prompt to share or read on. Between paragraphs such a line is a post the story
    quotes ("Details: https://t.co/..." in an embedded post)."""
    kept = doc.kept()
    last = max((index for index, line in enumerate(kept) if is_prose(line.plain)), default=-1)
    for line in kept[last + 1 :] if last >= 0 else ():
        label = line.plain.partition(":")[0]
        if words(label) <= _LINK_LABEL_WORDS and _LABELLED_ADDRESS.match(line.plain):
            line.reason = LINK_FOOTER


# A paid offer the site pitches: "... with The Daily Post Premium", "... paying for membership
# to get additional perks:". Members of a club or subscribers of a service a story is about
# are named so too; their list of perks is followed by the story, or by no chrome.
_PAID_OFFER = re.compile(r"(?i)\b(?:premium|membership|subscriptions?|perks)\b")
_PITCH_WORDS = 25
_PERKS = 3  # items of the list at the least
_PERK_WORDS = 6  # "Ad-free on web and app": a perk is a few words, a story's list item more
_STORY_WORDS = 12  # words of a paragraph of the story below the list, at the least


def drop_offer_perks(doc: Doc) -> None:
    """A paid offer's pitch and its perks, listed below the story ("Read more with the Daily
    Post Premium" over "• Expert analysis", "• Ad-free reading", "• Puzzles"): the pitch, then
    three short items or more, then only the page's chrome or the page's end."""
    kept = doc.kept()
    for index, pitch in enumerate(kept):
        end = index + 1
        while end < len(kept) and kept[end].kind == "bullet" and kept[end].words <= _PERK_WORDS:
            end += 1
        perks = kept[index + 1 : end]
        if len(perks) < _PERKS or not _pitch(pitch) or _story_below(kept[end:]):
            continue
        for line in (pitch, *perks):
            line.reason = PROMO


# The pitch speaks to the reader: it bids them ("Read ...", "Get ...", "Unlock ...") or names
# them. "Holders of the council's premium pass will get:" over a list is the story's.
_TO_THE_READER = re.compile(
    r"(?i)^\W*(?:read|get|enjoy|subscribe|join|unlock|become|upgrade|try|go|sign up|start)\b|"
    r"\byou(?:r|'ll|’ll)?\b"
)


def _pitch(line: Line) -> bool:
    """A short line naming a paid offer to the reader, no one's words reported."""
    return (
        line.words <= _PITCH_WORDS
        and not line.reported
        and bool(_PAID_OFFER.search(line.plain))
        and bool(_TO_THE_READER.search(line.plain))
    )


def _story_below(lines: list[Line]) -> bool:
    """A paragraph of the story among `lines`."""
    return any(line.words >= _STORY_WORDS and is_prose(line.plain) for line in lines)
