"""A text hard-wrapped at a fixed width is cleaned as its paragraphs, never as one line each."""

from __future__ import annotations

from generator.analysis.clean import clean
from generator.analysis.rewrap import join_wrapped_lines

# An invented report wrapped at 60 characters, one paragraph's lines under each other.
_WRAPPED = """Riverton, May 3: The town council of Riverton has agreed a
budget for the new ferry terminal, its mayor announced on
Tuesday, ending a dispute that had stalled the project for
two years.

Speaking at the council's evening session, the mayor said
she had "just heard that thanks to the patience of every
member, the terminal will be built before the winter
storms".

The vote was carried by eleven votes to four.

Opponents of the plan had argued that the harbour could not
take the extra traffic. Engineers from the port authority
said the dredging of the channel would be finished by the
end of the summer."""

_PARAGRAPHS = [" ".join(block.split("\n")) for block in _WRAPPED.split("\n\n")]


def test_wrapped_lines_are_joined_into_their_paragraphs() -> None:
    assert join_wrapped_lines(_WRAPPED).split("\n\n") == _PARAGRAPHS


def test_a_page_with_an_empty_line_after_every_line_is_joined_too() -> None:
    spaced = "\n\n".join(line for line in _WRAPPED.split("\n") if line)
    joined = [line for line in join_wrapped_lines(spaced).split("\n") if line]
    assert joined[0] == _PARAGRAPHS[0]
    assert joined[1] == _PARAGRAPHS[1]  # its closing quote's line ends the paragraph
    assert "The vote was carried by eleven votes to four." in joined  # never joined on


def test_cleaning_keeps_each_paragraph_whole() -> None:
    cleaned = clean(_WRAPPED, "Riverton agrees ferry terminal budget")
    assert cleaned.text.split("\n\n") == _PARAGRAPHS
    assert clean(cleaned.text, "Riverton agrees ferry terminal budget").text == cleaned.text


def test_short_lines_and_unwrapped_paragraphs_are_left_alone() -> None:
    menu = "\n".join(["Home", "News", "Sport", "Weather", "Business", "Culture"] * 3)
    assert join_wrapped_lines(menu) == menu
    prose = "\n\n".join(_PARAGRAPHS)
    assert join_wrapped_lines(prose) == prose


def test_a_list_of_repeated_headlines_is_no_wrapped_text() -> None:
    headlines = [
        "Police appeal for witnesses after a crash on the coast road",
        "Ferry services resume after a week of storms in the strait",
        "Council votes to keep the library open on Sunday mornings",
    ]
    page = "\n\n".join(
        f"{line}\n\n{line}\n\n{minutes} mins ago" for minutes, line in enumerate(headlines)
    )
    assert join_wrapped_lines(page) == page
