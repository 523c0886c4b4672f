"""A statement speaks for its author: "a statement from X" or "signed by X", then "the
statement said", "it said", '"...," the statement read' are X's words, when the article has
introduced one statement; a statement only "read by" someone, or one of two, is nobody's.
Titles written before a name ("County Coroner Jane Roe") are no part of it."""

from __future__ import annotations

from generator.analysis.quotes import quotes


def test_a_signed_statement_is_its_signatorys_throughout() -> None:
    text = (
        '"The count was not fair," said a statement from the party\'s office signed by its '
        "press secretary, Jane Roe.\n\n"
        '"We will go to the tribunal," it said.\n\n'
        "Turnout was low in the north, officials reported.\n\n"
        '"Our members remain calm," the statement said.'
    )
    fair, tribunal, calm = quotes(text)
    assert fair.speaker == "Jane Roe"
    assert tribunal.speaker == "Jane Roe"
    assert calm.speaker == "Jane Roe"


def test_a_statement_by_a_named_official_and_an_alert_issued_by_an_embassy() -> None:
    text = (
        "The warning was contained in a statement by council spokesman John Doe on Monday.\n\n"
        '"No school has been told to close," added the statement.\n\n'
        "The Ruritanian Embassy on Sunday issued a security alert.\n\n"
        '"Avoid crowded places," said the alert.'
    )
    school, crowds = quotes(text)
    assert school.speaker == "John Doe"
    assert crowds.speaker is not None and "Ruritanian Embassy" in crowds.speaker


def test_a_statement_from_a_named_person_and_one_read_in_the_text() -> None:
    (dead,) = quotes(
        '"Two people were hurt," said a statement from Sheriff Jane Roe of the county office.'
    )
    assert dead.speaker == "Jane Roe"
    text = (
        "The Health Ministry on Friday published a statement.\n\n"
        '"The report is false and we reject it," the statement read.'
    )
    (read,) = quotes(text)
    assert read.speaker is not None and "ministry" in read.speaker.lower()


def test_a_statement_read_out_by_someone_or_one_of_two_is_nobodys() -> None:
    read_out = (
        "The autopsy found a heart attack, according to a statement read by family "
        "spokesman John Doe.\n\n"
        '"He had a wonderful last day," the statement read.'
    )
    assert [quote.speaker for quote in quotes(read_out)] == [None]
    two = (
        "Minister Jane Roe replied in a statement issued on Monday.\n\n"
        '"Stay away from crowds," the Ruritanian Embassy warned in a statement.\n\n'
        '"The capital is safe," the statement said.'
    )
    crowds, safe = quotes(two)
    assert crowds.speaker is not None and "Ruritanian Embassy" in crowds.speaker
    assert safe.speaker is None  # the minister's statement, or the embassy's?
    # "it" with no statement before it is no one, as before.
    assert [
        q.speaker for q in quotes('Talks ended.\n\n"We are done with these talks," it said.')
    ] == [None]


def test_a_county_coroner_is_a_title_not_part_of_a_name() -> None:
    text = (
        "Board Chairman John Doe said on Monday that help was slow.\n\n"
        "Four people died in Smith County on Sunday.\n\n"
        '"We need help now," he said.\n\n'
        "Smith County Coroner Jim Roe said the dead included two children."
    )
    (help_now,) = quotes(text)
    assert help_now.speaker == "John Doe"  # "Smith County" is a place, no one "he" may be
    # A man named between them still makes "he" unclear.
    other = text.replace("died in Smith County", "died, Jim Roe found,")
    assert [quote.speaker for quote in quotes(other)] == [None]


def test_a_statement_someone_else_owns_is_not_the_one_introduced() -> None:
    text = (
        'Minister Jane Roe said in a statement: "The capital is safe for all residents."\n\n'
        '"Stay away from crowds and markets," the embassy\'s statement said.'
    )
    safe, crowds = quotes(text)
    assert safe.speaker == "Jane Roe"
    assert crowds.speaker != "Jane Roe"
    # The statement itself, later, is hers.
    later = text + '\n\n"We ask residents to stay calm," the statement said.'
    assert quotes(later)[-1].speaker == "Jane Roe"
