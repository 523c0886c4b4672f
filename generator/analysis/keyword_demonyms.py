"""A country's adjective beside its name: "Swiss" beside "Switzerland" is one keyword, the
country's name."""

from __future__ import annotations

# The adjectives whose country word_roots cannot find from their spelling ("Swiss",
# "Switzerland"; "Korean" and "Korea" share a root, so they never stand side by side), each
# with its country as written.
_COUNTRY_OF = {
    "swiss": "Switzerland",
    "french": "France",
    "dutch": "Netherlands",
    "british": "Britain",
    "welsh": "Wales",
    "irish": "Ireland",
    "scottish": "Scotland",
    "greek": "Greece",
    "danish": "Denmark",
    "swedish": "Sweden",
    "finnish": "Finland",
    "polish": "Poland",
    "turkish": "Turkey",
    "spanish": "Spain",
    "thai": "Thailand",
    "filipino": "Philippines",
    "saudi": "Saudi Arabia",
    "emirati": "United Arab Emirates",
    "israeli": "Israel",
    "pakistani": "Pakistan",
    "iraqi": "Iraq",
    "kuwaiti": "Kuwait",
    "qatari": "Qatar",
    "yemeni": "Yemen",
    "bangladeshi": "Bangladesh",
    "peruvian": "Peru",
    "norwegian": "Norway",
}


def without_country_adjectives(keyword_lists: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The lists without a country's adjective where the same list holds the country's name:
    "Swiss" goes beside "Switzerland", as "Swiss" alone names the country too."""
    return [_without_adjectives(keywords) for keywords in keyword_lists]


def _without_adjectives(keywords: tuple[str, ...]) -> tuple[str, ...]:
    """One list without the adjectives of the countries it names."""
    held = set(keywords)
    return tuple(keyword for keyword in keywords if _COUNTRY_OF.get(keyword.casefold()) not in held)
