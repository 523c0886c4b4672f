"""A lazy pattern compiles when first used, then answers as the compiled pattern does."""

from __future__ import annotations

import re

import pytest

from generator.patterns import lazy_compile


def test_a_lazy_pattern_is_not_compiled_until_used() -> None:
    broken = lazy_compile("(unclosed")  # re.compile would raise here
    assert broken.pattern == "(unclosed"
    with pytest.raises(re.error):
        broken.search("unclosed")


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    lazy = lazy_compile(r"(?P<word>[a-z]+)ing\b", re.IGNORECASE)
    compiled = re.compile(r"(?P<word>[a-z]+)ing\b", re.IGNORECASE)
    text = "Sailing, rowing and SWIMMING; nothing else."
    assert [m.group("word") for m in lazy.finditer(text)] == ["Sail", "row", "SWIMM", "noth"]
    assert lazy.findall(text) == compiled.findall(text)
    assert lazy.sub(r"\g<word>", text) == compiled.sub(r"\g<word>", text)
    assert lazy.groupindex == compiled.groupindex


def test_a_lazy_pattern_keeps_the_compiled_method_once_used() -> None:
    lazy = lazy_compile(r"\d+")
    assert lazy.match("42").group() == "42"
    assert isinstance(lazy.match.__self__, re.Pattern)  # later calls go straight to it
