"""Copies: articles that are the same report (a wire story on several sites, light rewrites of
one story), found by the words they share, with where the report came from, and a check of a
rewrite's quotations against its original.

Two articles are copies when one shares at least `MIN_SHARE` of its word 5-grams with the
other, and at least `MIN_SHARED` of them. Only each article's own words count: quoted passages
are left out (every report of an event quotes the same statements), and so are paragraphs
that recur in `TEMPLATE_ARTICLES` or more articles of one site (its template). No pair of texts
is compared in full unless an index of a sample of the 5-grams shows that they share some.
The 5-grams of the whole briefing are numbers in numpy arrays: at 10,000 articles, sets of
Python tuples cost seconds of hashing and garbage collection.
"""

from __future__ import annotations

import datetime
import difflib
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np

from generator.models import Origin, QuoteCheck, Share

SHINGLE = 5  # words in a shingle
MIN_SHARE = 0.25  # of an article's own 5-grams that the other must share
MIN_SHARED = 15  # 5-grams at least, so that two teasers sharing a phrase are not copies
TEMPLATE_ARTICLES = 3  # a paragraph in this many articles of one site is the site's template
SAMPLE = 4  # one 5-gram in SAMPLE goes into the index
MIN_SAMPLED = 2  # sampled 5-grams two articles must share to be measured in full
SAMPLED_SHARE = 0.75 * MIN_SHARE  # of the shorter's sampled 5-grams, to be measured in full
TRUSTED_SAMPLE = 40  # sampled 5-grams of the shorter text, to take a pair's sample for its share
COMMON = 100  # a sampled 5-gram in more articles than this is a stock phrase: no pairs

_WORD = re.compile(r"\w+|\x00")
_CUT = "\x00"  # stands where a quotation was cut out: no 5-gram spans it
# A quoted passage within a paragraph. Cheaper than the quotation reader (copy detection reads
# every article of a briefing) and enough here: it only keeps quoted words out of the count.
_QUOTED = re.compile(r"“[^“”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)|‘[^‘’\n]*’(?!\w)", re.MULTILINE)
# Odd multipliers that mix five word numbers into one 64-bit 5-gram number.
_DOC_SHIFT = np.uint64(48)
_LOW = np.uint64((1 << 48) - 1)
_MIX = np.array(
    [
        0x9E3779B97F4A7C15,
        0xC2B2AE3D27D4EB4F,
        0x165667B19E3779F9,
        0xD6E8FEB86659FD93,
        0xFF51AFD7ED558CCD,
    ],
    dtype=np.uint64,
)


@dataclass(frozen=True, slots=True)
class Source:
    """One article as copy detection reads it: its cleaned text and where it appeared."""

    id: str
    text: str
    site: str  # the site (host) or outlet: the paragraphs of its template are discounted
    published: datetime.date | None = None
    outlet: str = ""  # its name as shown, which may credit an agency: "Nippon.com (Jiji Press)"
    based_on: str = ""  # the URL the editor says it is based on
    credit_text: str = ""  # more text to find credit lines in: the lines the cleaner removed


@dataclass(frozen=True, slots=True)
class Member:
    id: str
    shares: tuple[Share, ...]  # one per other member of its group, in the group's order


@dataclass(frozen=True, slots=True)
class CopyGroup:
    """Articles that are one report: two or more, in id order."""

    members: tuple[Member, ...]
    origin: Origin

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(member.id for member in self.members)


class _Measured:
    """Whether each pair of texts measured in the last call is a copy: watch mode reads the
    whole briefing again after each save, and only pairs with the edited text are new."""

    last: dict[tuple[str, str], bool] = {}


class _Grouped:
    """Each group of copies made in the last call, by its members and their own texts: after a
    save only the group of the edited text is measured again (a wire story on a hundred sites
    is a hundred shares to measure for each member)."""

    last: dict[tuple[tuple[Source, ...], tuple[str, ...]], CopyGroup] = {}


def forget() -> None:
    """Drop what was kept from the last call (to measure a first build)."""
    _Shingles._last = {}
    _Measured.last = {}
    _Grouped.last = {}


def copy_groups(sources: Sequence[Source]) -> tuple[CopyGroup, ...]:
    """The groups of copies among `sources`, in the order of their first member's id."""
    texts = _own_texts(sources)
    shingles = _Shingles(texts)
    sure, maybe = shingles.candidates()
    joined = _Joined(len(sources))
    for a, b in sure:
        joined.join(a, b)
    measured = {}
    for a, b in maybe:
        # Two texts already joined through other copies are in one group whatever they
        # share: measuring them would change nothing (the group's shares are measured at once).
        if joined.same(a, b):
            continue
        pair = (texts[a], texts[b])
        known = _Measured.last.get(pair)
        measured[pair] = _copies(shingles, a, b) if known is None else known
        if measured[pair]:
            joined.join(a, b)
    _Measured.last = measured
    made = {}
    for component in joined.groups():
        members = sorted(component, key=lambda index: sources[index].id)
        key = (tuple(sources[i] for i in members), tuple(texts[i] for i in members))
        known_group = _Grouped.last.get(key)
        made[key] = known_group or _group(list(key[0]), members, shingles)
    _Grouped.last = made
    return tuple(sorted(made.values(), key=lambda group: group.ids))


def shared_fraction(text: str, other: str) -> float:
    """How much of `text`'s own words (its 5-grams outside quotes) `other` shares, 0 to 1."""
    shingles = _Shingles([_unquoted(text), _unquoted(other)])
    mine = shingles.of(0)
    return shingles.shared(0, 1) / len(mine) if len(mine) else 0.0


# ---------------------------------------------------------------------------- 5-grams


def _own_texts(sources: Sequence[Source]) -> list[str]:
    """Each text without its quotations, nor the paragraphs of its site's template."""
    unquoted = [_unquoted(source.text) for source in sources]
    by_site: dict[str, list[int]] = defaultdict(list)
    for index, source in enumerate(sources):
        by_site[source.site.casefold()].append(index)
    for members in by_site.values():
        if len(members) < TEMPLATE_ARTICLES:
            continue
        paragraphs = {
            i: [p.strip() for p in unquoted[i].split("\n\n") if p.strip()] for i in members
        }
        counts = Counter(p for kept in paragraphs.values() for p in set(kept))
        template = {p for p, count in counts.items() if count >= TEMPLATE_ARTICLES}
        for index, kept in paragraphs.items():
            if template.intersection(kept):
                unquoted[index] = f"\n\n{_CUT}\n\n".join(p for p in kept if p not in template)
    return unquoted


def _unquoted(text: str) -> str:
    """The text in lower case, each quotation replaced by a cut."""
    return _QUOTED.sub(f" {_CUT} ", text.lower())


class _Shingles:
    """The distinct 5-grams of each text, as sorted 64-bit numbers.

    A word is numbered by its CRC-32, the same in every process and whatever the order of the
    articles (Python's hash of a string changes with each process)."""

    # Each text's 5-grams from the last call: watch mode reads the whole briefing again after
    # each save, and only the edited text's are new. Only the last call's are kept.
    _last: dict[str, np.ndarray] = {}

    def __init__(self, texts: Sequence[str]) -> None:
        known = {text: _Shingles._last[text] for text in texts if text in _Shingles._last}
        known.update(_shingled([text for text in dict.fromkeys(texts) if text not in known]))
        _Shingles._last = known
        arrays = [known[text] for text in texts]
        lengths = np.array([array.size for array in arrays], dtype=np.int64)
        self.count = len(texts)
        self.value = np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.uint64)
        self.doc = np.repeat(np.arange(self.count), lengths)
        self.start = np.r_[0, np.cumsum(lengths)]

    def of(self, doc: int) -> np.ndarray:
        return self.value[self.start[doc] : self.start[doc + 1]]

    def size(self, doc: int) -> int:
        return int(self.start[doc + 1] - self.start[doc])

    def shared(self, a: int, b: int) -> int:
        """5-grams the two texts share. Each text's are sorted and distinct already: a binary
        search of the longer for each of the shorter's costs no sort (np.intersect1d sorts)."""
        short, long = sorted((self.of(a), self.of(b)), key=len)
        if not short.size:
            return 0
        at = np.minimum(np.searchsorted(long, short), long.size - 1)
        return int(np.count_nonzero(long[at] == short)) if long.size else 0

    def candidates(self) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Pairs of texts that are copies by their sample, and pairs that may be (to measure
        in full), found by sorting the sample: equal 5-grams sit side by side, so pairs come
        from neighbours, not all pairs."""
        sampled = (self.value >> np.uint64(40)) % np.uint64(SAMPLE) == 0
        value, doc = self.value[sampled], self.doc[sampled]
        order = np.lexsort((doc, value))
        value, doc = value[order], doc[order]
        starts = np.flatnonzero(np.r_[True, value[1:] != value[:-1]])
        lengths = np.diff(np.r_[starts, value.size])
        keep = np.repeat((lengths > 1) & (lengths <= COMMON), lengths)
        value, doc = value[keep], doc[keep]
        codes = []
        for step in range(1, COMMON):
            same = value[step:] == value[:-step]
            if not same.any():
                break
            codes.append(doc[:-step][same] * self.count + doc[step:][same])
        if not codes:
            return [], []
        codes = np.sort(np.concatenate(codes))
        starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]])
        counts = np.diff(np.r_[starts, codes.size])
        first, second = codes[starts] // self.count, codes[starts] % self.count
        # Copies share MIN_SHARE of the shorter text's 5-grams, so about that share of its
        # sampled ones: a pair sharing under SAMPLED_SHARE of them is no copy, and is never
        # measured (texts written from one stock of phrases share sampled 5-grams by the dozen).
        sampled_sizes = np.bincount(doc, minlength=self.count)
        shorter = np.minimum(sampled_sizes[first], sampled_sizes[second])
        enough = (counts >= MIN_SAMPLED) & (counts >= SAMPLED_SHARE * shorter)
        # Twice the share a copy needs, in a sample big enough to trust, settles a pair
        # unmeasured: a wire story on a hundred sites is 4,950 pairs.
        sure = enough & (counts >= 2 * MIN_SHARE * shorter) & (shorter >= TRUSTED_SAMPLE)
        sure &= counts * SAMPLE >= 2 * MIN_SHARED

        def listed(chosen: np.ndarray) -> list[tuple[int, int]]:
            return [(int(a), int(b)) for a, b in zip(first[chosen], second[chosen], strict=True)]

        return listed(sure), listed(enough & ~sure)


def _shingled(texts: list[str]) -> dict[str, np.ndarray]:
    """Each text's distinct 5-grams, sorted, made for all the texts at once (numpy's work on
    one array beats a call per text)."""
    words: dict[str, int] = {_CUT: 0}
    tokens = [_WORD.findall(text) + [_CUT] for text in texts]  # no 5-gram spans two texts
    for found in tokens:
        for word in set(found).difference(words):
            words[word] = zlib.crc32(word.encode()) or 1
    lengths = np.array([len(found) for found in tokens], dtype=np.int64)
    ids = np.fromiter(
        chain.from_iterable(map(words.__getitem__, found) for found in tokens),
        dtype=np.uint64,
        count=int(lengths.sum()),
    )
    doc, value = _distinct(ids, np.repeat(np.arange(len(texts)), lengths))
    start = np.searchsorted(doc, np.arange(len(texts) + 1))
    return {text: value[start[i] : start[i + 1]] for i, text in enumerate(texts)}


def _distinct(ids: np.ndarray, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct (text, 5-gram) pairs, sorted, from the word numbers of all the texts."""
    if ids.size < SHINGLE:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.uint64)
    windows = [ids[i : ids.size - SHINGLE + 1 + i] for i in range(SHINGLE)]
    value = windows[0] * _MIX[0]
    whole = windows[0] != 0
    for window, mix in zip(windows[1:], _MIX[1:], strict=True):
        value = (value ^ (value >> np.uint64(29))) + window * mix  # wraps around, as meant
        whole &= window != 0
    # One sort of one key: the text's number in the top 16 bits, 48 bits of the 5-gram below
    # (two of 2.5 million 5-grams share 48 bits about once in a hundred briefings).
    keys = _sorted_distinct(
        (docs[: ids.size - SHINGLE + 1][whole].astype(np.uint64) << _DOC_SHIFT)
        | (value[whole] >> np.uint64(16))
    )
    return (keys >> _DOC_SHIFT).astype(np.int64), keys & _LOW


def _sorted_distinct(values: np.ndarray) -> np.ndarray:
    """np.unique, by sorting: numpy 2's unique of integers is some sixty times slower."""
    values = np.sort(values)
    return values[np.r_[True, values[1:] != values[:-1]]] if values.size else values


def _copies(shingles: _Shingles, a: int, b: int) -> bool:
    shared = shingles.shared(a, b)
    smaller = min(shingles.size(a), shingles.size(b))
    return shared >= MIN_SHARED and shared >= MIN_SHARE * smaller


class _Joined:
    """Texts joined into groups of copies (union-find)."""

    def __init__(self, count: int) -> None:
        self.parent = list(range(count))
        self.joined: set[int] = set()

    def root(self, node: int) -> int:
        parent = self.parent
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def same(self, a: int, b: int) -> bool:
        return self.root(a) == self.root(b)

    def join(self, a: int, b: int) -> None:
        self.parent[self.root(a)] = self.root(b)
        self.joined.update((a, b))

    def groups(self) -> list[list[int]]:
        """Each group of two texts or more, its texts in order."""
        groups: dict[int, list[int]] = defaultdict(list)
        for node in sorted(self.joined):
            groups[self.root(node)].append(node)
        return list(groups.values())


def _group(members: list[Source], indexes: list[int], shingles: _Shingles) -> CopyGroup:
    shared = _shared_counts(shingles, indexes)
    built = []
    for row, source in enumerate(members):
        size = shingles.size(indexes[row]) or 1
        shares = tuple(
            Share(other.id, round(int(shared[row, column]) / size, 3))
            for column, other in enumerate(members)
            if column != row
        )
        built.append(Member(source.id, shares))
    return CopyGroup(tuple(built), origin(members))


def _shared_counts(shingles: _Shingles, indexes: list[int]) -> np.ndarray:
    """How many 5-grams each two of these texts share, as a matrix, counted in one pass over
    their 5-grams sorted together: wire copy on a hundred sites is 4,950 pairs to measure."""
    count = len(indexes)
    arrays = [shingles.of(index) for index in indexes]
    values = np.concatenate(arrays)
    owners = np.repeat(np.arange(count), [array.size for array in arrays])
    order = np.argsort(values, kind="stable")
    values, owners = values[order], owners[order]
    codes = []
    for step in range(1, count):  # a 5-gram is in each text once: its run is `count` long at most
        same = values[step:] == values[:-step]
        if not same.any():
            break
        codes.append(owners[:-step][same] * count + owners[step:][same])
    counts = np.bincount(np.concatenate(codes), minlength=count * count) if codes else None
    matrix = (
        np.zeros((count, count), dtype=np.int64) if counts is None else counts.reshape(count, count)
    )
    return matrix + matrix.T


# ---------------------------------------------------------------------------- origin

# Agencies, and the names texts give them.
AGENCIES = {
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "Reuters": ("Reuters",),
    "AP": ("AP", "Associated Press"),
    "Yonhap": ("Yonhap",),
    "Xinhua": ("Xinhua",),
    "Kyodo": ("Kyodo",),
    "Jiji Press": ("Jiji Press", "Jiji"),
    "Anadolu Agency": ("Anadolu Agency", "Anadolu", "AA"),
    "PA Media": ("PA Media", "Press Association", "PA"),
    "dpa": ("dpa", "DPA"),
    "Bloomberg": ("Bloomberg",),
    "AAP": ("AAP", "Australian Associated Press"),
    "EFE": ("EFE",),
    "ANSA": ("ANSA",),
    "TASS": ("TASS",),
    "Bernama": ("Bernama",),
    "ANI": ("ANI",),
    "PTI": ("PTI",),
    "IANS": ("IANS",),
    "UPI": ("UPI",),
    "CNN": ("CNN",),
    "BBC": ("BBC",),
    "CNBC": ("CNBC",),
    "Fox News": ("Fox News",),
}
_NAMES = {name: agency for agency, names in AGENCIES.items() for name in names}
_AGENCY = "|".join(sorted(map(re.escape, _NAMES), key=len, reverse=True))
_STAFF = r"(?: [Ss]taff(?: [Ww]riters?)?)?"
# How texts credit an agency, strongest first; each is looked for where it is written (the
# head or the tail of the text). A photo credit ("Credit: AAP", "(Image: Reuters)") or a
# report cited ("Reuters reported") names no origin.
_CREDITS = (
    ("dateline", "head", re.compile(rf"\(({_AGENCY})\)\s*(?:--|[-—–:]|$)", re.MULTILINE)),
    (
        "byline",
        "both",
        re.compile(rf"^\s*(?:[Bb]y\s+)?({_AGENCY}){_STAFF}\s*(?:[|/]|$)", re.MULTILINE),
    ),
    ("byline", "both", re.compile(rf"\b[Bb]y ({_AGENCY}){_STAFF}\b")),
    ("credit", "both", re.compile(rf"\(({_AGENCY})\)")),
    ("credit", "both", re.compile(rf"\bvia ({_AGENCY})\b")),
    ("credit", "tail", re.compile(rf"(?:[Cc]opyright|©)[^.\n]{{0,20}}\b({_AGENCY})\b")),
    ("credit", "both", re.compile(rf"[Ss]ource: ({_AGENCY})\b")),
    ("credit", "tail", re.compile(rf"[-—–]\s*({_AGENCY})\s*$")),
)
_AGENCY_AFTER = re.compile(rf"(?:the )?({_AGENCY})\b")
_CAPITALISED = re.compile(r"\b[A-Z][\w-]*")
_FIRST_WORDS = frozenset(name.split()[0] for name in _NAMES)
_OUTLET_CREDIT = re.compile(rf"\(([^)]*?\b({_AGENCY})\b[^)]*)\)")
_STRENGTH = {"dateline": 0, "byline": 1, "credit": 2, "outlet": 3, "interview": 4}
_EDGE = 600  # a credit line starts this near the head of a text, or ends this near its tail


@dataclass(frozen=True, slots=True)
class Credit:
    """An agency a text names as where it came from."""

    agency: str
    how: str  # "dateline", "byline", "credit", "outlet" (its outlet's name) or "interview"
    words: str  # the words that name it


def credits(text: str, outlet: str = "") -> tuple[Credit, ...]:
    """The agencies a text (or its outlet's name) credits, strongest first. "He told AFP"
    counts, weakly: only an agency's own reporters write it."""
    found = list(_interviews(text))
    for start, end in _lines_naming_agencies(text):
        line = text[start:end]
        places = ({"head", "both"} if start < _EDGE else set()) | (
            {"tail", "both"} if end > len(text) - _EDGE else set()
        )
        for how, where, pattern in _CREDITS:
            if where in places:
                found.extend(
                    Credit(_NAMES[m.group(1)], how, m.group().strip())
                    for m in pattern.finditer(line)
                )
    for match in _OUTLET_CREDIT.finditer(outlet):
        found.append(Credit(_NAMES[match.group(2)], "outlet", match.group()))
    return tuple(sorted(found, key=lambda credit: _STRENGTH[credit.how]))


def _interviews(text: str) -> Iterator[Credit]:
    """Each "told AFP" of a text (found by plain search: a regex over every text costs more)."""
    at = text.find("told ")
    while at >= 0:
        match = _AGENCY_AFTER.match(text, at + 5)
        if match and (at == 0 or not text[at - 1].isalnum()):
            yield Credit(_NAMES[match.group(1)], "interview", f"told {match.group()}")
        at = text.find("told ", at + 5)


def _lines_naming_agencies(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line near the head or the tail of a text with a word that may
    begin an agency's name: the credit patterns then run on those few lines alone."""
    edges = text if len(text) <= 2 * _EDGE else f"{text[:_EDGE]} {text[-_EDGE:]}"
    lines: set[tuple[int, int]] = set()
    for word in _FIRST_WORDS.intersection(_CAPITALISED.findall(edges)):
        at = text.find(word)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            lines.add((start, len(text) if end < 0 else end))
            at = text.find(word, at + len(word))
    return sorted(lines)


def origin(members: Sequence[Source]) -> Origin:
    """Where a group's report came from: the agency its copies credit most (the strongest
    credit breaks a tie), else the URL an editor gave as `based_on`, else the earliest copy."""
    found = [
        (credit, source.id)
        for source in members
        for credit in credits(f"{source.credit_text}\n{source.text}", source.outlet)
    ]
    if found:
        votes = Counter(credit.agency for credit, _ in found)
        credit, article = min(
            found, key=lambda item: (-votes[item[0].agency], _STRENGTH[item[0].how], item[1])
        )
        return Origin(credit.agency, f"{credit.how} '{credit.words}'", article)
    based = sorted((source.id, source.based_on) for source in members if source.based_on)
    if based:
        article, url = based[0]
        return Origin(url, "based_on", article)
    dated = sorted((source.published, source.id) for source in members if source.published)
    if dated:
        published, article = dated[0]
        return Origin(article, f"earliest dated copy ({published.isoformat()})", article)
    return Origin("", "no copy names its source or has a date")


# ---------------------------------------------------------------------------- rewrites

_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
REWORDED = 0.6  # of a quotation's words found in order in the original: the same quotation


def check_quotes(
    rewrite: str, quotes: Sequence[str], originals: Sequence[tuple[str, str]]
) -> tuple[QuoteCheck, ...]:
    """Check each of a rewrite's quotations against its original(s), given as (id, text)."""
    read = [(name, text, _tokens(text)) for name, text in originals]
    return tuple(_check(rewrite, quote, read) for quote in quotes)


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


def _plain(text: str) -> str:
    text = re.sub(r"[‘’`´]", "'", re.sub(r"[“”„]", '"', text))
    return re.sub(r"\s+", " ", text).strip().casefold()


_ORDER = {"verbatim": 0, "reworded": 1, "missing": 2, "unchecked": 3}


def _check(rewrite: str, quote: str, originals: list) -> QuoteCheck:
    checks = [_check_one(rewrite, quote, *original) for original in originals]
    if not checks:
        return QuoteCheck(quote, "unchecked")
    return min(checks, key=lambda check: (_ORDER[check.status], check.source))


def _check_one(rewrite: str, quote: str, name: str, text: str, tokens: list) -> QuoteCheck:
    plain, whole = _plain(quote), _plain(text)
    if plain in whole:
        return QuoteCheck(quote, "verbatim", name, quote)
    held = _held_until_end(plain, whole)
    if held:  # the excerpt stops inside the quotation, after the same words
        return QuoteCheck(quote, "verbatim", name, text.rstrip()[-held:], cut=True)
    words = [match.group().casefold() for match in _TOKEN.finditer(quote)]
    found = _closest(words, tokens)
    if found is not None:
        start, stop, differences = found
        passage = text[tokens[start].start() : tokens[stop - 1].end()]
        status = "reworded" if differences else "verbatim"  # else only punctuation differs
        return QuoteCheck(quote, status, name, passage, differences)
    covered = _covered_until(rewrite, text)
    place = rewrite.find(quote)
    if place > covered and len(text) < len(rewrite):
        return QuoteCheck(quote, "unchecked", name)
    return QuoteCheck(quote, "missing", name)


def _held_until_end(plain: str, whole: str, least: int = 20) -> int:
    """How many characters of the quotation's start close the original, which stops there
    (0 when fewer than `least`): "... at a time when trilate" ends an excerpt."""
    for size in range(len(plain) - 1, least - 1, -1):
        if whole.endswith(plain[:size]):
            return size
    return 0


def _closest(words: list[str], tokens: list) -> tuple[int, int, tuple[tuple[str, str], ...]] | None:
    """The stretch of the original that holds most of the quotation's words in order (the
    tightest of equals), if it holds REWORDED of them: its tokens and the words that differ."""
    if not words:
        return None
    original = [match.group().casefold() for match in tokens]
    matcher = difflib.SequenceMatcher(None, words, original, autojunk=False)
    best: tuple[int, int, int, list] | None = None
    for block in matcher.get_matching_blocks():
        if not block.size:
            continue
        start = max(0, block.b - block.a)
        stop = min(len(original), start + len(words) + len(words) // 2 + 2)
        window = difflib.SequenceMatcher(None, words, original[start:stop], autojunk=False)
        codes = _trimmed(window.get_opcodes())
        matched = sum(i2 - i1 for tag, i1, i2, _, _ in codes if tag == "equal")
        spread = codes[-1][4] - codes[0][3] if codes else 0
        if best is None or (matched, -spread) > (best[0], -best[1]):
            best = (matched, spread, start, codes)
    if best is None or best[0] < REWORDED * len(words):
        return None
    _, _, start, codes = best
    differences = tuple(
        (" ".join(words[i1:i2]), " ".join(m.group() for m in tokens[start + j1 : start + j2]))
        for tag, i1, i2, j1, j2 in codes
        if tag != "equal"
    )
    return start + codes[0][3], start + codes[-1][4], differences


def _trimmed(codes: list) -> list:
    """Opcodes without the original's words before and after the quotation."""
    while codes and codes[0][0] == "insert":
        codes = codes[1:]
    while codes and codes[-1][0] == "insert":
        codes = codes[:-1]
    return codes


def _covered_until(rewrite: str, original: str) -> int:
    """How far into the rewrite the original reaches: the end of the last of the rewrite's
    5-grams the original shares (-1 when it shares none)."""
    theirs = _TOKEN.findall(original.casefold())
    shared = {tuple(theirs[i : i + SHINGLE]) for i in range(len(theirs) - SHINGLE + 1)}
    mine = list(_TOKEN.finditer(rewrite))
    words = [match.group().casefold() for match in mine]
    last = -1
    for i in range(len(words) - SHINGLE + 1):
        if tuple(words[i : i + SHINGLE]) in shared:
            last = mine[i + SHINGLE - 1].end()
    return last
