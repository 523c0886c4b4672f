"""Write the rendered site into its output folder: only what changed, and only once all of it
could be made.

A page whose fingerprint matches the previous build's manifest (and whose file is untouched
since) is neither rendered nor written. Changed files are written into a staging folder beside
the site; only when every file has been made are they moved into place, each with one atomic
rename, and files the new site no longer has are deleted. A build that fails while making
its files leaves the site exactly as it was.

A big file made of many keyed parts (briefing.json, the search index: a part per article) is
not remade whole when one part changes: the parts whose keys the previous version held are
copied from it, and only the others are made.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import posixpath
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from stat import S_ISREG
from typing import Any, BinaryIO

from generator import codec
from generator.errors import UnsafeOutputError
from generator.files import File, Part
from generator.fingerprints import content_hash

log = logging.getLogger(__name__)

# Left in every folder digest builds; digest only ever replaces a folder that carries it.
MARKER = ".digest-site"
_MANIFEST_VERSION = 4
_O_BINARY = getattr(os, "O_BINARY", 0)  # Windows would otherwise translate line ends


def check_output(output: Path, protected: Sequence[Path]) -> None:
    """Refuse an output folder whose replacement could destroy something that is not a built site."""
    target = output.resolve()
    shown = str(output)
    if target == Path(target.anchor) or target == Path.home().resolve():
        raise UnsafeOutputError(
            "is the file-system root or your home folder; choose a folder like 'site'", shown
        )
    for folder in protected:
        folder = folder.resolve()
        if target == folder or target in folder.parents:
            raise UnsafeOutputError(
                f"would replace {folder}, which holds your work; choose a separate folder like 'site'",
                shown,
            )
    if target.exists() and not target.is_dir():
        raise UnsafeOutputError("exists and is not a folder; choose another output folder", shown)
    if target.is_dir() and not (target / MARKER).exists() and any(target.iterdir()):
        raise UnsafeOutputError(
            "exists and was not made by digest, so it will not be replaced; "
            "empty it yourself or choose another output folder",
            shown,
        )


@dataclass(frozen=True)
class Written:
    """How many files the new site holds, and how many of them had to be written afresh."""

    files: int
    rewritten: int


def write_site(
    pages: Iterable[tuple[str, File]],
    static_dir: Path,
    output: Path,
    *,
    manifest: Path | None = None,
    site_key: str = "",
    note: Any = None,
    site: SiteOnDisk | None = None,
    kept: KeptManifests | None = None,
) -> Written:
    """Write every page that changed into `output`, delete the files it no longer has.

    Pages come as bytes, or as pending pages rendered only if their fingerprint changed since
    the build that made `output`, as recorded in `manifest` (outside the site, so the site's
    bytes never depend on it) with the same `site_key`, which covers the templates and code.
    Changed files are staged beside `output` and moved in once all are made; if making one
    fails, the staging folder is removed and `output` is untouched. Static files are copied
    into static/. `note` (plain JSON data) is kept in the manifest, for the next read_site().
    `site` is read_site() of this output and manifest, if the caller has read it already.
    The manifest written is left in `kept`, if given, for the next read_site().
    """
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    site = site or read_site(output, manifest, site_key, kept)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.new-", dir=output.parent))
    writer = _Stager(staging, site, output)
    try:
        for relative_path, page in chain_static(pages, static_dir):
            writer.add(relative_path, page)
        stale = set(site.found) - set(writer.manifest)
        writer.close()  # before the files it copied parts from are replaced
        _move_into_place(staging, output, list(writer.staged), stale)
    finally:
        writer.close()
        shutil.rmtree(staging, ignore_errors=True)
    if manifest is not None:
        written = Manifest(_MANIFEST_VERSION, site_key, writer.manifest, note)
        _write_manifest(manifest, written, kept)
    return Written(len(writer.manifest), len(writer.staged))


def chain_static(pages: Iterable[tuple[str, File]], static_dir: Path) -> Iterable[tuple[str, File]]:
    """The pages, then every file under static_dir as static/<its path>, in a stable order."""
    yield from pages
    if static_dir.is_dir():
        for path in sorted(p for p in static_dir.rglob("*") if p.is_file()):
            yield f"static/{path.relative_to(static_dir).as_posix()}", path.read_bytes()


# Where one Part of a file lies in it: (key, offset, length). Tuples, saved as columns: a data
# file holds a part per article, and the manifest is read and written on every build.
PartSpan = tuple[str, int, int]


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """What the manifest records of one site file: the fingerprint it was made from, the size
    and mtime it was written with (so a file changed by hand since is told apart), and where
    its Parts lie, if it has any."""

    fingerprint: str
    size: int
    mtime_ns: int
    parts: tuple[PartSpan, ...] = ()


@dataclass(frozen=True, slots=True)
class Manifest:
    """The record, kept outside the site, of what a build's files were made from."""

    version: int
    site_key: str  # the site fingerprint: code and templates
    files: dict[str, ManifestEntry]
    note: Any = None  # what the build that wrote it keeps for the next (plain JSON data)


class _Stager:
    """Writes each changed file into the staging folder; leaves an unchanged one where it is.

    Its manifest has an entry per file: its fingerprint, size and mtime, and for a file of
    Parts where each part went, for the next build to copy them from.
    """

    def __init__(self, staging: Path, site: SiteOnDisk, output: Path) -> None:
        self.staging = staging
        self.site = site
        self.output = output
        self.manifest: dict[str, ManifestEntry] = {}
        self._open: list[BinaryIO] = []  # earlier versions of files, parts copied from them
        self.staged: dict[str, None] = {}  # site paths written into the staging folder, in order
        self._folders: set[str] = {""}

    def add(self, relative_path: str, page: File) -> None:
        name = _safe_path(relative_path)
        fingerprint = content_hash(page) if isinstance(page, bytes) else page.fingerprint()
        if self._unchanged(name, fingerprint):
            if name in self.staged:  # a path given twice: the last one counts
                del self.staged[name]
                (self.staging / name).unlink()
            return
        target = self.staging / name
        self._make_folder(posixpath.dirname(name))
        made = page if isinstance(page, bytes) else page.render()
        parts = _write_chunks(
            target, [made] if isinstance(made, bytes) else made, self._earlier(name)
        )
        stat = target.stat()
        self.manifest[name] = ManifestEntry(fingerprint, stat.st_size, stat.st_mtime_ns, parts)
        self.staged[name] = None

    def _unchanged(self, name: str, fingerprint: str) -> bool:
        """Whether the site's file was made with this fingerprint and is untouched since."""
        old = self.site.recorded.get(name)
        if old is None or old.fingerprint != fingerprint or not self.site.untouched(name):
            return False  # new, changed, or replaced or edited by hand since: render it
        self.manifest[name] = old
        return True

    def _earlier(self, name: str) -> _EarlierFile:
        """The site's file at `name` as the previous build wrote it, with where its parts lie,
        if the manifest records them and the file is untouched since."""
        old = self.site.recorded.get(name)
        if old is None or not old.parts or not self.site.untouched(name):
            return _NO_PARTS
        try:
            file = (self.output / name).open("rb")
        except OSError:  # gone since
            return _NO_PARTS
        self._open.append(file)
        return _EarlierFile(file, _spans(old.parts, old.size))

    def close(self) -> None:
        for file in self._open:
            file.close()
        self._open.clear()

    def _make_folder(self, folder: str) -> None:
        if folder not in self._folders:
            (self.staging / folder).mkdir(parents=True, exist_ok=True)
            self._folders.add(folder)


def _move_into_place(staging: Path, output: Path, staged: list[str], stale: set[str]) -> None:
    """Delete the `stale` files, then move each staged file over its place in `output`.

    Each move is one rename, so a reader never sees half a file; the site folder is never
    missing, even for a moment.
    """
    if not (output / MARKER).is_file():
        output.mkdir(mode=0o755, exist_ok=True)
        (output / MARKER).write_text("Built by digest; its files are replaced on every build.\n")
    for name in stale:
        # Gone or turned into a folder since the site was read: nothing of this build's to delete.
        with contextlib.suppress(FileNotFoundError, NotADirectoryError, IsADirectoryError):
            (output / name).unlink()
    for name in staged:
        _make_room(output, name)
        os.replace(staging / name, output / name)
    if stale:
        _remove_empty_folders(output)


def _make_room(output: Path, name: str) -> None:
    """Clear the way for a file at `name`: a folder where it goes, or a file where a folder of
    its path goes (left by hand, or by an older site)."""
    parts = name.split("/")
    for depth in range(1, len(parts)):
        folder = output.joinpath(*parts[:depth])
        if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
            folder.unlink()
    (output / name).parent.mkdir(parents=True, exist_ok=True)
    target = output / name
    if target.is_dir() and not target.is_symlink():
        shutil.rmtree(target)


def _remove_empty_folders(output: Path) -> None:
    for folder, _, _ in os.walk(output, topdown=False):  # deepest first
        if Path(folder) != output:
            with contextlib.suppress(OSError):  # not empty: leave it
                os.rmdir(folder)


def _write_chunks(
    target: Path, chunks: Iterable[bytes | Part], earlier: _EarlierFile
) -> tuple[PartSpan, ...]:
    """Write the chunks, in order, into a new file at target (replacing one staged earlier);
    a Part is copied from the `earlier` file where it has the part's key, else made. Returns
    where each Part went."""
    target.unlink(missing_ok=True)
    parts: list[PartSpan] = []
    offset = 0
    with _Output(target) as output:
        for chunk in chunks:
            span = earlier.spans.get(chunk.key) if isinstance(chunk, Part) else None
            if span is not None:
                output.copy(earlier, *span)
                data_length = span[1] - span[0]
            else:
                data = chunk.make() if isinstance(chunk, Part) else chunk
                output.write(data)
                data_length = len(data)
            if isinstance(chunk, Part):
                parts.append((chunk.key, offset, data_length))
            offset += data_length
    return tuple(parts)


class _EarlierFile:
    """The previous version of a file of Parts: where each part lies in it, and the file open
    to copy them from. Empty when there is no version to trust."""

    def __init__(
        self, file: BinaryIO | None = None, spans: dict[str, tuple[int, int]] | None = None
    ):
        self.file = file
        self.spans = spans or {}


_NO_PARTS = _EarlierFile()


class _Output:
    """A new file written from bytes and from ranges of earlier files, the ranges that follow
    each other copied at once, by the kernel where it can (copy_file_range)."""

    _BUFFER = 1 << 16

    def __init__(self, target: Path) -> None:
        self.fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o666)
        self.buffered: list[bytes] = []
        self.buffered_size = 0
        self.run: tuple[_EarlierFile, int, int] | None = None  # a range still to copy

    def __enter__(self) -> _Output:
        return self

    def __exit__(self, *exc_info: object) -> None:
        try:
            if exc_info[0] is None:
                self._flush()
        finally:
            os.close(self.fd)

    def write(self, data: bytes) -> None:
        self._copy_run()
        self.buffered.append(data)
        self.buffered_size += len(data)
        if self.buffered_size >= self._BUFFER:
            self._write_buffered()

    def copy(self, earlier: _EarlierFile, start: int, end: int) -> None:
        if self.run is not None and self.run[0] is earlier and self.run[2] == start:
            self.run = (earlier, self.run[1], end)
            return
        self._flush()
        self.run = (earlier, start, end)

    def _flush(self) -> None:
        self._write_buffered()
        self._copy_run()

    def _write_buffered(self) -> None:
        data = memoryview(b"".join(self.buffered))
        while data:
            data = data[os.write(self.fd, data) :]
        self.buffered.clear()
        self.buffered_size = 0

    def _copy_run(self) -> None:
        if self.run is None:
            return
        earlier, start, end = self.run
        self.run = None
        assert earlier.file is not None
        source = earlier.file.fileno()
        try:
            while start < end:
                copied = os.copy_file_range(source, self.fd, end - start, start)
                if copied <= 0:
                    raise OSError("copy_file_range copied nothing")
                start += copied
        except (AttributeError, OSError):  # no copy_file_range here, or not between these files
            earlier.file.seek(start)
            self.write(earlier.file.read(end - start))
            self._write_buffered()


def _spans(parts: tuple[PartSpan, ...], size: int) -> dict[str, tuple[int, int]]:
    """Each part's (start, end) by key, if the parts lie in order, apart, within `size` bytes;
    else none: a record that does not fit its file was damaged or edited, and is not used."""
    spans: dict[str, tuple[int, int]] = {}
    end = 0
    for key, offset, length in parts:
        if offset < end or length < 0:
            return {}
        end = offset + length
        spans.setdefault(key, (offset, end))
    return spans if end <= size else {}


@functools.lru_cache(maxsize=1 << 15)  # every file of the site, on every build
def _safe_path(relative_path: str) -> str:
    """The normalised site path; one that could land outside the site is refused."""
    name = posixpath.normpath(relative_path.replace("\\", "/"))
    if (
        posixpath.isabs(name)
        or name in (".", "..", MARKER)
        or name.startswith("../")
        or "\0" in name
    ):
        # paths come from slugs, but never trust that blindly
        raise UnsafeOutputError(f"page path {relative_path!r} escapes the output folder")
    return name


@dataclass(frozen=True)
class SiteOnDisk:
    """The output folder as a build finds it, and what the manifest of the build that made it
    says: read once per build, to see whether anything changed and which files to keep."""

    recorded: dict[str, ManifestEntry]  # by site path
    found: dict[
        str, tuple[int, int]
    ]  # site path → (size, mtime_ns) now (size -1: not a plain file)
    note: Any = None  # what that build kept in the manifest

    @property
    def unchanged(self) -> bool:
        """Whether the folder is exactly what the manifest describes: the same files, each with
        the size and modification time it was written with, and nothing else."""
        return (
            bool(self.recorded)
            and self.found.keys() == self.recorded.keys()
            and all(self.untouched(name) for name in self.recorded)
        )

    def untouched(self, name: str) -> bool:
        """Whether the file at `name` is the one the manifest records (same size and mtime)."""
        entry = self.recorded.get(name)
        return entry is not None and self.found.get(name) == (entry.size, entry.mtime_ns)


# Manifests a process wrote, each with the stat of its file then: while the file is as it was
# written, the next build takes the manifest from here instead of reading it again (watch mode).
KeptManifests = dict[Path, tuple[tuple[int, ...], "Manifest"]]


def stat_signature(stat: os.stat_result) -> tuple[int, ...]:
    """What changes whenever a file's bytes do, as far as its timestamps' granularity allows."""
    return stat.st_mtime_ns, stat.st_size, stat.st_ino, stat.st_ctime_ns


def read_site(
    output: Path, manifest: Path | None, site_key: str, kept: KeptManifests | None = None
) -> SiteOnDisk:
    """The files in `output` now, and those `manifest` records if it was made with `site_key`
    (a manifest made with other templates or code records nothing). A manifest `kept` is
    taken from there while its file is as it was written."""
    loaded = _load_manifest(manifest, site_key, kept or {}) if manifest is not None else None
    try:
        found = _files_under(output.resolve())
    except OSError:  # no site yet
        found = {}
    if loaded is None:
        return SiteOnDisk({}, found)
    return SiteOnDisk(loaded.files, found, loaded.note)


def _files_under(folder: Path) -> dict[str, tuple[int, int]]:
    """(size, mtime_ns) of every file under folder by site path, the digest marker aside."""
    found: dict[str, tuple[int, int]] = {}
    pending = [("", folder)]
    while pending:
        prefix, directory = pending.pop()
        with os.scandir(directory) as entries:
            for entry in entries:
                name = prefix + entry.name
                if entry.is_dir(follow_symlinks=False):
                    pending.append((name + "/", Path(entry.path)))
                elif name != MARKER:
                    stat = entry.stat(follow_symlinks=False)
                    # A symlink or device is never what write_site made: size -1 tells it apart.
                    size = stat.st_size if S_ISREG(stat.st_mode) else -1
                    found[name] = (size, stat.st_mtime_ns)
    return found


def _load_manifest(path: Path, site_key: str, kept: KeptManifests) -> Manifest | None:
    """The manifest at `path` if this version made it with the same site key, else None."""
    try:
        written = kept.get(path)
        if written is not None and written[0] == stat_signature(path.stat()):
            manifest = written[1]
        else:
            manifest = codec.loads(Manifest, path.read_bytes())
    except (OSError, codec.DecodeError):
        return None
    if manifest.version != _MANIFEST_VERSION or manifest.site_key != site_key:
        return None
    return manifest


def _write_manifest(path: Path, manifest: Manifest, kept: KeptManifests | None) -> None:
    """Record what the new site's files were made from; losing it only costs the next build time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}")
        temporary.write_text(codec.dumps(manifest) + "\n", encoding="utf-8")
        inode = temporary.stat().st_ino
        os.replace(temporary, path)
        if kept is not None:
            kept.clear()
            written = path.stat()  # (a rename changes its ctime)
            if written.st_ino == inode:  # not replaced by another build since
                kept[path] = stat_signature(written), manifest
    except OSError as error:
        log.warning(
            "warning: %s cannot be written (%s); the next build renders every page",
            path,
            error.strerror,
        )
