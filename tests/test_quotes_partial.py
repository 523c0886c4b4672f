"""Quote recall, second pass (issue 19): partial quotes whose named speaker the subject reader
missed, and quotes that continue the words of an organisation. Each test fails on the code
before these rules; each near case stays unattributed."""

from __future__ import annotations

from tests.conftest import speaker_of

# A date between a subject and its verb ("X on Thursday rejected ..., saying") no longer hides
# the subject from the participle or the "and said" after it.
DATED = 'Mayor Ida Brandt on Thursday rejected the bypass plan, saying it was "a costly detour".'
DATED_AND = (
    "Councillor Piet Olsen on Monday met the residents' group and said the road was at a"
    ' "breaking point".'
)


def test_a_date_after_the_subject_keeps_it_for_a_participle() -> None:
    assert speaker_of(DATED, "a costly detour") == "Ida Brandt"


def test_a_date_after_the_subject_keeps_it_for_and_said() -> None:
    assert speaker_of(DATED_AND, "breaking point") == "Piet Olsen"


def test_a_capital_city_with_a_date_is_still_no_speaker() -> None:
    text = 'Beijing on Tuesday pledged to "guard the safety" of foreign visitors.'
    assert speaker_of(text, "guard the safety") is None


# A phrase set off by commas between a named subject and its verb may hold a quote of its own
# ("X, stating she was proud to be called the "...," said"): the verb's subject is still X.
PHRASE = (
    'Senator Alva Marsh, stating she was proud to be called the "people\'s senator," said she'
    ' was "nobody\'s puppet".'
)


def test_a_quote_in_a_phrase_before_the_verb_keeps_the_subject() -> None:
    assert speaker_of(PHRASE, "nobody's puppet") == "Alva Marsh"


def test_the_words_she_was_called_stay_others() -> None:
    assert speaker_of(PHRASE, "people's senator") is None


def test_a_name_inside_the_phrase_is_not_the_verbs_subject() -> None:
    text = 'The report, which Alva Marsh called "a whitewash," said the board was "badly run".'
    assert speaker_of(text, "badly run") is None


# A quote after one an organisation or a statement said, in the same paragraph or as the next
# bare paragraph, continues its words, as one after a person's does.
BODY = '"We will appeal the ruling," Northwind Holdings said. "The judge ignored the evidence."'
BODY_NEXT = (
    '"We will appeal the ruling," Northwind Holdings said.\n\n'
    '"The judge ignored the evidence and we are confident of winning."'
)
BODY_GAP = (
    'Northwind Holdings said: "We will appeal the ruling." The firm has lost two cases this'
    ' year. "The judge ignored the evidence."'
)


def test_a_quote_after_an_organisations_continues_it() -> None:
    assert speaker_of(BODY, "The judge ignored") == "Northwind Holdings"


def test_a_bare_paragraph_after_an_organisations_quote_follows_it() -> None:
    assert speaker_of(BODY_NEXT, "The judge ignored") == "Northwind Holdings"


def test_a_sentence_without_a_quote_between_breaks_the_run() -> None:
    assert speaker_of(BODY_GAP, "The judge ignored") is None
