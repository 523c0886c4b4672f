"""A relative og:url ("index.php/news/...") is no address `digest add` writes down: a host ends
in a top-level domain, never a file's extension (invented pages)."""

from __future__ import annotations

import pytest

from generator.collect.extract import extract_article

STORY = " ".join(
    f"The valley trust met on morning {number} to weigh the new bus routes, and the "
    "parents asked for a second hearing before the school year begins."
    for number in range(1, 9)
)
HEADLINE = "Valley trust delays bus routes"


def page(og_url: str) -> str:
    return (
        f'<html><head><title>{HEADLINE}</title><meta property="og:url" content="{og_url}">'
        f"</head><body><article><h1>{HEADLINE}</h1><p>{STORY}</p><p>{STORY}</p></article>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    "og_url",
    ["index.php/news/valley-trust-delays-bus-routes", "news.aspx/valley-trust-bus-routes"],
)
def test_a_relative_og_url_on_a_saved_page_gives_no_address(og_url: str) -> None:
    assert extract_article(page(og_url)).url == ""
