"""An empty briefing.toml (as `digest events > briefing.toml` leaves it while digest runs) is
read as no briefing.toml at all: the folder's name is the title, and nothing fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.content.config import is_configured, load_config

ARTICLE = """---
title: Night market reopens on the river bank
outlet: Valley Courier
published: 2024-04-02
url: https://courier.example/market
---
The night market reopened on the river bank on Tuesday after a month of flood repairs.

Stallholders said the first evening drew more visitors than any night last spring.
"""


def _folder(tmp_path: Path, config: str | None) -> Path:
    folder = tmp_path / "river-market"
    (folder / "articles").mkdir(parents=True)
    (folder / "articles" / "market.md").write_text(ARTICLE, encoding="utf-8")
    if config is not None:
        (folder / "briefing.toml").write_text(config, encoding="utf-8")
    return folder


@pytest.mark.parametrize("blank", ["", "  \n\n", "# events come later\n\n# (paste them here)\n"])
def test_a_blank_briefing_toml_is_read_as_none_with_the_folder_name_as_title(
    tmp_path: Path, blank: str
) -> None:
    config, warnings = load_config(_folder(tmp_path, blank))
    assert config.title == "River market" and config.events == ()
    assert [w.message for w in warnings] == [
        "is empty; building with no events and the folder name as title"
    ]
    assert not is_configured(tmp_path / "river-market")


def test_a_briefing_toml_that_says_something_is_configured(tmp_path: Path) -> None:
    assert is_configured(_folder(tmp_path, 'title = "Markets"\n'))
    assert not is_configured(_folder(tmp_path / "none", None))


def test_a_build_with_an_empty_briefing_toml_succeeds(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "")
    site = tmp_path / "site"
    assert main(["build", "--content", str(folder), "--output", str(site), "--no-cache"]) == 0
    assert "River market" in (site / "index.html").read_text(encoding="utf-8")
