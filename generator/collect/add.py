"""`digest add`: download pages or read saved ones, extract each article, write it to the briefing."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.collect import AddRefused, CollectFailed
from generator.collect.article_file import (
    ArticleFile,
    KnownArticle,
    file_slug,
    known_articles,
    new_path,
    render,
    write_whole,
)
from generator.collect.download import (
    DEFAULT_SETTINGS,
    Download,
    DownloadSettings,
    download_all,
)
from generator.collect.extract import Extracted, extract_article
from generator.collect.saved import SavedPage, read_saved_page
from generator.content.config import RESERVED_EVENT_IDS, load_config
from generator.models import FrontMatter
from generator.urls import is_web_address, normalise

# A saved file that stops before the page's end (saved.is_cut_short): its article is added, as
# far as the file goes, with this warning naming the file.
CUT_SHORT = (
    "the saved file stops before the end of the page (it never closes </body> or </html>), so "
    "the article may be cut short: save the page again once it has finished loading, and add "
    "that file with --update"
)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one URL or file given to `digest add`."""

    source: str  # as given
    status: str  # "added", "updated", "skipped" or "failed"
    message: str  # for the user: the file written, or why not
    path: Path | None = None  # the article file written or already holding the page
    warning: str = ""  # what the user should know about an article added all the same


@dataclass(frozen=True, slots=True)
class AddReport:
    """Every source's outcome, in the order given."""

    outcomes: tuple[Outcome, ...]

    @property
    def failed(self) -> bool:
        return any(outcome.status == "failed" for outcome in self.outcomes)


def add(
    sources: Sequence[str],
    content: Path,
    *,
    event: str = "",
    update: bool = False,
    settings: DownloadSettings = DEFAULT_SETTINGS,
) -> AddReport:
    """Add each URL (downloaded) or saved HTML file to `content`'s articles; a URL already in the
    briefing is skipped, or with `update` refreshed in place. One source's failure stops no other."""
    _check_event(content, event)
    known = known_articles(content)
    firsts = _first_mentions(sources)
    urls = [
        source
        for source, first in zip(sources, firsts, strict=True)
        if first and is_web_address(source) and (update or normalise(source) not in known)
    ]
    downloads = dict(zip(urls, download_all(urls, settings) if urls else [], strict=True))
    writer = _Writer(content, known, event, update)
    outcomes = []
    for source, first in zip(sources, firsts, strict=True):
        if not first:
            outcomes.append(Outcome(source, "skipped", f"{source}: given twice; taken once"))
        elif is_web_address(source):
            outcomes.append(writer.from_web(source, downloads.get(source)))
        else:
            outcomes.append(writer.from_file(source))
    return AddReport(tuple(outcomes))


def _first_mentions(sources: Sequence[str]) -> list[bool]:
    """For each source, whether it is the first in the list to name its page or file."""
    seen: set[str] = set()
    firsts = []
    for source in sources:
        key = normalise(source) if is_web_address(source) else str(Path(source).absolute())
        firsts.append(key not in seen)
        seen.add(key)
    return firsts


def _check_event(content: Path, event: str) -> None:
    """AddRefused for an --event that briefing.toml does not define (before any download)."""
    if not event or event in RESERVED_EVENT_IDS:
        return
    config, _ = load_config(content)
    ids = [spec.id for spec in config.events]
    if event not in ids:
        defined = ", ".join(ids) if ids else "none"
        raise AddRefused(
            f"--event {event!r} is not an event of {content / 'briefing.toml'} "
            f"(defined: {defined}; 'other' means other coverage)"
        )


class _Writer:
    """Turns each page into an article file, keeping the briefing's addresses and names unique
    across one run."""

    def __init__(
        self, content: Path, known: dict[str, KnownArticle], event: str, update: bool
    ) -> None:
        self.content = content
        self.known = known
        self.event = event
        self.update = update
        self.taken: set[Path] = set()

    def from_web(self, url: str, download: Download | CollectFailed | None) -> Outcome:
        if download is None:  # not downloaded: the briefing has it already
            return self._skipped(url, self.known[normalise(url)])
        if isinstance(download, CollectFailed):
            return Outcome(url, "failed", f"{url}: {download}")
        try:
            found = extract_article(download.html, download.final_url)
        except CollectFailed as failure:
            return Outcome(url, "failed", f"{url}: {failure}")
        return self._write(url, found, (url, download.final_url), download)

    def from_file(self, name: str) -> Outcome:
        try:
            page: SavedPage = read_saved_page(Path(name))
        except CollectFailed as failure:
            return Outcome(name, "failed", f"{name}: {failure}")
        try:
            found = extract_article(page.html, page.address)
        except CollectFailed as failure:
            cut = f"; {CUT_SHORT}" if page.cut_short else ""
            return Outcome(name, "failed", f"{name}: {failure}{cut}")
        outcome = self._write(name, found, (page.address,), None)
        if not page.cut_short or outcome.status not in ("added", "updated"):
            return outcome
        # Added all the same: what was saved is the article's text as far as it goes, and may
        # be the only copy the user has (a page since changed, or behind a paywall again).
        return dataclasses.replace(outcome, warning=f"{name}: {CUT_SHORT}")

    def _write(
        self,
        source: str,
        found: Extracted,
        addresses: tuple[str, ...],
        download: Download | None,
    ) -> Outcome:
        keys = {normalise(address) for address in (*addresses, found.url) if address}
        earlier = next((self.known[key] for key in sorted(keys) if key in self.known), None)
        if earlier is not None and not self.update:
            return self._skipped(source, earlier)
        replace = earlier is not None and earlier.path.exists()
        slug = file_slug(found.title, found.url, found.published)
        path = earlier.path if replace else new_path(self.content, slug, self.taken)
        article = self._article(found, download, earlier)
        try:
            write_whole(path, render(article), replace=replace)
        except OSError as error:
            return Outcome(source, "failed", f"{source}: cannot write {path} ({error})")
        self.taken.add(path)
        for key in keys:
            self.known[key] = KnownArticle(path, earlier.meta if earlier else FrontMatter())
        status = "updated" if replace else "added"
        return Outcome(source, status, f"{status} {path}: {_summary(found)}", path)

    def _article(
        self, found: Extracted, download: Download | None, earlier: KnownArticle | None
    ) -> ArticleFile:
        """The file for `found`. A refresh keeps what only the editor could have written: the
        event pin (unless --event names another), `based_on`, `published_note`, `keep` and
        `drop`."""
        kept = earlier.meta if earlier else FrontMatter()
        return ArticleFile(
            title=found.title,
            url=found.url,
            outlet=found.outlet,
            published=found.published,
            author=found.author,
            text=found.text,
            event=self.event or kept.event,
            based_on=kept.based_on,
            published_note=kept.published_note,
            keep=kept.keep,
            drop=kept.drop,
            fetched=download.fetched if download else None,
        )

    def _skipped(self, source: str, earlier: KnownArticle) -> Outcome:
        message = f"{source}: already in the briefing as {earlier.path}; --update refreshes it"
        return Outcome(source, "skipped", message, earlier.path)


def _summary(found: Extracted) -> str:
    """One line about the article: its title, outlet and date where known."""
    details = ", ".join(part for part in (found.outlet, str(found.published or "")) if part)
    return f"“{found.title}” ({details})" if details else f"“{found.title}”"
