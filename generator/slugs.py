"""Safe, stable names for output files."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable

# Names Windows refuses as files whatever the extension; a site may be checked out there.
WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {
    f"{p}{n}" for p in ("com", "lpt") for n in range(10)
}
_MAX_LENGTH = 60


# Every build slugs every title and keyword again; watch mode's builds share one process.
@functools.lru_cache(maxsize=1 << 16)
def slugify(text: str, fallback: str = "item") -> str:
    """Lowercase ASCII letters, digits and single hyphens only, so a slug is always a safe file name."""
    ascii_text = (
        unicodedata.normalize("NFKD", _punctuation_spaced(text))
        .encode("ascii", "ignore")
        .decode("ascii")
    )
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > _MAX_LENGTH:
        cut = slug[:_MAX_LENGTH]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    if not slug:
        slug = fallback
    if slug in WINDOWS_RESERVED:
        slug = f"{slug}-{fallback}"
    return slug


# An apostrophe inside a word, typed straight, curly, as the letter "ʼ" or as an accent or a
# backtick ("Korea`s"): "Korea's", "He’s".
_APOSTROPHE_IN_WORD = re.compile(r"(?<=[^\W_])['’ʼ‘`´](?=[^\W_])")


def _punctuation_spaced(text: str) -> str:
    """The text with an apostrophe inside a word dropped ("He’s" as "Hes", as most slugs write
    it) and every other punctuation mark a space, typed or typographic alike: "Here's" and
    "He’s" were slugged two ways ("here-s", "hes") when only ASCII marks parted words."""
    text = _APOSTROPHE_IN_WORD.sub("", text)
    if text.isascii():
        return text  # an ASCII mark is a separator below already
    return "".join(" " if unicodedata.category(char)[0] == "P" else char for char in text)


# Where a headline's first clause ends: "Lee visits China, hoping to ...", "X: Y", "X - Y".
_CLAUSE_END = re.compile(r"[,:;|–—]|\s-\s")
_SHORT_WORDS = 6


def short_text(text: str) -> str:
    """A headline's opening, for a short slug: its first clause of three words or more, at most
    six words ("Lee Jae-myung China Visit 2026" from "Lee Jae-myung China Visit 2026:
    Navigating the US-China Rivalry")."""
    first = _CLAUSE_END.split(text, maxsplit=1)[0]
    words = (first if len(first.split()) >= 3 else text).split()
    return " ".join(words[:_SHORT_WORDS])


def unique_slugs(items: Iterable[tuple[str, str]], fallback: str = "item") -> dict[str, str]:
    """Map each (key, text) to a distinct slug of its text.

    The first key in sorted order keeps the bare slug; later ones that collide get a suffix
    derived from their own key, so a slug does not change when unrelated items come and go.
    """
    result: dict[str, str] = {}
    taken: set[str] = set()
    for key, text in sorted(items):
        slug = slugify(text, fallback)
        if slug in taken:
            digest = hashlib.sha1(key.encode("utf-8")).hexdigest()
            slug = next(
                f"{slug}-{digest[:n]}" for n in range(6, 41) if f"{slug}-{digest[:n]}" not in taken
            )
        taken.add(slug)
        result[key] = slug
    return result
