"""The site is swapped in whole or not at all, and only folders digest built are ever replaced."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.errors import UnsafeOutputError
from generator.write import MARKER, check_output, write_site


def pages(*names: str) -> Iterator[tuple[str, bytes]]:
    for name in names:
        yield name, f"<p>{name}</p>".encode()


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_a_new_build_replaces_the_old_one_entirely(tmp_path: Path) -> None:
    output = tmp_path / "site"
    write_site(pages("index.html", "articles/old.html"), tmp_path / "no-static", output)
    write_site(pages("index.html", "articles/new.html"), tmp_path / "no-static", output)
    assert sorted(snapshot(output)) == [MARKER, "articles/new.html", "index.html"]
    assert [p.name for p in tmp_path.iterdir()] == ["site"]  # no staging folder left behind


def test_a_build_failing_midway_leaves_the_previous_site_byte_identical(tmp_path: Path) -> None:
    output = tmp_path / "site"
    write_site(pages("index.html", "a.html"), tmp_path / "no-static", output)
    before = snapshot(output)

    def failing() -> Iterator[tuple[str, bytes]]:
        yield "index.html", b"half"
        raise RuntimeError("template blew up")

    with pytest.raises(RuntimeError):
        write_site(failing(), tmp_path / "no-static", output)
    assert snapshot(output) == before
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_a_page_path_escaping_the_output_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnsafeOutputError):
        write_site(pages("../escaped.html"), tmp_path / "no-static", tmp_path / "site")
    assert not (tmp_path / "escaped.html").exists()


@pytest.mark.parametrize("target", ["content", "templates", "project", "content/..", "/", "~"])
def test_output_folders_holding_the_users_work_are_refused(tmp_path: Path, target: str) -> None:
    project = tmp_path / "project"
    (project / "content").mkdir(parents=True)
    (project / "templates").mkdir()
    protected = [project / "content", project / "templates", project]
    output = Path(target).expanduser() if target in ("/", "~") else project / target
    if target == "project":
        output = project
    with pytest.raises(UnsafeOutputError):
        check_output(output, protected)


def test_a_folder_not_built_by_digest_is_never_replaced(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "notes.txt").write_text("mine")
    with pytest.raises(UnsafeOutputError, match="not made by digest"):
        check_output(docs, [])
    check_output(tmp_path / "fresh", [])  # a missing folder is fine
    (tmp_path / "empty").mkdir()
    check_output(tmp_path / "empty", [])  # so is an empty one
