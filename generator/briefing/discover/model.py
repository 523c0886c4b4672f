"""What discovery works with and hands back: the articles (Item), the configured events
(models.EventSpec, as briefing.toml gives them), the events found (FoundEvent, Grouping), and the shapes of a vector and a lead's
sentence."""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass

from generator.models import DescribedDay, SummarySentence, Terms


@dataclass(frozen=True, slots=True)
class Item:
    """What discovery needs of one article."""

    id: str
    title: str
    lead: str
    terms: Terms  # term_counts() of the article, made once and cached
    published: datetime.date | None
    when: DescribedDay
    key: str = ""  # changes whenever the article does (its digest); the id if empty
    outlet: str = ""  # who published it, if known: one outlet's phrasing is no shared news

    @property
    def identity(self) -> str:
        return self.key or self.id


@dataclass(frozen=True, slots=True)
class FoundEvent:
    """A group of articles reporting one happening."""

    anchor: str | None  # the configured event's id; None for a discovered one
    title: str
    date: datetime.date | None
    date_basis: str
    summary: tuple[SummarySentence, ...]
    articles: tuple[str, ...]  # ids, in the order they were given
    reasons: tuple[tuple[str, str], ...]  # (article id, why it belongs)
    keys: tuple[str, ...] = ()  # the articles' Item.identity, in the same order
    # An undated event's: the first article of the dated event it is listed after (see
    # find.beside_most_alike); "" when it goes last, or is dated.
    follows: str = ""


@dataclass(frozen=True, slots=True)
class Grouping:
    """What one discovery found, kept for the next: an edit then places only the articles it
    changed, and every event they do not join stays as it was."""

    anchors: str  # the configured events it was made with (their repr)
    events: tuple[FoundEvent, ...]


Vector = dict[str, float]

# A sentence of a lead that may summarise its event: its place, its words, its terms counted.
Sentence = tuple[int, str, Counter[str]]
