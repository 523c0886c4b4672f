"""An article whose front matter names no author takes the names of the byline the cleaner
removed: the names alone (no "By", no outlet after a bar, no desk, no date), and says where
they were read; a newsroom's or an agency's byline names nobody."""

from __future__ import annotations

import pytest

from generator.briefing.assemble import article_record, assemble
from generator.briefing.authors import byline_names
from generator.models import (
    Analysis,
    ArticleRecord,
    CleanedArticle,
    FrontMatter,
    RemovedLine,
    SourceArticle,
)

STORY = "The harbour board voted on Thursday to close the old ferry pier for a year of repairs."


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Doe, Harbour Courier Regional News Desk", ("Jane Doe",)),
        ("By Kim Lee Park and Ann Roe | Lantern Post", ("Kim Lee Park", "Ann Roe")),
        ("Jane Doe, Kim Lee and Ann Roe, Courier Staff", ("Jane Doe", "Kim Lee", "Ann Roe")),
        ("By Jane Doe Updated March 4, 2031 10:18 AM", ("Jane Doe",)),
        ("Jane Doe | 4 March 2031, 12:18 PM", ("Jane Doe",)),
        ("Author: Kim Lee", ("Kim Lee",)),
        ("Packaged by Ann Roe", ("Ann Roe",)),
        ("By KIM LEE - Wed July 13, 2031", ("Kim Lee",)),
    ],
)
def test_a_byline_gives_the_names_alone(line: str, names: tuple[str, ...]) -> None:
    assert byline_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "By AFP Staff Writers",
        "By Associated Press",
        "By The Harbour Courier",
        "-- AFP",
        "a@b.org",
        "Reporting by Jane Doe; Editing by Kim Lee",
        "Contributing: Jane Doe, Associated Press",
        "JANE DOE and KIM LEE contributed to this report.",
        "Based in Lantern Bay, Jane covers its harbour",
        "Centre for Harbour Studies",
        "Mayor Ann Roe",
        "Lantern Bay Magistrate Court",
        "Publish Date: 11:22 - 16 July 2031",
        "March 4, 2031 05:15 pm | Updated 05:15 pm IST - Lantern Bay",
        "Photos by Kim Lee",
        "Video by Ann Roe",
        "Edited by Sam Park",
    ],
)
def test_a_newsroom_or_agency_byline_names_nobody(line: str) -> None:
    assert byline_names(line) == ()


def test_a_byline_naming_the_articles_own_outlet_names_nobody() -> None:
    assert byline_names("By Lantern Bay", "The Lantern Bay") == ()
    assert byline_names("By Lantern Bay") == ("Lantern Bay",)  # a name, for all it shows


def record_with(removed: tuple[RemovedLine, ...], meta: FrontMatter | None = None) -> ArticleRecord:
    analysis = Analysis(CleanedArticle(STORY, removed), STORY, ())
    source = SourceArticle("articles/a.md", meta or FrontMatter(), STORY)
    return article_record(source, analysis, (), "a")


BYLINE = RemovedLine("By Jane Doe and Kim Lee | Harbour Courier", "byline")


def test_the_removed_byline_names_the_author_and_says_it_was_read_from_the_text() -> None:
    record = record_with((RemovedLine("Menu", "navigation"), BYLINE))
    (article,) = assemble({"k": record})
    assert article.author == "Jane Doe, Kim Lee"
    assert dict(article.inferred)["author"] == (
        "from the byline ‘By Jane Doe and Kim Lee | Harbour Courier’"
    )


def test_the_front_matter_author_wins_over_a_removed_byline() -> None:
    (article,) = assemble({"k": record_with((BYLINE,), FrontMatter(author="Ann Roe"))})
    assert (article.author, dict(article.inferred).get("author")) == ("Ann Roe", None)


def test_a_line_removed_for_another_reason_names_no_author() -> None:
    (article,) = assemble({"k": record_with((RemovedLine("By Jane Doe", "photo credit"),))})
    assert (article.author, article.inferred) == ("", ())
