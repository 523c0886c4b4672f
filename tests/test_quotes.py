"""Quotations and their speakers: who is credited, who is not, and that quotes stay verbatim.

How good the attribution is, is measured by eval/quotes.py; these tests pin the behaviour.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.analysis.clean import clean
from generator.analysis.quotes import Quote, quoted_spans, quotes
from generator.briefing.speakers import canonical_speakers
from tests.conftest import found, seed_files, seed_text

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


# Speakers found across sentences, by gender, role and apposition.


def test_according_to_opening_a_sentence_credits_its_source() -> None:
    text = 'According to the Herald, the minister received a "final warning" from party bosses.'
    assert found(text) == [("Herald", "final warning")]


def test_in_the_words_of_credits_the_speaker() -> None:
    text = 'The offer was, in the words of union leader Nora Quist, "an insult".'
    assert found(text) == [("Nora Quist", "an insult")]


def test_titles_of_both_genders_leave_the_gender_unknown() -> None:
    text = (
        "Spokesman Maria Lopez answers questions on Monday.\n\n"
        "Asked about the dispute, ministry spokeswoman Maria Lopez said the talks had failed.\n\n"
        '"The problem is not our position but theirs, and they know it," she said.'
    )
    assert found(text)[-1][0] == "Maria Lopez"


def test_she_is_the_one_woman_among_the_people_named_before() -> None:
    text = (
        "Mr Daniel Reed met Lucy Hart, the culture secretary, on Sunday.\n\n"
        'She later wrote: "We have agreed to review the whole process together."'
    )
    assert [s for s, _ in found(text)] == ["Lucy Hart"]


def test_she_passes_over_a_sentence_that_names_only_a_man() -> None:
    text = (
        "Nora Quist, the mayor, said the plan was dead. Her deputy, Mr Ivan Holt, agreed.\n\n"
        '"We will fight it all the way to the courts," she said.'
    )
    assert [s for s, _ in found(text)] == ["Nora Quist"]


def test_a_name_in_apposition_to_a_role_is_a_person_he_can_stand_for() -> None:
    text = (
        "The victims will be paid in full, according to the family's lawyer, Ben Okafor.\n\n"
        '"This is a turning point for all of us," he said in a statement.'
    )
    assert [s for s, _ in found(text)] == ["Ben Okafor"]


def test_an_age_after_a_name_shows_a_person() -> None:
    text = (
        "Nora Quist, 45, lost her son in the crash.\n\n"
        '"I think about him every single day," she told the radio station.'
    )
    assert [s for s, _ in found(text)] == ["Nora Quist"]


def test_a_title_given_later_shows_a_full_name_before_it_is_a_person() -> None:
    text = (
        'Fiona Grant has again hit out at two presenters who she accused of "sneering".\n\n'
        "Ms Grant told a radio station on Sunday that they had gone too far."
    )
    assert found(text) == [("Fiona Grant", "sneering")]


def test_a_verb_after_said_can_introduce_a_second_quote() -> None:
    text = (
        '"Today is a good day for the city," Mayor Ana Ruiz said in a statement, adding: '
        '"The work starts now."'
    )
    assert [s for s, _ in found(text)] == ["Ana Ruiz", "Ana Ruiz"]


def test_a_she_that_does_not_speak_carries_the_speaker_to_the_next_sentence() -> None:
    text = (
        "Rosa Mendes, who won the race, said she was exhausted.\n\n"
        "Mendes had feared that she would fade and that she would not finish.\n\n"
        '"I am so scared of the next race," she said on Monday.'
    )
    assert [s for s, _ in found(text)] == ["Rosa Mendes"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Dana Cole, the state's attorney general, made the stakes clear: "
            '"Abortion is now illegal here."',
            id="name-role-verb",
        ),
        pytest.param(
            'The state attorney general, Dana Cole, went further: "This is a day to rejoice."',
            id="role-name-verb",
        ),
        pytest.param(
            'Dana Cole, a champion who never stops dreaming: "It is a dream to hold this cup."',
            id="name-appositive",
        ),
        pytest.param('Dana Cole: "It is a dream to hold this cup."', id="name-alone"),
    ],
)
def test_the_subject_before_a_colon_speaks_the_quote_after_it(text: str) -> None:
    assert [s for s, _ in found(text)] == ["Dana Cole"]


@pytest.mark.parametrize(
    "text",
    [
        'Prime Minister Ana Ruiz hailed the "historic agreement" on Monday.',
        'Chancellor Ana Ruiz praised the team\'s "courage and discipline".',
        'Ana Ruiz slammed the ruling as "a disgrace".',
        '"We will fight on," Governor Ana Ruiz averred.',
        '"We will fight on," Governor Ana Ruiz continued.',
        'Governor Ana Ruiz also talked about the "billions" the state will invest.',
    ],
)
def test_more_verbs_of_speech_introduce_quotes(text: str) -> None:
    assert [s for s, _ in found(text)] == ["Ana Ruiz"]


def test_spoke_shows_who_speaks_for_the_she_after_it() -> None:
    text = (
        "Ana Ruiz spoke to reporters after meeting Lucy Hart, the party leader.\n\n"
        '"We have won a great victory for the whole country," she said.'
    )
    assert [s for s, _ in found(text)] == ["Ana Ruiz"]


def test_a_phrase_holding_a_pronoun_is_a_clause_not_a_speaker() -> None:
    text = (
        'Culture Secretary Lucy Hart called the claims "deeply concerning". Her comments '
        "come after she urgently spoke to Mr Tom Reid on Sunday.\n\n"
        'She added: "I will be kept updated on the investigation."'
    )
    assert found(text)[-1][0] == "Lucy Hart"


def test_a_dateline_before_a_role_is_no_part_of_it() -> None:
    text = 'updated 2021-04-20 A senior official said the talks were "over for now".'
    assert found(text) == [("A senior official", "over for now")]


def test_a_headline_role_without_the_is_a_definite_role() -> None:
    text = (
        "Transport secretary says the line will open next year.\n\n"
        "Tom Reid has confirmed the rail line will open in May.\n\n"
        'Speaking on Sunday, the transport secretary said the plan was "on track".'
    )
    assert found(text) == [("Tom Reid", "on track")]


def test_former_opens_a_description_of_the_name_after_it() -> None:
    text = (
        "Former prime minister Alan Price visited the school, "
        'calling it "a model for the whole country".'
    )
    assert found(text) == [("Alan Price", "a model for the whole country")]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        pytest.param(
            'Rita Holm added the "only way" the country could avoid a crisis was a new vote.',
            "only way",
            id="before-a-determiner",
        ),
        pytest.param(
            'Rita Holm, who once called her rival a "spoiled brat," called the plan a sham.',
            "spoiled brat",
            id="ending-in-a-comma",
        ),
    ],
)
def test_a_short_quote_before_a_word_is_speech_when_it_modifies_nothing(
    text: str, quote: str
) -> None:
    assert found(text) == [("Rita Holm", quote)]


def test_the_subject_of_a_clause_after_a_conjunction_speaks() -> None:
    text = 'It came after billionaire investor Omar Haddad said he would vote "no" on the offer.'
    assert found(text) == [("Omar Haddad", "no")]


def test_an_excerpt_cut_after_a_whole_sentence_keeps_the_speaker_before_it() -> None:
    text = (
        "Kofi Mensah, deputy campaign manager, told reporters the chairman should resign.\n\n"
        '"The chairman has failed the voters. He should step aside and allow a fresh count to'
    )
    assert [s for s, _ in found(text)] == ["Kofi Mensah"]


def test_an_excerpt_cut_inside_its_first_sentence_leaves_the_speaker_unclear() -> None:
    text = (
        "Kofi Mensah, deputy campaign manager, told reporters the chairman should resign.\n\n"
        '"Now from the point of view of the voters, as well as keeping the count open, the'
    )
    assert [s for s, _ in found(text)] == [None]


def test_a_quoted_question_is_credited_to_the_asker_after_it() -> None:
    assert found('"Is it over?" Ana Ruiz asked the crowd.') == [("Ana Ruiz", "Is it over?")]


def test_the_one_told_is_not_the_speaker() -> None:
    text = '"We will fight it," Jane Roe, the mayor of Springfield, told The Associated Press.'
    assert [s for s, _ in found(text)] == ["Jane Roe"]


def test_two_people_joined_by_and_speak_together() -> None:
    text = 'Jane Roe and John Doe said the plan was "a disgrace".'
    assert found(text) == [("Jane Roe and John Doe", "a disgrace")]


def test_a_title_holding_and_is_no_pair_of_people() -> None:
    text = 'Culture, Media and Sport Secretary Jane Roe said the plan was "a disgrace".'
    assert found(text) == [("Jane Roe", "a disgrace")]


def test_and_inside_a_committees_name_does_not_end_its_name() -> None:
    text = (
        "Ms Nina Ford said the memo was serious.\n\n"
        "The Culture, Media and Sport Committee demanded answers and asked for a reply.\n\n"
        'He said the report was "a disgrace" and had to be withdrawn.'
    )
    assert "Media" not in [s for s, _ in found(text)]


def test_a_party_in_brackets_after_a_name_is_no_part_of_the_subject() -> None:
    assert found('Jane Roe (Labour) said: "We will fight it."') == [
        ("Jane Roe", "We will fight it.")
    ]


def test_a_dash_line_under_a_bare_quote_credits_it() -> None:
    text = '"It is time to show us the details, Tom."\n\n- Jane Roe demands answers from her rival.'
    assert found(text) == [("Jane Roe", "It is time to show us the details, Tom.")]


def test_a_dash_line_whose_name_qualifies_a_noun_credits_no_one() -> None:
    text = '"I am no expert in languages, I admit."\n\n- Launching candidate Mary Lee\'s campaign.'
    assert [s for s, _ in found(text)] == [None]


def test_a_speaker_quoting_themselves_is_the_speaker_of_the_inner_quote() -> None:
    text = "\"I said, 'What on earth is going on?' My truck was wrecked,\" said Tom Reid."
    assert found(text) == [
        ("Tom Reid", "I said, 'What on earth is going on?' My truck was wrecked"),
        ("Tom Reid", "What on earth is going on?"),
    ]


def test_a_headings_capitals_make_no_names() -> None:
    text = (
        "## Tan Wei-ming Visit 2026: What To Expect\n\n"
        'In an interview, President Tan described the deal as an "unavoidable reality".'
    )
    assert found(text) == [("Tan", "unavoidable reality")]


def test_a_phrase_after_the_subject_and_before_the_verb_is_passed_over() -> None:
    text = 'The governor, Jane Roe, in her speech said: "We will not accept this outcome."'
    assert [s for s, _ in found(text)] == ["Jane Roe"]


def test_a_statement_from_an_organisation_is_the_organisations() -> None:
    text = '"We need the pandering to stop," a statement from the Police Officers Federation said.'
    assert [s for s, _ in found(text)] == ["Police Officers Federation"]


def test_according_to_him_stands_for_the_man_before() -> None:
    text = (
        "Ambassador Pavel Orlov spoke after the vote.\n\n"
        'According to him, the draft "was written to change the government".'
    )
    assert found(text) == [("Pavel Orlov", "was written to change the government")]


def test_a_participle_of_praise_shows_who_speaks_for_the_quote_after_it() -> None:
    text = (
        "Coach Ian Bell said the win was deserved.\n\n"
        "He could not stop praising his players, who showed real heart.\n\n"
        '"The amount of skill they have makes my job easy, and they care for each other."'
    )
    assert [s for s, _ in found(text)] == ["Ian Bell"]


def test_a_title_word_does_not_end_the_subject_before_it() -> None:
    text = (
        "Foreign ministry spokeswoman Lin Wei responded to a question, "
        'saying the visit was "a provocation".'
    )
    assert found(text) == [("Lin Wei", "a provocation")]


def test_people_speaking_together_are_never_joined_to_one_of_them() -> None:
    names = canonical_speakers(
        {"a": [quote_by("Jane Roe and John Doe")], "b": [quote_by("Jane Roe")]}
    )
    assert names["b", "Jane Roe"] == "Jane Roe"
    assert names["a", "Jane Roe and John Doe"] == "Jane Roe and John Doe"
