"""Which articles discovery compares: those sharing one of their strongest terms, where a term
as strong as the last of an article's strongest counts with them, whatever its spelling."""

from __future__ import annotations

from generator.briefing.discover import _TOP_TERMS
from generator.briefing.discover.pairs import _candidate_pairs, _Rows


def test_a_term_tied_with_the_last_of_the_strongest_links_as_they_do() -> None:
    # The first article's terms all weigh the same; the one spelled last ('zeal') is the
    # only one the third holds among its strongest. Which of the tied terms come first in the
    # alphabet is no reason to leave the pair uncompared.
    tied = [f"term{n:02}" for n in range(_TOP_TERMS)] + ["zeal"]
    first = dict.fromkeys(tied, 0.25)
    second = dict.fromkeys(tied[:-1], 0.25)  # holds the others, so that they link
    third = {"zeal": 0.9, "quay": 0.4}
    fourth = {"quay": 0.5}
    pairs = set(
        zip(
            *(side.tolist() for side in _candidate_pairs(_Rows([first, second, third, fourth]))),
            strict=True,
        )
    )
    assert (0, 2) in pairs
    # A term weaker than the last of the strongest still links nothing.
    first["zeal"] = 0.2
    pairs = set(
        zip(
            *(side.tolist() for side in _candidate_pairs(_Rows([first, second, third, fourth]))),
            strict=True,
        )
    )
    assert (0, 2) not in pairs and (0, 1) in pairs and (2, 3) in pairs
