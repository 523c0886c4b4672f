"""A description that ran into a headline on a page stored as one line is none; "President
and CEO" before a name is one person's two offices; "An X update on ..." is no speaker; a
sentence opening 'Says the X administrator, "..."' gives the quote to that office's holder
(else the office); "the agency" is the one agency the article names; a bare quotation after a
quote left without a speaker is not given the sentence's other source; "according to the X
report" and "per the X" name X."""

from __future__ import annotations

from tests.conftest import quote_with, speaker_of


def test_a_headline_before_a_name_is_no_description() -> None:
    text = (
        "Money / Zenco Troubled Zenco Shakes Up Its Board CEO Ada Brill is leaving. "
        '"The eyes of the market are on us and we will come through this," Brill said.'
    )
    quote = quote_with(text, "eyes of the market")
    assert quote.speaker == "Ada Brill"
    assert quote.speaker_description == ""


def test_two_offices_joined_by_and_are_one_persons_description() -> None:
    text = (
        '"Whatever final conclusions are reached, we are accountable," Zenco President and CEO '
        "Ada Brill said in a statement."
    )
    quote = quote_with(text, "final conclusions")
    assert quote.speaker == "Ada Brill"
    assert quote.speaker_description == "Zenco President and CEO"


def test_an_update_with_a_date_is_no_speaker() -> None:
    text = (
        'An ARB update on Jan. 9 said: "Every grounded plane will stay grounded until each '
        'can safely return to operation."'
    )
    speaker = speaker_of(text, "Every grounded plane")
    assert speaker is None or "update" not in speaker


def test_an_inverted_office_opening_a_sentence_is_its_holder() -> None:
    text = (
        "Lena Ortiz, the ARB administrator, toured the hangar on Monday.\n\n"
        '"The incident must never happen again," the ARB said in a statement. Says the ARB '
        'administrator, "The review gives me confidence to proceed with the inspections."'
    )
    assert speaker_of(text, "review gives me") == "Lena Ortiz"


def test_an_inverted_office_no_one_holds_stays_the_office() -> None:
    text = (
        '"The incident must never happen again," the ARB said in a statement. Says the ARB '
        'administrator, "The review gives me confidence to proceed with the inspections."'
    )
    assert speaker_of(text, "review gives me") == "the ARB administrator"


def test_the_agency_is_the_one_agency_the_article_names() -> None:
    text = (
        "The Aviation Review Administration on Saturday ordered some planes out of the air.\n\n"
        '"We will order the temporary grounding of certain aircraft," the agency posted on X '
        "Saturday."
    )
    assert speaker_of(text, "temporary grounding") == "Aviation Review Administration"


def test_the_agency_among_two_agencies_is_unclear() -> None:
    text = (
        "The Aviation Review Administration and the Transport Safety Agency met on Saturday.\n\n"
        '"We will order the temporary grounding of certain aircraft," the agency posted on X '
        "Saturday."
    )
    assert speaker_of(text, "temporary grounding") is None


def test_a_bare_quote_after_an_unattributed_one_is_not_the_sources() -> None:
    text = (
        "Zenco announced Monday that its chief plans to step down at the end of the year.\n\n"
        "“It has been the greatest privilege of my life to serve Zenco,” he said in a letter, "
        "according to Zenco.\n\n"
        "“The eyes of the world are on us, and I know that we will come through this moment.”"
    )
    assert speaker_of(text, "eyes of the world") is None


def test_according_to_an_organisations_report_is_the_organisation() -> None:
    text = (
        '"The captain said there was a loud bang while climbing," according to the ARB report. '
        "The plane landed safely."
    )
    assert speaker_of(text, "loud bang") == "ARB"


def test_per_a_named_paper_is_the_paper() -> None:
    text = (
        '"Instead, he becomes the second boss to exit amid quality concerns," per the Herald. '
        "The company declined to comment."
    )
    assert speaker_of(text, "second boss") == "Herald"


def test_an_organisations_name_with_a_title_case_word_is_still_a_description() -> None:
    from generator.analysis.quotes.descriptions import tidy

    assert tidy("Save Our Seas chair") == "Save Our Seas chair"
    assert tidy("Wake Up Call founder") == "Wake Up Call founder"
    assert tidy("Zenco Troubled Zenco Shakes Up Its Board CEO") == ""
