"""Across a briefing, one thing gets one chip: a name with or without its country's initials
or its "of", a term inside a longer phrase, a name with a noun after it, a first name given as
someone's kin; and a lone verb in "-ing" that links no card is dropped."""

from __future__ import annotations

from generator.analysis.keyword_names import unify_spellings


def test_a_name_with_its_countrys_initials_is_the_name_most_articles_carry():
    lists = unify_spellings(
        [("US Harbor Patrol", "Osprey"), ("Harbor Patrol", "Grey Sea"), ("Harbor Patrol",)],
        ["The US Harbor Patrol searched.", "The Harbor Patrol said.", "Harbor Patrol ships."],
    )
    assert lists == [("Harbor Patrol", "Osprey"), ("Harbor Patrol", "Grey Sea"), ("Harbor Patrol",)]


def test_a_name_with_and_without_its_of_is_one_chip():
    lists = unify_spellings(
        [("Dive Board Inquiry",), ("Dive Board Inquiry",), ("Dive Board of Inquiry",)],
        ["A Dive Board Inquiry opened.", "The Dive Board Inquiry met.", "A Dive Board of Inquiry."],
    )
    assert lists == [("Dive Board Inquiry",)] * 3


def test_the_start_or_the_end_of_a_longer_name_is_that_name():
    lists = unify_spellings(
        [("Dive Board Inquiry", "Osprey"), ("Dive Board", "Grey Sea"), ("board inquiry", "Osprey")],
        [
            "The Dive Board Inquiry opened on Monday.",
            "The patrol convened a Dive Board of Inquiry.",
            "The patrol opened what it calls a dive board inquiry.",
        ],
    )
    assert [keywords[0] for keywords in lists] == ["Dive Board Inquiry"] * 3


def test_a_term_inside_a_longer_phrase_is_the_term_more_articles_carry():
    lists = unify_spellings(
        [("presumed human remains", "Osprey"), ("human remains",), ("human remains", "Osprey")],
        ["Presumed human remains were found.", "Human remains came ashore.", "The remains."],
    )
    assert lists[0] == ("human remains", "Osprey")


def test_a_name_with_a_noun_after_it_is_the_name_where_that_is_a_keyword():
    lists = unify_spellings(
        [("Velmoran K-7 aircraft", "Osprey"), ("Velmoran K-7", "Grey Sea")],
        ["A Velmoran K-7 aircraft flew.", "The Velmoran K-7 heard noises."],
    )
    assert lists == [("Velmoran K-7", "Osprey"), ("Velmoran K-7", "Grey Sea")]


def test_a_first_name_given_as_someones_kin_is_the_full_name():
    lists = unify_spellings(
        [("Tarek Vossel", "Amir"), ("Amir Vossel", "Osprey")],
        ["The tycoon Tarek Vossel and his son Amir were aboard.", "Amir Vossel, 19, was aboard."],
    )
    assert lists[0] == ("Tarek Vossel", "Amir Vossel")


def test_a_lone_verb_in_ing_that_links_no_card_is_dropped():
    lists = unify_spellings(
        [("Osprey", "conducting"), ("Osprey", "Grey Sea"), ("Port Calder",), ("Osprey",)],
        ["The patrol is conducting its inquiry.", "Grey Sea.", "Port Calder.", "Osprey."],
    )
    assert lists[0] == ("Osprey",)
