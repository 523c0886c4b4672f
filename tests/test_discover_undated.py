"""An undated article left alone by clustering: its unknown day, not its words, kept it apart."""

from __future__ import annotations

import datetime

from generator.briefing.discover import MERGE_AT
from generator.briefing.discover.clusters import _join_undated_alone
from generator.briefing.discover.weights import Weights
from tests.test_discover_days import THURSDAY, item

BANQUET = "Harbour board hosts banquet for the ferry crew at Lantern Island"


def test_an_undated_article_left_alone_joins_the_group_its_unknown_day_kept_it_from() -> None:
    dated = [item(f"dated-{n}", BANQUET, BANQUET, BANQUET, THURSDAY) for n in range(3)]
    undated = item("undated", "Banquet for the ferry crew", BANQUET, BANQUET, None)
    items = [*dated, undated]
    members = {0: [0, 1, 2], 3: [3]}
    # Its words are as like the banquet's as a dated article's, cut by its unknown day.
    average = MERGE_AT * 0.9
    sums = {0: {3: average * 3}, 3: {0: average * 3}}
    _join_undated_alone(members, sums, dict(enumerate(items)), Weights().vectors(items))
    assert members == {0: [0, 1, 2, 3]}
    # A dated article as alike stays alone: its day was no reason to keep it apart.
    late = item("late", BANQUET, BANQUET, BANQUET, THURSDAY + datetime.timedelta(days=9))
    items = [*dated, late]
    members = {0: [0, 1, 2], 3: [3]}
    sums = {0: {3: average * 3}, 3: {0: average * 3}}
    _join_undated_alone(members, sums, dict(enumerate(items)), Weights().vectors(items))
    assert members == {0: [0, 1, 2], 3: [3]}


def test_an_undated_article_joins_the_group_it_is_most_like_over_all_its_articles() -> None:
    # Linked (one shared strongest term) to the earlier day's group only, but far more like
    # every article of the verdict's group: the verdict reported in its own words.
    hearing = [item(f"hearing-{n}", "h", "h", "h", THURSDAY) for n in range(2)]
    verdict = [item(f"verdict-{n}", "v", "v", "v", THURSDAY) for n in range(2)]
    undated = item("undated", "u", "u", "u", None)
    items = [*hearing, *verdict, undated]
    vectors = [{"trial": 1.0}] * 2 + [{"verdict": 1.0}] * 2 + [{"trial": 0.3, "verdict": 0.954}]
    members = {0: [0, 1], 2: [2, 3], 4: [4]}
    sums = {0: {4: 0.6}, 2: {}, 4: {0: 0.6}}
    _join_undated_alone(members, sums, dict(enumerate(items)), vectors)
    assert members == {0: [0, 1], 2: [2, 3, 4]}
