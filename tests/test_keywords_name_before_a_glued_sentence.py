"""A name that a scraper glued to the next sentence ('Tim Kaine."So we') is one keyword,
without the full stop, and not a second one beside the name; an abbreviation keeps its stop."""

from __future__ import annotations

from generator.analysis.keywords import extract_keywords

TEXT = (
    'The ferry bill passed the Senate on Monday. "We will fund the harbour," said Senator Ann '
    'Whitlock."So the ferries will run again," she added. Ann Whitlock has backed the harbour '
    "bill for years.\n\nThe harbour board welcomed the vote. Critics of the harbour bill said the "
    'ferries cost too much. Ann Whitlock."The money is there," she said.'
)


def test_a_name_glued_to_the_next_sentence_is_one_keyword_without_its_stop() -> None:
    keywords = extract_keywords("Senate passes harbour bill", TEXT)
    assert "Ann Whitlock" in keywords
    assert not any(keyword.endswith(".") for keyword in keywords)


def test_an_abbreviation_keeps_its_full_stop() -> None:
    text = TEXT.replace("Ann Whitlock has backed", "Acme Inc. has backed")
    keywords = extract_keywords("Senate passes harbour bill", text + " Acme Inc. paid for it.")
    assert all(not keyword.endswith("Inc") for keyword in keywords)
