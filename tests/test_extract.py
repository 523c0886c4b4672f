"""The page's own address and name as `digest add` reads them from invented pages' markup."""

from __future__ import annotations

from generator.collect.extract import extract_article

STORY = " ".join(
    f"The harbour board met on day {number} to weigh the new ferry timetable, and the "
    "councillors asked for a second hearing before the winter season begins."
    for number in range(1, 9)
)


def story_page(head: str, body_start: str = "") -> str:
    """An invented news page: `head` inside <head>, `body_start` before the article."""
    return (
        f"<html><head><title>Harbour board delays ferry timetable | Coastal Courier</title>{head}"
        f"</head><body>{body_start}<article><h1>Harbour board delays ferry timetable</h1>"
        f"<p>{STORY}</p><p>{STORY}</p></article></body></html>"
    )


def test_canonical_link_parsed_into_the_body_is_still_the_pages_address() -> None:
    # A stray element in <head> makes the parser open <body> early: the canonical link after it
    # ends up in the body, where trafilatura does not look.
    html = story_page(
        '<span>ad</span><link rel="canonical" href="https://courier.example/news/ferry-delay">'
    )
    assert extract_article(html).url == "https://courier.example/news/ferry-delay"


def test_og_url_is_the_address_when_there_is_no_canonical_link() -> None:
    html = story_page(
        '<span>ad</span><meta property="og:url" content="https://courier.example/news/ferry">'
    )
    assert extract_article(html).url == "https://courier.example/news/ferry"


def test_page_without_declared_address_has_none() -> None:
    assert extract_article(story_page("")).url == ""


def test_site_name_that_is_an_address_gives_way_to_the_title_suffix() -> None:
    html = story_page('<meta property="og:site_name" content="http://www.courier.example">')
    assert extract_article(html).outlet == "Coastal Courier"


def test_site_name_is_kept_when_it_is_a_name() -> None:
    html = story_page('<meta property="og:site_name" content="The Coastal Courier">')
    assert extract_article(html).outlet == "The Coastal Courier"
