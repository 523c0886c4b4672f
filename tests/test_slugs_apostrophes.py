"""A slug drops an apostrophe inside a word and parts words at every other punctuation mark,
typed straight or typographic alike."""

from __future__ import annotations

import pytest

from generator.slugs import slugify


@pytest.mark.parametrize(
    ("typed", "typographic"),
    [
        ("Here's what we learned", "Here’s what we learned"),
        ("'He's presumed innocent'", "‘He’s presumed innocent’"),
        ("Kellerby's trial", "Kellerbyʼs trial"),
        ("Kellerby's pier", "Kellerby`s pier"),
        ("Kellerby's quay", "Kellerby´s quay"),
        ("Lee - Xi talks", "Lee – Xi talks"),
    ],
)
def test_an_apostrophe_or_dash_is_slugged_one_way_however_it_is_typed(
    typed: str, typographic: str
) -> None:
    assert slugify(typographic) == slugify(typed)


def test_an_apostrophe_inside_a_word_is_dropped_and_quotation_marks_part_words() -> None:
    assert slugify("‘He’s presumed innocent’") == "hes-presumed-innocent"
    assert slugify("South Korea's Lee") == "south-koreas-lee"
    assert slugify("'Quoted' words") == "quoted-words"
    assert slugify("A ruling—then an appeal") == "a-ruling-then-an-appeal"


def test_accented_letters_still_fold_to_their_ascii_letter() -> None:
    assert slugify("Café société") == "cafe-societe"
