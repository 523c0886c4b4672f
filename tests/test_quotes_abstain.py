"""Quotes whose speaker the text leaves unclear get none: a wrong speaker is worse than none.

Each test is one shape of text where a guess used to be made; how often the shapes occur and
what abstaining costs is measured by eval/quotes.py.
"""

from __future__ import annotations

import re

from generator.analysis.quotes.marks import may_quote
from tests.conftest import found


def test_a_role_the_article_gives_two_people_is_neither_of_them() -> None:
    text = (
        "Prime Minister Shahid Abbasi met former prime minister Nawaz Sharif on Monday.\n\n"
        "Hamid Mir asked about the meeting.\n\n"
        'The prime minister called the reports "based on misreporting".'
    )
    assert found(text) == []  # a phrase, kept only with its speaker


def test_a_phrase_with_a_complement_is_no_epithet_for_the_last_speaker() -> None:
    text = (
        'Jane Doe said: "We are ready for the vote."\n\n'
        'The date of the vote was "still to be agreed", she said.'
    )
    assert [speaker for speaker, _ in found(text)] == ["Jane Doe", "Jane Doe"]
    text = (
        'Jane Doe said: "We are ready for the vote and the count after it."\n\n'
        'The date of his inauguration confirmed "a new era for the party".'
    )
    assert [speaker for speaker, _ in found(text)] == ["Jane Doe"]


def test_an_epithet_stands_for_someone_shown_speaking_not_someone_only_named() -> None:
    speaking = (
        "Carlos Alcaraz spoke after the final on Sunday.\n\n"
        '"It was the best day of my life," the Spaniard said.'
    )
    assert found(speaking) == [("Carlos Alcaraz", "It was the best day of my life")]
    # The Spaniard may be the man he beat, or another named two sentences before.
    named = (
        "Carlos Alcaraz, 21, lifted the trophy on Sunday.\n\n"
        '"It was the best day of my life," the Spaniard said.'
    )
    assert found(named) == [(None, "It was the best day of my life")]


def test_a_nearer_speaker_the_text_does_not_name_clearly_makes_the_quote_unclear() -> None:
    text = (
        "A government minister has said the broadcaster's director-general has assured her "
        'the corporation is "investigating swiftly and sensitively" into the allegations.'
    )
    assert found(text) == []  # a phrase, kept only with its speaker
    text = (
        "The premier said on Monday that council members had in fact condemned "
        '"misreporting by the newspaper" and not the interview itself.'
    )
    assert found(text) == []


def test_a_verb_joined_to_the_speakers_own_keeps_the_speaker() -> None:
    text = (
        'Andrew Smith described the budget as "good for the country" and predicted it would '
        'see the country through "difficult world conditions".'
    )
    assert [speaker for speaker, _ in found(text)] == ["Andrew Smith", "Andrew Smith"]
    text = 'Mr Johnson said the tax was "too high", which Mr Johnson said were "a mistake".'
    assert [speaker for speaker, _ in found(text)] == ["Johnson", "Johnson"]


def test_the_agent_of_a_passive_speech_verb_is_the_speaker() -> None:
    text = (
        "John Smith, the mayor, spoke on Monday.\n\n"
        'The plan, described by Jane Doe as "reckless and cruel", will go ahead.'
    )
    assert found(text) == [("Jane Doe", "reckless and cruel")]


def test_a_clause_closing_the_sentence_gives_no_speaker_when_another_is_named_before() -> None:
    text = 'Jane Doe met the workers, offering "a new deal" on Monday, John Smith said.'
    assert found(text) == []  # Jane Doe's words, or John Smith's


def test_a_clause_closing_the_sentence_must_name_its_speaker() -> None:
    text = (
        "John Smith, the mayor, spoke on Monday. "
        'The budget was "a disaster" for the city, he told reporters.'
    )
    assert found(text) == []
    text = 'The budget was "a disaster" for the city, John Smith told reporters.'
    assert found(text) == [("John Smith", "a disaster")]


def test_he_is_not_someone_only_named_when_another_man_just_spoke() -> None:
    text = (
        '"We will win this election," Mayor John Smith said on Monday.\n\n'
        "Polls have shown Peter Doe, 45, ahead since March.\n\n"
        '"The polls are wrong," he said.'
    )
    assert [speaker for speaker, _ in found(text)] == ["John Smith", None]
    alone = 'Polls have shown Peter Doe, 45, ahead since March.\n\n"The polls are wrong," he said.'
    assert [speaker for speaker, _ in found(alone)] == ["Peter Doe"]


def test_a_double_mark_typed_for_an_apostrophe_does_not_end_the_quote() -> None:
    text = (
        "Aida Turturro said: “I”ve not only lost a great friend, but a true brother. I love him.”"
    )
    assert found(text) == [
        ("Aida Turturro", "I”ve not only lost a great friend, but a true brother. I love him.")
    ]


# The regex may_quote stands in for: any opening mark, or a straight single mark that opens.
_MAY_QUOTE = re.compile(r"``|[“„\"‘]|(?:^|[\s(\[—–])'\w", re.MULTILINE)


def test_the_quick_check_for_quote_marks_agrees_with_its_regex() -> None:
    texts = [
        "",
        "No marks at all.",
        "It's John's day and the players' union.",
        "He said 'yes' to it.",
        "'Tis the season.",
        "(\u2018quoted\u2019)",
        "A line\n'opening a quote",
        "—'dash",
        "`` TeX quote ''",
        "a „low“ mark",
        "x '",
        "'",
        "tab\t'x",
        "apostrophe'x",
    ]
    for text in texts:
        assert may_quote(text) == bool(_MAY_QUOTE.search(text)), text


# -- Seen in later batches of the labelled articles (eval/quotes/, q116-q177) --------------
def test_a_lone_capital_letter_is_no_speaker() -> None:
    text = (
        "Ever since an outbreak of hepatitis B claimed six lives at a care home a year ago, "
        "Health Director James Roe has pressed for better reporting.\n\n"
        "He says the problem is wider.\n\n"
        '"We did not find out about that outbreak until the second person had died," he said.'
    )
    assert [speaker for speaker, _ in found(text)] == ["James Roe"]


def test_he_does_not_reach_past_a_sentence_whose_speaker_was_not_read_as_a_person() -> None:
    # An agency spoke just before, and a man of it may be meant: the coroner who spoke before
    # it is no safer a guess for "he".
    text = (
        'Coroner Kerry Rooks said: "He was a very good person."\n\n'
        "The GBI, a state agency in Perry, said the sheriff's office called it at "
        '6 p.m. He said deputies were answering "a dispute between neighbours."'
    )
    # ("Coroner" is a title, no part of her name.)
    assert found(text) == [("Kerry Rooks", "He was a very good person.")]


def test_quotes_given_as_examples_of_what_was_said_are_not_the_reporters_words() -> None:
    text = (
        "Jane Doe agreed to a short question session, which she said went badly.\n\n"
        'People started making statements like "no one supports the new road" and '
        '"no one supports the cycle lanes", Doe claimed.'
    )
    assert found(text) == []  # phrases, kept only with their speaker


def test_a_quote_the_closing_clause_says_is_still_its_speakers() -> None:
    text = (
        "Jane Doe agreed to a short question session.\n\n"
        '"No one supports the new road and no one will," Doe claimed.'
    )
    assert [speaker for speaker, _ in found(text)] == ["Jane Doe"]


def test_an_office_after_and_is_the_same_persons_second_one_not_a_couple() -> None:
    text = (
        "Acme Aircraft President and CEO Scott Carson says airlines are retiring old jets.\n\n"
        '"We are not seeing an impact this year on our deliveries," Carson told the conference.'
    )
    assert [speaker for speaker, _ in found(text)] == ["Scott Carson"]


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
    # A wrapped line made a paragraph: its attribution comes with the rest of the sentence,
    # whose speaker it takes (quotes.article._run_back), not the one named before it.
    text = (
        "The board named Jane Doe chairman. John Roe, who announced his plan to retire, "
        "will leave in May.\n\n"
        "“It is an honor to have the opportunity to build on the strong\n\n"
        "foundation established by John Roe,” said Doe."
    )
    assert speaker_of(text, "It is an honor") == "Jane Doe"


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


def test_a_sentence_after_a_quote_that_ends_its_own_is_no_attribution() -> None:
    text = (
        "Prime Minister Jane Roe met President John Doe in the capital on Thursday.\n\n"
        'The president hoped the talks would promote "the steady growth of trade."The prime '
        'minister recalled that investment had been so small that a "magnifying glass" was '
        "needed to find it."
    )
    assert [speaker for speaker, words in found(text) if words.startswith("the steady")] != [
        "Jane Roe"
    ]
    text = 'Jane Roe spoke on Thursday.\n\n"We will win," Roe said.'
    assert found(text) == [("Jane Roe", "We will win")]
