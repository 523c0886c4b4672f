"""A paragraph that ends with a colon and leads into the quotation under it: "X had this
to say on camera:" gives that quotation to X, as "X said:" would."""

from __future__ import annotations

from generator.analysis.quotes.names import words_of
from generator.analysis.quotes.others import quotes_another
from generator.analysis.quotes.subjects import Subject, colon_subject, comma_segments, subject_of


def colon_lead(sentence: str, quoted: bool) -> Subject | None:
    """The person a sentence closing its paragraph with a colon, and holding no quote of its
    own, names as its subject; none when it quotes another ("X read out a letter from Y:") or
    its subject is no name (a "he" there may be anyone the lines before it name). `quoted`:
    whether its paragraph holds a quote."""
    text = sentence.rstrip()
    if quoted or not text.endswith(":") or quotes_another(text[:-1]):
        return None
    words = words_of(text[:-1])
    subject = colon_subject(words)
    if subject is not None and subject.kind == "role":
        subject = _named_before_role(words, subject)
    return subject if subject is not None and subject.kind == "name" else None


def _named_before_role(words: list[str], role: Subject) -> Subject | None:
    """The name a role stands in apposition to, its closing comma left out: "X, the county
    executive had this to say:" is X."""
    segments = comma_segments(words)
    first = subject_of(segments[0]) if len(segments) == 2 else None
    if first is None or first.kind != "name":
        return None
    return Subject("name", first.words, first.description or role.description)
