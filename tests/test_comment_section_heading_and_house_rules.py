"""A comment section under the story goes: its heading naming whose comments they are ("Your
Comments", shown as a subheading before) and the site's house rules ("We reserve the right to
remove ..."); a story sentence quoting such rules, or a subheading about readers, stays."""

from __future__ import annotations

from generator.analysis.clean import clean

TITLE = "Harbour wall to be rebuilt after winter storms"
STORY = """\
The harbour wall will be rebuilt next year after winter storms tore a hole in its seaward side, the port authority said.

Engineers estimate the work will cost 12 million pounds and take eight months.
"""


def _removed(raw: str) -> dict[str, str]:
    return {line.line: line.reason for line in clean(raw, TITLE).removed}


def test_a_comments_heading_naming_the_reader_is_dropped_not_made_a_subheading():
    for heading in ("Your Comments", "Readers' Comments", "User Comments (4)"):
        cleaned = clean(f"{STORY}\n{heading}\n\nBe the first to comment.\n", TITLE)
        assert heading not in cleaned.text
        assert {line.line for line in cleaned.removed} >= {heading}


def test_the_sites_right_to_remove_content_is_dropped():
    rules = "We reserve the right to remove any content at any time from this Community"
    assert _removed(f"{STORY}\n{rules}\n") == {rules: "comment form"}
    edit = "We reserve the right to edit or delete comments that break these rules."
    assert _removed(f"{STORY}\n{edit}\n") == {edit: "comment form"}


def test_a_story_reporting_someone_elses_right_to_remove_posts_keeps_it():
    quoted = (
        '"We reserve the right to remove posts that threaten staff," the port authority said '
        "in a statement on its forum."
    )
    assert _removed(f"{STORY}\n{quoted}\n") == {}


def test_a_subheading_about_what_readers_think_of_the_story_stays():
    raw = (
        f"{STORY}\nWhat Fishermen Want\n\nThe fishing fleet has asked for a wider gap in the "
        "wall so boats can leave the harbour at low tide.\n"
    )
    assert _removed(raw) == {}
