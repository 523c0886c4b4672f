"""The briefing's provenance stage: copies of one report, checked rewrites, who said what."""

from __future__ import annotations

import dataclasses
import datetime

import pytest

from generator.briefing import copies as copies_module
from generator.briefing.provenance import checked_against, trace
from generator.models import Article, EventGroup, Quote, RemovedLine
from tests.conftest import story

REPORT = (
    "Dock workers at the port walked out on Monday, halting the loading of container ships for "
    "the first time in a decade as talks over pay broke down.\n\n"
    "The strike began at dawn and union leaders said it would last at least two days unless the "
    "port operators returned to the table with a better offer on wages and shift patterns.\n\n"
    "“We have waited eleven months for a fair offer,” said Marta Visser, the head of the union.\n\n"
    "Shipping lines warned of delays across northern Europe, and several vessels were diverted "
    "to other ports while the terminals stood idle through the morning.\n\n"
    "The port authority said it regretted the walkout and hoped both sides would meet again soon."
)
WAITED = "We have waited eleven months for a fair offer,"


def quoted(text: str, speaker: str | None, start: int = 0) -> Quote:
    return Quote(text, speaker, "", 2, start, "after" if speaker else "none")


def traced(*articles: Article) -> tuple[EventGroup, ...]:
    group = EventGroup("e", "Strike", datetime.date(2026, 1, 5), "", "events/e.html", articles)
    return trace([group])


def by_id(groups: tuple[EventGroup, ...]) -> dict[str, Article]:
    return {a.id: a for group in groups for a in group.articles}


def test_copies_of_one_report_share_a_group_an_origin_and_how_much_they_share() -> None:
    wire = story("wire", "PORT CITY (AP) — " + REPORT, quoted(WAITED, "Marta Visser"))
    copy = story("copy", REPORT, quoted(WAITED, "Marta Visser"))
    other = story("other", "The council approved the budget for the new library on Tuesday.")
    found = by_id(traced(wire, copy, other))
    assert found["wire"].provenance.copy_group == found["copy"].provenance.copy_group == "copy"
    assert found["wire"].provenance.origin.name == "AP"
    (share,) = found["copy"].provenance.shared_with
    assert share.other == "wire" and share.fraction == 1.0
    assert found["other"].provenance.copy_group is None
    assert found["other"] == other  # untouched, digest and all


def test_a_wire_story_on_one_site_names_its_wire_as_its_origin_and_a_plain_story_none() -> None:
    wire = story("wire", "PORT CITY (AP) — " + REPORT)
    other = story("other", "The council approved the budget for the new library on Tuesday.")
    found = by_id(traced(wire, other))
    assert found["wire"].provenance.copy_group is None
    assert found["wire"].provenance.origin.name == "AP"
    assert "(AP)" in found["wire"].provenance.origin.how
    assert found["other"].provenance.origin is None


def test_a_lone_story_takes_no_origin_from_a_photo_credit_or_a_name_in_passing() -> None:
    pictured = story(
        "pictured",
        REPORT,
        removed=(
            RemovedLine("Dock workers on the picket line at dawn.", "photo caption"),
            RemovedLine("Reuters", "photo credit"),
        ),
    )
    cited = story("cited", REPORT + "\n\nThe walkout was first reported by BBC.")
    signed = story("signed", REPORT, removed=(RemovedLine("By AFP Staff Writers", "byline"),))
    # Each traced alone: the three are copies of one report to each other.
    assert by_id(traced(pictured))["pictured"].provenance.origin is None
    assert by_id(traced(cited))["cited"].provenance.origin is None
    assert by_id(traced(signed))["signed"].provenance.origin.name == "AFP"


def test_provenance_changes_the_digest_so_pages_that_show_it_are_made_again() -> None:
    wire, copy = story("wire", REPORT), story("copy", REPORT)
    found = by_id(traced(wire, copy))
    assert found["wire"].digest != wire.digest and found["copy"].digest != copy.digest


def test_a_quote_only_the_rewrite_carries_is_flagged_and_a_shared_one_is_not() -> None:
    original = story("original", REPORT, quoted(WAITED, "Marta Visser"))
    rewrite_text = (
        "Dock workers walked out on Monday after pay talks broke down.\n\n"
        "“We have waited eleven months for a fair offer,” said Marta Visser.\n\n"
        "“This is about respect,” Visser added, according to the union."
    )
    rewrite = story(
        "rewrite",
        rewrite_text,
        quoted(WAITED, "Marta Visser"),
        quoted("This is about respect,", "Visser"),
        based_on="https://www.original.example/strike/",  # www. and a slash: the same page
    )
    found = by_id(traced(original, rewrite))
    checks = {c.quote: c.status for c in found["rewrite"].provenance.checks}
    assert checks == {WAITED: "verbatim", "This is about respect,": "missing"}
    assert found["original"].provenance.checks == ()  # the original is not checked against itself


OWN_WORDS = "The ships will come back once the port is calm again,"


def with_interview(report: str) -> str:
    """The report with an interview of the outlet's own in its middle, where a shorter copy
    still reaches."""
    first, rest = report.split("\n\n", 1)
    return f"{first}\n\nA harbour pilot spoke to us. “{OWN_WORDS}” he said.\n\n{rest}"


def test_a_copy_checked_against_another_copy_of_a_wire_report_is_not_called_a_rewrite() -> None:
    # Both carry the same PTI report; one adds an interview of its own, which the other lacks.
    first = story("first", f"{REPORT}\n\n(PTI)", quoted(WAITED, "Marta Visser"))
    second = story(
        "second",
        f"{with_interview(REPORT)}\n\n(PTI)",
        quoted(WAITED, "Marta Visser"),
        quoted(OWN_WORDS, None),
    )
    found = by_id(traced(first, second))
    checks = {c.quote: c for c in found["second"].provenance.checks}
    assert checks[OWN_WORDS].status == "missing"  # still flagged, as issue 19 asks
    against = checked_against(found["second"], checks[OWN_WORDS].source, found)
    assert against == "the other copies of the PTI report"


def test_a_rewrite_naming_its_original_or_checked_against_the_agency_itself_is_so_called() -> None:
    original = story("original", REPORT, quoted(WAITED, "Marta Visser"))
    rewrite = story(
        "rewrite",
        "Dock workers walked out on Monday.\n\n“This is about respect,” Visser said.",
        quoted("This is about respect,", "Visser"),
        based_on="https://original.example/strike",
    )
    found = by_id(traced(original, rewrite))
    (check,) = found["rewrite"].provenance.checks
    assert checked_against(found["rewrite"], check.source, found) == "the original report"
    # The agency's own article ("Ap" on AP's site, the dateline its own) is the original too.
    own = story("ap", "PORT CITY (AP) — " + REPORT, quoted(WAITED, "Marta Visser"))
    copy = story("copy", with_interview(REPORT), quoted(OWN_WORDS, None))
    found = by_id(traced(own, copy))
    (check,) = found["copy"].provenance.checks
    assert check.status == "missing" and found["copy"].provenance.origin.name == "AP"
    assert checked_against(found["copy"], check.source, found) == "the original report"


def test_a_reworded_quote_says_what_differs() -> None:
    original = story("original", REPORT, quoted(WAITED, "Marta Visser"))
    reworded = "We had waited eleven months for a fair offer,"
    rewrite = story(
        "rewrite",
        f"“{reworded}” said Marta Visser.",
        quoted(reworded, "Marta Visser"),
        based_on="https://original.example/strike",
    )
    (check,) = by_id(traced(original, rewrite))["rewrite"].provenance.checks
    assert check.status == "reworded" and ("had", "have") in check.differences


def test_an_excerpt_that_stops_early_cannot_check_a_late_quote() -> None:
    excerpt = story("original", REPORT.split("\n\n")[0])
    late = "It is a matter of respect,"
    rewrite = story(
        "rewrite",
        REPORT.split("\n\n")[0] + "\n\n" + "More text follows here. " * 30 + f"“{late}” she said.",
        quoted(late, "Marta Visser"),
        based_on="https://original.example/strike",
    )
    (check,) = by_id(traced(excerpt, rewrite))["rewrite"].provenance.checks
    assert check.status == "unchecked"


def test_each_quote_is_listed_once_under_one_name_with_every_article_carrying_it() -> None:
    first = story("first", "…", quoted("We will not back down", "Lee Jae-myung"))
    second = story(
        "second",
        "…",
        quoted("We will not back down", "Lee"),
        quoted("Talks resume on Friday", None),
    )
    (group,) = traced(first, second)
    named = [q for q in group.quotes if q.speaker]
    (quote,) = named
    assert quote.speaker == "Lee Jae-myung"
    assert [c.article for c in quote.articles] == ["first", "second"]
    unattributed = [q for q in group.quotes if q.speaker is None]
    assert [q.text for q in unattributed] == ["Talks resume on Friday"]  # never guessed
    assert by_id((group,))["second"].quotes[0].speaker == "Lee Jae-myung"


def test_a_quote_an_excerpt_cuts_off_goes_with_the_whole_one_and_its_speaker() -> None:
    whole = story("whole", REPORT, quoted(WAITED, "Marta Visser", REPORT.index(WAITED)))
    excerpt = REPORT[: REPORT.index(WAITED) + len("We have waited eleven months for a fa")]
    cut = story("cut", excerpt, quoted(excerpt[REPORT.index(WAITED) :], None, REPORT.index(WAITED)))
    (group,) = traced(cut, whole)
    (quote,) = group.quotes
    assert quote.speaker == "Marta Visser"
    assert sorted(c.article for c in quote.articles) == ["cut", "whole"]
    # The cut article's own page says so too, not "unattributed".
    assert by_id((group,))["cut"].quotes[0].speaker == "Marta Visser"


def test_a_cut_quote_that_begins_two_speakers_quotes_is_never_given_either() -> None:
    said = "We have waited eleven months"
    first = story(
        "first",
        f"“{said} for a fair offer,” said Marta Visser.",
        quoted(f"{said} for a fair offer,", "Marta Visser", 1),
    )
    second = story(
        "second",
        f"“{said} for an answer,” said Jan de Boer.",
        quoted(f"{said} for an answer,", "Jan de Boer", 1),
    )
    cut = story("cut", f"“{said} for a", quoted(f"{said} for a", None, 1))
    (group,) = traced(first, second, cut)
    # Neither speaker is guessed; cut mid-sentence, the fragment is not listed on its own.
    assert [q.speaker for q in group.quotes if "cut" in {c.article for c in q.articles}] == []
    assert [q.speaker for q in group.quotes] == ["Marta Visser", "Jan de Boer"]


def test_a_fragment_cut_off_by_the_excerpt_is_not_listed_but_a_whole_quote_is() -> None:
    whole = "We will rebuild the harbour."
    cut = story(
        "cut",
        f"“{whole}” The mayor spoke at noon. “Maybe it will also be",
        quoted(whole, None, 1),
        quoted("Maybe it will also be", None, 57),
    )
    (group,) = traced(cut)
    assert [q.text for q in group.quotes] == [whole]


def test_an_event_lists_only_the_quotes_its_articles_carry() -> None:
    one = story("one", "…", quoted("Ships are waiting", "Marta Visser"))
    two = story("two", "…", quoted("Nothing moves", "Jan de Boer"))
    first = EventGroup("a", "A", None, "", "events/a.html", (one,))
    second = EventGroup("b", "B", None, "", "events/b.html", (two,))
    groups = trace([first, second])
    assert [[q.text for q in g.quotes] for g in groups] == [
        ["Ships are waiting"],
        ["Nothing moves"],
    ]
    assert groups[0].articles == (one,)  # no copy, no check: the article is untouched


def test_an_article_traced_as_before_is_taken_from_the_last_build() -> None:
    wire = story("wire", "PORT CITY (AP) — " + REPORT, quoted(WAITED, "Marta Visser"))
    copy = story("copy", REPORT, quoted(WAITED, "Marta Visser"))
    group = EventGroup("e", "Strike", datetime.date(2026, 1, 5), "", "events/e.html", (wire, copy))
    known: dict[str, Article] = {}  # as watch mode keeps it
    first = by_id(trace([group], None, known))
    assert set(known) == {first["wire"].digest, first["copy"].digest}
    again = by_id(trace([group], None, known))
    assert again["wire"] is first["wire"] and again["copy"] is first["copy"]
    edited = story("copy", REPORT + "\n\nThe union said talks would resume.")
    changed = dataclasses.replace(group, articles=(wire, edited))
    after = by_id(trace([changed], None, known))
    assert after["copy"] is not first["copy"] and after == by_id(traced(wire, edited))


def test_a_description_that_only_repeats_the_speaker_is_dropped() -> None:
    said = dataclasses.replace(
        quoted("We rest our case", "prosecutors"), speaker_description="Prosecutors"
    )
    kept = dataclasses.replace(
        quoted("Ships are waiting", "Marta Visser"), speaker_description="harbour master"
    )
    (group,) = traced(story("one", "…", said, kept))
    quotes = by_id((group,))["one"].quotes
    assert [q.speaker_description for q in quotes] == ["", "harbour master"]


def test_a_speaker_has_the_fullest_description_any_article_gives_on_every_page() -> None:
    bare = dataclasses.replace(
        quoted("The port stays open", "Marta Visser"), speaker_description="director"
    )
    full = dataclasses.replace(
        quoted("Ships are waiting", "Marta Visser"),
        speaker_description="the port authority's director",
    )
    (group,) = traced(story("one", "…", bare), story("two", "…", full))
    articles = by_id((group,))
    assert [q.speaker_description for q in articles["one"].quotes] == [
        "the port authority's director"
    ]
    assert {q.speaker_description for q in group.quotes} == {"the port authority's director"}


def test_copy_detection_is_given_again_the_sources_of_articles_that_did_not_change(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wire = story("wire", "PORT CITY (AP) — " + REPORT, quoted(WAITED, "Marta Visser"))
    copy = story("copy", REPORT, quoted(WAITED, "Marta Visser"))
    group = EventGroup("e", "Strike", datetime.date(2026, 1, 5), "", "events/e.html", (wire, copy))
    given: list[list[object]] = []
    real = copies_module.copy_groups
    monkeypatch.setattr(
        copies_module,
        "copy_groups",
        lambda sources, keeper=None: given.append(list(sources)) or real(sources, keeper),
    )
    sources: dict[str, object] = {}  # as watch mode keeps them
    first = by_id(trace([group], None, None, sources))  # type: ignore[arg-type]
    assert set(sources) == {wire.digest, copy.digest}
    edited = story("copy", REPORT + "\n\nThe union said talks would resume.")
    changed = dataclasses.replace(group, articles=(wire, edited))
    after = by_id(trace([changed], None, None, sources))  # type: ignore[arg-type]
    assert given[1][0] is given[0][0]  # the wire story's, kept
    assert given[1][1] is not given[0][1] and given[1][1].text == edited.text  # type: ignore[attr-defined]
    assert set(sources) == {wire.digest, edited.digest}
    assert first == by_id(traced(wire, copy)) and after == by_id(traced(wire, edited))
