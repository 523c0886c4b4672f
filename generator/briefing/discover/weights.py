"""What happened, weighed: each article's terms weighted by place, count and rarity in the
briefing (Weights, kept from one build to the next), and a configured event's words weighed
the same way (anchor_vector)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import accumulate, chain, islice

from generator.briefing.discover.likeness import _centroid, _unit
from generator.briefing.discover.model import Item, Sentence, Vector
from generator.briefing.discover.pairs import _places, _strongest_first
from generator.briefing.discover.text import LEAD_WEIGHT, TITLE_WEIGHT, terms
from generator.models import EventSpec, Terms

# An article is known by its strongest terms: the rest of a long text changes little, and
# costs every comparison.
VECTOR_TERMS = 100_000
_WEIGHED_AT_ONCE = 1000


class Weights:
    """Each article's vector (its terms weighted by place, count and rarity in the briefing,
    unit length) and the briefing's count of the articles holding each term, by the articles'
    Item.identity, kept from one find_events call to the next: after an edit only the edited
    article and those holding a term whose count of holders it changed are weighed again, and
    the vectors are those weighing afresh would give. A briefing of another size changes every
    term's rarity: it is weighed afresh."""

    def __init__(self) -> None:
        self.total = 0  # articles
        self.holders: Counter[str] = Counter()  # articles with each term
        self._terms: dict[str, Terms] = {}  # each article's term counts
        self._vectors: dict[str, Vector] = {}
        # Centroids of articles' vectors, by a key naming them (see centroid): the last call's,
        # and this one's. Made again once any vector changed.
        self._centroids: dict[tuple[str, ...], Vector] = {}
        self._centroids_before: dict[tuple[str, ...], Vector] = {}
        # The sentences of articles' leads that may summarise their event, by identity.
        self.sentences: dict[str, list[Sentence]] = {}

    def vectors(self, items: Sequence[Item]) -> list[Vector]:
        """Each item's vector, in order (see _weigh)."""
        given = {item.identity: item.terms for item in items}
        reweighed = len(given) != len(items) or len(items) != self.total
        if reweighed:
            self._start(items)
        else:
            reweighed = self._update(given)
        self._centroids_before = {} if reweighed else self._centroids
        self._centroids = {}
        return [self._vectors[item.identity] for item in items]

    def centroid(self, key: tuple[str, ...], vectors: Callable[[], Iterable[Vector]]) -> Vector:
        """The centroid of the `vectors` made, kept by `key`, which must name them (by the
        articles' identities), for the next call: while no article is weighed again, a
        configured event's articles make the same centroid after an edit of another's."""
        found = self._centroids.get(key)
        if found is None:
            found = self._centroids_before.pop(key, None)
        if found is None:
            found = _centroid(vectors())
        self._centroids[key] = found
        return found

    def rarity(self, term: str) -> float:
        """How rare a term is among the articles (as rare as can be if none holds it)."""
        return math.log((self.total + 1) / (self.holders.get(term) or 1))

    def _start(self, items: Sequence[Item]) -> None:
        self.total = len(items)
        # Each item counts, even two of one identity (the same article given twice).
        self.holders = Counter(chain.from_iterable(item.terms[0] for item in items))
        self._terms = {item.identity: item.terms for item in items}
        self._vectors = {}
        self.sentences = {}
        self._weigh(self._terms)

    def _update(self, given: dict[str, Terms]) -> bool:
        """Weigh the articles new since the last call, and again those holding a term whose
        rarity changed; whether any of the latter (articles weighed before) were."""
        gone = [identity for identity in self._terms if identity not in given]
        new = {identity: terms for identity, terms in given.items() if identity not in self._terms}
        change: Counter[str] = Counter()
        for identity in gone:
            change.subtract(self._terms.pop(identity)[0])
            del self._vectors[identity]
            self.sentences.pop(identity, None)
        for terms_counted in new.values():
            change.update(terms_counted[0])
        changed = {term for term, by in change.items() if by}
        self.holders.update(change)
        for term in changed:
            if self.holders[term] <= 0:
                del self.holders[term]
        self._terms.update(new)
        again = new
        if changed:  # a term's rarity changed: the articles holding it are weighed again
            again = {
                identity: terms_counted
                for identity, terms_counted in self._terms.items()
                if identity in new or not changed.isdisjoint(terms_counted[0])
            }
        self._weigh(again)
        return len(again) > len(new)

    def _weigh(self, given: Mapping[str, Terms]) -> None:
        """_weigh_some() for a thousand articles at a time: its arrays are some 100 bytes an
        article's term, which for a whole briefing would raise a build's peak of memory."""
        batch = iter(given.items())
        while chunk := dict(islice(batch, _WEIGHED_AT_ONCE)):
            self._weigh_some(chunk)

    def _weigh_some(self, given: Mapping[str, Terms]) -> None:
        """The vectors of the articles with these term counts. A term weighs its count, damped
        (1 + log), times its rarity; a vector lists its terms strongest first, equal weights in
        term order, each weight divided by the vector's length.

        Reckoned in numpy for all the articles at once, each step the floating-point operation
        one article's own reckoning in Python would make (its length summed in Python, term
        after term), so that a vector is the same whichever articles it is weighed with."""
        import numpy as np

        sizes = [len(words) for words, _ in given.values()]
        words = list(chain.from_iterable(words for words, _ in given.values()))
        vocabulary = sorted(set(words))  # numbers in term order break ties as terms would
        number = {term: place for place, term in enumerate(vocabulary)}
        rarity = np.array([self.rarity(term) for term in vocabulary])
        term = np.fromiter(map(number.__getitem__, words), np.int64, len(words))
        # Each count damped (1 + log) once: a briefing has a few dozen counts.
        counted = np.fromiter(chain.from_iterable(n for _, n in given.values()), float, len(words))
        counts, each = np.unique(counted, return_inverse=True)
        damped = np.array([1 + math.log(n) for n in counts.tolist()])[each.reshape(-1)]
        negated = -damped * rarity[term]  # so that an ascending sort puts the strongest first
        row = np.repeat(np.arange(len(sizes)), sizes)
        kept = negated < 0  # (a weight of 0 says nothing)
        row, term, negated = row[kept], term[kept], negated[kept]
        order = _strongest_first(row, negated, term, len(vocabulary))
        row, term, negated = row[order], term[order], negated[order]
        strongest = _places(row, len(sizes)) < VECTOR_TERMS
        row, term, negated = row[strongest], term[strongest], negated[strongest]
        lengths = np.bincount(row, minlength=len(sizes)).tolist()
        ends = list(accumulate(lengths))
        squares = (negated * negated).tolist()
        starts = [0, *ends][: len(ends)]
        norms = [math.sqrt(sum(squares[a:b])) for a, b in zip(starts, ends, strict=True)]
        weights = (-negated / np.array(norms)[row]).tolist() if row.size else []
        # Each vector the next `length` entries, taken in turn: no list sliced for each.
        entries = zip(map(vocabulary.__getitem__, term.tolist()), weights, strict=True)
        for identity, length in zip(given, lengths, strict=True):
            self._vectors[identity] = dict(islice(entries, length))


def anchor_vector(anchor: EventSpec, weighed: Weights) -> Vector:
    """A configured event's title and terms as a vector in the briefing's terms (those the
    articles `weighed` hold)."""
    counts: Counter[str] = Counter()
    for term in terms(anchor.title):
        counts[term] += TITLE_WEIGHT
    for cue in anchor.terms:
        for term in terms(cue):
            counts[term] += 2 * TITLE_WEIGHT
    for term in terms(anchor.summary):
        counts[term] += LEAD_WEIGHT
    vector = {t: (1 + math.log(w)) * weighed.rarity(t) for t, w in counts.items()}
    return _unit({t: w for t, w in vector.items() if w > 0})
