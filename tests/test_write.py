"""Only a whole build reaches the site, file by whole file, and only folders digest built are touched."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from generator.errors import UnsafeOutputError
from generator.files import Part
from generator.output.write import MARKER, check_output, write_site
from tests.conftest import snapshot


def pages(*names: str) -> Iterator[tuple[str, bytes]]:
    for name in names:
        yield name, f"<p>{name}</p>".encode()


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


def test_a_page_read_while_builds_replace_it_is_always_whole(tmp_path: Path) -> None:
    output = tmp_path / "site"
    versions = [f"<p>version {n}</p>".encode() + b"news " * 50_000 for n in range(2)]
    write_site([("index.html", versions[0])], tmp_path / "no-static", output)
    stop, seen = threading.Event(), []

    def read_repeatedly() -> None:
        while not stop.is_set():
            try:
                seen.append((output / "index.html").read_bytes())
            except OSError as error:  # missing, even for a moment
                seen.append(repr(error).encode())

    reader = threading.Thread(target=read_repeatedly)
    reader.start()
    try:
        for number in range(1, 30):
            write_site([("index.html", versions[number % 2])], tmp_path / "no-static", output)
    finally:
        stop.set()
        reader.join()
    assert seen and set(seen) <= set(versions)


def test_files_and_folders_left_in_the_way_by_hand_give_way(tmp_path: Path) -> None:
    output = tmp_path / "site"
    write_site(pages("index.html", "notes.html"), tmp_path / "no-static", output)
    (output / "index.html").unlink()
    (output / "index.html").mkdir()  # a folder where a page goes
    (output / "index.html" / "x.html").write_text("x")
    (output / "articles").write_text("a file where a folder goes")
    write_site(pages("index.html", "articles/a.html"), tmp_path / "no-static", output)
    assert sorted(snapshot(output)) == [MARKER, "articles/a.html", "index.html"]
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


@pytest.mark.parametrize("manifest_kept", [True, False])
def test_a_link_in_the_site_to_a_folder_outside_is_never_written_through(
    tmp_path: Path, manifest_kept: bool
) -> None:
    output, outside = tmp_path / "site", tmp_path / "outside"
    manifest = tmp_path / "site.json" if manifest_kept else None
    outside.mkdir()
    (outside / "a.html").write_text("the user's own file")
    write_site(
        pages("index.html", "articles/a.html"), tmp_path / "no-static", output, manifest=manifest
    )
    shutil.rmtree(output / "articles")
    (output / "articles").symlink_to(outside, target_is_directory=True)
    write_site(
        pages("index.html", "articles/a.html"), tmp_path / "no-static", output, manifest=manifest
    )
    assert (outside / "a.html").read_text() == "the user's own file"
    assert sorted(p.name for p in outside.iterdir()) == ["a.html"]
    assert not (output / "articles").is_symlink()
    assert (output / "articles" / "a.html").read_bytes() == b"<p>articles/a.html</p>"


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


class Counted:
    """A pending page that records whether it was rendered."""

    rendered: list[str] = []

    def __init__(self, name: str, version: str = "1") -> None:
        self.name, self.version = name, version

    def fingerprint(self) -> str:
        return f"{self.name}@{self.version}"

    def render(self) -> bytes:
        Counted.rendered.append(self.name)
        return f"<p>{self.name} v{self.version}</p>".encode()


def test_unchanged_pending_pages_are_linked_not_rendered(tmp_path: Path) -> None:
    output, manifest = tmp_path / "site", tmp_path / "cache" / "site.json"
    first = write_site(
        [("a.html", Counted("a")), ("b.html", Counted("b"))],
        tmp_path / "no-static",
        output,
        manifest=manifest,
    )
    inode = (output / "a.html").stat().st_ino
    Counted.rendered.clear()
    second = write_site(
        [("a.html", Counted("a")), ("b.html", Counted("b", "2"))],
        tmp_path / "no-static",
        output,
        manifest=manifest,
    )
    assert (first.files, first.rewritten) == (2, 2)
    assert (second.files, second.rewritten) == (2, 1)
    assert Counted.rendered == ["b"]
    assert (output / "a.html").stat().st_ino == inode  # the very same file, hard-linked
    assert (output / "b.html").read_bytes() == b"<p>b v2</p>"


def test_unchanged_bytes_are_linked_and_changed_ones_written(tmp_path: Path) -> None:
    output, manifest = tmp_path / "site", tmp_path / "site.json"
    write_site(pages("a.html", "b.html"), tmp_path / "no-static", output, manifest=manifest)
    again = write_site(
        [("a.html", b"<p>a.html</p>"), ("b.html", b"changed")],
        tmp_path / "no-static",
        output,
        manifest=manifest,
    )
    assert again.rewritten == 1 and (output / "b.html").read_bytes() == b"changed"


def test_a_page_edited_by_hand_in_the_site_is_rendered_again(tmp_path: Path) -> None:
    output, manifest = tmp_path / "site", tmp_path / "site.json"
    write_site([("a.html", Counted("a"))], tmp_path / "no-static", output, manifest=manifest)
    (output / "a.html").write_bytes(b"vandalised by hand")
    again = write_site(
        [("a.html", Counted("a"))], tmp_path / "no-static", output, manifest=manifest
    )
    assert again.rewritten == 1 and (output / "a.html").read_bytes() == b"<p>a v1</p>"


def test_a_failed_incremental_build_leaves_the_linked_previous_site_byte_identical(
    tmp_path: Path,
) -> None:
    output, manifest = tmp_path / "site", tmp_path / "site.json"
    write_site(
        [("a.html", Counted("a")), ("b.html", Counted("b"))],
        tmp_path / "no-static",
        output,
        manifest=manifest,
    )
    before = snapshot(output)

    def failing() -> Iterator[tuple[str, bytes | Counted]]:
        yield "a.html", Counted("a")  # linked from the old site
        yield "a.html", b"written over the link"  # a duplicate path must not write through it
        yield "b.html", Counted("b", "2")
        raise RuntimeError("template blew up")

    with pytest.raises(RuntimeError):
        write_site(failing(), tmp_path / "no-static", output, manifest=manifest)
    assert snapshot(output) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site", "site.json"]


def test_without_a_manifest_every_page_is_rendered(tmp_path: Path) -> None:
    output = tmp_path / "site"
    write_site([("a.html", Counted("a"))], tmp_path / "no-static", output)
    again = write_site([("a.html", Counted("a"))], tmp_path / "no-static", output)
    assert again.rewritten == 1


def test_a_damaged_manifest_only_means_every_page_is_rendered(tmp_path: Path) -> None:
    output, manifest = tmp_path / "site", tmp_path / "site.json"
    write_site([("a.html", Counted("a"))], tmp_path / "no-static", output, manifest=manifest)
    manifest.write_text('{"version": 1, "files": [')
    again = write_site(
        [("a.html", Counted("a"))], tmp_path / "no-static", output, manifest=manifest
    )
    assert again.rewritten == 1 and (output / "a.html").read_bytes() == b"<p>a v1</p>"


class Streamed:
    """A pending file that renders to chunks, the way briefing.json and the search index do."""

    def __init__(self, version: str, *parts: bytes) -> None:
        self.version, self.parts = version, parts

    def fingerprint(self) -> str:
        return self.version

    def render(self) -> Iterator[bytes]:
        yield from self.parts


def test_a_file_made_in_chunks_is_written_whole_and_not_remade_when_unchanged(
    tmp_path: Path,
) -> None:
    output, manifest = tmp_path / "site", tmp_path / "site.json"
    write_site(
        [("data.json", Streamed("1", b"[1,", b"2]"))],
        tmp_path / "no-static",
        output,
        manifest=manifest,
    )
    assert (output / "data.json").read_bytes() == b"[1,2]"
    inode = (output / "data.json").stat().st_ino
    same = write_site(
        [("data.json", Streamed("1", b"never", b"made"))],
        tmp_path / "no-static",
        output,
        manifest=manifest,
    )
    assert same.rewritten == 0 and (output / "data.json").stat().st_ino == inode
    changed = write_site(
        [("data.json", Streamed("2", b"[3]"))], tmp_path / "no-static", output, manifest=manifest
    )
    assert changed.rewritten == 1 and (output / "data.json").read_bytes() == b"[3]"


class Listed:
    """A pending file of keyed parts, the way briefing.json and the search index are made;
    `made` lists the parts it had to make."""

    def __init__(self, *values: str, comma_in_part: bool = False) -> None:
        self.values = values
        self.comma_in_part = comma_in_part  # as the data files do: neighbours copied as one
        self.made: list[str] = []

    def fingerprint(self) -> str:
        return repr(self.values)

    def render(self) -> Iterator[bytes | Part]:
        yield b"["
        for number, value in enumerate(self.values):
            comma = "," if number else ""
            if not self.comma_in_part:
                yield comma.encode()
                comma = ""
            made = comma + value
            yield Part(made, lambda made=made: self.made.append(made) or made.encode())
        yield b"]"


def write_listed(tmp_path: Path, listed: Listed) -> bytes:
    output = tmp_path / "site"
    write_site(
        [("list.json", listed)], tmp_path / "no-static", output, manifest=tmp_path / "m.json"
    )
    return (output / "list.json").read_bytes()


def test_a_file_of_parts_makes_only_the_parts_its_last_version_lacked(tmp_path: Path) -> None:
    first = Listed("1", "22", "333")
    assert write_listed(tmp_path, first) == b"[1,22,333]" and first.made == ["1", "22", "333"]
    second = Listed("22", "4444", "1")
    assert write_listed(tmp_path, second) == b"[22,4444,1]" and second.made == ["4444"]
    third = Listed("4444", "1")  # parts come from the version just before
    assert write_listed(tmp_path, third) == b"[4444,1]" and third.made == []


@pytest.mark.parametrize("kernel_copy", [True, False], ids=["copy_file_range", "read and write"])
def test_neighbouring_parts_are_copied_together_and_land_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kernel_copy: bool
) -> None:
    if not kernel_copy:  # as on macOS and Windows, or between file systems that refuse it
        monkeypatch.delattr(os, "copy_file_range", raising=False)
    values = [str(n) * (n % 7 + 1) for n in range(1, 40)]
    assert (
        write_listed(tmp_path, Listed(*values, comma_in_part=True))
        == ("[" + ",".join(values) + "]").encode()
    )
    # One part changed, one gone (its neighbours copied one after the other), one added.
    values = [*values[:10], *values[11:20], "changed", *values[21:30], "new", *values[30:]]
    edited = Listed(*values, comma_in_part=True)
    assert write_listed(tmp_path, edited) == ("[" + ",".join(values) + "]").encode()
    assert edited.made == [",changed", ",new"]


@pytest.mark.parametrize(
    "spoil",
    [
        lambda site, manifest: (site / "list.json").write_bytes(b"[9,88,777]"),  # by hand
        lambda site, manifest: manifest.write_text(manifest.read_text()[:40]),  # cut short
        lambda site, manifest: manifest.write_text(  # a part moved onto another
            manifest.read_text().replace("[1,3,6]", "[1,0,6]")
        ),
        lambda site, manifest: manifest.write_text(  # a part reaching past the end
            manifest.read_text().replace("[1,2,3]", "[1,2,30]")
        ),
        lambda site, manifest: manifest.write_text(  # an offset that is not a number
            manifest.read_text().replace("[1,3,6]", '[1,"3",6]')
        ),
    ],
    ids=[
        "file edited",
        "record cut short",
        "parts overlapping",
        "part past the end",
        "part malformed",
    ],
)
def test_parts_are_made_afresh_when_the_last_version_cannot_be_trusted(
    tmp_path: Path, spoil: Callable[[Path, Path], object]
) -> None:
    write_listed(tmp_path, Listed("1", "22", "333"))
    spoil(tmp_path / "site", tmp_path / "m.json")
    again = Listed("1", "22", "333", "4")
    assert write_listed(tmp_path, again) == b"[1,22,333,4]"
    assert again.made == ["1", "22", "333", "4"]
