"""The calendar's words as news text writes them: month names and their abbreviations.

Shared by the stages that read dates in text (content/infer.py, briefing/when.py, the
cleaner's datelines and captions)."""

from __future__ import annotations

# Each month's names, by the month's number: "Jan.", "Sept" and "September" are all written.
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
# A regex alternation of the month names, longest first so "sept" wins over "sep".
MONTH_PATTERN = "|".join(sorted(MONTHS, key=len, reverse=True))
# The same, each name capitalised, as a dateline or a caption writes it ("Sept. 4", "March 3").
CAPITALISED_MONTH_PATTERN = "|".join(
    sorted((name.capitalize() for name in MONTHS), key=len, reverse=True)
)
