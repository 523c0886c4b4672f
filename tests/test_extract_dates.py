"""The publication date `digest add` reads from invented pages, against htmldate's slips."""

from __future__ import annotations

import datetime

from generator.collect.extract import extract_article

STORY = " ".join(
    f"The harbour board met on day {number} to weigh the new ferry timetable, and the "
    "councillors asked for a second hearing before the winter season begins."
    for number in range(1, 9)
)
HEADLINE = "Harbour board delays ferry timetable"


def page(
    head: str = "", before: str = "", opening: str = "", after: str = "", lang: str = "en"
) -> str:
    """An invented page: more of <head>, markup before the article, the article's first words,
    markup after it, and the page's language."""
    return (
        f'<html lang="{lang}"><head><title>{HEADLINE}</title>{head}</head><body>{before}'
        f"<article><h1>{HEADLINE}</h1><p>{opening}{STORY}</p><p>{STORY}</p></article>{after}"
        "</body></html>"
    )


def test_numeric_date_on_a_us_page_is_read_month_first() -> None:
    byline = '<span class="published updated">3/09/15 8:00am</span>'
    html = page(before=byline, lang="en-US")
    assert extract_article(html).published == datetime.date(2015, 3, 9)


def test_numeric_date_on_a_british_page_is_read_day_first() -> None:
    byline = '<span class="published updated">3/09/15 8:00am</span>'
    html = page(before=byline, lang="en-GB")
    assert extract_article(html).published == datetime.date(2015, 9, 3)


def test_dateline_comes_before_a_date_in_a_script_comment() -> None:
    script = "<script>/* :: 2015.02.04 rewrite :: */ var menu = 1;</script>"
    html = page(before=script, opening="Feb. 23, 2015 -- ")
    assert extract_article(html).published == datetime.date(2015, 2, 23)


def test_declared_date_comes_before_the_dateline() -> None:
    meta = '<meta property="article:published_time" content="2015-02-22T23:10:00-05:00">'
    html = page(head=meta, opening="Feb. 23, 2015 -- ")
    assert extract_article(html).published == datetime.date(2015, 2, 22)


def test_embedded_videos_date_gives_way_to_the_articles_own() -> None:
    video = (
        '<div itemscope itemtype="https://schema.org/VideoObject">'
        '<meta itemprop="datePublished" content="2015-03-12T13:11:07Z"></div>'
    )
    own = (
        '<div itemscope itemtype="https://schema.org/Article">'
        '<meta itemprop="datePublished" content="2015-03-11T19:46:14Z"></div>'
    )
    html = page(before=video, after=own)
    assert extract_article(html).published == datetime.date(2015, 3, 11)


def test_a_dateline_month_is_a_month_name_not_any_word() -> None:
    from generator.collect.published import _dateline

    assert _dateline("Feb. 23, 2015 -- The harbour board met.") == datetime.date(2015, 2, 23)
    assert _dateline("Sept 3, 2015 - The harbour board met.") == datetime.date(2015, 9, 3)
    assert _dateline("Ferry 23, 2015 -- The harbour board met.") is None
