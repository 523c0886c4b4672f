"""The address and date `digest add` takes from what a page says of its own address
(invented pages)."""

from __future__ import annotations

import datetime

from generator.collect.extract import extract_article

STORY = " ".join(
    f"The harbour board met on day {number} to weigh the new ferry timetable, and the "
    "councillors asked for a second hearing before the winter season begins."
    for number in range(1, 9)
)
HEADLINE = "Harbour board delays ferry timetable"


def page(head: str = "", after: str = "") -> str:
    """An invented page: more of <head>, and markup after the article."""
    return (
        f"<html><head><title>{HEADLINE}</title>{head}</head><body><article><h1>{HEADLINE}</h1>"
        f"<p>{STORY}</p><p>{STORY}</p></article>{after}</body></html>"
    )


def test_og_url_written_without_a_scheme_is_the_pages_address() -> None:
    og_url = '<meta property="og:url" content="www.coastalcourier.es/2012/10/28/ferries.html">'
    html = page(og_url, after='<a href="http://www.coastalcourier.es/">Portada</a>')
    assert extract_article(html).url == "http://www.coastalcourier.es/2012/10/28/ferries.html"


def test_og_url_without_a_scheme_on_a_page_with_no_link_to_its_host_is_https() -> None:
    og_url = '<meta property="og:url" content="www.coastalcourier.es/2012/10/28/ferries.html">'
    assert extract_article(page(og_url)).url.startswith("https://www.coastalcourier.es/2012/")


def related(day: str) -> str:
    """A list of links to other articles, each with the date it is filed under."""
    links = "".join(
        f'<li><a href="/2011/08/{day}/story-{n}/">Other story {n}</a> 2011/08/{day}</li>'
        for n in range(3)
    )
    return f"<ul>{links}</ul>"


def test_date_the_address_files_the_article_under_beats_a_linked_articles_date() -> None:
    canonical = '<link rel="canonical" href="https://www.example.com/2010/politics/08/13/ferries/">'
    found = extract_article(page(canonical, after=related("19")))
    assert found.published == datetime.date(2010, 8, 13)
