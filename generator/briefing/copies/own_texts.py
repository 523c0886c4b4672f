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
    article's site is read and, unless the edit changed its template, one text shingled."""

    def __init__(
        self,
        sources: Sequence[Source],
        text_keys: list[str],
        known_sites: Mapping[str, tuple[str, ...]],
        keeper: Keeper | None,
    ) -> None:
        self.keys = [""] * len(sources)  # each source's own text, by key
        self.sites: dict[str, tuple[str, ...]] = {}  # each site's own texts, by its texts' key
        members_of: dict[str, list[int]] = {}
        made: dict[str, str] = {}  # the own texts made in this call whose 5-grams were not kept
        found: dict[str, np.ndarray] = {}  # the 5-grams kept, by own text
        for members in _by_site(sources):
            site = _digest("".join(text_keys[i] for i in members))
            members_of[site] = members
            if site in known_sites:
                self.sites[site] = known_sites[site]
            else:
                # Looked up a site at a time, so that only the own texts to shingle are held
                # (a whole briefing's, most of them shingled already, were 40 MB at 10,000).
                own = self._make(site, [sources[i].text for i in members])
                found.update(_kept_shingles(list(own), keeper))
                made.update((key, text) for key, text in own.items() if key not in found)
            for index, key in zip(members, self.sites[site], strict=True):
                self.keys[index] = key
        wanted = list(dict.fromkeys(self.keys))
        found.update(_kept_shingles([key for key in wanted if key not in found], keeper))
        # A site taken as it was whose 5-grams were not all kept (pruned, or kept elsewhere)
        # is read again: its own texts are needed to shingle them.
        for site, members in members_of.items():
            if any(self.keys[i] not in found and self.keys[i] not in made for i in members):
                made.update(self._make(site, [sources[i].text for i in members]))
        self.fresh = shingling._shingled({key: made[key] for key in wanted if key not in found})
        self.shingles = found | self.fresh

    def _make(self, site: str, texts: list[str]) -> dict[str, str]:
        own = _site_own_texts(texts)
        self.sites[site] = tuple(map(_digest, own))
        return dict(zip(self.sites[site], own, strict=True))


def _by_site(sources: Sequence[Source]) -> list[list[int]]:
    """The sources of each site, by their places."""
    by_site: dict[str, list[int]] = defaultdict(list)
    for index, source in enumerate(sources):
        by_site[source.site.casefold()].append(index)
    return list(by_site.values())


def _site_own_texts(texts: list[str]) -> list[str]:
    """Each of one site's texts without its quotations, nor the paragraphs of the site's
    template."""
    unquoted = [_unquoted(text) for text in texts]
    if len(texts) < TEMPLATE_ARTICLES:
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


def _kept_shingles(keys: list[str], keeper: Keeper | None) -> dict[str, np.ndarray]:
    """The 5-grams of the own texts among `keys` that the last call or `keeper` kept."""
    if keeper is not None:
        return keeper.shingles(keys, _Last.shingles)
    return {key: _Last.shingles[key] for key in keys if key in _Last.shingles}
