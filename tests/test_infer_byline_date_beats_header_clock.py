"""The date beside a reporter's name or an outlet's handle is the article's own: it beats a
site's header clock that prints the day the page was saved, months later, and the finding
says so; a reading time before a "Published"/"Updated" label leaves the label's date readable."""

from __future__ import annotations

import datetime

from generator.content.infer import infer_published

STORY = (
    "Ferry services to the outer islands were suspended on Tuesday after a storm damaged the "
    "main pier at Kessler Bay, the harbour master said in a statement to reporters."
)


def page(*header: str) -> str:
    return "\n".join(header) + f"\nStorm closes the pier at Kessler Bay\n{STORY}\n"


def test_a_handle_dateline_beats_a_header_clock_months_later() -> None:
    body = page("November 20, 2031 8:05 pm (CET)", "| @harbourdesk | Mar 2, 2031, at 07:40 am")
    found = infer_published(body)
    assert found is not None and found.value == datetime.date(2031, 3, 2)
    assert "‘| @harbourdesk | Mar 2, 2031, at 07:40 am’" in found.how
    assert "‘November 20, 2031 8:05 pm (CET)’ is 263 days later" in found.how


def test_a_reporters_byline_date_beats_a_header_clock_months_later() -> None:
    body = page("20 November 2031", "By Mira Okafor | 2 March 2031")
    found = infer_published(body)
    assert found is not None and found.value == datetime.date(2031, 3, 2)


def test_a_handle_beside_the_date_makes_a_dateline() -> None:
    found = infer_published(page("@harbourdesk | Mar 2, 2031"))
    assert found is not None and found.value == datetime.date(2031, 3, 2)


def test_a_header_date_days_from_the_bylines_gives_no_date() -> None:
    # A blog's date and the byline of the story it copies, a day apart: either may be the
    # article's, and a wrong date is worse than none.
    assert infer_published(page("3 March 2031", "By Mira Okafor | 2 March 2031")) is None


def test_a_date_line_opening_with_a_reading_time_is_read() -> None:
    found = infer_published(page("4 min read . Updated: 2 Mar 2031, 07:40 AM CET"))
    assert found is not None and found.value == datetime.date(2031, 3, 2)
    assert "its last update" in found.how


def test_a_reading_time_before_a_published_label_is_read() -> None:
    found = infer_published(page("12 mins read | Published March 2, 2031"))
    assert found is not None and found.value == datetime.date(2031, 3, 2)


def test_a_dateline_stating_its_year_beats_a_header_clock_months_later() -> None:
    body = (
        f"November 20, 2031 8:05 pm (CET)\nStorm closes the pier\n"
        f"KESSLER BAY, March 2, 2031 (HNA) — {STORY}\n"
    )
    found = infer_published(body)
    assert found is not None and found.value == datetime.date(2031, 3, 2)
    assert found.how.startswith("from the dateline ‘KESSLER BAY, March 2, 2031 (HNA) —’")


def test_a_date_line_with_an_update_counted_back_is_read() -> None:
    found = infer_published(page("March 2, 2031 / 7:40 AM / Updated 6 hours ago"))
    assert found is not None and found.value == datetime.date(2031, 3, 2)


def test_a_date_line_naming_its_source_is_read() -> None:
    found = infer_published(page("Sun, 2 Mar 2031 Source: Kessler Radio"))
    assert found is not None and found.value == datetime.date(2031, 3, 2)


def test_a_date_line_agreeing_with_the_byline_does_not_hide_the_header_clock() -> None:
    body = page("20 November 2031", "2 March 2031", "By Mira Okafor | 2 March 2031")
    found = infer_published(body)
    assert found is not None and found.value == datetime.date(2031, 3, 2)
