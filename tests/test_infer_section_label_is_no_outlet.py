"""A section or category label near the headline ("General News", "Featured News") is no
outlet: an outlet's name has a word of its own, a place or a brand."""

from __future__ import annotations

import pytest

from generator.content.infer import infer_outlet

STORY = (
    "Ferry services to the outer islands were suspended on Tuesday after a storm damaged the "
    "main pier at Kessler Bay, the harbour master said in a statement to reporters."
)


@pytest.mark.parametrize(
    "label", ["General News", "Featured News", "Main News", "Special Report", "Video News"]
)
def test_a_category_label_under_the_headline_is_no_outlet(label: str) -> None:
    assert infer_outlet(f"Storm closes the pier at Kessler Bay\n{label}\n{STORY}\n") is None


def test_a_masthead_with_a_place_in_its_name_still_names_the_outlet() -> None:
    found = infer_outlet(f"Kessler Bay Chronicle\nStorm closes the pier\n{STORY}\n")
    assert found is not None and found.value == "Kessler Bay Chronicle"
