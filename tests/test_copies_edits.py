"""Copy detection after an edit in one process (watch mode): only the edited text is read
again, not its whole site (briefing/copies/own_texts.py)."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from generator.briefing.copies import copy_groups, forget, own_texts
from generator.build import Project, build
from tests.conftest import REPO
from tests.test_copies import SIX, source


def test_an_edit_unquotes_only_the_edited_text_of_its_site_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sources = [source(name, site) for name, site in SIX]
    forget()
    first = copy_groups(sources)
    unquoted = []
    real = own_texts._unquoted
    monkeypatch.setattr(own_texts, "_unquoted", lambda text: unquoted.append(text) or real(text))
    # The third text of harbourherald.example (three articles: a template is looked for).
    edited = dataclasses.replace(sources[5], text=sources[5].text + "\n\nA late line was added.")
    again = copy_groups([*sources[:5], edited])
    assert len(unquoted) == 1 and unquoted[0].endswith("A late line was added."), [
        t[:40] for t in unquoted
    ]
    forget()
    monkeypatch.setattr(own_texts, "_unquoted", real)
    assert again == copy_groups([*sources[:5], edited])  # what measuring afresh finds
    assert first == copy_groups(sources)


def test_a_build_command_checks_again_only_the_rewrites_whose_words_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The seed briefing's rewrite (003) and the AFP copies have their quotations checked; a
    # later build command (a new process: nothing remembered in it) reads the checks back.
    from generator.briefing import copies as copies_package
    from generator.briefing import provenance

    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    build(Project(content, tmp_path / "site"))
    provenance._checked.cache_clear()
    checked: list[object] = []
    real = copies_package.check_quotes
    monkeypatch.setattr(
        copies_package, "check_quotes", lambda *given: checked.append(given) or real(*given)
    )
    summit = next((content / "articles").glob("002_*"))
    summit.write_text(summit.read_text(encoding="utf-8") + "\nA late line.\n", encoding="utf-8")
    report = build(Project(content, tmp_path / "site"))
    assert report.analysed == 1 and checked == []
    rewrite = next((content / "articles").glob("003_*"))
    rewrite.write_text(rewrite.read_text(encoding="utf-8") + "\nA late line.\n", encoding="utf-8")
    build(Project(content, tmp_path / "site"))
    assert len(checked) == 1  # the edited rewrite's, against its originals
