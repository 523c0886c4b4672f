"""A build command after an edit works out again only what the edited article decides of its
provenance: the origin each other article names itself and which of its quotations are
listed are kept in the cache by the articles' digests, and the site is the same."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from generator.briefing import copies, provenance
from generator.build import BuildOptions, Project, build
from generator.cache.copies import CachedCopies
from tests.conftest import variants

EDITED = "story-02.md"


def _site(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _as_a_new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing the last build worked out left in this process's memos."""
    monkeypatch.setattr(provenance, "_SHOWN", {})
    monkeypatch.setattr(provenance, "_OWN_ORIGINS", {}, raising=False)


def test_a_build_after_an_edit_works_out_the_edited_articles_facts_alone(
    make_content: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = make_content(variants(6))
    build(Project(content, tmp_path / "site"))
    edited = content / "articles" / EDITED
    edited.write_text(edited.read_text() + "\nThe ferry will run every hour.\n")
    _as_a_new_process(monkeypatch)
    named: list[str] = []
    listed: list[str] = []
    own_origin, listing = copies.own_origin, provenance.listed
    monkeypatch.setattr(copies, "own_origin", lambda s: named.append(s.id) or own_origin(s))
    monkeypatch.setattr(
        provenance, "listed", lambda text, quotes: listed.append(text) or listing(text, quotes)
    )
    build(Project(content, tmp_path / "site"))
    assert len(named) <= 1 and len(listed) == 1  # the edited article's alone
    assert "The ferry will run every hour." in listed[0]
    build(Project(content, tmp_path / "fresh"), BuildOptions(use_cache=False))
    assert _site(tmp_path / "site") == _site(tmp_path / "fresh")


def test_facts_kept_by_other_code_are_worked_out_again(
    make_content: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = make_content(variants(4))
    build(Project(content, tmp_path / "site"))
    _as_a_new_process(monkeypatch)
    monkeypatch.setattr(CachedCopies, "facts", lambda self: '{"not": "facts"}')
    (content / "articles" / EDITED).write_text("A new text for the ferry story.\n")
    build(Project(content, tmp_path / "site"))
    build(Project(content, tmp_path / "fresh"), BuildOptions(use_cache=False))
    assert _site(tmp_path / "site") == _site(tmp_path / "fresh")


def test_a_rebuild_in_one_process_names_the_same_rewrites_checks_without_hashing_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def remember_all(keys: list[str], make: Callable[[int], str]) -> list[str]:
        return [make(i) for i in range(len(keys))]

    checking = provenance._kept_checks(remember_all)
    rewrite = "“We will open the pier in May,” the mayor said of the new ferry pier."
    original = "The mayor said: “We will open the pier in May.” The ferry starts in June."
    requests = [(rewrite, ("We will open the pier in May,",), (("original", original),), "")]
    first = checking(requests)
    hashed: list[str] = []
    monkeypatch.setattr(provenance, "_hashed", lambda text: hashed.append(text) or text)
    assert checking(requests) == first
    assert hashed == []  # watch mode's next save: the same request, its key kept
