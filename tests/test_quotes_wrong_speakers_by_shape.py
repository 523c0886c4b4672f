"""Shapes in which the reader gave a quote to the wrong speaker, now left unattributed or
given to the right one (issue 19, round 14): a title hard-wrapped over two lines; a city and
region after the speaker's workplace; a colon after a speech verb whose long subject could
not be read; "charged with" in its legal sense; a phrase quoted in a relative clause about
the speaker; an indefinite role ("A JUDGE") when a named person holds it; a name given "as
it is being called". And two recall shapes: bare paragraphs after a lead that names the one
speaker, and "X was quoted to have said". Each test fails on the code before it; each near
case keeps its old reading."""

from __future__ import annotations

from generator.analysis.quotes import quotes


def speaker_of(text: str, words: str) -> str | None:
    """The speaker of the quote holding `words`; None when none holds them or it has none."""
    found = [quote for quote in quotes(text) if words in quote.text]
    return found[0].speaker if found else None


def extracted(text: str, words: str) -> bool:
    return any(words in quote.text for quote in quotes(text))


# A title hard-wrapped over two lines, which the cleaner made two paragraphs.


def test_a_title_cut_by_a_line_gives_no_speaker() -> None:
    text = (
        "The agency chose three probes on Monday.\n\n"
        "“The scientists surprised us with the daring of their plans,” said Orbital’s"
        " Planetary Science Division Associate\n\n"
        "Administrator Ann Kestrel. “We look forward to what they find.”"
    )
    assert speaker_of(text, "daring of their plans") is None


def test_a_name_at_a_line_end_without_its_stop_keeps_its_speaker() -> None:
    # Near case: the line ends on the name itself, its stop lost; the subject is whole.
    text = "“We found three new moons around the planet,” said Ann Kestrel\n\nThe probe flew on."
    assert speaker_of(text, "three new moons") == "Ann Kestrel"


# A city and its region after the speaker's workplace are no speaker.


def test_a_city_and_region_after_a_workplace_are_no_speaker() -> None:
    text = (
        "The comet is bright because “it passed close to the sun and lost its dust,” study"
        " co-author Ann Kestrel of the Observatory of the Marine Institute for Science,"
        " Halifax, Nova Scotia, told reporters."
    )
    assert speaker_of(text, "passed close to the sun") == "Ann Kestrel"


def test_a_role_after_the_name_still_reads_as_its_apposition() -> None:
    # Near case: "X, a professor, said": one segment after the name is its role, no address.
    text = "“The comet will be back in a century,” Ann Kestrel, a professor, told reporters."
    assert speaker_of(text, "back in a century") == "Ann Kestrel"


# A colon after a speech verb whose long subject could not be read.


def test_a_colon_after_an_unread_speaker_gives_no_one_else() -> None:
    text = (
        "Speaking to The Daily, Met Bureau forecaster Tom Pardoe warned ‘we are in for a real"
        " rollercoaster this week’.\n\n"
        "In fact, the mercury could hit 40C on Sunday, as he said: “Next weekend we could have"
        " some record heat.”\n\n"
        "This is the start of a long warm spell for much of the country.\n\n"
        "Speaking on the latest Met Bureau 10 Day Trend Met Bureau Meteorologist and Presenter"
        " Ann Kestrel said: “There is good model certainty that we will see a peak on Tuesday.”"
    )
    assert speaker_of(text, "good model certainty") is None
    assert speaker_of(text, "record heat") == "Tom Pardoe"  # near case: his own "he said:"


def test_a_colon_after_a_subject_with_no_speech_verb_keeps_its_speaker() -> None:
    # Near case: "X made no secret of his delight:" has no speech verb; its subject speaks.
    text = "Tom Pardoe made no secret of his delight: “This is the best day of my life.”"
    assert speaker_of(text, "best day of my life") == "Tom Pardoe"


# "Charged" in the sense of a court's accusation.


def test_charged_over_a_crime_is_no_speech() -> None:
    text = (
        "Two men charged over a seizure of drugs allegedly linked to “a transnational"
        " criminal organisation” have been remanded in custody."
    )
    assert speaker_of(text, "transnational criminal") is None


def test_charged_that_is_still_speech() -> None:
    # Near case: "X charged that ..." accuses in words: X speaks.
    text = "Tom Pardoe charged that the council was “a disgrace to the whole town”."
    assert speaker_of(text, "disgrace to the whole town") == "Tom Pardoe"


# A phrase quoted in a relative clause about the speaker named after the verb.


def test_a_word_quoted_in_a_relative_clause_after_the_speaker_is_not_theirs() -> None:
    text = (
        "“The batters will talk about how to do better,” said Tom Pardoe, who himself made"
        " a ‘duck’ on his debut as captain."
    )
    assert speaker_of(text, "duck") is None
    assert speaker_of(text, "how to do better") == "Tom Pardoe"  # near case: the quote before


# An indefinite role in a lead, when the article names a person holding it.


def test_an_indefinite_role_a_named_person_holds_gives_no_speaker() -> None:
    text = (
        "“We cannot have the court run around your comfort,” Judge Tom Pardoe told the man.\n\n"
        "A JUDGE has described as “deeply troubling” claims that a man was told to plead"
        " guilty."
    )
    assert speaker_of(text, "deeply troubling") is None


def test_an_indefinite_role_no_one_holds_speaks_as_itself() -> None:
    # Near case: no judge is named; "a judge" speaks as itself.
    text = "A judge said the claims were “deeply troubling for the whole court service”."
    assert speaker_of(text, "deeply troubling") == "A judge"


# A quoted name "as it is being called".


def test_a_name_as_it_is_called_is_no_speech() -> None:
    text = (
        "“Lazarus” comet, as it is being called, is bright because “it passed close to the"
        " sun and lost its dust,” astronomer Ann Kestrel said."
    )
    assert speaker_of(text, "Lazarus") is None
    assert speaker_of(text, "passed close to the sun") == "Ann Kestrel"


# Bare paragraphs after a lead that names the one speaker.


_LEAD = (
    "Tom Pardoe gave his honest assessment of the defeat at home to Rovers Athletic on"
    " Saturday.\n\n"
    "“It was not good enough. I don’t think we gave ourselves a chance to win the game.\n\n"
    "“We conceded a poor goal to start with and we never recovered from it.”\n\n"
    "The side travel to City Albion next weekend."
)


def test_bare_paragraphs_after_a_lead_naming_one_person_are_theirs() -> None:
    assert speaker_of(_LEAD, "not good enough") == "Tom Pardoe"
    assert speaker_of(_LEAD, "conceded a poor goal") == "Tom Pardoe"


def test_bare_paragraphs_stay_unattributed_when_another_person_speaks() -> None:
    # Near case: another person speaks in the article; whose bare words these are is unclear.
    text = _LEAD + "\n\nRovers manager Ann Kestrel said: “We were the better side all day.”"
    assert speaker_of(text, "not good enough") is None


# "X was quoted to have said".


def test_quoted_to_have_said_gives_the_one_quoted() -> None:
    text = "“Nigeria is no exception in having such warnings,” Tom Pardoe was quoted to have said."
    assert speaker_of(text, "no exception") == "Tom Pardoe"


def test_quoted_as_saying_keeps_the_one_quoted() -> None:
    # Near case: the form the reader already knew.
    text = "“Nigeria is no exception in having such warnings,” Tom Pardoe was quoted as saying."
    assert speaker_of(text, "no exception") == "Tom Pardoe"


# Answers under "Q:" lines, in an interview whose standfirst names the one interviewee.

_INTERVIEW = (
    "The following is a transcript of reporter Tom Pardoe's interview with Harbour Ferries"
    " Chairman Ann Kestrel.\n\n"
    "Q: How has the company done since you took over?\n\n"
    '"Any assessment of that has to be made against a very hard few years for shipping.\n\n'
    '"So we set about changing the way we run the boats, one route at a time."\n\n'
)


def test_answers_under_question_lines_are_the_interviewees() -> None:
    assert speaker_of(_INTERVIEW, "Any assessment of that") == "Ann Kestrel"
    assert speaker_of(_INTERVIEW, "one route at a time") == "Ann Kestrel"


def test_answers_stay_unattributed_when_the_standfirst_names_two_interviewees() -> None:
    # Near case: "interview with" two people; whose answer each is, unsaid.
    text = _INTERVIEW.replace("Chairman Ann Kestrel.", "Chairman Ann Kestrel and Mark Ostler.")
    assert speaker_of(text, "Any assessment of that") is None
