"""The chain of hashes that decides what a build may reuse instead of making again.

Every cache hit and every page left untouched rests on one of these fingerprints, each a
SHA-256 of everything the thing it stands for is made from. The chain, from code to disk:

1. **code** (`code_fingerprint`): every module of digest and the versions of the libraries
   that decide its output. `analysis_fingerprint` is the part that decides an analysis: the
   modules of generator/analysis/, models.py, patterns.py and YAKE's libraries; `ranking_fingerprint` the
   part that decides YAKE's ranking alone (its settings and versions, not our code), so that
   editing the cleaner keeps the rankings of texts it did not change.
2. **analysis key** (`analysis_key`): an article's body, title and front-matter `keep`/`drop`
   lines under the analysis fingerprint; **ranking key** (`ranking_key`): a text given to
   YAKE under the ranking one.
3. **record key** (`record_key`): an article file's bytes (`file_digest`) and path, under
   `records_fingerprint`, which covers the code and the configured events.
4. **article digest** (`article_digest`): the record key with the id and keyword spellings
   settled across the briefing; it stands for the whole article from here on.
5. **card key** and **page fingerprint** (`described`): what a page shows, in terms of article
   digests and card keys, never of the articles' texts, so that an unchanged page is found
   without making its context.
6. **site fingerprint** (`site_fingerprint`): the code and the templates. A page is reused from
   the previous site only when this and its page fingerprint are unchanged; the manifest
   (output/write.py) records both, with `content_hash` for files given as bytes.
7. **inputs digest** (`inputs_digest`): everything besides code and templates that decides a
   build's site and report; a build whose inputs match the note of an untouched site is done.

A change anywhere changes every fingerprint after it in the chain, and nothing else.
"""

from __future__ import annotations

import functools
import hashlib
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from importlib.util import find_spec
from pathlib import Path

# Bump when a change outside the modules hashed below (a data file, a dependency's behaviour
# that its version number does not show) changes what an analysis returns.
ANALYSIS_VERSION = "2"
# Libraries whose version can change the keywords: yake and what it runs on.
ANALYSIS_LIBRARIES = ("yake", "segtok", "regex", "jellyfish", "networkx", "numpy")
# Libraries whose version can change the site: its pages, briefing.json, or what is reported.
SITE_LIBRARIES = ("jinja2", "markdown_it", "markupsafe", "yaml")
_PACKAGE = Path(__file__).resolve().parent


def described(text: str) -> str:
    """The fingerprint of a text that names everything something is made from."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def content_hash(data: bytes) -> str:
    """The fingerprint of a file given as bytes, marked so it never equals a page fingerprint."""
    return "sha256:" + hashlib.sha256(data).hexdigest()


def file_digest(data: bytes | OSError) -> str:
    """A hash of an article file's bytes, or what kept them from being read."""
    if isinstance(data, OSError):
        return f"unreadable: {data!r}"
    return hashlib.sha256(data).hexdigest()


def library_version(name: str) -> str:
    """An installed library's version without importing it (importing yake alone takes ~0.3 s)."""
    spec = find_spec(name)
    if spec is None or spec.origin is None:
        return f"{name} missing"
    origin = Path(spec.origin)
    is_package = spec.submodule_search_locations is not None
    site = origin.parent.parent if is_package else origin.parent
    found = sorted(p.name for p in site.glob(f"{name}-*.dist-info"))
    if found:
        return found[-1].removesuffix(".dist-info")
    # An unusual install (a zip, a vendored copy): its files' sizes and times stand in.
    files = sorted(origin.parent.rglob("*.py")) if is_package else [origin]
    return repr([(f.name, f.stat().st_size, f.stat().st_mtime_ns) for f in files])


@functools.cache
def ranking_fingerprint(settings: str) -> str:
    """What besides the text decides YAKE's ranking: its `settings` (as text) and versions."""
    versions = [library_version(name) for name in ANALYSIS_LIBRARIES]
    made_from = (settings, sys.version_info[:2], unicodedata.unidata_version, *versions)
    return described(repr(made_from))


def ranking_key(text: str, top: int, settings: str) -> str:
    """The cache key of YAKE's `top` keywords of `text` under `settings`."""
    digest = hashlib.sha256(f"{ranking_fingerprint(settings)}\0{top}\0".encode())
    digest.update(text.encode(errors="surrogatepass"))
    return digest.hexdigest()


@functools.cache
def analysis_fingerprint() -> str:
    """What besides an article decides its analysis: the analysis code, its libraries' versions."""
    digest = hashlib.sha256(ANALYSIS_VERSION.encode())
    digest.update(ranking_fingerprint("").encode())  # the versions YAKE's ranking depends on
    # patterns.py compiles the analysis modules' patterns: it is theirs as much as models.py
    modules = [*sorted(_PACKAGE.joinpath("analysis").rglob("*.py")), _PACKAGE / "models.py"]
    modules.append(_PACKAGE / "patterns.py")
    _hash_files(digest, modules)
    return digest.hexdigest()


def analysis_key(
    body: str,
    title: str,
    keep: Sequence[str] = (),
    drop: Sequence[str] = (),
    template: Sequence[tuple[str, str]] = (),
) -> str:
    """The cache key of an article's analysis: its body, title, the editor's `keep` and
    `drop` lines (front matter) and its site's template lines under the analysis fingerprint."""
    digest = hashlib.sha256(analysis_fingerprint().encode())
    digest.update(f"\0{len(title)}\0{title}".encode(errors="surrogatepass"))
    if keep or drop or template:  # after the title, "\1" not "\0": no key without them can
        rules = repr((tuple(keep), tuple(drop), tuple(template)))  # equal one with them
        digest.update(f"\1{len(rules)}\0{rules}".encode(errors="surrogatepass"))
    digest.update(b"\0" + body.encode(errors="surrogatepass"))
    return digest.hexdigest()


@functools.cache
def code_fingerprint() -> str:
    """A hash of all of digest's code and the versions of the libraries that decide its output."""
    versions = [library_version(name) for name in SITE_LIBRARIES]
    digest = hashlib.sha256(repr([analysis_fingerprint(), *versions]).encode())
    _hash_files(digest, sorted(_PACKAGE.rglob("*.py")))
    return digest.hexdigest()


def records_fingerprint(events: Sequence[object]) -> str:
    """What every article record depends on besides its file: the code and the events.

    Made once a build: the events' repr alone takes ~18 µs, which per file was 0.18 s of a
    build at 10,000 articles."""
    return described(f"{code_fingerprint()}\0{events!r}")


def record_key(records: str, path: Path, digest: str) -> str:
    """The cache key of an article file's record: its bytes' `digest`, its path as shown, and
    the `records` fingerprint."""
    return described(f"{records}\0{len(str(path))}\0{path}\0{digest}")


def templated_key(record: str, template: Sequence[tuple[str, str]]) -> str:
    """The cache key of an article file's record cleaned without its site's `template` lines,
    from the key of its record cleaned on its own."""
    return described(f"{record}\0{template!r}")


def article_digest(record: str, article_id: str, keywords: Sequence[str]) -> str:
    """A hash of everything an article is made from: its record key, id and keyword spellings.
    It stands for the article in page fingerprints and cache keys, so it must be cheap."""
    return described(f"{record}\0{article_id}\0{keywords!r}")


def site_fingerprint(templates_dir: Path) -> str:
    """A hash of what turns content into files: our code, its libraries, the templates."""
    digest = hashlib.sha256(code_fingerprint().encode())
    for path in sorted(p for p in templates_dir.glob("**/*") if p.is_file()):
        name = path.relative_to(templates_dir).as_posix()
        digest.update(f"\0{name}\0".encode() + path.read_bytes())
    return digest.hexdigest()


def inputs_digest(settings: object, config: bytes | OSError, files: dict[Path, str]) -> str:
    """A hash of everything besides templates and code that decides the site and the report:
    the build's `settings`, briefing.toml's bytes, and each article file's path and digest.
    The paths are hashed as given, since the report names files by them."""
    digest = hashlib.sha256(repr(settings).encode(errors="surrogatepass"))
    digest.update(config if isinstance(config, bytes) else repr(config).encode())
    for path, file_digest_ in files.items():
        digest.update(f"\0{len(str(path))}\0{path}\0{file_digest_}".encode(errors="surrogatepass"))
    return digest.hexdigest()


def text_key(site: str, made_from: str) -> str:
    """The cache key of a generated text (an article's HTML): what it is made from, under the
    `site` fingerprint."""
    return described(f"{site}\0{made_from}")


def _hash_files(digest: hashlib._Hash, paths: Iterable[Path]) -> None:
    for path in paths:
        name = path.relative_to(_PACKAGE).as_posix()
        digest.update(f"\0{name}\0".encode() + path.read_bytes())
