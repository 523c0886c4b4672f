"""The outlet `digest add` reads from a masthead's logo: only an image linking to the page's own
home page, and only alt text that names something (invented pages)."""

from __future__ import annotations

from generator.collect.extract import extract_article

STORY = " ".join(
    f"The lake trust met on morning {number} to weigh the new mooring fees, and the "
    "boat owners asked for a second hearing before the sailing season begins."
    for number in range(1, 9)
)
HEADLINE = "Lake trust delays mooring fees"
CANONICAL = '<link rel="canonical" href="https://www.lakeledger.example.net/news/mooring-fees">'


def page(masthead: str) -> str:
    """An invented page whose site names itself nowhere but in `masthead`'s images."""
    return (
        f"<html><head><title>{HEADLINE}</title>{CANONICAL}</head><body>{masthead}"
        f"<article><h1>{HEADLINE}</h1><p>{STORY}</p><p>{STORY}</p></article></body></html>"
    )


def logo(href: str, alt: str) -> str:
    return f'<a href="{href}"><img src="i.png" alt="{alt}"></a>'


def test_an_image_link_to_another_sites_home_page_names_no_outlet() -> None:
    found = extract_article(page(logo("https://www.facebook.com/", "Facebook")))
    assert "facebook" not in found.outlet.casefold()


def test_the_logo_linking_to_the_pages_own_host_is_read_after_a_share_button() -> None:
    masthead = logo("https://www.facebook.com/", "Facebook") + logo(
        "https://www.lakeledger.example.net/", "Lake Ledger logo"
    )
    assert extract_article(page(masthead)).outlet == "Lake Ledger"


def test_a_sponsors_image_on_the_home_link_names_no_outlet() -> None:
    found = extract_article(page(logo("/", "Sponsored by Harbour Savings Bank")))
    assert "bank" not in found.outlet.casefold()


def test_a_back_to_the_front_page_image_names_no_outlet() -> None:
    found = extract_article(page(logo("/", "Back to the front page")))
    assert "front page" not in found.outlet.casefold()
