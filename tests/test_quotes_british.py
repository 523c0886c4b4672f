"""British quotations: single curly marks, a quote opened after a colon and run on over
paragraphs each opening with ‘, and quoted titles and terms that are no speech (issue 19,
December 2026)."""

from __future__ import annotations

from generator.analysis.quotes import quoted_spans
from tests.conftest import found


def test_a_single_quote_opened_after_a_colon_runs_on_over_paragraphs() -> None:
    text = (
        "Jane Doe spoke to the crowd outside the town hall on Friday.\n\n"
        "Ms Doe added: ‘Three towns, working side by side once more. We have waited too long.\n\n"
        "‘With patience, and some luck, we will open the bridge in the spring.’\n\n"
        "The crowd cheered."
    )
    assert found(text) == [
        ("Jane Doe", "Three towns, working side by side once more. We have waited too long."),
        ("Jane Doe", "With patience, and some luck, we will open the bridge in the spring."),
    ]


def test_a_single_quote_after_a_colon_follows_a_scare_quote_in_its_paragraph() -> None:
    text = (
        "Jane Doe spoke to the crowd outside the town hall on Friday.\n\n"
        "She saw a mood in the ‘old quarter’, adding: ‘When the rents rise this fast, "
        "the families who built the place leave it.\n\n"
        "‘But we can act today, and the council’s plan says how.’"
    )
    assert found(text) == [
        ("Jane Doe", "When the rents rise this fast, the families who built the place leave it."),
        ("Jane Doe", "But we can act today, and the council’s plan says how."),
    ]


def test_an_unclosed_curly_mark_after_no_colon_opens_no_quote() -> None:
    # A curly mark typed for an elision ("the ‘90s") has no close: it opens nothing.
    text = "Jane Doe said the town has not grown so fast since the ‘90s and the mill years."
    assert found(text) == []


def test_an_unclosed_curly_mark_after_a_colon_before_a_number_opens_no_quote() -> None:
    text = "Jane Doe looked back at one decade: ‘90s Britain and its mill towns."
    assert found(text) == []


def test_a_title_in_title_case_after_a_comma_is_a_name_not_speech() -> None:
    text = (
        "Jane Doe spoke in the rain as a van nearby played the old party anthem, "
        "“Nothing Will Ever Stay The Same”."
    )
    assert found(text) == []


def test_a_sentence_in_sentence_case_after_a_comma_is_still_speech() -> None:
    text = "Jane Doe spoke in the rain, and then she said, “Nothing will ever stay the same.”"
    assert found(text) == [("Jane Doe", "Nothing will ever stay the same.")]


def test_a_single_word_in_capitals_in_marks_is_a_term_not_speech() -> None:
    text = (
        "Before the launch, mission commander Jane Doe was heard saying, “Let us go up.”\n\n"
        "The crew continued to climb past the cut-off of the main engine or “MECO”."
    )
    assert found(text) == [("Jane Doe", "Let us go up.")]


def test_a_single_word_in_capitals_with_its_own_stop_is_still_speech() -> None:
    text = "Jane Doe waved at the crowd and shouted: “GO!”"
    assert found(text) == [("Jane Doe", "GO!")]


def test_apostrophes_inside_a_quote_opened_after_a_colon_do_not_close_it() -> None:
    text = (
        "Jane Doe spoke to the crowd outside the town hall on Friday.\n\n"
        "Ms Doe added: ‘The council’s plan puts rock ’n’ roll back in the square, and the "
        "workers’ homes come first.\n\n"
        "‘We’ll see it done by the ’30s at the latest.’"
    )
    assert found(text) == [
        (
            "Jane Doe",
            "The council’s plan puts rock ’n’ roll back in the square, and the workers’ homes "
            "come first.",
        ),
        ("Jane Doe", "We’ll see it done by the ’30s at the latest."),
    ]


def test_a_scare_quote_ending_in_s_still_closes_before_a_word() -> None:
    # Not opened after a colon: the mark after "days" closes it, as before.
    text = "Jane Doe, the mayor, told the crowd the ‘good old days’ are gone for the town."
    spans = [text[begin:end] for begin, end in quoted_spans(text)]
    assert spans == ["good old days"]
    assert found(text) == []  # a scare quote, no speech


def test_an_opening_quote_with_a_possessive_closes_at_its_real_close() -> None:
    text = "Jane Doe said: ‘The workers’ pay rises in May,’ before she left the hall."
    assert found(text) == [("Jane Doe", "The workers’ pay rises in May")]


def test_a_colon_ending_its_paragraph_gives_the_quote_below_its_speaker() -> None:
    # Already read before issue 19's British quotes; must not change.
    text = (
        "Jane Doe spoke to the crowd outside the town hall on Friday.\n\n"
        "Ms Doe added:\n\n"
        "‘Three towns, working side by side once more.\n\n"
        "‘We will open the bridge in the spring.’"
    )
    assert found(text) == [
        ("Jane Doe", "Three towns, working side by side once more."),
        ("Jane Doe", "We will open the bridge in the spring."),
    ]
