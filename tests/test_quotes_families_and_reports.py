"""Speakers written as no one person, and words reported at one remove: a family named in
full speaks as that phrase, and "his family" as the one family named before; a closing clause
whose subject is a group or an unnamed speaker ("officials said") gives a phrase quoted before
it that speaker; "X quoted Y as saying" gives Y's words; "he further stated" is a speech verb,
so a "he" after it keeps to its speaker."""

from __future__ import annotations

from generator.analysis.quotes import quotes


def test_a_family_named_in_full_speaks_and_his_family_is_that_family() -> None:
    text = (
        "The family of retired harbour pilot Tomas Velkan say they are “shattered” by his "
        "death.\n\n"
        "The 58-year-old fell from a jetty near the ferry terminal on Friday.\n\n"
        "In a statement, his family said: “Tomas was the heart of every gathering, and we ask "
        "for time to grieve together.”"
    )
    shattered, heart = quotes(text)
    assert shattered.speaker == "The family of retired harbour pilot Tomas Velkan"
    assert heart.speaker == shattered.speaker


def test_a_possessive_family_and_a_surname_family_speak_as_written() -> None:
    text = (
        "Rosa Ilvane's family said she had been “a fearless swimmer all her life.”\n\n"
        "Later the Marrow family said: “We are grateful to the lifeboat crews.”"
    )
    fearless, grateful = quotes(text)
    assert fearless.speaker == "Rosa Ilvane's family"
    assert grateful.speaker == "the Marrow family"


def test_his_family_is_no_one_when_two_families_were_named() -> None:
    text = (
        "Anton Ferrel's family and the Osk family met the coroner on Tuesday.\n\n"
        "Afterwards, his family said: “We still have many questions about that night.”"
    )
    (questions,) = quotes(text)
    assert questions.speaker is None


def test_his_family_is_no_one_when_no_family_was_named() -> None:
    text = (
        "Anton Ferrel, 71, died at home on Tuesday.\n\n"
        "His family said: “He loved the valley and everyone in it.”"
    )
    (valley,) = quotes(text)
    assert valley.speaker is None


def test_a_closing_clause_of_officials_gives_the_phrase_before_it_its_speaker() -> None:
    (injuries,) = quotes(
        "There were “dozens of serious injuries” after the bridge gave way near the market, "
        "officials said."
    )
    assert injuries.speaker == "officials"


def test_a_closing_clause_of_the_minister_still_gives_no_speaker() -> None:
    text = (
        "Jorun Vale, the transport minister, toured the site.\n\n"
        "The repairs would be “well under way” by spring, the minister said on Friday.\n\n"
        "The crossing would stay “closed to all lorries” until May, council officials said."
    )
    speakers = {quote.text: quote.speaker for quote in quotes(text)}
    assert speakers.get("well under way") is None
    assert speakers["closed to all lorries"] == "council officials"


def test_quoted_as_saying_gives_the_words_of_whom_the_outlet_quoted() -> None:
    text = (
        "The Harbour Courier quoted Lena Marsh as saying the ferry plan was “dead in the "
        "water.”\n\n"
        "Piet Olver was quoted by local radio as saying: “We will not give up the route.”"
    )
    water, route = quotes(text)
    assert water.speaker == "Lena Marsh"
    assert route.speaker == "Piet Olver"


def test_quoted_him_as_saying_is_no_one_when_a_person_quotes_him() -> None:
    text = (
        "Ivo Strand arrived late.\n\n"
        "Mara Quell quoted him as saying: “The vote is lost and we all know it.”"
    )
    (vote,) = quotes(text)
    assert vote.speaker is None


def test_he_further_stated_is_speech_and_the_next_he_keeps_to_its_speaker() -> None:
    text = (
        "Councillor Brann Tolvey has urged patience with the new budget.\n\n"
        "“It is far too early to judge a budget that has barely begun,” he said.\n\n"
        "He further stated the value of advice, citing his own friendship with fellow "
        "councillor Dita Moss.\n\n"
        "“Without someone older to guide you, you can easily lose your way,” he explained."
    )
    early, guide = quotes(text)
    assert early.speaker == "Brann Tolvey"
    assert guide.speaker == "Brann Tolvey"


def test_she_in_a_relative_clause_is_the_sentences_speaker_not_its_antecedent() -> None:
    text = (
        "Jon Rask said he was “saddened” by the news.\n\n"
        "Prime Minister Ella Brandt ordered flags lowered after the death of Arne Holm, who "
        "she said “carried a whole era on his shoulders”."
    )
    saddened, era = quotes(text)
    assert saddened.speaker == "Jon Rask"
    assert era.speaker == "Ella Brandt"


def test_he_in_a_relative_clause_is_no_one_when_two_people_precede_it() -> None:
    text = (
        "Jon Rask said he was “saddened” by the news.\n\n"
        "Ella Brandt and Tor Lind mourned Arne Holm, who he said “carried a whole era”."
    )
    speakers = {quote.text: quote.speaker for quote in quotes(text)}
    assert speakers["saddened"] == "Jon Rask"
    assert speakers.get("carried a whole era") is None


def test_the_family_of_with_the_name_lost_is_no_speaker_and_no_crash() -> None:
    # A scraper dropped the linked name: "The family of said ..." names no one.
    text = (
        'Police named the man on Monday. The family of said in a statement: "We are '
        'heartbroken and ask for privacy."'
    )
    (found,) = quotes(text)
    assert found.text.startswith("We are heartbroken") and found.speaker is None
