"""Pages whose scraper broke the text after every word: the words joined back into lines.

A page stored one word a line ("Alaska" / "Airlines" / "is" / "seen" ...) gives every rule a
single word to judge; such a hard-wrap never stands in a story. Its words are joined again, a
paragraph ending where a sentence or a picture's credit does, or where the page left an empty
line: the page's elements (a caption, its credit, the story's sentences) are told apart again.
"""

from __future__ import annotations

import re

_WORD_LINES = 0.8  # of a page's lines holding one word each: a page hard-wrapped at every word
_LEAST_LINES = 40  # lines: a shorter page of one-word lines may be a list or a menu
_PUNCTUATED = 1 / 30  # of the words, at least, ending on a comma or a stop, as prose's do
# A word that ends a sentence: its stop, perhaps a closing quote or bracket after it.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
_OPENS_SENTENCE = re.compile(r"^[\"'“‘(\[]*[A-Z]")


def join_word_lines(raw: str) -> str:
    """`raw` with its one-word lines joined into sentences, if nearly all its lines hold one
    word; else `raw` unchanged."""
    lines = raw.split("\n")
    filled = [line for line in lines if line.strip()]
    if len(filled) < _LEAST_LINES or not _mostly_single_words(filled):
        return raw
    singles = [line.strip() for line in filled if _one_word(line)]
    if sum(word[-1] in ",.;:!?" for word in singles) < _PUNCTUATED * len(singles):
        return raw  # no commas or stops: a menu's or a list's words, not prose cut up
    joined: list[str] = []
    words: list[str] = []
    for line in [*lines, ""]:
        token = line.strip()
        if token and words and (_breaks_after(words[-1], token) or _ends_credit(words, token)):
            joined.extend((" ".join(words), ""))  # each its own paragraph, as the page set it
            words = []
        if token:
            words.append(token)
            continue
        if words:
            joined.extend((" ".join(words), ""))
            words = []
    return "\n".join(joined)


def _mostly_single_words(filled: list[str]) -> bool:
    """Nearly all the lines hold one word each; given up as soon as too many hold more, as on
    nearly every page."""
    singles = len(filled)  # until a line is found to hold more
    for line in filled:
        singles -= not _one_word(line)
        if singles < _WORD_LINES * len(filled):
            return False
    return True


_LONGEST_WORD = 25  # characters: a longer line with no space is a sentence in a script without
# spaces (Chinese, Japanese), or a link, not one word of a hard-wrapped page
_UNSPACED_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# "Mr.", "Dr.", "U.S.", "St.": a stop that shortens a word, not one that ends a sentence.
_SHORTENED = re.compile(r"(?:[A-Z][a-z]{0,2}|(?:[A-Z]\.)+[A-Z])\.$")


def _one_word(line: str) -> bool:
    word = line.strip()
    return (
        len(word.split()) == 1 and len(word) <= _LONGEST_WORD and not _UNSPACED_SCRIPT.search(word)
    )


def _breaks_after(word: str, following: str) -> bool:
    """A sentence ends on `word` when it has a stop, is no shortened word, and the next word
    opens with a capital ("... on Jan. 9, 2024." stays whole; "Mr." goes on with its name)."""
    return bool(
        _SENTENCE_END.search(word)
        and not _SHORTENED.fullmatch(word)
        and _OPENS_SENTENCE.match(following)
    )


_CREDIT_WORDS = 5  # words of a picture's credit: "Jane Doe | Agency Images"
_PICTURE_WORDS = frozenset({"Images", "Image", "Photo", "Photos", "Picture", "Pictures"})


def _ends_credit(words: list[str], following: str) -> bool:
    """A picture's credit ends on `words`, with no stop, where the page's next element, a
    sentence, opens: "Jane Doe | Agency Images" before "The mayor said ..."."""
    credit = words[-_CREDIT_WORDS:]
    marked = any(word in ("|", "/") for word in credit[:-1])
    return marked and credit[-1] in _PICTURE_WORDS and bool(_OPENS_SENTENCE.match(following))
