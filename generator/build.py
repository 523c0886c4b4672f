"""The build: load → clean and extract → group → render → write, in that order."""

from __future__ import annotations

import functools
import hashlib
import os
import time
from collections.abc import Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.analysis.analyse import Rankings, analyse_all, analysis_fingerprint, analysis_key
from generator.briefing.assemble import assemble, describe
from generator.briefing.group import group_by_event
from generator.cache.store import AnalysisCache, default_cache_dir, library_version, site_manifest
from generator.content.config import CONFIG_NAME, load_config
from generator.content.load import find_article_files, parse_article, read_bytes
from generator.errors import DigestError
from generator.models import (
    Analysis,
    Article,
    ArticleRecord,
    EventSpec,
    Problem,
    SourceArticle,
)
from generator.output.write import SiteOnDisk, check_output, read_site, write_site
from generator.site.render import (
    DEFAULT_TEMPLATES,
    STATIC_DIR,
    keyword_index,
    make_environment,
    render_site,
)

# Bump when what a build reports, or the note it keeps to report it again, changes shape.
_REPORT_VERSION = 1
# Libraries whose version can change the site: its pages, briefing.json, or what is reported.
_LIBRARIES = ("jinja2", "markdown_it", "markupsafe", "yaml")


@dataclass(frozen=True)
class BuildReport:
    """What a finished build did, for the one-line summary."""

    articles: int
    events: int
    removed_lines: int
    files_written: int
    seconds: float
    problems: tuple[Problem, ...]
    analysed: int = 0  # articles cleaned and analysed afresh; the rest came from the cache
    files_rewritten: int = 0  # files rendered and written; the rest were unchanged

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.level == "error")


@dataclass
class Memory:
    """What a caller that builds again and again (watch mode) keeps between builds in one
    process: the last build's article records (see AnalysisCache) and articles; each article
    file's hash with the stat it was taken at, so an untouched file is not read and hashed
    again; and analyses made ahead of the next build."""

    records: dict[str, Any] = field(default_factory=dict)
    files: dict[Path, tuple[tuple[int, ...], str]] = field(default_factory=dict)
    articles: dict[str, Article] = field(default_factory=dict)  # see assemble()
    # Analyses made ahead of the next build, with the rankings they used, by analysis_key
    # (see watch.Rebuilder).
    analyses: dict[str, tuple[Analysis, Rankings]] = field(default_factory=dict)


# A file modified this close before it was hashed might change again within its timestamp's
# granularity (up to 2 s on some file systems) without its stat changing: it is hashed again.
_RACY_NS = 2_000_000_000


class BuildFailed(DigestError):
    """Some content could not be built and the caller asked not to publish a partial site."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = tuple(problems)
        errors = [str(p) for p in problems if p.level == "error"]
        super().__init__("; ".join(errors) or "build failed")


def build(
    content_dir: Path,
    output_dir: Path,
    templates_dir: Path = DEFAULT_TEMPLATES,
    *,
    publish_partial: bool = True,
    use_cache: bool = True,
    cache_dir: Path | None = None,
    jobs: int | None = None,
    progress: bool = False,
    remembered: Memory | None = None,
) -> BuildReport:
    """Build the briefing in content_dir into output_dir.

    A file that cannot be used is reported and left out; with publish_partial=False any
    such error stops the build before anything is written (watch mode keeps the last good site).
    Articles' analyses are cached in cache_dir (default: .cache/digest/ beside content_dir)
    unless use_cache is False; the output is the same either way. Uncached articles are
    analysed on `jobs` processes (default: all cores), with a progress bar on stderr if asked.
    With the cache, a build whose inputs are those that made the untouched output_dir does
    nothing and reports what that build reported. A caller that builds again and again (watch
    mode) passes the same Memory to every build.
    """
    started = time.perf_counter()
    config, problems = load_config(content_dir)
    check_output(output_dir, _protected_folders(content_dir, templates_dir))
    # Hashes, not bytes: 10,000 articles are 50 MB; only files that changed are read again.
    files = _file_digests(find_article_files(content_dir), remembered.files if remembered else None)

    cache_folder = cache_dir or default_cache_dir(content_dir)
    manifest = site_manifest(cache_folder, output_dir) if use_cache else None
    salt = _site_fingerprint(templates_dir)
    inputs = _inputs_digest(content_dir, files, publish_partial)
    site = read_site(output_dir, manifest, salt) if manifest is not None else None
    if site is not None and site.unchanged:
        report = _report_from_note(site, inputs, time.perf_counter() - started)
        if report is not None:
            return report

    records_memory = remembered.records if remembered else None
    with AnalysisCache(cache_folder, records_memory) if use_cache else nullcontext() as cache:
        records, analysed = _article_records(
            files,
            content_dir,
            config.events,
            cache,
            problems,
            publish_partial,
            jobs,
            progress,
            remembered.analyses if remembered else {},
        )
        articles = assemble(records, remembered.articles if remembered else None)
        groups = group_by_event(articles, config.events)

        env = make_environment(templates_dir, cache_folder / "templates" if cache else None)
        pages = render_site(
            config,
            groups,
            keyword_index(articles),
            env,
            lazy=True,
            remember=cache.texts(salt) if cache else None,
        )
        removed_lines = sum(len(a.removed) for a in articles)
        written = write_site(
            pages,
            templates_dir / STATIC_DIR,
            output_dir,
            manifest=manifest if cache else None,
            salt=salt,
            note=_note(inputs, len(articles), len(config.events), removed_lines, problems),
            site=site,
        )
    return BuildReport(
        articles=len(articles),
        events=len(config.events),
        removed_lines=removed_lines,
        files_written=written.files,
        seconds=time.perf_counter() - started,
        problems=tuple(problems),
        analysed=analysed,
        files_rewritten=written.rewritten,
    )


def _article_records(
    files: dict[Path, str],
    content_dir: Path,
    events: Sequence[EventSpec],
    cache: AnalysisCache | None,
    problems: list[Problem],
    publish_partial: bool,
    jobs: int | None,
    progress: bool,
    ready: Mapping[str, tuple[Analysis, Rankings]],
) -> tuple[dict[str, ArticleRecord], int]:
    """Load, clean and analyse each usable file, reusing the records of unchanged files.

    Returns the records in file order, by their cache keys (a hash of what each is made from),
    and how many articles were analysed afresh; every file's problems are added to
    `problems`, in file order.
    """
    # What every record depends on besides its file, hashed once: the events' repr alone
    # takes ~18 µs, which per file was 0.18 s of a build at 10,000 articles.
    shared = hashlib.sha256(f"{_code_fingerprint()}\0{events!r}".encode(errors="surrogatepass"))
    salt = shared.hexdigest()
    keys = {path: _record_key(salt, path, digest) for path, digest in files.items()}
    records = cache.get_records(keys.values()) if cache else {}
    found: dict[Path, list[Problem]] = {}
    sources: dict[Path, SourceArticle] = {}
    for path in files:
        if keys[path] not in records:
            data = read_bytes(path)
            # Keyed by the bytes parsed, should the file have changed since it was hashed.
            keys[path] = _record_key(salt, path, _file_digest(data))
            source, found[path] = parse_article(path, data, content_dir)
            if source is not None:
                sources[path] = source
    if not publish_partial and _has_error(problems, *found.values()):
        raise BuildFailed(problems + [p for listed in found.values() for p in listed])

    analyses, analysed = analyse_all(
        [(source.body, source.meta.title) for source in sources.values()],
        cache,
        jobs=jobs,
        progress=progress,
        ready=ready,
    )
    fresh = {
        keys[path]: describe(source, analysis, events, str(path), found[path])
        for (path, source), analysis in zip(sources.items(), analyses, strict=True)
    }
    if cache:
        cache.put_records(
            {
                keys[path]: (analysis_key(source.body, source.meta.title), fresh[keys[path]])
                for path, source in sources.items()
            }
        )
    records.update(fresh)
    usable = {keys[path]: records[keys[path]] for path in files if keys[path] in records}
    for path in files:
        problems += records[keys[path]].problems if keys[path] in records else found[path]
    if not usable:
        problems.append(
            Problem(str(content_dir / "articles"), "holds no article files (*.md, *.txt)")
        )
    return usable, analysed


def _inputs_digest(content_dir: Path, files: dict[Path, str], partial: bool) -> str:
    """A hash of everything besides templates, code and libraries (the manifest's salt covers
    those) that decides the site and the report.

    The paths are hashed as given, since the report names files by them.
    """
    settings = (_REPORT_VERSION, str(content_dir), partial, os.environ.get("SOURCE_DATE_EPOCH", ""))
    digest = hashlib.sha256(repr(settings).encode(errors="surrogatepass"))
    try:
        digest.update((content_dir / CONFIG_NAME).read_bytes())
    except OSError as error:
        digest.update(repr(error).encode())
    for path, file_digest in files.items():
        digest.update(f"\0{len(str(path))}\0{path}\0{file_digest}".encode(errors="surrogatepass"))
    return digest.hexdigest()


def _note(
    inputs: str, articles: int, events: int, removed_lines: int, problems: Sequence[Problem]
) -> dict[str, object]:
    """What a build keeps with its site so that the next build, finding nothing changed,
    can report the same."""
    return {
        "inputs": inputs,
        "articles": articles,
        "events": events,
        "removed_lines": removed_lines,
        "problems": [[p.file, p.message, p.line, p.level] for p in problems],
    }


def _report_from_note(site: SiteOnDisk, inputs: str, seconds: float) -> BuildReport | None:
    """The report of the build that made the unchanged site, if it was made from these inputs."""
    note = site.note
    try:
        if note["inputs"] != inputs:
            return None
        return BuildReport(
            articles=int(note["articles"]),
            events=int(note["events"]),
            removed_lines=int(note["removed_lines"]),
            files_written=len(site.recorded),
            seconds=seconds,
            problems=tuple(
                Problem(str(file), str(message), line if isinstance(line, int) else None, level)
                for file, message, line, level in note["problems"]
            ),
        )
    except (KeyError, TypeError, ValueError):  # a note this code did not write
        return None


def _site_fingerprint(templates_dir: Path) -> str:
    """A hash of what turns content into files: our code, its libraries, the templates.

    A page is only reused from the previous site when this is unchanged.
    """
    digest = hashlib.sha256(_code_fingerprint().encode())
    for path in sorted(p for p in templates_dir.glob("**/*") if p.is_file()):
        name = path.relative_to(templates_dir).as_posix()
        digest.update(f"\0{name}\0".encode() + path.read_bytes())
    return digest.hexdigest()


@functools.cache
def _code_fingerprint() -> str:
    """A hash of digest's code and the versions of the libraries that decide its output."""
    digest = hashlib.sha256(
        repr([analysis_fingerprint(), *(library_version(name) for name in _LIBRARIES)]).encode()
    )
    code = Path(__file__).resolve().parent
    for path in sorted(code.rglob("*.py")):
        digest.update(f"\0{path.relative_to(code).as_posix()}\0".encode() + path.read_bytes())
    return digest.hexdigest()


def _file_digests(
    paths: Sequence[Path], known: dict[Path, tuple[tuple[int, ...], str]] | None
) -> dict[Path, str]:
    """Each file's _file_digest. With `known` (from earlier builds in this process, updated
    here), a file whose stat is what it was when it was hashed keeps that hash, unless it had
    been modified just before: then its stat cannot vouch for its bytes."""
    if known is None:
        return {path: _file_digest(read_bytes(path)) for path in paths}
    digests = {}
    fresh = {}
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            digests[path] = _file_digest(read_bytes(path))
            continue
        signature = _signature(stat)
        earlier = known.get(path)
        if earlier is not None and earlier[0] == signature:
            digests[path] = earlier[1]
            fresh[path] = earlier
            continue
        hashed_at = time.time_ns()
        digests[path] = _file_digest(read_bytes(path))
        if stat.st_mtime_ns < hashed_at - _RACY_NS:
            fresh[path] = signature, digests[path]
    known.clear()
    known.update(fresh)
    return digests


def _signature(stat: os.stat_result) -> tuple[int, ...]:
    """What changes whenever a file's bytes do, as far as its timestamps' granularity allows."""
    return stat.st_mtime_ns, stat.st_size, stat.st_ino, stat.st_ctime_ns


def _file_digest(data: bytes | OSError) -> str:
    """A hash of a file's bytes, or what kept them from being read."""
    if isinstance(data, OSError):
        return f"unreadable: {data!r}"
    return hashlib.sha256(data).hexdigest()


def _record_key(salt: str, path: Path, file_digest: str) -> str:
    """The cache key of a file's ArticleRecord: its bytes, its path as shown, and a `salt` that
    covers the events and the code."""
    described = f"{salt}\0{len(str(path))}\0{path}\0{file_digest}"
    return hashlib.sha256(described.encode(errors="surrogatepass")).hexdigest()


def _has_error(*problem_lists: Sequence[Problem]) -> bool:
    return any(p.level == "error" for problems in problem_lists for p in problems)


def _protected_folders(content_dir: Path, templates_dir: Path) -> list[Path]:
    """Folders the output may never be, nor contain: the user's work and the project around it."""
    folders = [content_dir, templates_dir, Path.cwd()]
    for parent in content_dir.resolve().parents:
        if (parent / "pyproject.toml").exists() or (parent / ".git").exists():
            folders.append(parent)
            break
    return folders
