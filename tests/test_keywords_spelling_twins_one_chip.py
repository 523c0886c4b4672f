"""Across a briefing one place is one chip (issue 18): two outlets' spellings of a name that
differ in one consonant ("Zagorech" and "Zagoresh") take the commoner, and a name with and
without its landform ("Upper Varn" and "Upper Varn Mountains") the longer, where a text
writes it. Names a vowel, a short word or a country tells apart stay two."""

from __future__ import annotations

from generator.analysis.keyword_names import unify_spellings


def test_two_spellings_of_a_place_differing_in_one_consonant_are_one_chip() -> None:
    texts = [
        "Rescuers reached Zagorech on Monday. Zagorech lost its old market.",
        "In Zagoresh the market fell. Zagoresh is a trading town.",
        "Aid flew into Zagoresh. Zagoresh airport reopened; Zagoresh waits.",
    ]
    lists = unify_spellings([("Zagorech", "market"), ("Zagoresh",), ("Zagoresh", "aid")], texts)
    assert lists == [("Zagoresh", "market"), ("Zagoresh",), ("Zagoresh", "aid")]


def test_a_name_with_and_without_its_landform_is_the_longer_name() -> None:
    texts = [
        "The quake hit the Upper Varn on Friday.",
        "Villages of the Upper Varn Mountains were cut off.",
        "Roads into the Upper Varn stayed shut.",
    ]
    lists = unify_spellings([("Upper Varn",), ("Upper Varn Mountains",), ("Upper Varn",)], texts)
    assert lists == [("Upper Varn Mountains",)] * 3


def test_names_a_vowel_or_a_short_word_tells_apart_stay_two_chips() -> None:
    texts = [
        "Columbia sent a team. Columbia is a university.",
        "Colombia sent doctors to Iran.",
        "Officials in Iraq and Colombia spoke.",
    ]
    lists = unify_spellings([("Columbia",), ("Colombia", "Iran"), ("Iraq", "Colombia")], texts)
    assert lists == [("Columbia",), ("Colombia", "Iran"), ("Iraq", "Colombia")]


def test_a_country_is_not_the_river_named_after_it() -> None:
    texts = ["Jordan sent aid.", "The Jordan River rose.", "Jordan closed a crossing."]
    lists = unify_spellings([("Jordan",), ("Jordan River",), ("Jordan",)], texts)
    assert lists == [("Jordan",), ("Jordan River",), ("Jordan",)]
