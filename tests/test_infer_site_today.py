"""A date line above the story that is the site's "today" (the day the page was saved, long
after every date the story states) is not taken for the publication date, and the warning
for the missing date says why."""

from __future__ import annotations

import datetime

from generator.briefing.assemble import article_record
from generator.content.infer import SetAside, infer_published, read_published
from generator.models import FrontMatter, SourceArticle
from tests.conftest import sample_analysis

STORY = (
    "During her visit to the harbour on Sunday, the mayor denied that the new ferry contract "
    "was part of a broader effort to close the old pier at Lantern Island for good."
)
CAPTION = (
    "The mayor speaks to reporters at the pier on March 3, 2031, on the first day of her tour "
    "of the islands."
)


def page(header: str, caption: str = CAPTION) -> str:
    return f"{header}\nHomeharbourMayor on the ferry contract\n\n{STORY}\n\n{caption}\n"


def test_a_header_weekday_and_date_months_after_the_story_is_set_aside() -> None:
    body = page("Friday, November 28, 2031")
    assert infer_published(body) is None
    found = read_published(body)
    assert isinstance(found, SetAside)
    assert found.value == datetime.date(2031, 11, 28)
    assert "‘March 3, 2031’" in found.why and "270 days after" in found.why


def test_a_header_date_near_the_story_s_dates_is_taken() -> None:
    found = infer_published(page("Tuesday, March 4, 2031"))
    assert found is not None and found.value == datetime.date(2031, 3, 4)


def test_a_header_date_is_taken_when_the_story_states_no_full_date() -> None:
    caption = "The mayor speaks to reporters at the pier."
    found = infer_published(page("Friday, November 28, 2031", caption))
    assert found is not None and found.value == datetime.date(2031, 11, 28)


def test_the_missing_date_warning_says_why_the_header_date_was_not_taken() -> None:
    source = SourceArticle("articles/a.txt", FrontMatter(), page("Friday, November 28, 2031"))
    record = article_record(source, sample_analysis(), (), "a")
    assert "published" not in {name for name, _, _ in record.inferred}
    (hint,) = [p.message for p in record.problems if "no publication date" in p.message]
    assert "‘Friday, November 28, 2031’" in hint and "not taken" in hint
