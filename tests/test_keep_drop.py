"""Front matter `keep:` and `drop:` give the editor the last word on cleaning: read and checked
when loaded, honoured by the cleaner, warned about when they match nothing, shown on the
article's page, and an edit to them re-analyses that article alone."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from generator.analysis.clean import EDITOR_DROP, clean
from generator.build import Project, build
from generator.content.load import parse_article, read_bytes
from generator.fingerprints import analysis_key
from generator.output.write import MARKER

TITLE = "Harbour Bridge closed after engineers find cracks"
# The cleaner drops the credit and the teaser, and keeps the last line: what keep and drop
# are checked against (test_the_cleaner_alone_drops_the_credit_and_keeps_the_last_line).
BODY = f"""\
{TITLE}

The Harbour Bridge was closed to all traffic on Monday after engineers found cracks in two of its main cables.

Photo: Reuters

City officials said the closure would last at least three weeks while repairs are carried out.

Read more: Council approves budget for new cycle lanes

Commuters faced long delays as buses were diverted over the old ferry road.

The mayor will speak at noon.
"""
ARTICLE = f"""\
---
title: {TITLE}
url: https://www.harbourherald.example/news/bridge-closed
published: 2025-03-10
---
{BODY}"""
OTHER = """\
---
title: Divers inspect the bridge piers as the closure enters its second day
url: https://www.coastalcourier.example/bridge-divers
published: 2025-03-11
---
Divers spent Tuesday inspecting the piers of the closed Harbour Bridge, the city said.

Engineers want to know whether the cracks in the cables have put extra load on the piers.

The inspection is expected to take two days, weather permitting.
"""
THIRD = """\
---
title: Ferry timetable changes from next month
url: https://www.harbourherald.example/news/ferries
published: 2025-03-12
---
The ferry company will add two morning sailings from next month, it said on Wednesday.

Passengers have asked for earlier boats since the bridge closed to traffic.
"""


def load(tmp_path: Path, front_matter: str):
    path = tmp_path / "articles" / "a.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\ntitle: A title\n{front_matter}---\nBody text.\n", encoding="utf-8")
    return parse_article(path, read_bytes(path), tmp_path)


def with_front_matter(extra: str) -> str:
    """ARTICLE with `extra` lines added to its front matter."""
    return ARTICLE.replace("published: 2025-03-10\n", f"published: 2025-03-10\n{extra}", 1)


def removed(result) -> dict[str, str]:
    return {item.line: item.reason for item in result.removed}


# -- Reading the front matter -----------------------------------------------------------------
def test_keep_and_drop_take_one_line_of_text(tmp_path: Path) -> None:
    article, problems = load(tmp_path, "keep: 'Photo: Reuters'\ndrop: 2025\n")
    assert problems == []
    assert article.meta.keep == ("Photo: Reuters",) and article.meta.drop == ("2025",)


def test_keep_and_drop_take_a_list_with_whitespace_made_one_space(tmp_path: Path) -> None:
    article, problems = load(
        tmp_path, "keep:\n  - '  Photo:   Reuters '\n  - 'Read more:'\ndrop: [The mayor]\n"
    )
    assert problems == []
    assert article.meta.keep == ("Photo: Reuters", "Read more:")
    assert article.meta.drop == ("The mayor",)
    # Each entry's line of the file, for the warning if it matches nothing ('---' is line 1).
    assert article.meta.keep_lines == (4, 5) and article.meta.drop_lines == (6,)


def test_a_mapping_for_keep_is_dropped_with_a_warning_naming_file_and_line(
    tmp_path: Path,
) -> None:
    article, problems = load(tmp_path, "url: https://example.org/x\nkeep: {a: b}\n")
    assert article.meta.keep == ()
    (problem,) = problems
    assert problem.level == "warning" and problem.line == 4
    assert "'keep' must be a line of text or a list of lines, not dict" in problem.message
    assert str(problem).startswith(f"{tmp_path / 'articles' / 'a.md'}:4: ")


def test_entries_of_the_wrong_type_or_empty_are_left_out_and_the_rest_kept(
    tmp_path: Path,
) -> None:
    article, problems = load(tmp_path, "drop:\n  - 'Photo:'\n  - [nested]\n  - ''\n  - true\n")
    assert article.meta.drop == ("Photo:",)
    assert [p.line for p in problems] == [3, 3]
    assert "'drop' entries must be lines of text, not bool, list" in problems[0].message
    assert "empty entry, which would match every line" in problems[1].message


def test_an_unquoted_line_with_a_colon_gets_a_hint_to_quote_it(tmp_path: Path) -> None:
    article, problems = load(tmp_path, "keep:\n  - Read more:\n")
    (problem,) = problems
    assert article.meta.keep == () and "in quotes" in problem.message


def test_the_hint_to_quote_points_at_the_line_with_the_colon(tmp_path: Path) -> None:
    # The front matter opens on line 1, so "drop:" is on line 3 and the mapping on line 5.
    article, problems = load(tmp_path, "drop:\n  - Read more\n  - Photo: Harbour Agency\n")
    (problem,) = problems
    assert article.meta.drop == ("Read more",)
    assert "in quotes" in problem.message and problem.line == 5


# -- Cleaning ---------------------------------------------------------------------------------
def test_the_cleaner_alone_drops_the_credit_and_keeps_the_last_line() -> None:
    reasons = removed(clean(BODY, TITLE))
    assert reasons["Photo: Reuters"] == "photo credit"
    assert reasons["Read more: Council approves budget for new cycle lanes"] == (
        "related-article teaser"
    )
    assert "The mayor will speak at noon." not in reasons


def test_keep_saves_lines_the_cleaner_removes_word_for_word_as_paragraphs() -> None:
    result = clean(BODY, TITLE, keep=("Photo: Reuters", "Read more:"))
    paragraphs = result.text.split("\n\n")
    # Not made a subheading, although it is short and a longer paragraph follows.
    assert "Photo: Reuters" in paragraphs
    assert "Read more: Council approves budget for new cycle lanes" in paragraphs
    assert set(removed(result)) == {TITLE}  # only the repeated headline is left removed
    assert result.unmatched == ()


def test_drop_removes_a_line_the_cleaner_keeps_and_names_the_editors_rule() -> None:
    result = clean(BODY, TITLE, drop=("The mayor will",))
    assert "The mayor will speak at noon." not in result.text
    assert removed(result)["The mayor will speak at noon."] == EDITOR_DROP
    assert EDITOR_DROP == "drop: in front matter"


def test_keep_wins_over_drop_on_the_same_line() -> None:
    result = clean(BODY, TITLE, keep=("Photo: Reuters",), drop=("Photo:",))
    assert "Photo: Reuters" in result.text.split("\n\n")
    assert "Photo: Reuters" not in removed(result)


def test_a_list_item_matches_with_or_without_its_marker() -> None:
    body = "A story sentence that goes on for a while here.\n\n- Share on Facebook\n"
    assert removed(clean(body, "Story")) == {"- Share on Facebook": "share widget"}
    for entry in ("Share on", "- Share on Facebook"):
        assert "- Share on Facebook" in clean(body, "Story", keep=(entry,)).text


def test_entries_that_match_no_line_are_reported_by_field() -> None:
    result = clean(BODY, TITLE, keep=("Photo: AFP",), drop=("The mayor", "photo: reuters"))
    assert result.unmatched == (("keep", "Photo: AFP"), ("drop", "photo: reuters"))


def test_keep_and_drop_are_part_of_the_analysis_key_and_absent_leave_it_as_it_was() -> None:
    plain = analysis_key(BODY, TITLE)
    assert analysis_key(BODY, TITLE, (), ()) == plain
    kept = analysis_key(BODY, TITLE, ("Photo:",), ())
    dropped = analysis_key(BODY, TITLE, (), ("Photo:",))
    assert len({plain, kept, dropped}) == 3


# -- The built site ---------------------------------------------------------------------------
def page_path(site: Path, file: str) -> str:
    """The path of the page of the article in content/articles/`file`, as briefing.json says."""
    data = json.loads((site / "briefing.json").read_text(encoding="utf-8"))
    (path,) = [a["path"] for a in data["articles"] if a["file"] == f"articles/{file}"]
    return path


def test_unmatched_entries_warn_and_the_page_lists_the_editors_reason(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    extra = "keep: 'Photo: AFP'\ndrop:\n  - The mayor will\n  - 'Photo by Jane'\n"
    content = make_content({"bridge.md": with_front_matter(extra)})
    report = build(Project(content, tmp_path / "site"))
    warnings = [str(p) for p in report.problems if "matches no line" in p.message]
    shown = content / "articles" / "bridge.md"
    written = shown.read_text(encoding="utf-8").splitlines()
    keep_line = written.index("keep: 'Photo: AFP'") + 1  # each warning points at its entry
    drop_line = written.index("  - 'Photo by Jane'") + 1
    assert warnings == [
        f"{shown}:{keep_line}: keep: 'Photo: AFP' matches no line of the article; ignored (copy "
        "the line, or its start, from the text)",
        f"{shown}:{drop_line}: drop: 'Photo by Jane' matches no line of the article; ignored "
        "(copy the line, or its start, from the text)",
    ]
    page = (tmp_path / "site" / page_path(tmp_path / "site", "bridge.md")).read_text("utf-8")
    assert (
        '<span class="reason">drop: in front matter</span> <q>The mayor will speak at noon.</q>'
        in page
    )


def inodes(folder: Path) -> dict[str, int]:
    """Each file's inode: a file the writer left alone keeps its inode."""
    return {
        p.relative_to(folder).as_posix(): p.stat().st_ino
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != MARKER
    }


def test_editing_keep_re_analyses_and_rewrites_only_that_articles_page(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    content = make_content({"bridge.md": ARTICLE, "divers.md": OTHER, "ferries.md": THIRD})
    site = tmp_path / "site"
    first = build(Project(content, site))
    assert first.analysed == 3
    assert build(Project(content, site)).files_rewritten == 0
    before = inodes(site)
    bridge_page = page_path(site, "bridge.md")

    (content / "articles" / "bridge.md").write_text(
        with_front_matter("keep: 'Photo: Reuters'\n"), encoding="utf-8"
    )
    report = build(Project(content, site))
    after = inodes(site)
    rewritten = {path for path in after if after[path] != before.get(path)}
    assert report.analysed == 1
    assert {p for p in rewritten if p.startswith("articles/")} == {bridge_page}
    assert report.files_rewritten == len(rewritten) < report.files_written
    assert "<p>Photo: Reuters</p>" in (site / bridge_page).read_text(encoding="utf-8")
