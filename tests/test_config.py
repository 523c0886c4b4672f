"""briefing.toml is validated into a typed config, every error collected with its key."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from generator.content.config import load_config
from generator.errors import ConfigError


def write_config(tmp_path: Path, text: str) -> Path:
    (tmp_path / "briefing.toml").write_text(text, encoding="utf-8")
    return tmp_path


def test_valid_config_becomes_typed_events(tmp_path: Path) -> None:
    folder = write_config(
        tmp_path,
        'title = "T"\ndescription = "D"\n[[events]]\nid = "a"\ntitle = "A"\ndate = 2026-01-02\n'
        'terms = ["x", "y"]\nsummary = "S"\n',
    )
    config, warnings = load_config(folder)
    assert warnings == []
    assert config.title == "T" and config.description == "D" and config.base_url == "/"
    (event,) = config.events
    assert (event.id, event.title, event.date, event.terms, event.summary) == (
        "a",
        "A",
        datetime.date(2026, 1, 2),
        ("x", "y"),
        "S",
    )


def test_base_url_gets_a_trailing_slash(tmp_path: Path) -> None:
    config, _ = load_config(write_config(tmp_path, 'title = "T"\nbase_url = "/briefing"\n'))
    assert config.base_url == "/briefing/"


def test_syntax_error_names_the_file_and_line(tmp_path: Path) -> None:
    folder = write_config(tmp_path, 'title = "T"\n\n[[events]\nid = "a"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(folder)
    assert "briefing.toml:3" in str(caught.value)


def test_every_error_is_reported_at_once(tmp_path: Path) -> None:
    folder = write_config(
        tmp_path,
        '[[events]]\nid = "a"\ntitle = "A"\ndate = "yesterday"\n'
        '[[events]]\nid = "a"\ntitle = "Again"\ndate = 2026-01-02\n'
        '[[events]]\nid = "Bad Id"\ntitle = "B"\ndate = 2026-01-03\n',
    )
    with pytest.raises(ConfigError) as caught:
        load_config(folder)
    message = str(caught.value)
    assert "'title' is missing" in message
    assert "events[1].date" in message and "TOML date" in message
    assert "duplicate event id 'a'" in message
    assert "events[3].id 'Bad Id' must be a slug" in message


def test_a_missing_title_says_to_write_it_before_the_events(tmp_path: Path) -> None:
    # Pasted from `digest events` into an empty file: a title added at the end would belong
    # to the last event, so the message says where it goes.
    folder = write_config(tmp_path, '[[events]]\nid = "a"\ntitle = "A"\ndate = 2026-01-02\n')
    with pytest.raises(ConfigError) as caught:
        load_config(folder)
    assert 'add title = "..." at the top of the file, before any [[events]]' in str(caught.value)


def test_unknown_keys_warn_and_do_not_fail(tmp_path: Path) -> None:
    folder = write_config(
        tmp_path,
        'title = "T"\ntheme = "dark"\n[[events]]\nid = "a"\ntitle = "A"\ndate = 2026-01-02\ncolour = 1\n',
    )
    config, warnings = load_config(folder)
    assert [w.message for w in warnings] == [
        "unknown key 'theme' ignored",
        "unknown key 'colour' in events[1] ignored",
    ]
    assert config.events[0].id == "a"


def test_the_other_coverage_id_is_reserved(tmp_path: Path) -> None:
    folder = write_config(
        tmp_path, 'title = "T"\n[[events]]\nid = "other"\ntitle = "O"\ndate = 2026-01-02\n'
    )
    with pytest.raises(ConfigError, match="reserved"):
        load_config(folder)


def test_missing_config_builds_with_no_events_and_warns(tmp_path: Path) -> None:
    folder = tmp_path / "bridge-closure"
    folder.mkdir()
    config, warnings = load_config(folder)
    assert config.events == () and config.title == "Bridge closure"
    assert "not found" in warnings[0].message


def test_an_events_error_names_its_id_and_line(tmp_path: Path) -> None:
    folder = write_config(
        tmp_path,
        'title = "T"\n\n[[events]]\nid = "parade"\ntitle = "Parade"\ndate = 2031-05-20\n\n'
        '[[events]]\nid = "lantern-dinner"\ntitle = "Dinner"\ndate = "20 May"\n',
    )
    with pytest.raises(ConfigError) as caught:
        load_config(folder)
    assert "events[2].date is '20 May'" in str(caught.value)
    assert "(the event with id 'lantern-dinner', at line 8)" in str(caught.value)
