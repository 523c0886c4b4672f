"""What a build and `digest events` say to a new user about a folder they have just set up: an
empty briefing.toml, a saved page in articles/, an event or list entry that names nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO, run_build

ARTICLE = """---
title: Cable car to the ridge reopens
url: https://ridge.example/{name}
outlet: Ridge Post
published: 2024-06-0{day}
{event}---
The cable car to the ridge reopened on Saturday after its cables were replaced over winter.

The operator said the first cabins left the valley station at nine, full of walkers.
"""


def _content(tmp_path: Path, event: str = "") -> Path:
    articles = tmp_path / "ridge-line" / "articles"
    articles.mkdir(parents=True)
    for day, name in enumerate(("cable", "cabins"), start=1):
        text = ARTICLE.format(name=name, day=day, event=event if day == 1 else "")
        (articles / f"{name}.md").write_text(text, encoding="utf-8")
    return articles.parent


def test_digest_events_redirected_into_a_new_briefing_toml_writes_a_usable_one(
    tmp_path: Path,
) -> None:
    content = _content(tmp_path)
    # The shell makes briefing.toml, empty, before digest runs: digest reads it as none.
    command = (
        f"'{sys.executable}' -m generator events --content ridge-line > ridge-line/briefing.toml"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    events = subprocess.run(command, shell=True, cwd=tmp_path, env=env, capture_output=True)
    assert events.returncode == 0, events.stderr
    written = (content / "briefing.toml").read_text(encoding="utf-8")
    assert 'title = "Ridge line"' in written
    built = run_build(tmp_path, "--content", "ridge-line", "--output", "site")
    assert built.returncode == 0, built.stderr
    assert "Ridge line" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")


def test_a_saved_page_in_articles_is_named_even_when_nothing_else_changed(tmp_path: Path) -> None:
    content = _content(tmp_path)
    (content / "briefing.toml").write_text('title = "Ridge"\n', encoding="utf-8")
    assert run_build(tmp_path, "--content", "ridge-line", "--output", "site").returncode == 0
    (content / "articles" / "Ridge Post.html").write_text("<html></html>", encoding="utf-8")
    (content / "articles" / "view.jpg").write_bytes(b"\xff\xd8")
    again = run_build(tmp_path, "--content", "ridge-line", "--output", "site")
    assert "ridge-line/articles/Ridge Post.html: is a saved web page" in again.stderr
    assert "digest add 'ridge-line/articles/Ridge Post.html'" in again.stderr
    assert "view.jpg" not in again.stderr


def test_an_event_naming_nothing_and_a_list_entry_naming_no_file_warn_on_their_lines(
    tmp_path: Path,
) -> None:
    content = _content(tmp_path, event="event: cabel\n")
    (content / "briefing.toml").write_text(
        'title = "Ridge"\n\n[[events]]\nid = "cable"\ntitle = "Cable car reopens"\n'
        'date = 2024-06-01\narticles = [\n  "articles/cable.md",\n  "articles/gone.md",\n]\n',
        encoding="utf-8",
    )
    built = run_build(tmp_path, "--content", "ridge-line", "--output", "site")
    assert "ridge-line/articles/cable.md:6: event 'cabel' is not defined" in built.stderr
    assert "ridge-line/briefing.toml:9: the event 'cable' lists 'articles/gone.md'" in built.stderr
