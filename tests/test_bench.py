"""`make bench`'s table: each figure beside its target, marked met or missed."""

import importlib.util
import sys
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location(
    "bench_run", Path(__file__).parent.parent / "benchmarks" / "run.py"
)
bench = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = bench  # its dataclasses look their module up there
_SPEC.loader.exec_module(bench)


def figures(**changed: float) -> dict[str, object]:
    """A run's figures that meet every target, but those changed: `watch_save=0.4` sets the
    seconds of "watch save", `upgrade_mb=260` the peak memory of "upgrade"."""
    seconds = {
        "floor": 0.1,
        "yake alone": 0.03,
        "cold": 15.0,
        "cold without yake": 5.0,
        "discovery": 0.2,
        "quotes": 0.1,
        "copies": 0.2,
        "quotes and copies": 0.3,
        "warm": 0.2,
        "upgrade": 6.0,
        "edit": 0.7,
        "help": 0.05,
        "watch rebuild": 0.12,
        "watch save": 0.2,
    }
    peaks = {"cold": 200.0, "warm": 40.0, "upgrade": 200.0}
    for name, value in changed.items():
        if name.endswith("_mb"):
            peaks[name.removesuffix("_mb")] = value
        else:
            seconds[name.replace("_", " ")] = value
    return {k: bench.Run(v, peaks.get(k, 0.0), v) for k, v in seconds.items()}


def cell(table: str, row: str, column: int) -> str:
    """The figure in the row starting with `row`, for the first (1) or second (2) corpus size."""
    line = next(line for line in table.splitlines() if line.startswith(f"| {row}"))
    return line.strip("| ").split(" | ")[column + 1]


def test_every_figure_within_its_target_is_marked_met():
    table = bench.table({1000: figures(), 10000: figures(warm=8.5)})
    assert "missed" not in table
    assert cell(table, "cold build |", 1) == "15.0 s — met"
    assert cell(table, "warm build", 2).endswith("— met")
    assert cell(table, "peak memory", 2) == "200 / 40 / 200 MB — met"


@pytest.mark.parametrize(
    ("changed", "row", "column"),
    [
        ({"cold": 16.1}, "cold build |", 1),
        ({"warm": 1.1}, "warm build", 1),
        ({"floor": 0.04}, "warm build", 1),  # 0.2 s is five times this floor
        ({"edit": 1.2}, "rebuild after editing", 1),
        ({"watch_rebuild": 0.2}, "watch mode: the rebuild", 1),
        ({"watch_save": 0.31}, "watch mode: save", 1),
        ({"help": 0.11}, "`python -m generator --help`", 2),
        ({"discovery": 0.31}, "of a cold build: event discovery", 1),
        ({"discovery": 3.1}, "of a cold build: event discovery", 2),
        ({"quotes_and_copies": 0.51}, "of a cold build: quotations", 1),
        ({"quotes_and_copies": 5.1}, "of a cold build: quotations", 2),
    ],
)
def test_a_figure_over_its_target_is_marked_missed(changed, row, column):
    sizes = {1000: figures(), 10000: figures()}
    sizes[1000 if column == 1 else 10000] = figures(**changed)
    assert cell(bench.table(sizes), row, column).endswith("— **missed**")


def test_memory_over_target_in_any_build_of_the_large_corpus_is_missed():
    table = bench.table({1000: figures(), 10000: figures(upgrade_mb=251)})
    assert cell(table, "peak memory", 2) == "200 / 40 / 251 MB — **missed**"


def test_figures_without_a_target_at_a_size_carry_no_verdict():
    table = bench.table({1000: figures(), 10000: figures(cold=300, edit=4.0)})
    assert cell(table, "cold build |", 2) == "300.0 s"
    assert cell(table, "rebuild after editing", 2) == "4.00 s (slowest 4.00 s)"
