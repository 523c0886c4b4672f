"""The organisation a sentence opens with as its speaking subject, which "the bank" of the
next sentence may go on with: "Credit Suisse Group says it will borrow from the Swiss
National Bank. The bank says ..." is Credit Suisse's, not the bank named last.

News has an organisation speak as a sentence's subject and goes on with it by its noun; an
organisation named inside the sentence is what the subject acts on. Whether the noun fits
the subject the text seldom says, so the reader takes neither when they differ.
"""

from __future__ import annotations

from generator.analysis.quotes.names import is_org, name_runs
from generator.analysis.quotes.vocabulary import SPEECH_VERBS

Sentences = list[list[str]]

_DATELINE_REACH = 4  # "ZURICH: UBS said", "LONDON (Reuters) - ...": words before the colon


def speaking_org(words: list[str]) -> str | None:
    """The organisation a sentence opens with as its speaking subject ("Credit Suisse Group
    says"), a speech verb right after its name; None for any other opening."""
    start = _after_dateline(words)
    runs = name_runs(words[start : start + 8])
    if not runs or runs[0].start != 0 or not runs[0].name or runs[0].titles:
        return None
    run = runs[0]
    after = words[start + run.stop : start + run.stop + 1]
    if not after or after[0] not in SPEECH_VERBS or run.possessive or not is_org(run.name):
        return None
    return " ".join(run.name)


def _after_dateline(words: list[str]) -> int:
    head = words[:_DATELINE_REACH]
    return head.index(":") + 1 if ":" in head else 0


def previous_subject(sentences: Sentences, index: int) -> str | None:
    """The organisation the sentence before `index` opens with as its speaking subject ("X
    says it will ...", "X said on Monday"): the one "the bank says" goes on with."""
    if not 0 < index <= len(sentences):
        return None
    return speaking_org(sentences[index - 1])
