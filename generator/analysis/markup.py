"""Markup left in a scraped page: <script>/<style>/... elements and comments, even across
lines, tag lines, and lines wholly wrapped in a template's block markup."""

from __future__ import annotations

import re

from generator.analysis.boilerplate import (
    BLOCK_TAG_CLOSE,
    BLOCK_TAG_OPEN,
    HTML_COMMENT_CLOSE,
    TAG_CLOSE,
    TAG_START,
    WRAPPED_MARKUP,
)
from generator.analysis.lines import TAG, Doc, Line, is_prose


def drop_html(doc: Doc) -> None:
    """Markup lines: <script>/<style>/... elements and comments even across lines, tag lines."""
    lines, index = doc.lines, 0
    # Where each closer next matches, from the last search: many unclosed openers (hostile or
    # broken pages) would otherwise each scan to the end, quadratic in the number of lines.
    next_close: dict[re.Pattern[str], int] = {}
    while index < len(lines):
        source, end, closer, column = lines[index].source, index, None, 0
        opens_tag = source[:1] == "<"  # what each opener's pattern needs: cheap, and seldom so
        if opens_tag and (match := BLOCK_TAG_OPEN.match(source)):
            closer, column = BLOCK_TAG_CLOSE[match[1].lower()], match.end()
        elif source.startswith("<!--"):
            closer, column = HTML_COMMENT_CLOSE, 4
        elif opens_tag and TAG_START.match(source.lower()) and ">" not in source:
            closer = TAG_CLOSE  # a tag whose attributes run on to the next lines
        if closer and not closer.search(source, column):
            if next_close.get(closer, -1) <= index:
                ends = (j for j in range(index + 1, len(lines)) if closer.search(lines[j].source))
                next_close[closer] = next(ends, len(lines))
            # Never closed: drop only the opening line rather than the rest of the story.
            end = next_close[closer] if next_close[closer] < len(lines) else index
        tagged = "<" in source and TAG.search(source)
        wrapped = (
            tagged and source.startswith("<") and source.endswith(">") and lines[index].words < 4
        )
        if closer or wrapped or (tagged and not lines[index].key):
            for line in lines[index : end + 1]:
                line.reason = "HTML markup"
        index = end + 1
    for line in _markup_residue(lines):
        line.reason = line.reason or "HTML markup"


_TAG_NAME = re.compile(r"<(\w+)")


def _markup_residue(lines: list[Line]) -> list[Line]:
    """Lines wholly wrapped in block markup ('<div class="photo"><p>A caption.</p></div>') on
    a page whose story is plain text: the residue of a template, a caption's or a widget's, as
    is the markup twin of a plain line. A paragraph in a bare "<p>" may be the story's, and one
    with an inline tag ("the <b>new</b> terminal") is; a page of marked-up paragraphs keeps them."""
    wrapped = [
        line for line in lines if line.source[:1] == "<" and WRAPPED_MARKUP.match(line.source)
    ]
    if not wrapped:
        return []
    plain_keys = {line.key for line in lines if "<" not in line.source and line.key}
    plain_prose = sum("<" not in line.source and is_prose(line.plain) for line in lines)
    if plain_prose <= len(wrapped):
        return []  # the story itself is marked up
    return [
        line
        for line in wrapped
        if line.key in plain_keys
        or " " in line.source[: line.source.index(">")]  # a template's class or id
        or len(_TAG_NAME.findall(line.source)) >= 4  # nested: two tags or more each side
    ]
