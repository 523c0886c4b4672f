"""A "him" in a clause of its own inside a subject's relative clause ("X, who says critics have
misjudged him, ...") may be the subject himself, so a "he" after the sentence keeps to X; a
"him" of the relative clause's own verb ("who travelled with him") is someone else."""

from __future__ import annotations

from tests.conftest import speakers


def test_him_after_another_subject_in_the_relative_clause_keeps_the_pronoun() -> None:
    text = (
        "Transport minister Carl Jensen presented the rail plan on Monday.\n\n"
        "Jensen, who says rivals have underrated him, told the committee the plan would hold. "
        '"We will build the line on time," he said.'
    )
    assert speakers(text) == ["Carl Jensen"]


def test_him_of_the_relative_clauses_own_verb_is_still_another_person() -> None:
    text = (
        "The governor, Paulo Duarte, toured the port on Monday.\n\n"
        "Harbour master Luis Mendes, who sailed with him, said the cranes were old. "
        '"We will need new ones," he said.'
    )
    assert speakers(text) == [None]
