"""Copies: articles that are the same report (a wire story on several sites, light rewrites of
one story), found by the words they share, with where the report came from, and a check of a
rewrite's quotations against its original.

Two articles are copies when one shares at least `MIN_SHARE` of its word 5-grams with the
other, and at least `MIN_SHARED` of them; below `SURE_SHARE`, one's lead must also be in the
other (two stories of one site may share their background paragraphs, and only those), and the
longer must share at least `LONGER_SHARE` of its own (a short report retelling a statement the
longer also retells is not its copy). Only each article's own words count: quoted passages, in
double or single marks, and runs of names with their offices are left out (every report of an
event quotes the same statements and names the same people), and so are paragraphs
that recur in `TEMPLATE_ARTICLES` or more articles of one site (its template). No pair of texts
is compared in full unless an index of a sample of the 5-grams shows that they share some.
The 5-grams of the whole briefing are numbers in numpy arrays: at 10,000 articles, sets of
Python tuples cost seconds of hashing and garbage collection.

The modules, each using only those listed before it:

- model: the thresholds, the records (Source, CopyGroup, Measured, Links, Keeper), what this
  process kept from the last call (_Last, forget) and the digests that key it;
- shingling: each text's 5-grams in numpy, and its words without quotations;
- sampling: the index of sampled 5-grams, and the pairs it says may be copies;
- origins: the agencies a text credits, a group's origin and a lone article's;
- grouping: whether two texts are copies, groups and their shares, shared_fraction;
- own_texts: each article's own text (no quotations, no template) and its 5-grams, made or kept;
- apart: measuring in a child process (a single build of many articles), whose memory is
  returned when it ends;
- measuring: copy_groups, measuring afresh or weighing again only what changed;
- quotations: check_quotes, a rewrite's quotations against its original(s).

A test replacing a function patches the module that calls it through its module:
shingling._shingled, grouping._copies, grouping._group, measuring._measure_again.
"""

from generator.briefing.copies.grouping import shared_fraction
from generator.briefing.copies.measuring import copy_groups
from generator.briefing.copies.model import (
    COMMON,
    LEAD_PARAGRAPHS,
    LEAD_SHARE,
    LEAD_WORDS,
    LONGER_SHARE,
    MIN_SAMPLED,
    MIN_SHARE,
    MIN_SHARED,
    SAMPLE,
    SAMPLED_SHARE,
    SHINGLE,
    SURE_SHARE,
    TEMPLATE_ARTICLES,
    TRUSTED_SAMPLE,
    CopyGroup,
    Keeper,
    Links,
    Measured,
    Member,
    Source,
    forget,
)
from generator.briefing.copies.origins import Credit, credits, origin, own_origin
from generator.briefing.copies.quotations import REWORDED, check_quotes
from generator.briefing.copies.shingling import _Shingles

__all__ = [
    "COMMON",
    "LEAD_PARAGRAPHS",
    "LEAD_SHARE",
    "LONGER_SHARE",
    "LEAD_WORDS",
    "MIN_SAMPLED",
    "MIN_SHARE",
    "MIN_SHARED",
    "REWORDED",
    "SAMPLE",
    "SAMPLED_SHARE",
    "SHINGLE",
    "SURE_SHARE",
    "TEMPLATE_ARTICLES",
    "TRUSTED_SAMPLE",
    "CopyGroup",
    "Credit",
    "Keeper",
    "Links",
    "Measured",
    "Member",
    "Source",
    "_Shingles",  # tests patch its methods, which every module's _Shingles is
    "check_quotes",
    "copy_groups",
    "credits",
    "forget",
    "origin",
    "own_origin",
    "shared_fraction",
]
