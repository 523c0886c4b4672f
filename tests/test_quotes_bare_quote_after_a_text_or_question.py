"""A bare quotation after a sentence opening with the one person who spoke just before goes on
with their words, unless that sentence brings in a text (a letter read out, a banner), another
voice (what a coach used to say) or a question put to them: then whose words they are is
unclear, and the quotation is left without a speaker rather than given to the wrong one."""

from __future__ import annotations

import pytest

from generator.analysis.quotes import quotes


def _speaker(text: str, words: str) -> str | None:
    found = [quote for quote in quotes(text) if words in quote.text]
    assert found, f"no quotation holding {words!r}"
    return found[0].speaker


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Mayor Ann Poe said the plan would work.\n\n"
            "She read out a letter a resident had sent to the council.\n\n"
            "“Nobody asked us before the ferry was cut.”",
            "Nobody asked",
        ),
        (
            "Coach Tia Moana said the team lacked pace.\n\n"
            "She pointed to a banner the fans had hung behind the goal.\n\n"
            "“Never give up on this club.”",
            "Never give up",
        ),
        (
            "Coach Tia Moana said the team lacked pace.\n\n“We were not fit enough.”\n\n"
            "She was asked about captain Ruth Kane's injury.\n\n"
            "“Ruth will be back next month.”",
            "Ruth will be back",
        ),
        (
            "Coach Tia Moana said the team lacked pace.\n\n“We were not fit enough.”\n\n"
            "She recalled what her first coach used to tell her.\n\n"
            "“Run until your legs give out.”",
            "Run until",
        ),
        (
            "Principal Omar Tekle said the school would stay open.\n\n"
            "He held up a handwritten note from a pupil.\n\n"
            "“Please keep our library.”",
            "Please keep",
        ),
    ],
)
def test_a_bare_quote_after_a_text_or_a_question_has_no_speaker(text: str, words: str) -> None:
    assert _speaker(text, words) is None


def test_a_bare_quote_after_the_speakers_own_action_keeps_the_speaker() -> None:
    text = (
        "Mayor Ann Poe said the plan would work.\n\n"
        "She thanked the residents who came to the meeting.\n\n"
        "“We will rebuild the pier by spring.”"
    )
    assert _speaker(text, "rebuild the pier") == "Ann Poe"


def test_a_conference_named_by_a_word_like_post_keeps_the_speaker() -> None:
    # "post" here describes the conference; it is no text the coach reads out.
    text = (
        "Coach Tia Moana said the team lacked pace.\n\n"
        "She stayed at the post match press conference for an hour.\n\n"
        "“We will train twice a day this week.”"
    )
    assert _speaker(text, "train twice") == "Tia Moana"
