"""The Markdown articles are written in: CommonMark, raw HTML off, no images, safe links only."""

from __future__ import annotations

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
