"""A news agency's picture captions that were kept as the story's text: AP's credit with the
gallery's buttons glued after it, a long caption over a wire's dateline (which became the lead),
a caption signed "— AFP" above the story, and one signed "/ © AFP". A wire's paragraph signed
the same way, and a standfirst over the dateline, stay."""

from __future__ import annotations

from generator.analysis.clean import clean

TITLE = "Harbour wall to be rebuilt after winter storms"
STORY = """\
The harbour wall will be rebuilt next year after winter storms tore a hole in its seaward side, the port authority said on Tuesday.

Engineers estimate the work will cost 12 million pounds and take eight months.
"""
DATELINE_STORY = """\
DOVER (Reuters) - The harbour wall will be rebuilt next year after winter storms tore a hole in its seaward side, the port authority said on Tuesday.

Engineers estimate the work will cost 12 million pounds and take eight months.
"""


def _removed(raw: str) -> dict[str, str]:
    return {line.line: line.reason for line in clean(raw, TITLE).removed}


def test_an_ap_caption_with_the_gallery_buttons_glued_after_its_credit_is_dropped():
    caption = (
        "FILE - Fishing boats lie on their sides in the drained harbour, Sunday, Feb. 9, 2025, in "
        "Dover. (AP Photo/Jane Roe, File) Click here to view gallery Photo: The Canadian "
        "PressPhoto: The Canadian Press"
    )
    assert _removed(f"{caption}\n\n{STORY}") == {caption: "photo caption"}


def test_a_paragraph_going_on_after_an_agency_credit_is_not_taken_for_that_caption():
    line = (
        "Boats lie in the drained harbour. (AP Photo/Jane Roe) The council said on Friday that "
        "the harbour would stay closed until the wall is rebuilt."
    )
    assert line in clean(f"{STORY}\n{line}\n", TITLE).text


def test_a_long_caption_dated_as_a_wire_dates_its_pictures_over_the_dateline_is_dropped():
    caption = (
        "Residents walk past sandbags piled outside shops on the seafront on the day the harbour "
        "wall gave way to the storm for the first time in seventy years, while the old town where "
        "most houses were flooded remains closed, in Dover, Britain, March 3, 2025."
    )
    cleaned = clean(f"{caption}\n\n{DATELINE_STORY}", TITLE)
    assert {line.line: line.reason for line in cleaned.removed} == {caption: "photo caption"}
    assert cleaned.text.startswith("DOVER (Reuters) - ")  # the lead, and the wire's dateline


def test_a_standfirst_over_the_dateline_stays():
    standfirst = "The port authority says the work will start in spring and last eight months."
    assert _removed(f"{standfirst}\n\n{DATELINE_STORY}") == {}


def test_a_caption_signed_with_the_agencys_name_after_a_dash_above_the_story_is_dropped():
    caption = "Fishing boats lie in the drained harbour of Dover. — AFP"
    assert _removed(f"{caption}\n\n{STORY}") == {caption: "photo caption"}


def test_a_wires_paragraph_signed_after_a_dash_stays():
    signed = "Repairs to the quay will follow, the port authority's chief executive said. — AFP"
    assert _removed(f"{signed}\n\n{STORY}") == {}
    last = "The harbour will reopen to fishing boats in the autumn. — AFP"
    assert _removed(f"{STORY}\n{last}\n") == {}  # the story's last paragraph, signed


def test_a_caption_signed_after_a_slash_and_a_copyright_mark_is_dropped():
    caption = (
        "The storm tore a hole in the seaward side of the wall, the port's engineer said / © AFP"
    )
    assert _removed(f"{STORY}\n{caption}\n") == {caption: "photo caption"}
