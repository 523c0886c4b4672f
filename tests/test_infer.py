"""The publication date and outlet read from an article's own text when its front matter is
silent: the shapes pages state them in, what is never taken for them, and how the site marks
them as inferred."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.briefing.assemble import article_record
from generator.build import BuildOptions, Project, build
from generator.content.infer import infer_outlet, infer_published
from generator.models import ArticleRecord, FrontMatter, SourceArticle
from tests.conftest import sample_analysis

STORY = (
    "President Lee Jae-myung and Chinese President Xi Jinping agreed to hold summits every "
    "year, officials in Seoul said after the two leaders met at the Great Hall of the People."
)
HERALD_PAGE = f"""\
The Korea Herald

Lee and Xi agree to meet once a year

  • Published : Jan 5, 2026 - 21:18
  • Updated : Jan 6, 2026 - 09:02

{STORY}

The two leaders also discussed trade, tourism and the situation on the Korean Peninsula.

© 2026 The Korea Herald. All rights reserved.
"""


def published(body: str) -> datetime.date | None:
    found = infer_published(body)
    return found.value if found else None


def outlet(body: str) -> str | None:
    found = infer_outlet(body)
    return found.value if found else None


# -- The date ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Published: 2026-01-04",
        "Published : 2026-01-04 10:22",
        "Posted on Sunday, January 4, 2026",
        "Updated Jan. 4, 2026 8:53 PM",
        "Written 4 January 2026",
        "Input 2026.01.04 10:22",
        "Date: January 04, 2026 10:00 KST",
        "  • Published : Jan 4, 2026 - 21:18",
        "world Updated: Jan 4, 2026 23:18 IST",
    ],
)
def test_a_dated_line_in_any_common_shape_gives_the_publication_date(line: str) -> None:
    assert published(f"Headline\n\n{line}\n\n{STORY}\n") == datetime.date(2026, 1, 4)


def test_the_date_says_which_line_it_came_from() -> None:
    found = infer_published(HERALD_PAGE)
    assert found is not None
    assert found.how == "from the line ‘• Published : Jan 5, 2026 - 21:18’"


def test_the_first_published_date_beats_an_update_whatever_their_order() -> None:
    body = f"Updated: Jan 6, 2026\nPublished: Jan 5, 2026\n\n{STORY}\n"
    assert published(body) == datetime.date(2026, 1, 5)


def test_an_update_alone_is_used_and_says_it_is_only_the_last_update() -> None:
    found = infer_published(f"Updated: Jan 6, 2026\n\n{STORY}\n")
    assert found is not None and found.value == datetime.date(2026, 1, 6)
    assert "last update" in found.how


def test_a_date_in_a_story_sentence_is_not_a_publication_date() -> None:
    body = f"On Jan. 4, 2026 the president flew to Beijing for talks.\n\n{STORY}\n"
    assert published(body) is None
    assert published(f"{STORY} He had published a statement on Jan. 4, 2026.\n") is None


def test_a_date_line_above_the_story_gives_the_date_and_one_below_it_does_not() -> None:
    assert published(f"Headline\n\nMonday 5 January 2026\n\n{STORY}\n") == datetime.date(2026, 1, 5)
    assert published(f"Headline\n\n{STORY}\n\nMonday 5 January 2026\n") is None


def test_date_lines_above_the_story_that_disagree_give_no_date() -> None:
    body = f"Today: Friday 9 January 2026\n\n5 January 2026\n\n6 January 2026\n\n{STORY}\n"
    assert published(body) is None


def test_a_dateline_takes_its_year_only_from_another_date_the_text_states() -> None:
    body = f"SEOUL, Jan. 4 (Yonhap) -- {STORY} They last met on Dec. 30, 2025 in Gyeongju.\n"
    found = infer_published(body)
    assert found is not None and found.value == datetime.date(2026, 1, 4)
    assert "‘SEOUL, Jan. 4 (Yonhap) --’" in found.how and "‘Dec. 30, 2025’" in found.how


def test_a_place_source_and_date_line_above_the_story_dates_it() -> None:
    body = f"by AFP Staff Writers\nBeijing (AFP) Jan 4, 2026\n\n{STORY}\n"
    found = infer_published(body)
    assert found is not None and found.value == datetime.date(2026, 1, 4)
    assert "‘Beijing (AFP) Jan 4, 2026’" in found.how


def test_a_dateline_with_no_year_anywhere_gives_no_date() -> None:
    assert published(f"SEOUL, Jan. 4 (Yonhap) -- {STORY}\n") is None


def test_a_day_and_month_that_could_be_swapped_give_no_date() -> None:
    assert published(f"Published: 03/06/2026\n\n{STORY}\n") is None
    assert published(f"Published: 13/06/2026\n\n{STORY}\n") == datetime.date(2026, 6, 13)


def test_a_date_that_does_not_exist_gives_no_date() -> None:
    assert published(f"Published: Feb 30, 2026\n\n{STORY}\n") is None


# -- The outlet -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("© 2026 The Korea Herald. All rights reserved.", "The Korea Herald"),
        ("Copyright (c) Yonhap News Agency", "Yonhap News Agency"),
        ("Copyright © 2025-2026 Harbour Herald", "Harbour Herald"),
        ("About The Korea Times", "The Korea Times"),
    ],
)
def test_a_footer_line_names_the_outlet(line: str, name: str) -> None:
    assert outlet(f"Headline\n\n{STORY}\n\n{line}\n") == name


def test_the_outlets_copyright_beats_a_wire_agencys() -> None:
    body = f"{STORY}\n\n© 2026 Yonhap News Agency\n\n© 2026 The Korea Herald\n"
    assert outlet(body) == "The Korea Herald"


def test_a_masthead_at_the_top_names_the_outlet() -> None:
    found = infer_outlet(f"Manchester Evening News\n\nHeadline here\n\n{STORY}\n")
    assert found is not None and found.value == "Manchester Evening News"
    assert found.how == "from the masthead ‘Manchester Evening News’ at the top"


def test_the_page_titles_last_part_names_the_outlet() -> None:
    body = f"Lee and Xi agree to meet | World | Hindustan Times\n\n{STORY}\n"
    assert outlet(body) == "Hindustan Times"


@pytest.mark.parametrize(
    "body",
    [
        f"SEOUL, Jan. 4 (Yonhap) -- {STORY}\n",  # a wire credit is the story's origin
        f"BEIJING (AP) — {STORY}\n\nASSOCIATED PRESS\n",
        f"{STORY}\n\nCopyright 2026 The Associated Press. All rights reserved. This material may "
        "not be published, broadcast, rewritten or redistributed.\n",
        f"Latest News\n\n{STORY}\n",  # a section, not a name
        f"Korea Herald Wins Press Award Again\n\n{STORY}\n",  # a title-case headline
        f"© 2026 Guardian News & Media Limited\n\n{STORY}\n",  # the publisher, not the outlet
    ],
)
def test_credits_sections_and_headlines_are_not_taken_for_the_outlet(body: str) -> None:
    assert outlet(body) is None


# -- Into the briefing ------------------------------------------------------------------------


def record_of(body: str, meta: FrontMatter | None = None) -> ArticleRecord:
    source = SourceArticle("articles/a.txt", meta or FrontMatter(), body)
    return article_record(source, sample_analysis(), (), "a")


def test_an_inferred_field_replaces_its_missing_field_hint() -> None:
    record = record_of(HERALD_PAGE)
    assert [name for name, _, _ in record.inferred] == ["published", "outlet"]
    assert not [p for p in record.problems if "publication date" in p.message]
    assert not [p for p in record.problems if "outlet" in p.message]
    bare = record_of(f"Headline\n\n{STORY}\n")
    assert bare.inferred == ()
    assert [p for p in bare.problems if "no publication date" in p.message]


def test_front_matter_always_wins_over_the_text() -> None:
    meta = FrontMatter(outlet="Example News", published=datetime.date(2026, 1, 7))
    assert record_of(HERALD_PAGE, meta).inferred == ()
    noted = FrontMatter(published_note="Not known: the page gives no date.")
    assert [name for name, _, _ in record_of(HERALD_PAGE, noted).inferred] == ["outlet"]


def test_the_page_and_briefing_json_mark_what_was_inferred(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    content = make_content({"herald.txt": HERALD_PAGE})
    report = build(Project(content, tmp_path / "site"), BuildOptions(use_cache=False, jobs=1))
    assert not [p for p in report.problems if "herald" in p.file and "outlet" in p.message]
    exported = json.loads((tmp_path / "site" / "briefing.json").read_text(encoding="utf-8"))
    (article,) = exported["articles"]
    assert article["published"] == "2026-01-05" and article["outlet"] == "The Korea Herald"
    assert article["inferred"] == {
        "published": "from the line ‘• Published : Jan 5, 2026 - 21:18’",
        "outlet": "from the copyright line ‘© 2026 The Korea Herald. All rights reserved.’",
    }
    page = (tmp_path / "site" / article["path"]).read_text(encoding="utf-8")
    assert "(date inferred from the line ‘• Published : Jan 5, 2026 - 21:18’)" in page
    assert "(outlet inferred from the copyright line ‘© 2026 The Korea Herald." in page


def test_an_article_with_front_matter_exports_an_empty_inferred_map(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    content = make_content()
    build(Project(content, tmp_path / "site"), BuildOptions(use_cache=False, jobs=1))
    exported = json.loads((tmp_path / "site" / "briefing.json").read_text(encoding="utf-8"))
    closure = next(a for a in exported["articles"] if a["file"] == "articles/closure.md")
    assert closure["inferred"] == {}
