"""Lines the page gives twice: which copy is the story's, and which the page's extra one."""

from __future__ import annotations

from generator.analysis.lines import Doc, Line, ends_sentence, is_prose, sentence_like

REPEATED = "repeated line"
_STANDFIRST_WORDS = 10  # a shorter line over the story may be its headline, not a standfirst
_CUT_STANDFIRST_KEY = 60  # letters and digits: a shorter start of a paragraph may be a phrase


def drop_repeated_lines(doc: Doc) -> None:
    """A line already kept once (a photo caption repeating a subheading, a pull quote).

    A standfirst over the story that one of its paragraphs gives again, whole or cut short
    without its full stop, is the copy dropped: the story's paragraph stays in its place, so
    that its order is the story's and its lead is not read twice.
    """
    kept = doc.kept()
    start = _first_paragraph(kept)
    seen: dict[str, int] = {}
    for index, line in enumerate(kept):
        earlier = seen.get(line.key)
        if earlier is None:
            seen[line.key] = index
        elif earlier < start and _standfirst(kept[earlier]) and _in_story(kept, index, start):
            kept[earlier].reason = REPEATED
            seen[line.key] = index
        else:
            line.reason = REPEATED
    for line in kept[:start]:
        if not line.reason and _cut_standfirst(line, kept, start):
            line.reason = REPEATED


def _first_paragraph(kept: list[Line]) -> int:
    """The place of the story's first sentence of prose among the kept lines."""
    return next((index for index, line in enumerate(kept) if is_prose(line.plain)), len(kept))


def _standfirst(line: Line) -> bool:
    """Written as a sentence of ten words or more but without a sentence's end, as a
    sub-headline over the story is (the caller knows it stands above the story)."""
    long_enough = line.kind in ("para", "heading") and line.words >= _STANDFIRST_WORDS
    return long_enough and sentence_like(line.plain) and not ends_sentence(line.plain)


def _in_story(kept: list[Line], index: int, start: int) -> bool:
    """A paragraph of prose at or below the story's first, a paragraph of prose above or below
    it: the story's own copy, not a caption or pull quote set apart."""
    if index < start or not is_prose(kept[index].plain):
        return False
    around = kept[max(0, index - 1) : index] + kept[index + 1 : index + 2]
    return any(is_prose(other.plain) for other in around)


def _cut_standfirst(line: Line, kept: list[Line], start: int) -> bool:
    """A standfirst that is the start of a paragraph of the story, cut at a comma: "The
    announcement comes a day after ..." over "The announcement comes a day after ..., which"."""
    if not _standfirst(line) or len(line.key) < _CUT_STANDFIRST_KEY:
        return False
    return any(
        other.key.startswith(line.key) and len(other.key) > len(line.key)
        for index, other in enumerate(kept[start:], start)
        if _in_story(kept, index, start)
    )
