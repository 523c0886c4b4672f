"""A "he" or "she" after a sentence whose subject's relative clause speaks of another person of
that gender ("X, who travelled with him, said ...") is unclear: it is given to no one, whatever
the gender of the subject."""

from __future__ import annotations

from tests.conftest import speakers


def test_he_after_a_subject_who_came_with_him_is_unattributed() -> None:
    text = (
        "The mining minister, Victor Lanz, toured the flooded pit on Sunday. Safety chief "
        "Ines Moreau, who flew in with him, said the pumps had been running all night.\n\n"
        '"We will reach the lower gallery by Wednesday at the latest," he said.'
    )
    assert speakers(text) == [None]


def test_she_after_a_subject_who_came_with_her_is_unattributed() -> None:
    text = (
        "The mining minister, Clara Lanz, toured the flooded pit on Sunday. Safety chief "
        "Ines Moreau, who flew in with her, said the pumps had been running all night.\n\n"
        '"We will reach the lower gallery by Wednesday at the latest," she said.'
    )
    assert speakers(text) == [None]


def test_a_pronoun_after_a_sentence_with_one_person_keeps_to_them() -> None:
    text = (
        "The mining minister, Victor Lanz, toured the flooded pit on Sunday. He told the "
        "families to contact him directly.\n\n"
        '"We will reach the lower gallery by Wednesday at the latest," he said.'
    )
    assert speakers(text) == ["Victor Lanz"]
