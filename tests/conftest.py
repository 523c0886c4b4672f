"""Shared test set-up, in one place: the repository's paths, small scratch briefings written
inline (config → articles → site), sample data, and running code in a fresh interpreter.

Test modules import helpers from here, never from one another.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

from generator.models import Analysis, Article, CleanedArticle, DescribedDay, Quote, RemovedLine

if TYPE_CHECKING:  # discovery's modules load only in the tests that use them
    from generator.briefing.discover import Item

# CI runs the property tests on the same examples every time, so that a clean clone passes or
# fails on the code alone; a developer's runs keep exploring new ones.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
REPO = Path(__file__).resolve().parents[1]
# The five seed articles, committed: each is the page exactly as scraped, under the front
# matter the editor added. Missing files fail the tests that read them; nothing skips.
SEED_ARTICLES = REPO / "content" / "articles"
# A short story the cleaner's tests put a line of furniture into (between its paragraphs, or
# under them) to see it dropped, and a story line of near shape to see it kept: its headline,
# then four paragraphs.
TIMETABLE_STORY = (
    "Harbour council approves new ferry timetable",
    "The Wexmoor harbour council approved a new ferry timetable on Tuesday after months of "
    "complaints from commuters about late sailings.",
    "Councillors voted seven to two for the plan, which adds an early sailing on weekdays and "
    "moves the last evening boat to ten o'clock.",
    "The operator said the changes would take effect from the first week of March.",
    "Residents who spoke at the meeting said they welcomed the extra morning sailing.",
)
HOSTILE_FIXTURES = Path(__file__).parent / "fixtures" / "hostile"
# The fixtures that are errors: with any of them in the folder, a build writes nothing.
HOSTILE_ERRORS = frozenset(
    {
        *("binary.txt", "deeply_nested_yaml.md", "empty.md", "front_matter_only.md"),
        *("malformed_yaml.md", "raw_control_char_in_front_matter.md", "unclosed_front_matter.md"),
        *("utf16_without_bom.txt", "whitespace_only.md", "yaml_python_tag.md"),
    }
)
# Enough seeds that an order taken from a set of strings differs under at least one of them.
HASH_SEEDS = (0, 1, 2, 3)

SMALL_CONFIG = """\
title = "The Harbour Bridge closure"
description = "Coverage of the bridge closure and reopening."

[[events]]
id = "closure"
title = "The bridge closes"
date = 2025-03-10
terms = ["closed", "closure", "cracks"]

[[events]]
id = "reopening"
title = "The bridge reopens"
date = 2025-04-02
terms = ["reopened", "reopening", "ribbon"]
"""

CLOSURE_ARTICLE = """\
---
title: Harbour Bridge closed after engineers find cracks
url: https://www.harbourherald.example/news/bridge-closed
published: 2025-03-10
---
Home | News | Local

Harbour Bridge closed after engineers find cracks

Advertisement

The Harbour Bridge was closed to all traffic on Monday after engineers found cracks in two of its main cables.

City officials said the closure would last at least three weeks while repairs are carried out.

Commuters faced long delays as buses were diverted over the old ferry road.

Share on Facebook

Sign up for our morning newsletter
"""

REOPENING_ARTICLE = """\
The Harbour Bridge reopens with a ribbon ceremony

By Maria Lopez

The Harbour Bridge reopened on Wednesday morning, three weeks after it was closed for urgent cable repairs.

The mayor cut a ribbon at the northern end as the first buses crossed.

Related Articles

Council approves budget for new cycle lanes

Ferry timetable changes from next month
"""

INSPECTION_ARTICLE = """\
---
title: Divers inspect the bridge piers as the closure enters its second day
url: https://www.coastalcourier.example/bridge-divers
outlet: Coastal Courier
published: 2025-03-11
---
Divers spent Tuesday inspecting the piers of the closed Harbour Bridge, the city said.

Engineers want to know whether the cracks in the cables have put extra load on the piers.

The inspection is expected to take two days, weather permitting.

One diver said the lower piers were thick with barnacles, which hide the concrete from view.

The council will publish the inspection report when the bridge reopens.
"""


EDITED_CLOSURE = CLOSURE_ARTICLE.replace("three weeks", "four weeks")

# The briefing's own settings turned hostile: markup and template syntax in every text field.
HOSTILE_CONFIG = SMALL_CONFIG.replace(
    'title = "The Harbour Bridge closure"',
    "title = \"<script>alert('config')</script> The {{ 7*7 }} harbour briefing\"",
).replace(
    'description = "Coverage of the bridge closure and reopening."',
    "description = \"<img src=x onerror=alert('description')> {% include 'base.html' %}\"",
)
GOOD_ARTICLES = {
    "good_closure.md": CLOSURE_ARTICLE,
    "good_inspection.md": INSPECTION_ARTICLE,
}
# Made at test time: a name some file systems refuse.
HOSTILE_NAME = "<img src=x onerror=alert('file name')>.md"
# A Markdown block marker the cleaner may put before a line of the source.
_MARKER = re.compile(r"^(?:#{2,6} |- |\d{1,3}\. )")


def write_files(root: Path, files: dict[str, str | bytes]) -> None:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(textwrap.dedent(data), encoding="utf-8")


@pytest.fixture
def make_content(tmp_path: Path) -> Callable[..., Path]:
    """Write a content folder: briefing.toml (SMALL_CONFIG unless given) plus the given articles."""

    def make(
        articles: dict[str, str | bytes] | None = None, config: str | None = SMALL_CONFIG
    ) -> Path:
        content = tmp_path / "content"
        (content / "articles").mkdir(parents=True, exist_ok=True)
        if config is not None:
            (content / "briefing.toml").write_text(config, encoding="utf-8")
        if articles is None:
            articles = {"closure.md": CLOSURE_ARTICLE, "reopening.txt": REOPENING_ARTICLE}
        write_files(content / "articles", articles)
        return content

    return make


def write_content(
    root: Path, config: str = SMALL_CONFIG, hostile: bool = True, errors: bool = True
) -> Path:
    """A content folder with the good articles and, unless told otherwise, every hostile
    fixture (`errors=False`: all but those that are errors, HOSTILE_ERRORS)."""
    articles = root / "content" / "articles"
    articles.mkdir(parents=True)
    (root / "content" / "briefing.toml").write_text(config, encoding="utf-8")
    for name, text in GOOD_ARTICLES.items():
        (articles / name).write_text(textwrap.dedent(text), encoding="utf-8")
    if hostile:
        for fixture in HOSTILE_FIXTURES.iterdir():
            if errors or fixture.name not in HOSTILE_ERRORS:
                shutil.copyfile(fixture, articles / fixture.name)
        (articles / HOSTILE_NAME).write_text(
            "---\nurl: https://news.example/file-name\npublished: 2025-03-12\n---\n"
            "the harbour authority said on Tuesday that the ferry timetable would change.\n",
            encoding="utf-8",
        )
    return root / "content"


def variants(count: int) -> dict[str, str]:
    """`count` distinct articles, alternating between the two sample stories."""
    stories = [CLOSURE_ARTICLE, REOPENING_ARTICLE]
    return {
        f"story-{i:02d}.md": stories[i % 2].replace("Harbour Bridge", f"Harbour Bridge {i}", 1)
        for i in range(count)
    }


def seed_files() -> list[Path]:
    """The committed seed articles; an empty or missing folder fails, it never skips."""
    files = sorted(SEED_ARTICLES.glob("*.txt"))
    assert files, f"no seed articles in {SEED_ARTICLES}"
    return files


def seed_text(name: str) -> str:
    """A seed article exactly as scraped: its file after the front matter, no newline
    translation, BOM kept."""
    text = (SEED_ARTICLES / name).read_bytes().decode("utf-8")
    _, fence, body = text.partition("\n---\n")
    assert text.startswith("---\n") and fence, f"{name}: no front matter closed by '---'"
    return body


def article(**changes: object) -> Article:
    """An article as assemble() makes it, with the given fields changed."""
    fields = dict(
        id="a",
        file="articles/a.md",
        path="articles/a.html",
        title="Title",
        url="https://example.org/a",
        outlet="Example",
        published=datetime.date(2026, 1, 5),
        published_note="",
        based_on="",
        lead="Lead.",
        keywords=("Harbour Bridge",),
        text="Body.",
        removed=(RemovedLine("Menu", "navigation"),),
        flags=(),
        requested_event="",
        when=DescribedDay(datetime.date(2026, 1, 5), "published 5 January", preview=False),
        terms=(("harbour", "harbour bridge"), (3.0, 3.0)),
        event="e",
        event_reason="shares ‘x’ with 2 other articles",
    )
    fields.update(changes)
    if "digest" not in changes:  # as assemble() promises: the digest changes with any field
        fields["digest"] = hashlib.sha256(repr(sorted(fields.items())).encode()).hexdigest()
    return Article(**fields)


def sample_analysis() -> Analysis:
    """An analysis with something in every field, non-ASCII text included."""
    cleaned = CleanedArticle(
        "## Heading\n\nBody with “quotes” and ünïcode.",
        (RemovedLine("Menu", "navigation"), RemovedLine("Share", "share widget")),
        ("ai-generated",),
        "Headline",
    )
    return Analysis(cleaned, "Body with “quotes”.", ("Harbour Bridge", "cables"))


# A made-up story for the cleaning tests: four paragraphs of one council vote, and its headline.
COUNCIL_STORY = (
    "The council of Wexmoor voted on Tuesday to spend four million pounds rebuilding the "
    "ferry terminal that the winter storms left under water.",
    "Councillors argued for three hours over whether the money should instead go to the "
    "coastal road, which has been closed since January.",
    "The new terminal will stand two metres higher than the old one and is due to open "
    "before the tourist season next year.",
    "Opponents said the plan ignored the cost of dredging the harbour, which engineers put "
    "at a further million pounds.",
)
COUNCIL_TITLE = "Wexmoor votes to rebuild its flooded ferry terminal"


def reported(article_id: str, title: str, lead: str, published: datetime.date) -> Article:
    """An article as assembled from a title and a lead (its whole text), published that day,
    not yet in an event."""
    from generator.briefing.discover import term_counts
    from generator.briefing.when import described_day

    return article(
        id=article_id,
        path=f"articles/{article_id}.html",
        file=f"articles/{article_id}.md",
        title=title,
        lead=lead,
        text=lead,
        when=described_day(title, lead, lead, published),
        terms=term_counts(title, lead, lead),
        published=published,
        event=None,
        event_reason="",
        digest=article_id,
    )


def reported_item(article_id: str, title: str, lead: str, published: datetime.date | None) -> Item:
    """An article as discovery reads it: a headline over a lead that is all its text."""
    from generator.briefing.discover import Item, term_counts
    from generator.briefing.when import described_day

    when = described_day(title, lead, lead, published)
    return Item(article_id, title, lead, term_counts(title, lead, lead), published, when)


def discovered_reasons(reports: dict[str, tuple[str, str]], published: datetime.date) -> str:
    """The reasons discovery gives for each article (id: (headline, lead)), all published that
    day, in one string."""
    from generator.briefing.discover import find_events

    items = [reported_item(i, title, lead, published) for i, (title, lead) in reports.items()]
    return " ".join(reason for e in find_events(items).events for _, reason in e.reasons)


def fixed_ranking(*candidates: str) -> Callable[[str, int], list[str]]:
    """A stand-in for YAKE that proposes the same candidates, in this order, for any text."""
    return lambda text, top: list(candidates[:top])


def page(*lines: str) -> str:
    """A scraped page made of these lines, each a paragraph."""
    return "\n\n".join(lines)


def dropped(raw: str, title: str) -> dict[str, str]:
    """Each line the cleaner removes from `raw` (headline `title`), with its reason."""
    from generator.analysis.clean import clean  # ~100 regexes: only the cleaning tests need them

    return {removed.line: removed.reason for removed in clean(raw, title).removed}


def story_lines(result: CleanedArticle) -> list[str]:
    """The cleaned text's lines without their Markdown markers."""
    return [_MARKER.sub("", line) for line in result.text.split("\n") if line]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, by its path relative to it, with its bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def run_build(
    cwd: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m generator build ...` as a user runs it, from `cwd`, with `env` added."""
    return subprocess.run(
        [sys.executable, "-m", "generator", "build", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
    )


def run_python(code: str, *, hash_seed: int = 0, stdin: bytes = b"") -> str:
    """What `code` prints, run in a fresh interpreter from the repository with PYTHONHASHSEED
    set to `hash_seed`, `stdin` fed to it; its error output if it fails."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        input=stdin,
        capture_output=True,
        cwd=REPO,
        timeout=120,
        env={**os.environ, "PYTHONHASHSEED": str(hash_seed)},
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    return result.stdout.decode("utf-8")


def found(text: str) -> list[tuple[str | None, str]]:
    """Each quotation the reader finds in `text`: (speaker, words), in order."""
    from generator.analysis.quotes import quotes  # ~100 regexes: only the quote tests need them

    return [(quote.speaker, quote.text) for quote in quotes(text)]


def quote_with(text: str, words: str) -> Quote:
    """The first quote of `text` holding `words` (StopIteration if none is extracted)."""
    from generator.analysis.quotes import quotes

    return next(quote for quote in quotes(text) if words in quote.text)


def speaker_of(text: str, words: str) -> str | None:
    """The speaker of the quote holding `words`; None when it has none or is not extracted."""
    try:
        return quote_with(text, words).speaker
    except StopIteration:
        return None


def story(article_id: str, text: str, *quotes: Quote, **changes: object) -> Article:
    """An article of a strike briefing, at its own site's address, carrying `quotes`."""
    return article(
        id=article_id,
        path=f"articles/{article_id}.html",
        url=f"https://{article_id}.example/strike",
        outlet=article_id.title(),
        text=text,
        quotes=quotes,
        **changes,
    )


def speakers(text: str) -> list[str | None]:
    """The speaker of each quote the reader finds in `text`, in order."""
    from generator.analysis.quotes import quotes

    return [quote.speaker for quote in quotes(text)]


def speakers_of(text: str, words: str) -> list[str | None]:
    """The speakers of the quotes holding `words`; none extracted is an empty list."""
    from generator.analysis.quotes import quotes

    return [quote.speaker for quote in quotes(text) if words in quote.text]
