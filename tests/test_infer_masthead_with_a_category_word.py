"""A masthead that holds a category label's word beside a word of its own ("Main Line
Times", "Photo District News") names the outlet; a label made only of category words and the
outlet word ("Main News") does not."""

from __future__ import annotations

import pytest

from generator.content.infer import infer_outlet

STORY = (
    "Ferry services to the outer islands were suspended on Tuesday after a storm damaged the "
    "main pier at Kessler Bay, the harbour master said in a statement to reporters."
)


@pytest.mark.parametrize("masthead", ["Main Street Herald", "Photo Harbour News"])
def test_a_masthead_with_a_category_word_and_its_own_word_names_the_outlet(
    masthead: str,
) -> None:
    found = infer_outlet(f"{masthead}\nStorm closes the pier\n{STORY}\n")
    assert found is not None and found.value == masthead


def test_a_label_of_category_words_alone_is_still_no_outlet() -> None:
    assert infer_outlet(f"Main News\nStorm closes the pier\n{STORY}\n") is None
