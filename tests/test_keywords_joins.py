"""Keyword chips of a seventeenth story (issue 18, round 8): two companies' names run
together, a byline's "By", a title before a name, and a noun with its verb are no chips."""

from __future__ import annotations

from generator.analysis.keyword_names import unify_spellings
from generator.analysis.keywords import extract_keywords
from tests.conftest import fixed_ranking

CARRIER_STORY = """\
A cabin panel tore off a Borealis Airlines Quarnix jet over Lakeford on Friday. Borealis \
Airlines grounded its fleet, and Quarnix said it would help the inspectors.

The panel blew out minutes after take-off. Quarnix shares fell, and Quarnix chief Ada Voss \
spoke to staff. Borealis Airlines expects to fly again next week, the Herald reports.

Lakeford Desk By Tomas Wend, Staff Writer. A photo of the jet at Lakeford. (AP Photo/Lina Marsh, File)

The regulator told Quarnix COO Irma Falk that each panel will remain squarely in focus.
"""


def keywords(*candidates: str) -> tuple[str, ...]:
    return extract_keywords("", CARRIER_STORY, rank=fixed_ranking(*candidates, "inspectors"))


def test_a_company_name_run_into_another_company_name_is_no_keyword() -> None:
    found = keywords("Borealis Airlines Quarnix", "Borealis Airlines", "Quarnix")
    assert "Borealis Airlines Quarnix" not in found, found
    assert {"Borealis Airlines", "Quarnix"} <= set(found), found


def test_a_bylines_by_is_no_part_of_a_name() -> None:
    found = keywords("Tomas Wend", "Ada Voss")
    assert "Tomas Wend" in found and "By Tomas Wend" not in found, found


def test_a_chief_operating_officers_title_is_no_part_of_the_name() -> None:
    found = keywords("COO Irma Falk")
    assert "Irma Falk" in found and "COO Irma Falk" not in found, found


def test_a_noun_and_its_verb_are_no_keyword() -> None:
    found = keywords("Herald reports", "remain squarely")
    assert not {"Herald reports", "remain squarely"} & set(found), found
    assert "inspectors" in found, found


def test_a_surname_never_stands_for_a_company_name_ending_in_it() -> None:
    texts = [CARRIER_STORY, "Quarnix built the jet.", "Quarnix said little."]
    lists = [("Borealis Airlines Quarnix",), ("Quarnix",), ("Quarnix",)]
    unified = unify_spellings(lists, texts)
    assert unified[1] == ("Quarnix",) and unified[2] == ("Quarnix",), unified
