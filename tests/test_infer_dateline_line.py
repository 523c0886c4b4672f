"""A dateline printed on a line of its own ("Kellerby, June 23") below a repeated headline, a
standfirst and a caption gives an undated article its day, the year from a date nearby; a
weekday before a date is no place."""

from __future__ import annotations

import datetime

from generator.content.infer import infer_published

HEADLINE = (
    "A harbour pilot, a ferry captain and a deckhand were rescued after the storm off the old "
    "Kellerby lighthouse : The Kellerby Tribune"
)
STORY = (
    "A harbour pilot, a ferry captain and a deckhand were rescued on Thursday after the storm "
    "drove their launch onto the rocks below the old lighthouse, the harbour board said."
)


def page(*lines: str) -> str:
    return "\n\n".join(lines)


def test_a_dateline_of_its_own_below_long_lines_dates_the_article() -> None:
    body = page(
        HEADLINE,
        "The harbour board on Thursday said every one of the launch's crew had been brought "
        "ashore alive after a night on the rocks below the lighthouse",
        "A lifeboat stands by the rocks below the old Kellerby lighthouse during the rescue "
        "of the launch's crew, June 22, 2031. Reuters",
        "Kellerby, June 23",
        STORY,
    )
    found = infer_published(body)
    assert found is not None
    assert found.value == datetime.date(2031, 6, 23)
    assert "Kellerby, June 23" in found.how


def test_a_weekday_and_date_line_is_no_dateline() -> None:
    body = page(
        HEADLINE,
        "A lifeboat stands by the rocks below the old Kellerby lighthouse during the rescue "
        "of the launch's crew on a stormy night, June 22, 2031.",
        "Tuesday, June 23",
        STORY,
    )
    assert infer_published(body) is None


def test_a_label_or_a_timeline_of_place_date_lines_dates_nothing() -> None:
    stated = "The old pier was first opened on June 22, 2031, the harbour board said."
    labelled = page(HEADLINE, "Updated, June 23", STORY, stated)
    timeline = page(HEADLINE, "Kellerby, June 18", "Kellerby, June 19", STORY, stated)
    assert infer_published(labelled) is None
    assert infer_published(timeline) is None
