"""A site's template: the short lines that recur in several of one site's articles in a briefing.

The cleaner's rules read one page at a time, so a site's own furniture that looks like nothing
they know ("Keywords", "(END)", "Korea JoongAng Daily", a section label) stays in the text. A
reader sees through it at once on the third page from that site: the same line, page after
page. This module finds those lines across the briefing; clean.clean drops them with a reason
that says where they recur.

Only short lines that are not sentences count (see `is_candidate`): a sentence that recurs in
one site's articles is usually the story's background paragraph, republished with each update,
and the story must lose nothing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from generator.analysis.lines import Line, ends_sentence

MIN_ARTICLES = 3  # a line in this many of one site's articles is its template...
MIN_SHARE = 0.5  # ...when they are also at least this share of the site's articles
MAX_WORDS = 12  # a template line is a label, a name or a link, not a paragraph

# (line, reason) for each line of one article that is its site's template: what clean.clean
# takes, plain and hashable, so that it can be part of the article's analysis key.
Template = tuple[tuple[str, str], ...]


def is_candidate(line: Line) -> bool:
    """Whether a line the rules kept could be its site's template: short, and not a sentence."""
    return line.words <= MAX_WORDS and not ends_sentence(line.plain)


def site_templates(articles: Mapping[str, tuple[str, Iterable[str]]]) -> dict[str, Template]:
    """Each article's template lines, by article key, for those that have any.

    `articles` gives each article's site and its candidate lines (see is_candidate), keyed by
    anything unique. An article with no site has no template.
    """
    by_site: dict[str, list[str]] = defaultdict(list)
    for key, (site, _) in articles.items():
        if site:
            by_site[site].append(key)
    templates = {}
    for site, keys in by_site.items():
        recurring = _recurring(site, [set(articles[key][1]) for key in keys])
        for key in keys:
            found = sorted(
                (line, recurring[line]) for line in articles[key][1] if line in recurring
            )
            if found:
                templates[key] = tuple(dict(found).items())
    return templates


def _recurring(site: str, candidates: list[set[str]]) -> dict[str, str]:
    """The lines in enough of one site's articles, each with the reason it is dropped."""
    counts = Counter(line for lines in candidates for line in lines)
    needed = max(MIN_ARTICLES, MIN_SHARE * len(candidates))
    return {
        line: f"site template (in {count} of {len(candidates)} articles from {site})"
        for line, count in counts.items()
        if count >= needed
    }
