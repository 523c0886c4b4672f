"""The headline said again in other words above the story: a page's social or search title
("Mayor quits after vote" over "Mayor quits after council vote"), or its earlier version."""

from __future__ import annotations

from generator.analysis.lines import Doc, Line, content_words, headline_like, is_prose, key

REWORDED = "reworded headline"
_MIN_WORDS = 4  # words of a headline's other version; a kicker or label is shorter
_MIN_TERMS = 3  # words of substance a line and the headline must each have to be compared
_OWN_SHARE = 0.7  # of the line's words the headline uses: the same story told again
_HEAD_SHARE = 0.5  # of the headline's words the line uses: not just its subject


def _terms(text: str) -> set[str]:
    """Words of substance, a plural's "s" cut off: "cuts" and "cut" are the same word."""
    return {word.rstrip("s") for word in content_words(text)}


def drop_reworded_headlines(doc: Doc) -> None:
    """Above the story's first paragraph, a line shaped as a headline (capitalised, no full
    stop) that mostly uses the headline's words, and uses most of them: the headline again in
    other words. A deck or a kicker over the story says something the headline does not."""
    head, head_key = _terms(doc.headline), key(doc.headline)
    if len(head) < _MIN_TERMS or _opens_a_sentence(doc, head_key):
        return
    for line in doc.lines:
        if line.reason:
            continue
        if line.key in head_key or head_key in line.key:
            # The headline kept in the text, or a standfirst it was taken from: the story's
            # own line, and it has begun (a page title dropped as the headline has a reason).
            return
        if is_prose(line.plain) or line.runs_on:
            return  # the story has begun: a subheading may echo its headline
        if _rewords(line, head):
            line.reason = REWORDED


def _opens_a_sentence(doc: Doc, head_key: str) -> bool:
    """The headline is the opening of one of the story's sentences, as a page with no title gets
    it from its lead: a line above that rewords it rewords the story, not another headline."""
    return any(
        not line.reason and line.key.startswith(head_key) and is_prose(line.plain)
        for line in doc.lines
    )


def _rewords(line: Line, head: set[str]) -> bool:
    if line.kind not in ("para", "heading") or not headline_like(line.plain, _MIN_WORDS):
        return False
    own = _terms(line.plain)
    shared = len(own & head)
    return (
        len(own) >= _MIN_TERMS
        and shared >= _OWN_SHARE * len(own)
        and shared >= _HEAD_SHARE * len(head)
    )
