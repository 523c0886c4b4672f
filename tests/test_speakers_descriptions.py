"""One description for a speaker across a briefing: the fullest any article gives them, those
that differ only in case being one."""

from __future__ import annotations

from generator.briefing.speakers import canonical_descriptions, canonical_speakers
from generator.models import Quote


def described(*said: tuple[str, str]) -> dict[str, str]:
    """The briefing's description for each speaker, each (speaker, description) given by an
    article of its own."""
    quotes = {
        str(index): [Quote("Words", speaker, description, paragraph=0, start=0, how="after")]
        for index, (speaker, description) in enumerate(said)
    }
    return canonical_descriptions(quotes, canonical_speakers(quotes))


def test_the_fullest_description_is_the_speakers_across_the_briefing() -> None:
    assert described(
        ("Anna van der Berg", "NATO Council chair"),
        ("Anna van der Berg", "North Atlantic Council chair"),
        ("van der Berg", "North Atlantic Council Chair"),
    ) == {"Anna van der Berg": "North Atlantic Council chair"}


def test_a_bare_title_gives_way_to_the_one_an_article_qualifies() -> None:
    assert described(("Ola Nyberg", "President"), ("Ola Nyberg", "Norway's President")) == {
        "Ola Nyberg": "Norway's President"
    }


def test_a_name_written_from_its_particle_is_the_full_names() -> None:
    names = canonical_speakers(
        {
            "1": [Quote("Words", "Anna van der Berg", "", paragraph=0, start=0, how="after")],
            "2": [Quote("Words", "van der Berg", "", paragraph=0, start=0, how="after")],
        }
    )
    assert names["2", "van der Berg"] == "Anna van der Berg"
