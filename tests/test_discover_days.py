"""A discovered event's day: what the articles' words name outweighs a publication day alone."""

from __future__ import annotations

import datetime

from generator.briefing.discover import Item, term_counts
from generator.briefing.discover.events import _event_day, summarised
from generator.briefing.when import described_day

THURSDAY = datetime.date(2031, 6, 5)


def item(name: str, title: str, lead: str, text: str, published: datetime.date | None) -> Item:
    when = described_day(title, lead, text, published)
    return Item(name, title, lead, term_counts(title, lead, text), published, when)


def test_an_undated_report_names_the_weekday_the_paragraph_after_its_lead_gives() -> None:
    lead = "The mayor honoured the harbour pilots at the Lantern Island memorial."
    text = f"{lead}\n\nShe laid a wreath Wednesday at the memorial gates, officials said."
    when = described_day("Mayor honours harbour pilots", lead, text, None)
    assert when.day is None and when.weekday == 2
    # A weekday further down recalls what came before: no clue to the day reported.
    later = f"{lead}\n\nThe pilots marched to the gates.\n\nShe had cancelled a visit on Tuesday."
    assert described_day("Mayor honours harbour pilots", lead, later, None).weekday is None


def test_a_weekday_an_undated_article_names_outweighs_a_publication_day_alone() -> None:
    # Published on Thursday with no day in its text: its news may be of the day before.
    dated = item(
        "dated",
        "Mayor honours harbour pilots at Lantern Island memorial",
        "The mayor honoured the harbour pilots at the Lantern Island memorial gates.",
        "The mayor honoured the harbour pilots at the Lantern Island memorial gates.",
        THURSDAY,
    )
    lead = "The mayor paid tribute to the pilots who served the harbour in the storms."
    text = f"{lead}\n\nShe honoured the harbour pilots Wednesday at the memorial gates."
    undated = item("undated", "Mayor pays tribute to harbour pilots", lead, text, None)
    day, basis = _event_day([0, 1], [dated, undated])
    assert day == THURSDAY - datetime.timedelta(days=1)
    assert basis == "1 of 2 articles describe 4 June (1 of them only by its weekday, Wednesday)"


def test_a_summary_takes_no_sentence_that_leans_on_one_before_it() -> None:
    # The first line's stop is missing: "They" opens a sentence of its own, about nobody.
    lead = (
        "The ferry crew landed on Lantern Island at dawn on Monday, June 2 They were met by the "
        "mayor and the harbour board at the pier. After an hour at the pier, the ferry crew "
        "sailed on for the harbour of Port Ada."
    )
    other = "The harbour board welcomed the ferry crew to Lantern Island with flags and a band."
    chosen = summarised(
        [
            item("landed", "Ferry crew lands on Lantern Island", lead, lead, THURSDAY),
            item("welcome", "Harbour board welcomes ferry crew", other, other, THURSDAY),
        ]
    )
    texts = [sentence.text for sentence in chosen]
    assert texts[0].startswith("The harbour board welcomed")
    assert texts[1] == (
        "After an hour at the pier, the ferry crew sailed on for the harbour of Port Ada."
    )
