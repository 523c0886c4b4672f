"""Keywords that are names: names spelled with digits, titles before names, and one keyword
for a name's variants (issue 18)."""

from __future__ import annotations

from generator.analysis.keyword_digits import mask_digit_names, unmask
from generator.analysis.keyword_names import canonical_key, unify_spellings
from generator.analysis.keywords import extract_keywords
from tests.conftest import fixed_ranking

PROBE_STORY = """\
The Kestrel-7 probe left its launch pad at Tarvo on Monday, carried by an HX2 booster. \
Engineers at Tarvo said the Kestrel-7 probe had cost 40 million dollars, some 15 percent more \
than planned, and would reach the comet by July 14, 2031.

The Kestrel-7 team expects the first pictures in 2031. The HX2 booster flew twice before; \
the Kestrel-7 probe is the heaviest load it has carried. Rival agencies flew the Orla-2 mission \
in 2024 and saw its Orla-2 lander break apart. Tarvo hopes Kestrel-7 does better.
"""


def test_a_name_spelled_with_digits_can_be_a_keyword() -> None:
    found = {canonical_key(k) for k in extract_keywords("Kestrel-7 probe launched", PROBE_STORY)}
    assert any("kestrel 7" in key for key in found), found
    assert any("hx2" in key for key in found), found


def test_numbers_dates_and_quantities_stay_out_of_the_keywords() -> None:
    found = extract_keywords("Kestrel-7 probe launched", PROBE_STORY)
    for keyword in found:
        assert not keyword.replace(",", "").isdigit(), found
        assert "percent" not in keyword and "July" not in keyword, found
        assert "2031" not in keyword and "40" not in keyword, found


def test_only_names_are_masked_for_yake() -> None:
    masked, restore = mask_digit_names(
        "Kestrel-7, LVM3, F-35, COVID-19, G7 and GPT-4; not Q2, FY24, Mid-2023, Top-10, "
        "R34bn, 15 percent, 2023, July 14, 10km or the 1990s."
    )
    assert sorted(restore.values()) == ["COVID-19", "F-35", "G7", "GPT-4", "Kestrel-7", "LVM3"]
    assert not any(char.isdigit() for word in restore for char in word)
    for kept in ("Q2", "FY24", "Mid-2023", "Top-10", "R34bn", "15 percent", "2023", "July 14"):
        assert kept in masked
    assert unmask("kestrel-zqh probe", restore) == "Kestrel-7 probe"


FIRST_LADY_STORY = """\
First Lady Ana Moreno opened the new children's hospital in Valdora on Tuesday. First Lady \
Ana Moreno toured the wards with Prime Minister Tomas Reyes and met nurses from the Valdora \
clinic. Prime Minister Tomas Reyes thanked First Lady Ana Moreno for her work with the \
hospital charity, which raised money for the children's wards.

The hospital has two hundred beds. Reyes said the government would fund a second hospital in \
the north. Moreno said the children's wards were the best in the country.
"""


def test_no_keyword_starts_or_ends_inside_a_title_of_two_words() -> None:
    found = extract_keywords("First Lady opens hospital", FIRST_LADY_STORY)
    for keyword in found:
        words = keyword.split()
        assert words[0] not in ("Lady", "Minister"), found
        assert words[-1] not in ("First", "Prime"), found
    assert {"Ana Moreno", "Tomas Reyes"} <= set(found), found


def test_a_briefing_gives_variants_of_a_name_one_keyword() -> None:
    lists = [
        ("Rosa Vell", "Casimir", "Kestrel-7 mission"),
        ("Rosa Vell", "Casimir IV", "Kestrel-7"),
        ("Rosa Vell", "Ivo Vell", "HX2 booster"),
        ("Vell", "HX2"),
        ("Rosa Vell", "Artemis"),
    ]
    unified = unify_spellings(lists, [""] * len(lists))
    # "Rosa Vell" is carried four times as often as "Ivo Vell": "Vell" alone is her.
    assert unified[3] == ("Rosa Vell", "HX2")
    assert unified[0] == ("Rosa Vell", "Casimir IV", "Kestrel-7")
    assert unified[2] == ("Rosa Vell", "Ivo Vell", "HX2")
    assert unified[4] == ("Rosa Vell", "Artemis")


def test_a_surname_shared_by_two_names_carried_alike_is_left_as_written() -> None:
    lists = [("Vell",), ("Rosa Vell",), ("Ivo Vell",), ("Rosa Vell", "Ivo Vell")]
    assert unify_spellings(lists, [""] * len(lists))[0] == ("Vell",)


TUG_STORY = """\
The Orla probe will descend to the Hessel crater next week, after engineers in Tarvo fired its \
orbital tug twice yesterday. Mission control wants the Orla probe to descend slowly: the \
orbital tug burned for ninety seconds, and the national space agency of Valdora tracked it in \
polar orbit. The national space agency said the Hessel crater holds ice.
"""


def test_a_verb_a_piece_of_a_phrase_or_a_time_is_no_keyword_while_better_ones_exist() -> None:
    rank = fixed_ranking(
        "descend", "orbital", "national space", "yesterday", "Orla probe", "Hessel crater",
        "Tarvo", "Mission control", "polar orbit", "Valdora", "ice",
    )  # fmt: skip
    found = extract_keywords("Orla probe to descend", TUG_STORY, limit=10, rank=rank)
    assert not {"descend", "orbital", "national space", "yesterday"} & set(found), found
    assert {"Orla probe", "Hessel crater", "polar orbit"} <= set(found), found


def test_a_verb_alone_still_makes_up_the_minimum() -> None:
    rank = fixed_ranking("descend", "Orla probe", "Hessel crater", "Tarvo", "Valdora")
    found = extract_keywords("Orla probe to descend", TUG_STORY, limit=10, rank=rank)
    assert "descend" in found, found


def test_a_name_the_prose_only_writes_after_an_abbreviation_is_the_longer_name() -> None:
    body = (
        "Floodwater filled St. Lune Harbour on Friday, officials said. Boats in St. Lune Harbour "
        "broke loose and the sea walls failed. Dr. Ana Sola treated the injured, and Sola said "
        "the clinic stayed open."
    )
    ranking = ["Lune Harbour", "Ana Sola", "sea walls", "floodwater", "clinic"]
    found = extract_keywords("Harbour floods", body, rank=lambda text, top: ranking)
    assert "St. Lune Harbour" in found and "Lune Harbour" not in found
    assert "Ana Sola" in found  # a title before a name is no part of it


def test_a_name_with_a_superscript_digit_is_read_without_failing() -> None:
    # "²" is a digit to Python but no number int() reads: a footnote mark on a name, pasted
    # from a page, must not stop the build.
    text = "The TX9² probe flew. The TX9² probe flew again on Monday."
    masked, restore = mask_digit_names(text)
    assert "9" not in masked and restore[next(iter(restore))] == "TX9²"
