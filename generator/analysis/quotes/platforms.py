"""A sentence that has someone speak on a social network with no speech verb: "X took to X
to address it", "X took to Instagram": the quote after it in its paragraph is theirs."""

from __future__ import annotations

import re

from generator.analysis.quotes.names import words_of
from generator.analysis.quotes.subjects import Subject, subject_of

_TOOK_TO = re.compile(
    r"\b(?:took|takes|taking) to (?:X|Twitter|Facebook|Instagram|LinkedIn|Threads|TikTok"
    r"|YouTube|Truth Social|Bluesky|Weibo|social media)\b"
)
_JOINT = re.compile(r",\s*(?:and|but)?\s*|\s(?:and|but)\s")
_SPEAKING_KINDS = ("name", "pronoun", "org")


def platform_subject(masked_sentence: str) -> Subject | None:
    """The subject of "took to <network>" opening a sentence, when it is a name, "he" or
    "she", or an organisation; None otherwise (cheap: no match, no reading)."""
    if "k" not in masked_sentence or " to " not in masked_sentence:
        return None  # no "took to", "takes to", "taking to": most sentences, read no further
    match = _TOOK_TO.search(masked_sentence)
    if match is None:
        return None
    head = masked_sentence[: match.start()]
    joint = list(_JOINT.finditer(head))  # "..., and Altman took to X": the last clause's
    subject = subject_of(words_of(head[joint[-1].end() :] if joint else head))
    return subject if subject is not None and subject.kind in _SPEAKING_KINDS else None
