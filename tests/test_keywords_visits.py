"""Keywords from a third new-user walkthrough (state visits, issue 18): a name with "of the"
inside stays whole, a title's word can start an organisation's name, a title of two words in
lowercase ends no keyword, one keyword for a name's spellings across a briefing, and no pair of
words used once after a count, a side or a verb in "-ing"."""

from __future__ import annotations

from generator.analysis.keyword_names import unify_spellings
from generator.analysis.keywords import extract_keywords
from generator.analysis.yake_ranks import Rank


def fixed_ranking(*candidates: str) -> Rank:
    """A stand-in for YAKE that proposes the same candidates, in this order, for any text."""
    return lambda text, top: list(candidates[:top])


HONOUR_STORY = """\
The king of Veltra gave the visiting envoy Ama Osei the Order of the Falcon on Monday. The \
‘Order of the Falcon’ is the kingdom's highest honour, and the envoy thanked the king.

Osei later met the President of Veltra at the Grand Palace. Guards stood in the East Garden \
of the Grand Palace, and the Grand Palace hosted a dinner for the envoy.
"""


def test_a_name_with_of_the_inside_stays_whole() -> None:
    rank = fixed_ranking("Order", "Falcon", "Ama Osei", "envoy", "honour", "Grand Palace")
    found = extract_keywords("Envoy honoured", HONOUR_STORY, rank=rank)
    assert not {"Order", "Falcon"} & set(found), found
    assert "Order of the Falcon" in found, found
    assert "Grand Palace" in found, found  # a name of its own after "of the"


def test_a_place_after_a_title_and_of_is_still_a_keyword() -> None:
    rank = fixed_ranking("Veltra", "Ama Osei", "envoy", "honour", "Grand Palace")
    found = extract_keywords("Envoy honoured", HONOUR_STORY, rank=rank)
    assert "Veltra" in found, found  # "President of Veltra" names Veltra


DEAL_STORY = """\
The airline signed a deal with General Machine to build jet engines in Tarvo. General Machine \
will open a plant there next year, the airline said.

General Okafor, who commands the air force, said the engines would also power its fighters. \
Okafor praised the deal, and the air force will buy forty engines.
"""


def test_a_title_starts_an_organisation_name_before_a_common_word() -> None:
    rank = fixed_ranking("Machine", "Okafor", "jet engines", "airline", "Tarvo", "air force")
    found = extract_keywords("Engine deal", DEAL_STORY, rank=rank)
    assert "General Machine" in found and "Machine" not in found, found
    assert "Okafor" in found and "General Okafor" not in found, found  # a person's name


PRIZE_STORY = """\
The Arlen Prize has gone to two Vantish prime ministers and one Vantish poet. The Vantish \
government said the prize honours public service.
"""


def test_a_title_of_two_words_in_lowercase_ends_no_keyword() -> None:
    rank = fixed_ranking("Vantish prime", "Arlen Prize", "Vantish poet", "public service")
    found = extract_keywords("Prize winners", PRIZE_STORY, rank=rank)
    assert "Vantish prime" not in found, found
    assert "Vantish poet" in found, found


def test_spellings_of_one_name_are_one_keyword_across_a_briefing() -> None:
    lists = [
        ("Karim el-Haddad", "Orrin Motors Limited", "Joseph Marlow", "North Lawns"),
        ("Karim Al-Haddad", "Orrin Motors", "Joe Marlow", "North Lawn"),
        ("Karim Al-Haddad", "Orrin Motors", "Joe Marlow", "North Lawn"),
    ]
    unified = unify_spellings(lists, [""] * len(lists))
    assert unified == [("Karim Al-Haddad", "Orrin Motors", "Joe Marlow", "North Lawn")] * 3


def test_different_names_stay_apart_across_a_briefing() -> None:
    lists = [("Joe Marlow", "Jane Marlow", "Orrin Ltd"), ("Joseph Brant", "Orrin", "Al Haddad")]
    unified = unify_spellings(lists, [""] * len(lists))
    assert unified == lists, unified


TOAST_STORY = """\
The mayor raised a glass at the harbour dinner and gave a toast with his left hand, the \
custom of the port. Guests sat through multiple rounds of speeches, and the harbour board \
praised the fishing fleet for delivering progress on safety.

The left wing of the harbour hall was closed. Members of the left wing of the council \
criticised the fishing fleet for its catch.
"""


def test_a_pair_used_once_after_a_count_a_side_or_a_verb_is_no_keyword() -> None:
    rank = fixed_ranking(
        "left hand", "multiple rounds", "delivering progress", "harbour dinner",
        "fishing fleet", "left wing", "harbour board",
    )  # fmt: skip
    found = extract_keywords("Harbour dinner", TOAST_STORY, rank=rank)
    assert not {"left hand", "multiple rounds", "delivering progress"} & set(found), found
    assert {"fishing fleet", "left wing"} <= set(found), found  # used twice
