"""What a discovered event is called: the most representative of its articles' headlines,
without a kicker, a section's or a place's label or a site's name, cut (if long) where a
phrase ends."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import chain

from generator.analysis.quotes.vocabulary import PLACES, word_set
from generator.analysis.summary import quick_sentences
from generator.briefing.discover.likeness import _centroid, _cosine, _cosine_of_part, _sum
from generator.briefing.discover.model import Item, Vector
from generator.briefing.discover.text import is_function_word, terms
from generator.patterns import lazy_compile


def _title(
    members: Sequence[int], items: Sequence[Item], vectors: Sequence[Vector], centre: Vector
) -> str:
    """The most representative headline: the one most like the group's other articles (their
    `centre`), less so for each of its words no other article holds (a rewrite's or a tabloid's
    own verb: "Mayor Kisses Ferry Memorial" beside four that visit it). A video's or a
    gallery's ("Watch the moment ...") or one that asks ("What will ... say?") comes after any
    that reports the happening. The few that lead are weighed again against the others with
    their own copies left out: two copies of one story (a republished wire, a machine
    rewrite of it) are each other's best support, and would call the event by the copied
    outlet's wording, or the rewrite's, rather than the one the coverage shares."""
    to_centre = {i: _cosine_of_part(vectors[i], centre) for i in members}
    shared = _shared_headlines(members, items)
    words = _HeadlineWords(members, items)
    ranked = sorted(
        ((_reports(items[i].title), items[i].title in shared), to_centre[i], -i) for i in members
    )
    leading: list[tuple[tuple[bool, bool], float, int]] = []
    for reports, likeness, minus_i in reversed(ranked):
        if len(leading) == _LEADING_HEADLINES and (reports, likeness) < leading[-1][:2]:
            break  # the share of shared words only lowers a likeness: none after can lead
        scored = (reports, likeness * words.share_held(-minus_i, [-minus_i]), minus_i)
        leading = sorted([*leading, scored], reverse=True)[:_LEADING_HEADLINES]
    if len(members) > 2:
        whole = _Whole(members, vectors, to_centre)
        leading = [
            (reports, _likeness_apart_from_copies(-minus_i, whole, words), minus_i)
            for reports, _, minus_i in leading
        ]
    chosen = items[-max(leading)[2]]
    return short_headline(chosen.title) or _first_sentence(chosen.lead)


def _reports(title: str) -> bool:
    """Whether a headline reports the happening: not a video's or a gallery's, not one that
    asks, not one that opens with a quotation ("'We are ready': port reopens"), which
    tells what someone said of the happening, not the happening, and not one cut short."""
    return not (
        _MEDIA_HEADLINE.match(title)
        or _ASKS.search(title)
        or _OPENS_QUOTING.match(title)
        or _ENDS_ON_OPEN_INFINITIVE.search(title)
        or _CUT_SHORT.search(title)
    )


# A headline that ends on an ellipsis: one taken from a lead and cut at a length ("...
# as a Category 3 storm with 120…"), whose last words are a phrase's first.
_CUT_SHORT = lazy_compile(r"\s*(?:\u2026|\.\.\.)\s*$")


# A verb in the past ("agreed", "decided"), or one of the verbs of intent a headline puts in
# the present ("vows", "resolve", "plans"), whose "to" opens its infinitive, not a phrase.
TAKES_INFINITIVE = lazy_compile(
    r"(?-i:[a-z]{2,}ed|(?:agree|vow|resolve|plan|pledge|promise|decide|aim|seek|want|refuse|"
    r"threaten|offer|opt)s?)$"
)
# A headline that ends on the infinitive of a verb of intent ("Leaders resolve to deepen"),
# which most often takes an object: a page title made from a web address cut at a word
# count, where the reports' headlines say what is deepened. Ranked after those that do not.
_ENDS_ON_OPEN_INFINITIVE = lazy_compile(
    r"\b(?:vow|resolve|pledge|promise|seek|aim)s?\s+to\s+(?-i:[a-z]+)\s*$"
)


# A headline that opens with a quotation of two words or more, closed: "‘We are ready’: port
# reopens", "‘My heart is with the mission,’ says Modi" (not a quoted name: "'Oppenheimer'
# wins"; not an elision: "'90s star dies", "'Tis the season").
_OPENS_QUOTING = lazy_compile(
    r"\s*[\"“‘'](?:\w['’]\w|[^\s\"“”‘’'])+\s(?:\w['’]\w|[^\"“”‘’'])*?[\"”’'](?!\w)"
)


def _shared_headlines(members: Sequence[int], items: Sequence[Item]) -> set[str]:
    """The headlines that two articles of the group carry word for word, from two known
    outlets: a headline two newsrooms printed (a wire's, most often), not one page's rewrite
    or one pieced together from a web address. (Pages of no known outlet may be one rewrite
    site's copies.) It leads even where those two are copies of each other, as a wire's are:
    two sites sharing one tabloid's headline would name the event by it, a far rarer case
    than a wire headline beside each newsroom's own."""
    outlets: dict[str, set[str]] = {}
    for i in members:
        if items[i].outlet:
            outlets.setdefault(_plain_headline(items[i].title), set()).add(
                items[i].outlet.casefold()
            )
    return {
        items[i].title for i in members if len(outlets.get(_plain_headline(items[i].title), ())) > 1
    }


def _plain_headline(title: str) -> str:
    return " ".join(title.split()).casefold()


# Headlines weighed again with their copies left out: the rest are far behind, and each one
# weighed so costs a cosine with every article of the event.
_LEADING_HEADLINES = 5
# Two articles whose words are this alike are one story twice: a copy, or a rewrite of it
# (reports of one happening by different newsrooms stay far below).
COPY_LIKENESS = 0.6


class _Whole:
    """An event's articles, their vectors and each one's cosine with the event's centre (the
    unit vector of their sum S): enough to weigh any of them against all the others but a few
    without summing those others' vectors again."""

    def __init__(
        self, members: Sequence[int], vectors: Sequence[Vector], to_centre: Mapping[int, float]
    ) -> None:
        self.members, self.vectors, self.to_centre = members, vectors, to_centre
        # |S| = S.S / |S| = the sum of each vector's dot with S / |S| = the sum of each
        # vector's cosine with the centre.
        self.length = math.fsum(to_centre.values())

    def cosine_with_all_but(
        self, i: int, left_out: Sequence[int], to_i: Mapping[int, float]
    ) -> float:
        """Article i's cosine with the centre of the members other than `left_out`, given
        its cosine `to_i` with each of the others.
        When the few are left out, |S - L|^2 = |S|^2 - 2 S.L + |L|^2, S.L read from the
        cosines with the centre: only the left-out vectors are summed. When few are kept, or
        the subtraction would leave too little to trust, the kept ones are summed as usual."""
        vectors = self.vectors
        leaving = set(left_out)
        rest = [j for j in to_i if j not in leaving]
        if len(rest) <= len(left_out):
            return _cosine_of_part(vectors[i], _centroid(vectors[j] for j in rest))
        left = _sum(vectors[k] for k in left_out)
        squared = (
            self.length * self.length
            - 2 * self.length * math.fsum(self.to_centre[k] for k in left_out)
            + math.fsum([w * w for w in left.values()])
        )
        if squared < _TRUSTED_SQUARE * self.length * self.length:
            return _cosine_of_part(vectors[i], _centroid(vectors[j] for j in rest))
        return math.fsum(to_i[j] for j in rest) / math.sqrt(squared)


# Below this share of |S|^2 the subtraction's rounding matters: the few kept are summed.
_TRUSTED_SQUARE = 1e-6


def _likeness_apart_from_copies(i: int, whole: _Whole, words: _HeadlineWords) -> float:
    """How like article i is to the event's other articles, its copies left out, less so for
    the words of its headline that only it and its copies hold; 0 where all are its copies."""
    vectors = whole.vectors
    # Two articles' vectors, of some hundred terms each: their shared terms found in C are
    # fewer lookups than a lookup of each of one's terms (the exact sum is the same).
    to_i = {j: _cosine(vectors[i], vectors[j]) for j in whole.members if j != i}
    others = [j for j, likeness in to_i.items() if likeness < COPY_LIKENESS]
    if not others:
        return 0.0
    copies = [j for j, likeness in to_i.items() if likeness >= COPY_LIKENESS]
    return whole.cosine_with_all_but(i, [i, *copies], to_i) * words.share_held(i, [i, *copies])


class _HeadlineWords:
    """The single words of an event's headlines, each headline read once, and how many of the
    event's articles hold each term, counted once: whether an article other than a few holds
    a word is then a subtraction, not a union of every other article's terms for each
    headline weighed (a few dozen unions of hundreds of terms for an event's title)."""

    def __init__(self, members: Sequence[int], items: Sequence[Item]) -> None:
        self.members, self.items = members, items
        self._words: dict[int, set[str]] = {}
        self._sets: dict[int, frozenset[str]] = {}  # the terms of the articles left out
        self._holders: Counter[str] | None = None  # counted at the first word asked of

    def share_held(self, i: int, left_out: Sequence[int]) -> float:
        """The share of the words of article i's headline that an article of the event
        other than those `left_out` (i among them) holds; 1 for a headline of no term, or
        where no other article is left."""
        words = self._of(i)
        if not words or len(self.members) <= len(left_out):
            return 1.0
        if self._holders is None:
            self._holders = Counter(
                chain.from_iterable(self.items[j].terms[0] for j in self.members)
            )
        # An article's terms are distinct (term_counts' keys): a holder counts once.
        own = [self._terms_of(k) for k in left_out]
        held = sum(1 for w in words if self._holders[w] > sum(w in t for t in own))
        return held / len(words)

    def _terms_of(self, k: int) -> frozenset[str]:
        found = self._sets.get(k)
        if found is None:
            found = self._sets[k] = frozenset(self.items[k].terms[0])
        return found

    def _of(self, i: int) -> set[str]:
        found = self._words.get(i)
        if found is None:
            title = short_headline(self.items[i].title)
            found = self._words[i] = {t for t in terms(title) if " " not in t}
        return found


# A headline that asks or explains rather than reports: a question ("... say to each other?"),
# a walk through the story ("Step through what ... said"), what is known, what to know about
# someone or who they are ("What to know about the new CEO", "Who is the new CEO").
_ASKS = lazy_compile(
    r"\?[\"”’')\]]*\s*$"
    r"|(?i:^\W*(?:step through|here'?s|here is|everything|explained|what we know"
    r"|what (?:to|you need to|you should) know|who(?:'s|\s+is|\s+are)|what (?:is|are))\b)"
)


# A headline that sells a video, a gallery or a live page rather than reporting the happening,
# by its opening word or by a label before its colon ("Bridge collapse photos: ...").
_MEDIA_HEADLINE = lazy_compile(
    r"(?i)^\W*(?:watch\b|video\b|live\b|listen\b|photos?\b|pictures\b|in pictures\b|gallery\b)"
    r"|(?i:^[^:|]{0,60}\b(?:photos|pictures|images|videos?|gallery)\s*:\s)"
)


_SITE_SUFFIX = lazy_compile(r"\s+[-–—|:]\s+[^-–—|:]{2,40}$")
# A kicker before the headline that labels the page, not the happening: "The Latest: ...",
# "In pictures: ...".
_KICKER = lazy_compile(
    r"(?i)^\W*(?:the latest|latest|live updates?|live|breaking(?: news)?|exclusive|analysis"
    r"|explainer|factbox|fact check|timeline|opinion|update[sd]?"
    r"|in (?:pictures|photos|images)|pictures|photos|gallery|video|watch|day \d{1,3})\s*[:|–—]\s+(?=\S)"
)


# A section's or a site's name before a bar: "World News | PM Modi leads ...". Only a bar: a
# colon after a short opening is as often the headline's own ("Modi to Congress: ...").
_SECTION_LABEL = lazy_compile(r"^(?:[^\s|]+\s){0,2}[^\s|]+\s+\|\s+(?=(?:\S+\s+){3}\S)")


# A place or a section named before a colon, as a wire or an aggregator files a headline
# ("Kenya: President Opens ...", "Politics: ..."): a label, when a capitalised headline of its
# own follows. Only a place's or a section's name: "Starmer: change starts now" is his word.
_SECTIONS = word_set(
    """World Politics Business Economy Sport Sports Africa Asia Europe Americas Opinion Tech
    Technology Science Health Culture Entertainment Nation National Local Regional"""
)
_PLACE_LABEL = lazy_compile(r"^(?P<label>[A-Z][\w.]+(?: [A-Z][\w.]+)?):\s+(?=[A-Z])")
# A word before a place's name that is part of it: "South Africa", "Saudi Arabia".
_PLACE_QUALIFIERS = word_set("South North East West Central New Sri Saudi United")
# Words that open a quotation, not a headline: "China: We will respond".
_QUOTED_OPENERS = word_set("I We You They He She It Our My Your")


def _without_place_label(title: str) -> str:
    """The headline without the place or section named before its colon."""
    match = _PLACE_LABEL.match(title)
    if match is None:
        return title
    *qualifiers, name = match["label"].split()
    if name not in PLACES and name not in _SECTIONS:
        return title
    if any(word not in _PLACE_QUALIFIERS for word in qualifiers):
        return title
    rest = title[match.end() :]
    if len(rest.split()) < _FEWEST_WORDS or rest.split()[0] in _QUOTED_OPENERS:
        return title
    return rest


# A call to see or hear more after the headline's report: "... . Watch its trip back to port.",
# "...: See photos", "... | Watch". The report is the headline; the call sells the page.
_CALL_TO_ACTION = lazy_compile(
    r"(?i)(?:(?<=[.!?])\s+|\s*[:|\u2013\u2014]\s*|\s+-\s+)"
    r"(?:watch|see|view|listen|look|click|scroll)\b[^.!?:|]*[.!?]?\s*$"
)
# A headline's closing full stop after a word (not an abbreviation's: "U.S."), left once a
# call to action after it is cut.
_CLOSING_STOP = lazy_compile(r"(?<=[a-z]{2})\.$")


def _without_call_to_action(title: str) -> str:
    """The headline without a call to see or hear more after its report, and then without
    its closing full stop; whole if nothing is left before the call."""
    cut = _CALL_TO_ACTION.sub("", title)
    if cut == title or len(cut.split()) < _FEWEST_WORDS:
        return title
    return _CLOSING_STOP.sub("", cut)


def short_headline(title: str, limit: int = 90) -> str:
    """A headline without a kicker or a section's or a place's name before it, a site name or
    a call to action after it; a long one, or one cut short with an ellipsis, cut to its
    longest opening that is a whole phrase, else left whole (without the ellipsis)."""
    title = _SECTION_LABEL.sub("", _KICKER.sub("", " ".join(title.split())))
    title = _without_call_to_action(title)
    title = _without_place_label(title)
    cut_short = _CUT_SHORT.search(title)
    if cut_short:  # an event title never ends on an ellipsis: cut at its last whole phrase
        title = title[: cut_short.start()]
        return _whole_phrase_within(title, min(limit, len(title) - 1))
    suffix = _SITE_SUFFIX.search(title)
    if suffix and len(suffix.group(0).split()) <= 5 and suffix.start() > 20:
        title = title[: suffix.start()]
    if len(title) <= limit:
        return title
    return _whole_phrase_within(title, limit)


# Words that open a phrase of their own: a headline cut before one ends where a phrase ends.
PHRASE_OPENERS = frozenset(
    [
        "after",
        "against",
        "ahead",
        "amid",
        "and",
        "around",
        "as",
        "at",
        "before",
        "but",
        "by",
        "despite",
        "during",
        "for",
        "from",
        "in",
        "into",
        "near",
        "of",
        "off",
        "on",
        "over",
        "since",
        "to",
        "while",
        "with",
        "without",
    ]
)
_DASHES = frozenset("-–—|")
_FEWEST_WORDS = 4  # fewer say too little of the happening: the headline is kept whole instead


def _whole_phrase_within(title: str, limit: int) -> str:
    """The longest opening of the headline, within `limit` characters, that ends at a clause
    or phrase boundary (a comma, a colon, a dash, or before a preposition or conjunction) and
    not on a function word; the whole headline if none does. An editor pastes the title: a cut
    mid-phrase or an ellipsis would go into briefing.toml with it. No cut drops a contrast
    ("..., not cutting costs"): it is the headline's news, and without it the headline
    says something else."""
    words = title.split(" ")
    for count in range(len(words) - 1, max(_FEWEST_WORDS, _after_contrast(words)) - 1, -1):
        opening = " ".join(words[:count])
        following = words[count]
        at_boundary = (
            opening.endswith((",", ";", ":"))
            or following in _DASHES
            or following.lower() in PHRASE_OPENERS
        )
        last = opening.rstrip(",;:")
        whole = at_boundary and not is_function_word(last.rsplit(" ", 1)[-1])
        whole = whole and not _inside_list(words, count) and not _ends_passive(last)
        if len(last) <= limit and whole and _quotes_closed(last):
            return last
    return title


# A clause that sets the headline's claim against another, after a comma or a dash: ", not
# cutting costs", "— but not yet".
_CONTRASTS = frozenset(["not", "but", "rather", "instead", "unlike"])


def _after_contrast(words: Sequence[str]) -> int:
    """The fewest words a cut may keep: past the headline's last contrast clause and its first
    word, or none."""
    for n in range(len(words) - 1, 0, -1):
        after_break = words[n - 1].endswith((",", ";", ":")) or words[n - 1] in _DASHES
        if after_break and words[n].lower() in _CONTRASTS:
            return n + 2
    return 0


def _inside_list(words: Sequence[str], count: int) -> bool:
    """Whether a cut before words[count] falls inside a list ("with Tim Cook, Sundar Pichai and
    Satya Nadella"), at its comma or before its "and": a list cut short says something else
    ("... with Tim Cook")."""
    for comma in range(max(0, count - 4), count):
        if not words[comma].endswith(","):
            continue
        joined = (
            k for k in range(comma + 2, min(comma + 5, len(words))) if words[k] in ("and", "or")
        )
        conjunction = next(joined, None)
        if conjunction is not None and count <= conjunction + 1:
            return True
    return False


# A passive verb at the end of an opening: "... and a father and son were killed". What follows
# it ("in Titan's implosion", "by a jury") says what happened to them; cut there, the headline
# tells only that something did.
_PASSIVE_END = lazy_compile(
    r"(?i)\b(?:is|are|was|were|been|being|be)\s+(?:\w+(?:ed|en|wn)|found|held|hit|shot|lost"
    r"|struck|caught|made|told|sold|sent|left|brought|kept|led|sunk|put|set|cut|hurt|won)$"
)


def _ends_passive(opening: str) -> bool:
    return bool(_PASSIVE_END.search(opening))


_QUOTE_PAIRS = (("‘", "’"), ("“", "”"))
# A straight single quote that opens a quotation stands before a word ("expresses 'sorrow");
# one that closes it, after one. Inside a word ("Britain's") it is an apostrophe, neither.
_STRAIGHT_OPENING = lazy_compile(r"(?:^|(?<=[\s(\[]))'(?=\w)")
_STRAIGHT_CLOSING = lazy_compile(r"(?<=[\w.,!?])'(?!\w)")


def _quotes_closed(text: str) -> bool:
    """Whether every quotation the text opens, it closes: a cut inside one ("Starmer: ‘Join
    my government") leaves a mark dangling. Straight double quotes come in pairs; a ’ alone is
    an apostrophe as often as a closing mark, and so is a straight ' after a word."""
    curly = all(text.count(opening) <= text.count(closing) for opening, closing in _QUOTE_PAIRS)
    opened = len(_STRAIGHT_OPENING.findall(text))
    straight = opened <= len(_STRAIGHT_CLOSING.findall(text))
    return curly and straight and text.count('"') % 2 == 0


def _first_sentence(text: str) -> str:
    return short_headline(quick_sentences(text)[0]) if text.strip() else ""
