"""Origins a reader sees in a text: a network's name and dash opening the story, a line saying
where the article first appeared, an agency in a lone article's outlet name, and the copy a
group's origin is found in when several credit it alike."""

from __future__ import annotations

import datetime

from generator.briefing.copies import Source, credits, origin, own_origin

STORY = (
    "The president will travel to the capital next month for talks on trade and climate, the "
    "White House said on Monday."
)


def test_a_network_name_and_dash_opening_the_story_is_its_dateline() -> None:
    (credit,) = credits(f"CNN —\n{STORY}")
    assert (credit.agency, credit.how) == ("CNN", "dateline")
    found = own_origin(Source("a", f"Washington CNN — {STORY}", "travel.example"))
    assert found is not None and found.name == "CNN"


def test_a_dash_after_a_network_named_in_a_sentence_is_no_dateline() -> None:
    assert own_origin(Source("a", f"{STORY} Viewers of CNN — and others — saw it.", "x")) is None


def test_a_line_saying_where_it_first_appeared_names_its_origin() -> None:
    text = f"{STORY}\n\nThis article originally appeared on USA TODAY: President to visit capital"
    found = own_origin(Source("a", text, "news.example"))
    assert found is not None and found.name == "USA Today"


def test_an_agency_in_a_lone_articles_outlet_name_is_its_origin() -> None:
    found = own_origin(Source("a", STORY, "nordot.example", outlet="Nordot (Kyodo)"))
    assert found is not None and (found.name, found.how) == (
        "Kyodo",
        "credited in the outlet's name 'Nordot (Kyodo)'",
    )


def test_copies_crediting_an_agency_alike_find_it_in_the_earliest() -> None:
    late = Source("a-late", STORY, "a.example", datetime.date(2023, 9, 11), "Gazette (AP)")
    early = Source("b-early", STORY, "b.example", datetime.date(2023, 9, 10), "Journal (AP)")
    undated = Source("c", STORY, "c.example", None, "Madlime (AP)")
    found = origin([late, early, undated])
    assert (found.name, found.article) == ("AP", "b-early")


def test_a_national_agencys_sign_off_names_its_origin() -> None:
    text = f"{STORY}\n\nThis report by The Canadian Press was first published June 28, 2023."
    found = own_origin(Source("a", text, "news.example"))
    assert found is not None and found.name == "The Canadian Press"
