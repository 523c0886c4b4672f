"""A clause closing its sentence that names the speaker of a phrase quoted before it.

'... a "pretense of diplomacy" ..., Price told reporters.': the clause after the sentence's
last comma names who spoke when its subject is a name, names together, or a group or an
unnamed speaker written as such ("officials said", "a spokesman said"); not "he" nor "the
minister", a step further from the quote than a name.
"""

from __future__ import annotations

from generator.analysis.quotes.clauses import Clause
from generator.analysis.quotes.marks import Span
from generator.analysis.quotes.paragraphs import Paragraph
from generator.analysis.quotes.participle_tail import closing_comma, next_tail
from generator.analysis.quotes.roles import plural
from generator.analysis.quotes.subjects import Subject
from generator.analysis.quotes.vocabulary import DETERMINERS, INDEFINITE


def closing_clause(
    paragraph: Paragraph, bounds: tuple[int, int], span: Span, after: list[Clause]
) -> Clause | None:
    """A clause after the sentence's last comma that names its speaker: '..., Price told
    reporters.' A phrase quoted mid-sentence is a step removed from the verb that ends the
    sentence, and "he" one more: a pronoun there is not read."""
    comma = closing_comma(paragraph.masked, span.after, bounds[1])  # before ", adding ..."
    tail = next_tail(paragraph.masked, comma, bounds[1])
    if comma < 0 or any(comma < s.open < tail for s in paragraph.spans):
        return None
    for clause in after:
        if clause.start > comma and clause.subject is not None:
            return clause if _names_its_speaker(clause.subject) else None
    return None


def _names_its_speaker(subject: Subject) -> bool:
    """A name, names together, or a role written as no one known ("officials", "a
    spokesman"); not a pronoun nor a definite role, which stand for someone named before."""
    if subject.kind in ("name", "people"):
        return True
    if subject.kind != "role" or not subject.words:
        return False
    first, last = subject.words[0].lower(), subject.words[-1].lower()
    # A bare singular ("Brexit secretary said") is read as "the secretary": not here.
    return first in INDEFINITE or (first not in DETERMINERS and plural(last))
