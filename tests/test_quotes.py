"""Quotations and their speakers: who is credited, who is not, and that quotes stay verbatim.

How good the attribution is, is measured by eval/quotes.py; these tests pin the behaviour.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.analysis.clean import clean
from generator.analysis.quotes import Quote, quoted_spans, quotes
from generator.briefing.speakers import canonical_speakers
from tests.conftest import seed_files, seed_text

STORIES = Path(__file__).parent / "fixtures" / "quotes"

# Each fixture's quotations, as (speaker, how the quote begins), in order.
EXPECTED = {
    "quote_continued_over_paragraphs": [
        ("Ana Reyes", "We have cut the deficit"),
        ("Ana Reyes", "Nobody expected that."),
        ("Ana Reyes", "The hard part is behind us"),
        ("Ana Reyes", "I am proud of this government."),
    ],
    "quote_continued_without_marks": [
        ("Marta Silva", "Honestly, this is the best day"),
        ("Marta Silva", "We worked for months"),
        ("Marta Silva", "I want to thank the fans"),
    ],
    "pronoun_one_antecedent": [
        ("Raila Odinga", "There is no other way"),
        ("Raila Odinga", "I am very confident"),
    ],
    "pronoun_two_antecedents": [(None, "We agreed on everything")],
    "role_in_previous_sentence": [("Hana Kim", "This is the most serious crisis")],
    "bare_quote_paragraph_follows": [
        ("Sergei Lavrov", "There are no secret talks"),
        ("Sergei Lavrov", "Attempts to declare"),
    ],
    # The question is not the answerer's; "she" is the one person the sentence before shows
    # speaking ("Ms Jonsson denies"), though it names Piers Morgan too.
    "question_and_answer": [
        (None, "Did you or did you not meet him"),
        ("Jonsson", "I did not meet him that night"),
    ],
    "scare_quotes_and_titles": [],
    "statement_and_it_said": [
        (None, "We do not consider this"),
        (None, "We will not accept"),
    ],
}


def found(text: str) -> list[tuple[str | None, str]]:
    return [(quote.speaker, quote.text) for quote in quotes(text)]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_quotes_have_the_expected_speakers(name: str) -> None:
    text = (STORIES / f"{name}.md").read_text(encoding="utf-8")
    got = found(text)
    assert len(got) == len(EXPECTED[name]), got
    for (speaker, text_found), (expected_speaker, start) in zip(got, EXPECTED[name], strict=True):
        assert speaker == expected_speaker, (text_found, speaker)
        assert text_found.startswith(start)


def test_every_fixture_is_checked() -> None:
    assert {path.stem for path in STORIES.glob("*.md")} == set(EXPECTED)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param('"We will win the vote," said Jane Smith.', "Jane Smith", id="said-x"),
        pytest.param('"We will win the vote," Jane Smith said.', "Jane Smith", id="x-said"),
        pytest.param('Jane Smith said: "We will win the vote."', "Jane Smith", id="x-said-colon"),
        pytest.param(
            "“We will win the vote,” Jane Smith told reporters.", "Jane Smith", id="told-reporters"
        ),
        pytest.param(
            'Interior minister Jane Smith called the plan "a reckless gamble" on Monday.',
            "Jane Smith",
            id="partial-quote-after-verb",
        ),
        pytest.param(
            'The rebels are "losing ground", according to Jane Smith, a defence analyst.',
            "Jane Smith",
            id="according-to",
        ),
        pytest.param(
            "Jane Smith, who leads the union, said: ‘We will strike on Monday.’",
            "Jane Smith",
            id="british-single-quotes",
        ),
    ],
)
def test_a_quote_with_an_attribution_is_credited_to_its_speaker(text: str, speaker: str) -> None:
    assert [s for s, _ in found(text)] == [speaker]


def test_a_quote_with_said_after_it_keeps_the_speakers_description() -> None:
    (quote,) = quotes(
        '"We were very surprised," said Pierre Heidmann, a physicist who led the study.'
    )
    assert quote.speaker == "Pierre Heidmann"
    assert quote.speaker_description == "a physicist who led the study"
    assert quote.how == "after"


def test_a_speaker_is_named_in_the_fullest_form_the_article_gives() -> None:
    text = (
        "President Lee Jae-myung arrived in Beijing on Sunday.\n\n"
        '"China is a very important partner," Lee said.'
    )
    (quote,) = quotes(text)
    assert quote.speaker == "Lee Jae-myung"
    assert quote.speaker_description == "President"


def test_a_family_name_two_people_share_leaves_the_speaker_unclear() -> None:
    text = (
        "Lee Jae-myung met Lee Hae-chan in Seoul on Sunday.\n\n"
        '"China is a very important partner," Lee said.'
    )
    assert [s for s, _ in found(text)] == [None]


def test_a_role_without_a_name_is_the_speaker_and_its_description() -> None:
    (quote,) = quotes('"The talks are over," a top presidential adviser told reporters.')
    assert quote.speaker == "a top presidential adviser"
    assert quote.speaker_description == "a top presidential adviser"


def test_a_place_standing_for_a_government_is_not_a_speaker() -> None:
    assert [s for s, _ in found('"The talks are over," Tokyo said on Monday.')] == [None]


def test_a_quote_answering_a_question_is_not_credited_to_the_asker() -> None:
    text = 'Asked about the charge of "state terror", Jane Smith said the army had acted lawfully.'
    assert all(text_found != "state terror" for _, text_found in found(text))


def test_an_unattributed_sentence_of_speech_is_kept_without_a_speaker() -> None:
    text = 'The hall fell silent.\n\n"We will never give up this fight, whatever it costs us."'
    assert found(text) == [(None, "We will never give up this fight, whatever it costs us.")]


def test_a_short_unattributed_phrase_is_not_a_quote() -> None:
    assert found('The "reforms" were announced in March.') == []


def assert_verbatim(text: str, found_quotes: tuple[Quote, ...]) -> None:
    for quote in found_quotes:
        assert text[quote.start : quote.start + len(quote.text)] == quote.text
        assert quote.paragraph == text[: quote.start].count("\n\n")


@pytest.mark.parametrize("path", sorted(STORIES.glob("*.md")), ids=lambda path: path.stem)
def test_every_quote_is_an_exact_substring_at_its_place(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert_verbatim(text, quotes(text))


@pytest.mark.parametrize("path", seed_files(), ids=lambda path: path.name)
def test_quotes_of_the_seed_articles_are_exact_substrings(path: Path) -> None:
    text = clean(seed_text(path.name)).text
    assert_verbatim(text, quotes(text))


def test_quoted_spans_give_the_places_inside_the_marks() -> None:
    text = 'He said "yes" and then “no, never”.\n\nShe said ‘maybe’.'
    assert [text[start:end] for start, end in quoted_spans(text)] == ["yes", "no, never", "maybe"]


def test_an_apostrophe_is_not_a_single_quote() -> None:
    assert quoted_spans("The minister's plan and the players' union don't agree.") == ()


def quote_by(speaker: str) -> Quote:
    return Quote("We will talk.", speaker, "", 0, 0, "after")


def test_spellings_of_one_name_across_the_briefing_become_one() -> None:
    names = canonical_speakers(
        {
            "a": [quote_by("Lee Jae-myung"), quote_by("Lee Jae-myung")],
            "b": [quote_by("Lee Jae Myung")],
            "c": [quote_by("President Lee")],
            "d": [quote_by("Lee")],
        }
    )
    assert set(names.values()) == {"Lee Jae-myung"}


def test_a_family_name_two_people_of_the_briefing_share_is_left_as_written() -> None:
    names = canonical_speakers(
        {
            "a": [quote_by("Lee Jae-myung")],
            "b": [quote_by("Lee Hae-chan")],
            "c": [quote_by("Lee")],
            "d": [quote_by("Lee Hae-chan"), quote_by("Lee")],
        }
    )
    assert names["c", "Lee"] == "Lee"
    assert names["d", "Lee"] == "Lee Hae-chan"  # the one Lee its own article names


def test_roles_are_never_joined_to_names() -> None:
    names = canonical_speakers({"a": [quote_by("a senior official")], "b": [quote_by("Official")]})
    assert names["a", "a senior official"] == "a senior official"


def test_a_short_form_said_to_speak_shows_the_full_name_is_a_person() -> None:
    text = (
        "Supporters cheered Nassir El-Rufai in Kaduna on Tuesday.\n\n"
        '"We were robbed," El-Rufai told reporters. The count was slow, officials said.\n\n'
        'El-Rufai presented a tally sheet. He said: "It shows how the votes were changed."'
    )
    assert [s for s, _ in found(text)] == ["Nassir El-Rufai", "Nassir El-Rufai"]


def test_a_family_name_two_people_share_still_leaves_he_unclear() -> None:
    text = (
        "Lee Jae-myung met Lee Hae-chan in Seoul.\n\n"
        '"We agreed," Lee told reporters. The talks were long, officials said.\n\n'
        'Lee presented a plan. He said: "It shows how the vote was won."'
    )
    assert [s for s, _ in found(text)] == [None]


COURT = "Justice Neil Gorsuch and Justice Sonia Sotomayor questioned the lawyers.\n\n"
WARNING = '\n\n"I think you should be more careful with your words," the justice said.'


def test_a_role_is_the_one_person_the_sentence_before_names_with_it() -> None:
    text = (
        COURT + "As lawyer Lisa Blatt tried to elaborate, Gorsuch cut in with a warning." + WARNING
    )
    assert [s for s, _ in found(text)] == ["Neil Gorsuch"]


def test_a_role_two_people_named_before_share_leaves_the_speaker_unclear() -> None:
    before = "As lawyer Lisa Blatt tried to elaborate, Gorsuch and Sotomayor cut in with a warning."
    assert [s for s, _ in found(COURT + before + WARNING)] == [None]


PAINFUL = (
    " Mr Rashid Pelpuo, the Deputy Majority Leader, took questions from Mr Doe Adjaho.\n\n"
    'The Minority Leader said "it is very painful that all the African teams were ousted."'
)


def test_a_role_opening_the_sentence_before_a_name_is_its_description() -> None:
    text = "Minority Leader in Parliament, Mr Osei Bonsu, spoke on Monday." + PAINFUL
    assert [s for s, _ in found(text)] == ["Osei Bonsu"]


def test_a_place_opening_the_sentence_before_a_name_is_no_role() -> None:
    assert found("Speaking in Accra, Mr Osei Bonsu spoke on Monday." + PAINFUL) == []


def test_said_after_earlier_is_a_verb() -> None:
    text = 'Donald Trump, during a visit to Doha, earlier said the talks were going "very well".'
    assert found(text) == [("Donald Trump", "very well")]


def test_comments_after_earlier_are_a_noun() -> None:
    text = 'Jane Smith stood by her earlier comments that the plan was "a reckless gamble".'
    assert all(speaker is None for speaker, _ in found(text))


def test_a_name_in_apposition_to_the_role_after_a_quote_is_the_speaker() -> None:
    text = (
        'The state\'s attorney general, Jane Roe, said, "The law stands."\n\n'
        '"None of us thought this day would come," said the Ohio attorney general, Ann Lee.'
    )
    assert [s for s, _ in found(text)] == ["Jane Roe", "Ann Lee"]


def test_a_pronoun_stands_for_the_one_person_its_own_sentence_names_before_it() -> None:
    text = (
        'Ms Park said she was "deeply saddened" by the news.\n\n'
        'Prime Minister John Smith ordered flags lowered, and he said "we have lost a friend".'
    )
    assert [s for s, _ in found(text)] == ["Park", "John Smith"]


def test_a_pronoun_its_sentence_and_the_one_before_read_two_ways_is_unclear() -> None:
    text = (
        'Mr Park said he was "deeply saddened" by the news.\n\n'
        'Mr Kim ordered flags lowered, and then he said: "We have lost a friend and a partner."'
    )
    assert [s for s, _ in found(text)] == ["Park", None]


def test_a_group_named_by_a_plural_role_is_not_taken_for_a_name() -> None:
    text = 'Top Iranian diplomats reacted to the vote, saying it was a "no to unilateralism".'
    assert "Top Iranian" not in [s for s, _ in found(text)]


def test_the_fullest_name_may_come_after_the_last_quote() -> None:
    text = (
        '"We will win this vote," Smith told reporters on Monday.\n\n'
        "The vote is on Friday. John Smith, the party leader, has led it since 2019."
    )
    (quote,) = quotes(text)
    assert quote.speaker == "John Smith"
    assert quote.speaker_description == "the party leader"


def test_an_article_whose_only_marks_are_apostrophes_has_no_quotes() -> None:
    assert quotes("Ms Reyes’ plan is the players' choice, and it's the '90s again.") == ()


def test_an_organisation_named_by_its_role_is_not_taken_for_the_person_before() -> None:
    text = (
        "Governor Tim Walz said the verdict was a step forward.\n\n"
        "The city's police union said they “want to reach out to the community.”"
    )
    assert ("Tim Walz", "want to reach out to the community.") not in found(text)
    # A person named by a description still stands for the one person before.
    person = "Carlos Alcaraz said he was tired.\n\n“It is a dream,” the Spaniard said."
    assert found(person) == [("Carlos Alcaraz", "It is a dream")]


def test_a_members_title_before_the_name_is_the_description() -> None:
    text = (
        "Labour MP Jane Doe told Sky News there were “about 40” such members.\n\n"
        "But she said the plan had “virtually no chance” of passing.\n\n"
        "“I would vote for a deal, but this is not a deal,” the Wigan MP said."
    )
    assert [(q.speaker, q.speaker_description) for q in quotes(text)] == [
        ("Jane Doe", "Labour MP")
    ] * 3
