"""Own texts: each article without its quotations nor its site's template paragraphs, keyed
by digest, and their 5-grams, made afresh or taken from what the last call or a Keeper kept.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

import numpy as np

from generator.briefing.copies import shingling
from generator.briefing.copies.model import TEMPLATE_ARTICLES, Keeper, Source, _digest, _Last
from generator.briefing.copies.shingling import _CUT, _unquoted


class _OwnTexts:
    """The key of each source's own text (see _site_own_texts), and the 5-grams of each own
    text by its key. A site whose texts are all as they were is not read again, and an own
    text whose 5-grams were kept is not shingled again: after an edit, only the edited
    article's site is read and, unless the edit changed its template, one text shingled.

    The 5-grams kept are read only when asked for (array, arrays): an edit measures the pairs
    of a few texts, and the 5-grams of a whole briefing were 40 MB at 10,000 articles."""

    def __init__(
        self,
        sources: Sequence[Source],
        text_keys: list[str],
        known_sites: Mapping[str, tuple[str, ...]],
        keeper: Keeper | None,
    ) -> None:
        self.keys = [""] * len(sources)  # each source's own text, by key
        self.sites: dict[str, tuple[str, ...]] = {}  # each site's own texts, by its texts' key
        self.fresh: dict[str, np.ndarray] = {}  # the 5-grams made in this call
        # The 5-grams in hand: made, read, or the last call's (watch mode keeps them all).
        self.loaded: dict[str, np.ndarray] = {}
        self._sources, self._keeper, self._text_keys = sources, keeper, text_keys
        self._unquoted: dict[str, str] = {}  # the texts of the sites read, unquoted, by key
        self._members: dict[str, list[int]] = {}  # each site's sources, by their places
        self._site_of: dict[str, str] = {}  # each own text's site
        made: dict[str, str] = {}  # the own texts made in this call whose 5-grams were not kept
        kept: set[str] = set()  # the own texts whose 5-grams were kept
        # (Two sites whose texts are the same have one key: a list, not a dict, keeps both.)
        by_site = [(_digest("".join(text_keys[i] for i in m)), m) for m in _by_site(sources)]
        # The texts unquoted are kept for the next call only if this one reads few sites
        # again (an edit's): a whole briefing's at once were some 50 MB at 10,000 articles.
        again = sum(len(m) for site, m in by_site if site not in known_sites)
        average = len(sources) // max(1, len(by_site))
        self._keep_unquoted = again <= max(_UNQUOTED_FEWEST, _UNQUOTED_KEPT * average)
        for site, members in by_site:
            self._members[site] = members
            if site in known_sites:
                self.sites[site] = known_sites[site]
            else:
                # Looked up a site at a time, so that only the own texts to shingle are held
                # (a whole briefing's, most of them shingled already, were 40 MB at 10,000).
                own = self._make(site)
                kept |= self._kept(list(own))
                made.update((key, text) for key, text in own.items() if key not in kept)
            for index, key in zip(members, self.sites[site], strict=True):
                self.keys[index] = key
                self._site_of[key] = site
        wanted = list(dict.fromkeys(self.keys))
        kept |= self._kept([key for key in wanted if key not in kept])
        # A site taken as it was whose 5-grams were not all kept (pruned, or kept elsewhere)
        # is read again: its own texts are needed to shingle them.
        missing = [key for key in wanted if key not in kept]
        for site in dict.fromkeys(self._site_of[key] for key in missing if key not in made):
            made.update(self._make(site))
        self._shingle({key: made[key] for key in missing})
        _Last.unquoted = self._unquoted

    def array(self, key: str) -> np.ndarray:
        """The 5-grams of the own text `key`, read from where they were kept if need be."""
        if key not in self.loaded:
            self.arrays([key])
        return self.loaded[key]

    def arrays(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """The 5-grams of the own texts `keys`, those not in hand read at once; a row kept
        that cannot be read (damaged) is made again."""
        wanted = [key for key in dict.fromkeys(keys) if key not in self.loaded]
        if wanted:
            read = self._keeper.shingles(wanted, {}) if self._keeper else {}
            self.loaded.update(read)
            missing = [key for key in wanted if key not in read]
            if missing:
                made: dict[str, str] = {}
                for site in dict.fromkeys(self._site_of[key] for key in missing):
                    made.update(self._make(site))
                self._shingle({key: made[key] for key in missing})
        return {key: self.loaded[key] for key in keys}

    def _kept(self, keys: list[str]) -> set[str]:
        """The own texts among `keys` whose 5-grams the last call or the keeper kept; the last
        call's are in hand."""
        in_process = {key: _Last.shingles[key] for key in keys if key in _Last.shingles}
        if self._keeper is not None:
            kept = self._keeper.kept_shingles(keys) if keys else set()
        else:
            kept = set(in_process)
        self.loaded.update((key, array) for key, array in in_process.items() if key in kept)
        return kept

    def _shingle(self, texts: dict[str, str]) -> None:
        if not texts:
            return
        fresh = shingling._shingled(texts)
        self.fresh.update(fresh)
        self.loaded.update(fresh)

    def _make(self, site: str) -> dict[str, str]:
        unquoted = []
        for index in self._members[site]:
            key = self._text_keys[index]
            text = self._unquoted.get(key)
            if text is None:
                text = _Last.unquoted.get(key)
                if text is None:
                    text = _unquoted(self._sources[index].text)
                if self._keep_unquoted:
                    self._unquoted[key] = text
            unquoted.append(text)
        own = _site_own_texts(unquoted)
        self.sites[site] = tuple(map(_digest, own))
        return dict(zip(self.sites[site], own, strict=True))


class _Arrays(Sequence[np.ndarray]):
    """The 5-grams of each source's own text, in the sources' order, read as they are asked
    for (see _Shingles)."""

    def __init__(self, own: _OwnTexts) -> None:
        self.own = own

    def __len__(self) -> int:
        return len(self.own.keys)

    def __getitem__(self, doc: int) -> np.ndarray:  # type: ignore[override]  (no slices)
        return self.own.array(self.own.keys[doc])


def _by_site(sources: Sequence[Source]) -> list[list[int]]:
    """The sources of each site, by their places."""
    by_site: dict[str, list[int]] = defaultdict(list)
    for index, source in enumerate(sources):
        by_site[source.site.casefold()].append(index)
    return list(by_site.values())


def _site_own_texts(unquoted: list[str]) -> list[str]:
    """Each of one site's texts, given _unquoted, without the paragraphs of the site's
    template."""
    if len(unquoted) < TEMPLATE_ARTICLES:
        return unquoted
    paragraphs = [[p.strip() for p in text.split("\n\n") if p.strip()] for text in unquoted]
    counts = Counter(p for kept in paragraphs for p in set(kept))
    template = {p for p, count in counts.items() if count >= TEMPLATE_ARTICLES}
    return [
        f"\n\n{_CUT}\n\n".join(p for p in kept if p not in template)
        if template.intersection(kept)
        else text
        for text, kept in zip(unquoted, paragraphs, strict=True)
    ]


# Sites' texts (as many as this many sites hold on average) kept unquoted for the next call.
_UNQUOTED_KEPT = 2
_UNQUOTED_FEWEST = 1000  # texts kept unquoted however many sites they are (~5 MB)


def _kept_shingles(keys: list[str], keeper: Keeper | None) -> dict[str, np.ndarray]:
    """The 5-grams of the own texts among `keys` that the last call or `keeper` kept."""
    if keeper is not None:
        return keeper.shingles(keys, _Last.shingles)
    return {key: _Last.shingles[key] for key in keys if key in _Last.shingles}
