"""Whether a bare quotation's attribution may still come after it: a quote cut off by the
excerpt or by a line break mid-sentence, unless the paragraphs it runs on into close it with
nothing after ('"... two games," / "We walked through it."' names no one at its end)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.analysis.quotes.marks import Span
from generator.analysis.quotes.names import is_name_token
from generator.analysis.quotes.paragraphs import Paragraph

# A sentence ending inside a quote, and the next one starting: "... the mud. The chairman".
_SENTENCE_END = re.compile(r"(\w+)([.!?])[’'\"”]?\s+[‘'\"“]?[A-Z0-9]")


def cut(paragraph: Paragraph, span: Span, paragraphs: Sequence[Paragraph]) -> bool:
    """Whether a bare quote's attribution is missing: cut off with the excerpt or mid-sentence
    by a line break, or after the comma. A new speaker is named by the end of the quote's
    first sentence: an excerpt that cuts a quote after that has shown there is none, and so
    has one whose first sentence ends with a full stop, where an attribution takes a comma.
    A quote running on into paragraphs whose last closes it and ends there has none to come."""
    quoted = paragraph.text[span.begin : span.end].rstrip()
    if span.close is None and span.continued:
        # Running on mid-sentence ("build on the strong" / "foundation ...," said X): a
        # wrapped line, whose attribution may come with the rest, unless the rest has none.
        broken = quoted[-1:].isalnum() or quoted.endswith(",")
        return broken and not _closed_bare(paragraphs, paragraph.index + 1)
    cut_off = (
        span.close is None and not _holds_a_sentence(quoted) and not _closes_with_a_stop(quoted)
    )
    return cut_off or quoted.endswith(",")


def _closed_bare(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether the quote running on from paragraph `index - 1` ends, in paragraph `index` or
    one it runs on into, with its closing mark ending that paragraph: no attribution follows."""
    for paragraph in paragraphs[index:]:
        first = paragraph.spans[0] if paragraph.spans else None
        if first is None or not first.continues:
            return False
        if first.close is None:
            if not first.continued:
                return False
            continue
        return len(paragraph.spans) == 1 and not paragraph.text[first.after :].strip()
    return False


def _closes_with_a_stop(quoted: str) -> bool:
    """Whether quoted words end with a full stop, not an ellipsis nor "Mr.": a sentence the
    writer closed ("... in the future."), with no attribution to come after it."""
    if not quoted.endswith(".") or quoted.endswith(".."):
        return False
    last = quoted[:-1].split()[-1:] or [""]
    return not (is_name_token(last[0]) and len(last[0]) <= 3)


def _holds_a_sentence(quoted: str) -> bool:
    """Whether a quote holds a whole sentence and the start of another ("Mr. Smith" does not)."""
    for match in _SENTENCE_END.finditer(quoted):
        word, mark = match.groups()
        if mark != "." or not (is_name_token(word) and len(word) <= 3):
            return True  # not "Mr.", "Dr.", "U.S."
    return False
