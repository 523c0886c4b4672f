"""briefing.toml typos a new user makes get a message naming the key meant and the line to
fix: a misspelt required key, a misspelt optional key, a string left open."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content.config import listed_lines, load_config
from generator.errors import ConfigError

HEAD = 'title = "Harbour works"\n'
FIRST = '\n[[events]]\nid = "dredging"\ntitle = "Dredging starts"\ndate = 2024-05-02\n'


def _write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "briefing.toml").write_text(text, encoding="utf-8")
    return tmp_path


def test_a_misspelt_required_key_is_named_in_the_missing_error(tmp_path: Path) -> None:
    second = '\n[[events]]\nid = "crane"\ntitel = "New crane"\ndate = 2024-05-09\n'
    with pytest.raises(ConfigError) as caught:
        load_config(_write(tmp_path, HEAD + FIRST + second))
    message = str(caught.value)
    assert "'events[2].title' is missing" in message
    assert "did you mean 'title'? 'titel' is written on line 10" in message


def test_a_misspelt_briefing_title_is_named_in_the_missing_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="did you mean 'title'\\? 'tilte' is written on line 1"):
        load_config(_write(tmp_path, 'tilte = "Harbour works"\n' + FIRST))


def test_a_misspelt_optional_key_warns_on_its_own_line(tmp_path: Path) -> None:
    config, warnings = load_config(_write(tmp_path, HEAD + FIRST + 'sumary = "Work begins."\n'))
    (warning,) = warnings
    assert warning.line == 7
    assert warning.message == "unknown key 'sumary' in events[1] ignored (did you mean 'summary'?)"
    assert config.events[0].summary == ""


def test_a_string_left_open_says_where_its_quote_opens(tmp_path: Path) -> None:
    text = HEAD + FIRST.replace('"Dredging starts"', '"Dredging starts') + 'terms = ["silt"]\n'
    with pytest.raises(ConfigError) as caught:
        load_config(_write(tmp_path, text))
    assert caught.value.line == 5
    assert "a quote opened on line 5 is never closed" in str(caught.value)
    assert "Illegal character" not in str(caught.value)


def test_a_triple_quoted_string_left_open_says_where_it_opens(tmp_path: Path) -> None:
    text = HEAD + 'description = """Two years\nof works.\n' + FIRST
    with pytest.raises(ConfigError) as caught:
        load_config(_write(tmp_path, text))
    assert caught.value.line == 2 and "a quote opened on line 2 is never closed" in str(
        caught.value
    )


def test_each_listed_article_has_its_line(tmp_path: Path) -> None:
    text = (
        HEAD + FIRST + "articles = [\n"
        '  "articles/dredge.md",  # Dredging starts "today"\n'
        "  './articles/silt.md',\n]\n"
    )
    lines = listed_lines(_write(tmp_path, text))
    assert (lines["articles/dredge.md"], lines["articles/silt.md"]) == (8, 9)
