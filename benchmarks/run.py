"""`make bench`: time digest on generated corpora and print a table.

For each corpus size: the bare read-and-write floor (a Python process that reads every
article and writes it out again), yake alone (the mean time of its ranking of an article's text,
over the first 100 articles, in one process), a cold build (no cache, no previous site), a warm
build (nothing changed), the first build after upgrading digest (every analysis and page made
again; YAKE's rankings of unchanged text reused), a rebuild after editing one article (a fresh
`build` command each time), the peak memory of the largest process, `python -m generator
--help`, and in watch mode the rebuild after a save and the time from the save to the page
holding it. Beside the cold build, the same build with a stand-in for yake that returns
candidates at once: what digest adds to yake's own cost (this machine's speed varies from hour
to hour, and yake is most of a cold build, so its time alone says little of digest's share).
Every figure is the median of several runs, each build a fresh process timed from the outside;
for edits, the slowest run too (a median hides a build that is slow one time in five).
Where digest has a target for a figure (set for a 2-core machine), the table shows it and
whether the run met it.

    python benchmarks/run.py            # N = 1,000 and 10,000 (8 to 16 minutes on 2 cores)
    BENCH_QUICK=1 python benchmarks/run.py   # N = 1,000 only, fewer runs (about 5 minutes)
"""

from __future__ import annotations

import json
import os
import queue
import re
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import write_corpus  # noqa: E402 - a sibling script, not a package

WORK = HERE / "corpus"
# Runs each figure is the median of: (cold, warm, edit, floor, help).
FULL_RUNS = {1000: (3, 5, 5, 5, 10), 10000: (1, 3, 3, 3, 10)}
QUICK_RUNS = {1000: (1, 3, 3, 3, 5)}
# Saves made in watch mode (at each size), each timed from the save to the page holding it.
WATCH_EDITS = 10
_REBUILT = re.compile(r"rebuilt in ([0-9.]+) s")
# Times a command in a child process, so the figures include interpreter start-up, and reads
# the peak resident memory of the largest process it waited for (the build or a worker).
_TIMER = """
import resource, subprocess, sys, time
started = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
seconds = time.perf_counter() - started
print(seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
"""
# The floor: read every article file and write it into another folder, nothing else.
_FLOOR = """
import sys
from pathlib import Path
source, target = Path(sys.argv[1]), Path(sys.argv[2])
target.mkdir(parents=True, exist_ok=True)
for path in sorted(source.glob("*.md")):
    (target / path.name).write_bytes(path.read_bytes())
"""
# yake alone: its ranking of the first articles' texts, asked for as a cold build asks, timed
# around each call in one process (importing yake not counted). This machine's speed varies
# from hour to hour and yake is most of a cold build: this says which hour a run fell in.
_YAKE_ALONE = """
import sys, time
from pathlib import Path
from generator.analysis.analyse import analyse
from generator.analysis.yake_ranks import yake_ranking
from generator.content.load import find_article_files, parse_article, read_bytes

content, count = Path(sys.argv[1]), int(sys.argv[2])
spent = []

def timed(text, top):
    started = time.perf_counter()
    ranking = yake_ranking(text, top)
    spent.append(time.perf_counter() - started)
    return ranking

yake_ranking("A first text, so that importing yake is not timed.", 40)
paths = find_article_files(content)[:count]
for path in paths:
    source, _ = parse_article(path, read_bytes(path), content)
    analyse(source.body, source.meta.title, rank=timed)
print(sum(spent) / len(paths))
"""
YAKE_ALONE_ARTICLES = 100
# The stages that read the briefing as a whole, each timed alone in one process over the
# records a cold build left in the cache (the best of three runs: their budgets are fractions
# of a second, smaller than this machine's hour-to-hour noise on a whole build): event
# discovery with no events configured (every article discovered), the quotations of every
# article (part of each article's analysis; timed once: on the corpus's quoting articles they
# take seconds, ~100 s at 10,000), and copy detection with the rest of provenance.
_STAGES = """
import dataclasses, sys, time
from pathlib import Path
from generator.analysis.quotes import quotes
from generator import memos
from generator.briefing import copies
from generator.briefing.assemble import assemble
from generator.briefing.group import group_by_event
from generator.briefing.provenance import trace
from generator.build import Project, article_records, collecting_less

config, records = article_records(Project(Path(sys.argv[1]), Path(sys.argv[2])))
articles = assemble({str(i): record for i, record in enumerate(records)}, {})
undecided = dataclasses.replace(config, events=())

def best(work, runs=3):
    times = []
    for _ in range(runs):
        started = time.process_time()
        work()
        times.append(time.process_time() - started)
    return min(times)

# Every answer the briefing's stages keep in this process (copies, origins, quotation checks,
# what discovery reads of a headline) forgotten: each run does a cold build's work, not a lookup.
def forget():
    copies.forget()
    memos.forget("generator.briefing")

groups, _ = group_by_event(articles, undecided, None)
texts = [record.analysis.cleaned.text for record in records]
with collecting_less():  # as a build runs its stages
    timings = (
        best(lambda: (forget(), group_by_event(articles, undecided, None))),
        best(lambda: [quotes(text) for text in texts], 1),  # seconds, not a fraction: once
        best(lambda: (forget(), trace(groups))),
    )
print(*timings)
"""
# A stand-in for yake, first on the import path of a "cold build without yake": it returns
# the text's first capitalised words as candidates at once, so that build times everything a
# cold build does but extract keywords (digest's own share of it).
_STAND_IN = """
import re

_CAPITALISED = re.compile(r"\\b[A-Z][a-z]{3,}\\b")


class KeywordExtractor:
    def __init__(self, lan="en", n=3, top=20, **settings):
        self.top = top
        self.stopword_set = {"a", "an", "and", "in", "of", "on", "the", "to", "with"}

    def extract_keywords(self, text):
        words = dict.fromkeys(_CAPITALISED.findall(text))
        return [(word, 1.0) for word in list(words)[: self.top]]
"""


# Measured as a user runs digest: with Python's bytecode cache, even where the environment
# turns it off (an unwritable __pycache__ would otherwise cost every run ~0.1 s of compiling).
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float
    slowest: float = 0.0  # of the runs a median was taken from: a median hides an odd slow one


def timed(command: list[str], first_on_path: Path | None = None) -> Run:
    env = _ENV | {"PYTHONPATH": str(first_on_path)} if first_on_path else _ENV
    result = subprocess.run(
        [sys.executable, "-c", _TIMER, *command],
        capture_output=True,
        text=True,
        check=True,
        cwd=HERE.parent,  # `-m generator` runs this checkout's code
        env=env,
    )
    seconds, peak_kb, code = result.stdout.split()
    if code != "0":
        raise SystemExit(f"benchmark command failed ({code}): {' '.join(command)}")
    return Run(float(seconds), int(peak_kb) / 1024)


def script_output(script: str, *args: object) -> str:
    """What one of the scripts above prints, run in this checkout with `args`."""
    command = [sys.executable, "-c", script, *map(str, args)]
    return subprocess.run(
        command, capture_output=True, text=True, check=True, cwd=HERE.parent, env=_ENV
    ).stdout


def build_command(content: Path, site: Path) -> list[str]:
    return [sys.executable, "-m", "generator", "build", "--quiet"] + [
        "--content",
        str(content),
        "--output",
        str(site),
    ]


def median(runs: list[Run]) -> Run:
    return Run(
        statistics.median(r.seconds for r in runs),
        statistics.median(r.peak_mb for r in runs),
        max(r.seconds for r in runs),
    )


def timings(seconds: list[float]) -> Run:
    return Run(statistics.median(seconds), 0.0, max(seconds))


def measure(articles: int, runs: tuple[int, int, int, int, int]) -> dict[str, Run]:
    cold_runs, warm_runs, edit_runs, floor_runs, help_runs = runs
    root = WORK / str(articles)
    content = write_corpus(root / "content", articles)
    site, cache, floor_out = root / "site", root / ".cache", root / "floor"
    command = build_command(content, site)
    print(f"N = {articles:,}: corpus in {content}", file=sys.stderr)

    floor = []
    for _ in range(floor_runs):
        shutil.rmtree(floor_out, ignore_errors=True)
        floor.append(
            timed([sys.executable, "-c", _FLOOR, str(content / "articles"), str(floor_out)])
        )
    yake_alone = float(script_output(_YAKE_ALONE, content, YAKE_ALONE_ARTICLES))
    cold, without_yake = [], []
    stand_in = root / "stand-in"
    (stand_in / "yake").mkdir(parents=True, exist_ok=True)
    (stand_in / "yake" / "__init__.py").write_text(_STAND_IN, encoding="utf-8")
    for number in range(cold_runs):
        # The real build last: the warm builds below start from its site and cache.
        for made, first_on_path in ((without_yake, stand_in), (cold, None)):
            shutil.rmtree(site, ignore_errors=True)
            shutil.rmtree(cache, ignore_errors=True)
            made.append(timed(command, first_on_path))
        print(
            f"  cold build {number + 1}/{cold_runs}: {cold[-1].seconds:.1f} s"
            f" (without yake {without_yake[-1].seconds:.1f} s)",
            file=sys.stderr,
        )
    discovery, quoting, copying = map(float, script_output(_STAGES, content, site).split())
    warm = [timed(command) for _ in range(warm_runs)]
    upgraded = []
    for _ in range(cold_runs):
        forget_digests_work(cache / "digest")  # where the build keeps it: beside content/
        upgraded.append(timed(command))
    edited = content / "articles" / sorted(os.listdir(content / "articles"))[articles // 2]
    original = edited.read_text(encoding="utf-8")
    edit = []
    for number in range(edit_runs):
        edited.write_text(original + f"\nA late update, number {number}, was added.\n", "utf-8")
        edit.append(timed(command))
    edited.write_text(original, encoding="utf-8")
    startup = [timed([sys.executable, "-m", "generator", "--help"]) for _ in range(help_runs)]
    rebuild, save_to_page = watch_latency(content, site, edited, WATCH_EDITS)
    return {
        "floor": median(floor),
        "yake alone": Run(yake_alone, 0.0),
        "cold": median(cold),
        "cold without yake": median(without_yake),
        "discovery": Run(discovery, 0.0),
        "quotes and copies": Run(quoting + copying, 0.0),
        "quotes": Run(quoting, 0.0),
        "copies": Run(copying, 0.0),
        "warm": median(warm),
        "upgrade": median(upgraded),
        "edit": median(edit),
        "help": median(startup),
        "watch rebuild": timings(rebuild),
        "watch save": timings(save_to_page),
    }


def forget_digests_work(cache: Path) -> None:
    """Leave the cache as a digest release with new analysis code finds it: every analysis,
    article record, generated text and page record a miss (their keys cover digest's code),
    YAKE's rankings still good (theirs cover only YAKE and the text)."""
    with sqlite3.connect(cache / "analyses.sqlite") as db:
        for table in ("analyses", "records", "texts"):
            db.execute(f"DELETE FROM {table}")
    db.close()
    for manifest in cache.glob("site-*.json"):
        manifest.unlink()


def watch_latency(
    content: Path, site: Path, edited: Path, edits: int
) -> tuple[list[float], list[float]]:
    """Median seconds of watch mode's own rebuild after a save, and from the save to the page.

    Each save appends a sentence to `edited`; the time runs until its page in `site` holds it.
    """
    command = [sys.executable, "-m", "generator", "watch", "--port", "0"]
    command += ["--content", str(content), "--output", str(site)]
    watcher = subprocess.Popen(
        command,
        cwd=HERE.parent,
        env=_ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(
        target=lambda: [lines.put(line) for line in watcher.stderr], daemon=True
    ).start()
    original = edited.read_text(encoding="utf-8")
    rebuilds, latencies = [], []
    try:
        _wait_for_line(lines, "Serving", 600)
        page = site / _page_of(site, content, edited)
        for number in range(edits):
            sentence = f"A watched update, number {number}, was added."
            edited.write_text(f"{original}\n{sentence}\n", encoding="utf-8")
            saved = time.perf_counter()
            while sentence not in _text_of(page):
                if time.perf_counter() - saved > 60:
                    raise SystemExit(f"watch mode did not publish an edit of {edited} in 60 s")
                time.sleep(0.002)
            latencies.append(time.perf_counter() - saved)
            rebuilds.append(float(_REBUILT.search(_wait_for_line(lines, "rebuilt in", 60))[1]))
            time.sleep(0.3)  # quiet between saves, as between a person's
    finally:
        edited.write_text(original, encoding="utf-8")
        # SIGTERM stops watch mode as Ctrl-C does; SIGINT is ignored by a process started in
        # the background of a non-interactive shell, and so by this benchmark's watcher.
        watcher.send_signal(signal.SIGTERM)
        watcher.wait(timeout=30)
    return rebuilds, latencies


def _wait_for_line(lines: queue.Queue[str], text: str, seconds: float) -> str:
    deadline = time.monotonic() + seconds
    while True:
        try:
            line = lines.get(timeout=max(deadline - time.monotonic(), 0.01))
        except queue.Empty:
            raise SystemExit(f"watch mode printed no line with {text!r} in {seconds} s") from None
        if text in line:
            return line


def _page_of(site: Path, content: Path, article: Path) -> str:
    """The site path of an article's page, from briefing.json."""
    data = json.loads((site / "briefing.json").read_text(encoding="utf-8"))
    file = article.relative_to(content).as_posix()
    return next(entry["path"] for entry in data["articles"] if entry["file"] == file)


def _text_of(page: Path) -> str:
    try:
        return page.read_text(encoding="utf-8")
    except FileNotFoundError:  # between the two renames of the site's swap
        return ""


def spread(run: Run) -> str:
    return f"{run.seconds:.2f} s (slowest {run.slowest:.2f} s)"


# digest's targets on a 2-core machine, by the row each applies to: the target as the table
# shows it, and a test of one size's figures for each size it names.
Figures = dict[str, Run]
_TARGETS: dict[str, tuple[str, dict[int, Callable[[Figures], bool]]]] = {
    "yake": ("(the cold target assumes ~28 ms)", {}),
    "cold": ("≤ 16 s (1,000)", {1000: lambda r: r["cold"].seconds <= 16}),
    "warm": (
        "≤ 1.0 s and ≤ 4× floor (1,000); ≤ 9 s (10,000)",
        {
            1000: lambda r: r["warm"].seconds <= min(1.0, 4 * r["floor"].seconds),
            10000: lambda r: r["warm"].seconds <= 9,
        },
    ),
    "discovery": (
        "≤ 0.3 s (1,000); ≤ 3 s (10,000)",
        {
            1000: lambda r: r["discovery"].seconds <= 0.3,
            10000: lambda r: r["discovery"].seconds <= 3,
        },
    ),
    "quotes and copies": (
        "≤ 0.5 s (1,000); ≤ 5 s (10,000)",
        {
            1000: lambda r: r["quotes and copies"].seconds <= 0.5,
            10000: lambda r: r["quotes and copies"].seconds <= 5,
        },
    ),
    "edit": ("≤ 1.0 s (1,000)", {1000: lambda r: r["edit"].seconds <= 1.0}),
    "memory": (
        "≤ 250 MB (10,000)",
        {10000: lambda r: max(r[k].peak_mb for k in ("cold", "warm", "upgrade")) <= 250},
    ),
    "watch rebuild": ("≤ 0.16 s (1,000)", {1000: lambda r: r["watch rebuild"].seconds <= 0.16}),
    "watch save": ("≤ 0.30 s (1,000)", {1000: lambda r: r["watch save"].seconds <= 0.30}),
    "help": ("≤ 0.1 s", dict.fromkeys((1000, 10000), lambda r: r["help"].seconds <= 0.1)),
}


def table(results: dict[int, Figures]) -> str:
    sizes = sorted(results)
    header = "| | target | " + " | ".join(f"N = {n:,}" for n in sizes) + " |"
    lines = [header, "|---" * (len(sizes) + 2) + "|"]

    def row(label: str, cell: Callable[[Figures], str], target: str = "") -> None:
        shown, checks = _TARGETS.get(target, ("", {}))
        cells = []
        for n in sizes:
            verdict = ""
            if n in checks:
                verdict = " — met" if checks[n](results[n]) else " — **missed**"
            cells.append(cell(results[n]) + verdict)
        lines.append(f"| {label} | {shown} | " + " | ".join(cells) + " |")

    row("read-and-write floor", lambda r: f"{r['floor'].seconds:.2f} s")
    row(
        "yake alone, one process, an article",
        lambda r: f"{r['yake alone'].seconds * 1000:.1f} ms",
        "yake",
    )
    row("cold build", lambda r: f"{r['cold'].seconds:.1f} s", "cold")
    row("cold build with a stand-in for yake", lambda r: f"{r['cold without yake'].seconds:.1f} s")
    row(
        "of a cold build: event discovery, nothing configured",
        lambda r: f"{r['discovery'].seconds:.2f} s",
        "discovery",
    )
    row(
        "of a cold build: quotations, and copies with provenance",
        lambda r: (
            f"{r['quotes and copies'].seconds:.2f} s ({r['quotes'].seconds:.2f} s +"
            f" {r['copies'].seconds:.2f} s)"
        ),
        "quotes and copies",
    )
    row(
        "warm build (nothing changed)",
        lambda r: (
            f"{r['warm'].seconds:.2f} s ({r['warm'].seconds / r['floor'].seconds:.1f}× floor)"
        ),
        "warm",
    )
    row("first build after upgrading digest", lambda r: f"{r['upgrade'].seconds:.1f} s")
    row("rebuild after editing one article", lambda r: spread(r["edit"]), "edit")
    row(
        "peak memory, largest process (cold / warm / after an upgrade)",
        lambda r: " / ".join(f"{r[k].peak_mb:.0f}" for k in ("cold", "warm", "upgrade")) + " MB",
        "memory",
    )
    row(
        "watch mode: the rebuild after a save",
        lambda r: spread(r["watch rebuild"]),
        "watch rebuild",
    )
    row("watch mode: save → page written", lambda r: spread(r["watch save"]), "watch save")
    row("`python -m generator --help`", lambda r: f"{r['help'].seconds:.3f} s", "help")
    return "\n".join(lines)


def main() -> None:
    quick = os.environ.get("BENCH_QUICK", "") not in ("", "0")
    plan = QUICK_RUNS if quick else FULL_RUNS
    results = {articles: measure(articles, runs) for articles, runs in plan.items()}
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"\ndigest benchmark, {cores} cores, load average {os.getloadavg()[0]:.1f} at the end\n")
    print(table(results))
    raw = {n: {k: vars(v) for k, v in r.items()} for n, r in results.items()}
    (WORK / "results.json").write_text(json.dumps(raw, indent=2) + "\n")


if __name__ == "__main__":
    main()
