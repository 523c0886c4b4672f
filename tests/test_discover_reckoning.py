"""Discovery's cheaper reckonings give the very numbers and orders of the plain ones: a
build's grouping must not change with how it is reckoned."""

from __future__ import annotations

import numpy as np

from generator.briefing.discover.likeness import _cosine, _cosine_of_part
from generator.briefing.discover.pairs import _strongest_first


def test_entries_sorted_in_one_pass_come_strongest_first_ties_by_term() -> None:
    row = np.array([0, 0, 0, 0, 1, 1, 2])
    negated = np.array([-0.5, -2.0, -0.5, -2.0, -1.0, -1.0, -3.0])
    term = np.array([4, 3, 1, 0, 2, 1, 0])
    order = _strongest_first(row, negated, term, 5)
    assert order.tolist() == np.lexsort((term, negated, row)).tolist() == [3, 1, 2, 0, 5, 4, 6]


def test_an_articles_cosine_with_its_centre_is_the_cosine_to_the_last_digit() -> None:
    part = {"ferry": 0.1, "kellerby": 0.7, "strike": 0.2, "varde": 1e-17}
    whole = {"ferry": 0.3, "kellerby": 0.6, "harbour": 0.5, "varde": 0.7}
    assert _cosine_of_part(part, whole) == _cosine(part, whole)
    assert _cosine_of_part({}, whole) == _cosine({}, whole) == 0.0
