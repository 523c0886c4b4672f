"""The headline and the outlet's name as `digest add` reads them from invented pages."""

from __future__ import annotations

from generator.collect.extract import extract_article

STORY = " ".join(
    f"The harbour board met on day {number} to weigh the new ferry timetable, and the "
    "councillors asked for a second hearing before the winter season begins."
    for number in range(1, 9)
)
HEADLINE = "Harbour board delays ferry timetable"


def page(title: str, head: str = "", before: str = "", heading: str = "") -> str:
    """An invented page: its <title>, more of <head>, markup before the article, and the
    article's own heading (none when '')."""
    return (
        f"<html><head><title>{title}</title>{head}</head><body>{before}<article>{heading}"
        f"<p>{STORY}</p><p>{STORY}</p></article></body></html>"
    )


def test_section_name_in_h1_gives_way_to_the_headline_the_title_names() -> None:
    html = page(HEADLINE, before="<h1>Ferries Travel Center</h1>", heading=f"<h2>{HEADLINE}</h2>")
    assert extract_article(html).title == HEADLINE


def test_icons_title_gives_way_to_the_h1_the_page_title_starts_with() -> None:
    # An inline SVG icon in <head> brings its own <title>, which trafilatura takes.
    html = page(
        f"{HEADLINE} - Coastal Courier",
        before="<h1>See fewer ads</h1><aside><h2>Plan your next trip with us!</h2></aside>",
        heading=f"<h1>{HEADLINE}</h1>",
    ).replace("<head>", "<head><svg><title>icon-close</title></svg>")
    assert extract_article(html).title == HEADLINE


def test_underscore_trail_is_cut_from_the_title_when_the_page_shows_the_headline() -> None:
    html = page(
        f"{HEADLINE}：第二次听证_新闻频道_海港网",
        heading=f'<div class="art_title">{HEADLINE}：第二次听证</div>',
    )
    assert extract_article(html).title == f"{HEADLINE}：第二次听证"


def test_at_and_double_colon_trail_is_cut_from_the_title() -> None:
    html = page(
        f"{HEADLINE} (2) @ Steven_Blog :: Pixel Blogs ::",
        before="<h1>Pixel Blogs</h1><h1>Steven_Blog</h1>",
        heading=f"<h2>{HEADLINE} (2)</h2>",
    )
    assert extract_article(html).title == f"{HEADLINE} (2)"


def test_site_name_leading_the_title_is_not_taken_for_the_headline() -> None:
    html = page(
        f"Coastal Courier Online | {HEADLINE}",
        before='<div class="logo">Coastal Courier Online</div>',
        heading=f"<h1>{HEADLINE}</h1>",
    )
    assert extract_article(html).title == HEADLINE


def test_outlet_is_the_publisher_named_in_json_ld() -> None:
    ld = '{"@type": "Organization", "name": "Coastal Courier", "url": "https://courier.example"}'
    html = page(
        HEADLINE,
        head=f'<script type="application/ld+json">{ld}</script>'
        '<meta name="twitter:site" content="@CoastalCourier">',
        heading=f"<h1>{HEADLINE}</h1>",
    )
    assert extract_article(html).outlet == "Coastal Courier"


def test_twitter_handle_is_the_outlet_when_the_sites_app_has_that_name() -> None:
    html = page(
        HEADLINE,
        head='<meta name="twitter:site" content="@Courier">'
        '<meta property="al:ios:app_name" content="Courier">',
        heading=f"<h1>{HEADLINE}</h1>",
    )
    assert extract_article(html).outlet == "Courier"


def test_outlet_is_the_name_before_the_headline_in_the_title() -> None:
    html = page(f"Harbour Notes: {HEADLINE}", heading=f"<h1>{HEADLINE}</h1>")
    assert extract_article(html, "https://harbournotes.example/2016/05/ferry.html").outlet == (
        "Harbour Notes"
    )


def test_outlet_is_the_copyright_holder_when_nothing_else_names_it() -> None:
    html = page(HEADLINE, heading=f"<h1>{HEADLINE}</h1>").replace(
        "</article>",
        "</article><footer><p>©2005-2015 Courier Media, LLC. All rights reserved.</p></footer>",
    )
    assert extract_article(html).outlet == "Courier Media"


def test_canonical_link_comes_before_a_shorter_og_url() -> None:
    html = page(
        HEADLINE,
        head='<meta property="og:url" content="https://courier.example/post/39">'
        '<link rel="canonical" href="https://courier.example/post/39-ferry-delay">',
        heading=f"<h1>{HEADLINE}</h1>",
    )
    assert extract_article(html).url == "https://courier.example/post/39-ferry-delay"


def test_canonical_link_that_is_no_address_gives_way_to_og_url() -> None:
    html = page(
        HEADLINE,
        head='<meta property="og:url" content="https://courier.example/post/39">'
        '<link rel="canonical" href="8003098">',
        heading=f"<h1>{HEADLINE}</h1>",
    )
    assert extract_article(html).url == "https://courier.example/post/39"


def test_an_underscore_inside_a_word_of_the_title_cuts_nothing() -> None:
    # "Covid_19" is one word; only "_" between spaces, or beside CJK writing, parts a <title>,
    # and the words after a headline are the outlet only past such a separator.
    html = page("Covid_19 cases rise in the harbour towns", heading="<h1>Covid</h1>")
    assert "19 cases" not in extract_article(html).outlet


def test_a_canonical_link_to_the_home_page_is_not_the_articles_address() -> None:
    head = (
        '<link rel="canonical" href="https://coastal.example/">'
        '<meta property="og:url" content="https://coastal.example/news/ferry-timetable">'
    )
    assert (
        extract_article(page(HEADLINE, head=head)).url
        == "https://coastal.example/news/ferry-timetable"
    )


def test_a_desk_or_a_wire_named_as_author_is_no_author() -> None:
    for desk in ("National Desk", "Harbour Wire", "Coastal Courier Staff"):
        html = page(HEADLINE, head=f'<meta name="author" content="{desk}">')
        assert extract_article(html).author == ""


def test_a_person_named_as_author_is_kept() -> None:
    html = page(HEADLINE, head='<meta name="author" content="Maren Holt">')
    assert extract_article(html).author == "Maren Holt"
