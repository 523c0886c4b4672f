"""A page never makes the reader read the same words twice in a row."""

from __future__ import annotations

import datetime

import pytest

from generator.models import BriefingConfig, EventGroup
from generator.site.pages import keyword_index
from generator.site.render import make_environment, render_site, template_names
from generator.site.theme import default_templates
from generator.site.views import Page, QuoteView, SpeakersContext, SpeakerView
from tests.conftest import article

ENV = make_environment(default_templates())
OPENING = "The ferry to Lantern Island ran again on Monday after a week of storms."


def article_page(**changes: object) -> str:
    story = article(**changes)
    group = EventGroup("e", "Event", datetime.date(2026, 1, 5), "", "events/e.html", (story,))
    pages = dict(render_site(BriefingConfig(title="B"), [group], keyword_index([story]), ENV))
    return pages[story.path].decode()


def test_a_lead_the_body_opens_with_is_not_boxed_above_it() -> None:
    page = article_page(lead=OPENING, text=f"{OPENING}\n\nPassengers cheered the captain.")
    assert page.count("Lantern Island") == 1
    assert "lead-box" not in page


def test_a_lead_the_body_does_not_open_with_keeps_its_box() -> None:
    page = article_page(lead=OPENING, text="Passengers cheered the captain.")
    assert "lead-box" in page and page.count("Lantern Island") == 1


def test_a_speakers_heading_is_not_repeated_on_each_of_their_quotes() -> None:
    quotes = tuple(
        QuoteView(f"q{n}", "Mira Okafor", "harbour master", text, (), (), False)
        for n, text in enumerate(["We sail at dawn", "The pier held"])
    )
    page = Page("speakers.html", "Speakers", "B", "", "", "style.css", "icon.svg", "feed.xml", ())
    context = SpeakersContext(page, (SpeakerView("Mira Okafor", "mira", "", quotes),), 0)
    html = ENV.get_template("speakers.html").render(**template_names(context))
    assert "We sail at dawn" in html and "The pier held" in html
    assert html.count("Mira Okafor") == 2  # the index and the heading, never each quote


@pytest.mark.parametrize(
    ("unattributed", "said"),
    [(1, "1 quotation is left unattributed"), (3, "3 quotations are left unattributed")],
)
def test_the_speakers_page_counts_unattributed_quotes_in_good_grammar(
    unattributed: int, said: str
) -> None:
    page = Page("speakers.html", "Speakers", "B", "", "", "style.css", "icon.svg", "feed.xml", ())
    html = ENV.get_template("speakers.html").render(
        **template_names(SpeakersContext(page, (), unattributed))
    )
    where = "it is listed on its event" if unattributed == 1 else "they are listed on their"
    assert said in html and where in html


def test_a_lead_the_top_of_the_body_holds_under_a_heading_is_not_boxed() -> None:
    text = f"## Crews cheer the ferry's return\n\n{OPENING}\n\nPassengers cheered the captain."
    page = article_page(lead=OPENING, text=text)
    assert "lead-box" not in page and page.count("Lantern Island") == 1


def test_a_lead_whose_sentences_stand_in_the_first_paragraphs_is_not_boxed() -> None:
    second = "Passengers cheered the captain."
    text = f"{OPENING}\n\n## The crossing\n\nPhoto: harbour office\n\n{second}\n\nMore later."
    page = article_page(lead=f"{OPENING} {second}", text=text)
    assert "lead-box" not in page and page.count("Lantern Island") == 1


def test_a_lead_the_top_of_the_body_lacks_keeps_its_box() -> None:
    text = "Passengers cheered the captain.\n\n" + "Another paragraph.\n\n" * 4 + OPENING
    page = article_page(lead=OPENING, text=text)
    assert "lead-box" in page
