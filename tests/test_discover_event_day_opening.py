"""An event's day is the one its articles' openings name: a day told only further down ("It was on
Sunday that the thieves struck", in a report of Wednesday's hearing) is what came before, and
yields to it when the articles are split between the two."""

from __future__ import annotations

import datetime

from generator.briefing.discover import find_events
from tests.conftest import reported_item

WEDNESDAY = datetime.date(2031, 10, 22)

HEARING = "gallery chief Anna Berg about the security failures at the city gallery"


def test_a_day_named_in_an_opening_outweighs_one_named_only_further_down() -> None:
    items = [
        reported_item(
            "questioned",
            "Gallery chief questioned by senators",
            f"Senators on Wednesday questioned {HEARING}. Berg told the culture committee "
            "that the outside cameras did not cover the balcony.",
            WEDNESDAY,
        ),
        reported_item(
            "admits",
            "Gallery chief admits security failures",
            f"Senators heard {HEARING}. She said the outside cameras did not cover the "
            "balcony. It was on Sunday that the thieves struck, shortly after the gallery opened.",
            WEDNESDAY,
        ),
    ]
    (event,) = find_events(items).events
    assert event.date == WEDNESDAY
