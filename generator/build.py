"""The build: load → clean and extract → group → render → write, in that order."""

from __future__ import annotations

import contextlib
import functools
import gc
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator import codec, memos
from generator.cache.store import AnalysisCache, default_cache_dir, site_manifest
from generator.content.config import CONFIG_NAME, listed_lines, load_config
from generator.content.load import articles_and_saved_pages, parse_article, read_bytes
from generator.errors import DigestError
from generator.fingerprints import (
    analysis_key,
    file_digest,
    inputs_digest,
    record_key,
    records_fingerprint,
    site_fingerprint,
    templated_key,
)
from generator.models import (
    Analysis,
    Article,
    ArticleRecord,
    BriefingConfig,
    EventGroup,
    Problem,
    SourceArticle,
)
from generator.output.write import (
    KeptManifests,
    SiteOnDisk,
    check_output,
    read_site,
    stat_signature,
    write_site,
)
from generator.site.theme import default_templates
from generator.wording import counted

# The stages after the inputs' check are imported by the functions that run them: a build
# that finds nothing changed returns before any, and importing them (the analysis modules
# compile hundreds of patterns, discovery and rendering pull in more) was most of its time.
if TYPE_CHECKING:
    from generator.analysis.analyse import Rankings
    from generator.analysis.templates import Template
    from generator.briefing.copies import Source
    from generator.briefing.discover import Grouping, Weights

# Bump when what a build reports, or the note it keeps to report it again, changes shape.
_REPORT_VERSION = 1


@dataclass(frozen=True)
class Project:
    """Where a briefing comes from and goes to."""

    content: Path
    output: Path
    templates: Path = field(default_factory=default_templates)
    cache: Path | None = None  # the cache folder; None for .cache/digest beside `content`

    @property
    def cache_dir(self) -> Path:
        return self.cache or default_cache_dir(self.content)

    def protected_folders(self) -> list[Path]:
        """Folders the output may never be, nor contain: the user's work and the project around it."""
        folders = [self.content, self.templates, Path.cwd()]
        for parent in self.content.resolve().parents:
            if (parent / "pyproject.toml").exists() or (parent / ".git").exists():
                folders.append(parent)
                break
        return folders


@dataclass(frozen=True)
class BuildOptions:
    """How to build; none of these changes what the site it writes holds."""

    use_cache: bool = True
    jobs: int | None = None  # worker processes for analysis; None for every core
    progress: bool = False  # a progress bar on stderr while analysing
    strict: bool = False  # any warning stops the build before anything is written (--strict)


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
    # What articles new to this build did to the events of the last ("... joined 'Summit'").
    event_changes: tuple[str, ...] = ()
    base_url: str = "/"  # briefing.toml's, which the site's links start from (watch serves there)


@dataclass
class Memory:
    """What a build keeps in this process for the next (watch mode builds again and again;
    a one-shot build starts from an empty one): the last build's article records (see
    AnalysisCache) and articles; each article file's hash with the stat it was taken at, so an
    untouched file is not read and hashed again; and analyses made ahead of the next build,
    with the rankings they used, by analysis key (see live.watch.Rebuilder)."""

    records: dict[str, Any] = field(default_factory=dict)
    files: dict[Path, tuple[tuple[int, ...], str]] = field(default_factory=dict)
    articles: dict[str, Article] = field(default_factory=dict)
    analyses: dict[str, tuple[Analysis, Rankings]] = field(default_factory=dict)
    # The events the last build found, so that an edit places only what it changed; a build
    # in a new process takes it from the cache (see _grouping_kept).
    grouping: Grouping | None = None
    # Each article's file by its id in the last build: an article whose id changed with its
    # title is the same article, not a new one, in the build's summary of event changes.
    article_files: dict[str, str] | None = None
    # The articles' terms as discovery weighed them, so that an edit weighs only what it changed
    # (made by the first build that keeps them: a build with nothing to do imports no discovery).
    weights: Weights | None = None
    # The articles as the last build placed them in their events and traced them, by digest.
    placed: dict[str, Article] = field(default_factory=dict)
    traced: dict[str, Article] = field(default_factory=dict)
    # The articles as copy detection read them, by digest (see provenance.trace).
    sources: dict[str, Source] = field(default_factory=dict)
    # Each article file's record key by (records fingerprint, path, file digest): hashing a
    # thousand of them again was a fortieth of an edit's rebuild.
    record_keys: dict[tuple[str, Path, str], str] = field(default_factory=dict)
    # The site manifest the last build wrote, not read back while its file is as written.
    manifests: KeptManifests = field(default_factory=dict)


# A file modified this close before it was hashed might change again within its timestamp's
# granularity (up to 2 s on some file systems) without its stat changing: it is hashed again.
_RACY_NS = 2_000_000_000


class BuildFailed(DigestError):
    """Some content could not be built: nothing was written, the last site stays as it was."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = tuple(problems)
        errors = counted(sum(p.level == "error" for p in problems), "error")
        super().__init__(f"{errors} above; nothing was written, the last site stays as it was")


class StrictFailed(BuildFailed):
    """The content has warnings and the caller asked for none: nothing was written."""

    def __init__(self, problems: Sequence[Problem]):  # (not BuildFailed's: it lists errors)
        self.problems = tuple(problems)
        count = counted(len(self.problems), "warning")
        DigestError.__init__(self, f"{count}, and --strict fails the build; nothing was written")


@contextlib.contextmanager
def collecting_less() -> Iterator[None]:
    """Python's garbage collector run less often while it lasts: a build makes a million small
    objects (records, articles, pages) that live until it ends, and the collector, looking
    through them every 700 new objects, took a tenth of an edit's build. Builds make next to
    no reference cycles (a few hundred objects at 1,000 articles), so memory is no worse.
    (benchmarks/ times the build's stages under it too.)"""
    thresholds = gc.get_threshold()
    gc.set_threshold(_YOUNG_OBJECTS, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def _collecting_less(build: Callable[..., BuildReport]) -> Callable[..., BuildReport]:
    """The build, run collecting_less."""

    @functools.wraps(build)
    def collecting_less_build(*args: Any, **kwargs: Any) -> BuildReport:
        with collecting_less():
            return build(*args, **kwargs)

    return collecting_less_build


_YOUNG_OBJECTS = 50_000  # new objects between collections while building (Python's: 700)


@_collecting_less
def build(
    project: Project, options: BuildOptions = BuildOptions(), memory: Memory | None = None
) -> BuildReport:
    """Build the briefing in project.content into project.output.

    A file that cannot be used (an error) stops the build before anything is written, once
    every file has been read and analysed, so that all problems are reported at once; the last
    site stays as it was (BuildFailed). Analyses are cached
    in project.cache_dir unless options.use_cache is False; the output is the same either way.
    With the cache, a build whose inputs are those that made the untouched output does
    nothing and reports what that build reported. A caller that builds again and again (watch
    mode) passes the same Memory to every build.

    This is where the stage order is written, once: it is meant to be read top to bottom.
    """
    started = time.perf_counter()
    again = memory is not None  # the caller builds again: what it will want is kept for it
    memory = Memory() if memory is None else memory
    config, problems = load_config(project.content)
    check_output(project.output, project.protected_folders())
    # Hashes, not bytes: 10,000 articles are 50 MB; only files that changed are read again.
    listed, saved = articles_and_saved_pages(project.content)
    files = _file_digests(listed, memory.files)
    problems += saved

    manifest = site_manifest(project.cache_dir, project.output) if options.use_cache else None
    site_key = site_fingerprint(project.templates)
    inputs = _inputs(project, options, files, saved)
    site = read_site(project.output, manifest, site_key, memory.manifests) if manifest else None
    if site is not None and site.unchanged:
        report = _report_from_note(site, inputs, time.perf_counter() - started)
        if report is not None:
            return replace(report, base_url=config.base_url)

    from generator.briefing.discover import event_changes
    from generator.briefing.group import OTHER_ID
    from generator.site.pages import keyword_index
    from generator.site.render import STATIC_DIR, make_environment, render_site

    with _open_cache(project, options, memory.records if again else None) as cache:
        records, analysed = _article_records(
            project, options, memory, config, files, cache, problems
        )
        if _has_error(problems):
            raise BuildFailed(problems)  # before grouping: the last build's events stay too
        if memory.grouping is None and cache:
            memory.grouping = _grouping_kept(cache, project)
            memory.article_files = _files_kept(cache, project)
        before, files_before = memory.grouping, memory.article_files or {}
        articles, groups = _grouped(records, config, memory, cache, again=again)
        # The articles hold what the pages show; the rest of each record (its analysis, front
        # matter, the quotations as first read) is not held while they are rendered.
        del records
        files_by_id = {article.id: article.file for article in articles}
        changes = (
            event_changes(before, memory.grouping, files_by_id, files_before)
            if memory.grouping
            else ()
        )
        memory.article_files = files_by_id
        if cache:
            cache.keep_state(_grouping_name(project), codec.dumps(memory.grouping))
            cache.keep_state(_files_name(project), codec.dumps(files_by_id))
        events = sum(1 for group in groups if group.id != OTHER_ID)
        if options.strict and problems:
            raise StrictFailed(problems)  # the last site stays as it was

        env = make_environment(
            project.templates, project.cache_dir / "templates" if cache else None
        )
        pages = render_site(
            config,
            groups,
            keyword_index(articles),
            env,
            lazy=True,
            kept_html=cache.texts(site_key) if cache else None,
        )
        removed_lines = sum(len(a.removed) for a in articles)
        written = write_site(
            pages,
            project.templates / STATIC_DIR,
            project.output,
            manifest=manifest if cache else None,
            site_key=site_key,
            note=codec.plain(
                BuildNote(inputs, len(articles), events, removed_lines, tuple(problems))
            ),
            site=site,
            kept=memory.manifests,
        )
    return BuildReport(
        articles=len(articles),
        events=events,
        removed_lines=removed_lines,
        files_written=written.files,
        seconds=time.perf_counter() - started,
        problems=tuple(problems),
        analysed=analysed,
        files_rewritten=written.rewritten,
        event_changes=changes,
        base_url=config.base_url,
    )


def plan_events(project: Project, options: BuildOptions = BuildOptions()) -> Grouped:
    """The events a build would use, with the problems found on the way; nothing is written
    but the analysis cache."""
    memory = Memory()
    config, records, problems = _records_and_grouping(project, options, memory)
    _, groups = _grouped(records, config, memory)
    return Grouped(groups, tuple(problems), config)


def article_records(
    project: Project, options: BuildOptions = BuildOptions()
) -> tuple[BriefingConfig, list[ArticleRecord]]:
    """The briefing's configuration and its articles' records, as a build makes them (taken
    from the cache where it has them); for timing the stages after them (benchmarks/)."""
    config, records, _ = _records_and_grouping(project, options, Memory())
    return config, list(records.values())


def _records_and_grouping(
    project: Project, options: BuildOptions, memory: Memory
) -> tuple[BriefingConfig, dict[str, ArticleRecord], list[Problem]]:
    """The configuration, the articles' records and the problems found, as a build finds them;
    `memory` is given the events the last build of this content found, if the cache kept them."""
    config, problems = load_config(project.content)
    listed, saved = articles_and_saved_pages(project.content)
    files = _file_digests(listed, memory.files)
    problems += saved
    with _open_cache(project, options, None) as cache:
        records, _ = _article_records(project, options, memory, config, files, cache, problems)
        memory.grouping = _grouping_kept(cache, project) if cache else None
    return config, records, problems


@dataclass(frozen=True)
class Grouped:
    """The briefing's events with their articles, the problems found building them, and the
    configuration they were built with."""

    groups: tuple[EventGroup, ...]
    problems: tuple[Problem, ...]
    config: BriefingConfig


def _grouped(
    records: dict[str, ArticleRecord],
    config: BriefingConfig,
    memory: Memory,
    cache: AnalysisCache | None = None,
    *,
    again: bool = False,
) -> tuple[list[Article], tuple[EventGroup, ...]]:
    """The articles, each in its event and with its provenance, in file order (keyword pages
    list them so), and the events.

    The articles as assembled, their weighed terms and the articles as placed and traced are
    kept in `memory` only for a caller that builds `again` (watch mode): a single build would
    only hold them to its end (the weights of 10,000 articles are some 70 MB)."""
    from generator.briefing.assemble import assemble
    from generator.briefing.discover import Weights
    from generator.briefing.group import group_by_event
    from generator.briefing.provenance import trace

    if again and memory.weights is None:
        memory.weights = Weights()
    kept = (memory.articles, memory.weights, memory.placed, memory.traced, memory.sources)
    known, weights, placed, traced, sources = kept if again else (None,) * 5
    unplaced = assemble(records, known)
    _done_with("generator.analysis", again)  # spelling the keywords: ~85 MB at 10,000 articles
    groups, memory.grouping = group_by_event(unplaced, config, memory.grouping, weights, placed)
    _done_with("generator.briefing.discover", again)
    # A single build lets copy detection measure in a process of its own, whose memory is
    # returned when it ends (see copies/apart.py); watch mode keeps what it measured here.
    keeper = cache.kept_copies(apart=not again) if cache else None
    groups = trace(groups, keeper, traced, sources)
    _done_with("generator.briefing", again)  # speakers, quotations, origins: ~45 MB
    if not again:
        # Copy detection keeps its 5-grams and their sample for its next call in this process
        # (~60 MB at 10,000 articles): a single build makes none, and renders in that memory.
        from generator.briefing.copies import forget

        forget()
    placed = {a.id: a for group in groups for a in group.articles}
    return [placed[a.id] for a in unplaced], groups


def _done_with(package: str, again: bool) -> None:
    """A stage of `package` is done: a single build lets go of the answers it kept for a next
    build in this process (see memos.py); one that builds `again` keeps them."""
    if not again:
        memos.forget(package)


def _grouping_kept(cache: AnalysisCache, project: Project) -> Grouping | None:
    """The events the last build of this content folder found, if the cache kept them."""
    from generator.briefing.discover import Grouping

    kept = cache.state(_grouping_name(project))
    try:
        return codec.loads(Grouping, kept) if kept else None
    except codec.DecodeError:  # kept by another version: discovery starts afresh
        return None


def _grouping_name(project: Project) -> str:
    return f"grouping\0{project.content.resolve()}"


def _files_kept(cache: AnalysisCache, project: Project) -> dict[str, str] | None:
    """Each article's file by its id in the last build of this content folder, if kept."""
    kept = cache.state(_files_name(project))
    try:
        return codec.loads(dict[str, str], kept) if kept else None
    except codec.DecodeError:
        return None


def _files_name(project: Project) -> str:
    return f"files\0{project.content.resolve()}"


def _open_cache(project: Project, options: BuildOptions, remembered: dict[str, Any] | None) -> Any:
    """The analysis cache to use with `with`, or a stand-in that gives None without one;
    it leaves the records the build used in `remembered`, if given (see AnalysisCache)."""
    if not options.use_cache:
        return contextlib.nullcontext()
    return AnalysisCache(project.cache_dir, remembered)


def _article_records(
    project: Project,
    options: BuildOptions,
    memory: Memory,
    config: BriefingConfig,
    files: dict[Path, str],
    cache: AnalysisCache | None,
    problems: list[Problem],
) -> tuple[dict[str, ArticleRecord], int]:
    """Load, clean and analyse each usable file, reusing the records of unchanged files.

    Returns the records in file order, by their record keys, and how many articles were
    analysed afresh; every file's problems are added to `problems`, in file order. Each
    file is first cleaned on its own; an article whose kept lines recur in its site's other
    articles is then cleaned again without them (see analysis/templates.py).
    """
    from generator.analysis.templates import site_templates
    from generator.briefing.assemble import article_site, same_addresses
    from generator.briefing.group import unlisted_files

    made = _Recorder(project, options, memory, config, cache, problems)
    records, keys, found, analysed = made.records(files, {})
    templates = site_templates(
        {
            path: (article_site(record.meta.url, record.meta.outlet), _candidates(record))
            for path, record in records.items()
        }
    )
    if templates:
        more, more_keys, more_found, more_analysed = made.records(
            {path: files[path] for path in templates}, templates
        )
        keys.update(more_keys)
        records.update(more)
        found.update(more_found)
        analysed |= more_analysed
    made.keep_keys()
    usable = {keys[path]: records[path] for path in files if path in records}
    for path in files:
        problems += records[path].problems if path in records else found[path]
    problems += same_addresses({path: records[path] for path in files if path in records})
    unlisted = unlisted_files(config, (record.file for record in usable.values()))
    lines = listed_lines(project.content) if unlisted else {}
    problems += [
        Problem(
            str(project.content / CONFIG_NAME),
            f"the event '{event}' lists '{file}', which is no article file (moved, deleted "
            "or misspelt); ignored: take it off the list, or write its path as `digest events` "
            "prints it, e.g. 'articles/name.md'",
            lines.get(file),
        )
        for event, file in unlisted
    ]
    if not usable:
        problems.append(
            Problem(str(project.content / "articles"), "holds no article files (*.md, *.txt)")
        )
    return usable, len(analysed)


def _candidates(record: ArticleRecord) -> tuple[str, ...]:
    return record.analysis.cleaned.template_candidates


@dataclass
class _Recorder:
    """Makes article records, taking them from the cache where it has them."""

    project: Project
    options: BuildOptions
    memory: Memory
    config: BriefingConfig
    cache: AnalysisCache | None
    problems: list[Problem]  # the build's so far

    def __post_init__(self) -> None:
        self.shared = records_fingerprint(self.config.events)
        # Each file read: its digest, article and problems. An article cleaned again without
        # its site's template lines is not read and parsed again.
        self._read: dict[Path, tuple[str, SourceArticle | None, list[Problem]]] = {}
        self._keys: dict[tuple[str, Path, str], str] = {}  # the record keys this build used

    def records(
        self, files: dict[Path, str], templates: dict[Path, Template]
    ) -> tuple[dict[Path, ArticleRecord], dict[Path, str], dict[Path, list[Problem]], set[Path]]:
        """The record of each file in `files` (by its bytes' digest), cleaned without its site's
        template lines if `templates` has them; each record's key; the problems of each file
        read afresh; and the files whose articles were analysed afresh.
        """
        from generator.analysis.analyse import ArticleText, analyse_all
        from generator.briefing.assemble import article_record

        keys = {path: self._key(path, digest, templates) for path, digest in files.items()}
        cached = self.cache.get_records(keys.values()) if self.cache else {}
        found: dict[Path, list[Problem]] = {}
        sources = {}
        for path, key in keys.items():
            if key not in cached:
                digest, source, found[path] = self._parsed(path)
                # Keyed by the bytes parsed, should the file have changed since it was hashed.
                keys[path] = self._key(path, digest, templates)
                if source is not None:
                    sources[path] = source
        texts = {
            path: ArticleText.of(source)._replace(template=templates.get(path, ()))
            for path, source in sources.items()
        }
        analyses, made = analyse_all(
            list(texts.values()),
            self.cache,
            jobs=self.options.jobs,
            progress=self.options.progress,
            ready=self.memory.analyses,
        )
        # Each analysis let go of once its record is made: the record as read back shares none
        # of its strings, and the analyses and records of 10,000 articles at once were some
        # 90 MB more at the peak of a first build after an upgrade.
        analyses.reverse()
        fresh = {}
        for path, source in sources.items():
            record = article_record(
                source, analyses.pop(), self.config.events, str(path), found[path]
            )
            fresh[path] = _as_read(record)
        analysis_keys = {path: analysis_key(*text) for path, text in texts.items()}
        if self.cache:
            self.cache.put_records(
                {keys[path]: (analysis_keys[path], fresh[path]) for path in sources}
            )
        records = {path: cached[key] for path, key in keys.items() if key in cached}
        analysed = {path for path, key in analysis_keys.items() if key in made}
        return records | fresh, keys, found, analysed

    def _parsed(self, path: Path) -> tuple[str, SourceArticle | None, list[Problem]]:
        if path not in self._read:
            data = read_bytes(path)
            self._read[path] = (file_digest(data), *parse_article(path, data, self.project.content))
        return self._read[path]

    def _key(self, path: Path, digest: str, templates: dict[Path, Template]) -> str:
        known = (self.shared, path, digest)
        key = self.memory.record_keys.get(known)
        if key is None:
            key = self.memory.record_keys[known] = record_key(*known)
        self._keys[known] = key
        return templated_key(key, templates[path]) if path in templates else key

    def keep_keys(self) -> None:
        """Leave in the memory only the record keys this build made or used."""
        self.memory.record_keys.clear()
        self.memory.record_keys.update(self._keys)


def _as_read(record: ArticleRecord) -> ArticleRecord:
    """The record as the next build reads it from the cache: its terms, keywords and removed
    lines the same strings as every other record's (see codec._strings), not copies of their
    own (some 80 MB at 10,000 articles)."""
    return codec.loads(ArticleRecord, codec.dumps(record))


def _inputs(
    project: Project, options: BuildOptions, files: dict[Path, str], saved: Sequence[Problem]
) -> str:
    """The inputs digest of this build (see fingerprints.inputs_digest); the `saved` pages'
    warnings are in it, so that a page dropped into articles/ is reported at once, not by
    the next build that has something else to do."""
    settings = (
        _REPORT_VERSION,
        str(project.content),
        os.environ.get("SOURCE_DATE_EPOCH", ""),
        *(problem.file for problem in saved),
    )
    try:
        config: bytes | OSError = (project.content / CONFIG_NAME).read_bytes()
    except OSError as error:
        config = error
    return inputs_digest(settings, config, files)


@dataclass(frozen=True)
class BuildNote:
    """What a build keeps with its site so that the next build, finding nothing changed, can
    report the same."""

    inputs: str  # the inputs digest
    articles: int
    events: int
    removed_lines: int
    problems: tuple[Problem, ...]


def _report_from_note(site: SiteOnDisk, inputs: str, seconds: float) -> BuildReport | None:
    """The report of the build that made the unchanged site, if it was made from these inputs."""
    try:
        note = codec.decoder(BuildNote)(site.note)
    except codec.DecodeError:  # no note, or one this code did not write
        return None
    if note.inputs != inputs:
        return None
    return BuildReport(
        articles=note.articles,
        events=note.events,
        removed_lines=note.removed_lines,
        files_written=len(site.recorded),
        seconds=seconds,
        problems=note.problems,
    )


def _file_digests(
    paths: Sequence[Path], known: dict[Path, tuple[tuple[int, ...], str]]
) -> dict[Path, str]:
    """Each file's file_digest. A file whose stat is what it was when an earlier build in this
    process hashed it (`known`, updated here) keeps that hash, unless it had been modified just
    before: then its stat cannot vouch for its bytes."""
    digests = {}
    fresh = {}
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            digests[path] = file_digest(read_bytes(path))
            continue
        signature = stat_signature(stat)
        earlier = known.get(path)
        if earlier is not None and earlier[0] == signature:
            digests[path] = earlier[1]
            fresh[path] = earlier
            continue
        hashed_at = time.time_ns()
        digests[path] = file_digest(read_bytes(path))
        if stat.st_mtime_ns < hashed_at - _RACY_NS:
            fresh[path] = signature, digests[path]
    known.clear()
    known.update(fresh)
    return digests


def _has_error(problems: Sequence[Problem]) -> bool:
    return any(p.level == "error" for p in problems)
