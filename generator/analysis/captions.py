"""Photo captions: sentences about a picture, told by their shape and by the lines around them.

A caption is written like no story paragraph: it says where people stand ("(L)", "second from
left"), what they are doing at the moment the picture was taken ("The minister speaking in
Paris", "Traders are working on the floor on Wednesday."), and it often ends with a credit
("... Picture: Jane Doe", "(Courtesy: Police)"). Where its own shape says too little, its
neighbours tell: a line right above a photo credit, or a short one repeating the next line.
"""

from __future__ import annotations

import re

from generator.analysis.boilerplate import ATTRIBUTION
from generator.analysis.caption_copies import (
    alt_text,
    credit_less_copy,
    echoes,
    given_twice,
    names_pictured,
    titles_picture,
)
from generator.analysis.caption_layout import drop_layout_captions
from generator.analysis.lines import (
    Doc,
    Line,
    ends_sentence,
    headline_like,
    is_prose,
    list_item,
    lone_name,
    name_like,
    sentence_like,
    words,
)
from generator.analysis.pictures import (
    AGENCY_AFTER_BAR,
    AGENCY_PHOTO_END,
    AGENCY_SIGNED_SCENE,
    BRACKET_CREDIT,
    CAPTION,
    CAPTION_CREDIT,
    CAPTION_DATE,
    CAPTION_DATE_PLACE,
    CAPTION_MARKER_BRACKETS,
    CAPTION_MARKER_COMMAS,
    CAPTION_MARKER_WORDS,
    CAPTION_MARKER_WORDS_HINTS,
    CAPTION_OPENING,
    CAPTION_POSITION,
    CAPTION_PRESENT,
    CAPTION_PRESENT_PLURAL,
    CAPTION_SCENE,
    CAPTION_SEEN,
    CAPTION_SEEN_HINTS,
    FINITE_VERB,
    GLUED_CREDIT,
    IMAGE_FILE,
    MARK_THEN_REPORT,
    NAME_POSITION,
    NAMED_CREDIT,
    NAMED_PICTURE,
    OFFICE,
    ON_WEEKDAY,
    PICTURE_OPENING,
    PICTURE_PARTS,
    PROGRESSIVE,
    SLASH_CREDIT,
    TRAILING_CREDIT,
    verbless_scene,
)
from generator.analysis.summary import DATELINE, quick_sentences, story_start
from generator.patterns import lazy_compile

# What a line beside a caption may have been dropped as: the picture's other parts.
_LONGEST = 60  # words: a longer paragraph with a caption glued to its end is story
_SCENE_LONGEST = 35  # words: a caption's sentence, at most
# A picture's source in brackets at the end of its line, with the word for a picture: "(Bernama
# pic)", "(File photo)", "(Photo: Reuters)". After a sentence "(Reuters)" alone is a wire
# story's sign-off, so the word must be there.
_PICTURE_SOURCE = lazy_compile(
    r"\((?:[^()]{0,30}\s)?(?:file\s)?(?:pic|pics|pix|photo|photos|picture|pictures|foto)"
    r"(?:\s*[:/][^()]{0,40})?\)\s*$",
    re.IGNORECASE,
)
_LONGEST_OPENED = 200  # words: a line that opens as a caption does, story glued to it or not
_PORTRAIT_WORDS = 20  # words: a name and an office; a longer line says more than who is shown
_OFFICE_OPENING = 5  # words after a name in which its office is named
_FIRST_SENTENCE = lazy_compile(r".*?(?:[.!?](?:\s|$)|$)")
_SENTENCE_ENDS = lazy_compile(r"[.!?][\"'”’)]?(?:\s|$)")
_SHORT_SOURCED = 25  # words: a caption with its source; a longer paragraph is the story's
_LONGEST_SOURCED_ABOVE = 40  # words: the same, above the story's first paragraph
_SCENE_WORDS = 5  # words: what a caption with an agency's initials says about the picture
_SUBHEADING_WORDS = 8  # a subheading is seldom longer; a caption seldom shorter
# "…the end of the story. (c)AFP/Jane Doe": a copyright mark signing a story's last paragraph.
_SIGNED_OFF = lazy_compile(r"(?i)(?:\(c\)|©)\s*[\w .&/-]{0,60}$")


# Cheap tests first: most lines hold none of these, and the patterns need one of them.
_CREDIT_HINTS = (
    "photo", "image", "picture", "video", "graphic", "illustration", "foto", "courtesy", "credit",
    "source",
)  # fmt: skip
_MARKER_HINTS = ("(", "left", "right", "cent", "shown", "pictured", "in this", "pose")
_NAMED_CREDIT_WORDS = ("Picture", "Photo", "Credit")  # one is in each match of NAMED_CREDIT
# A file's extension or a Markdown image: one pattern opening on "." or "!", quicker than ten
# looks for a string.
_IMAGE_HINT = re.compile(r"\.(?:jp|png|gif|webp|svg|bmp|tif|avif|heic)|!\[")


def signed_story(line: Line) -> bool:
    """A paragraph of the story signed off with a copyright mark, as some wire sites end each
    story: a sentence longer than a sourced caption (see _sourced_sentence), then the mark."""
    signed = _SIGNED_OFF.search(line.plain) if "(c)" in line.lower or "©" in line.plain else None
    story = line.plain[: signed.start()].rstrip() if signed else ""
    return ends_sentence(story) and words(story) > _SHORT_SOURCED


def looks_like_caption(line: Line) -> bool:
    """A credit, where people stand, or someone doing something with no verb of their own."""
    return _marked_as_picture(line) or _worded_as_caption(line)


def _marked_as_picture(line: Line) -> bool:
    """Marks only a picture's text carries: a credit, where people stand, the picture named,
    the day and date it was taken."""
    text = line.plain
    if line.words <= _LONGEST_AGENCY_CAPTION and _agency_caption(text):
        return True  # a picture agency's caption, background sentences and all
    if CAPTION_OPENING.match(text) and line.words <= _LONGEST_OPENED:
        return True  # "From left, ...": a caption, with whatever the scraper glued after it
    if line.words <= _LONGEST and _positioned(text):
        return True  # "Jane Doe, left, and ...": even with the story's sentence after it
    if line.words <= _LONGEST_AGENCY_CAPTION and AGENCY_PHOTO_END.search(text):
        return True  # "... announced Thursday, June 22, 2023. (AP Photo/File)"
    # The colon and the slash are in every match: far cheaper to look for than the patterns.
    dated = ":" in text and _PICTURE_DATE.search(text)
    if line.words <= _LONGEST and (dated or ("/" in text and _PHOTOGRAPHER_END.search(text))):
        return True  # a wire's caption: "... Picture date: Friday July 5, 2024. (Jane Doe/PA Wire)"
    if line.words <= _LONGEST and _caption_marks(text):
        return True  # even with a sentence of what someone says after it: "Jane Doe (C) ..."
    labelled = ("Photo" in text or "Picture" in text) and _LABELLED_AGENCY_CREDIT.search(text)
    if line.words <= _LONGEST and labelled:
        return True  # "... said it was 'historic'. Photograph: Jane Doe/Pool/AFP via Getty Images"
    if line.reported or line.words > _LONGEST or signed_story(line):
        return False
    if _names_the_picture(line):
        return True
    if line.words <= _SCENE_LONGEST and _PICTURE_SOURCE.search(text):
        return True  # "... effective Jan 1. (Bernama pic)": the picture's source, named so
    if line.words <= _SCENE_LONGEST and _credited_tail(text) == 0:
        return True  # "The minister at the palace. [Jane Doe, Daily Post]"
    lower = line.lower
    credit = (
        (any(hint in lower for hint in _CREDIT_HINTS) and CAPTION_CREDIT.search(text))
        or ("/" in text and (_glued_credit(line) or bool(SLASH_CREDIT.search(text))))
        or (text.endswith(")") and _credited(line))
        or (any(word in text for word in _NAMED_CREDIT_WORDS) and bool(NAMED_CREDIT.search(text)))
    )
    marker = any(hint in lower for hint in _MARKER_HINTS) and _marked(line)
    # The day and date the picture was taken, as a wire's caption ends ("... on Monday, June 3,
    # 2024."), with no verb that reports.
    dated = _dated(line) or _dated_present(line)
    return bool(credit or marker or dated)


# A credit labelled as the picture's, through a pool or an agency, closing the line: the line is
# its caption, even when its sentence reports what someone said.
_LABELLED_AGENCY_CREDIT = re.compile(
    r"[.!?][\"'”’)]?\s+(?:Photograph|Photo|Picture)s?\s*:\s*[^.:!?]{2,60}(?:/|\bvia )[^.:!?/]{2,40}$"
)


def _caption_marks(text: str) -> bool:
    """Where someone stands after their name, a scene signed by its agency, an agency after a
    bar, a picture that calls itself one (pictures.NAME_POSITION and below)."""
    # Cheap tests before the patterns: the marks of a place, the bar, and the word for a
    # picture that ends the line.
    placed = any(mark in text for mark in _POSITION_MARKS)
    untagged = _PARTY_TAG.sub("", text) if placed else text  # "Sen. Jane Doe (R)": a party
    return bool(
        (placed and _stands_where(untagged))
        or AGENCY_SIGNED_SCENE.match(text)
        or ("|" in text and AGENCY_AFTER_BAR.search(text))
        or (text.endswith(_PICTURE_WORDS) and NAMED_PICTURE.match(text))
    )


# The words NAMED_PICTURE ends on (a line's plain text has no line break for "$" to stop before).
_PICTURE_WORDS = ("image", "photo", "picture", "photograph", "illustration", "graphic", "thumbnail")
# What every match of NAME_POSITION holds: the opening of "(L)", "(L-R)", "(C)" or "(R-L)".
_POSITION_MARKS = ("(L", "(C)", "(R-L)")


def _stands_where(text: str) -> bool:
    """Where someone stands, after their name ("Jane Doe (C) with ..."), in a sentence that
    reports no one: a caption's reported words come in a sentence after it ("Ms Doe says ..."),
    a story's sentence citing a clause reports in the same ("..., the mayor said")."""
    if not any(mark in text for mark in _POSITION_MARKS):
        return False
    return any(
        not ATTRIBUTION.search(_sentence_at(text, found.start()).lower())
        for found in NAME_POSITION.finditer(text)
    )


def _sentence_at(text: str, index: int) -> str:
    """The sentence of `text` that holds the character at `index`."""
    start = max((stop.end() for stop in _SENTENCE_STOP.finditer(text, 0, index)), default=0)
    stop = _SENTENCE_STOP.search(text, index)
    return text[start : stop.start() if stop else len(text)]


_SENTENCE_STOP = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"“‘]?[A-Z])")


def _worded_as_caption(line: Line) -> bool:
    """Someone doing something at the moment of the picture, or who they are, undated: wording
    that a story's sentence may share, so that where the line stands must agree (drop_captions)."""
    text = line.plain
    if line.reported or line.words > _LONGEST or signed_story(line):
        return False
    # "The New Year greeting message contained ...": a noun in -ing, then the sentence's verb.
    scene = line.words <= 35 and CAPTION_SCENE.match(text) and '"' not in text
    scene = (scene and not _reports(text)) or verbless_scene(text, line.words)
    return bool(scene or _present_scene(line) or _portrait(line))


# A picture agency's caption opens on its place and day in capitals and closes on its credit:
# "NEW YORK, NEW YORK - MAY 30: Jane Doe sits at ... (Photo by John Roe/Getty Images)". It
# may run to a hundred words of background; a story's paragraph has neither end.
_AGENCY_CAPTION_OPENING = lazy_compile(
    r"^[A-Z][A-Z.'’ -]+(?:, [A-Z][A-Z.'’ -]+)* [-–—] (?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|"
    r"NOV|DEC)[A-Z]* \d{1,2}:"
)
_PHOTO_BY_END = lazy_compile(r"\([^()]*\bPhoto(?:graph)? by [^()]+\)\s*$", re.IGNORECASE)
_LONGEST_AGENCY_CAPTION = 150  # words
# A wire's caption says when the picture was taken ("Picture date: Friday July 5, 2024.") and
# closes on the photographer and the agency in brackets ("(Jane Doe/PA Wire)", "(Photo by Jane
# Doe/Getty Images)"), after as many sentences of background as it needs. A story's paragraph
# names its reporters otherwise ("(Reporting by Jane Doe; Editing by ...)").
_PICTURE_DATE = lazy_compile(r"\b(?:Picture|Photo|Image) (?:date|taken)\s*:\s*\S", re.IGNORECASE)
_PHOTOGRAPHER_END = lazy_compile(
    r"\((?:Photo(?:graph)? by )?(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’.-]+ ?/ ?(?:PA|AP|AFP|EPA|Reuters|"
    r"REUTERS|Getty|Shutterstock|Alamy|Bloomberg|Xinhua|Anadolu|AAP|Pool|POOL)\b[\w.&'’ -]{0,30}\)\.?$"
)


def _agency_caption(text: str) -> bool:
    return bool(_AGENCY_CAPTION_OPENING.match(text) and _PHOTO_BY_END.search(text))


# A finite verb in the past, or one that reports: "The Senate approved the measure ...", "The
# summit was held ...". A caption says what the picture shows, in the present ("Firefighters
# battle a wildfire ..."), so a line dated as a caption is that reads as a report is the story's.
# "-ed" after a word that is no determiner and before an object: "Residents queued for water",
# not "his collapsed house", nor a headline's "One person injured in ...". Only the main clause
# counts: "... at the site where a man was shot on ..." is a caption still.
_REPORTS = lazy_compile(
    r"\b(?:was|were|had|has|have|will|would|said|says|told)\b|"
    r"(?:^|\s)(?!(?:an?|the|his|her|its|their|our|my|your|of|and|is|are|being|newly|recently)\s)[\w'’-]+ "
    r"[a-z]{3,}ed (?:the|an?|his|her|their|its|this|that|these|those|to|into|for|as|up|out|off|"
    r"back|over)\b"
)
_SUBORDINATE = lazy_compile(
    r"\b(?:where|who|whom|which|that|after|when|as|while|before|since|following|because|until)\b"
)


def _reports(sentence: str) -> bool:
    """Its main clause has a verb in the past, or one that reports."""
    clause = _SUBORDINATE.search(sentence)
    return bool(_REPORTS.search(sentence[: clause.start()] if clause else sentence))


def _dated(line: Line) -> bool:
    """Its first sentence ends on the day the picture was taken, or on its place and date, and
    does not report in the past."""
    text = line.plain
    dated = ("day" in line.lower and _dated_first_sentence(text)) or (
        line.words <= _SHORT_SOURCED and bool(CAPTION_DATE_PLACE.search(text))
    )
    return dated and not _reports(quick_sentences(text)[0])


# A lawmaker's party after the name, as American papers write it: "Gov. Jane Doe (R) signed
# ...". A caption's "(R)" says who stands on the right.
_PARTY_TAG = lazy_compile(
    r"\b(?:Sen|Rep|Gov|Del|Senator|Representative|Governor|Congress(?:man|woman)|"
    r"Assembly(?:man|woman))\.?(?: [A-Z][\w.'’-]*){1,3} \((?:R|D|I)\)"
)


def _marked(line: Line) -> bool:
    """Where people stand in the picture, or the picture itself (pictures.CAPTION_MARKER_*),
    not counting a lawmaker's party, nor a place named in a sentence that reports."""
    text = _PARTY_TAG.sub("", line.plain) if "(" in line.plain else line.plain
    # Each pattern only where what all its matches hold is: the words ignore case, and so are
    # looked for in the line's folded text (lines.fold).
    return bool(
        ("(" in text and CAPTION_MARKER_BRACKETS.search(text) and not MARK_THEN_REPORT.search(text))
        or (", " in text and CAPTION_MARKER_COMMAS.search(text) and not _reports(text))
        or (
            any(hint in line.folded for hint in CAPTION_MARKER_WORDS_HINTS)
            and CAPTION_MARKER_WORDS.search(text)
        )
    )


def _dated_first_sentence(text: str) -> bool:
    """Its first sentence ends on the weekday and full date the picture was taken, as a wire
    caption's does, whatever follows ("... on Saturday, July 8, 2017. Winds drove ..."). A
    story's paragraph may end on such a date too, after a sentence of its own ("For the first
    time ... on board. The crew launched ... on Wednesday, June 5, 2024.")."""
    return bool(CAPTION_DATE.search(text)) and bool(CAPTION_DATE.search(quick_sentences(text)[0]))


def _present_scene(line: Line) -> bool:
    """What the people in the picture do, in the present, as a short sentence: "Jane Doe
    attends a meeting in Lyon.", "Smoke is seen rising over the port." A headline in the
    present has no full stop; a story's paragraph reports in the past, or quotes."""
    text = line.plain
    if line.words > _SHORT_SOURCED or '"' in text:
        return False
    seen = any(hint in text for hint in CAPTION_SEEN_HINTS) and CAPTION_SEEN.search(text)
    seen = seen and not MARK_THEN_REPORT.search(text)
    present = seen or (text.endswith(".") and CAPTION_PRESENT.match(text))
    return bool(present) and not _NOT_THE_MOMENT.search(text)  # the costly pattern last


# The day a picture was taken, year and all, closing a line with no full stop: "... arrives at
# the base on November 2, 2023". A headline gives no year for the day of its news.
_FULL_DATE_AT_END = lazy_compile(
    r"\bon (?:[A-Z][a-z]{2,8}\.? \d{1,2},? |\d{1,2} [A-Z][a-z]{2,8},? )(?:19|20)\d\d$"
)


def _ends_on_year(text: str) -> bool:
    """The text's last four characters are a year of this century or the last ("... 2024"):
    what the date patterns that close a caption end on, looked for first."""
    return text[-4:-2] in ("19", "20") and text[-2:].isdigit()


def _dated_present(line: Line) -> bool:
    """Who does what in the picture, in the present, and the full date it was taken, with no
    full stop: "Jane Doe arrives at the port on November 2, 2023"."""
    text = line.plain
    if line.words > _SHORT_SOURCED or '"' in text or not _ends_on_year(text):
        return False
    if not _FULL_DATE_AT_END.search(text):
        return False
    present = CAPTION_PRESENT.match(text) or CAPTION_PRESENT_PLURAL.match(text)
    return bool(present) and not _NOT_THE_MOMENT.search(text)


# A time ahead or a habit: "... visits Kenya next week", "... attends church every Sunday". A
# caption's present is the moment the picture was taken; a story's present tells what will
# happen, or what happens again and again.
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_NOT_THE_MOMENT = lazy_compile(
    rf"(?i)\b(?:next (?:week|month|year|weekend|{_WEEKDAY})|tomorrow|later (?:this|today|tonight)|"
    rf"(?:every|each) (?:day|week|month|year|morning|evening|night|{_WEEKDAY})|usually|often|"
    r"regularly|always|never|most (?:[a-z]+ )?(?:days|weeks|weekends|mornings|evenings|nights|"
    r"meetings))\b"
)


def _names_the_picture(line: Line) -> bool:
    """ "A view of the flooded square", "Undated handout image of the suspect": no verb of its own."""
    text = line.plain
    short = line.words <= _SCENE_LONGEST and '"' not in text
    return short and bool(PICTURE_OPENING.match(text)) and not FINITE_VERB.search(text)


def _positioned(text: str) -> bool:
    """Where someone stands in the picture, in the first sentence: "Jane Doe, left, and ...",
    which shows them in the present; "..., right, have led the council since 2020" reports."""
    marked = ", " in text and any(place in text for place in _PLACES)  # cheap, first
    # In the whole line first: a match in its first sentence is one in the line, most lines
    # have none, and finding the sentence costs more than the pattern.
    if not marked or not CAPTION_POSITION.search(text):
        return False
    first = _FIRST_SENTENCE.match(text)[0]
    return bool(CAPTION_POSITION.search(first)) and not _reports(first)


# The places CAPTION_POSITION names, one of which each of its matches holds after its ", ".
_PLACES = ("left", "right", "cent", "top", "bottom", "front", "rear", "ground")


def _credited_tail(text: str) -> int | None:
    """Where the sentence that a bracketed credit closes begins ("... were raised. The King at
    the palace. [Jane Doe, Daily Post]"): 0 when it is the line's only sentence, None with no
    such credit. A page that runs each caption on after a paragraph glues it there."""
    found = BRACKET_CREDIT.search(text) if text.endswith("]") else None
    if not found:
        return None
    before = text[: found.end(1)]
    return before.rfind(quick_sentences(before)[-1])


def credited_caption(text: str) -> int | None:
    """Where a caption and its bracketed credit, glued after a paragraph's sentences, begin in
    `text`; None when the line has no such tail or is the caption alone."""
    start = _credited_tail(text)
    return start or None


def _glued_credit(line: Line) -> bool:
    """A credit glued to the end of a caption: "... on Monday. REUTERS/Jane Doe". At the end of
    a paragraph of two sentences or more, the source that closes a partner's story
    ("... transferred to the police. VOV/Dtinews")."""
    found = GLUED_CREDIT.search(line.plain)
    if not found:
        return False
    before = line.plain[: found.start()]
    return line.words <= _SHORT_SOURCED or len(_SENTENCE_ENDS.findall(before)) < 2


def _portrait(line: Line) -> bool:
    """Who is in the picture and their office, and no sentence: "Interim coach, Jane Doe",
    "Jane Doe, Minister of Health". A name and its office open a story sentence, which goes on."""
    text = line.plain
    if line.words > _PORTRAIT_WORDS or "," not in text or ends_sentence(text) or '"' in text:
        return False
    head, _, tail = text.rpartition(",")
    first, _, rest = text.partition(",")
    named_last = words(tail) <= 4 and name_like(tail, 2) and bool(OFFICE.search(head))
    # The office opens what follows the name ("Jane Doe, the country's health minister"); a
    # headline in capitals goes on with a verb and names an office later, if at all ("Ruling
    # Party, APC, Accuses Media Of Underreporting Killings Under President X's Government").
    office = " ".join(rest.split()[:_OFFICE_OPENING])
    named_first = words(first) <= 4 and name_like(first, 2) and bool(OFFICE.search(office))
    return named_last or named_first


def _credited(line: Line) -> bool:
    """A source in brackets after words that are no sentence: "Main Street, 2020 (Daily Post)",
    "The two leaders during talks at the palace (PA)". After a sentence, "(Agency)" is a wire
    story's sign-off on its last paragraph; after a name, one word in capitals is its
    abbreviation: "World Health Organization (WHO)"."""
    found = TRAILING_CREDIT.search(line.plain) if line.words <= _SHORT_SOURCED else None
    before = line.plain[: found.start()] if found else ""
    if not before or ends_sentence(before):
        return False
    inside = found[0].strip(" ()")
    if "," in before or " " in inside:
        return True
    # "HANOI (VNA)" on its own line is a wire story's dateline, not a picture's description.
    return words(before) >= _SCENE_WORDS and not _abbreviates(inside, before)


def _abbreviates(short: str, before: str) -> bool:
    """Whether `short` is made of the initials of the words just before it (articles, "of"
    and "and" may be left out): "World Health Organization (WHO)"."""
    capitals = "".join(letter for letter in short if letter.isupper())
    initials = [word[0].upper() for word in before.split() if word[:1].isalpha()]
    if not capitals or len(capitals) > len(initials):
        return False
    tail = initials[-len(capitals) - 2 :]  # room for an "of" or a "the" among them
    found = iter(tail)
    return all(letter in found for letter in capitals) and tail[-1] == capitals[-1]


def _scene(line: Line) -> bool:
    """What the people in the picture are doing, and the day: "X are Y-ing on Monday."."""
    text = line.plain
    if line.reported or line.words > 25 or '"' in text or not text.endswith("."):
        return False
    return bool("day" in text and PROGRESSIVE.search(text) and ON_WEEKDAY.search(text))


def _dated_scene(line: Line) -> bool:
    """A short sentence that ends on the day the picture was taken: "X inspect Y on Tuesday.".
    One in the past ("Residents were evacuated on Monday.") is a standfirst over the picture."""
    text = line.plain
    if line.reported or line.words > 25 or '"' in text or not text.endswith("."):
        return False
    return "day" in text and bool(ON_WEEKDAY.search(text)) and not _reports(text)


def _image(line: Line) -> bool:
    """An image's file name or a Markdown image."""
    text = line.plain
    hinted = line.words <= 40 and bool(_IMAGE_HINT.search(line.lower))
    return hinted and bool(IMAGE_FILE.search(text))


def _story_above(lines: list[Line]) -> list[bool]:
    """For each line, whether a paragraph of the story is kept above it."""
    seen, found = False, []
    for line in lines:
        found.append(seen)
        seen = seen or (not line.reason and line.words >= 15 and is_prose(line.plain))
    return found


def _beside_picture(lines: list[Line], index: int, story_above: bool) -> bool:
    """Right above a credit or another caption, and itself short or before the story starts."""
    line = lines[index]
    below = lines[index + 1] if index + 1 < len(lines) else None
    above = lines[index - 1] if index else None
    if above is not None and above.reason == "photo credit" and lone_name(line):
        return True  # "KEYT-TV via AP" above "Jane Doe": the credit's photographer
    if below is None or below.reason not in PICTURE_PARTS or line.words > 40:
        return False
    plain_words = not line.reported and '"' not in line.plain and line.kind == "para"
    if below.reason == CAPTION and plain_words and titles_picture(line, below):
        return True
    # A name or a place: "Jane Doe", "Main Street station." Above a caption rather than a
    # credit, a line of four words or more like a headline is the subheading a picture follows.
    subheading = below.reason == CAPTION and headline_like(line.plain, 4)
    if line.words <= 8 and plain_words and not sentence_like(line.plain) and not subheading:
        return True
    if below.reason == "photo credit" and plain_words and not ends_sentence(line.plain):
        # A sentence with no full stop right above a credit: "People gather outside the
        # station" / "AP". A subheading that the picture follows is shorter.
        return _SUBHEADING_WORDS < line.words <= _SHORT_SOURCED
    between = above is not None and above.reason in PICTURE_PARTS
    if between and echoes(lines, index, 0.6):
        return True  # a second caption, retelling the story, between the first and the credit
    return not story_above and _dated_scene(line)


def _substance_below(lines: list[Line]) -> list[int | None]:
    """For each line, the next kept line that is more than a label (None at the end)."""
    found: list[int | None] = [None] * len(lines)
    following = None
    for index in range(len(lines) - 1, -1, -1):
        found[index] = following
        line = lines[index]
        if not line.reason and (line.words > 4 or ends_sentence(line.plain)):
            following = index
    return found


def _own_reason(line: Line, story_above: bool, amid_story: bool) -> str:
    """What the line is by its own shape: an image, a caption, or "" (story, or not yet known).

    A sentence worded as a caption but with no mark of a picture, between two paragraphs of
    the story, is read as one of them: no picture's part stands beside it to say otherwise.
    """
    if _image(line):
        return "image"
    if _marked_as_picture(line):
        return CAPTION
    worded = _worded_as_caption(line) or (not story_above and _scene(line))
    return CAPTION if worded and not (amid_story and _story_sized(line)) else ""


_AMID_WORDS = 12  # words: a sentence this long between paragraphs is the story's, unmarked


def _story_sized(line: Line) -> bool:
    return line.words >= _AMID_WORDS and ends_sentence(line.plain)


def _paragraphs_around(lines: list[Line]) -> list[bool]:
    """For each line, whether the lines of substance right above and right below it are kept
    paragraphs of the story (prose of fifteen words or more), as the captions pass begins."""
    paragraph = [not line.reason and line.words >= 15 and is_prose(line.plain) for line in lines]
    substance = [index for index, line in enumerate(lines) if line.key]
    around = [False] * len(lines)
    for above, index, below in zip(substance, substance[1:], substance[2:], strict=False):
        around[index] = paragraph[above] and paragraph[below]
    return around


def _sourced_caption(line: Line, longest: int) -> bool:
    return _sourced_sentence(line, longest) and not _reports(quick_sentences(line.plain)[0])


def _sourced_sentence(line: Line, longest: int = _SHORT_SOURCED) -> bool:
    """A short sentence with a source in brackets after it: "Crowds in Seoul on Saturday. (AP)"."""
    found = TRAILING_CREDIT.search(line.plain) if line.words <= longest else None
    return bool(found) and not line.reported and ends_sentence(line.plain[: found.start()])


def _neighbours_reason(
    lines: list[Line], index: int, story_above: bool, after_alt: bool, story_below: bool
) -> str:
    """A caption that only the lines around it give away."""
    if _beside_picture(lines, index, story_above) or given_twice(lines, index, story_above):
        return CAPTION
    if names_pictured(lines, index):
        return CAPTION
    # Below the last paragraph, "(Agency)" after a sentence is a wire story's sign-off; above
    # the story's first, a picture's caption may run longer (who, where, as they leave for).
    # A sentence that reports ("The two sides agreed to ... (Xinhua)") is a wire's paragraph,
    # signed off; a reader's remark under it is no story below.
    if story_below and _sourced_caption(
        lines[index], _SHORT_SOURCED if story_above else _LONGEST_SOURCED_ABOVE
    ):
        return CAPTION
    return CAPTION if after_alt and lines[index].words <= 40 and echoes(lines, index) else ""


_ON_DAY = lazy_compile(
    r"\bon (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|[A-Z][a-z]{2,8}\.? \d{1,2})\b", re.I
)
_CAPTION_ABOVE_WORDS = 30


def _caption_over_dateline(line: Line, below: Line | None, story_above: bool) -> bool:
    """Above the story, right over its first paragraph opening on a dateline ("BELGRADE (AP)
    - ..."), who is in the picture doing what, in the present, and on what day: "Jane Doe and
    visiting leader Kim Lee meet at the airport late on May 7." No story line comes before the
    line that says where the story was filed; a standfirst gives no day."""
    text = line.plain
    if story_above or below is None or not story_start(below.plain, DATELINE):
        return False
    if line.reported or '"' in text or line.words > _CAPTION_ABOVE_WORDS or not text.endswith("."):
        return False
    present = CAPTION_PRESENT_PLURAL.match(text) or CAPTION_PRESENT.match(text)
    return bool(present and _ON_DAY.search(text))


_CUT_OFF_WORDS = 10


def _story_cut_off(lines: list[Line]) -> int | None:
    """The page's last kept line when it is the story's next sentence cut off where the excerpt
    ends, mid-word or after one ("On Saturday, the mayor met ..., a group of sen"): ten words or
    more opening with a capital, right under a paragraph of the story. A caption is whole."""
    last = next((i for i in range(len(lines) - 1, 0, -1) if not lines[i].reason), 0)
    if not last:
        return None
    line, above = lines[last], lines[last - 1]
    if above.reason or line.words < _CUT_OFF_WORDS or not is_prose(above.plain):
        return None
    ending = line.plain.split()[-1]  # a word in lower case, or the start of one: "high-lev"
    opening = line.plain.lstrip("\"'“‘")[:1]
    begun = opening.isupper() or opening.isdigit()
    cut = ending.replace("-", "").isalpha() and ending.islower() and "/" not in line.plain
    return last if cut and begun else None


BYLINE = "byline"
_HEADLINES = ("headline", "repeated headline")


def _byline_under_headline(lines: list[Line], index: int) -> bool:
    """A person's name alone right under the headline, over the lead (a picture's parts may
    stand between): the story's author, not a picture's, whose name goes under its caption or
    over its credit inside the story."""
    line = lines[index]
    if not index or lines[index - 1].reason not in _HEADLINES or not lone_name(line):
        return False
    below = next((other for other in lines[index + 1 :] if other.reason not in PICTURE_PARTS), None)
    return below is not None and not below.reason and is_prose(below.plain)


def drop_captions(doc: Doc) -> None:
    """Captions by their own shape first, then images' text above a caption, then the captions
    that only their neighbours give away."""
    lines = doc.lines
    story_above = _story_above(lines)
    open_lines = [
        index
        for index, line in enumerate(lines)
        if not line.reason
        and line.key
        and not list_item(line)  # a list of the story, however the page numbers it
        and not line.runs_on  # a sentence the scraper broke across lines: the story's
    ]
    cut_off = _story_cut_off(lines)
    open_lines = [index for index in open_lines if index != cut_off]
    amid_story = _paragraphs_around(lines)
    for index in open_lines:
        lines[index].reason = _own_reason(lines[index], story_above[index], amid_story[index])
    for index in open_lines:  # past the captions just found: the lead may be under one
        if not lines[index].reason and not story_above[index]:
            lines[index].reason = BYLINE if _byline_under_headline(lines, index) else ""
    below = _substance_below(lines)  # past the captions just found, as a second cleaning sees
    for index in open_lines:
        line, following = lines[index], below[index]
        if line.reason:
            continue
        if credit_less_copy(lines, index) or _caption_over_dateline(
            line, None if following is None else lines[following], story_above[index]
        ):
            line.reason = CAPTION
    captioned: set[int] = set()  # lines under an image's text: perhaps its caption
    for index in open_lines:
        following = below[index]
        line = lines[index]
        if following is not None and not line.reason and alt_text(line, lines[following]):
            line.reason = "image"
            captioned.add(following)
    last_prose = max(
        (i for i in open_lines if not lines[i].reason and is_prose(lines[i].plain)), default=-1
    )
    # From the bottom up, so that a caption above a caption above a credit is seen.
    for index in reversed(open_lines):
        if not lines[index].reason:
            reason = _neighbours_reason(
                lines, index, story_above[index], index in captioned, index < last_prose
            )
            lines[index].reason = reason
    drop_layout_captions(lines, open_lines, story_above)  # past every caption found above
