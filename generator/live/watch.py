"""Watch mode: record file changes, rebuild once each burst settles, and serve the site live."""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from watchdog.events import (
    EVENT_TYPE_CREATED,
    EVENT_TYPE_DELETED,
    EVENT_TYPE_MODIFIED,
    EVENT_TYPE_MOVED,
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer

from generator.analysis.analyse import ArticleText, analyse_ranked
from generator.build import BuildFailed, BuildOptions, BuildReport, Memory, Project, build
from generator.cache.store import StoredRankings, analyses_file
from generator.content.config import CONFIG_NAME, load_config
from generator.content.load import ARTICLE_SUFFIXES, ARTICLES_DIR, parse_article, read_bytes
from generator.errors import DigestError, UnsafeOutputError
from generator.fingerprints import analysis_key
from generator.links import base_path
from generator.live.serve import LiveServer, LiveState, create_app

log = logging.getLogger(__name__)

# Editors save through a temporary file and a rename, several events within a few milliseconds;
# a checkout or a copy touches file after file as fast. Wait for this much quiet, never longer
# than the bound: it is added to every save's wait for its page, and too short a wait only
# costs an extra rebuild (of a burst split in two), never a wrong site.
QUIET_SECONDS = 0.05
LONGEST_WAIT_SECONDS = 2.0
# Articles analysed while a burst settles; a checkout of many is left to the build's workers.
_AHEAD_MOST = 4

# Only events that change content; opening and reading files (as every build does) is ignored,
# which is what keeps a build from triggering the next one.
_EVENT_TYPES: list[type[FileSystemEvent]] = [
    FileCreatedEvent,
    FileModifiedEvent,
    FileDeletedEvent,
    FileMovedEvent,
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
]
_CHANGES = {EVENT_TYPE_CREATED, EVENT_TYPE_MODIFIED, EVENT_TYPE_DELETED, EVENT_TYPE_MOVED}
_VERBS = {EVENT_TYPE_CREATED: "added", EVENT_TYPE_DELETED: "deleted"}
_EDITOR_SUFFIXES = (".swp", ".swo", ".swx", ".swpx", ".tmp", ".bak", ".orig", ".part", "~")


@dataclass(frozen=True)
class Watched:
    """A folder the build reads, as the user named it, and whether a path inside it matters."""

    folder: Path
    shown: Path
    only_content: bool  # the content folder: only briefing.toml and articles count

    def relevant(self, relative: Path, is_directory: bool) -> bool:
        if not relative.parts or any(part.startswith(".") for part in relative.parts):
            return False  # hidden files, .cache, staging folders, editor temp files like .#x
        name = relative.name
        if name.endswith(_EDITOR_SUFFIXES) or name.startswith("#") or name == "4913":
            return False  # vim's swap and probe files, Emacs autosaves, backups
        if not self.only_content:
            return True
        if relative.as_posix() == CONFIG_NAME:
            return True
        return relative.parts[0] == ARTICLES_DIR and (
            is_directory or relative.suffix.lower() in ARTICLE_SUFFIXES
        )


class ChangeRecorder(FileSystemEventHandler):
    """The file watcher's handler: it only records what changed, for the rebuild loop to pick up."""

    def __init__(self, watched: Sequence[Watched], ignored: Sequence[Path]) -> None:
        self._watched = watched
        self._ignored = [folder.resolve() for folder in ignored]
        self._lock = threading.Lock()
        self._changes: dict[str, str] = {}  # shown path → what happened to it, in order seen
        self._last_change = 0.0
        self.changed = threading.Event()

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type not in _CHANGES:
            return
        if event.is_directory and event.event_type == EVENT_TYPE_MODIFIED:
            return  # follows every change inside the folder, which is recorded on its own
        source = self._shown(event.src_path, event.is_directory)
        if event.event_type == EVENT_TYPE_MOVED:
            dest = self._shown(event.dest_path, event.is_directory)
            if source and dest:
                self._record(source, f"renamed to {dest}")
            elif dest:  # an atomic save: a temporary file renamed over the real one
                self._record(dest, "changed")
            elif source:
                self._record(source, "deleted")
        elif source:
            self._record(source, _VERBS.get(event.event_type, "changed"))

    def _shown(self, raw_path: bytes | str, is_directory: bool) -> str | None:
        path = Path(raw_path if isinstance(raw_path, str) else raw_path.decode(errors="replace"))
        if any(path == folder or folder in path.parents for folder in self._ignored):
            return None
        for watched in self._watched:
            if watched.folder in path.parents and watched.relevant(
                path.relative_to(watched.folder), is_directory
            ):
                return str(watched.shown / path.relative_to(watched.folder))
        return None

    def _record(self, shown: str, what: str) -> None:
        with self._lock:
            earlier = self._changes.pop(shown, None)
            if earlier == "added" and what == "changed":
                what = "added"  # created, then written: still new to the briefing
            elif earlier == "deleted" and what == "added":
                what = "changed"  # editors that save by deleting and recreating the file
            self._changes[shown] = what
            self._last_change = time.monotonic()
            self.changed.set()

    def quiet_for(self) -> float:
        """Seconds since the last recorded change."""
        with self._lock:
            return time.monotonic() - self._last_change

    def seen(self) -> dict[str, str]:
        """The changes recorded since the last take(), which are kept."""
        with self._lock:
            return dict(self._changes)

    def take(self) -> dict[str, str]:
        """Every change recorded since the last call, and forget them."""
        with self._lock:
            changes, self._changes = self._changes, {}
            self.changed.clear()
            return changes


def wait_for_burst(
    recorder: ChangeRecorder,
    quiet: float = QUIET_SECONDS,
    longest: float = LONGEST_WAIT_SECONDS,
    meanwhile: Callable[[dict[str, str]], object] | None = None,
) -> dict[str, str]:
    """Block until something changed and then stayed quiet for `quiet` seconds (or `longest`
    passed). `meanwhile` is given the first changes seen, to start on while the burst settles."""
    while not recorder.changed.wait(1.0):  # a timeout keeps Ctrl-C responsive everywhere
        pass
    deadline = time.monotonic() + longest
    if meanwhile is not None:
        meanwhile(recorder.seen())
    while (left := quiet - recorder.quiet_for()) > 0 and time.monotonic() < deadline:
        time.sleep(min(left, max(deadline - time.monotonic(), 0.0)) + 0.001)
    return recorder.take()


def describe_changes(changes: dict[str, str]) -> str:
    """What a burst changed, in a few words: 'content/articles/x.md changed', '3 files changed'."""
    if len(changes) == 1:
        ((path, what),) = changes.items()
        return f"{path} {what}"
    return f"{len(changes)} files changed"


class Rebuilder:
    """Runs the build for watch mode and reports each outcome to the terminal and the browsers."""

    def __init__(self, project: Project, state: LiveState) -> None:
        self.project = project
        self.state = state
        self._warnings: set[str] = set()
        self._memory = Memory()  # what the last build leaves for the next

    def analyse_ahead(self, changes: dict[str, str]) -> None:
        """Analyse the first few changed articles while the watcher waits for the save to
        settle, for the build to find ready: analysis (yake) is most of an edit's rebuild.
        Only saves time: a file that cannot be read or parsed is left to the build to report."""
        self._memory.analyses.clear()  # a burst's, not kept past the next
        changed = [Path(shown) for shown, what in changes.items() if what != "deleted"]
        articles = [path for path in changed if path.suffix.lower() in ARTICLE_SUFFIXES]
        with StoredRankings(analyses_file(self.project.cache_dir)) as stored:
            for path in articles[:_AHEAD_MOST]:
                try:
                    source, _ = parse_article(path, read_bytes(path), self.project.content)
                    if source is not None:
                        text = ArticleText.of(source)
                        made = analyse_ranked(text, stored)
                        self._memory.analyses[analysis_key(*text)] = made
                except Exception:  # the build will meet the same problem and report it
                    log.debug("could not analyse %s ahead of the build", path, exc_info=True)

    def run(self, what: str | None) -> None:
        """Build once (what changed, or None for the first build); a failure is shown, not raised."""
        started = time.perf_counter()
        try:
            report = build(self.project, BuildOptions(), self._memory)
        except BuildFailed as failure:
            self._failed(what, started, [str(p) for p in failure.problems if p.level == "error"])
        except UnsafeOutputError:
            raise  # nothing the content can fix; watch mode stops with the message
        except DigestError as error:
            self._failed(what, started, [str(error)])
        except OSError as error:
            self._failed(what, started, [f"{error.filename or 'build'}: {error.strerror}"])
        except Exception as error:  # a bug must not end the session; its traceback is logged
            log.exception("internal error while building; please report it")
            self._failed(what, started, [f"internal error: {error!r} (traceback in the terminal)"])
        else:
            self._published(what, started, report)

    def _published(self, what: str | None, started: float, report: BuildReport) -> None:
        self.state.published(base_path(report.base_url))
        seconds = time.perf_counter() - started
        if what is None:
            log.info(
                "Built %d articles in %d events in %.2f s, %s",
                report.articles,
                report.events,
                seconds,
                _files_line(report),
            )
        else:
            log.info("%s: rebuilt in %.2f s, %s", what, seconds, _files_line(report))
        for change in report.event_changes:
            log.info("  events: %s", change)
        warnings = {f"warning: {p}" for p in report.problems}
        for line in sorted(warnings - self._warnings):  # each warning once, not on every save
            log.warning("%s", line)
        self._warnings = warnings

    def _failed(self, what: str | None, started: float, errors: list[str]) -> None:
        self.state.failed(errors)
        seconds = time.perf_counter() - started
        log.error(
            "%s: build failed in %.2f s; the site stays as it was", what or "First build", seconds
        )
        for line in errors:
            log.error("  error: %s", line)


def _files_line(report: BuildReport) -> str:
    """How much work the build did: articles analysed afresh (not cached), files rewritten."""
    return (
        f"{report.analysed} of {report.articles} articles analysed, "
        f"{report.files_rewritten} of {report.files_written} files rewritten"
    )


def watch(project: Project, host: str, port: int) -> int:
    """Build, serve on host:port and rebuild on every change until Ctrl-C; returns the exit status.

    Long because set-up and tear-down of the server, the watcher and the signal handlers sit
    side by side, so that each thing started is seen to be stopped."""
    state = LiveState(_configured_base(project))
    try:
        server = LiveServer(create_app(project.output, state), host, port)
    except OSError as error:
        log.error(
            "error: cannot serve on %s port %s (%s); pass --port or --host",
            host,
            port,
            error.strerror,
        )
        return 1
    watched = [Watched(project.content.resolve(), project.content, only_content=True)]
    if project.templates.is_dir():
        shown = _shown_folder(project.templates)
        watched.append(Watched(project.templates.resolve(), shown, False))
    # A build writes the output and the cache: watching them, a build would trigger the next.
    recorder = ChangeRecorder(watched, ignored=[project.output, project.cache_dir])
    observer = Observer(timeout=0.1)
    for folder in watched:
        observer.schedule(recorder, str(folder.folder), recursive=True, event_filter=_EVENT_TYPES)
    # Short polls only make Ctrl-C quick; both loops are idle otherwise.
    serving = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.1}, name="digest-server"
    )
    rebuilder = Rebuilder(project, state)
    handlers = _stop_on_sigterm()
    try:
        observer.start()  # before the first build, so an edit made during it is not missed
        serving.start()
        rebuilder.run(None)
        log.info(
            "Serving %s; watching %s. Press Ctrl-C to stop.",
            server.url + state.snapshot().base.lstrip("/"),
            " and ".join(str(folder.shown) for folder in watched),
        )
        if host not in ("127.0.0.1", "localhost", "::1"):
            log.warning("warning: serving on %s: other machines may be able to see the site", host)
        while True:
            rebuilder.run(
                describe_changes(wait_for_burst(recorder, meanwhile=rebuilder.analyse_ahead))
            )
    except KeyboardInterrupt:
        if handlers:  # a second Ctrl-C must not cut the cleanup short
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        log.info("Stopped.")
        return 0
    except UnsafeOutputError as error:
        log.error("error: %s", error)
        return 1
    finally:
        state.close()
        if serving.is_alive():
            server.shutdown()
        server.server_close()
        if observer.is_alive():
            observer.stop()
            observer.join()
        for signum, handler in handlers.items():
            signal.signal(signum, handler)


def _configured_base(project: Project) -> str:
    """The URL path briefing.toml's base_url puts the site under, for serving before the first
    good build (a site left by an earlier one links there); "/" when it cannot be read yet."""
    try:
        config, _ = load_config(project.content)
    except (DigestError, OSError):  # the first build reports it
        return "/"
    return base_path(config.base_url)


def _stop_on_sigterm() -> dict[int, Any]:
    """Let `kill` stop watch mode as cleanly as Ctrl-C does; returns the handlers to restore."""
    if threading.current_thread() is not threading.main_thread():
        return {}  # signals can only be handled on the main thread

    def stop(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    return {
        signal.SIGINT: signal.getsignal(signal.SIGINT),
        signal.SIGTERM: signal.signal(signal.SIGTERM, stop),
    }


def _shown_folder(folder: Path) -> Path:
    """A folder as the terminal should name it: relative to the working folder when inside it."""
    try:
        return folder.resolve().relative_to(Path.cwd())
    except ValueError:
        return folder
