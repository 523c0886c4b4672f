"""The persistent cache of article analyses, file records and generated text: an SQLite file
that only saves time.

Analyses are keyed by analyse.analysis_key (the article plus every version and setting that
decides its analysis), so a hit is always what analyse() would return; YAKE's rankings by
analyse.ranking_key (the text YAKE was given, its settings and versions), each kept as long as
the analysis last made from it; an article file's whole record by the build's key of its
bytes, path, events and code; generated text (rendered Markdown) by what it was made from and
a fingerprint of the code that made it; binary data (the 5-grams of a text, see
cache/copies.py) by what its user makes the key of. The cache never breaks a build: a corrupt
file is discarded with a warning, a locked or unwritable one is skipped with a warning, and the
build goes on without it.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from generator import codec
from generator.fingerprints import described, text_key
from generator.models import (
    Analysis,
    ArticleRecord,
)

if TYPE_CHECKING:
    from generator.cache.copies import CachedCopies

log = logging.getLogger(__name__)

CACHE_DIR = Path(".cache") / "digest"
_FILE_NAME = "analyses.sqlite"
_SCHEMA = 11  # bump when the table or the row encoding changes; old files are then emptied
# Builds are counted; an entry no build has used for this many builds is pruned, and an entry
# in use is re-stamped once it is this old, so a warm build rarely writes.
_KEEP_BUILDS = 20
_RESTAMP_AFTER = 5
_CHUNK = 500  # keys per SELECT, under SQLite's limit on bound parameters
_LOCK_TIMEOUT = 5.0
_TEXT_BATCH = 200  # generated texts kept before they are written out
# Reading a stored ranking only saves a YAKE run (~25 ms): a locked file is not waited for long.
# (The build stores fresh rankings while its workers read others.)
_RANKING_TIMEOUT = 0.2
# Per-article analyses, generated text (HTML), each article file's whole record, binary data.
_TABLES = ("analyses", "texts", "records", "blobs")
# An entry's data and the build that last used it, the first of them given by a key.
_SELECT = (
    "SELECT d.key, d.data, u.used FROM {table} AS d JOIN {table}_used AS u ON u.key = d.key "
    "WHERE d.key"
)
_SELECT_USED = "SELECT key, used FROM {table}_used WHERE key"
T = TypeVar("T")


def default_cache_dir(content_dir: Path) -> Path:
    """Where a content folder's cache lives: .cache/digest/ beside it (outside site/ and content/)."""
    return content_dir.resolve().parent / CACHE_DIR


def analyses_file(cache_dir: Path) -> Path:
    """The SQLite file of the cache in `cache_dir`."""
    return cache_dir / _FILE_NAME


def site_manifest(cache_dir: Path, output_dir: Path) -> Path:
    """Where the record of what an output folder's files were made from is kept."""
    name = described(str(output_dir.resolve()))
    return cache_dir / f"site-{name[:16]}.json"


class AnalysisCache:
    """Cached analyses, records and generated texts in `folder`; close it (or use `with`) to
    save the work.

    A caller that builds again and again (watch mode) can keep one `remembered` dict for all
    its caches: each leaves in it the records its build used, decoded, and the next takes a
    record still in the file from there instead of decoding it again (~80 µs each).
    """

    def __init__(
        self,
        folder: Path,
        remembered: dict[str, Any] | None = None,
        *,
        joining: int | None = None,
    ) -> None:
        self.path = analyses_file(folder)
        self.folder = folder
        self._db: sqlite3.Connection | None = None
        self._generation = 0
        # Another process's part of a build (see joined): it stamps with that build's number,
        # counts no build of its own and prunes nothing (the build does, once).
        self._joining = joining
        self._used: dict[str, list[str]] = {table: [] for table in _TABLES}  # hits to re-stamp
        self._fresh_texts: dict[str, str] = {}
        self._remembered = remembered
        self._records_used: dict[str, Any] = {}  # what this build leaves in `remembered`
        self._open(folder)

    def __enter__(self) -> AnalysisCache:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def get_many(self, keys: Iterable[str]) -> dict[str, Analysis]:
        """The cached analyses among `keys`; unreadable entries count as misses."""
        return self._get("analyses", keys, functools.partial(codec.loads, Analysis))

    def get_records(self, keys: Iterable[str]) -> dict[str, ArticleRecord]:
        """The cached article records among `keys`; unreadable entries count as misses."""
        restamped = len(self._used["records"])
        found = self._get("records", keys, _decode_record, self._remembered)
        self._remember(found)
        # A build that uses a record never asks for its analysis, which is kept as long as the
        # record is: else editing the events, after a few builds, would analyse every article.
        self._used["analyses"] += [found[key][0] for key in self._used["records"][restamped:]]
        return {key: record for key, (_, record) in found.items()}

    def get_blobs(
        self,
        keys: Iterable[str],
        decode: Callable[[bytes], T],
        remembered: Mapping[str, T] | None = None,
    ) -> dict[str, T]:
        """The cached binary data among `keys`, each as `decode` reads it (a row it refuses
        with codec.DecodeError is a miss). Those in `remembered` (this process read or made
        them already) are taken from there: only their stamps are read."""
        return self._get("blobs", keys, functools.partial(_blob, decode), remembered)

    def kept_blobs(self, keys: Iterable[str]) -> set[str]:
        """Which of `keys` the cache holds binary data for, without reading the data; they
        count as used, as get_blobs' would."""
        wanted = dict.fromkeys(keys)
        return set(self._get("blobs", wanted, _unread, wanted))

    def put_blobs(self, blobs: Mapping[str, bytes]) -> None:
        """Store binary data, stamped with this build."""
        self._put("blobs", blobs, bytes)

    def kept_copies(self, apart: bool = False) -> CachedCopies:
        """Where copy detection keeps what it measured for the next build (see copies.py).
        `apart`: copy detection may measure in a process of its own, which keeps its work
        here too (a caller that keeps nothing of it in this process)."""
        # Imported here: it imports numpy (~80 ms), which a build that changes nothing never needs.
        from generator.cache.copies import CachedCopies

        return CachedCopies(self, self.joined() if apart else None)

    def joined(self) -> Callable[[], AnalysisCache] | None:
        """Opens this cache in another process as part of this build (picklable); None if
        this build has no cache file."""
        if self._db is None:
            return None
        return functools.partial(AnalysisCache, self.folder, joining=self._generation)

    def texts(self, salt: str) -> Callable[[str, Callable[[], str]], str]:
        """A memo of text the build generates (article HTML) kept across builds:
        remember(described, make) gives the text make() returns, made only the first time.
        `described` must name everything the text depends on but the code, which `salt` must
        cover."""

        def remember(described: str, make: Callable[[], str]) -> str:
            return self._texts_kept(salt, [described], lambda _: make())[0]

        return remember

    def texts_all(self, salt: str) -> Callable[[Sequence[str], Callable[[int], str]], list[str]]:
        """texts(salt) for many at once: remember_all(described, make) gives the text of each
        of `described`, make(i) making the i-th if it is not kept; all looked up in a few
        queries (the quotation checks of hundreds of rewrites, one query each, were a tenth
        of a watch-mode rebuild)."""
        return functools.partial(self._texts_kept, salt)

    def _texts_kept(
        self, salt: str, described: Sequence[str], make: Callable[[int], str]
    ) -> list[str]:
        keys = [text_key(salt, words) for words in described]
        stored = self._get("texts", [key for key in keys if key not in self._fresh_texts], str)
        texts = []
        for index, key in enumerate(keys):
            text = self._fresh_texts.get(key) or stored.get(key)
            if text is None:
                text = make(index)
                self._keep_text(key, text)
            texts.append(text)
        return texts

    def state(self, name: str) -> str | None:
        """What the last build kept under `name` (see keep_state), if the cache holds it."""
        key = text_key("state", name)
        return self._fresh_texts.get(key) or self._get("texts", [key], str).get(key)

    def keep_state(self, name: str, text: str) -> None:
        """Keep `text` under `name` for the next build, replacing what was kept before."""
        self._keep_text(text_key("state", name), text)

    def _keep_text(self, key: str, text: str) -> None:
        if self._db is not None:
            self._fresh_texts[key] = text
            if len(self._fresh_texts) >= _TEXT_BATCH:
                self._save_texts()

    def rankings_opener(self) -> Callable[[], StoredRankings]:
        """Opens a read-only view of the stored rankings (nothing if the file is unusable);
        picklable, for the analysis worker processes."""
        return functools.partial(StoredRankings, self.path if self._db is not None else None)

    def put_rankings(self, rankings: Mapping[str, Mapping[str, list[str] | None]]) -> None:
        """Store the YAKE rankings fresh analyses were made from, by analysis key: a new
        ranking as a list, one taken from the cache as None. Each stays as long as the last
        analysis made from it does."""
        fresh, taken = [], []
        for analysis, given in rankings.items():
            for key, ranking in given.items():
                if ranking is None:
                    taken.append((analysis, key))
                else:
                    fresh.append((key, codec.dumps(ranking), analysis))
        self._execute("INSERT OR REPLACE INTO rankings VALUES (?, ?, ?)", fresh)
        self._execute("UPDATE rankings SET analysis = ? WHERE key = ?", taken)

    def put_many(self, analyses: Mapping[str, Analysis]) -> None:
        """Store fresh analyses, stamped with this build."""
        self._put("analyses", analyses, codec.dumps)

    def put_records(self, records: Mapping[str, tuple[str, ArticleRecord]]) -> None:
        """Store fresh article records, each with the key of its analysis, stamped with this build."""
        self._put("records", {key: _RecordRow(*row) for key, row in records.items()}, codec.dumps)
        self._remember(records)

    def _remember(self, records: Mapping[str, tuple[str, ArticleRecord]]) -> None:
        """Keep the records used, to leave them in `remembered` at the end; with nothing to
        leave them in (a single build), not: they would be held to the build's end, some
        10,000 of them while the pages are rendered."""
        if self._remembered is not None:
            self._records_used.update(records)

    def close(self) -> None:
        """Stamp the entries this build used, prune the ones no recent build used, and close."""
        if self._db is None:
            return
        self._save_texts()
        oldest = self._generation - _KEEP_BUILDS
        for table, keys in self._used.items():
            self._execute(
                f"UPDATE {table}_used SET used = ? WHERE key = ?",
                [(self._generation, key) for key in keys],
            )
        if self._joining is None:  # (a part of a build prunes nothing: the build does)
            # A ranking goes with the last analysis made from it (found by its stamp, so a build
            # that prunes nothing reads none of the rankings).
            self._execute(
                "DELETE FROM rankings WHERE analysis IN (SELECT key FROM analyses_used WHERE used < ?)",
                [(oldest,)],
            )
            for table in self._used:
                self._execute(
                    f"DELETE FROM {table} WHERE key IN (SELECT key FROM {table}_used WHERE used < ?)",
                    [(oldest,)],
                )
                self._execute(f"DELETE FROM {table}_used WHERE used < ?", [(oldest,)])
        if self._db is not None:
            self._db.close()
            self._db = None
            if self._remembered is not None:
                self._remembered.clear()
                self._remembered.update(self._records_used)

    def _get(
        self,
        table: str,
        keys: Iterable[str],
        decode: Callable[[str], T],
        remembered: Mapping[str, T] | None = None,
    ) -> dict[str, T]:
        """The entries of `table` among `keys`, decoded; a row that cannot be decoded is a miss.
        Those in `remembered` are taken from there: only their stamps are read, not their data."""
        found: dict[str, T] = {}
        known = remembered or {}
        wanted = dict.fromkeys(keys)
        for chunk in _batches([key for key in wanted if key in known], _CHUNK):
            for key, used in self._query(_SELECT_USED.format(table=table) + _among(chunk), chunk):
                found[key] = known[key]
                self._restamp_if_old(table, key, used)
        for chunk in _batches([key for key in wanted if key not in known], _CHUNK):
            for key, data, used in self._query(_SELECT.format(table=table) + _among(chunk), chunk):
                try:
                    value = decode(data)
                except codec.DecodeError:
                    value = None
                if value is not None:
                    found[key] = value
                    self._restamp_if_old(table, key, used)
        return found

    def _restamp_if_old(self, table: str, key: str, used: int) -> None:
        if used < self._generation - _RESTAMP_AFTER:
            self._used[table].append(key)

    def _put(self, table: str, rows: Mapping[str, T], encode: Callable[[T], str]) -> None:
        # Encoded one row at a time as SQLite takes them: 10,000 articles' rows are ~100 MB.
        encoded = ((key, encode(row)) for key, row in rows.items())
        self._execute(f"INSERT OR REPLACE INTO {table} VALUES (?, ?)", encoded)
        self._stamp(table, rows)

    def _open(self, folder: Path) -> None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            log.warning(
                "warning: cache folder %s cannot be created (%s); building without it",
                folder,
                error.strerror,
            )
            return
        for attempt in (1, 2):
            try:
                self._db = _connect(self.path)
                if self._joining is None:
                    self._generation = _next_generation(self._db)
                else:
                    self._generation = self._joining
                return
            except sqlite3.OperationalError as error:  # locked, read-only, disk full: skip it
                self._disable(f"cannot be used ({error})")
                return
            except sqlite3.DatabaseError as error:  # not a database, or a damaged one
                self._disable(f"is damaged ({error}); it was discarded")
                if attempt == 1:
                    _remove(self.path)

    def _save_texts(self) -> None:
        self._execute("INSERT OR REPLACE INTO texts VALUES (?, ?)", self._fresh_texts.items())
        self._stamp("texts", self._fresh_texts)
        self._fresh_texts.clear()

    def _stamp(self, table: str, keys: Iterable[str]) -> None:
        self._execute(
            f"INSERT OR REPLACE INTO {table}_used VALUES (?, ?)",
            ((key, self._generation) for key in keys),
        )

    def _query(self, sql: str, parameters: list[str]) -> list[tuple]:
        if self._db is None:
            return []
        try:
            return self._db.execute(sql, parameters).fetchall()
        except sqlite3.DatabaseError as error:
            self._disable(f"cannot be read ({error})")
            return []

    def _execute(self, sql: str, rows: Iterable[tuple[object, ...]]) -> None:
        if self._db is None:
            return
        try:
            with self._db:
                self._db.executemany(sql, rows)
        except sqlite3.DatabaseError as error:
            self._disable(f"cannot be written ({error})")

    def _disable(self, why: str) -> None:
        log.warning("warning: cache %s %s; building without it", self.path, why)
        if self._db is not None:
            self._db.close()
            self._db = None


class StoredRankings:
    """The YAKE rankings a cache file holds, by analyse.ranking_key, read-only: analysis worker
    processes read them while the build holds the file open. No file, a file that cannot be
    read, or a row that cannot be decoded holds nothing."""

    def __init__(self, path: Path | None) -> None:
        self._uri = f"{path.resolve().as_uri()}?mode=ro" if path else ""
        self._db: sqlite3.Connection | None = None

    def __enter__(self) -> StoredRankings:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def get(self, key: str) -> list[str] | None:
        if not self._uri:
            return None
        try:
            if self._db is None:
                self._db = sqlite3.connect(self._uri, uri=True, timeout=_RANKING_TIMEOUT)
            # fetchall() ends the statement, so this reader holds no lock on the file after it.
            rows = self._db.execute("SELECT data FROM rankings WHERE key = ?", (key,)).fetchall()
            return codec.loads(list[str], rows[0][0]) if rows else None
        except codec.DecodeError:  # not a row this code wrote
            return None
        except sqlite3.Error:  # no usable file, or locked for longer than a ranking saves
            self.close()
            return None

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def _among(keys: list[str]) -> str:
    """The end of a WHERE clause that picks `keys`, bound as parameters."""
    return f" IN ({','.join('?' * len(keys))})"


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=_LOCK_TIMEOUT)
    try:
        # The cache can always be rebuilt, so durability is traded for speed.
        db.execute("PRAGMA synchronous = OFF")
        # A build writes in a score of transactions; keeping the rollback journal's file
        # between them, rather than making and deleting it for each, saves ~10 ms a rebuild.
        db.execute("PRAGMA journal_mode = PERSIST")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        with db:
            if version != _SCHEMA:
                stale = db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                for (table,) in stale.fetchall():
                    db.execute(f'DROP TABLE IF EXISTS "{table}"')
            for table in _TABLES:
                db.execute(
                    f"CREATE TABLE IF NOT EXISTS {table} "
                    "(key TEXT PRIMARY KEY, data TEXT NOT NULL) WITHOUT ROWID"
                )
                # Which build last used each entry, apart from the data: re-stamping thousands of
                # entries then rewrites a few bytes each, not megabytes of data.
                db.execute(
                    f"CREATE TABLE IF NOT EXISTS {table}_used "
                    "(key TEXT PRIMARY KEY, used INTEGER NOT NULL) WITHOUT ROWID"
                )
                # Every build prunes by `used`; without an index that reads the whole table.
                db.execute(f"CREATE INDEX IF NOT EXISTS {table}_by_use ON {table}_used (used)")
            db.execute(
                "CREATE TABLE IF NOT EXISTS rankings "
                "(key TEXT PRIMARY KEY, data TEXT NOT NULL, analysis TEXT NOT NULL) WITHOUT ROWID"
            )
            # Pruning looks rankings up by their analysis.
            db.execute("CREATE INDEX IF NOT EXISTS rankings_by_analysis ON rankings (analysis)")
            db.execute("CREATE TABLE IF NOT EXISTS state (generation INTEGER NOT NULL)")
            db.execute(f"PRAGMA user_version = {_SCHEMA}")
    except BaseException:
        db.close()
        raise
    return db


def _next_generation(db: sqlite3.Connection) -> int:
    """Count this build, atomically, so concurrent builds (watch mode and a manual one) agree."""
    with db:
        db.execute("BEGIN IMMEDIATE")
        row = db.execute("SELECT generation FROM state").fetchone()
        generation = (row[0] if row else 0) + 1
        if row:
            db.execute("UPDATE state SET generation = ?", (generation,))
        else:
            db.execute("INSERT INTO state VALUES (?)", (generation,))
    return generation


def _remove(path: Path) -> None:
    for stale in (path, path.with_name(path.name + "-journal")):
        try:
            stale.unlink(missing_ok=True)
        except OSError as error:
            log.warning("warning: %s cannot be removed (%s)", stale, error.strerror)


@dataclass(frozen=True, slots=True)
class _RecordRow:
    """A stored article record, with the key of the analysis it holds (kept as long as it is)."""

    analysis_key: str
    record: ArticleRecord


def _unread(data: object) -> None:
    raise AssertionError("kept_blobs reads no data")


def _blob(decode: Callable[[bytes], T], data: object) -> T:
    if not isinstance(data, bytes):  # not a row put_blobs wrote
        raise codec.DecodeError(f"expected bytes, found {type(data).__name__}")
    return decode(data)


def _decode_record(data: str) -> tuple[str, ArticleRecord]:
    row = codec.loads(_RecordRow, data)
    return row.analysis_key, row.record
