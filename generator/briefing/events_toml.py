"""The events a build uses, as briefing.toml text an editor can paste, then pin, rename, merge
or split."""

from __future__ import annotations

import json
from collections.abc import Sequence

from generator.briefing.group import OTHER_ID
from generator.models import EventGroup


def events_toml(groups: Sequence[EventGroup]) -> str:
    """One [[events]] table per event, its articles listed as comments beneath it."""
    tables = [_table(group) for group in groups if group.id != OTHER_ID]
    other = next((g for g in groups if g.id == OTHER_ID), None)
    if other is not None:
        tables.append(_articles_comment(other, "in no event (Other coverage)"))
    header = (
        "# The events digest finds and uses for this briefing. Paste them into briefing.toml\n"
        "# to keep them: an event there keeps its id and its articles; rename it, merge two by\n"
        "# deleting one, or split one by adding another with its own title and date. An event\n"
        "# without `summary =` keeps the sentences chosen from its articles, each linked to the\n"
        "# article it is taken from; a `summary =` of your own replaces them, unlinked.\n"
    )
    return header + "\n" + "\n\n".join(tables) + "\n"


def _table(group: EventGroup) -> str:
    lines = ["[[events]]", f"id = {_string(group.id)}", f"title = {_string(group.title)}"]
    if group.date is not None:
        how = f"  # {group.date_basis}" if group.discovered and group.date_basis else ""
        lines.append(f"date = {group.date.isoformat()}{how}")
    else:
        why = group.date_basis if group.discovered and group.date_basis else "no article gives one"
        lines.append(f"# date = YYYY-MM-DD  # {why}: add it before pasting")
    lines += _summary_lines(group)
    return "\n".join(lines) + "\n" + _articles_comment(group, "")


def _summary_lines(group: EventGroup) -> list[str]:
    """The editor's own summary as a key; sentences chosen from the articles only as a comment.
    Pasted as a key, they would become one paragraph without the link from each sentence to its
    article; left out, the event keeps them, chosen from its articles as before."""
    if group.summary:
        return [f"summary = {_string(group.summary)}"]
    if not group.summary_sentences:
        return []
    files = {article.id: article.file for article in group.articles}
    chosen = [
        f"#   {_one_line(s.text)} ({files.get(s.article, s.article)})"
        for s in group.summary_sentences
    ]
    return ["# summary, chosen from the articles and linked to each (no key keeps it so):", *chosen]


def _articles_comment(group: EventGroup, heading: str) -> str:
    lines = [f"# {heading}" if heading else "# articles:"]
    for article in group.articles:
        source = f" ({article.outlet})" if article.outlet else ""
        lines.append(f"#   {article.file}: {_one_line(article.title)}{source}")
    return "\n".join(lines)


def _string(text: str) -> str:
    """A TOML basic string: JSON's string escapes are TOML's."""
    return json.dumps(_one_line(text), ensure_ascii=False)


def _one_line(text: str) -> str:
    return " ".join(text.split())
