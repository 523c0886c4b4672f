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


# Lines near one width that a wrap never made: each opens anew, the line above ends on a word.
_TITLE = "Riverton council agrees the budget for its ferry terminal"
_CARD_HEADLINES = [
    "Harbour lights switched on",
    "Ferry fares to rise",
    "Library opens on Sundays",
    "Coast road closed",
    "Market moves to the quay",
    "New mayor sworn in",
    "Beach cafe wins award",
    "Lifeboat crew honoured",
]
# Each summary cut by its site after its last whole word within 58 characters, no "…".
_CARD_SUMMARIES = [
    "Volunteers gathered on the quay to see the harbour lights",
    "Passengers will pay more from April under a new plan agreed",
    "Readers asked for longer hours and the council has agreed",
    "Engineers found cracks in the sea wall after the storms of",
    "Traders voted to move the weekly market down to the harbour",
    "The new mayor promised to finish the terminal by the winter",
    "Judges praised its fish soup and its view over the harbour",
    "The crew of the lifeboat rescued four sailors in a gale off",
]


def test_a_plain_title_just_under_the_width_stays_apart_from_the_first_paragraph() -> None:
    raw = f"{_TITLE}\n{_WRAPPED}"
    assert join_wrapped_lines(raw).split("\n")[:2] == [_TITLE, _PARAGRAPHS[0]]
    below_menu = f"Home\n\n{raw}"  # the title no longer the first line: named, it stays apart
    assert join_wrapped_lines(below_menu, _TITLE).split("\n")[2:4] == [_TITLE, _PARAGRAPHS[0]]


def test_teaser_cards_with_summaries_cut_at_a_fixed_length_are_not_joined() -> None:
    cards = [part for pair in zip(_CARD_HEADLINES, _CARD_SUMMARIES, strict=True) for part in pair]
    for raw in ("\n\n".join(cards), "\n".join(cards)):
        assert join_wrapped_lines(raw) == raw


def test_a_list_without_markers_near_the_width_is_not_joined_into_one_line() -> None:
    points = [
        "Residents living near the quay will be offered new moorings",
        "Schools in the harbour district will stay closed on Friday",
        "Main roads between the two villages are closed to traffic",
    ]
    raw = _WRAPPED + "\n\nWhat the council agreed:\n" + "\n".join(points)
    assert join_wrapped_lines(raw).split("\n")[-3:] == points


def test_a_line_ending_mid_clause_joins_a_next_line_that_opens_on_a_name() -> None:
    raw = _WRAPPED.replace(
        "The vote was carried by eleven votes to four.",
        "Eleven councillors voted for the plan after the mayor and\n"
        "Councillor Jane Doe spoke for it at the end of the evening.",
    )
    joined = join_wrapped_lines(raw).split("\n\n")
    assert joined[2] == (
        "Eleven councillors voted for the plan after the mayor and Councillor Jane Doe spoke "
        "for it at the end of the evening."
    )
