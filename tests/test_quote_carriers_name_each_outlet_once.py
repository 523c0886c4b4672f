"""Where a page lists the articles carrying a quotation ("In ..."), each outlet is named once:
one outlet's several articles are linked by their dates, or by their headlines where the dates
cannot tell them apart, never by the same name twice."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from pathlib import Path

from generator.build import Project, build
from generator.models import BriefingQuote, Carrier
from generator.site.sources import Sources
from tests.conftest import article

SAID = "We cannot keep the pier open any longer"


def _carrier_line(*specs: tuple[str, str, datetime.date | None, str]) -> list[tuple[str, list]]:
    articles = [
        article(id=i, path=f"articles/{i}.html", outlet=outlet, published=day, title=title)
        for i, outlet, day, title in specs
    ]
    quote = BriefingQuote("q", "Ana Ruiz", "", SAID, tuple(Carrier(a.id, 0) for a in articles))
    view = Sources({a.id: a for a in articles}).quote_view(quote, "events/e.html")
    return [(c.outlet, [link.text for link in c.links]) for c in view.carriers]


def test_an_outlets_two_articles_are_named_once_and_linked_by_date() -> None:
    shown = _carrier_line(
        ("a", "Lantern (Kenya)", datetime.date(2031, 3, 4), "Pier to close"),
        ("b", "Ledger", datetime.date(2031, 3, 5), "Boats told to leave"),
        ("c", "Lantern (Kenya)", datetime.date(2031, 3, 5), "Traders fear closure"),
    )
    assert shown == [("Lantern (Kenya)", ["4 Mar", "5 Mar"]), ("Ledger", ["Ledger"])]


def test_articles_of_one_day_are_linked_by_their_headlines() -> None:
    day = datetime.date(2031, 3, 4)
    shown = _carrier_line(
        ("a", "Lantern", day, "Pier to close"), ("b", "Lantern", day, "Traders fear closure")
    )
    assert shown == [("Lantern", ["Pier to close", "Traders fear closure"])]


def test_the_event_page_names_an_outlet_carrying_a_quotation_once(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    def story(day: int, opening: str, closing: str) -> str:
        return (
            f'---\ntitle: "{opening[:30]}"\noutlet: "Lantern (Kenya)"\n'
            f"url: https://lantern.example/{day}\npublished: 2031-03-0{day}\n---\n"
            f'{opening}\n\n"{SAID}," said Ana Ruiz, the harbour engineer.\n\n{closing}\n'
        )

    content = make_content(
        {
            "a.md": story(
                4,
                "The port board said on Monday it would close the old ferry pier for repairs.",
                "Ferry crews will move to the new terminal across the creek while work goes on.",
            ),
            "b.md": story(
                5,
                "Traders near the old ferry pier fear its closure will cost them the season.",
                "They asked the county for help with their rents until the pier reopens.",
            ),
        }
    )
    build(Project(content, tmp_path / "site"))
    page = (tmp_path / "site" / "speakers.html").read_text("utf-8")
    (line,) = {line for line in page.splitlines() if 'class="carriers"' in line}
    assert re.sub(r"<[^>]+>", "", line).strip() == "In Lantern (Kenya) (4 Mar, 5 Mar)"
