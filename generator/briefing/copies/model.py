"""Copy detection's thresholds and records: what it reads (Source), what it finds (CopyGroup,
Member), what one call keeps for the next (Measured, Links; in this process, _Last; across
build commands, a Keeper), and the digests that key them.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Callable, Collection, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

import numpy as np

from generator.models import MIN_SHARE, Origin, Share

if TYPE_CHECKING:
    from generator.briefing.copies.sampling import _Sample

SHINGLE = 5  # words in a shingle
MIN_SHARED = 15  # 5-grams at least, so that two teasers sharing a phrase are not copies
SURE_SHARE = 0.5  # of the shorter's 5-grams: copies, however each begins
LEAD_SHARE = 0.15  # of a lead's 5-grams that the other text must hold, below SURE_SHARE
# Of the longer's 5-grams, below SURE_SHARE: a short report that retells a statement the longer
# also retells shares much of its own words, the longer little of its own (true rewrites of one
# report share a fifth or more both ways).
LONGER_SHARE = 0.15
LEAD_PARAGRAPHS = 2  # paragraphs of at least LEAD_WORDS words: what a report opens with
LEAD_WORDS = 12
TEMPLATE_ARTICLES = 3  # a paragraph in this many articles of one site is the site's template
SAMPLE = 4  # one 5-gram in SAMPLE goes into the index
MIN_SAMPLED = 2  # sampled 5-grams two articles must share to be measured in full
SAMPLED_SHARE = 0.75 * MIN_SHARE  # of the shorter's sampled 5-grams, to be measured in full
TRUSTED_SAMPLE = 40  # sampled 5-grams of the shorter text, to take a pair's sample for its share
COMMON = 100  # a sampled 5-gram in more articles than this is a stock phrase: no pairs


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
    # A digest of the shares, made with them: it stands for them in the article's digest, and
    # a report on a hundred sites is 9,900 shares to hash again on every build otherwise.
    digest: str = ""

    @classmethod
    def of(cls, article: str, shares: tuple[Share, ...]) -> Member:
        return cls(article, shares, _digest(repr([(s.other, s.fraction) for s in shares])))


@dataclass(frozen=True, slots=True)
class CopyGroup:
    """Articles that are one report: two or more, in id order."""

    members: tuple[Member, ...]
    origin: Origin

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(member.id for member in self.members)


@dataclass(frozen=True, slots=True)
class Measured:
    """What a call of copy_groups found, for the next call to take up rather than measure
    again: watch mode reads the whole briefing again after each save, and a build command
    after an edit finds it in the build cache (see Keeper). Each entry is keyed by digests of
    all it was made from, so one kept from other sources only misses, never misleads."""

    sources: str = ""  # the digest of all the call's sources: the same again, the same groups
    # Each site's own texts (see _site_own_texts), by the digest of its articles' texts.
    sites: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Whether each pair of own texts measured in full is a copy, by their keys in order.
    pairs: dict[tuple[str, str], bool] = field(default_factory=dict)
    groups: dict[str, CopyGroup] = field(default_factory=dict)  # by the key of their members
    links: Links | None = None  # the call's texts and the pairs that may be copies


@dataclass(frozen=True, slots=True)
class Links:
    """A call's texts as copy detection numbers them (their places), and the pairs of them
    that their samples say may be copies: what the next call takes up to weigh again only the
    texts that changed (see _measure_again). A text keeps its place from call to call; the
    place of a text gone stays empty, and a new text takes a place after the last."""

    texts: tuple[tuple[str, str], ...]  # each place's (source key, own text key); ("", "") empty
    first: np.ndarray  # the places of each pair that may be copies, first < second (int64)
    second: np.ndarray
    sure: np.ndarray  # whether each pair is a copy by its sample alone (bool)
    linking: np.ndarray  # each place's sampled 5-grams that may link it to others (int64)
    groups: tuple[str, ...]  # the key of each place's group of copies, "" for none


class Keeper(Protocol):
    """Where copy detection keeps what it measured from one build command to the next (the
    build cache: cache/copies.py). Own texts go by key: the digest of the text."""

    def measured(self) -> Measured | None:
        """What the last call that kept it measured, if it was kept."""

    def keep_measured(self, measured: Measured) -> None: ...

    def shingles(
        self, keys: Collection[str], remembered: Mapping[str, np.ndarray]
    ) -> dict[str, np.ndarray]:
        """The 5-grams kept of the own texts among `keys`; those in `remembered` (this
        process has them) are taken from there."""

    def kept_shingles(self, keys: Collection[str]) -> set[str]:
        """The own texts among `keys` whose 5-grams are kept, none of them read."""

    def keep_shingles(self, shingles: Mapping[str, np.ndarray]) -> None: ...

    def sample(self, sources: str) -> tuple[np.ndarray, np.ndarray] | None:
        """The sample (its sorted 5-grams and their texts' places, see _Sample) of the last
        call that kept one, if that call's sources had the digest `sources`."""

    def keep_sample(self, sources: str, value: np.ndarray, place: np.ndarray) -> None:
        """Keep the sample a call with the digest `sources` ended with, replacing the last."""

    def checks(self) -> Callable[[Sequence[str], Callable[[int], str]], list[str]]:
        """A memo of quotation checks kept from one build command to the next:
        remember_all(keys, make) gives the text kept under each key, make(i) making the i-th
        only the first time (see provenance)."""

    def facts(self) -> str | None:
        """What the last build command kept with keep_facts, if the keeper holds it."""

    def keep_facts(self, facts: str) -> None:
        """Keep `facts` for the next build command, replacing what was kept."""

    def elsewhere(self) -> Callable[[], AbstractContextManager[Keeper]] | None:
        """Opens this keeper in another process (picklable), if copy detection may measure
        in a process of its own (see apart.py); None if not."""


class _Last:
    """What the last call measured, the 5-grams of its own texts and their sample, and the
    keys of its sources: only the last call's are kept in this process (watch mode's next
    build needs no others)."""

    measured = Measured()
    shingles: dict[str, np.ndarray] = {}
    sample: tuple[Links | None, _Sample | None] = (None, None)  # the links it was taken for
    keys: dict[Source, tuple[str, str]] = {}
    # The texts of the sites the last call read again, unquoted, by their texts' digests, if
    # it read few (watch mode: the edited article's site): the next save to that site reads
    # its texts again, and unquoting them was the largest part of an edit's copy detection.
    unquoted: dict[str, str] = {}


def forget() -> None:
    """Drop what was kept in this process from the last call (to measure a first build)."""
    _Last.measured = Measured()
    _Last.shingles = {}
    _Last.sample = (None, None)
    _Last.keys = {}
    _Last.unquoted = {}


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]
