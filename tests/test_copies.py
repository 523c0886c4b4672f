"""Copies of one report across sites, where the report came from, and a rewrite's quotations
checked against its original.

How well copies are found is measured by eval/copies.py; these tests pin the behaviour.
"""

from __future__ import annotations

import dataclasses
import datetime
import random
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import pytest

from generator.briefing import copies as copies_module
from generator.briefing.copies import (
    CopyGroup,
    Source,
    check_quotes,
    copy_groups,
    credits,
    forget,
    origin,
    shared_fraction,
)
from generator.cache import copies as kept_copies_module
from generator.cache.store import AnalysisCache, analyses_file
from tests.conftest import HASH_SEEDS, run_python

STORIES = Path(__file__).parent / "fixtures" / "copies"


def story(name: str) -> str:
    return (STORIES / f"{name}.md").read_text(encoding="utf-8")


def source(name: str, site: str, **fields: object) -> Source:
    return Source(name, story(name), site, **fields)  # type: ignore[arg-type]


def test_two_copies_of_one_wire_story_on_different_sites_form_a_group() -> None:
    (group,) = copy_groups(
        [source("wire_story", "malaymail.com"), source("wire_story_copy", "hurriyetdailynews.com")]
    )
    assert group.ids == ("wire_story", "wire_story_copy")
    copy = group.members[1]
    # The copy left out a paragraph, so it holds a larger share of what they have in common.
    assert copy.shares[0].other == "wire_story"
    assert copy.shares[0].fraction > group.members[0].shares[0].fraction > 0.5


def test_articles_of_one_site_sharing_only_its_template_are_not_copies() -> None:
    names = ("site_story_one", "site_story_two", "site_story_three")
    # Compared without the site in view, the template alone makes them look like copies.
    assert shared_fraction(story(names[0]), story(names[1])) > 0.5
    assert copy_groups([source(name, "harbourherald.example") for name in names]) == ()


def test_reports_of_one_event_sharing_a_quotation_are_not_copies() -> None:
    assert shared_fraction(story("same_event_own_report"), story("wire_story")) < 0.1
    sources = [source("wire_story", "a.example"), source("same_event_own_report", "b.example")]
    assert copy_groups(sources) == ()


_BACKGROUND = (
    "The harbour authority was set up in 1952 to run the port, which handles about a third of "
    "the country's container traffic and employs some four thousand people on its docks.\n\n"
    "Its board of seven members is appointed by the transport ministry for terms of five years, "
    "and its chairman reports to parliament twice a year on the state of the port's finances."
)
_LEAD = (
    "The chairman of the harbour authority resigned on Monday after an audit found that "
    "contracts for new cranes had been awarded without a tender to a firm run by his cousin.\n\n"
    "His deputy will lead the authority until the transport minister names a successor, a "
    "spokesman for the ministry told reporters outside the port offices in the old town."
)
_OTHER_LEAD = (
    "Dock workers at the harbour walked off the job for two hours on Thursday to protest "
    "against new shift patterns that their union says will cut their pay by a tenth.\n\n"
    "The stoppage left six ships waiting in the bay, and the union warned that longer strikes "
    "would follow next month unless the talks with the managers make some progress soon."
)
_BODY = (
    "The audit, ordered by parliament last spring, found that the cousin's firm had been paid "
    "twice for the same cranes and that two of them had never been delivered to the port."
)
_OTHER_BODY = (
    "Managers said the new shifts were needed to keep the cranes working through the night, as "
    "rival ports along the coast already do, and offered a bonus to workers who sign up."
)
_NEW_LEAD = (
    "Police have opened an inquiry into the crane contracts at the harbour, prosecutors said on "
    "Tuesday, a day after the authority's chairman stepped down over the findings of an audit."
)


def test_stories_sharing_only_background_paragraphs_are_not_copies_but_a_rewrite_is() -> None:
    first = f"{_LEAD}\n\n{_BODY}\n\n{_BACKGROUND}"
    other_story = f"{_OTHER_LEAD}\n\n{_OTHER_BODY}\n\n{_BACKGROUND}"
    assert 0.25 < shared_fraction(other_story, first) < 0.5
    forget()
    assert (
        copy_groups([Source("a", first, "a.example"), Source("b", other_story, "b.example")]) == ()
    )
    # A write-through: a new lead on top, the first version's lead kept below it.
    rewrite = f"{_NEW_LEAD}\n\n{_LEAD}\n\n{_OTHER_BODY}"
    assert 0.25 < shared_fraction(rewrite, first) < 0.5
    forget()
    (group,) = copy_groups([Source("a", first, "a.example"), Source("c", rewrite, "c.example")])
    assert group.ids == ("a", "c")


def test_the_leads_of_many_rewrites_are_shingled_in_one_pass(
    work: list[tuple[object, ...]],
) -> None:
    # The first story shares a third of its text with each other: only the leads tell the
    # rewrites (its lead kept under a new one) from the other story's versions.
    first = f"{_LEAD}\n\n{_BODY}\n\n{_BACKGROUND}"
    rewrites = [f"{_NEW_LEAD}\n\n{_LEAD}\n\n{_OTHER_BODY}{' again' * n}" for n in range(4)]
    others = [f"{_OTHER_LEAD}{' too' * n}\n\n{_OTHER_BODY}\n\n{_BACKGROUND}" for n in range(4)]
    texts = [first, *rewrites, *others]
    sources = [Source(str(n), text, f"{n}.example") for n, text in enumerate(texts)]
    forget()
    groups = [group.ids for group in copy_groups(sources)]
    assert groups == [("0", "1", "2", "3", "4"), ("5", "6", "7", "8")]
    assert len([done for done in work if done[0] == "shingled"]) == 2  # texts, then leads


def test_groups_do_not_depend_on_the_order_of_the_articles() -> None:
    sources = [
        source("wire_story", "a.example"),
        source("same_event_own_report", "b.example"),
        source("wire_story_copy", "c.example"),
    ]
    assert copy_groups(sources) == copy_groups(sources[::-1])


def test_groups_are_the_same_in_every_process() -> None:
    code = f"""
        from pathlib import Path
        from generator.briefing.copies import Source, copy_groups
        folder = Path({str(STORIES)!r})
        names = sorted(path.stem for path in folder.glob("*.md"))
        sources = [Source(n, (folder / f"{{n}}.md").read_text(), n[:4]) for n in names]
        print(copy_groups(sources))
    """
    outputs = {run_python(code, hash_seed=seed) for seed in HASH_SEEDS}
    assert len(outputs) == 1 and "wire_story_copy" in outputs.pop()


@pytest.mark.parametrize(
    ("text", "agency", "how"),
    [
        pytest.param("SEOUL (AFP) - Exports rose.", "AFP", "dateline", id="dateline"),
        pytest.param("Seoul, Dec. 3 (Jiji Press)--Lee said", "Jiji Press", "dateline", id="jiji"),
        pytest.param("by AFP Staff Writers\nBeijing, Jan 4", "AFP", "byline", id="staff-writers"),
        pytest.param("Floods close roads By AFP Dec 4, 2026", "AFP", "byline", id="inline-byline"),
        pytest.param("Exports rose, Report informs via Reuters.", "Reuters", "credit", id="via"),
        pytest.param("A witness told AFP he saw flames.", "AFP", "interview", id="told"),
    ],
)
def test_a_credit_line_names_the_agency_and_how_it_was_found(
    text: str, agency: str, how: str
) -> None:
    found = credits(text)
    assert (found[0].agency, found[0].how) == (agency, how)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Reuters reported on Saturday that a missile was fired.", id="report-cited"),
        pytest.param("Yoon in court. (Image: Reuters) Credit: AAP", id="photo-credit"),
        pytest.param("The staff signed a letter reviewed by Reuters.", id="document-seen"),
        pytest.param(
            "The mayor resigned, as first reported by AP on Monday.", id="report-credited"
        ),
    ],
)
def test_an_agency_cited_or_credited_for_a_photo_is_no_origin(text: str) -> None:
    assert credits(text) == ()


def test_the_origin_is_the_credited_agency_before_the_earliest_copy() -> None:
    early = Source("k1", "Exports rose.", "a.example", datetime.date(2026, 1, 1))
    credited = Source("k2", "SEOUL (AFP) - Exports rose.", "b.example", datetime.date(2026, 1, 2))
    found = origin([early, credited])
    assert (found.name, found.article) == ("AFP", "k2")
    assert "(AFP)" in found.how


def test_an_agency_alone_on_the_last_line_is_a_credit_line_not_a_dateline() -> None:
    text = "The ferry left port at dawn, the harbour master said.\n\nIt docks on Friday.\n\n(PTI)"
    first = Source("k1", text, "a.example", datetime.date(2026, 1, 1))
    second = Source("k2", text.replace("dawn", "first light"), "b.example")
    found = origin([first, second])
    assert (found.name, found.how) == ("PTI", "credit line '(PTI)'")
    # A place before it, or the story after it, still makes it the dateline that opens it.
    assert credits("MUMBAI (PTI)\nThe ferry left port.")[0].how == "dateline"


def test_without_a_credit_the_origin_is_the_based_on_url_then_the_earliest_copy() -> None:
    late = Source("k1", "Exports rose.", "a.example", datetime.date(2026, 1, 3))
    early = Source("k2", "Exports rose.", "b.example", datetime.date(2026, 1, 1))
    assert (origin([late, early]).name, origin([late, early]).article) == ("b.example", "k2")
    based = Source("k3", "Exports rose.", "c.example", based_on="https://example.org/report")
    assert origin([late, early, based]).name == "https://example.org/report"


ORIGINAL = (
    "Kang said China saw Seoul as the weakest link. "
    '"China views South Korea as the weakest link at a time when trilateral cooperation is '
    'growing," he told AFP. "We must be careful," he added.'
)


def test_a_quote_found_word_for_word_in_the_original_is_verbatim() -> None:
    (check,) = check_quotes("", ["We must be careful"], [("afp", ORIGINAL)])
    assert (check.status, check.source) == ("verbatim", "afp")


def test_a_quote_found_with_other_words_says_what_differs() -> None:
    quote = "China sees South Korea as the weakest link at a time when trilateral cooperation is growing"
    (check,) = check_quotes("", [quote], [("afp", ORIGINAL)])
    assert check.status == "reworded"
    assert check.differences == (("sees", "views"),)


def test_a_quote_the_original_does_not_hold_is_missing() -> None:
    (check,) = check_quotes(ORIGINAL, ["Nobody will listen to us"], [("afp", ORIGINAL)])
    assert check.status == "missing"


def test_a_quote_beyond_the_end_of_a_shorter_original_cannot_be_checked() -> None:
    rewrite = f'{ORIGINAL} Later he went further. "Seoul has no choice but to wait," he said.'
    excerpt = ORIGINAL[:120]
    (check,) = check_quotes(rewrite, ["Seoul has no choice but to wait"], [("afp", excerpt)])
    assert check.status == "unchecked"


def test_a_quote_the_excerpt_cuts_is_compared_as_far_as_it_goes() -> None:
    excerpt = ORIGINAL[: ORIGINAL.index("trilateral") + 7]  # "... at a time when trilate"
    quote = "China views South Korea as the weakest link at a time when trilateral cooperation is growing"
    (check,) = check_quotes(ORIGINAL, [quote], [("afp", excerpt)])
    assert (check.status, check.cut) == ("verbatim", True)


def test_a_build_after_an_edit_finds_what_a_first_build_finds() -> None:
    # copy_groups keeps what it measured for the next call (watch mode): it must never answer
    # with it for a text that changed.
    wire, copy = source("wire_story", "a.example"), source("wire_story_copy", "b.example")
    other = source("same_event_own_report", "c.example")
    assert [g.ids for g in copy_groups([wire, copy, other])] == [("wire_story", "wire_story_copy")]
    rewritten = Source("wire_story_copy", story("same_event_own_report").upper(), "b.example")
    after_edit = copy_groups([wire, rewritten, other])
    forget()
    assert after_edit == copy_groups([wire, rewritten, other])
    assert all("wire_story" not in g.ids for g in after_edit)
    assert copy_groups([wire, copy, other]) == copy_groups([wire, copy, other])


def test_an_edit_inside_a_group_of_copies_measures_its_shares_again() -> None:
    wire, copy = source("wire_story", "a.example"), source("wire_story_copy", "b.example")
    (before,) = copy_groups([wire, copy])
    longer = Source(copy.id, f"{copy.text}\n\n{story('same_event_own_report')}", copy.site)
    (after,) = copy_groups([wire, longer])
    forget()
    assert after == copy_groups([wire, longer])[0]
    assert after.ids == before.ids and after.members != before.members


# ---------------------------------------------------------------------------- from build to build

SIX = (
    ("wire_story", "a.example"),
    ("wire_story_copy", "b.example"),
    ("same_event_own_report", "c.example"),
    ("site_story_one", "harbourherald.example"),
    ("site_story_two", "harbourherald.example"),
    ("site_story_three", "harbourherald.example"),
)


def in_a_new_build(sources: Sequence[Source], cache_folder: Path) -> tuple[CopyGroup, ...]:
    """copy_groups as a build command calls it: in a new process, with the build cache."""
    forget()
    with AnalysisCache(cache_folder) as cache:
        return copy_groups(sources, cache.kept_copies())


def from_scratch(sources: Sequence[Source]) -> tuple[CopyGroup, ...]:
    forget()
    return copy_groups(sources)


def edited(sources: Sequence[Source], place: int, text: str) -> list[Source]:
    changed = list(sources)
    changed[place] = dataclasses.replace(sources[place], text=text)
    return changed


@pytest.fixture
def work(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, ...]]:
    """What copy detection does from here on: each batch of own texts it shingles (how many),
    each pair it measures in full (their places) and each group it makes (its size)."""
    done: list[tuple[object, ...]] = []
    shingled, copies, group = (
        copies_module.shingling._shingled,
        copies_module.grouping._copies,
        copies_module.grouping._group,
    )

    def shingle(texts: dict[str, str]) -> object:
        done.append(("shingled", len(texts)))
        return shingled(texts)

    def measure(shingles: object, a: int, b: int, *rest: object) -> bool:
        done.append(("measured", a, b))
        return copies(shingles, a, b, *rest)

    def make(members: list[Source], *rest: object) -> CopyGroup:
        done.append(("grouped", len(members)))
        return group(members, *rest)

    monkeypatch.setattr(copies_module.shingling, "_shingled", shingle)
    monkeypatch.setattr(copies_module.grouping, "_copies", measure)
    monkeypatch.setattr(copies_module.grouping, "_group", make)
    return done


def test_a_build_after_an_edit_shingles_the_edited_text_alone_and_measures_only_its_pairs(
    tmp_path: Path, work: list[tuple[object, ...]]
) -> None:
    sources = [source(name, site) for name, site in SIX]
    first = in_a_new_build(sources, tmp_path)
    assert [group.ids for group in first] == [("wire_story", "wire_story_copy")]
    assert work == [("shingled", 6), ("measured", 0, 1), ("grouped", 2)]

    work.clear()  # an edit to an article that is no copy: nothing to measure
    other = edited(
        sources, 2, story("same_event_own_report") + "\n\nThe ministry declined to comment."
    )
    assert in_a_new_build(other, tmp_path) == first
    assert work == [("shingled", 1)]

    work.clear()  # an edit to a copy: its pair and its group are measured again
    longer = story("wire_story_copy") + "\n\nExports to Europe fell for a third month in a row."
    copy = edited(other, 1, longer)
    after = in_a_new_build(copy, tmp_path)
    assert work == [("shingled", 1), ("measured", 0, 1), ("grouped", 2)]
    assert after == from_scratch(copy) and after != first


def test_a_build_of_the_same_articles_again_measures_nothing(
    tmp_path: Path, work: list[tuple[object, ...]]
) -> None:
    sources = [source(name, site) for name, site in SIX]
    first = in_a_new_build(sources, tmp_path)
    work.clear()
    assert in_a_new_build(sources, tmp_path) == first
    assert work == []


def test_watch_mode_takes_up_its_own_last_call_without_reading_the_cache_back(
    tmp_path: Path, work: list[tuple[object, ...]], monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = [source(name, site) for name, site in SIX]
    first = in_a_new_build(sources, tmp_path)
    work.clear()
    other = edited(sources, 2, story("same_event_own_report") + "\n\nNo comment was given.")
    with AnalysisCache(tmp_path) as cache:  # the next save, in the same process
        keeper = cache.kept_copies()
        monkeypatch.setattr(keeper, "measured", lambda: pytest.fail("read the cache back"))
        assert copy_groups(other, keeper) == first
    assert work == [("shingled", 1)]
    assert in_a_new_build(other, tmp_path) == first  # and the cache holds what it measured


def test_an_edit_that_changes_a_sites_template_reads_the_site_again(tmp_path: Path) -> None:
    sources = [source(name, site) for name, site in SIX]
    assert len(in_a_new_build(sources, tmp_path)) == 1
    # Without its template paragraphs, the first story leaves them in two of the site's
    # stories only: no longer its template, and those two share it.
    first_paragraph = story("site_story_one").split("\n\n")[0]
    untemplated = edited(sources, 3, first_paragraph)
    found = in_a_new_build(untemplated, tmp_path)
    assert found == from_scratch(untemplated)
    assert ("site_story_three", "site_story_two") in [group.ids for group in found]


@pytest.fixture
def read_5_grams(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The own texts whose 5-grams copy detection reads back from the build cache."""
    read: list[str] = []
    shingles = kept_copies_module.CachedCopies.shingles

    def reading(keeper: object, keys: Sequence[str], *rest: object) -> object:
        read.extend(keys)
        return shingles(keeper, keys, *rest)

    monkeypatch.setattr(kept_copies_module.CachedCopies, "shingles", reading)
    return read


def test_a_build_after_an_edit_reads_back_only_the_5_grams_of_the_texts_it_weighs_again(
    tmp_path: Path, read_5_grams: list[str]
) -> None:
    sources = [source(name, site) for name, site in SIX]
    in_a_new_build(sources, tmp_path)
    read_5_grams.clear()  # an edit to an article that is no copy: its old text's, no other
    other = edited(sources, 2, story("same_event_own_report") + "\n\nNo comment was given.")
    assert in_a_new_build(other, tmp_path) == from_scratch(other)
    assert len(read_5_grams) == 1

    read_5_grams.clear()  # an edit to a copy: its old text's and the other copy's, measured
    copy = edited(other, 1, story("wire_story_copy") + "\n\nExports fell for a third month.")
    assert in_a_new_build(copy, tmp_path) == from_scratch(copy)
    assert len(read_5_grams) == 2


def test_a_damaged_sample_in_the_cache_is_taken_again(tmp_path: Path) -> None:
    sources = [source(name, site) for name, site in SIX]
    in_a_new_build(sources, tmp_path)
    with sqlite3.connect(analyses_file(tmp_path)) as db:  # its 5-grams out of order
        db.execute("UPDATE blobs SET data = ? WHERE key LIKE 'sample % 0'", (bytes(range(7)),))
    copy = edited(sources, 1, story("wire_story_copy") + "\n\nExports fell for a third month.")
    assert in_a_new_build(copy, tmp_path) == from_scratch(copy)


def test_copies_kept_in_a_damaged_cache_are_measured_again(
    tmp_path: Path, work: list[tuple[object, ...]]
) -> None:
    sources = [source(name, site) for name, site in SIX]
    first = in_a_new_build(sources, tmp_path)
    with AnalysisCache(tmp_path) as cache:
        cache.keep_state(kept_copies_module._state_name(), "[not what was kept")
    with sqlite3.connect(analyses_file(tmp_path)) as db:  # 5-grams out of order
        db.execute("UPDATE blobs SET data = ?", (bytes(range(16, 0, -1)),))
    work.clear()
    assert in_a_new_build(sources, tmp_path) == first
    assert work == [("shingled", 6), ("measured", 0, 1), ("grouped", 2)]


# ---------------------------------------------------------------------------- only what changed

WORDS = [f"{a}{b}" for a in ("ka", "lo", "mi", "nu", "pe", "ri", "so", "tu") for b in "aeiouyz"]


def report(draw: random.Random, paragraphs: int = 4) -> str:
    return "\n\n".join(
        " ".join(draw.choice(WORDS) for _ in range(draw.randrange(25, 45))) + "."
        for _ in range(paragraphs)
    )


def retold(draw: random.Random, text: str) -> str:
    """A copy of a report: a paragraph left out, a few words changed, a line of its own."""
    kept = text.split("\n\n")
    kept.pop(draw.randrange(len(kept)))
    words = " ".join(kept).split(" ")
    for _ in range(3):
        words[draw.randrange(len(words))] = draw.choice(WORDS)
    return " ".join(words) + "\n\n" + report(draw, 1)


def briefing_of_copies(draw: random.Random) -> list[Source]:
    """Reports, copies of them on other sites, and a site whose stories share a template."""
    reports = [report(draw) for _ in range(6)]
    template = report(draw, 1)
    sources = []
    for number in range(30):
        if number % 5 == 4:
            text, site = f"{report(draw, 3)}\n\n{template}", "templated.example"
        elif number % 3:
            text, site = retold(draw, draw.choice(reports)), f"site{number}.example"
        else:
            text, site = report(draw), f"site{number}.example"
        sources.append(Source(f"a{number:02}", text, site, datetime.date(2026, 1, 1 + number)))
    return sources


def changed(draw: random.Random, sources: list[Source], number: int) -> list[Source]:
    """The sources after one of the edits a briefing sees: a copy rewritten, an article added,
    one deleted, one renamed (a new id), one of the site's template stories edited."""
    sources = list(sources)
    place = draw.randrange(len(sources))
    kind = number % 5
    if kind == 0:
        other = draw.choice(sources).text
        sources[place] = dataclasses.replace(sources[place], text=retold(draw, other))
    elif kind == 1:
        other = draw.choice(sources).text
        new = Source(f"b{number:02}", retold(draw, other), f"new{number}.example")
        sources.insert(place, new)
    elif kind == 2:
        del sources[place]
    elif kind == 3:
        sources[place] = dataclasses.replace(sources[place], id=f"c{number:02}")
    else:
        templated = [i for i, s in enumerate(sources) if s.site == "templated.example"]
        place = draw.choice(templated)
        sources[place] = dataclasses.replace(sources[place], text=report(draw, 2))
    return sources


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_edit_after_edit_weighing_only_what_changed_finds_what_weighing_afresh_finds(
    seed: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draw = random.Random(seed)
    sources = briefing_of_copies(draw)
    weighed_again: list[bool] = []
    measure_again = copies_module.measuring._measure_again

    def spied(*args: object) -> object:
        found = measure_again(*args)  # type: ignore[arg-type]
        weighed_again.append(found is not None)
        return found

    monkeypatch.setattr(copies_module.measuring, "_measure_again", spied)
    forget()
    assert copy_groups(sources) == from_scratch(sources)
    in_a_new_build(sources, tmp_path)
    for number in range(15):
        sources = changed(draw, sources, number)
        watching = copy_groups(sources)  # as watch mode: this process's last call taken up
        building = in_a_new_build(sources, tmp_path)  # as a build command: the cache's
        assert watching == building == from_scratch(sources)
    assert any(group for group in watching)
    # Each edit after the first build was weighed alone (the afresh calls were not spied on
    # as taking up anything: their first call has nothing to take up).
    assert weighed_again.count(True) >= 2 * 15


def test_an_edit_of_one_copy_of_many_measures_only_its_own_shares(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    draw = random.Random(5)
    wire = report(draw, 6)
    sources = [Source(f"copy{n:02}", retold(draw, wire), f"site{n}.example") for n in range(12)]
    forget()
    (before,) = copy_groups(sources)
    measured: list[tuple[int, int]] = []
    shared = copies_module._Shingles.shared
    monkeypatch.setattr(
        copies_module._Shingles,
        shared.__name__,
        lambda self, a, b: measured.append((a, b)) or shared(self, a, b),
    )
    sources[3] = dataclasses.replace(sources[3], text=sources[3].text + "\n\nOne more line here.")
    (after,) = copy_groups(sources)
    assert after.ids == before.ids and after.members[3] != before.members[3]
    assert all(3 in pair for pair in measured) and len(measured) <= len(sources)
    # The others' shares of one another are as they were, taken whole where nothing changed.
    assert sum(a is b for a, b in zip(after.members, before.members, strict=True)) >= 1
    assert (after,) == from_scratch(sources)


def test_the_sample_lists_the_texts_holding_a_5_gram_in_order_of_place_however_given() -> None:
    import numpy as np

    from generator.briefing.copies.sampling import SAMPLE, _Sample

    one, two, three = (SAMPLE * n << 40 for n in (1, 2, 3))  # 5-grams the sample takes
    arrays = {  # each text's 5-grams, sorted; the texts not in order of place
        7: np.array([one, two, three], dtype=np.uint64),
        2: np.array([one, three], dtype=np.uint64),
        5: np.array([two, three], dtype=np.uint64),
    }
    sample = _Sample.of(arrays)
    pairs = list(zip(sample.value.tolist(), sample.place.tolist(), strict=True))
    assert pairs == sorted(pairs)
    assert sample.place.tolist() == [2, 7, 5, 7, 2, 5, 7]


_STATEMENT = (
    "'The terminal will serve the islands for fifty years and bring the two shores closer "
    "together than they have ever been,' the mayor's office said in a statement."
)


def test_reports_quoting_one_statement_in_single_marks_are_not_copies() -> None:
    opening = (
        "The harbour board will open the new ferry terminal on the third of June, the mayor's "
        "office announced on Tuesday in a short note to the press."
    )
    other_opening = (
        "Mayor Ines Calloway will cut the ribbon at the ferry terminal next month, her office "
        "said, after two years of building work on the old pier."
    )
    one = f"{opening}\n\n{_STATEMENT}\n\nThe terminal cost forty million euros to build."
    other = f"{other_opening}\n\n{_STATEMENT}\n\nCritics say the ferries will run empty in winter."
    assert copy_groups([Source("one", one, "a.example"), Source("other", other, "b.example")]) == ()


def test_reports_naming_the_same_officials_with_their_offices_are_not_copies() -> None:
    officials = (
        "Harbour Master Ada Lind, Port Authority Chair Bo Rask, Ferry Union Leader Cy Moen and "
        "Island Council Speaker Di Varga"
    )
    one = (
        f"{officials} signed a letter on Friday asking the ministry to keep the night ferry "
        "running through the winter months.\n\nThe ministry has not yet replied to the letter."
    )
    other = (
        f"The night ferry should stay, {officials} wrote to the minister, warning that the "
        "islands would be cut off after dark.\n\nThe ferry lost money for the third year in a row."
    )
    assert copy_groups([Source("one", one, "a.example"), Source("other", other, "b.example")]) == ()


def test_a_short_report_retelling_a_statement_a_long_one_retells_is_not_its_copy() -> None:
    retold = (
        "The visit will strengthen the two towns' shared commitment to a free, open and safe "
        "harbour and their shared resolve to build a new ferry line, including a night service, "
        "cheaper tickets and a second pier for the island boats."
    )
    short = (
        "Mayor Ines Calloway will visit the island of Varda on the third of June, her office "
        f"announced on Wednesday.\n\nShe said that {retold}\n\nIslanders plan to meet her "
        "at the old pier with a brass band and a list of questions about the bus to the north "
        "shore, which now runs twice a day, and about the school, which lost its last teacher."
    )
    own = (
        "The island has asked for a second pier for years, and the council set aside money for "
        "it in the spring budget, though the works have not yet begun.\n\n"
        "Fishermen on Varda say the old pier is too short for the new boats, which must wait "
        "offshore for the tide before they can land their catch at dawn.\n\n"
        "The last mayor to visit came by helicopter in a storm and stayed less than an hour, a "
        "visit islanders still speak of with some bitterness at the harbour bar.\n\n"
        "Tickets on the day ferry have risen by a third since the night line closed, and many "
        "families now keep a second car on the mainland for school runs.\n\n"
        "A petition for the night service gathered four thousand names in a week, more than "
        "the island's whole population, with signatures from visitors in summer.\n\n"
        "The mainland port, for its part, wants the new line to call at the cannery quay, "
        "where a hotel is to open next year in the old warehouse by the lighthouse.\n\n"
        "Her office gave no time for the visit, nor said whether the transport minister, who "
        "holds the purse strings for the ferry subsidy, would travel with her."
    )
    long = (
        "Mayor Ines Calloway will travel to Varda next month, the first visit by a mayor since "
        f"the old ferry line closed.\n\n{retold[0].upper()}{retold[1:]}\n\n{own}"
    )
    assert (
        copy_groups([Source("short", short, "a.example"), Source("long", long, "b.example")]) == ()
    )
