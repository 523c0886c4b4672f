"""An undated article left alone by clustering: its unknown day, not its words, kept it apart."""

from __future__ import annotations

import datetime

from generator.briefing.discover import MERGE_AT
from generator.briefing.discover.clusters import _join_undated_alone
from tests.test_discover_days import THURSDAY, item


def test_an_undated_article_left_alone_joins_the_group_its_unknown_day_kept_it_from() -> None:
    banquet = "Harbour board hosts banquet for the ferry crew at Lantern Island"
    dated = [item(f"dated-{n}", banquet, banquet, banquet, THURSDAY) for n in range(3)]
    undated = item("undated", "Banquet for the ferry crew", banquet, banquet, None)
    members = {0: [0, 1, 2], 3: [3]}
    # Its words are as like the banquet's as a dated article's, cut by its unknown day.
    average = MERGE_AT * 0.9
    sums = {0: {3: average * 3}, 3: {0: average * 3}}
    _join_undated_alone(members, sums, dict(enumerate([*dated, undated])))
    assert members == {0: [0, 1, 2, 3]}
    # A dated article as alike stays alone: its day was no reason to keep it apart.
    members = {0: [0, 1, 2], 3: [3]}
    sums = {0: {3: average * 3}, 3: {0: average * 3}}
    late = item("late", banquet, banquet, banquet, THURSDAY + datetime.timedelta(days=9))
    _join_undated_alone(members, sums, dict(enumerate([*dated, late])))
    assert members == {0: [0, 1, 2], 3: [3]}
