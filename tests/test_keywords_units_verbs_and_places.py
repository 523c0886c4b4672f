"""Chips a new user called junk (issue 18): adverbs, units and verb phrases, names cut or run
on into a state, a title of office or a follow button kept on a name, and a station's
dateline town that the rest of a briefing never names."""

from __future__ import annotations

from generator.analysis.keyword_names import unify_spellings
from generator.analysis.keywords import extract_keywords
from generator.analysis.yake_ranks import Rank


def fixed_ranking(*candidates: str) -> Rank:
    """A stand-in for YAKE that proposes the same candidates, in this order, for any text."""
    return lambda text, top: list(candidates[:top])


STORM_STORY = """\
CORBRIDGE, Ore. — The storm grew rapidly over the warm Venmark Sea on Monday, with winds \
of 140 mph (225 kph), about 80 miles west of Corbridge. The storm threatens Corbridge and \
the Venmark Peninsula, forecasters said.

The storm made landfall near Corwin Key Ohio late on Tuesday. The report raises doubts about \
the harbour walls of the battered state, and floods crossed the Peninsula. The range for such \
a storm is 95-110 MPH, and the port's 480-2 Vex cranes were tied down.
"""


def test_an_adverb_in_idly_is_no_keyword() -> None:
    found = extract_keywords("", STORM_STORY, rank=fixed_ranking("rapidly", "Corbridge"))
    assert "rapidly" not in found, found


def test_a_unit_after_a_number_is_no_keyword() -> None:
    rank = fixed_ranking("mph", "kph", "miles west", "Corbridge", "harbour walls")
    found = extract_keywords("", STORM_STORY, rank=rank)
    assert not {"mph", "kph", "miles west"} & set(found), found
    assert "Corbridge" in found, found


def test_a_range_of_numbers_is_no_keyword_but_a_model_number_is() -> None:
    rank = fixed_ranking("95-110 MPH", "480-2 Vex", "Corbridge")
    found = extract_keywords("", STORM_STORY, rank=rank)
    assert "95-110 MPH" not in found, found
    assert "480-2 Vex" in found, found


def test_a_past_verb_and_its_object_is_no_keyword() -> None:
    found = extract_keywords("", STORM_STORY, rank=fixed_ranking("made landfall", "Corbridge"))
    assert "made landfall" not in found, found


def test_a_noun_and_its_verb_before_a_name_is_no_keyword() -> None:
    found = extract_keywords("", STORM_STORY, rank=fixed_ranking("storm threatens", "Corbridge"))
    assert "storm threatens" not in found, found


def test_a_noun_and_its_verb_before_to_is_no_keyword_but_a_plural_before_to_is() -> None:
    story = (
        "The flood threatens to close the Corbridge harbour. The council made ferry payments "
        "to Corbridge boatmen, and ferry payments to other towns will follow.\n"
    )
    rank = fixed_ranking("flood threatens", "ferry payments", "Corbridge harbour")
    found = extract_keywords("", story, rank=rank)
    assert "flood threatens" not in found, found
    assert "ferry payments" in found, found


def test_a_verb_in_s_and_its_object_after_their_subject_is_no_keyword() -> None:
    rank = fixed_ranking("raises doubts", "harbour walls", "Corbridge")
    found = extract_keywords("", STORM_STORY, rank=rank)
    assert "raises doubts" not in found, found
    assert "harbour walls" in found, found


def test_a_plural_noun_after_an_article_opens_a_keyword() -> None:
    story = "The Norvane navy signed an arms deal on Monday. The arms deal covers ten ships.\n"
    found = extract_keywords("", story, rank=fixed_ranking("arms deal", "Norvane navy"))
    assert "arms deal" in found, found


def test_a_participle_and_a_place_noun_is_no_keyword() -> None:
    found = extract_keywords("", STORM_STORY, rank=fixed_ranking("battered state", "Corbridge"))
    assert "battered state" not in found, found


def test_a_state_abbreviation_after_a_town_is_no_keyword() -> None:
    found = extract_keywords("", STORM_STORY, rank=fixed_ranking("Ore", "Corbridge"))
    assert "Ore" not in found, found


def test_a_town_with_its_state_run_on_is_the_town() -> None:
    found = extract_keywords("", STORM_STORY, rank=fixed_ranking("Corwin Key Ohio", "Corbridge"))
    assert "Corwin Key" in found, found
    assert "Corwin Key Ohio" not in found, found


def test_a_place_noun_alone_is_the_longer_name_the_prose_gives_it() -> None:
    rank = fixed_ranking("Peninsula", "Venmark Peninsula", "Corbridge")
    found = extract_keywords("", STORM_STORY, rank=rank)
    assert "Peninsula" not in found, found
    assert "Venmark Peninsula" in found, found


def test_an_abbreviation_opening_a_dateline_stays_on_the_place_name() -> None:
    story = (
        "ST. ALBERN BAY — Crews cleared the beach road on Friday.\n\n"
        "Residents of St. Albern Bay returned home on Saturday.\n"
    )
    found = extract_keywords("", story, rank=fixed_ranking("Albern Bay", "beach road"))
    assert "St. Albern Bay" in found, found
    assert "Albern Bay" not in found, found


def test_a_title_of_office_is_no_part_of_the_name() -> None:
    story = (
        "Congresswoman Delia Harrow and Commissioner Oren Plaskett toured the harbour. "
        "Delia Harrow asked for funds; Oren Plaskett promised repairs.\n"
    )
    rank = fixed_ranking("Congresswoman Delia Harrow", "Commissioner Oren Plaskett", "harbour")
    found = extract_keywords("", story, rank=rank)
    assert {"Delia Harrow", "Oren Plaskett"} <= set(found), found


def test_a_name_and_its_follow_button_are_no_keyword() -> None:
    story = (
        "The harbour reopened on Friday after the floods, and the ferries ran again.\n\n"
        "-- By Tamsin Orrell Follow @torrell\n"
    )
    rank = fixed_ranking("Tamsin Orrell Follow", "harbour", "ferries")
    found = extract_keywords("", story, rank=rank)
    assert not any("Follow" in keyword for keyword in found), found


def test_a_name_after_a_lowercase_by_stays_a_keyword() -> None:
    story = "The plan was drawn up by Tamsin Orrell. Tamsin Orrell will present it in May.\n"
    found = extract_keywords("", story, rank=fixed_ranking("Tamsin Orrell", "plan"))
    assert "Tamsin Orrell" in found, found


STATION_TEXTS = [
    "HALVERTON — Radar showed the storm reached Corwin Key in Venmark.\n",
    "The storm reached Corwin Key, Venmark officials said.\n",
    "Venmark schools closed as the storm reached Corwin Key.\n",
]


def test_a_dateline_town_no_other_article_names_is_no_chip() -> None:
    lists = [("Corwin Key", "Halverton"), ("Corwin Key", "Venmark"), ("Venmark", "storm")]
    unified = unify_spellings(lists, STATION_TEXTS)
    assert "Halverton" not in unified[0], unified


def test_a_dateline_town_another_article_names_stays_a_chip() -> None:
    texts = [*STATION_TEXTS[:2], "Halverton crews left for Corwin Key.\n"]
    lists = [("Corwin Key", "Halverton"), ("Corwin Key", "Venmark"), ("Halverton", "crews")]
    unified = unify_spellings(lists, texts)
    assert "Halverton" in unified[0], unified
