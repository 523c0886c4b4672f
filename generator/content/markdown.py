"""The Markdown articles are written in: CommonMark, raw HTML off, no images, safe links only."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from generator.links import TEXT_LINK_SCHEMES, is_safe_url

if TYPE_CHECKING:  # imported where used: a build that finds nothing changed parses nothing
    from markdown_it import MarkdownIt


def make_markdown() -> MarkdownIt:
    """CommonMark with raw HTML off, no images (no request may leave the site) and safe links only."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False})
    md.disable("image")
    md.validateLink = is_allowed_link  # type: ignore[method-assign]
    return md


def is_allowed_link(url: str) -> bool:
    """Links inside article text may only be http(s) or mailto addresses."""
    return is_safe_url(url.strip(), TEXT_LINK_SCHEMES)


def refused_links(text: str) -> list[str]:
    """Targets of the Markdown links in `text` that make_markdown() shows as plain text.

    markdown-it drops a refused link silently; the build names each one so it can be fixed.
    """
    if "](" not in text and "]:" not in text and "<" not in text:
        return []  # no inline link, reference definition or autolink: skip the parse
    md = make_markdown()
    md.validateLink = lambda url: True  # type: ignore[method-assign]  # see every link, judge below
    return [
        str(child.attrGet("href"))
        for token in md.parse(text)
        for child in token.children or ()
        if child.type == "link_open" and not is_allowed_link(str(child.attrGet("href")))
    ]


# What may make a line of Markdown read otherwise than it is written: emphasis, an escape, a
# link or code, an entity or an autolink. A line with none of them is its own text.
_INLINE_MARKS = frozenset("*_\\[`<&")


def has_inline_markup(text: str) -> bool:
    """Whether a line of an article's Markdown may show otherwise than it is written."""
    return not _INLINE_MARKS.isdisjoint(text)


def inline_html(text: str) -> str:
    """A line of an article's Markdown (its lead, a quotation) as HTML inside a paragraph, as
    the article's page renders it: "**Washington (CNN)** --" in bold, "\\[sic\\]" without its
    escapes. Escaped, and as safe as the body (no raw HTML, no images, safe links only)."""
    return _inline_markdown().renderInline(text)


def inline_text(text: str) -> str:
    """The same line as plain text, for a feed's summary and the search index."""
    if not has_inline_markup(text):
        return text
    words = []
    for token in _inline_markdown().parseInline(text):
        for child in token.children or ():
            if child.type in ("text", "code_inline"):
                words.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                words.append(" ")
    return "".join(words)


@functools.cache
def _inline_markdown() -> MarkdownIt:
    return make_markdown()
