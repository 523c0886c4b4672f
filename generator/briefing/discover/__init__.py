"""Events found, not configured: articles that report the same happening, grouped as an editor would.

An editor groups coverage by what happened and when. What happened: the article's distinctive
terms and names, its headline and lead counting most, weighed against the briefing as a whole
(a word every article shares says nothing). When: the day the article reports on (when.py),
which for a preview is the announcement, not the day it announces. Two articles belong
together when they share distinctive terms and describe the same or a neighbouring day; the
groups are made by average-linkage clustering, merging while the articles of two groups are
alike enough on average, so the number of events follows from the coverage.

Configured events (briefing.toml) are anchors: each article goes to the configured event its
terms and day fit best, judged the same way, and the rest are discovered among themselves.
Only articles that share a distinctive term are ever compared, so a briefing of 10,000
articles never needs a 10,000 × 10,000 matrix.

The package's modules, in the order they build on one another: model (the data),
text (terms), likeness (cosines, day fits), weights (weighted vectors), pairs (which articles
are compared), happenings (two happenings of one day told apart by their headlines), anchors (configured events), clusters (clustering, placing an edit), headlines
(titles), events (days, summaries, reasons) and find (the entry points).
"""

from __future__ import annotations

from generator.briefing.discover.anchors import (
    JOIN_AT,
    _configured_fit,
    _fit_without_itself,
    _join_anchors,
)
from generator.briefing.discover.clusters import (
    REUSE_SHARE,
    _cluster,
    _first_of_either,
    _grouped,
    _merge,
    _mostly_known,
    _nearest_group,
    _placed,
)
from generator.briefing.discover.events import (
    MAX_TERMS_SHOWN,
    SUMMARY_SENTENCES,
    _configured,
    _discovered,
    _distinct,
    _event,
    _event_day,
    _lead_sentences,
    _listing,
    _reasons,
    _summary,
    _with_whom,
    assignments,
    describes,
)
from generator.briefing.discover.find import (
    _articles_named,
    event_changes,
    find_events,
)
from generator.briefing.discover.headlines import (
    _SITE_SUFFIX,
    _first_sentence,
    _title,
    short_headline,
)
from generator.briefing.discover.likeness import (
    MERGE_AT,
    PREVIEW_APART,
    _centroid,
    _cosine,
    _sum,
    _unit,
    _unit_cosine,
    day_fit,
    pair_day_fit,
)
from generator.briefing.discover.model import (
    FoundEvent,
    Grouping,
    Item,
    Sentence,
    Vector,
)
from generator.briefing.discover.pairs import (
    _BLOCK_CELLS,
    _BLOCK_LOOKUPS,
    _CLOSE_DAYS,
    _MOST_SHARING,
    _TOP_TERMS,
    NEIGHBOURS,
    STRONG_SHARED,
    _blocks,
    _candidate_pairs,
    _dot_products,
    _floors,
    _nearest,
    _pair_cosines,
    _pair_day_fits,
    _pair_similarities,
    _pairs_within,
    _places,
    _Rows,
    _similarities,
    _starts,
)
from generator.briefing.discover.text import (
    _FUNCTION_WORDS,
    _NOT_TERMS,
    _WORD,
    BODY_CHARS,
    BODY_WEIGHT,
    LEAD_WEIGHT,
    TITLE_WEIGHT,
    _plain,
    term_counts,
    terms,
)
from generator.briefing.discover.weights import (
    _WEIGHED_AT_ONCE,
    VECTOR_TERMS,
    Weights,
    anchor_vector,
)

__all__ = [
    "BODY_CHARS",
    "BODY_WEIGHT",
    "FoundEvent",
    "Grouping",
    "Item",
    "JOIN_AT",
    "LEAD_WEIGHT",
    "MAX_TERMS_SHOWN",
    "MERGE_AT",
    "NEIGHBOURS",
    "PREVIEW_APART",
    "REUSE_SHARE",
    "STRONG_SHARED",
    "SUMMARY_SENTENCES",
    "Sentence",
    "TITLE_WEIGHT",
    "VECTOR_TERMS",
    "Vector",
    "Weights",
    "_BLOCK_CELLS",
    "_BLOCK_LOOKUPS",
    "_CLOSE_DAYS",
    "_FUNCTION_WORDS",
    "_MOST_SHARING",
    "_NOT_TERMS",
    "_Rows",
    "_SITE_SUFFIX",
    "_TOP_TERMS",
    "_WEIGHED_AT_ONCE",
    "_WORD",
    "_articles_named",
    "_blocks",
    "_candidate_pairs",
    "_centroid",
    "_cluster",
    "_configured",
    "_configured_fit",
    "_cosine",
    "_discovered",
    "_distinct",
    "_dot_products",
    "_event",
    "_event_day",
    "_first_of_either",
    "_first_sentence",
    "_fit_without_itself",
    "_floors",
    "_grouped",
    "_join_anchors",
    "_lead_sentences",
    "_listing",
    "_merge",
    "_mostly_known",
    "_nearest",
    "_nearest_group",
    "_pair_cosines",
    "_pair_day_fits",
    "_pair_similarities",
    "_pairs_within",
    "_placed",
    "_places",
    "_plain",
    "_reasons",
    "_similarities",
    "_starts",
    "_sum",
    "_summary",
    "_title",
    "_unit",
    "_unit_cosine",
    "_with_whom",
    "anchor_vector",
    "assignments",
    "day_fit",
    "describes",
    "event_changes",
    "find_events",
    "pair_day_fit",
    "short_headline",
    "term_counts",
    "terms",
]
