"""Group the articles by event: pinned by front matter, joined to a configured event, or found.

Each article ends up in one event with a reason a reader can check: the front matter's pin,
or what discover/ found (the terms it shares with the event's other articles, the day it
describes). Articles that fit no configured event form discovered events of their own, unless
briefing.toml says `discover = false`: then they are "Other coverage".
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from generator.briefing.discover import FoundEvent, Grouping, Item, Weights, find_events
from generator.briefing.discover.events import summarised
from generator.briefing.discover.headlines import PHRASE_OPENERS, TAKES_INFINITIVE
from generator.briefing.discover.text import is_function_word
from generator.fingerprints import described
from generator.models import Article, BriefingConfig, EventGroup, EventSpec
from generator.slugs import short_text, unique_slugs

OTHER_ID = "other"
OTHER_TITLE = "Other coverage"
OTHER_SUMMARY = "Articles that fit none of the briefing's events."


def group_by_event(
    articles: Sequence[Article],
    config: BriefingConfig,
    previous: Grouping | None = None,
    weights: Weights | None = None,
    known: dict[str, Article] | None = None,
) -> tuple[tuple[EventGroup, ...], Grouping]:
    """Every event in date order (undated last) with its articles, then other coverage if it
    has any; the articles come back with their event and the reason set. With the grouping
    the last build found (`previous`), only new and changed articles are placed afresh; the
    grouping found now is returned for the next build. `weights` are the articles' weighed
    terms, kept from the last build (see discover.Weights); `known`, the articles an earlier
    call placed, by their digests (watch mode keeps them), are reused where they come out the
    same, and it is left holding this call's."""
    place = _Placing(known if known is not None else {})
    pins = _pins(articles, config)
    # Pinned by the front matter: out of discovery. Listed in briefing.toml: in it, placed in
    # their event there, so that the event's summary and reasons are chosen as before pasting.
    pinned = [a for a in articles if a.requested_event]
    free = [a for a in articles if not a.requested_event]
    listed = {a.id: pins[a.id][0] for a in free if a.id in pins}
    grouping = find_events([_item(a) for a in free], config.events, previous, weights, listed)
    found = grouping.events
    reasons = {article: why for event in found for article, why in event.reasons}
    reasons.update((article, pins[article][1]) for article in listed)
    configured = {e.anchor: e for e in found if e.anchor is not None}
    discovered = [e for e in found if e.anchor is None]
    by_id = {a.id: a for a in free}
    groups = [
        _configured(spec, configured.get(spec.id), pinned, pins, by_id, reasons, place)
        for spec in config.events
    ]
    other = [place(a, None, pins[a.id][1]) for a in pinned if pins[a.id][0] == OTHER_ID]
    ids = {e.articles[0]: e.anchor for e in found if e.anchor is not None}
    if config.discover:
        taken = {e.id for e in config.events}
        made = _discovered(discovered, by_id, reasons, taken, place)
        ids.update((e.articles[0], g.id) for e, g in zip(discovered, made, strict=True))
        groups += made
    else:
        unfit = "fits none of the briefing's events (discover = false in briefing.toml)"
        other += [place(by_id[i], None, unfit) for e in discovered for i in e.articles]
    groups = _undated_as_found(sorted(groups, key=_in_date_order), found, ids)
    if other:
        groups.append(
            EventGroup(
                OTHER_ID,
                OTHER_TITLE,
                None,
                OTHER_SUMMARY,
                event_path(OTHER_ID),
                _in_reading_order(other),
            )
        )
    place.done()
    return tuple(groups), grouping


def event_path(event_id: str) -> str:
    """The page of an event group, relative to the site root."""
    return f"events/{event_id}.html"


def _item(article: Article) -> Item:
    return Item(
        article.id,
        article.title,
        article.lead,
        article.terms,
        article.published,
        article.when,
        # It changes with the article, not with its event nor with another article's keywords
        # (their spellings are the briefing's: a deleted article's could change them all).
        key=article.discovery_key or article.digest,
        outlet=article.outlet,
    )


def _configured(
    spec: EventSpec,
    found: FoundEvent | None,
    pinned: Sequence[Article],
    pins: dict[str, tuple[str, str]],
    by_id: dict[str, Article],
    reasons: dict[str, str],
    place: _Placing,
) -> EventGroup:
    members = [place(by_id[i], spec.id, reasons[i]) for i in (found.articles if found else ())]
    own = [a for a in pinned if pins[a.id][0] == spec.id]
    members += [place(a, spec.id, pins[a.id][1]) for a in own]
    # An event configured without a summary gets one chosen from its articles: those placed
    # by discovery, or else those pinned to it.
    chosen = found.summary if found else summarised([_item(a) for a in own])
    return EventGroup(
        id=spec.id,
        title=spec.title,
        date=spec.date,
        summary=spec.summary,
        path=event_path(spec.id),
        articles=_in_reading_order(members),
        date_basis="set in briefing.toml",
        summary_sentences=() if spec.summary else chosen,
    )


def _pins(articles: Sequence[Article], config: BriefingConfig) -> dict[str, tuple[str, str]]:
    """The event each pinned article is in, and why, by article id: its front matter's
    `event:` first, then the configured event whose `articles` list names its file."""
    listed = {file: spec.id for spec in config.events for file in spec.articles}
    pins = {}
    for article in articles:
        if article.requested_event:
            event = article.requested_event
            pins[article.id] = (event, f"set in the front matter (event: {event})")
        elif article.file in listed:
            pins[article.id] = (listed[article.file], "listed under the event in briefing.toml")
    return pins


def unlisted_files(config: BriefingConfig, files: Iterable[str]) -> list[tuple[str, str]]:
    """(event id, file) for each file an event lists that is none of the briefing's articles."""
    known = set(files)
    return [(e.id, file) for e in config.events for file in e.articles if file not in known]


def _discovered(
    found: Sequence[FoundEvent],
    by_id: dict[str, Article],
    reasons: dict[str, str],
    taken: set[str],
    place: _Placing,
) -> list[EventGroup]:
    """The discovered events, each with a slug of its title's opening for an id (never a
    configured one): an editor pastes it into briefing.toml, and it names the event's page."""
    keys = {event.articles[0]: event for event in found}  # an article is in one event only
    shared = _shared_words([event.title for event in found])
    titles = _without_story_labels(found, by_id)
    words = ((k, _telling_id_words(titles[k], shared)) for k in keys)
    slugs = unique_slugs(words, fallback="event")
    for key, slug in slugs.items():
        if slug in taken or slug == OTHER_ID:
            slugs[key] = f"{slug}-{described(key)[:6]}"
    groups = []
    for key, event in keys.items():
        event_id = slugs[key]
        members = [place(by_id[i], event_id, reasons[i]) for i in event.articles]
        groups.append(
            EventGroup(
                id=event_id,
                title=event.title,
                date=event.date,
                summary="",
                path=event_path(event_id),
                articles=_in_reading_order(members),
                discovered=True,
                date_basis=event.date_basis,
                summary_sentences=event.summary,
            )
        )
    return groups


# Fewer event titles than this say nothing of which words every one of them shares.
_FEWEST_TITLES_SHARING = 3
_ROMAN_NUMERAL = re.compile(r"(?i)^[ivx]+$")  # "III" of "King Charles III": part of the name


def _title_words(title: str) -> list[str]:
    """The title's words in lower case, without a possessive's "s" ("Trump’s": "trump")."""
    return re.findall(r"[a-z0-9]+", re.sub(r"['’]s\b", "", title.lower()))


def _shared_words(titles: Sequence[str]) -> frozenset[str]:
    """The words more than half the event titles hold: the story's own name ("King Charles"
    in every event of his visit), which tells no event from another."""
    if len(titles) < _FEWEST_TITLES_SHARING:
        return frozenset()
    counts = Counter(word for title in titles for word in set(_title_words(title)))
    return frozenset(word for word, n in counts.items() if n * 2 > len(titles))


# A label before a headline's colon: "Francis Scott Key Bridge collapse: divers recover ...".
_LABEL = re.compile(r"^(?P<label>[^:]{3,60}):\s+(?P<rest>(?:\S+\s+){2,}\S+)$")
# A longer opening before a colon is the headline's own clause; a name alone is a speaker's
# ("Starmer: change starts now").
_LABEL_WORDS = range(2, 7)
# A year in a label ("Summit 2023: ...") tells no event of the story from another.
_YEAR = re.compile(r"(?:19|20)\d\d")
# Fewer events than this say nothing of which words the whole story's articles use.
_FEWEST_EVENTS_FOR_LABELS = 3


def _without_story_labels(
    found: Sequence[FoundEvent], by_id: Mapping[str, Article]
) -> dict[str, str]:
    """Each event's title (by its first article) for its id, without a label before its
    colon that names the whole story: one of two words or more, whose every word the articles
    of at least half of the other events use (a year aside). "Key Bridge collapse: divers
    recover 2 bodies" is the recovery's, and its id says so; the label would name every event
    of the briefing."""
    titles = {event.articles[0]: event.title for event in found}
    labelled = {
        event.articles[0]: match
        for event in found
        if (match := _LABEL.match(event.title))
        and len(match["label"].split()) in _LABEL_WORDS
        and not match["label"].rstrip().endswith(("'", "’", '"', "”"))
    }
    if len(found) < _FEWEST_EVENTS_FOR_LABELS or not labelled:
        return titles
    words = {key: _label_words(match["label"]) for key, match in labelled.items()}
    used = _words_used(found, by_id, set().union(*words.values()))
    events_using = Counter(word for event_words in used.values() for word in event_words)
    others = len(found) - 1
    for key, match in labelled.items():
        # The events other than this one that use each word: all, less this event if it does.
        if words[key] and all(
            2 * (events_using[w] - (w in used[key])) >= others for w in words[key]
        ):
            titles[key] = match["rest"]
    return titles


def _label_words(label: str) -> set[str]:
    """A label's words that could name a story: no function word, no year."""
    return {w for w in _title_words(label) if not is_function_word(w) and not _YEAR.fullmatch(w)}


def _words_used(
    found: Sequence[FoundEvent], by_id: Mapping[str, Article], words: set[str]
) -> dict[str, set[str]]:
    """Which of the words each event's articles use in their terms (headline, lead and
    opening), by the event's first article: one pass over every article, whatever the number
    of labels."""
    return {
        event.articles[0]: {
            w for a in event.articles for w in words.intersection(by_id[a].terms[0])
        }
        for event in found
    }


def _telling_id_words(title: str, shared: frozenset[str]) -> str:
    """The id's words: the title's opening, or, when that opening is only the words every
    event shares ("King Charles III" of "King Charles III to make Kenya state visit"), the
    title's words after them, which tell this event from the others."""
    opening = _id_words(title, shared)
    if not all(_says_nothing(word, shared) for word in _title_words(opening)):
        return opening
    words = title.split()
    while words and all(_says_nothing(w, shared) for w in _title_words(words[0])):
        words.pop(0)  # a shared name, its numeral, and the punctuation or "to" after it
    rest = _id_words(" ".join(words), shared)
    return rest if len(rest.split()) >= 2 else opening


def _says_nothing(word: str, shared: frozenset[str]) -> bool:
    return word in shared or bool(_ROMAN_NUMERAL.match(word)) or is_function_word(word)


def _id_words(title: str, shared: frozenset[str] = frozenset()) -> str:
    """The words of a discovered event's id: its title's opening, without the function words
    it would end on ("King Charles to host Trump", not "... host Trump for"), and when the
    opening cuts a phrase, before the phrase ("Hurricane Milton strengthens", not "...
    strengthens into a Category" of "... into a Category 5")."""
    words = short_text(title).split()
    clause = title.split()
    if len(words) < len(clause) and clause[: len(words)] == words:
        words = _before_cut_phrase(words, clause[len(words) :], shared)
    while len(words) > 1 and (is_function_word(words[-1]) or _possessive(words[-1])):
        if _particle(words):
            break  # "... to step down": the verb's own word, not a phrase left open
        words.pop()  # "... Charles and Camilla's" cut before its noun: "... Charles"
    return " ".join(words)


# Words that finish a verb ("step down", "shakes up", "sets off") rather than open a phrase.
_PARTICLES = frozenset(["down", "up", "out", "off", "back", "away"])


def _particle(words: Sequence[str]) -> bool:
    """Whether the last word is a verb's particle: one of _PARTICLES after a word that says
    something (not after "the" or "to")."""
    return len(words) > 1 and words[-1].lower() in _PARTICLES and not is_function_word(words[-2])


def _possessive(word: str) -> bool:
    """Whether the word is a possessive ("Camilla's"), which names what follows it: an id
    ending on one cuts its phrase."""
    return bool(re.search(r"\w['’]s$", word))


def _before_cut_phrase(words: list[str], rest: list[str], shared: frozenset[str]) -> list[str]:
    """The opening `words` of a title whose `rest` follows, ending where a phrase does: as
    they are when the rest opens a phrase ("... names the new ferry | after a poet"), else
    before the last phrase they open ("Judge sentences Trump", not "... to an unconditional"),
    unless that leaves fewer than two words that tell the event (not `shared` by every event's
    title): then, as where they open none, one word on if that ends the phrase ("King Charles
    waves as he boards plane", not "King Charles waves"; "Queen Camilla's state banquet")."""
    if _opens_phrase(rest, 0):
        return words
    if (named := _name_after_determiner(words, rest)) and not _cut_points(words, shared):
        return words + named  # "... to make the | African Union a member": "... the African Union"
    # The next word ends the phrase the last one opened (a last "next" or "for" goes anyway).
    one_on = (len(rest) == 1 or _opens_phrase(rest, 1)) and not is_function_word(words[-1])
    openers = _cut_points(words, shared)
    if not openers:
        return words + rest[:1] if one_on else words
    cut = words[: openers[-1]]
    telling = [w for w in _title_words(" ".join(cut)) if not _says_nothing(w, shared)]
    return words + rest[:1] if len(telling) < 2 and one_on else cut


def _cut_points(words: Sequence[str], shared: frozenset[str]) -> list[int]:
    """Where the words may be cut before a phrase they open (from the fourth word on)."""
    return [
        n
        for n in range(3, len(words))
        if _opens_phrase(words, n) and not _predicate(words, n, shared)
    ]


_DETERMINERS = frozenset(["the", "a", "an"])
# How many capitalised words after a last "the" an id takes: a name ("the African Union").
_NAME_WORDS = 3


def _name_after_determiner(words: Sequence[str], rest: Sequence[str]) -> list[str]:
    """The capitalised words of a name that `rest` opens when `words` end on "the" or "a":
    the id would otherwise end on an open phrase ("agreed to make the")."""
    if words[-1].lower() not in _DETERMINERS:
        return []
    name: list[str] = []
    for word in rest[:_NAME_WORDS]:
        if not word[:1].isupper():
            break
        name.append(word)
        if word[-1:] in ",;:":
            break  # the name's clause ends with it
    return name


def _predicate(words: Sequence[str], n: int, shared: frozenset[str]) -> bool:
    """Whether words[n] is the "to" of a headline's future after its subject, a run of
    capitalised words ("Boeing CEO Dave Calhoun | to step down"): cut there, the id names
    who, and not what happens. (A subject every event's title shares, "Queen Ada III", is
    skipped instead: see _telling_id_words.)"""
    subject = words[:n]
    if words[n].lower() != "to" or not all(w[:1].isupper() or w[:1].isdigit() for w in subject):
        return False
    return not all(_says_nothing(w, shared) for w in _title_words(" ".join(subject)))


def _opens_phrase(words: Sequence[str], n: int) -> bool:
    """Whether words[n] opens a phrase: a preposition or conjunction, but not an "and" between
    two names ("King Charles and Camilla's visit" is one phrase)."""
    word = words[n].lower().strip(",;:")
    if word not in PHRASE_OPENERS:
        return False
    if word == "to" and n > 0 and TAKES_INFINITIVE.match(words[n - 1]):
        return False  # "has agreed to make": the verb's own "to", the predicate goes on
    between_names = word == "and" and 0 < n < len(words) - 1
    return not (between_names and words[n - 1][:1].isupper() and words[n + 1][:1].isupper())


class _Placing:
    """Places articles in their events, taking those an earlier call placed from `known`."""

    def __init__(self, known: dict[str, Article]) -> None:
        self.known = known
        self.placed: dict[str, Article] = {}

    def __call__(self, article: Article, event: str | None, reason: str) -> Article:
        """The article in its event, with a digest that covers the event and the reason (both
        show on its page)."""
        digest = described(f"{article.digest}\0{event}\0{reason}")
        placed = self.known.get(digest)
        if placed is None:
            placed = dataclasses.replace(article, event=event, event_reason=reason, digest=digest)
        self.placed[digest] = placed
        return placed

    def done(self) -> None:
        """Leave `known` holding this call's articles."""
        self.known.clear()
        self.known.update(self.placed)


def _undated_as_found(
    groups: list[EventGroup], found: Sequence[FoundEvent], ids: dict[str, str | None]
) -> list[EventGroup]:
    """The groups in date order, each undated one that discovery listed after the dated event
    its articles are most like (FoundEvent.follows) moved to follow that event's group; the
    other undated ones stay last, where the date order leaves them."""
    undated = {g.id for g in groups if g.date is None}
    follows = {
        event_id: followed_id
        for event in found
        if event.follows
        and (event_id := ids.get(event.articles[0])) in undated
        and (followed_id := ids.get(event.follows))
    }
    ordered = [g for g in groups if g.id not in follows]
    moved = {g.id: g for g in groups if g.id in follows}
    for event_id, followed_id in follows.items():  # in discovery's order, one after another
        beside = {followed_id, *(e for e, f in follows.items() if f == followed_id)}
        place = max((n for n, g in enumerate(ordered) if g.id in beside), default=None)
        ordered.insert(len(ordered) if place is None else place + 1, moved[event_id])
    return ordered


def _in_date_order(group: EventGroup) -> tuple[object, ...]:
    """Events by their day, undated last; two of one day in the order their news first came
    out (their earliest article): a morning's welcome is reported before the evening's banquet.
    The id keeps the order stable."""
    published = [a.published for a in group.articles if a.published is not None]
    first = min(published, default=None)
    return (group.date is None, group.date or datetime.date.min, first is None, first, group.id)


def _in_reading_order(articles: Iterable[Article]) -> tuple[Article, ...]:
    # Oldest first, undated last; title then id keep the order stable.
    return tuple(
        sorted(
            articles,
            key=lambda a: (
                a.published is None,
                a.published or datetime.date.min,
                a.title.casefold(),
                a.id,
            ),
        )
    )
