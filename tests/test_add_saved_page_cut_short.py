"""`digest add FILE.html` of a page saved incompletely (the file stops mid-word, with no closing
</body> or </html>): the article is still added, as far as the file goes, and the user is warned
by a line naming the file and saying what to do. A whole page, or one that leaves its optional
end tags out, gets no warning. Made-up pages."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.collect.add import add
from generator.collect.saved import is_cut_short
from tests.conftest import REPO

_STORY = [
    "The ferry between Wexmoor and the island ran again on Thursday after a week in which storms "
    "kept it in harbour and left two hundred islanders without a way to the mainland.",
    "The operator said the first crossing left at seven in the morning with forty passengers, "
    "most of them workers who had stayed with relatives on the island since the storms began.",
    "Engineers will check the landing ramp again next week, the harbour board said, and the "
    "timetable will return to its summer pattern at the end of the month.",
]
_TITLE = "Wexmoor ferry sails again after a week of storms"


def _whole_page() -> str:
    paragraphs = "".join(f"<p>{text}</p>\n" for text in _STORY)
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{_TITLE}</title></head>\n'
        f"<body><article><h1>{_TITLE}</h1>\n{paragraphs}</article>\n"
        '<footer><a href="/about">About us</a></footer>\n</body>\n</html>\n'
    )


def _cut_page() -> str:
    """The page as a save that stopped inside the last paragraph's word "timetable" leaves it."""
    whole = _whole_page()
    return whole[: whole.index("timetable will") + len("timet")]


@pytest.fixture
def content(make_content: Callable[..., Path]) -> Path:
    return make_content(articles={})


def _saved(tmp_path: Path, html: str) -> Path:
    path = tmp_path / "Wexmoor ferry.html"
    path.write_text(html, encoding="utf-8")
    return path


def test_a_page_saved_incompletely_is_added_with_a_warning_naming_the_file(
    content: Path, tmp_path: Path
) -> None:
    saved = _saved(tmp_path, _cut_page())
    (outcome,) = add([str(saved)], content).outcomes
    assert outcome.status == "added"
    assert outcome.path is not None and _STORY[0] in outcome.path.read_text(encoding="utf-8")
    assert outcome.warning.startswith(f"{saved}: the saved file stops before the end of the page")
    assert "save the page again" in outcome.warning


@pytest.mark.parametrize(
    "html",
    [
        _whole_page(),
        _whole_page().replace("</body>\n</html>\n", ""),  # both end tags left out, as HTML allows
        _whole_page().replace("</html>\n", "</html"),  # a closing ">" lost: still the end tag
    ],
)
def test_a_whole_page_gets_no_warning(html: str, content: Path, tmp_path: Path) -> None:
    (outcome,) = add([str(_saved(tmp_path, html))], content).outcomes
    assert outcome.status == "added"
    assert outcome.warning == ""
    assert "warning" not in outcome.message


def test_a_page_cut_before_its_article_fails_and_says_it_was_cut(
    content: Path, tmp_path: Path
) -> None:
    head = _whole_page()
    saved = _saved(tmp_path, head[: head.index("<article>") + len("<article><h1>Wexm")])
    (outcome,) = add([str(saved)], content).outcomes
    assert outcome.status == "failed"
    assert outcome.message.startswith(f"{saved}: ")
    assert "the saved file stops before the end of the page" in outcome.message


@pytest.mark.parametrize(
    ("html", "cut"),
    [
        ("<html><body><p>The ferry ran again on Thurs", True),
        ('<html><body><p>The ferry ran.</p><img src="ramp.jp', True),
        # on a tag, with the page's blocks still open: cut between two of the story's paragraphs
        (
            '<html><body><div id="page"><div class="story"><div class="text"><p>The ferry ran.</p>',
            True,
        ),
        ('<html><body><div id="page"><div class="story"><p>The ferry ran.</p></div></div>', False),
        ("<html><body><p>The ferry ran.</p></body></html>", False),
        ("<html><body><p>The ferry ran.</p></BODY>", False),
        ("<html><body><p>The ferry ran.</p>\n<script>track()</script>\n", False),
    ],
)
def test_a_page_is_cut_short_when_it_stops_inside_its_text_a_tag_or_open_blocks(
    html: str, cut: bool
) -> None:
    assert is_cut_short(html) is cut


def test_digest_add_prints_the_warning_and_exits_0(content: Path, tmp_path: Path) -> None:
    saved = _saved(tmp_path, _cut_page())
    command = [sys.executable, "-m", "generator", "add", str(saved), "--content", str(content)]
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert f"warning: {saved}: the saved file stops before the end of the page" in done.stderr
