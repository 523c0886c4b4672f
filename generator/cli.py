"""The command line: parse arguments, run one command, turn problems into messages and exit codes."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from generator import __version__
from generator.wording import counted

if TYPE_CHECKING:  # imported by the command that needs it: `--help` stays fast
    from collections.abc import Sequence

    from generator.build import Grouped, Project
    from generator.models import Problem

log = logging.getLogger("generator")


def make_parser() -> argparse.ArgumentParser:
    """Every command and option; long, but a flat list of declarations read top to bottom."""
    parser = argparse.ArgumentParser(
        prog="digest",
        description="Turn a folder of scraped news articles into a clean, source-linked briefing.",
    )
    parser.add_argument("--version", action="version", version=f"digest {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser("build", help="build the briefing into a static site")
    _add_folder_options(build)
    build.add_argument("--strict", action="store_true", help="treat warnings as errors (exit 1)")
    build.add_argument(
        "--quiet",
        action="store_true",
        help="print errors only: no progress, no summary, and the warnings as one line that "
        "counts them (with --strict, which makes them errors, each is printed)",
    )
    build.add_argument(
        "--cache",
        type=Path,
        default=None,
        metavar="DIR",
        help="cache folder for article analyses (default: .cache/digest beside the content folder)",
    )
    build.add_argument(
        "--no-cache",
        action="store_true",
        help=(
            "analyse every article, group the events and render every page afresh, as on a "
            "new clone (events built up edit by edit may differ: see 'digest events')"
        ),
    )

    events = commands.add_parser(
        "events",
        help="print the events the build would use, as TOML to paste into briefing.toml",
    )
    _add_folder_options(events)

    watch = commands.add_parser(
        "watch", help="build, serve on localhost and rebuild whenever content or templates change"
    )
    _add_folder_options(watch)
    watch.add_argument(
        "--port",
        type=int,
        default=8000,
        help="port to serve on (default: 8000; 0 picks a free one)",
    )
    watch.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to serve on (default: 127.0.0.1, this machine only)",
    )

    add = commands.add_parser(
        "add",
        help="add articles to the briefing: download web pages, or read pages saved from a browser",
    )
    add.add_argument(
        "sources",
        nargs="+",
        metavar="URL_OR_FILE",
        help="an http(s) address to download, or an .html file saved with 'Save page as…'",
    )
    add.add_argument(
        "--content", type=Path, default=Path("content"), help="content folder (default: content)"
    )
    add.add_argument(
        "--event",
        default="",
        metavar="ID",
        help="pin the articles to this event of briefing.toml ('other': other coverage)",
    )
    add.add_argument(
        "--update",
        action="store_true",
        help="refresh articles already in the briefing, replacing their files",
    )
    return parser


def _add_folder_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--content", type=Path, default=Path("content"), help="content folder (default: content)"
    )
    parser.add_argument(
        "--output", type=Path, default=Path("site"), help="output folder (default: site)"
    )
    parser.add_argument(
        "--templates", type=Path, default=None, help="templates folder (default: the project's)"
    )


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    logging.basicConfig(format="%(message)s", level=logging.INFO, stream=sys.stderr)
    try:
        return _run(args)
    except ModuleNotFoundError as error:
        if (error.name or "generator").partition(".")[0] == "generator":
            raise  # digest's own module: a bug to see whole
        # `python -m generator` with a Python that has not installed digest's dependencies.
        log.error(
            "error: %s is not installed for this Python (%s); run `make install`, then use "
            ".venv/bin/digest",
            error.name,
            sys.executable,
        )
        return 1


def _run(args: argparse.Namespace) -> int:
    if args.command == "build":
        return _build(args)
    if args.command == "watch":
        return _watch(args)
    if args.command == "events":
        return _events(args)
    if args.command == "add":
        return _add(args)
    return 2  # pragma: no cover - argparse rejects unknown commands


def _project(args: argparse.Namespace) -> Project:
    """The folders the command line names; the default templates unless --templates."""
    from generator.build import Project

    folders = {"templates": args.templates} if args.templates else {}
    return Project(args.content, args.output, cache=getattr(args, "cache", None), **folders)


def _watch(args: argparse.Namespace) -> int:
    from generator.live.watch import watch

    if not args.content.is_dir():
        log.error("error: content folder %s not found; pass --content FOLDER", args.content)
        return 1
    return watch(_project(args), args.host, args.port)


def _events(args: argparse.Namespace) -> int:
    from generator.briefing.events_toml import events_toml
    from generator.build import plan_events
    from generator.errors import DigestError

    if not args.content.is_dir():
        log.error("error: content folder %s not found; pass --content FOLDER", args.content)
        return 1
    try:
        planned = plan_events(_project(args))
    except DigestError as error:
        log.error("error: %s", error)
        return 1
    for problem in planned.problems:
        log.warning("%s: %s", problem.level, problem)
    sys.stdout.write(events_toml(planned.groups, _title_if_unconfigured(args.content, planned)))
    # The events are printed all the same (without the files that could not be read), but
    # the status says, as `build`'s does, that a file needs fixing.
    return 1 if any(problem.level == "error" for problem in planned.problems) else 0


def _title_if_unconfigured(content: Path, planned: Grouped) -> str:
    """The title a briefing without briefing.toml is built with (its folder's name), for
    `digest events` to print a whole briefing.toml; "" where the file exists."""
    from generator.content.config import is_configured

    # `digest events > briefing.toml` has the shell make the file, empty, before digest runs.
    return "" if is_configured(content) else planned.config.title


def _add(args: argparse.Namespace) -> int:
    from generator.collect import INSTALL_HINT, missing_packages

    missing = missing_packages()
    if missing:
        log.error(
            "error: digest add needs %s, not installed here; install them with: %s",
            ", ".join(missing),
            INSTALL_HINT,
        )
        return 2
    if not args.content.is_dir():
        log.error("error: content folder %s not found; pass --content FOLDER", args.content)
        return 1
    from generator.collect import AddRefused
    from generator.collect.add import add
    from generator.errors import DigestError

    for library in ("httpx", "httpcore", "trafilatura", "htmldate", "courlan"):
        # Their own notes ("discarding data", each request) repeat what add reports per source.
        logging.getLogger(library).setLevel(logging.ERROR)
    try:
        report = add(args.sources, args.content, event=args.event, update=args.update)
    except AddRefused as error:
        log.error("error: %s", error)
        return 2
    except DigestError as error:
        log.error("error: %s", error)
        return 1
    except KeyboardInterrupt:
        log.error("error: interrupted; the articles written so far are whole, the others absent")
        return 130
    counts = {}
    for outcome in report.outcomes:
        counts[outcome.status] = counts.get(outcome.status, 0) + 1
        if outcome.status == "failed":
            log.error("error: %s", outcome.message)
        elif outcome.status == "skipped":
            log.info("skipped %s", outcome.message)
        else:
            log.info("%s", outcome.message)
        if outcome.warning:  # added all the same: what the user should know about it
            log.warning("warning: %s", outcome.warning)
    statuses = ("added", "updated", "skipped", "failed")
    print(", ".join(f"{counts[status]} {status}" for status in statuses if status in counts))
    return 1 if report.failed else 0


def _print_problems(problems: Sequence[Problem], *, quiet: bool) -> None:
    """Each problem on a line of its own; when quiet, the errors so, the warnings counted in
    one line: a script that asked for quiet still learns that there are some."""
    for problem in problems:
        if not quiet or problem.level == "error":
            log.warning("%s: %s", problem.level, problem)
    unshown = sum(problem.level != "error" for problem in problems) if quiet else 0
    if unshown:
        log.warning("%s; build without --quiet to see them", counted(unshown, "warning"))


def _problems_above(problems: Sequence[Problem]) -> str:
    """The summary line's count of the problems printed above it, so that a build that exits 1
    for an error says so where the eye lands last."""
    errors = sum(problem.level == "error" for problem in problems)
    parts = [counted(errors, "error")] if errors else []
    if len(problems) > errors:
        parts.append(counted(len(problems) - errors, "warning"))
    return f"; {' and '.join(parts)} above" if parts else ""


def _build(args: argparse.Namespace) -> int:
    from generator.build import BuildFailed, BuildOptions, build
    from generator.errors import DigestError

    if not args.content.is_dir():
        log.error("error: content folder %s not found; pass --content FOLDER", args.content)
        return 1
    options = BuildOptions(
        use_cache=not args.no_cache,
        progress=sys.stderr.isatty() and not args.quiet,
        strict=args.strict,
    )
    try:
        report = build(_project(args), options)
    except BuildFailed as failure:  # errors, or warnings under --strict: nothing written
        _print_problems(failure.problems, quiet=args.quiet and not args.strict)
        log.error("error: %s", failure)
        return 1
    except DigestError as error:
        log.error("error: %s", error)
        return 1
    except KeyboardInterrupt:  # Ctrl-C in a long build: a line, not a traceback
        log.error("error: build interrupted; building again reuses the analyses stored so far")
        return 130
    _print_problems(report.problems, quiet=args.quiet and not args.strict)
    if not args.quiet:
        print(
            f"Built {counted(report.articles, 'article')} in {counted(report.events, 'event')}, "
            f"removed {counted(report.removed_lines, 'boilerplate line')}, "
            f"wrote {report.files_rewritten} of {report.files_written} files to {args.output} "
            f"in {report.seconds:.2f} s{_problems_above(report.problems)}"
        )
        for change in report.event_changes:
            print(f"  events: {change}")
    if args.strict and report.problems:
        count = len(report.problems)
        log.error("error: %d warning%s, and --strict fails the build", count, "s"[: count > 1])
        return 1
    return 0
