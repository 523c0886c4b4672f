"""Under the story: the agency's initials signing off, the site asking for news tips with where
to send them, and its "Advertise here" link. Story lines of like words stay."""

from __future__ import annotations

import pytest

from generator.analysis.clean import clean
from tests.conftest import dropped, page, story_lines

_TITLE = "Ferry service resumes after storm"
_STORY = (
    "Portvale, March 3, QRW-The island ferry resumed sailing on Friday after a three-day halt.",
    "Harbour staff cleared debris from the slipway overnight, the operator said on Friday.",
    "Extra crossings will run on Saturday to clear the backlog of freight, it added.",
)


def test_the_agency_initials_of_the_dateline_alone_under_the_story_are_dropped() -> None:
    assert dropped(page(*_STORY, "QRW"), _TITLE) == {"QRW": "byline"}


def test_initials_the_story_never_names_stay_as_its_heading() -> None:
    story = (_STORY[1], _STORY[2], "FAQ", "- Tickets bought for the cancelled days stay valid")
    assert story_lines(clean(page(*story), _TITLE))[-2:] == [
        "FAQ",
        "Tickets bought for the cancelled days stay valid",
    ]


@pytest.mark.parametrize(
    "tip",
    [
        "Send your stories and pictures to newsroom@example.org",
        "Email your news tips to desk@example.org or call +000 222 333 444",
        "Share your videos with our desk on WhatsApp",
    ],
)
def test_a_request_for_news_tips_with_where_to_send_them_is_dropped(tip: str) -> None:
    assert dropped(page(*_STORY, tip), _TITLE) == {tip: "call to action"}


def test_a_reported_request_for_photos_stays() -> None:
    told = (
        "Send your photos of the storm damage to the council by e-mail, the mayor told residents."
    )
    assert story_lines(clean(page(*_STORY, told), _TITLE)) == [*_STORY, told]


@pytest.mark.parametrize("link", ["Advertise here", "Advertise on our website"])
def test_the_sites_advertise_link_is_dropped_and_a_story_sentence_stays(link: str) -> None:
    assert dropped(page(*_STORY, link), _TITLE) == {link: "advertisement"}
    told = "Advertise here, the operator's new slogan on the ferry's hull, drew laughter."
    assert story_lines(clean(page(*_STORY, told), _TITLE)) == [*_STORY, told]
