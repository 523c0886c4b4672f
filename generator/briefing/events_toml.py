"""The events a build uses, as briefing.toml text an editor can paste, then pin, rename, merge
or split."""

from __future__ import annotations

import json
from collections.abc import Sequence

from generator.briefing.group import OTHER_ID
from generator.models import EventGroup


def events_toml(groups: Sequence[EventGroup], new_title: str = "") -> str:
    """One [[events]] table per event with its `articles` (each file's title and outlet in a
    comment), then the articles in no event, as a comment. `new_title` is given where the
    briefing has no briefing.toml yet: the output is then a whole one, its title first (a title
    pasted under the events would belong to the last of them)."""
    tables = [_table(group) for group in groups if group.id != OTHER_ID]
    other = next((g for g in groups if g.id == OTHER_ID), None)
    if other is not None:
        tables.append(_articles_comment(other, "in no event (Other coverage)"))
    header = (
        "# The events digest finds and uses for this briefing. Paste them into briefing.toml\n"
        "# to keep them: an event there keeps its id, and the files its `articles` list, whatever\n"
        "# its title or date. Rename one, merge two (one list takes both), or split one (a new\n"
        "# event takes some files); a file in no list is placed by its words and its day. An\n"
        "# event without `summary =` keeps the sentences chosen from its articles, each linked\n"
        "# to the article it is taken from; a `summary =` of your own replaces them, unlinked.\n"
    )
    if new_title:
        header += (
            "# This briefing has no briefing.toml yet: save all of this as one.\n"
            f"\ntitle = {_string(new_title)}  # the briefing's title: change it at will\n"
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
    return "\n".join([*lines, *_articles_list(group)])


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


def _articles_list(group: EventGroup) -> list[str]:
    """The `articles` key, a file a line with its title and outlet as a comment."""
    lines = ["articles = ["]
    for article in group.articles:
        source = f" ({article.outlet})" if article.outlet else ""
        lines.append(f"  {_string(article.file)},  # {_one_line(article.title)}{source}")
    return [*lines, "]"]


def _articles_comment(group: EventGroup, heading: str) -> str:
    lines = [f"# {heading}"]
    for article in group.articles:
        source = f" ({article.outlet})" if article.outlet else ""
        lines.append(f"#   {article.file}: {_one_line(article.title)}{source}")
    return "\n".join(lines)


def _string(text: str) -> str:
    """A TOML basic string: JSON's string escapes are TOML's."""
    return json.dumps(_one_line(text), ensure_ascii=False)


def _one_line(text: str) -> str:
    return " ".join(text.split())
