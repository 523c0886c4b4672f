"""The day `digest add` gives an article dated in UTC: the day before only when the page states
that day solely as early UTC times and is an American page, not merely one whose language is
"en-US", the default of WordPress everywhere (invented pages)."""

from __future__ import annotations

import datetime

from generator.collect.extract import extract_article

STORY = " ".join(
    f"The orchard growers met on evening {number} to weigh the new irrigation rota, and the "
    "council asked for a second survey before the harvest begins."
    for number in range(1, 9)
)
HEADLINE = "Orchard growers delay irrigation rota"
THE_DAY = datetime.date(2026, 3, 2)


def published(when: str) -> str:
    return f'<meta property="article:published_time" content="{when}">'


def page(head: str, opening: str = "", lang: str = "en-US", body: str = "") -> str:
    """An invented page: more of <head>, a dateline opening the story, more of the article."""
    return (
        f'<html lang="{lang}"><head><title>{HEADLINE}</title>{head}</head>'
        f"<body><article><h1>{HEADLINE}</h1>{body}<p>{opening}{STORY}</p><p>{STORY}</p>"
        "</article></body></html>"
    )


def test_an_indian_page_in_wordpress_default_en_us_keeps_its_own_day() -> None:
    # 07:00 in India is 01:30 UTC: the page's own clock says the 2nd.
    head = published("2026-03-02T07:00:00+05:30") + (
        '<meta property="og:locale" content="en_US"><script type="application/ld+json">'
        '{"@type": "NewsArticle", "datePublished": "2026-03-02T01:30:00+00:00"}</script>'
    )
    assert extract_article(page(head, "NEW DELHI (PTI) — ")).published == THE_DAY


def test_en_us_alone_is_no_american_page() -> None:
    # Guam writes en-US too, and 01:30 UTC is 11:30 there on the 2nd.
    assert extract_article(page(published("2026-03-02T01:30:00Z"))).published == THE_DAY


def test_a_dateline_from_abroad_is_no_american_page() -> None:
    html = page(published("2026-03-02T01:30:00Z"), "HAGÅTÑA, Guam — ")
    assert extract_article(html).published == THE_DAY


def test_a_plain_date_for_the_day_outweighs_an_early_utc_time() -> None:
    # The UTC time is a reader's comment's; the page states the article's day plainly.
    head = '<meta name="date" content="2026-03-02">'
    comment = '<p>Posted <abbr title="2026-03-02T01:30:00Z">earlier</abbr> by a reader</p>'
    html = page(head, "DENVER (AP) — ", body=comment)
    assert extract_article(html).published == THE_DAY


def test_a_time_of_the_day_on_the_sites_own_clock_outweighs_an_early_utc_time() -> None:
    head = published("2026-03-02T01:30:00Z") + (
        '<meta property="article:modified_time" content="2026-03-02T09:15:00">'
    )
    assert extract_article(page(head, "ANAHEIM, Calif. — ")).published == THE_DAY


def test_a_time_of_the_day_with_another_offset_outweighs_an_early_utc_time() -> None:
    head = published("2026-03-02T01:30:00Z") + (
        '<meta name="dc.date" content="2026-03-02T07:00:00+05:30">'
    )
    assert extract_article(page(head, "CHICAGO (AP) — ")).published == THE_DAY


def test_a_page_naming_two_countries_is_neither() -> None:
    head = published("2026-03-02T01:30:00Z") + '<meta property="og:locale" content="en_IN">'
    assert extract_article(page(head, "SEATTLE (AP) — ")).published == THE_DAY
