"""A single build lets go of the answers its stages kept for a next build in the process (at
10,000 articles they held more than the articles' records while the pages were rendered);
watch mode, which builds again, keeps them; the site is the same either way."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from generator.analysis.keyword_words import has_word
from generator.briefing.speakers import _words
from generator.build import BuildOptions, Memory, Project, build
from tests.conftest import snapshot, variants

NO_CACHE = BuildOptions(use_cache=False, jobs=1)


def test_a_single_build_keeps_no_spelling_or_speaker_answers(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    build(Project(make_content(variants(4)), tmp_path / "site"), NO_CACHE)
    assert has_word.cache_info().currsize == 0
    assert _words.cache_info().currsize == 0


def test_a_build_that_builds_again_keeps_them_and_makes_the_same_site(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    content = make_content(variants(4))
    build(Project(content, tmp_path / "single"), NO_CACHE)
    build(Project(content, tmp_path / "again"), NO_CACHE, Memory())
    assert has_word.cache_info().currsize > 0
    assert snapshot(tmp_path / "single") == snapshot(tmp_path / "again")
