"""What each event is called, when it happened and what it says: its title, day and summary
sentences, and why each article belongs to it."""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence, Set
from itertools import chain

from generator.analysis.summary import POINTS_TO_PLAYER, dek_like, is_cut, quick_sentences
from generator.briefing.discover.headlines import _title
from generator.briefing.discover.likeness import _centroid, _cosine, _unit, _unit_cosine
from generator.briefing.discover.model import FoundEvent, Item, Sentence, Vector
from generator.briefing.discover.phrases import half_name
from generator.briefing.discover.sentences import (
    _recalls,
    _restates,
    leans_on_earlier,
    same_report,
    says_nothing_of_it,
    unfit_alone,
    without_dateline,
)
from generator.briefing.discover.text import spellings, terms
from generator.briefing.when import RECENT_DAYS, UNKNOWN_YEAR, published_only
from generator.models import DescribedDay, EventSpec, SummarySentence
from generator.wording import counted

SUMMARY_SENTENCES = 3
MAX_TERMS_SHOWN = 3  # in an article's reason


def _event(
    members: list[int],
    anchor_id: str | None,
    items: Sequence[Item],
    vectors: Sequence[Vector],
    anchors: Sequence[EventSpec],
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


def _configured(
    anchor: EventSpec,
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
    # The day in the placeholder year if no article gives one: find_events places it in the
    # briefing's year, once every event's day is known (with_briefing_year).
    day, basis = _day_named(members, items)
    centre = _centroid(vectors[i] for i in members)  # for its title and its summary
    return FoundEvent(
        anchor=None,
        title=_title(members, items, vectors, centre),
        date=day,
        date_basis=basis,
        # One article's lead is on its card: a summary of it would repeat it word for word.
        summary=_summary(members, items, centre, sentences) if len(members) > 1 else (),
        articles=tuple(items[i].id for i in members),
        reasons=tuple(_reasons(members, items, vectors)),
        keys=tuple(items[i].identity for i in members),
    )


def _event_day(members: Sequence[int], items: Sequence[Item]) -> tuple[datetime.date | None, str]:
    """The day the articles' words support most, and how it was found; None for a day named
    in a year no article gives."""
    day, described = _day_named(members, items)
    if day is not None and day.year == UNKNOWN_YEAR:  # a placeholder, never to be shown
        return None, f"{described}{NO_YEAR}"
    return day, described


# How the basis of a day named in no article's year ends (see with_briefing_year).
NO_YEAR = ", in a year no article gives"


def with_briefing_year(events: Sequence[FoundEvent]) -> list[FoundEvent]:
    """The events, one whose day no article gives a year for (its date the placeholder year)
    placed in the year of the briefing's other events when they all share one: a briefing
    covers weeks, and "10 September" beside events of September 2023 is of 2023. Without one
    shared year, no year is guessed: the event stays undated."""
    years = {e.date.year for e in events if e.date and e.date.year != UNKNOWN_YEAR}
    placed = []
    for event in events:
        if event.date is None or event.date.year != UNKNOWN_YEAR:
            placed.append(event)
        elif len(years) == 1 and (day := _in_year(event.date, next(iter(years)))):
            # Said apart from the count, after it: "…describe 1 April, in 2022, the year of
            # …" read as if the articles had given the year.
            basis = (
                f"{event.date_basis}; no article gives the year, so it is {day.year},"
                " the year of every other event"
            )
            placed.append(dataclasses.replace(event, date=day, date_basis=basis))
        else:
            placed.append(
                dataclasses.replace(event, date=None, date_basis=event.date_basis + NO_YEAR)
            )
    return placed


def _in_year(day: datetime.date, year: int) -> datetime.date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


def _day_named(members: Sequence[int], items: Sequence[Item]) -> tuple[datetime.date | None, str]:
    """The day the articles' words support most (in the placeholder year if no article gives
    one), and how it was found: a day an article's text names outweighs a day only its
    publication gives (a report of the afternoon before)."""
    named = _in_known_years([items[i].when.day for i in members])
    votes: Counter[datetime.date] = Counter()
    stated: Counter[datetime.date] = Counter()  # the votes of days the texts name
    articles: Counter[datetime.date] = Counter()
    earliest = _earliest_news(members, items)
    for i, day in zip((i for i in members if items[i].when.day is not None), named, strict=True):
        if earliest is not None and day.year != UNKNOWN_YEAR and day < earliest:
            continue  # an undated article's background ("the fire of March 3, 2019")
        if published_only(items[i].when):
            votes[day] += _PUBLISHED_ONLY
        else:
            weight = _AFTER_OPENING if items[i].when.after_opening else 1.0
            votes[day] += weight
            stated[day] += weight
        articles[day] += 1
    by_weekday = Counter(_weekdays_counted(members, items, named))
    for day, count in by_weekday.items():
        votes[day] += _WEEKDAY_COUNTED * count
        stated[day] += _WEEKDAY_COUNTED * count
    if not votes:
        return None, "no article gives a date"
    # A day a text names ("announced on Sunday") beats one only publications give, however
    # many: those were taken because their articles name none, and a report is filed the
    # morning after. The publications' days only break a tie between the named ones.
    day = max(votes, key=lambda d: (stated[d], votes[d], -d.toordinal()))
    if len(members) == 1:
        described = f"the article describes it: {items[members[0]].when.basis}"
    else:
        count = articles[day] + by_weekday[day]
        described = f"{count} of {len(members)} articles describe {day.day} {day:%B}"
        if by_weekday[day]:  # counted from the others' days: said, for an editor to check
            # Of the count, not beside it: "3 of 4 ..., 2 only by ..." would read as 5 of 4.
            described += f" ({by_weekday[day]} of them only by its weekday, {day:%A})"
        tied = sorted(d for d in votes if d != day and votes[d] == votes[day])
        if tied:  # said, so that an editor knows to check it
            others = _listing([f"{d.day} {d:%B}" for d in tied])
            described += f", as many as {others} (a tie: the earliest day is taken)"
    return day, described


# What a day weighs in the choice of an event's day: one the text names 1, one only the
# publication gives less (the news may be of the day before), and one an undated article names
# by its weekday ("on Wednesday"), counted from the other articles' days, in between.
_PUBLISHED_ONLY = 0.5
_WEEKDAY_COUNTED = 0.75
# A day neither the headline nor the lead's first sentence names ("It was on Sunday that the
# thieves struck", further down a report of Wednesday's hearing) may be what came before: it
# yields to a day an article's opening names.
_AFTER_OPENING = 0.75


def _weekdays_counted(
    members: Sequence[int], items: Sequence[Item], named: Sequence[datetime.date]
) -> list[datetime.date]:
    """The days the undated articles name by weekday alone, each the last such weekday on or
    before the latest day the group's dated articles give: a report looks back, not ahead."""
    known = [day for day in named if day.year != UNKNOWN_YEAR]
    if not known:
        return []
    latest = max(known)
    weekdays = [items[i].when.weekday for i in members if items[i].when.day is None]
    return [
        latest - datetime.timedelta((latest.weekday() - weekday) % 7)
        for weekday in weekdays
        if weekday is not None
    ]


def _earliest_news(members: Sequence[int], items: Sequence[Item]) -> datetime.date | None:
    """The earliest day the group's news may be of: RECENT_DAYS before its first publication
    date (when.py leaves out of a dated article every day before that). A day an undated
    article names further back is what came before, not the day its articles report."""
    published = [items[i].published for i in members if items[i].published is not None]
    return min(published) - datetime.timedelta(RECENT_DAYS) if published else None


def _in_known_years(days: Sequence[datetime.date | None]) -> list[datetime.date]:
    """The days given, each day named without its year ("Friday, July 14" in an undated
    article) placed in the year the other articles give that day, if they give one."""
    known = Counter(day for day in days if day is not None and day.year != UNKNOWN_YEAR)
    years: dict[tuple[int, int], datetime.date] = {}
    for day, _ in known.most_common():
        years.setdefault((day.month, day.day), day)
    return [
        years.get((day.month, day.day), day) if day.year == UNKNOWN_YEAR else day
        for day in days
        if day is not None
    ]


def _summary(
    members: Sequence[int],
    items: Sequence[Item],
    centre: Vector,
    sentences: dict[str, list[Sentence]] | None = None,
) -> tuple[SummarySentence, ...]:
    """Up to three verbatim sentences from the articles' leads, the most central (most like
    the articles' `centre`) first, no two saying the same thing, each from another article
    where the group has several. Sentences that open their article's lead come first: a
    lead's later sentences lean on its first ("The meeting was described as ..."); a
    standfirst's line (no final stop, or a headline's capitals) comes last."""
    chosen: list[tuple[int, str, Vector, Counter[str]]] = []
    wanted = min(SUMMARY_SENTENCES, max(1, len(members)))
    for *_, i, sentence, counts in _in_order_of_choice(members, items, centre, sentences):
        if chosen and (
            _recalls(sentence) or leans_on_earlier(sentence) or says_nothing_of_it(sentence)
        ):
            # Background, words that mean nothing without the sentence before them, or none of
            # the happening: only where no other sentence says what happened.
            continue
        vector = _unit(counts)  # made only for the sentences weighed against those chosen
        if any(
            _cosine(vector, other) > 0.4
            or _restates(counts, other_counts)
            or same_report(sentence, other_sentence, counts, other_counts)
            or (j == i and len(members) > 1)
            for j, other_sentence, other, other_counts in chosen
        ):
            continue
        chosen.append((i, sentence, vector, counts))
        if len(chosen) == wanted:
            break  # before the next is asked for: it may be a lead's later sentence, weighed
    return tuple(SummarySentence(sentence, items[i].id) for i, sentence, *_ in chosen)


# A sentence that may summarise an event: (-its centrality, its place in its lead, its
# article's index, the sentence, its terms counted).
_Candidate = tuple[float, int, int, str, Counter[str]]


def _in_order_of_choice(
    members: Sequence[int],
    items: Sequence[Item],
    centre: Vector,
    kept: dict[str, list[Sentence]] | None,
) -> Iterator[_Candidate]:
    """The sentences of the articles' leads in the order a summary takes them: those that
    open a lead, the most central first, then the leads' later ones, then the standfirsts'
    lines (dek_like) put off from both. Lazily: a summary wants three, which the opening
    sentences nearly always give, so that a lead's later sentences are seldom weighed."""
    put_off = []
    for opening in (True, False):
        candidates = [
            (-_unit_cosine(counts, centre), position, i, sentence, counts)
            for i in members
            for position, sentence, counts in _lead_sentences(items[i], kept, opening)
        ]
        for candidate in sorted(candidates, key=lambda c: c[:3]):  # (place, index): unique
            sentence = candidate[3]
            if dek_like(sentence) or unfit_alone(sentence):
                put_off.append(candidate)
            else:
                yield candidate
    yield from put_off


def summarised(items: Sequence[Item]) -> tuple[SummarySentence, ...]:
    """The summary of articles an editor grouped by hand (pinned to their event), chosen as
    a discovered event's is, the most central measured against their own leads."""
    total: Counter[str] = Counter()
    sentences: dict[str, list[Sentence]] = {}  # each lead split and weighed once
    for item in items:
        for _, _, counts in _lead_sentences(item, sentences):
            total.update(counts)
    return _summary(range(len(items)), items, _unit(total), sentences) if total else ()


def _lead_sentences(
    item: Item, kept: dict[str, list[Sentence]] | None, opening: bool | None = None
) -> list[Sentence]:
    """The sentences of the item's lead that may summarise its event, taken from `kept` (by
    identity) if it holds them, and left there if given: all of them, or (`opening`) only the
    one that opens the lead, or only the others."""
    if kept is None:
        return _weighed(_lead_pieces(item.lead, opening), opening)
    found = kept.get(item.identity)
    if found is None:
        found = kept[item.identity] = _weighed(_lead_pieces(item.lead), None)
    return [s for s in found if opening is None or (s[0] == 0) == opening]


def _lead_pieces(lead: str, opening: bool | None = None) -> list[tuple[int, str]]:
    """The sentences of a lead that may summarise, by their place in it, without a dateline:
    all of them, or (`opening`) only the first or only the others, left out before they are
    read (a summary nearly always asks for the first alone). A piece opening in lower case is
    what a cut left of a sentence, not one."""
    sentences = [
        (position, line)
        for position, line in enumerate(_lines_of(quick_sentences(lead))[:3])
        if opening is None or (position == 0) == opening
    ]
    return [
        (position, sentence)
        for position, sentence in ((p, without_dateline(s)) for p, s in sentences)
        if 8 <= len(sentence.split()) <= 60
        and not sentence.startswith(("#", "-", "*"))
        and not is_cut(sentence)
        and not _points_to_player(sentence)
    ]


# A credit a site glues after its own sentence: "... player above. (KXYZ News)".
_TRAILING_CREDIT = re.compile(r"\s*\([^()]{1,60}\)\s*$")


def _points_to_player(sentence: str) -> bool:
    """Whether the sentence sends the reader to the page's player or clip ("Watch live
    coverage in the video player above."), with the site's credit after it or not: the site's
    words, never the story's, and no summary of an event."""
    return bool(POINTS_TO_PLAYER.match(_TRAILING_CREDIT.sub("", sentence)))


def _lines_of(sentences: Iterable[str]) -> list[str]:
    """The sentences, split where a stop is missing: at a line break, or before a capitalised
    pronoun straight after a word ("... on Monday, October 31 They were received ..."), which
    no sentence writes mid-way."""
    return [
        piece.strip()
        for sentence in sentences
        for piece in (_MISSING_STOP.split(sentence) if _may_miss_a_stop(sentence) else (sentence,))
        if piece.strip()
    ]


_MISSING_STOP = re.compile(r"\s*\n\s*|(?<=[a-z0-9]) (?=(?:They|He|She|We) [a-z])")
# What _MISSING_STOP needs to match: a line break, or one of its pronouns after a space.
_MISSING_STOP_NEEDS = ("\n", " They ", " He ", " She ", " We ")


def _may_miss_a_stop(sentence: str) -> bool:
    """Whether _MISSING_STOP may split the sentence: most have none of what it needs, and
    finding that out with plain substrings is much cheaper than its search (thousands of
    leads' sentences)."""
    return any(needed in sentence for needed in _MISSING_STOP_NEEDS)


def _weighed(pieces: Iterable[tuple[int, str]], opening: bool | None) -> list[Sentence]:
    """The pieces with their terms counted: all, or (`opening`) only the lead's first or only
    the others."""
    return [
        (position, sentence, Counter(terms(sentence)))
        for position, sentence in pieces
        if opening is None or (position == 0) == opening
    ]


def _reasons(
    members: Sequence[int],
    items: Sequence[Item],
    vectors: Sequence[Vector],
    configured: Vector | None = None,
) -> Iterable[tuple[str, str]]:
    """Why each article belongs: the strongest terms it shares with the event's other articles
    (and with its words in briefing.toml, for a configured one), and the day it describes."""
    holders = Counter(chain.from_iterable(vectors[i] for i in members))
    # Only a term held by two articles or configured is shown, so only those are spelled.
    held = {term for term, count in holders.items() if count > 1}
    wanted = held.union(configured or ())
    written = _as_written((items[i] for i in members), wanted)
    leads = [items[i].lead for i in members]
    texts = [*leads, *(items[i].title for i in members)]
    halves: dict[str, bool] = {}  # asked of the few terms a reason may show, each once

    def shared(term: str) -> bool:
        if len(term) < _SHOWN_TERM_LENGTH:
            return False  # "st", "ap": what is left of "St." or "(AP)" says nothing to a reader
        if _lone_possessive(term):
            return False  # 'Titan's': an owner without what it owns; its name is the term
        if not (holders[term] > 1 or (configured is not None and term in configured)):
            return False
        spelling = written.get(term, "")
        if "," in spelling:
            return False  # words written across a comma: no phrase
        if spelling and term not in halves:
            halves[term] = half_name(spelling, leads) or _sentence_opener(term, spelling, texts)
        return not halves.get(term)  # 'House' of "Grey House": half a name

    with_whom = _with_whom(len(members) - 1, configured is not None)
    for i in members:
        # A vector lists its terms strongest first: the first few shared make the reason, the
        # telling before the weak ones.
        telling = _telling_first(filter(shared, vectors[i]), written)
        words = _distinct(telling, MAX_TERMS_SHOWN)
        if words:
            quoted = _listing([f"\u2018{written.get(w, w)}\u2019" for w in words])
            what = f"shares {quoted} with {with_whom}"
        elif len(members) > 1 or configured:
            what = f"is most like {with_whom}"
        else:
            what = "no other article reports the same happening"
        yield items[i].id, f"{what}; {describes(items[i].when)}"


_SHOWN_TERM_LENGTH = 3


def _sentence_opener(term: str, spelling: str, texts: Sequence[str]) -> bool:
    """Whether a common word is spelled with a capital only because sentences open with it
    ('Earlier this month', 'Roughly half'): shared, it tells nothing of the news, and its
    capital makes it read as a name."""
    if " " in term or not (spelling[:1].isupper() and spelling[1:].islower()):
        return False  # 'PAUL' of "ST. PAUL (AP)": capitals throughout are no sentence's opening
    if any(_inside_sentence(spelling, text) for text in texts):
        return False  # a capital mid-sentence: a name's ('Twitter')
    # Never so inside a sentence: a plain word only if the texts also write it in lower case
    # there. Being a common word is not enough: 'Apple', 'Target' or 'Ford' may open every
    # lead and still be the company the news is about.
    lower = spelling.lower()
    return any(_inside_sentence(lower, text) for text in texts)


def _inside_sentence(word: str, text: str) -> bool:
    """Whether the text writes the word after a word, a comma or a semicolon and a space (not
    after a stop, a quotation mark or a line break). Plain finds: asked of a few terms in
    every event's leads, a pattern each would cost a build more."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (
            at >= 2
            and text[at - 1] == " "
            and (text[at - 2].isalnum() or text[at - 2] in ",;'\u2019")
            and not text[end : end + 1].isalnum()
        ):
            return True
        at = text.find(word, end)
    return False


def _lone_possessive(term: str) -> bool:
    """Whether a term is one word in the possessive ("titan's"), which reads as a cut phrase."""
    return " " not in term and term.endswith(("'s", "\u2019s"))


# Titles before a name: 'sir' of "Sir Keir Starmer" tells nothing the name does not.
_HONORIFICS = frozenset(["sir", "dame", "lord", "lady"])


def _as_written(members: Iterable[Item], wanted: Set[str]) -> dict[str, str]:
    """Each `wanted` term as the articles' leads write it most often, else as their headlines
    do. A headline in Title Case says nothing of how a word is spelled ('Host Trump', 'Sign'):
    its terms stay in lower case unless a lead or another headline writes them."""
    members = list(members)
    written = spellings((item.lead for item in members), wanted)
    titles = [item.title for item in members if not _title_case(item.title)]
    unspelled = wanted - written.keys()  # the headlines' spellings only fill in
    if unspelled:
        written.update(spellings(titles, unspelled))
    return written


def _title_case(headline: str) -> bool:
    """Whether the headline capitalises (nearly) every word of four letters or more."""
    long_words = [w for w in headline.split() if len(w) > 3 and w[:1].isalpha()]
    capitalised = sum(w[:1].isupper() for w in long_words)
    return len(long_words) >= 3 and capitalised >= 0.8 * len(long_words)


def _telling_first(shared: Iterable[str], written: Mapping[str, str]) -> Iterator[str]:
    """The shared terms, those that tell a reader most first: a name or a phrase before a
    common word the text writes in lower case ('take', 'brief') or a title ('sir'). Only
    the reason shown changes: the grouping weighs every term as before. Lazily: a reason
    shows the first few, and an article shares dozens."""
    weak = []
    for term in shared:
        if _weak(term, written.get(term, term)):
            weak.append(term)
        else:
            yield term
    yield from weak


def _weak(term: str, spelling: str) -> bool:
    """A title, or one word the text writes in lower case: a common word ('take'), or a verb or
    a noun a sentence lends the story ('dug', 'passes'), which tells less than a name or a
    phrase ('Marrakesh', 'death toll')."""
    if " " in term:
        return False
    return term in _HONORIFICS or not spelling[:1].isupper()


def _with_whom(others: int, configured: bool) -> str:
    articles = counted(others, "other article") if others else ""
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


def assignments(events: Sequence[FoundEvent]) -> Mapping[str, int]:
    """Each article's event, by its position in `events`."""
    return {article: n for n, event in enumerate(events) for article in event.articles}
