"""Captions told by a copy of their words nearby: a picture's text given twice, its title over
its caption, a caption retelling a paragraph of the story, a name a caption gives again, a
caption's copy without the credit its twin ends with."""

from __future__ import annotations

from generator.analysis.lines import (
    Line,
    content_words,
    ends_sentence,
    headline_like,
    is_prose,
    lone_name,
)
from generator.analysis.pictures import CAPTION, PICTURE_PARTS

_NEAR = 12  # lines: how far from a caption the paragraph it retells may be
_LONGEST_TWICE = 30  # words: a sentence given twice in a row is a caption; a paragraph, story


def _stems(text: str) -> set[str]:
    return {word.rstrip("s") for word in content_words(text)}


def echoes(lines: list[Line], index: int, share: float = 0.8) -> bool:
    """Most of its words are in a longer kept line nearby: a caption retelling the story."""
    line, own = lines[index], _stems(lines[index].plain)
    if len(own) < 4:
        return False
    near = lines[max(0, index - _NEAR) : index] + lines[index + 1 : index + 1 + _NEAR]
    return any(
        not other.reason
        and other.words > line.words
        and len(own & _stems(other.plain)) >= share * len(own)
        for other in near
    )


_TITLE_WORDS = 12  # words of a picture's title over its caption
_TITLE_SHARE = 0.7  # of its words that the caption under it says again


def titles_picture(line: Line, caption: Line) -> bool:
    """A short line, no sentence's stop, whose words the caption right under it mostly says
    again ("Mayor arrives at the pier" over "Mayor, in red, at the pier (Jane Doe/PA)"): the
    picture's title. A subheading a picture follows does not retell its caption."""
    own = _stems(line.plain)
    if line.words > _TITLE_WORDS or ends_sentence(line.plain) or len(own) < 4:
        return False
    return len(own & _stems(caption.plain)) >= _TITLE_SHARE * len(own)


def names_pictured(lines: list[Line], index: int) -> bool:
    """A person's name alone on its line, near a caption that names them, every word of it (an
    office's "Sir" too): the text of a second picture of them ("Sir Keir Starmer" a few
    paragraphs under "Sir Keir Starmer arrives at ... (Jane Doe/PA Wire)"). A subheading that is
    a name stands where no caption names the person."""
    line = lines[index]
    if not lone_name(line):
        return False
    name = line.plain.split()
    near = lines[max(0, index - _NEAR) : index] + lines[index + 1 : index + 1 + _NEAR]
    return any(
        other.reason == CAPTION and other.words > line.words and holds_words(other.plain, name)
        for other in near
    )


def holds_words(text: str, wanted: list[str]) -> bool:
    """Whether `wanted` stands in `text` as a run of whole words."""
    tokens = [token.strip(",.;:()'’\"“”") for token in text.split()]
    width = len(wanted)
    return any(tokens[i : i + width] == wanted for i in range(len(tokens) - width + 1))


def alt_text(line: Line, below: Line | None) -> bool:
    """A short line that `below`, the next line of substance, repeats and goes on from after a
    comma or a colon: an image's text above its caption ("Jane Doe" above "Jane Doe, the mayor,
    ..."). Labels between the two are passed over, as a later rule may drop them."""
    if line.words > 6 or not line.key or below is None or not line.words < below.words <= 40:
        return False
    if ends_sentence(line.plain) or not below.plain.startswith(line.plain):
        return False
    return below.plain[len(line.plain) :].lstrip()[:1] in (",", ":", "–", "—", "-", "(")


def given_twice(lines: list[Line], index: int, story_above: bool) -> bool:
    """A short line that the very next line repeats, as an image's text and its caption do."""
    line, below = lines[index], lines[index + 1] if index + 1 < len(lines) else None
    twice = below is not None and below.key == line.key and below.reason == "repeated line"
    # Inside the story a headline-like line given twice is a subheading the scraper doubled;
    # above its first paragraph, a picture's text and its caption.
    if not twice or (headline_like(line.plain, 3) and story_above):
        return False
    if not is_prose(line.plain):
        return True
    # A sentence given twice is a picture's text and caption beside the picture's credit; with
    # no credit, it is the story's standfirst, which the picture's caption repeats.
    after = lines[index + 2] if index + 2 < len(lines) else None
    pictured = after is not None and after.reason in PICTURE_PARTS
    return pictured and line.words <= _LONGEST_TWICE and not line.reported


_COPY_WORDS = 6  # a caption's words before the credit its other copy adds
_STORY_WORDS = 12  # words of a whole sentence under its captioned copy: the story's paragraph


def credit_less_copy(lines: list[Line], index: int) -> bool:
    """The caption again without the credit its other copy, dropped next to it, ends with:
    "... review the troops at the airport" beside "... review the troops at the airport |
    Photo Credit: AP", or opens with when the page glued the credit before the caption's next
    copy ("Picture Jane DoeIn the corner: ...").

    A picture's text stands above its caption. A whole sentence of story length under its
    credited copy is the story's paragraph, which the caption of the picture over the story
    repeated: that copy goes, the paragraph stays."""
    line = lines[index]
    if line.words < _COPY_WORDS:
        return False
    story_sized = line.words >= _STORY_WORDS and ends_sentence(line.plain) and is_prose(line.plain)
    above = lines[max(0, index - 2) : index]
    near = ([] if story_sized else above) + lines[index + 1 : index + 3]
    return any(
        other.reason in PICTURE_PARTS
        and len(other.key) > len(line.key)
        and (other.key.startswith(line.key) or other.key.endswith(line.key))
        for other in near
    )
