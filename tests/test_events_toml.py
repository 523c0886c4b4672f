"""`digest events`: what it prints pastes into briefing.toml without losing what a reader sees."""

from __future__ import annotations

import datetime
import tomllib

from generator.briefing.events_toml import events_toml
from generator.briefing.group import group_by_event
from generator.models import Article, BriefingConfig, EventSpec
from tests.conftest import reported

MONDAY = datetime.date(2031, 6, 2)


def report(article_id: str, title: str, lead: str) -> Article:
    return reported(article_id, title, lead, MONDAY)


REPORTS = [
    report(
        "pier",
        "Lantern Island ferry pier reopens after storm repairs",
        "The Lantern Island ferry pier reopened on Monday after three weeks of storm repairs, "
        "the harbour board said.",
    ),
    report(
        "crowds",
        "Crowds greet first Lantern Island ferry at repaired pier",
        "Hundreds of islanders greeted the first ferry at the repaired Lantern Island pier on "
        "Monday, cheering as it docked.",
    ),
]


def test_a_pasted_event_keeps_its_summary_linked_sentence_by_sentence() -> None:
    groups, _ = group_by_event(REPORTS, BriefingConfig("Harbour"))
    (found,) = groups
    assert found.summary_sentences  # each sentence linked to its article
    printed = events_toml(groups)
    (pasted,) = tomllib.loads(printed)["events"]
    assert "summary" not in pasted  # pasted as one key, it would be one unlinked paragraph
    assert found.summary_sentences[0].text in printed  # shown to the editor as a comment
    spec = EventSpec(pasted["id"], pasted["title"], pasted["date"])
    (pinned,), _ = group_by_event(REPORTS, BriefingConfig("Harbour", events=(spec,)))
    assert pinned.summary == "" and pinned.summary_sentences == found.summary_sentences


def test_an_editors_own_summary_is_printed_as_a_key() -> None:
    spec = EventSpec("pier", "Pier reopens", MONDAY, summary="The pier is open again.")
    groups, _ = group_by_event(REPORTS, BriefingConfig("Harbour", events=(spec,)))
    (pasted,) = tomllib.loads(events_toml(groups))["events"]
    assert pasted["summary"] == "The pier is open again."


def test_a_pasted_event_keeps_its_articles_when_the_editor_gives_it_another_date() -> None:
    groups, _ = group_by_event(REPORTS, BriefingConfig("Harbour"))
    (pasted,) = tomllib.loads(events_toml(groups))["events"]
    assert sorted(pasted["articles"]) == ["articles/crowds.md", "articles/pier.md"]
    # The editor knows better: the happening was a month earlier than the reports say.
    spec = EventSpec(
        pasted["id"], "Pier repairs", datetime.date(2031, 5, 1), articles=tuple(pasted["articles"])
    )
    (pinned,), _ = group_by_event(REPORTS, BriefingConfig("Harbour", events=(spec,)))
    assert {a.id for a in pinned.articles} == {"pier", "crowds"}
    assert all(a.event_reason == "listed under the event in briefing.toml" for a in pinned.articles)
    assert pinned.summary_sentences  # chosen from the pinned articles, each linked


def test_an_article_left_out_of_every_list_is_placed_by_its_words_and_day() -> None:
    spec = EventSpec("pier", "Pier reopens", MONDAY, articles=("articles/pier.md",))
    (group,), _ = group_by_event(REPORTS, BriefingConfig("Harbour", events=(spec,)))
    reasons = {a.id: a.event_reason for a in group.articles}
    assert reasons["pier"] == "listed under the event in briefing.toml"
    assert reasons["crowds"].startswith("shares")  # placed by the model, not listed


def test_pasting_an_event_with_its_articles_keeps_its_summary_as_it_was() -> None:
    groups, _ = group_by_event(REPORTS, BriefingConfig("Harbour"))
    (found,) = groups
    (pasted,) = tomllib.loads(events_toml(groups))["events"]
    spec = EventSpec(
        pasted["id"], pasted["title"], pasted["date"], articles=tuple(pasted["articles"])
    )
    (pinned,), _ = group_by_event(REPORTS, BriefingConfig("Harbour", events=(spec,)))
    assert pinned.summary_sentences == found.summary_sentences
