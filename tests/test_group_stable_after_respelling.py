"""An edit elsewhere in the briefing leaves an event it does not touch as it was: deleting an
article may change how a keyword shared by many is spelled (the briefing's commonest spelling
wins), and with it every article's digest, but not what discovery knows of them."""

from __future__ import annotations

import dataclasses

from generator.briefing.discover import Grouping
from generator.briefing.group import group_by_event
from tests.test_group import DEBATE, DEBATE_TOO, RESULTS, config

KEPT_TITLE = "The debate, as the last build titled it"


def known_to_discovery(article):
    return dataclasses.replace(article, discovery_key=f"record-of-{article.id}")


def respelled(article):
    """The same article after another's deletion changed a keyword's spelling."""
    return dataclasses.replace(article, keywords=("Marrakech",), digest=f"{article.digest}-2")


def test_an_event_no_edit_touched_keeps_its_title_when_keyword_spellings_change() -> None:
    articles = [known_to_discovery(a) for a in (DEBATE, DEBATE_TOO, RESULTS)]
    _, grouping = group_by_event(articles, config())
    debate = next(e for e in grouping.events if DEBATE.id in e.articles)
    kept = Grouping(
        grouping.anchors,
        tuple(
            dataclasses.replace(e, title=KEPT_TITLE) if e is debate else e for e in grouping.events
        ),
    )
    groups, _ = group_by_event([respelled(a) for a in articles], config(), kept)
    assert KEPT_TITLE in {group.title for group in groups}
