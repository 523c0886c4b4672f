"""Keywords: one chip for spellings that differ by a hyphen, an article's own spelling where the
briefing's is another name, titles' initials before a name, and outlets and photographers from
credits and sources, which are no subjects."""

from generator.analysis.keyword_names import unify_spellings
from generator.analysis.keywords import extract_keywords


def test_spellings_that_differ_by_a_hyphen_only_are_one_keyword():
    lists = [("Q-30", "trade-offs"), ("Q30", "tradeoffs"), ("Q30", "port")]
    texts = ["The Q-30 met on trade-offs.", "The Q30 met on tradeoffs.", "The Q30 met."]
    unified = unify_spellings(lists, texts)
    assert unified[0] == unified[1]
    assert unified[0][0] == "Q30"  # the spelling more texts use


def test_an_article_keeps_its_own_name_where_it_never_writes_the_overlapping_one():
    lists = [("Grace Harbor Tunnel", "ferry"), ("Harbor Tunnel Fire", "smoke")]
    texts = [
        "Traffic stopped in the Grace Harbor Tunnel after a ferry crash.",
        "Crews fought the Harbor Tunnel Fire for hours as smoke filled the road.",
    ]
    unified = unify_spellings(lists, texts)
    assert unified[1][0] == "Harbor Tunnel Fire"
    assert unified[0][0] == "Grace Harbor Tunnel"


_ADVISER_TEXT = (
    "The minister met NSA Tomas Berglund at the palace on Monday. Berglund and the minister "
    "spoke about border security and trade routes. Later, Ostrian PM Velko Danev joined the "
    "talks on border security. Danev said the border security pact would be signed in May, "
    "and that trade routes across the mountains would reopen. The minister thanked Berglund."
)


def test_initials_of_an_office_before_a_name_are_a_title():
    keywords = extract_keywords("Border security talks", _ADVISER_TEXT)
    assert "Tomas Berglund" in keywords
    assert not any(k.startswith(("NSA ", "PM ")) or " PM " in k for k in keywords)


def test_a_wire_cited_as_a_source_is_no_keyword_nor_a_piece_of_it():
    text = (
        "Rescuers searched the flooded valley for nine missing hikers, according to the "
        "Associated Press. The flooded valley lies below the Marrow dam, and the hikers were "
        "last seen near the dam on Sunday. Rescuers said the dam was not damaged, but the "
        "valley road stayed closed while rescuers searched the river banks for the hikers."
    )
    keywords = extract_keywords("Hikers missing in flooded valley", text)
    assert keywords
    assert not any("Press" in keyword for keyword in keywords)


def test_an_agency_in_a_dated_dateline_is_no_keyword():
    text = (
        "MADRID, Mar 04 (XNA): Farm ministers agreed a drought plan on Tuesday, giving "
        "farmers water credits for the dry summer. The drought plan sets water credits by "
        "region, and ministers said farmers in the south would get the most water credits."
    )
    keywords = extract_keywords("Ministers agree drought plan", text)
    assert keywords
    assert "XNA" not in keywords


def test_a_photographer_named_only_in_a_credit_is_no_keyword():
    text = (
        "Leaders signed the river treaty in the capital on Friday. Photograph: Lena Varga/"
        "Pool/AFP via Getty Images\n"
        "The river treaty shares water between the two countries for thirty years, and the "
        "leaders said the river treaty would end a long dispute over the dams upstream."
    )
    keywords = extract_keywords("Leaders sign river treaty", text)
    assert keywords
    assert "Lena Varga" not in keywords
