"""Embedded social-media posts: whether the story's own words introduce one."""

from __future__ import annotations

from generator.patterns import lazy_compile

# The story's own clause glued before the post it quotes: "The company issued this statement
# about today's news: We received ...", "The minister wrote on X: ...". The next paragraph may
# speak of it ("This comes a day after ..."), and it is often the news itself.
_INTRODUCED_POST = lazy_compile(
    r"[A-Z][\w'’.-]*(?: [\w'’.,-]+){0,14} (?:issued|released|posted|tweeted|wrote|said|shared|"
    r"published)\b[^:]{0,60}:\s+[\"“]?[A-Z]"
)
# The clause names the post it introduces. A post may itself open on "Police said: ..." and
# carry its signature: that is the post's text, not the story's clause about it.
_NAMES_POST = lazy_compile(
    r"\b(?:tweeted|(?:this|that|the|a|an|its|his|her|their) (?:\w+ ){0,2}"
    r"(?:statement|post|tweet|message|video)"
    r"|on (?:X|Twitter|Instagram|Facebook|Threads|Bluesky|TikTok|LinkedIn|Truth Social))\b"
)


def introduces_post(text: str) -> bool:
    """Whether a line holding an embedded post opens on the story's clause introducing it."""
    found = _INTRODUCED_POST.match(text)
    return bool(found) and bool(_NAMES_POST.search(text, 0, text.index(":", 0, found.end())))
