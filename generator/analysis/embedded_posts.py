"""An embedded post the story introduces in its own words on the same line, which stays."""

from __future__ import annotations

import re

# The story's own clause glued before the post it quotes: "The company issued this statement
# about today's news: We received ...", "The minister wrote on X: ...". The next paragraph may
# speak of it ("This comes a day after ..."), and it is often the news itself.
_INTRODUCED_POST = re.compile(
    r"[A-Z][\w'’.-]*(?: [\w'’.,-]+){0,14} (?:issued|released|posted|tweeted|wrote|said|shared|"
    r"published)\b[^:]{0,60}:\s+[\"“]?[A-Z]"
)


def introduces_post(text: str) -> bool:
    """Whether a line holding an embedded post opens on the story's clause introducing it."""
    return bool(_INTRODUCED_POST.match(text))
