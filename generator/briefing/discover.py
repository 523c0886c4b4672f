"""Events found, not configured: articles that report the same happening, grouped as an editor would.

An editor groups coverage by what happened and when. What happened: the article's distinctive
terms and names, its headline and lead counting most, weighed against the briefing as a whole
(a word every article shares says nothing). When: the day the article reports on (when.py),
which for a preview is the announcement, not the day it announces. Two articles belong
together when they share distinctive terms and describe the same or a neighbouring day; the
groups are made by average-linkage clustering, merging while the articles of two groups are
alike enough on average, so the number of events follows from the coverage.

Configured events (briefing.toml) are anchors: each article goes to the configured event its
terms and day fit best, judged the same way, and the rest are discovered among themselves.
Only articles that share a distinctive term are ever compared, so a briefing of 10,000
articles never needs a 10,000 × 10,000 matrix.
"""

from __future__ import annotations

import copy
import datetime
import heapq
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, islice
from typing import TYPE_CHECKING

from generator.analysis.words import MONTHS, WEEKDAYS
from generator.briefing.when import days_apart
from generator.models import DescribedDay, SummarySentence, Terms

if TYPE_CHECKING:
    import numpy as np

# Where a word stands says how much it tells of the happening: the headline most.
TITLE_WEIGHT = 3.0
LEAD_WEIGHT = 2.0
BODY_WEIGHT = 1.0
BODY_CHARS = 600  # past the lead, background takes over: what came before, what comes next
# Two groups merge while their articles' average similarity is at least this.
MERGE_AT = 0.03
# An article joins a configured event when its similarity to it is at least this.
JOIN_AT = 0.02
PREVIEW_APART = 0.25  # see pair_day_fit
# How much the day a preview looks ahead to counts against the day it reports.
# Each article is compared with those sharing one of its strongest terms.
_TOP_TERMS = 15
STRONG_SHARED = 1  # strongest terms two articles must share to be compared
NEIGHBOURS = 10  # links each article keeps to cluster with: its strongest
_CLOSE_DAYS = 0.3  # pairs whose days fit this well (at most three days apart) are reckoned first
# An article is known by its strongest terms: the rest of a long text changes little, and
# costs every comparison.
VECTOR_TERMS = 100_000
_MOST_SHARING = 50  # a term held by more articles than this links no pair by itself
SUMMARY_SENTENCES = 3
MAX_TERMS_SHOWN = 3  # in an article's reason
_WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*[^\W_])?")
_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[\"“‘']?[A-Z])")
# Words that say nothing of what happened: function words, reporting verbs, dates.
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "ago",
        "all",
        "also",
        "am",
        "among",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "either",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "last",
        "later",
        "like",
        "made",
        "make",
        "many",
        "may",
        "me",
        "might",
        "more",
        "most",
        "much",
        "must",
        "my",
        "near",
        "new",
        "next",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "one",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "per",
        "said",
        "same",
        "say",
        "says",
        "she",
        "should",
        "since",
        "so",
        "some",
        "still",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "two",
        "under",
        "until",
        "up",
        "upon",
        "us",
        "very",
        "via",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "whether",
        "which",
        "while",
        "who",
        "whom",
        "whose",
        "why",
        "will",
        "with",
        "within",
        "without",
        "would",
        "year",
        "years",
        "yet",
        "you",
        "your",
        "told",
        "according",
        "added",
        "also",
        "week",
        "weeks",
        "day",
        "days",
        "today",
        "yesterday",
        "tomorrow",
        "time",
        "mr",
        "mrs",
        "ms",
    ]
)
_NOT_TERMS = _FUNCTION_WORDS | MONTHS | WEEKDAYS


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

    @property
    def identity(self) -> str:
        return self.key or self.id


@dataclass(frozen=True, slots=True)
class Anchor:
    """A configured event as discovery sees it: its words and its day."""

    id: str
    title: str
    date: datetime.date
    terms: tuple[str, ...] = ()
    summary: str = ""


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


@dataclass(frozen=True, slots=True)
class Grouping:
    """What one discovery found, kept for the next: an edit then places only the articles it
    changed, and every event they do not join stays as it was."""

    anchors: str  # the configured events it was made with (their repr)
    events: tuple[FoundEvent, ...]


Vector = dict[str, float]


def find_events(
    items: Sequence[Item],
    anchors: Sequence[Anchor] = (),
    previous: Grouping | None = None,
    weights: Weights | None = None,
) -> Grouping:
    """The events the articles report: each configured anchor with the articles that fit it,
    then the events discovered among the rest, in date order.

    With the `previous` grouping of mostly the same articles and the same configured events,
    only the articles it did not hold are placed: each joins the event whose articles it is
    most like, or starts one, and the other events keep their articles, titles and summaries.
    `weights`, kept from the last call (watch mode keeps it), weighs again only the articles
    whose terms' rarity changed since.
    """
    anchors_key = repr(tuple(anchors))
    weights = Weights() if weights is None else weights
    vectors = weights.vectors(items)
    # Each configured event's own words, once: every article weighed against it needs them.
    words = {anchor.id: anchor_vector(anchor, weights) for anchor in anchors}
    placing = previous is not None and previous.anchors == anchors_key
    if placing and _mostly_known(items, previous):
        groups = _placed(items, vectors, anchors, words, previous, weights)
    else:
        placing = False
        groups = _grouped(items, vectors, anchors, words)
    reused = {event.keys: event for event in previous.events} if previous else {}
    # An event an edit changed is summed up again from its articles' leads, which are mostly
    # the same from one edit to the next: kept while placing (never for a whole briefing).
    sentences = weights.sentences if placing else None
    found = [
        _event(members, anchor, items, vectors, anchors, words, reused, sentences)
        for anchor, members in groups
    ]
    found.sort(key=lambda e: (e.date is None, e.date or datetime.date.min, e.title))
    return Grouping(anchors_key, tuple(found))


def event_changes(previous: Grouping | None, current: Grouping) -> tuple[str, ...]:
    """What the articles new to this build did to the events, one sentence each, for the
    build's summary: the event each joined or started, and two events they (or a fresh
    discovery) made one. Nothing without a previous grouping: a first build changes nothing."""
    if previous is None:
        return ()
    before = {article: number for number, e in enumerate(previous.events) for article in e.articles}
    changes = []
    for event in current.events:
        new = [article for article in event.articles if article not in before]
        earlier = sorted({before[a] for a in event.articles if a in before})
        title = f"\u201c{event.title}\u201d"
        if len(earlier) > 1:
            merged = _listing([f"\u201c{previous.events[n].title}\u201d" for n in earlier])
            by = f"{_articles_named(new)} bridged" if new else "Discovery joined"
            changes.append(f"{by} {merged} into {title}")
        elif new and earlier:
            changes.append(f"{_articles_named(new)} joined {title}")
        elif new:
            changes.append(f"{_articles_named(new)} started the event {title}")
    return tuple(changes)


def _articles_named(ids: Sequence[str]) -> str:
    if len(ids) > 3:
        return f"{len(ids)} new articles"
    return ("new article " if len(ids) == 1 else "new articles ") + _listing(
        [f"\u2018{article}\u2019" for article in ids]
    )


# A previous grouping is reused while it holds at least this share of the articles; past that
# (a checkout, a new batch of articles), discovery starts afresh.
REUSE_SHARE = 0.8


def _mostly_known(items: Sequence[Item], previous: Grouping) -> bool:
    known = {key for event in previous.events for key in event.keys}
    return sum(item.identity in known for item in items) >= REUSE_SHARE * len(items)


def _grouped(
    items: Sequence[Item],
    vectors: Sequence[Vector],
    anchors: Sequence[Anchor],
    words: Mapping[str, Vector],
) -> list[tuple[str | None, list[int]]]:
    """Every article's group, found afresh: (the configured event's id or None, indexes)."""
    joined = _join_anchors(items, vectors, anchors, words)
    by_anchor: dict[str, list[int]] = {a.id: [] for a in anchors}
    for index, item in enumerate(items):
        if item.id in joined:
            by_anchor[joined[item.id]].append(index)
    rest = [i for i, item in enumerate(items) if item.id not in joined]
    groups: list[tuple[str | None, list[int]]] = [
        (anchor.id, members) for anchor in anchors if (members := by_anchor[anchor.id])
    ]
    return groups + [(None, members) for members in _cluster(rest, items, vectors)]


def _placed(
    items: Sequence[Item],
    vectors: Sequence[Vector],
    anchors: Sequence[Anchor],
    words: Mapping[str, Vector],
    previous: Grouping,
    weights: Weights,
) -> list[tuple[str | None, list[int]]]:
    """The previous groups without the articles gone, and each new article placed: in the
    configured event it fits, else the group it is most like on average, else alone."""
    index = {item.identity: i for i, item in enumerate(items)}
    groups = [
        (event.anchor, [index[k] for k in event.keys if k in index]) for event in previous.events
    ]
    groups = [(anchor, members) for anchor, members in groups if members]
    placed = {i for _, members in groups for i in members}
    by_anchor = {anchor: members for anchor, members in groups if anchor is not None}
    for new in (i for i in range(len(items)) if i not in placed):
        target = _configured_fit(
            new, items, vectors, anchors, words, by_anchor, weights
        ) or _nearest_group(new, items, vectors, [m for a, m in groups if a is None])
        if target is None:
            groups.append((None, [new]))
        elif isinstance(target, str):
            by_anchor.setdefault(target, [])
            if not any(a == target for a, _ in groups):
                groups.append((target, by_anchor[target]))
            by_anchor[target].append(new)
        else:
            target.append(new)
    return groups


def _configured_fit(
    new: int,
    items: Sequence[Item],
    vectors: Sequence[Vector],
    anchors: Sequence[Anchor],
    words: Mapping[str, Vector],
    members: dict[str, list[int]],
    weights: Weights,
) -> str | None:
    """The configured event an article joins, judged as _join_anchors judges (its words and
    the articles it has), if any."""
    best, best_fit = None, JOIN_AT
    for anchor in anchors:
        joined = members.get(anchor.id, [])
        mean = weights.centroid(
            # Its words change with their rarity, its articles' vectors not unless weighed again.
            (repr(anchor), repr(words[anchor.id]), *(items[i].identity for i in joined)),
            lambda: [words[anchor.id]] + [vectors[i] for i in joined],  # noqa: B023 - called here
        )
        fit = _cosine(vectors[new], mean) * day_fit(items[new].when.day, anchor.date)
        if fit >= best_fit:
            best, best_fit = anchor.id, fit
    return best


def _nearest_group(
    new: int, items: Sequence[Item], vectors: Sequence[Vector], groups: Sequence[list[int]]
) -> list[int] | None:
    """The discovered group an article is most like on average, if that reaches MERGE_AT."""
    best, best_average = None, MERGE_AT
    for members in groups:
        total = sum(
            _cosine(vectors[new], vectors[i]) * pair_day_fit(items[new].when, items[i].when)
            for i in members
        )
        if total / len(members) >= best_average:
            best, best_average = members, total / len(members)
    return best


def _event(
    members: list[int],
    anchor_id: str | None,
    items: Sequence[Item],
    vectors: Sequence[Vector],
    anchors: Sequence[Anchor],
    words: Mapping[str, Vector],
    reused: dict[tuple[str, ...], FoundEvent],
    sentences: dict[str, list[Sentence]] | None,
) -> FoundEvent:
    """The event of a group: as before when the group is unchanged, else made afresh (its
    articles' leads' `sentences` kept there, if given)."""
    members = sorted(members)
    keys = tuple(items[i].identity for i in members)
    earlier = reused.get(keys)
    if earlier is not None and earlier.anchor == anchor_id:
        return earlier
    if anchor_id is None:
        return _discovered(members, items, vectors, sentences)
    anchor = next(a for a in anchors if a.id == anchor_id)
    return _configured(anchor, words[anchor_id], members, items, vectors, sentences)


# -- What happened: weighted terms ------------------------------------------------------------


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
        order = np.lexsort((term, negated, row))
        row, term, negated = row[order], term[order], negated[order]
        strongest = _places(row, len(sizes)) < VECTOR_TERMS
        row, term, negated = row[strongest], term[strongest], negated[strongest]
        ends = np.cumsum(np.bincount(row, minlength=len(sizes))).tolist()
        squares = (negated * negated).tolist()
        starts = [0, *ends][: len(ends)]
        norms = [math.sqrt(sum(squares[a:b])) for a, b in zip(starts, ends, strict=True)]
        weights = (-negated / np.array(norms)[row]).tolist() if row.size else []
        terms_weighed = list(map(vocabulary.__getitem__, term.tolist()))
        for identity, a, b in zip(given, starts, ends, strict=True):
            self._vectors[identity] = dict(zip(terms_weighed[a:b], weights[a:b], strict=True))


def term_counts(title: str, lead: str, text: str) -> Terms:
    """The terms of an article, in order, and each one's weight: where and how often it stands."""
    counts: Counter[str] = Counter()
    body = text[len(lead) : len(lead) + BODY_CHARS] if text.startswith(lead) else text[:BODY_CHARS]
    for part, weight in ((title, TITLE_WEIGHT), (lead, LEAD_WEIGHT), (body, BODY_WEIGHT)):
        for term in terms(part):
            counts[term] += weight
    words = tuple(sorted(counts))
    return words, tuple(map(counts.__getitem__, words))


def terms(text: str) -> list[str]:
    """The words and two-word phrases of a text that can say what happened, lowercased."""
    spelled = str.lower if text.isascii() else _plain  # most texts have nothing to fold
    words = [spelled(w).strip(".'-") for w in _WORD.findall(text)]
    words = [w if w not in _NOT_TERMS and len(w) > 1 else "" for w in words]
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False) if a and b]
    return [w for w in words if w] + pairs


def _plain(word: str) -> str:
    """A word lowercased as every outlet spells it: outlets differ in accents ("Orbán",
    "Orban") and apostrophes ("Xi’s", "Xi's"). Only Latin letters lose their marks: other
    scripts' marks are letters of the word."""
    word = word.lower().replace("\u2019", "'")
    folded = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return folded if folded.isascii() else word


def _unit(vector: Vector) -> Vector:
    norm = math.sqrt(sum([w * w for w in vector.values()]))
    return {t: w / norm for t, w in vector.items()} if norm else {}


def _unit_cosine(counts: Mapping[str, float], b: Vector) -> float:
    """_cosine(_unit(counts), b), to the last digit, without making the unit vector."""
    norm = math.sqrt(sum([w * w for w in counts.values()]))
    return math.fsum([counts[t] / norm * b[t] for t in counts.keys() & b.keys()]) if norm else 0


def _cosine(a: Vector, b: Vector) -> float:
    # The shared keys first, in C: two articles share a few of their hundreds of terms. fsum,
    # being exact, gives the same sum in any order: a set's order changes with each process's
    # string hashing, and a tie between two titles must not be broken by rounding.
    return math.fsum([a[t] * b[t] for t in a.keys() & b.keys()])


# -- When: the days the articles describe -----------------------------------------------------


def day_fit(a: datetime.date | None, b: datetime.date | None) -> float:
    """How much two days let two reports be of one happening: one day is best, a day apart
    (a report filed the next morning, a time zone) nearly as good, a week apart barely."""
    if a is None or b is None:
        return 0.8
    apart = days_apart(a, b)
    return {0: 1.0, 1: 0.8, 2: 0.45, 3: 0.3}.get(apart, 0.1)


def pair_day_fit(a: DescribedDay, b: DescribedDay) -> float:
    """day_fit of two articles' days, where a preview and a report of a happening on another
    day stay apart: the preview reports an announcement, whatever words the two share."""
    fit = day_fit(a.day, b.day)
    if a.preview != b.preview and a.day is not None and b.day is not None and a.day != b.day:
        return fit * PREVIEW_APART
    return fit


# -- Configured events ------------------------------------------------------------------------


def _join_anchors(
    items: Sequence[Item],
    vectors: Sequence[Vector],
    anchors: Sequence[Anchor],
    own_words: Mapping[str, Vector],
) -> dict[str, str]:
    """Which configured event each article fits, if any: first by the event's own words and
    date, then by those and the other articles that joined it (k-means with the configured
    events as the starting means, three rounds)."""
    if not anchors:
        return {}
    words = [own_words[anchor.id] for anchor in anchors]
    totals = words  # each event's words and articles, summed
    joined: dict[str, str] = {}
    for _ in range(3):
        norms = [math.sqrt(_cosine(total, total)) for total in totals]
        placed = {}
        for item, vector in zip(items, vectors, strict=True):
            fits = [
                _fit_without_itself(vector, total, norm, joined.get(item.id) == anchor.id)
                * day_fit(item.when.day, anchor.date)
                for anchor, total, norm in zip(anchors, totals, norms, strict=True)
            ]
            best = max(range(len(anchors)), key=lambda k: (fits[k], -k))
            if fits[best] >= JOIN_AT:
                placed[item.id] = anchors[best].id
        joined = placed
        totals = [
            _sum(
                [own]
                + [
                    v
                    for item, v in zip(items, vectors, strict=True)
                    if joined.get(item.id) == anchor.id
                ]
            )
            for anchor, own in zip(anchors, words, strict=True)
        ]
    return joined


def _fit_without_itself(vector: Vector, total: Vector, norm: float, member: bool) -> float:
    """The cosine of an article with an event's summed words and articles, the article itself
    left out if it is one of them: an article that joined on a slight fit would otherwise keep
    its place by its likeness to itself. A new article placed later is judged the same way."""
    dot = _cosine(vector, total)
    if not member:
        return dot / norm if norm else 0.0
    own = _cosine(vector, vector)
    rest = norm * norm - 2 * dot + own  # |total - vector|²
    return (dot - own) / math.sqrt(rest) if rest > 1e-12 else 0.0


def anchor_vector(anchor: Anchor, weighed: Weights) -> Vector:
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


def _centroid(vectors: Iterable[Vector]) -> Vector:
    return _unit(_sum(vectors))


def _sum(vectors: Iterable[Vector]) -> Vector:
    total: Vector = {}  # a dict, not a Counter: Python adds into a dict faster
    for vector in vectors:
        for term, weight in vector.items():
            total[term] = total.get(term, 0.0) + weight
    return total


# -- Discovery: average-linkage clustering over candidate pairs -------------------------------


def _cluster(
    indexes: Sequence[int], items: Sequence[Item], vectors: Sequence[Vector]
) -> list[list[int]]:
    """Groups of `indexes` whose articles are alike on average (content and day), merged from
    the most alike down to MERGE_AT.

    The pairs merge in the order a heap of every pair's average would give, pushed anew at
    every merge, with fewer entries: every two groups alike enough to merge keep an entry
    (-average, a, b), a < b, at least as high as their average (see _merge), and one found
    higher than that is pushed again at it. An entry found right is then the most alike pair
    there is, ties going to the first pair as the entries are ordered."""
    links = _similarities(indexes, items, vectors)
    members = {i: [i] for i in indexes}
    sums: dict[int, dict[int, float]] = {i: {} for i in indexes}
    for (a, b), similarity in links.items():
        sums[a][b] = sums[b][a] = similarity
    ranked = sorted(
        (-similarity, a, b) for (a, b), similarity in links.items() if similarity >= MERGE_AT
    )
    heap: list[tuple[float, int, int]] = []
    for negative, a, b in _first_of_either(ranked, heap):
        if a not in members or b not in members:
            continue  # merged into another group since
        average = sums[a].get(b, 0.0) / (len(members[a]) * len(members[b]))
        if abs(average + negative) > 1e-12:
            if MERGE_AT <= average < -negative:
                heapq.heappush(heap, (-average, a, b))  # less alike since: as they are now
            continue
        if average < MERGE_AT:
            break
        _merge(a, b, members, sums, heap)
    return sorted((sorted(group) for group in members.values()), key=lambda g: g[0])


def _first_of_either(
    ranked: list[tuple[float, int, int]], heap: list[tuple[float, int, int]]
) -> Iterator[tuple[float, int, int]]:
    """The entries of `ranked` (sorted) and of `heap` (pushed to meanwhile), smallest first: as
    from one heap of both, but the links are sorted once, not pushed and popped one by one."""
    taken = 0
    while taken < len(ranked) or heap:
        if heap and (taken == len(ranked) or heap[0] < ranked[taken]):
            yield heapq.heappop(heap)
        else:
            taken += 1
            yield ranked[taken - 1]


def _merge(
    a: int,
    b: int,
    members: dict[int, list[int]],
    sums: dict[int, dict[int, float]],
    heap: list[tuple[float, int, int]],
) -> None:
    """Group b merged into group a. The merged group's average with another group lies
    between a's and b's: a's entry stays high enough unless b's average was the higher, and
    only then is the pair pushed again."""
    before = len(members[a])
    members[a] += members.pop(b)
    size, near = len(members[a]), sums[a]
    for c, total in sums.pop(b).items():
        if c == a:
            continue
        sums[c].pop(b, None)
        was = near.get(c, 0.0)
        near[c] = sums[c][a] = was + total
        other = len(members[c])
        average = (was + total) / (size * other)
        if average >= MERGE_AT and average > was / (before * other):
            heapq.heappush(heap, (-average, a, c) if a < c else (-average, c, a))
    near.pop(b, None)


def _similarities(
    indexes: Sequence[int], items: Sequence[Item], vectors: Sequence[Vector]
) -> dict[tuple[int, int], float]:
    """Similarity (content times day) of each pair of articles that share one of their
    strongest terms, where it is among the NEIGHBOURS strongest of either article's.

    Reckoned in numpy: at 10,000 articles some 400,000 pairs share a strong term, and the
    cosine of each is a sum over a hundred terms, far too many for a Python step each."""
    rows = _Rows([vectors[i] for i in indexes])
    first, second = _candidate_pairs(rows)
    fits = _pair_day_fits([items[i].when for i in indexes], first, second)
    first, second, similarity = _pair_similarities(rows, first, second, fits)
    kept = _nearest(rows.count, first, second, similarity, NEIGHBOURS)
    pairs = zip(first[kept].tolist(), second[kept].tolist(), strict=True)
    return {
        (indexes[a], indexes[b]): s
        for (a, b), s in zip(pairs, similarity[kept].tolist(), strict=True)
    }


def _pair_similarities(
    rows: _Rows, first: np.ndarray, second: np.ndarray, fits: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs that may be among the NEIGHBOURS strongest of either row's, and their
    similarity, cosine times day fit.

    A pair is at most as alike as its days fit (a cosine is at most 1), and most pairs are of
    days far apart: the pairs of close days are reckoned first, and one of days far apart only
    where its day fit reaches the weakest of the NEIGHBOURS strongest of one of its rows. What
    counts as close changes no link kept, only how many cosines are reckoned."""
    import numpy as np  # here: a build that only places a few new articles never needs it

    shared = rows.shared()
    similarity = np.zeros(first.size)
    close = fits >= _CLOSE_DAYS
    similarity[close] = _pair_cosines(shared, first[close], second[close]) * fits[close]
    floors = _floors(rows.count, first[close], second[close], similarity[close], NEIGHBOURS)
    reach = fits * (1 + 1e-9)  # above any cosine of unit vectors times the fit, rounding and all
    far = ~close & ((reach >= floors[first]) | (reach >= floors[second]))
    similarity[far] = _pair_cosines(shared, first[far], second[far]) * fits[far]
    reckoned = close | far
    return first[reckoned], second[reckoned], similarity[reckoned]


class _Rows:
    """Articles' vectors as numpy arrays, a row an article (compressed sparse rows): the terms
    and weights of row r are entries starts[r] to starts[r + 1], in term order, row[e] the row
    of entry e. A term is a number, given in alphabetical order, so that numbers break ties as
    the terms themselves do."""

    def __init__(self, vectors: Sequence[Vector]) -> None:
        import numpy as np

        vocabulary = sorted(set(chain.from_iterable(vectors)))
        number = {term: n for n, term in enumerate(vocabulary)}
        self.count = len(vectors)
        self.terms = len(vocabulary)
        self.row = np.repeat(np.arange(self.count), [len(vector) for vector in vectors])
        term = np.fromiter(map(number.__getitem__, chain.from_iterable(vectors)), np.int64)
        weight = np.fromiter(chain.from_iterable(v.values() for v in vectors), np.float64)
        in_term_order = np.argsort(self.row * self.terms + term)
        self.term, self.weight = term[in_term_order], weight[in_term_order]
        self.starts = _starts(self.row, self.count)
        self.holders = np.bincount(self.term, minlength=self.terms)  # articles with each term

    def shared(self) -> _Rows:
        """The same rows without the terms no other article has."""
        kept = self.holders[self.term] >= 2
        rows = copy.copy(self)
        rows.row, rows.term, rows.weight = self.row[kept], self.term[kept], self.weight[kept]
        rows.starts = _starts(rows.row, self.count)
        return rows


def _starts(row: np.ndarray, count: int) -> np.ndarray:
    """Where each of `count` rows starts in entries sorted by `row`, and where the last ends."""
    import numpy as np

    return np.searchsorted(row, np.arange(count + 1))


def _places(row: np.ndarray, count: int) -> np.ndarray:
    """Each entry's place among its row's, entries sorted by `row`: 0, 1, 2, ..."""
    import numpy as np

    return np.arange(row.size) - _starts(row, count)[row]


def _candidate_pairs(rows: _Rows) -> tuple[np.ndarray, np.ndarray]:
    """The pairs of rows that share at least STRONG_SHARED of their _TOP_TERMS strongest
    linking terms: (first, second), first < second, sorted."""
    import numpy as np

    holders = rows.holders[rows.term]
    # A term only one article has links nothing; one most articles have, everything.
    linking = (holders >= 2) & (holders <= _MOST_SHARING)
    row, term, weight = rows.row[linking], rows.term[linking], rows.weight[linking]
    order = np.lexsort((term, -weight, row))  # each row's strongest first, ties by term
    row, term = row[order], term[order]
    strong = _places(row, rows.count) < _TOP_TERMS
    row, term = row[strong], term[strong]
    order = np.lexsort((row, term))  # the rows holding each strong term, in order
    first, second = _pairs_within(term[order], row[order])
    # A pair comes once for each strong term its rows share.
    pair = np.sort(first * rows.count + second)
    starts = np.flatnonzero(np.r_[True, pair[1:] != pair[:-1]])
    shared = np.diff(np.r_[starts, pair.size])
    pair = pair[starts[shared >= STRONG_SHARED]]
    return pair // rows.count, pair % rows.count


def _pairs_within(groups: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every two values of a group, the earlier first: (values[i], values[j]) for each i < j
    with groups[i] == groups[j], `groups` sorted."""
    import numpy as np

    position = np.arange(groups.size)
    later = np.searchsorted(groups, groups, side="right") - position - 1  # of i's group
    first = np.repeat(values, later)
    # i's pairs, later[i] of them, take the j after i, then the next, ...
    step = np.arange(first.size) - np.repeat(np.cumsum(later) - later, later)
    return first, values[np.repeat(position + 1, later) + step]


# Pair cosines are reckoned for a block of first rows at a time, spread out over all terms
# (cells), their pairs' second rows' entries looked up in them: a block holds at most this
# many cells, and looks up about this many entries, so that its arrays stay small (a megabyte
# or so) and numpy makes them again and again in memory it has, not fresh from the system.
_BLOCK_CELLS = 1 << 20
_BLOCK_LOOKUPS = 1 << 17


def _pair_cosines(rows: _Rows, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """The cosine of each pair of rows, pairs sorted by first: the dot product of two unit
    vectors, the terms of the second row looked up in the first spread out dense. (Terms no
    other row has may be left out of `rows`: they add nothing.)"""
    import numpy as np

    sizes = np.diff(rows.starts)
    pairs_of = np.searchsorted(first, np.arange(rows.count + 1))  # row r's: r to r + 1
    per_block = max(1, min(rows.count, _BLOCK_CELLS // max(rows.terms, 1)))
    dense = np.zeros(per_block * rows.terms)
    cosines = np.empty(first.size)
    lookups = np.bincount(first, weights=sizes[second], minlength=rows.count)
    for top, bottom in _blocks(lookups.tolist(), per_block, _BLOCK_LOOKUPS):
        pairs = slice(pairs_of[top], pairs_of[bottom])
        if pairs.start == pairs.stop:
            continue
        entries = slice(rows.starts[top], rows.starts[bottom])
        cells = (rows.row[entries] - top) * rows.terms + rows.term[entries]
        dense[cells] = rows.weight[entries]
        offsets = (first[pairs] - top) * rows.terms
        cosines[pairs] = _dot_products(rows, dense, offsets, second[pairs], sizes)
        dense[cells] = 0.0  # wiped for the next block, cheaper than a fresh one
    return cosines


def _blocks(lookups: list[float], most_rows: int, most_lookups: int) -> Iterable[tuple[int, int]]:
    """Consecutive rows, from top to bottom, in blocks of at most `most_rows` rows whose
    lookups add up to at most `most_lookups` (or a single row)."""
    top, total = 0, 0.0
    for row, count in enumerate(lookups):
        if row > top and (row - top == most_rows or total + count > most_lookups):
            yield top, row
            top, total = row, 0.0
        total += count
    if lookups:
        yield top, len(lookups)


def _dot_products(
    rows: _Rows, dense: np.ndarray, offsets: np.ndarray, second: np.ndarray, sizes: np.ndarray
) -> np.ndarray:
    """Each second row's weights times the first's (at `offsets` in `dense`), summed in term
    order: two copies of an article are exactly as like a third, whichever row each is."""
    import numpy as np

    counts = sizes[second]
    starts = np.cumsum(counts) - counts
    pair = np.repeat(np.arange(second.size), counts)
    entry = np.arange(pair.size) + np.repeat(rows.starts[second] - starts, counts)
    cells = np.repeat(offsets, counts) + rows.term[entry]
    # bincount adds one product after the other (a term the first row lacks adds 0.0).
    return np.bincount(pair, dense[cells] * rows.weight[entry], minlength=second.size)


def _pair_day_fits(
    whens: Sequence[DescribedDay], first: np.ndarray, second: np.ndarray
) -> np.ndarray:
    """pair_day_fit of each pair, asked once for each two kinds of day the pairs join: a kind
    is a day and whether the article is a preview, all that pair_day_fit reads."""
    import numpy as np

    number: dict[tuple[datetime.date | None, bool], int] = {}
    examples: list[DescribedDay] = []  # a day of each kind
    for when in whens:
        if (when.day, when.preview) not in number:
            number[when.day, when.preview] = len(examples)
            examples.append(when)
    kind = np.array([number[when.day, when.preview] for when in whens], dtype=np.int64)
    kinds = len(examples)
    pair_kinds, which = np.unique(kind[first] * kinds + kind[second], return_inverse=True)
    fits = [pair_day_fit(examples[k // kinds], examples[k % kinds]) for k in pair_kinds.tolist()]
    return np.array(fits)[which]


def _nearest(
    count: int, first: np.ndarray, second: np.ndarray, similarity: np.ndarray, most: int
) -> np.ndarray:
    """Which pairs are among the `most` strongest of either row's (of `count` rows): a row's
    weakest links, which merging never reaches, cost every merge near it."""
    floors = _floors(count, first, second, similarity, most)
    return (similarity > 0) & ((similarity >= floors[first]) | (similarity >= floors[second]))


def _floors(
    count: int, first: np.ndarray, second: np.ndarray, similarity: np.ndarray, most: int
) -> np.ndarray:
    """Each row's `most`-th strongest similarity among the pairs, 0 for a row in fewer."""
    import numpy as np

    strongest_first = np.argsort(-similarity)
    place = np.empty_like(strongest_first)
    place[strongest_first] = np.arange(place.size)
    # Each row's links, strongest first: one sort of one number, the row and the link's place.
    link = np.sort(np.concatenate([first, second]) * place.size + np.concatenate([place, place]))
    row, place = link // place.size, link % place.size
    last = _places(row, count) == most - 1
    floors = np.zeros(count)
    floors[row[last]] = similarity[strongest_first[place[last]]]
    return floors


# -- What each event is called, when it happened, what it says --------------------------------


def _configured(
    anchor: Anchor,
    own_words: Vector,
    members: list[int],
    items: Sequence[Item],
    vectors: Sequence[Vector],
    sentences: dict[str, list[Sentence]] | None = None,
) -> FoundEvent:
    centre = _centroid(vectors[i] for i in members)
    return FoundEvent(
        anchor=anchor.id,
        title=anchor.title,
        date=anchor.date,
        date_basis="set in briefing.toml",
        summary=_summary(members, items, centre, sentences),
        articles=tuple(items[i].id for i in members),
        reasons=tuple(_reasons(members, items, vectors, own_words)),
        keys=tuple(items[i].identity for i in members),
    )


def _discovered(
    members: list[int],
    items: Sequence[Item],
    vectors: Sequence[Vector],
    sentences: dict[str, list[Sentence]] | None = None,
) -> FoundEvent:
    day, basis = _event_day(members, items)
    centre = _centroid(vectors[i] for i in members)  # for its title and its summary
    return FoundEvent(
        anchor=None,
        title=_title(members, items, vectors, centre),
        date=day,
        date_basis=basis,
        summary=_summary(members, items, centre, sentences),
        articles=tuple(items[i].id for i in members),
        reasons=tuple(_reasons(members, items, vectors)),
        keys=tuple(items[i].identity for i in members),
    )


def _event_day(members: Sequence[int], items: Sequence[Item]) -> tuple[datetime.date | None, str]:
    """The day most of the articles describe, and how it was found."""
    days = Counter(items[i].when.day for i in members if items[i].when.day is not None)
    if not days:
        return None, "no article gives a date"
    day = max(days, key=lambda d: (days[d], -d.toordinal()))
    if len(members) == 1:
        return day, f"the article describes it: {items[members[0]].when.basis}"
    return day, f"{days[day]} of {len(members)} articles describe {day.day} {day:%B}"


def _title(
    members: Sequence[int], items: Sequence[Item], vectors: Sequence[Vector], centre: Vector
) -> str:
    """The most representative headline: the one most like the group's other articles (their
    `centre`)."""
    best = max(members, key=lambda i: (_cosine(vectors[i], centre), -i))
    return short_headline(items[best].title) or _first_sentence(items[best].lead)


_SITE_SUFFIX = re.compile(r"\s+[-–—|:]\s+[^-–—|:]{2,40}$")


def short_headline(title: str, limit: int = 90) -> str:
    """A headline without a trailing site name, shortened at a word boundary."""
    title = " ".join(title.split())
    suffix = _SITE_SUFFIX.search(title)
    if suffix and len(suffix.group(0).split()) <= 5 and suffix.start() > 20:
        title = title[: suffix.start()]
    if len(title) <= limit:
        return title
    return title[:limit].rsplit(" ", 1)[0].rstrip(",;:-–—") + "…"


def _first_sentence(text: str) -> str:
    return short_headline(_SENTENCE.split(text.strip(), maxsplit=1)[0]) if text.strip() else ""


def _summary(
    members: Sequence[int],
    items: Sequence[Item],
    centre: Vector,
    sentences: dict[str, list[Sentence]] | None = None,
) -> tuple[SummarySentence, ...]:
    """Up to three verbatim sentences from the articles' leads, the most central (most like
    the articles' `centre`) first, no two saying the same thing, each from another article
    where the group has several."""
    candidates = []
    for i in members:
        for position, sentence, counts in _lead_sentences(items[i], sentences):
            candidates.append((-_unit_cosine(counts, centre), position, i, sentence, counts))
    chosen: list[tuple[int, str, Vector]] = []
    wanted = min(SUMMARY_SENTENCES, max(1, len(members)))
    for _, _, i, sentence, counts in sorted(candidates, key=lambda c: c[:3]):
        if len(chosen) == wanted:
            break
        vector = _unit(counts)  # made only for the sentences weighed against those chosen
        if any(
            _cosine(vector, other) > 0.4 or (j == i and len(members) > 1) for j, _, other in chosen
        ):
            continue
        chosen.append((i, sentence, vector))
    return tuple(SummarySentence(sentence, items[i].id) for i, sentence, _ in chosen)


# A sentence of a lead that may summarise its event: its place, its words, its terms counted.
Sentence = tuple[int, str, Counter[str]]


def _lead_sentences(item: Item, kept: dict[str, list[Sentence]] | None) -> list[Sentence]:
    """The sentences of the item's lead that may summarise its event, taken from `kept` (by
    identity) if it holds them, and left there if given."""
    found = kept.get(item.identity) if kept is not None else None
    if found is None:
        found = [
            (position, sentence, Counter(terms(sentence)))
            for position, sentence in enumerate(_SENTENCE.split(item.lead.strip())[:3])
            if 8 <= len(sentence.split()) <= 60 and not sentence.startswith(("#", "-", "*"))
        ]
        if kept is not None:
            kept[item.identity] = found
    return found


def _reasons(
    members: Sequence[int],
    items: Sequence[Item],
    vectors: Sequence[Vector],
    configured: Vector | None = None,
) -> Iterable[tuple[str, str]]:
    """Why each article belongs: the strongest terms it shares with the event's other articles
    (and with its words in briefing.toml, for a configured one), and the day it describes."""
    holders = Counter(chain.from_iterable(vectors[i] for i in members))

    def shared(term: str) -> bool:
        return holders[term] > 1 or (configured is not None and term in configured)

    with_whom = _with_whom(len(members) - 1, configured is not None)
    for i in members:
        # A vector lists its terms strongest first: the first few shared make the reason.
        words = _distinct(filter(shared, vectors[i]), MAX_TERMS_SHOWN)
        if words:
            quoted = _listing([f"\u2018{w}\u2019" for w in words])
            what = f"shares {quoted} with {with_whom}"
        elif len(members) > 1 or configured:
            what = f"is most like {with_whom}"
        else:
            what = "no other article reports the same happening"
        yield items[i].id, f"{what}; {describes(items[i].when)}"


def _with_whom(others: int, configured: bool) -> str:
    articles = _count(others, "other article") if others else ""
    if configured:
        return "the event in briefing.toml" + (f" and {articles}" if articles else "")
    return articles


def describes(when: DescribedDay) -> str:
    """ "describes 2 January (“on Friday”, published 3 January)", or why no day is known."""
    if when.day is None:
        return when.basis
    return f"describes {when.day.day} {when.day:%B} ({when.basis})"


def _distinct(terms_by_weight: Iterable[str], most: int) -> list[str]:
    """Up to `most` of the terms, skipping any whose words a term before it already shows."""
    shown: list[tuple[str, set[str]]] = []
    for term in terms_by_weight:
        words = set(term.split())
        if not any(words <= other or other <= words for _, other in shown):
            shown.append((term, words))
            if len(shown) == most:
                break
    return [term for term, _ in shown]


def _listing(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def assignments(events: Sequence[FoundEvent]) -> Mapping[str, int]:
    """Each article's event, by its position in `events`."""
    return {article: n for n, event in enumerate(events) for article in event.articles}
