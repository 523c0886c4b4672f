"""A single build lets go of what the quotation reader's per-token caches hold, as it does of
its functools caches (memos.forget): at 10,000 articles the tokens met would stay in memory
through rendering otherwise."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator

import pytest

from generator import memos
from generator.analysis.quotes.tokens import TokenCache


@pytest.fixture
def module_with_a_token_cache() -> Iterator[types.ModuleType]:
    module = types.ModuleType("generator.analysis.invented_stage")
    module.LENGTHS = TokenCache(len)
    sys.modules[module.__name__] = module
    yield module
    del sys.modules[module.__name__]


def test_forgetting_a_stage_empties_its_token_caches(
    module_with_a_token_cache: types.ModuleType,
) -> None:
    lengths = module_with_a_token_cache.LENGTHS
    assert [lengths[word] for word in ("Jane", "said")] == [4, 4]
    memos.forget("generator.analysis")
    assert len(lengths) == 0
    assert lengths["Jane"] == 4  # asked again, answered again
