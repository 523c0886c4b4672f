"""Keyword chips: names with accents, titles before names, pieces of sentences and descriptions
of people, kinds of one thing."""

from __future__ import annotations

from generator.analysis.keyword_names import unify_spellings
from generator.analysis.keywords import extract_keywords

LAKE_STORY = """The president of Ardenia laid a wreath on Sunday beside Hồ Tây Lake in Velmora, where
the pilot Trần Văn Bình crashed in 1971. Trần Văn Bình survived the crash.

Party chief Lê Quang Hữu welcomed the president at Hồ Tây Lake. Lê Quang Hữu said the two
countries would keep talking about trade and the river.
"""

TITLES_STORY = """Prime Minister Ana Duarte met Sen. Tom Harlow in Velmora on Monday. Sen. Tom Harlow
praised the dam project, and the Special Presidential Envoy for Climate Rob Keswick joined them.

The Ambassador to the US Corvin Thale and the Special Assistant to the President Dora Penhale
also attended. Rob Keswick spoke about the river, and Corvin Thale about the dam project.
Duarte thanked Tom Harlow and Rob Keswick for the dam project.
"""

SENTENCE_PIECES_STORY = """Velmora signed a deal on Monday with Ardenia, as Ardenia seeks to counter the
influence of its neighbour. Ardenia pushes to boost its network of ports along the coast.

Business leaders from the Northland Republican camp met top officials of the Velmora port
authority. The Northland Republican senator Ana Duarte, a good friend of the port, praised it.
Later the port hosted the Velmora Trade & Investment Summit on the coast, and the port chief
spent an hour there. The Port Authority spent millions on cranes, and ports across Velmora
took part in the Group of 20 talks. The port deal covers cranes, ships and coast roads.
"""

KINDS_STORY = (
    "Velmora and Ardenia signed a strategic partnership on Monday. The strategic partnership"
    " covers dams and ports, and the strategic partnership replaces a comprehensive partnership."
    "\n\nThe comprehensive partnership of 2013 was narrower. Officials said the comprehensive"
    " partnership had worked, and that a comprehensive strategic partnership may follow.\n"
)


def test_a_name_with_accents_is_a_keyword_spelled_as_written():
    keywords = extract_keywords("President lays wreath in Velmora", LAKE_STORY)
    assert "Trần Văn Bình" in keywords


def test_a_title_before_a_name_is_no_part_of_it():
    keywords = extract_keywords("Duarte meets Harlow", TITLES_STORY)
    assert "Tom Harlow" in keywords
    assert "Rob Keswick" in keywords
    assert "Corvin Thale" in keywords
    assert not [k for k in keywords if k.startswith(("Sen", "Climate", "US "))]
    assert "Special Assistant" not in keywords
    assert "Special Presidential Envoy" not in keywords


def test_a_surname_with_a_second_capital_stands_for_the_full_name():
    lists = unify_spellings(
        [("Tom McBride", "Velmora"), ("McBride", "Ardenia")],
        ["Tom McBride spoke in Velmora.", "Sen. McBride visited Ardenia."],
    )
    assert lists == [("Tom McBride", "Velmora"), ("Tom McBride", "Ardenia")]


def test_pieces_of_sentences_and_descriptions_of_people_are_no_keywords():
    keywords = extract_keywords("Velmora signs port deal", SENTENCE_PIECES_STORY)
    banned = {
        "Ardenia seeks",
        "Ardenia pushes",
        "Business leaders",
        "business leaders",
        "top officials",
        "good friend",
        "Northland Republican",
        "Investment Summit",
        "Authority spent",
        "Port Authority spent",
        "Group",
    }
    assert not banned.intersection(keywords), keywords
    assert "Velmora" in keywords


def test_two_kinds_of_one_thing_named_together_are_one_keyword():
    keywords = extract_keywords("Velmora and Ardenia sign partnership", KINDS_STORY)
    partnerships = [k for k in keywords if k.endswith("partnership")]
    assert len(partnerships) == 1, keywords


def test_a_word_of_a_quality_or_a_verb_in_the_past_alone_is_no_keyword():
    text = (
        "The dam was unable to hold. Velmora won, and Velmora spent the night on the dam. "
        "Ardenia won too. The dam was unable to stop the river, engineers said of the dam."
    )
    keywords = extract_keywords("The dam", text)
    assert "unable" not in keywords
    assert "won" not in keywords


def test_a_name_spelled_like_a_past_verb_stays_a_keyword() -> None:
    # "the Met" (a police force, a museum) is a name; only the lowercase verb "met" is dropped.
    title = "Met investigates officers over protest arrests"
    text = (
        "The Met said on Tuesday that six officers were under investigation after arrests at a "
        "protest in Westminster. A Met spokesperson said the force had referred itself to the "
        "watchdog. The Met has faced criticism over its policing of protests. Campaigners said "
        "the Met must explain why peaceful protesters were detained.\n"
    )
    assert "Met" in extract_keywords(title, text)
