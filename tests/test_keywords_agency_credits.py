"""A news agency's name is a credit, not what a story is about (issue 18): "AFP", "Agence
France-Presse", "an AFP journalist" and "the Associated Press" are no keywords, unless the
headline names the agency, as a story about the agency itself does; nor is a picture credit's
photographer ("AP Photo/Jo Lin") or a credit glued to the next caption ("PressPhoto")."""

from __future__ import annotations

import pytest

from generator.analysis.keywords import extract_keywords
from tests.conftest import fixed_ranking

GALLERY_STORY = """\
The Lakeside gallery reopened its doors on Wednesday, three days after thieves took six \
paintings, an AFP journalist saw. Agence France-Presse counted some forty visitors.

The first visitors entered at nine, though the east wing remained closed. "We are open again," \
the curator Ilse Marten told AFP.

The thieves used a ladder on a truck to reach a window of the east wing. Associated Press \
writer Jo Lin contributed to this report; AFP journalists saw the truck. Photo: AFP"""


@pytest.mark.parametrize(
    "credit",
    ["AFP", "Agence France-Presse", "AFP journalist", "Press"],
)
def test_an_agency_named_as_a_credit_is_no_keyword(credit: str) -> None:
    ranking = [credit, "east wing", "Ilse Marten", "thieves", "ladder", "paintings"]
    found = extract_keywords(
        "Gallery reopens after robbery", GALLERY_STORY, rank=fixed_ranking(*ranking)
    )
    assert not any(word in keyword for keyword in found for word in ("AFP", "Agence", "Press"))
    assert {"east wing", "Ilse Marten"} <= set(found), found


def test_an_agency_the_headline_names_is_what_the_story_is_about() -> None:
    story = (
        "Reuters said on Monday it would sell its photo archive to a museum fund. The archive "
        "holds three million pictures, Reuters said.\n\nThe sale still needs the approval of the "
        "regulator, the fund's chair Lena Obi said."
    )
    ranking = ["Reuters", "photo archive", "museum fund", "Lena Obi", "regulator"]
    about = extract_keywords("Reuters to sell picture archive", story, rank=fixed_ranking(*ranking))
    credited = extract_keywords(
        "Museum fund buys picture archive", story, rank=fixed_ranking(*ranking)
    )
    assert "Reuters" in about, about
    assert "Reuters" not in credited, credited


def test_a_headline_ending_in_its_outlet_does_not_make_the_agency_the_topic() -> None:
    story = (
        "The Lakeside gallery reopened on Wednesday, Reuters reported. Its curator, Ilse "
        "Marten, said the east wing would stay closed.\n\n"
        "The Reuters count put the visitors at forty."
    )
    ranking = ["Reuters", "east wing", "Ilse Marten", "visitors", "gallery"]
    found = extract_keywords(
        "Lakeside gallery reopens | Reuters", story, rank=fixed_ranking(*ranking)
    )
    assert "Reuters" not in found and "Reuters count" not in found, found
    assert "Ilse Marten" in found, found


@pytest.mark.parametrize("credit", ["Jo Lin", "Canadian PressPhoto"])
def test_a_picture_credit_left_in_the_text_gives_no_keyword(credit: str) -> None:
    story = (
        "Visitors queue outside the Lakeside museum, which stayed shut after the raid. (AP "
        "Photo/Jo Lin, File) Photo: The Canadian PressPhoto: The Canadian Press\n\n"
        "A fourth man has been charged over the raid on the Lakeside museum, prosecutor Ilse "
        "Marten said on Friday."
    )
    ranking = [credit, "Lakeside museum", "Ilse Marten", "fourth man", "raid"]
    found = extract_keywords("Fourth man charged", story, rank=fixed_ranking(*ranking))
    assert credit not in found, found
    assert {"Lakeside museum", "Ilse Marten"} <= set(found), found


def test_a_headline_that_opens_on_a_label_still_names_its_agency() -> None:
    story = (
        "Reuters has obtained the museum fund's papers, which show the photo archive was sold "
        "for less than its worth.\n\nThe fund's chair Lena Obi said the sale was fair."
    )
    ranking = ["Reuters", "photo archive", "museum fund", "Lena Obi", "sale"]
    found = extract_keywords(
        "Exclusive - Reuters obtains archive papers", story, rank=fixed_ranking(*ranking)
    )
    assert "Reuters" in found, found
