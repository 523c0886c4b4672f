"""The day `digest add` gives an article a page dates only in UTC: the day it was in the country
the page is written for (invented pages)."""

from __future__ import annotations

import datetime

from generator.collect.extract import extract_article

STORY = " ".join(
    f"The harbour board met on day {number} to weigh the new ferry timetable, and the "
    "councillors asked for a second hearing before the winter season begins."
    for number in range(1, 9)
)
HEADLINE = "Harbour board delays ferry timetable"
# A story filed from an American place: with it an "en-US" page is an American one.
DATELINE = "PORTLAND, Ore. (AP) — "


def page(lang: str, published: str) -> str:
    """An invented page in language `lang` whose only date is `published`, its story filed
    from an American place."""
    return (
        f'<html lang="{lang}"><head><title>{HEADLINE}</title>'
        f'<meta property="article:published_time" content="{published}"></head>'
        f"<body><article><h1>{HEADLINE}</h1><p>{DATELINE}{STORY}</p><p>{STORY}</p></article>"
        "</body></html>"
    )


def test_an_early_utc_time_on_an_american_page_is_the_day_before() -> None:
    found = extract_article(page("en-US", "2011-08-25T01:40:40Z"))
    assert found.published == datetime.date(2011, 8, 24)


def test_an_early_utc_time_on_a_british_page_keeps_its_day() -> None:
    found = extract_article(page("en-GB", "2011-08-25T01:40:40Z"))
    assert found.published == datetime.date(2011, 8, 25)


def test_a_utc_midnight_is_a_date_without_a_time_and_keeps_its_day() -> None:
    found = extract_article(page("en-US", "2011-08-25T00:00:00Z"))
    assert found.published == datetime.date(2011, 8, 25)


def test_a_late_utc_time_on_an_american_page_keeps_its_day() -> None:
    found = extract_article(page("en-US", "2011-08-25T15:40:40+00:00"))
    assert found.published == datetime.date(2011, 8, 25)


def test_a_language_without_a_country_is_no_country() -> None:
    # "ar" is Arabic, not Argentina.
    found = extract_article(page("ar", "2011-08-25T01:40:40Z"))
    assert found.published == datetime.date(2011, 8, 25)
