"""Article files in the briefing: the addresses they hold, and new ones written whole or not at all."""

from __future__ import annotations

import contextlib
import datetime
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from generator.content.load import (
    ARTICLE_SUFFIXES,
    ARTICLES_DIR,
    decode,
    find_article_files,
    parse_front_matter,
    split_front_matter,
)
from generator.models import FrontMatter
from generator.slugs import slugify
from generator.urls import normalise

# A slug with fewer letters than this says little about the article ("31", "dna").
_MIN_LETTERS = 8


@dataclass(frozen=True, slots=True)
class ArticleFile:
    """What `digest add` writes: front matter in the fields docs/format.md describes, then text."""

    title: str
    url: str
    outlet: str
    published: datetime.date | None
    author: str
    text: str
    event: str = ""
    based_on: str = ""
    published_note: str = ""
    keep: tuple[str, ...] = ()  # the editor's last word on cleaning, kept through a refresh
    drop: tuple[str, ...] = ()
    fetched: datetime.datetime | None = None  # when it was downloaded; None for a saved file


@dataclass(frozen=True, slots=True)
class KnownArticle:
    """An article already in the briefing, found by its address."""

    path: Path
    meta: FrontMatter


def known_articles(content: Path) -> dict[str, KnownArticle]:
    """Every article file with a `url`, by the normalised address (see urls.normalise)."""
    known = {}
    for path in find_article_files(content):
        meta = read_front_matter(path)
        if meta.url:
            known.setdefault(normalise(meta.url), KnownArticle(path, meta))
    return known


def read_front_matter(path: Path) -> FrontMatter:
    """A file's front matter as the build reads it; empty when the file cannot be read."""
    try:
        text, _ = decode(path.read_bytes(), str(path))
    except OSError:
        return FrontMatter()
    raw, _, _, _ = split_front_matter(text or "", str(path))
    meta, _ = parse_front_matter(raw, str(path))
    return meta


def render(article: ArticleFile) -> str:
    """The file's text: YAML front matter (quoted by yaml.safe_dump, never by hand), then the body."""
    fields = {
        "title": article.title,
        "url": article.url,
        "outlet": article.outlet,
        "published": article.published,
        "published_note": article.published_note,
        "author": article.author,
        "based_on": article.based_on,
        "event": article.event,
        "keep": list(article.keep),
        "drop": list(article.drop),
        "fetched": _utc(article.fetched) if article.fetched else None,
    }
    front = yaml.safe_dump(
        {key: value for key, value in fields.items() if value},
        allow_unicode=True,
        sort_keys=False,
        width=1 << 16,  # one line per field, however long the title
    )
    return f"---\n{front}---\n{article.text.strip()}\n"


def _utc(moment: datetime.datetime) -> str:
    """A date-time as text ("2026-01-05T09:30:00Z"): safe_dump quotes it, so it stays text."""
    return moment.astimezone(datetime.UTC).replace(tzinfo=None).isoformat() + "Z"


def file_slug(title: str, url: str, published: datetime.date | None) -> str:
    """The title's slug; for a title with few Latin letters (Chinese, Thai, Arabic…), whose slug
    would be a number or nothing, the site's host and the date instead."""
    slug = slugify(title, fallback="article")
    if sum(char.isalpha() for char in slug) >= _MIN_LETTERS:
        return slug
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    return slugify(f"{host} {published or ''}", fallback="article") if host else slug


def new_path(content: Path, slug: str, taken: set[Path]) -> Path:
    """A free `articles/<slug>.md`: no file of that name under any article suffix, and none in
    `taken` (the names this run has chosen); else `<slug>-2.md`, `<slug>-3.md`, …"""
    folder = content / ARTICLES_DIR
    for number in range(1, 10_000):
        stem = slug if number == 1 else f"{slug}-{number}"
        path = folder / f"{stem}.md"
        if path not in taken and not any(
            (folder / f"{stem}{suffix}").exists() for suffix in ARTICLE_SUFFIXES
        ):
            return path
    raise FileExistsError(f"{folder} already holds 10,000 articles named {slug}")


def write_whole(path: Path, text: str, replace: bool = False) -> None:
    """Write `text` to a hidden temporary file beside `path`, then move it in with one rename,
    so the file appears whole or not at all. Without `replace`, an existing file is never
    overwritten (FileExistsError)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = _temporary(path)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        if replace:
            os.replace(temporary, path)
        else:
            _move_in_new(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def _temporary(path: Path) -> tuple[int, str]:
    """A new hidden file beside `path` (neither the build nor watch mode reads it while it is
    written), with the permissions the user's umask gives any new file (mkstemp's are 0600)."""
    while True:
        name = str(path.with_name(f".{path.stem}.{secrets.token_hex(4)}.tmp"))
        try:
            return os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), name
        except FileExistsError:
            continue


def _move_in_new(temporary: str, path: Path) -> None:
    """Rename into place only if `path` does not exist. A hard link fails rather than replace
    an existing file, even one another program has just made; the temporary name then goes."""
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT, some network shares)
        if path.exists():
            raise FileExistsError(f"{path} already exists") from None
        os.replace(temporary, path)
