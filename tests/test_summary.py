"""The lead: the body's first one to three sentences, verbatim, about sixty words at most."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.analysis.summary import (
    Block,
    blocks,
    lead,
    quick_sentences,
    sentences,
    story_start,
)
from tests.conftest import seed_files, seed_text

STORIES = Path(__file__).parent / "fixtures" / "keywords"


def words(count: int, word: str = "word") -> str:
    """A sentence of exactly `count` words."""
    return " ".join(["Every"] + [word] * (count - 1)) + "."


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            "The U.S. Senate voted on Jan. 2 to approve the bill. It failed in the House.",
            ["The U.S. Senate voted on Jan. 2 to approve the bill.", "It failed in the House."],
            id="us-and-date",
        ),
        pytest.param(
            "J. R. Smith scored 20 points. Dr. Jones agreed with him.",
            ["J. R. Smith scored 20 points.", "Dr. Jones agreed with him."],
            id="initials-and-dr",
        ),
        pytest.param(
            'He called it an "unavoidable reality." Seoul did not reply.',
            ['He called it an "unavoidable reality."', "Seoul did not reply."],
            id="straight-quote",
        ),
        pytest.param(
            "She said, \u201cWe will win.\u201d Then she left.",
            ["She said, \u201cWe will win.\u201d", "Then she left."],
            id="curly-quote",
        ),
        pytest.param(
            "Apple Inc. reported results on Thursday. Revenue rose 5.2% to $90.1 billion.",
            ["Apple Inc. reported results on Thursday.", "Revenue rose 5.2% to $90.1 billion."],
            id="company-suffix",
        ),
        pytest.param(
            "Sen. Warren met Gov. Newsom in Sacramento. They talked for an hour.",
            ["Sen. Warren met Gov. Newsom in Sacramento.", "They talked for an hour."],
            id="titles",
        ),
        pytest.param(
            "He met U.N. Secretary-General Ant\u00f3nio Guterres in New York. They talked.",
            ["He met U.N. Secretary-General Ant\u00f3nio Guterres in New York.", "They talked."],
            id="acronym-before-a-name",
        ),
        pytest.param(
            "The envoy flew back to the U.S. They expect a reply next week.",
            ["The envoy flew back to the U.S.", "They expect a reply next week."],
            id="acronym-ends-a-sentence",
        ),
        pytest.param(
            "Talks ended on Jan. 12. The next round starts in March.",
            ["Talks ended on Jan. 12.", "The next round starts in March."],
            id="date-ends-a-sentence",
        ),
        pytest.param(
            "Wait... what happened next? Nobody knows.",
            ["Wait... what happened next?", "Nobody knows."],
            id="ellipsis",
        ),
        pytest.param(
            "The minister told\nParliament the plan was ready. Critics disagreed.",
            ["The minister told\nParliament the plan was ready.", "Critics disagreed."],
            id="soft-line-break",
        ),
        pytest.param(
            "ST. PETE BEACH \u2014 Homes flooded overnight. Many wept.",
            ["ST. PETE BEACH \u2014 Homes flooded overnight.", "Many wept."],
            id="saint-in-a-place-name",
        ),
        pytest.param(
            "ST. PETERSBURG, Fla. \u2014 The storm hit late Wednesday. Rain followed.",
            ["ST. PETERSBURG, Fla. \u2014 The storm hit late Wednesday.", "Rain followed."],
            id="state-before-a-dateline-dash",
        ),
        pytest.param(
            'The talks ended on Thursday.The sides signed 18 deals."We agree," he said.He left.',
            [
                "The talks ended on Thursday.",
                "The sides signed 18 deals.",
                '"We agree," he said.',
                "He left.",
            ],
            id="sentences-a-scraper-glued",
        ),
    ],
)
def test_sentences(paragraph: str, expected: list[str]) -> None:
    assert sentences(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "Milton was upgraded by the U.S. National Hurricane Center late Monday. Tampa braced.",
        "ST. PETE BEACH \u2014 Homes flooded overnight. \u201cWe lost it all,\u201d she said.",
        "Sen. Warren met Gov. Newsom in Sacramento. They talked for an hour.",
    ],
)
def test_a_leads_sentences_are_found_again_as_the_lead_made_them(paragraph: str) -> None:
    assert quick_sentences(lead(paragraph)) == sentences(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "  Leading and trailing space. Kept out.  ",
        "No final stop",
        "Is it over? No! It isn\u2019t. \u201cNever,\u201d he said.",
        "Prices rose 3.5% in the U.K. and the E.U. last year, the O.E.C.D. said.",
    ],
)
def test_sentences_are_exact_substrings_that_cover_the_paragraph(paragraph: str) -> None:
    found = sentences(paragraph)
    assert all(sentence in paragraph and sentence == sentence.strip() for sentence in found)
    assert "".join(found).replace(" ", "") == "".join(paragraph.split())


def test_a_blank_paragraph_has_no_sentences() -> None:
    assert sentences("") == [] and sentences("  \n ") == []


def test_blocks_strip_markers_and_keep_paragraphs_verbatim() -> None:
    text = "## Heading ##\n\nFirst line\nsecond line.\n\n- item one\n  continued\n1. two\n2) three"
    assert blocks(text) == [
        Block("heading", "Heading"),
        Block("paragraph", "First line\nsecond line."),
        Block("item", "item one continued"),
        Block("item", "two"),
        Block("item", "three"),
    ]


def test_lead_skips_headings_and_list_items() -> None:
    text = (
        "## Market update\n\n"
        "- Shares fell sharply.\n"
        "- Bonds rallied.\n\n"
        "1. First numbered point.\n\n"
        "The central bank held rates at 4%. Officials signalled a cut in June."
    )
    assert lead(text) == "The central bank held rates at 4%. Officials signalled a cut in June."


def test_lead_takes_at_most_three_sentences() -> None:
    text = "One short sentence. Two short ones. Three of them. Four now. Five."
    assert lead(text) == "One short sentence. Two short ones. Three of them."


def test_lead_continues_into_the_next_paragraph_when_the_first_is_short() -> None:
    text = (
        "Beijing \u2013 Talks resumed.\n\n## Background\n\nThe two sides last met in May.\n\nMore."
    )
    assert lead(text) == "Beijing \u2013 Talks resumed. The two sides last met in May. More."


def test_lead_stops_before_a_sentence_that_would_pass_sixty_words() -> None:
    text = f"{words(25)} {words(25)} {words(25)}"
    assert lead(text) == f"{words(25)} {words(25)}"
    assert len(lead(text).split()) == 50


def test_lead_stops_at_the_first_sentence_that_does_not_fit() -> None:
    # A later short sentence is not pulled forward past a long one.
    text = f"{words(30)} {words(40)} Short one."
    assert lead(text) == words(30)


def test_lead_keeps_a_long_first_sentence_whole() -> None:
    long_sentence = words(80)
    assert lead(f"{long_sentence} A second sentence.") == long_sentence


def test_lead_word_limit_can_be_changed() -> None:
    text = f"{words(10)} {words(10)} {words(10)}"
    assert lead(text, max_words=20) == f"{words(10)} {words(10)}"


def test_lead_of_an_empty_or_heading_only_text_is_empty() -> None:
    assert lead("") == ""
    assert lead("\n\n  \n") == ""
    assert lead("## Only a heading\n\n- and a list item") == ""


def test_lead_is_verbatim() -> None:
    text = (
        "Seoul\u2019s envoy said the talks were \u201cfrank.\u201d  Washington  agreed.\n\n"
        "Rest of the story."
    )
    assert lead(text) == (
        "Seoul\u2019s envoy said the talks were \u201cfrank.\u201d Washington  agreed. "
        "Rest of the story."
    )


def verbatim_pieces(joined: str, text: str) -> list[str]:
    """Split `joined` greedily into exact substrings of `text` that it joins by single spaces."""
    pieces: list[str] = []
    rest = joined
    while rest:
        cut = max(
            (
                end
                for end in range(1, len(rest) + 1)
                if rest[:end] in text and rest[end : end + 1] in ("", " ")
            ),
            default=None,
        )
        assert cut is not None, f"{rest!r} does not start with a piece of the text"
        pieces.append(rest[:cut])
        rest = rest[cut + 1 :]
    return pieces


def article_texts() -> list[tuple[str, str]]:
    """Fixture story bodies (without their title line), and the seed articles as scraped."""
    stories = [
        (path.stem, path.read_text(encoding="utf-8").partition("\n\n")[2])
        for path in STORIES.glob("*.md")
    ]
    seeds = [(path.stem, seed_text(path.name)) for path in seed_files()]
    return sorted(stories) + sorted(seeds)


@pytest.mark.parametrize(("name", "text"), article_texts())
def test_lead_of_a_real_article_is_verbatim_sentences_within_the_limit(
    name: str, text: str
) -> None:
    result = lead(text)
    paragraphs = [block.text for block in blocks(text) if block.kind == "paragraph"]
    # Lines with no final stop over the story (a standfirst, a label) are passed over.
    while len(paragraphs) > 1 and len(sentences(paragraphs[0])) == 1:
        if paragraphs[0].rstrip("\"”’')]").endswith((".", "!", "?", "…", ":")):
            break
        paragraphs.pop(0)
    first_paragraph = paragraphs[0][story_start(paragraphs[0]) :]
    first_sentence = sentences(first_paragraph)[0]
    assert result.startswith(first_sentence)
    assert len(result.split()) <= max(60, len(first_sentence.split()))
    assert 1 <= len(verbatim_pieces(result, text)) <= 3


def test_verbatim_pieces_rejects_text_that_is_not_in_the_source() -> None:
    assert verbatim_pieces("One. Three.", "One. Two. Three.") == ["One.", "Three."]
    with pytest.raises(AssertionError):
        verbatim_pieces("One. Four.", "One. Two. Three.")
