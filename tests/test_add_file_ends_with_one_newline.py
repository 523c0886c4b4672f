"""An article file `digest add` writes ends with exactly one newline, as text files do, whatever
blank lines or spaces the extracted text ends with (editors and `cat` show it cleanly)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.collect.article_file import ArticleFile, render, write_whole


@pytest.mark.parametrize("text", ["Story.", "Story.\n\n\n", "Story.  \n \t", "Story.\r\n"])
def test_the_written_file_ends_with_one_newline(text: str, tmp_path: Path) -> None:
    path = tmp_path / "articles" / "story.md"
    write_whole(path, render(ArticleFile("Storm closes the pier", "", "", None, "", text)))
    written = path.read_bytes()
    assert written.endswith(b"Story.\n") and not written.endswith(b"\n\n")
