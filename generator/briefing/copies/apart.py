"""Measuring in a process of its own: a single build of many articles measures its copies in a
fresh child process, which reads and keeps what it measured in the build's cache itself.

Why: what copy detection holds while it measures (own texts, 5-grams, their sample and the
pairs they make) was some 110 MB at 10,000 articles, on top of the ~220 MB the build held
by then; Python keeps most of what it frees, and the build then rendered in that memory. A
child's memory goes back to the system when it ends. It is started fresh ("spawn"), not
forked: a forked child maps its parent's pages and its peak counts them. It is given the
sources in parts, so that the build never holds all their texts pickled at once, and only
what it measured (groups, verdicts, links: a few MB) comes back.

What the child measures is what the build's process would (the same _measure, on the same
sources, keys and kept work). If no child can be started, or it ends without an answer, the
build says so and measures in its own process; an error raised in the child is raised again
in the build, with the child's traceback.
"""

from __future__ import annotations

import logging
import multiprocessing
import traceback
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING

from generator.briefing.copies.model import Keeper, Measured, Source

if TYPE_CHECKING:
    from generator.briefing.copies.measuring import _Keys

log = logging.getLogger(__name__)

# Sources from which a call measures in a child, if its keeper allows it: below this the
# child's start (~0.3 s: an interpreter, numpy) costs more than the memory it saves.
APART_FROM = 3000
_PART = 500  # sources sent to the child at once


def measured_apart(
    sources: Sequence[Source],
    keys: _Keys,
    known: Measured,
    opener: Callable[[], AbstractContextManager[Keeper]],
) -> Measured | None:
    """What _measure finds, measured in a child process that opens the keeper with `opener`;
    None if that could not be done (said with a warning): the caller then measures itself."""
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    child = context.Process(
        target=_measure_here, args=(theirs, opener), name="digest copy detection", daemon=True
    )
    try:
        child.start()
    except (OSError, RuntimeError) as error:  # no processes left, or not allowed to make one
        ours.close()
        theirs.close()
        log.warning(
            "warning: cannot start copy detection's process (%s); measuring in this one", error
        )
        return None
    theirs.close()  # (else a child that dies would leave recv() waiting for ever)
    try:
        ours.send((keys, known))
        for start in range(0, len(sources), _PART):
            ours.send(list(sources[start : start + _PART]))
        ours.send(None)
        answer = ours.recv()
    except (EOFError, OSError):  # it died (killed, out of memory) before it answered
        answer = None
    finally:
        ours.close()
        child.join()
    if answer is None:
        log.warning(
            "warning: copy detection's process ended without an answer (exit code %s); "
            "measuring in this one",
            child.exitcode,
        )
        return None
    outcome, value, told = answer
    if outcome == "error":
        value.add_note(f"(raised in copy detection's process)\n{told}")
        raise value
    return value


def _measure_here(conn: Connection, opener: Callable[[], AbstractContextManager[Keeper]]) -> None:
    """The child: read the call, measure, send back what was measured or the error raised."""
    from generator.briefing.copies import measuring

    try:
        keys, known = conn.recv()
        sources: list[Source] = []
        while (part := conn.recv()) is not None:
            sources += part
        with opener() as keeper:
            answer: tuple = ("measured", measuring._measure(sources, keys, known, keeper), "")
    except BaseException as error:  # noqa: BLE001 - every error goes back to the build
        answer = ("error", error, traceback.format_exc())
    try:
        conn.send(answer)
    except Exception as error:  # an error that cannot be pickled: its text goes back
        conn.send(("error", RuntimeError(repr(answer[1])), answer[2] or repr(error)))
    finally:
        conn.close()
