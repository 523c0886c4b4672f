"""The headline and the outlet's name `digest add` takes from a page whose <title>, og:title or
og:site_name wraps them in the site's name or address (invented pages)."""

from __future__ import annotations

from generator.collect.extract import extract_article

STORY = " ".join(
    f"The harbour board met on day {number} to weigh the new ferry timetable, and the "
    "councillors asked for a second hearing before the winter season begins."
    for number in range(1, 9)
)
HEADLINE = "Harbour board delays ferry timetable"


def page(title: str, head: str = "") -> str:
    """An invented page with its <title>, more of <head>, and the headline as its <h1>."""
    return (
        f"<html><head><title>{title}</title>{head}</head><body><article><h1>{HEADLINE}</h1>"
        f"<p>{STORY}</p><p>{STORY}</p></article></body></html>"
    )


def test_site_name_before_the_headline_in_og_title_is_cut_off() -> None:
    # trafilatura takes the og:title, which puts the site's name first.
    og_title = f'<meta property="og:title" content="Coastal Courier | {HEADLINE}">'
    html = page(f"Coastal Courier | {HEADLINE}", og_title)
    assert extract_article(html).title == HEADLINE


def test_og_site_name_that_is_a_host_gives_way_to_the_name_in_the_title() -> None:
    site_name = '<meta property="og:site_name" content="www.coastalcourier.fr">'
    html = page(f"{HEADLINE} - Le Courrier Côtier", site_name)
    assert extract_article(html).outlet == "Le Courrier Côtier"


def test_og_site_name_that_is_a_host_is_kept_when_the_page_names_nothing_else() -> None:
    site_name = '<meta property="og:site_name" content="www.coastalcourier.fr">'
    assert extract_article(page(HEADLINE, site_name)).outlet == "www.coastalcourier.fr"


def test_bracketed_gloss_after_the_outlets_name_in_the_title_is_dropped() -> None:
    html = page(f"{HEADLINE} - Coast News (Coastal Broadcasting Service)")
    assert extract_article(html).outlet == "Coast News"


def test_masthead_logo_names_the_outlet_when_nothing_else_does() -> None:
    masthead = '<a href="/"><img src="/masthead.png" alt="COASTNEWS logo"></a>'
    html = page(HEADLINE).replace("<body>", f"<body><header>{masthead}</header>")
    assert extract_article(html).outlet == "COASTNEWS"


def test_logo_in_a_link_to_another_page_names_no_outlet() -> None:
    # A sponsor's or partner's logo links elsewhere: not the site's own masthead.
    banner = '<a href="/partners/ferries"><img src="/p.png" alt="Ferry Partners"></a>'
    html = page(HEADLINE).replace("<body>", f"<body><aside>{banner}</aside>")
    assert extract_article(html).outlet != "Ferry Partners"
