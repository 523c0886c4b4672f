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

import datetime
import heapq
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from generator.analysis.words import MONTHS, WEEKDAYS
from generator.briefing.when import days_apart
from generator.models import DescribedDay, SummarySentence

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
    terms: tuple[tuple[str, float], ...]  # term_counts() of the article, made once and cached
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
    items: Sequence[Item], anchors: Sequence[Anchor] = (), previous: Grouping | None = None
) -> Grouping:
    """The events the articles report: each configured anchor with the articles that fit it,
    then the events discovered among the rest, in date order.

    With the `previous` grouping of mostly the same articles and the same configured events,
    only the articles it did not hold are placed: each joins the event whose articles it is
    most like, or starts one, and the other events keep their articles, titles and summaries.
    """
    anchors_key = repr(tuple(anchors))
    vectors = _vectors(items)
    # Each configured event's own words, once: every article weighed against it needs them.
    words = {anchor.id: anchor_vector(anchor, vectors) for anchor in anchors}
    if previous is not None and previous.anchors == anchors_key and _mostly_known(items, previous):
        groups = _placed(items, vectors, anchors, words, previous)
    else:
        groups = _grouped(items, vectors, anchors, words)
    reused = {event.keys: event for event in previous.events} if previous else {}
    found = [
        _event(members, anchor, items, vectors, anchors, words, reused)
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
        target = _configured_fit(new, items, vectors, anchors, words, by_anchor) or _nearest_group(
            new, items, vectors, [m for a, m in groups if a is None]
        )
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
) -> str | None:
    """The configured event an article joins, judged as _join_anchors judges (its words and
    the articles it has), if any."""
    best, best_fit = None, JOIN_AT
    for anchor in anchors:
        mean = _centroid([words[anchor.id]] + [vectors[i] for i in members.get(anchor.id, [])])
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
) -> FoundEvent:
    """The event of a group: as before when the group is unchanged, else made afresh."""
    members = sorted(members)
    keys = tuple(items[i].identity for i in members)
    earlier = reused.get(keys)
    if earlier is not None and earlier.anchor == anchor_id:
        return earlier
    if anchor_id is None:
        return _discovered(members, items, vectors)
    anchor = next(a for a in anchors if a.id == anchor_id)
    return _configured(anchor, words[anchor_id], members, items, vectors)


# -- What happened: weighted terms ------------------------------------------------------------


def _vectors(items: Sequence[Item]) -> list[Vector]:
    """Each article's terms, weighted by place, count and rarity in the briefing, unit length."""
    counts = [dict(item.terms) for item in items]
    documents = Counter(term for count in counts for term in count)
    total = len(items)
    vectors = []
    for count in counts:
        vector = {
            term: (1 + math.log(weight)) * math.log((total + 1) / documents[term])
            for term, weight in count.items()
        }
        strongest = sorted((t for t, w in vector.items() if w > 0), key=lambda t: (-vector[t], t))
        vectors.append(_unit({t: vector[t] for t in strongest[:VECTOR_TERMS]}))
    return vectors


def term_counts(title: str, lead: str, text: str) -> tuple[tuple[str, float], ...]:
    """The terms of an article, each weighted by where and how often it stands, in order."""
    counts: Counter[str] = Counter()
    body = text[len(lead) : len(lead) + BODY_CHARS] if text.startswith(lead) else text[:BODY_CHARS]
    for part, weight in ((title, TITLE_WEIGHT), (lead, LEAD_WEIGHT), (body, BODY_WEIGHT)):
        for term in terms(part):
            counts[term] += weight
    return tuple(sorted(counts.items()))


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
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {t: w / norm for t, w in vector.items()} if norm else {}


def _cosine(a: Vector, b: Vector) -> float:
    # The shared keys first, in C: two articles share a few of their hundreds of terms.
    return sum([a[t] * b[t] for t in a.keys() & b.keys()])


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


def anchor_vector(anchor: Anchor, vectors: Sequence[Vector]) -> Vector:
    """A configured event's title and terms as a vector in the briefing's terms."""
    weights: Counter[str] = Counter()
    for term in terms(anchor.title):
        weights[term] += TITLE_WEIGHT
    for cue in anchor.terms:
        for term in terms(cue):
            weights[term] += 2 * TITLE_WEIGHT
    for term in terms(anchor.summary):
        weights[term] += LEAD_WEIGHT
    documents = Counter(t for v in vectors for t in v)
    total = len(vectors)
    vector = {
        t: (1 + math.log(w)) * math.log((total + 1) / (documents[t] or 1))
        for t, w in weights.items()
    }
    return _unit({t: w for t, w in vector.items() if w > 0})


def _centroid(vectors: Iterable[Vector]) -> Vector:
    return _unit(_sum(vectors))


def _sum(vectors: Iterable[Vector]) -> Vector:
    total: Counter[str] = Counter()
    for vector in vectors:
        total.update(vector)
    return dict(total)


# -- Discovery: average-linkage clustering over candidate pairs -------------------------------


def _cluster(
    indexes: Sequence[int], items: Sequence[Item], vectors: Sequence[Vector]
) -> list[list[int]]:
    """Groups of `indexes` whose articles are alike on average (content and day), merged from
    the most alike down to MERGE_AT."""
    links = _similarities(indexes, items, vectors)
    members = {i: [i] for i in indexes}
    sums: dict[int, dict[int, float]] = {i: {} for i in indexes}
    heap: list[tuple[float, int, int]] = []
    for (a, b), similarity in links.items():
        sums[a][b] = sums[b][a] = similarity
        heapq.heappush(heap, (-similarity, a, b))
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        average = sums[a].get(b, 0.0) / (len(members[a]) * len(members[b]))
        if abs(average + negative) > 1e-12:
            continue  # a stale entry: the pair's average changed since it was pushed
        if average < MERGE_AT:
            break
        members[a] += members.pop(b)
        for c, total in sums.pop(b).items():
            if c == a:
                continue
            sums[c].pop(b, None)
            sums[a][c] = sums[c][a] = sums[a].get(c, 0.0) + total
        sums[a].pop(b, None)
        for c, total in sums[a].items():
            first, second = min(a, c), max(a, c)
            heapq.heappush(heap, (-total / (len(members[a]) * len(members[c])), first, second))
    return sorted((sorted(group) for group in members.values()), key=lambda g: g[0])


def _similarities(
    indexes: Sequence[int], items: Sequence[Item], vectors: Sequence[Vector]
) -> dict[tuple[int, int], float]:
    """Similarity of each pair of articles that share one of their strongest terms."""
    shared = Counter(term for i in indexes for term in vectors[i])
    # A term only one article has links nothing; one most articles have, everything.
    most = _MOST_SHARING
    holders: dict[str, list[int]] = {}
    for i in indexes:
        linking = [t for t in vectors[i] if 2 <= shared[t] <= most]
        strongest = sorted(linking, key=lambda t: (-vectors[i][t], t))[:_TOP_TERMS]
        for term in strongest:
            holders.setdefault(term, []).append(i)
    shared_strong: Counter[tuple[int, int]] = Counter()
    for group in holders.values():
        for position, a in enumerate(group):
            shared_strong.update((a, b) for b in group[position + 1 :])
    links = {
        (a, b): _cosine(vectors[a], vectors[b]) * pair_day_fit(items[a].when, items[b].when)
        for (a, b), count in shared_strong.items()
        if count >= STRONG_SHARED
    }
    return _nearest(links, NEIGHBOURS)


def _nearest(links: dict[tuple[int, int], float], count: int) -> dict[tuple[int, int], float]:
    """The links that are among the `count` strongest of either article's: an article's
    weakest links, which merging never reaches, cost every merge near it."""
    by_article: dict[int, list[float]] = {}
    for (a, b), similarity in links.items():
        by_article.setdefault(a, []).append(similarity)
        by_article.setdefault(b, []).append(similarity)
    floor = {
        a: (sorted(found, reverse=True)[count - 1] if len(found) >= count else 0.0)
        for a, found in by_article.items()
    }
    return {(a, b): s for (a, b), s in links.items() if s > 0 and (s >= floor[a] or s >= floor[b])}


# -- What each event is called, when it happened, what it says --------------------------------


def _configured(
    anchor: Anchor,
    own_words: Vector,
    members: list[int],
    items: Sequence[Item],
    vectors: Sequence[Vector],
) -> FoundEvent:
    return FoundEvent(
        anchor=anchor.id,
        title=anchor.title,
        date=anchor.date,
        date_basis="set in briefing.toml",
        summary=_summary(members, items, vectors),
        articles=tuple(items[i].id for i in members),
        reasons=tuple(_reasons(members, items, vectors, own_words)),
        keys=tuple(items[i].identity for i in members),
    )


def _discovered(members: list[int], items: Sequence[Item], vectors: Sequence[Vector]) -> FoundEvent:
    day, basis = _event_day(members, items)
    return FoundEvent(
        anchor=None,
        title=_title(members, items, vectors),
        date=day,
        date_basis=basis,
        summary=_summary(members, items, vectors),
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


def _title(members: Sequence[int], items: Sequence[Item], vectors: Sequence[Vector]) -> str:
    """The most representative headline: the one most like the group's other articles."""
    centre = _centroid(vectors[i] for i in members)
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
    members: Sequence[int], items: Sequence[Item], vectors: Sequence[Vector]
) -> tuple[SummarySentence, ...]:
    """Up to three verbatim sentences from the articles' leads, the most central first, no two
    saying the same thing, each from another article where the group has several."""
    centre = _centroid(vectors[i] for i in members)
    candidates = []
    for i in members:
        for position, sentence in enumerate(_SENTENCE.split(items[i].lead.strip())[:3]):
            words = len(sentence.split())
            if 8 <= words <= 60 and not sentence.startswith(("#", "-", "*")):
                vector = _unit(Counter(terms(sentence)))
                candidates.append((-_cosine(vector, centre), position, i, sentence, vector))
    chosen: list[tuple[int, str, Vector]] = []
    wanted = min(SUMMARY_SENTENCES, max(1, len(members)))
    for _, _, i, sentence, vector in sorted(candidates, key=lambda c: c[:3]):
        if len(chosen) == wanted:
            break
        if any(
            _cosine(vector, other) > 0.4 or (j == i and len(members) > 1) for j, _, other in chosen
        ):
            continue
        chosen.append((i, sentence, vector))
    return tuple(SummarySentence(sentence, items[i].id) for i, sentence, _ in chosen)


def _reasons(
    members: Sequence[int],
    items: Sequence[Item],
    vectors: Sequence[Vector],
    configured: Vector | None = None,
) -> Iterable[tuple[str, str]]:
    """Why each article belongs: the strongest terms it shares with the event's other articles
    (and with its words in briefing.toml, for a configured one), and the day it describes."""
    holders = Counter(t for i in members for t in vectors[i])
    for i in members:
        shared = [
            t for t in vectors[i] if holders[t] > 1 or (configured is not None and t in configured)
        ]
        shared.sort(key=lambda t: (-vectors[i][t], t))
        words = _distinct(shared, MAX_TERMS_SHOWN)
        with_whom = _with_whom(len(members) - 1, configured is not None)
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


def _distinct(terms_by_weight: Sequence[str], most: int) -> list[str]:
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
