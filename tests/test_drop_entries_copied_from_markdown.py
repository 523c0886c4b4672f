"""A `drop:` or `keep:` entry copied from the article as digest shows it in Markdown (a line
made a subheading, a list item, emphasis) names the line's text: it matches the line, and an
entry that names no line is still reported as matching nothing."""

from __future__ import annotations

from generator.analysis.clean import EDITOR_DROP, clean

TITLE = "Council approves new flood barrier"
RAW = """\
The council approved a new flood barrier on Tuesday after a week of storms, the mayor said.

Sandbags and Flood Maps

Work on the barrier is due to start in the spring, the council said in a statement.

**Sponsored:** Find a plumber near you today

Residents will be asked for their views at two public meetings next month.
"""


def _dropped(entries: list[str]) -> tuple[list[str], tuple[tuple[str, str], ...]]:
    cleaned = clean(RAW, TITLE, drop=entries)
    lines = [removed.line for removed in cleaned.removed if removed.reason == EDITOR_DROP]
    return lines, cleaned.unmatched


def test_the_cleaner_keeps_the_lines_the_entries_below_name():
    text = clean(RAW, TITLE).text
    assert "## Sandbags and Flood Maps" in text  # digest shows it as a subheading
    assert "**Sponsored:** Find a plumber" in text


def test_a_subheading_copied_with_its_heading_marks_drops_the_line():
    lines, unmatched = _dropped(["## Sandbags and Flood Maps"])
    assert lines == ["Sandbags and Flood Maps"]
    assert unmatched == ()


def test_emphasis_and_list_marks_around_an_entry_do_not_stop_the_match():
    lines, unmatched = _dropped(["**Sandbags and Flood Maps**", "- Sandbags and Flood Maps"])
    assert lines == ["Sandbags and Flood Maps"]
    assert unmatched == ()


def test_an_entry_without_the_emphasis_the_line_has_matches_it():
    lines, unmatched = _dropped(["Sponsored: Find a plumber"])
    assert lines == ["**Sponsored:** Find a plumber near you today"]
    assert unmatched == ()


def test_an_entry_naming_no_line_is_still_reported_with_marks_or_without():
    lines, unmatched = _dropped(["## Sandbags and Tide Tables", "Sandbags and Flood Maps"])
    assert lines == ["Sandbags and Flood Maps"]
    assert unmatched == (("drop", "## Sandbags and Tide Tables"),)


def test_a_keep_entry_copied_as_a_subheading_keeps_the_line_as_written():
    cleaned = clean(RAW, TITLE, keep=["## Sandbags and Flood Maps"])
    assert cleaned.unmatched == ()
    assert "\n\nSandbags and Flood Maps\n\n" in cleaned.text  # kept, and no subheading
