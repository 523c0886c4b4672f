"""The Pages workflow's base_url check agrees with the build: every base_url the build accepts and
that fits where GitHub Pages serves the site (a path with or without its last "/", the full
address, a missing base_url on a user site) gets no warning; one that names another path, host
or scheme gets one warning naming briefing.toml and what to write."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.content.pages_base_url import workflow_warning
from tests.conftest import REPO

PROJECT = "https://jane.github.io/ferry-news"  # what configure-pages gives for a project site
USER = "https://jane.github.io"  # and for a user site (or a custom domain: any host)


def _content(tmp_path: Path, base_url: str | None) -> Path:
    line = f'base_url = "{base_url}"\n' if base_url is not None else ""
    (tmp_path / "briefing.toml").write_text(f'title = "Ferry news"\n{line}', encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("base_url", "pages_url"),
    [
        ("/ferry-news/", PROJECT),
        ("/ferry-news", PROJECT),  # the build adds the "/"
        ("https://jane.github.io/ferry-news/", PROJECT),
        ("https://jane.github.io/ferry-news", PROJECT),
        ("https://Jane.GitHub.io/ferry-news/", PROJECT),  # a host's case means nothing
        ("/ferry-news/", PROJECT + "/"),
        ("/", USER),
        (None, USER),  # base_url left out is "/"
        ("https://jane.github.io/", USER),
        ("https://jane.github.io", USER),
    ],
)
def test_a_base_url_that_fits_where_pages_serves_the_site_gets_no_warning(
    tmp_path: Path, base_url: str | None, pages_url: str
) -> None:
    assert workflow_warning(_content(tmp_path, base_url), pages_url) == ""


@pytest.mark.parametrize(
    ("base_url", "pages_url"),
    [
        ("/", PROJECT),
        (None, PROJECT),
        ("/ferry/", PROJECT),
        ("/ferry-news/site/", PROJECT),
        ("https://jane.github.io/", PROJECT),
        ("https://jane.gitlab.io/ferry-news/", PROJECT),
        ("http://jane.github.io/ferry-news/", PROJECT),
        ("/ferry-news/", USER),
    ],
)
def test_a_base_url_that_does_not_fit_gets_one_warning_saying_what_to_write(
    tmp_path: Path, base_url: str | None, pages_url: str
) -> None:
    content = _content(tmp_path, base_url)
    warning = workflow_warning(content, pages_url)
    assert warning.startswith(f"::warning file={content / 'briefing.toml'}::")
    assert "\n" not in warning
    path = "/ferry-news/" if pages_url == PROJECT else "/"
    assert f'base_url = "{path}"' in warning
    assert f'"{pages_url}/"' in warning


def test_the_workflow_runs_the_check_with_the_address_pages_gives() -> None:
    workflow = (REPO / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    assert "python -m generator.content.pages_base_url content" in workflow
    assert "steps.pages.outputs.base_url" in workflow
    assert "grep" not in workflow  # the build's reading of base_url, not a pattern of its own


def test_the_check_prints_the_warning_and_never_fails_the_workflow(tmp_path: Path) -> None:
    content = _content(tmp_path, "/")
    command = [sys.executable, "-m", "generator.content.pages_base_url", str(content), PROJECT]
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=REPO)
    assert done.returncode == 0
    assert done.stdout.startswith("::warning file=")
    fits = [sys.executable, "-m", "generator.content.pages_base_url", str(content), USER]
    assert subprocess.run(fits, capture_output=True, text=True, check=True, cwd=REPO).stdout == ""


def test_base_url_written_any_way_toml_allows_gets_no_warning(tmp_path: Path) -> None:
    # A literal string, no spaces around "=", a comment after it: TOML, as the build reads it.
    config = "title = 'Ferry news'\nbase_url='/ferry-news'   # where Pages serves it\n"
    (tmp_path / "briefing.toml").write_text(config, encoding="utf-8")
    assert workflow_warning(tmp_path, PROJECT) == ""
