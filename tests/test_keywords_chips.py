"""Keyword chips a reader would click (issue 18): names not run into a place or cut before a
lowercase head, one chip for the pieces and spellings of one name across a briefing, and
topics that take every spelling of themselves off the cards."""

from __future__ import annotations

from generator.analysis.keyword_names import briefing_topics, unify_spellings
from generator.analysis.keywords import extract_keywords
from tests.conftest import fixed_ranking

ENVOY_STORY = """\
The visitors landed at Lenmoor airfield on Monday night. They were received by the \
foreign secretary, with the British High Commissioner to Kenya Tobias Quellbrook among \
other guests. The Royal Air force plane then left for the coast.

Commonwealth war graves line the hill above Lenmoor. The guests laid wreaths at the \
Commonwealth war graves before the banquet, and Tobias Quellbrook gave a short speech.
"""


def test_a_place_run_into_a_persons_name_gives_the_name_alone() -> None:
    rank = fixed_ranking("Kenya Tobias Quellbrook", "Lenmoor", "banquet")
    found = extract_keywords("", ENVOY_STORY, rank=rank)
    assert "Tobias Quellbrook" in found, found
    assert not any(keyword.startswith("Kenya ") for keyword in found), found


def test_a_name_cut_before_its_lowercase_head_gets_the_head() -> None:
    rank = fixed_ranking("Royal Air", "Lenmoor", "banquet")
    found = extract_keywords("", ENVOY_STORY, rank=rank)
    assert found[0] == "Royal Air force", found


def test_a_capital_and_a_lowercase_word_that_always_run_on_are_no_keyword() -> None:
    rank = fixed_ranking("Commonwealth war", "Lenmoor", "banquet")
    found = extract_keywords("", ENVOY_STORY, rank=rank)
    assert "Commonwealth war" not in found, found


def test_a_plural_after_a_capital_ends_its_phrase_before_a_verb() -> None:
    story = "Norvish growers sell less. Norvish growers pay more for water than anyone.\n"
    found = extract_keywords("", story, rank=fixed_ranking("Norvish growers", "water"))
    assert "Norvish growers" in found, found


def test_a_manner_adverb_hyphened_to_a_participle_opens_no_keyword() -> None:
    story = (
        "The minister gave a highly-anticipated speech at the Lenmoor banquet. The "
        "highly-anticipated speech named the Lenmoor harbour and the Lenmoor dockworkers.\n"
    )
    rank = fixed_ranking("highly-anticipated speech", "Lenmoor harbour", "Lenmoor dockworkers")
    assert "highly-anticipated speech" not in extract_keywords("", story, rank=rank)


def test_a_monarch_without_a_name_is_no_keyword() -> None:
    story = (
        "The Monarch spoke at the banquet in Lenmoor. Lenmoor dockworkers cheered the Monarch.\n"
    )
    found = extract_keywords("", story, rank=fixed_ranking("Monarch", "Lenmoor dockworkers"))
    assert "Monarch" not in found, found


def test_a_deputy_title_is_no_part_of_the_name() -> None:
    story = "Deputy Arlo Venmark opened the port. Arlo Venmark said the port would grow.\n"
    found = extract_keywords("", story, rank=fixed_ranking("Deputy Arlo Venmark", "port"))
    assert found[0] == "Arlo Venmark", found


def test_a_place_and_its_people_are_one_chip_across_a_briefing() -> None:
    lists = [("Kenya", "Mombasa"), ("Kenya Marines", "Kenya"), ("Kenyan Marines", "Kenyan")]
    unified = unify_spellings(lists, [""] * len(lists))
    assert unified[2] == ("Kenya Marines", "Kenya")


def test_the_pieces_of_one_name_are_one_chip_across_a_briefing() -> None:
    lists = [
        ("Marine Commando Unit", "Lenmoor"),
        ("Marine Commandos", "Lenmoor"),
        ("Commonwealth War Graves", "Lenmoor"),
        ("War Graves Commission",),
        ("World War", "Second World War"),
        ("World War",),
    ]
    texts = ["the Commonwealth War Graves Commission cemetery"] + [""] * 5
    unified = unify_spellings(lists, texts)
    assert unified[1] == ("Marine Commando Unit", "Lenmoor")
    assert unified[2][0] == unified[3][0] == "Commonwealth War Graves Commission"
    # A word in front tells which war: "World War" stays itself.
    assert unified[4] == ("World War", "Second World War") and unified[5] == ("World War",)


def test_a_place_a_son_or_a_title_after_a_name_keeps_its_own_chip() -> None:
    lists = [("New York", "Donald Trump"), ("New York Times", "Donald Trump Jr")] * 2
    assert unify_spellings(lists, [""] * len(lists)) == lists


def test_a_titled_name_is_the_chip_of_the_name_it_stands_for() -> None:
    lists = [("Charles III", "Camilla"), ("King Charles", "Queen Camilla"), ("Charles III",)]
    unified = unify_spellings(lists, [""] * len(lists))
    assert unified[1] == ("Charles III", "Camilla")
    # and the topic takes every spelling of itself off the cards
    assert briefing_topics(unified) == ("Charles III",)


def test_a_lowercase_word_is_no_surname_of_a_name_ending_in_it() -> None:
    lists = [("Lenmoor Defence Forces", "Lenmoor"), ("forces", "Lenmoor")]
    assert unify_spellings(lists, [""] * len(lists))[1] == ("forces", "Lenmoor")


def test_a_word_written_after_in_is_a_place_not_a_surname() -> None:
    lists = [("Orlando Florida", "storm"), ("Florida", "storm"), ("Florida",)]
    texts = ["", "The storm reached land in Florida on Wednesday.", ""]
    assert unify_spellings(lists, texts)[1] == ("Florida", "storm")


def test_a_region_is_no_full_name_of_its_last_word() -> None:
    lists = [("East African", "Lenmoor"), ("African", "Lenmoor")]
    assert unify_spellings(lists, [""] * len(lists))[1] == ("African", "Lenmoor")


def test_topics_are_the_keywords_three_articles_in_five_carry() -> None:
    lists = [
        ("Charles III", "Kenya", "Camilla"),
        ("Charles III", "Kenya", "Mombasa"),
        ("Charles III", "Kenya", "Camilla"),
        ("Charles III", "Camilla"),
        ("Charles III", "Lenmoor"),
    ]
    assert briefing_topics(lists) == ("Charles III", "Kenya", "Camilla")
