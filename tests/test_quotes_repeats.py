"""Quotations whose speaker another part of the article gives: the same words quoted twice, a
role the article ties to a name elsewhere; and words that open a sentence but name no one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from generator.analysis.quotes import quotes
from generator.build import Project, build

# A lede quoting a few words with their speaker; the full quote further down stands alone,
# its speaker not named again, and runs on into a second paragraph.
LEDE = (
    'Mira Holt, a sprinter who never looks back: "Winning here was the plan all along".\n\n'
    "The final was run in record time on Saturday, and the crowd stayed long after it.\n\n"
    '"Winning here was the plan all along. I told my coach so in March.\n\n'
    'We trained every morning for it, and it paid off."'
)


def speakers(text: str) -> list[tuple[str | None, str]]:
    return [(quote.speaker, quote.text[:20]) for quote in quotes(text)]


def test_a_quote_without_a_speaker_takes_the_speaker_of_the_same_words_quoted_elsewhere() -> None:
    found = quotes(LEDE)
    assert [(q.speaker, q.how) for q in found] == [
        ("Mira Holt", "before"),
        ("Mira Holt", "repeated"),
        ("Mira Holt", "continued"),
    ]
    # Not a phrase of a few words anyone may use, nor words two speakers are quoted saying.
    few = LEDE.replace("Winning here was the plan all along", "Deeply disappointing")
    assert [q.speaker for q in quotes(few)][1:] == [None, None]
    two = 'Dana Pike said "winning here was the plan all along" too.\n\n' + LEDE
    assert [q.speaker for q in quotes(two)][2:] == [None, None]


def test_a_role_before_a_comma_and_a_name_is_the_names_description() -> None:
    text = (
        "The fine will be paid, according to the club's lawyer, Tomas Brenner.\n\n"
        '"We accept the ruling in full," Brenner said.'
    )
    (quote,) = quotes(text)
    assert quote.speaker == "Tomas Brenner"
    assert quote.speaker_description == "the club's lawyer"


def test_a_role_with_a_phrase_after_its_noun_is_the_one_person_given_that_role() -> None:
    text = (
        'The lawyer for the club said on Monday the ruling was "a fair end to a long case."\n\n'
        "The fine will be paid in full, according to the lawyer, Tomas Brenner."
    )
    assert speakers(text) == [("Tomas Brenner", "a fair end to a long")]


def test_an_adverb_opening_a_sentence_before_a_role_is_no_speaker() -> None:
    text = (
        "Jan Kowal spoke to reporters on Friday.\n\n"
        'Moreover, the premier insisted the figures had been "badly misreported".'
    )
    assert [quote.speaker for quote in quotes(text)] == ["Jan Kowal"]


def test_an_article_repeating_a_quotation_is_named_once_among_those_that_carry_it(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    article = (
        "---\ntitle: Bridge to reopen in May\nurl: https://www.harbourherald.example/bridge\n"
        "published: 2025-03-10\n---\n"
        '"We will reopen the bridge in May," Mayor Ana Ruiz said on Monday.\n\n'
        "The bridge has been closed since the storm damaged two of its cables in January.\n\n"
        'Engineers agreed with the plan. "We will reopen the bridge in May," Ruiz repeated.\n'
    )
    content = make_content({"bridge.md": article})
    build(Project(content, tmp_path / "site"))
    pages = [p.read_text("utf-8") for p in (tmp_path / "site").rglob("*.html")]
    carriers = [line for page in pages for line in page.splitlines() if 'class="carriers"' in line]
    assert carriers and all(line.count("<a ") == 1 for line in carriers)


def test_words_an_unnamed_spokesman_said_are_the_named_speaker_s_who_says_them_below() -> None:
    text = (
        '"The suspect was waiting for the officers to arrive," a police spokesman said.\n\n'
        "Three officers were hurt in the ambush on Tuesday.\n\n"
        '"What we know now is the suspect was waiting for the officers to arrive," Sgt. '
        "John Doe of the city police told reporters."
    )
    lede, named = quotes(text)
    assert named.speaker == "John Doe"
    assert lede.speaker == "John Doe"
    # Two named people said those words: the spokesman stays unnamed.
    twice = text + (
        '\n\n"The suspect was waiting for the officers to arrive," Chief Jane Roe said.'
    )
    assert quotes(twice)[0].speaker == "a police spokesman"
