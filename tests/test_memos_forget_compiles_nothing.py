"""Letting a stage's answers go clears its caches and touches nothing else: a lazy pattern of
the stage stays uncompiled (a single build would otherwise compile every pattern it never used)."""

from __future__ import annotations

import functools
import sys
import types

from generator import memos, patterns
from generator.patterns import lazy_compile


def test_forget_clears_caches_and_leaves_lazy_patterns_uncompiled(monkeypatch) -> None:
    module = types.ModuleType("generator.memo_probe")
    module.PATTERN = lazy_compile(r"harbou?r")
    calls = []

    @functools.cache
    def answer(text: str) -> str:
        calls.append(text)
        return text.upper()

    module.answer = answer
    monkeypatch.setitem(sys.modules, "generator.memo_probe", module)
    compiled = []
    monkeypatch.setattr(patterns.re, "compile", lambda *args: compiled.append(args))
    answer("quay")
    memos.forget("generator.memo_probe")
    answer("quay")
    assert calls == ["quay", "quay"]  # asked again: the answer was let go
    assert compiled == []  # the lazy pattern was never compiled
