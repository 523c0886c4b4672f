"""Keywords: names with a common word and a number, one keyword for one person, no datelines or
credits, no possessive pieces, one keyword for a term's variants."""

from __future__ import annotations

from generator.analysis.keyword_digits import mask_digit_names
from generator.analysis.keyword_names import unify_spellings
from generator.analysis.keywords import extract_keywords
from tests.conftest import fixed_ranking

FERRY_STORY = """\
The harbour board said the Flight-6 crew would board the shuttle at dawn. Pilots from the \
Flight-6 team trained for months, and the Flight-6 shuttle carries four people.

A top-10 finish in the regatta pleased the board. Top-10 places went to local boats.
"""


def test_a_common_word_with_a_number_the_text_capitalises_is_a_name() -> None:
    masked, restore = mask_digit_names(FERRY_STORY)
    assert list(restore.values()) == ["Flight-6"], restore
    assert "top-10" in masked and "Top-10" in masked
    found = extract_keywords("Flight-6 crew ready", FERRY_STORY)
    assert any("Flight-6" in keyword for keyword in found), found


CREW_STORY = """\
Astronauts Mira Talbot and Joss Carrow reached the orbiting lab on Friday.

The two astronauts will stay for six months. Talbot flew twice before; Carrow is a rookie. \
Mission managers praised the astronauts after the docking.
"""


def test_a_plural_role_opening_a_sentence_is_no_part_of_a_name() -> None:
    rank = fixed_ranking("Astronauts Mira Talbot", "Joss Carrow", "orbiting lab", "docking")
    found = extract_keywords("Crew reaches lab", CREW_STORY, rank=rank)
    assert "Mira Talbot" in found, found
    assert not any(keyword.startswith("Astronauts") for keyword in found), found


DAME_STORY = """\
Dame Olwen Petrie opened the new library in Carrick on Monday. Dame Olwen told the crowd that \
reading had shaped her life, and Olwen Petrie thanked the volunteers.

Harlan Aerospace paid for the building. Harlan said the library would open every day, with \
Petrie pledging a further gift of books.
"""


def test_a_first_name_after_a_title_gives_way_to_the_full_name() -> None:
    rank = fixed_ranking("Olwen", "Harlan", "library", "Carrick", "volunteers", "reading")
    found = extract_keywords("Library opens", DAME_STORY, rank=rank)
    assert "Olwen Petrie" in found and "Olwen" not in found, found
    assert "Harlan" in found, found  # no title before it: a company, not a first name
    rank = fixed_ranking("Petrie pledging", "library", "Carrick", "volunteers", "reading")
    found = extract_keywords("Library opens", DAME_STORY, rank=rank)
    assert "Petrie pledging" not in found, found  # a name and its verb: a sentence's fragment
    lists = [("Olwen", "library"), ("Olwen Petrie", "Carrick"), ("Harlan", "Harlan Aerospace")]
    texts = ["Dame Olwen spoke.", "Olwen Petrie spoke.", "Harlan Aerospace paid; Harlan said."]
    unified = unify_spellings(lists, texts)
    assert unified[0] == ("Olwen Petrie", "library"), unified
    assert unified[2] == ("Harlan", "Harlan Aerospace"), unified


NICKNAME_STORY = """\
Rowan “Tex” Abernathy won the county rodeo on Saturday, his third title. Rowan “Tex” \
Abernathy rode a young bull named Thunder and stayed on for the full eight seconds.

The crowd cheered Abernathy, and the rodeo judges gave him the top score of the season.
"""


def test_a_nickname_does_not_split_a_name() -> None:
    rank = fixed_ranking("Rowan", "Tex", "county rodeo", "Rowan Abernathy", "Thunder", "judges")
    found = extract_keywords("Rodeo title", NICKNAME_STORY, rank=rank)
    assert "Rowan Abernathy" in found, found
    assert not {"Rowan", "Tex"} & set(found), found
    lists = [("Tex Abernathy",), ("Tex Abernathy", "rodeo"), ("Rowan Abernathy",)]
    texts = ["Tex Abernathy won.", "Tex Abernathy rode.", "Rowan (Tex) Abernathy won."]
    assert unify_spellings(lists, texts)[2] == ("Tex Abernathy",)


DATELINE_STORY = """\
HARWICK FALLS, Ore. (AP, KXYZ/KQRS) — A landslide closed the coast highway near the town on \
Tuesday, and road crews expect the highway to stay shut for a week.

Geologists said heavy rain loosened the slope above the highway. The county opened a detour \
through the valley, and school buses will use the detour.
"""


def test_a_dateline_and_its_credit_are_no_keywords() -> None:
    rank = fixed_ranking(
        "KXYZ", "KQRS", "HARWICK FALLS", "coast highway", "landslide", "detour", "Geologists"
    )
    found = extract_keywords("Landslide shuts highway", DATELINE_STORY, rank=rank)
    assert not {"KXYZ", "KQRS", "AP", "HARWICK FALLS"} & set(found), found
    assert {"coast highway", "landslide", "detour"} <= set(found), found


PARTY_STORY = """\
The Greens’ Dana Whitlow said the result was a blow. The Farmers’ Union backed the winner, \
and the Farmers’ Union will meet the new council next week.
"""


def test_a_possessive_before_a_name_is_no_part_of_it() -> None:
    rank = fixed_ranking("Greens’ Dana Whitlow", "Farmers’ Union", "council", "result", "blow")
    found = extract_keywords("Council vote", PARTY_STORY, rank=rank)
    assert "Dana Whitlow" in found, found
    assert "Farmers’ Union" in found, found  # a name, not a person after an owner


RELAY_STORY = """\
Engineers switched on the Orbital Relay Network (ORN) on Monday. The ORN links six ground \
stations, and the Orbital Relay Network will carry weather data. The ORN cost little.
"""


def test_an_acronym_the_text_defines_and_its_phrase_are_one_keyword() -> None:
    rank = fixed_ranking("ORN", "Orbital Relay Network", "ground stations", "weather data")
    found = extract_keywords("Relay network on", RELAY_STORY, rank=rank)
    assert ("ORN" in found) != ("Orbital Relay Network" in found), found


def test_a_term_and_its_plural_are_one_keyword_across_a_briefing() -> None:
    lists = [("ballot papers", "Valdora"), ("ballot paper",), ("ballot papers",)]
    unified = unify_spellings(lists, [""] * len(lists))
    assert unified == [("ballot papers", "Valdora"), ("ballot papers",), ("ballot papers",)]
