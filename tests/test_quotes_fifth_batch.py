"""Shapes of text that used to give a quote a wrong speaker, found in the fifth batch of
labelled articles (eval/quotes/, q158-q177); each now gives none, where two readings fit.

How often the shapes occur and what abstaining costs is measured by eval/quotes.py.
"""

from __future__ import annotations

from generator.analysis.quotes import quotes


def found(text: str) -> list[tuple[str | None, str]]:
    return [(quote.speaker, quote.text) for quote in quotes(text)]


def speaker_of(text: str, words: str) -> str | None:
    return next(speaker for speaker, quoted in found(text) if quoted.startswith(words))


def test_an_epithet_after_someone_its_own_sentence_mentions_is_unclear() -> None:
    # "the man" may be the defendant the sentence has just named, not the counsel who spoke.
    text = (
        "Under cross-examination from the defence counsel, Hugh Harnett SC, it was put to the "
        "garda that a recording device was switched off.\n\n"
        'Mr Harnett has said that in the interview that followed, his client "out of the blue" '
        "admitted to the act having denied it before.\n\n"
        "Later in this interview, gardaí asked the defendant why he had lied earlier about "
        "“getting a lift” and the man said “I honestly could not remember”."
    )
    assert speaker_of(text, "out of the blue") == "Harnett"
    assert [quoted for _, quoted in found(text)] == ["out of the blue"]  # the rest unclear


def test_an_epithet_after_an_opening_phrase_about_itself_is_still_read() -> None:
    # The names in "Speaking to X," are whom the subject spoke to, not other readings of it.
    text = (
        'Rafael Nadal said: "I am very happy to be back on this court."\n\n'
        'Speaking to John Smith on Sunday, the Spaniard said "it was hard work".'
    )
    assert [speaker for speaker, _ in found(text)] == ["Rafael Nadal", "Rafael Nadal"]


def test_a_quote_broken_mid_sentence_by_a_line_does_not_follow_the_speaker_before() -> None:
    # A wrapped line made a paragraph: its attribution comes with the rest of the sentence.
    text = (
        "The board named Jane Doe chairman. John Roe, who announced his plan to retire, "
        "will leave in May.\n\n"
        "“It is an honor to have the opportunity to build on the strong\n\n"
        "foundation established by John Roe,” said Doe."
    )
    assert speaker_of(text, "It is an honor") is None


def test_a_phrase_quoted_inside_a_denial_is_not_the_deniers() -> None:
    # The witness denied the word; it was put to him by someone else.
    text = (
        "A garda witness has denied that investigators were “ballyragging” a suspect "
        "held for questioning."
    )
    assert found(text) == []


def test_a_full_quote_after_a_denial_is_still_the_deniers() -> None:
    text = 'Jane Doe denied the claims. She denied it: "I never said that about anyone."'
    assert [speaker for speaker, _ in found(text)] == ["Jane Doe"]
