"""Extraction on saved news pages: how often `digest add` gets each field right.

Three sets, each with hand-read labels (labels.toml) and, where the source ships it, its
article texts (text/): the ten saved pages of tests/fixtures/pages/ (see SOURCES.md there), sixty
article pages from Readability's test suite in eval/extraction/, and forty from goose3's in
eval/extraction2/ (see SOURCES.md in each), stored gzipped. Each page is read as
`digest add FILE.html` reads it: no address but what the page itself says. Scored:

- title: equal to one of the page's own spellings of the headline (case, spaces and quotes aside)
- date: exactly a date the page states; a date where the page states none counts as wrong
- outlet: one of the names the publication goes by (case, spaces and punctuation aside)
- url: the page's own address (scheme, 'www.', trailing slash and tracking parameters aside);
  none where the page declares none
- text: word overlap with the source's article text (characters for Chinese, Japanese, Thai),
  as precision, recall and F1; as written to the article file, and once the build's own cleaner
  has been over it (what a reader gets)

Pages are split by site (split.py); the title, outlet and date rules and trafilatura's settings
were chosen looking at the 'tune' part only. Of the larger sets only the tune part's pages are
listed one by one; the held part shows its totals.
"""

from __future__ import annotations

import datetime
import gzip
import re
import tomllib
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from split import part_of

from generator.analysis.clean import clean
from generator.collect.charset import decode_html
from generator.collect.extract import Extracted, extract_article
from generator.collect.saved import read_saved_page
from generator.urls import normalise

PAGES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "pages"
LARGER = Path(__file__).resolve().parent / "extraction"
GOOSE = Path(__file__).resolve().parent / "extraction2"
TARGETS = {"date": 0.90, "title": 0.95}
FIELDS = ("title", "date", "outlet", "url")
# Scripts written without spaces between words: compared character by character.
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Score:
    """One page's result: each field right or wrong, and the text's overlap."""

    name: str
    part: str
    right: dict[str, bool]
    stated_date: bool
    overlap: tuple[float, float, float] | None  # precision, recall, F1
    cleaned: tuple[float, float, float] | None  # the same, after the build's cleaner
    found: Extracted


def labels(folder: Path = PAGES) -> dict[str, dict]:
    return tomllib.loads((folder / "labels.toml").read_text(encoding="utf-8"))


def read_page(folder: Path, name: str) -> tuple[str, str]:
    """A page's HTML and the address it notes: a saved page as `digest add` reads it, a gzipped
    one (the larger set) decoded the same way, with no address."""
    packed = folder / "pages" / f"{name}.html.gz"
    if packed.is_file():
        return decode_html(gzip.decompress(packed.read_bytes())), ""
    page = read_saved_page(folder / f"{name}.html")
    return page.html, page.address


def score(name: str, label: dict, folder: Path = PAGES) -> Score:
    html, address = read_page(folder, name)
    found = extract_article(html, address)
    dates: list[datetime.date] = label.get("published", [])
    urls = {normalise(url) for url in label["url"]}
    right = {
        "title": _text_key(found.title) in {_text_key(title) for title in label["title"]},
        "date": found.published in dates if dates else found.published is None,
        "outlet": _name_key(found.outlet) in {_name_key(name) for name in label["outlet"]},
        "url": normalise(found.url) in urls if urls else not found.url,
    }
    reference = folder / "text" / f"{name}.txt"
    overlap = cleaned = None
    if reference.is_file():
        expected = reference.read_text("utf-8")
        overlap = _overlap(found.text, expected)
        cleaned = _overlap(clean(found.text, found.title).text, expected)
    return Score(name, part_of(label["site"]), right, bool(dates), overlap, cleaned, found)


def _text_key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(str.maketrans("‘’“”", "''\"\""))
    return " ".join(text.casefold().split())


def _name_key(text: str) -> str:
    return "".join(
        char for char in unicodedata.normalize("NFKC", text).casefold() if char.isalnum()
    )


def _tokens(text: str) -> Counter[str]:
    tokens: Counter[str] = Counter()
    for word in _WORD.findall(unicodedata.normalize("NFKC", text).casefold()):
        tokens.update(word if _UNSPACED.search(word) else [word])
    return tokens


def _overlap(found: str, reference: str) -> tuple[float, float, float]:
    ours, theirs = _tokens(found), _tokens(reference)
    shared = sum((ours & theirs).values())
    precision = shared / max(1, sum(ours.values()))
    recall = shared / max(1, sum(theirs.values()))
    f1 = 2 * precision * recall / (precision + recall) if shared else 0.0
    return precision, recall, f1


def _share(scores: list[Score], field: str) -> str:
    if field == "date":
        stated = [s for s in scores if s.stated_date]
        right = sum(s.right["date"] for s in stated)
        return f"{right}/{len(stated)}"
    return f"{sum(s.right[field] for s in scores)}/{len(scores)}"


def _mean_overlap(scores: list[Score], cleaned: bool = False) -> str:
    found = [s.cleaned if cleaned else s.overlap for s in scores if s.overlap]
    if not found:
        return "-"
    return "P {:.2f} R {:.2f} F1 {:.2f}".format(
        *(sum(v) / len(found) for v in zip(*found, strict=True))
    )


def main() -> None:
    saved = [score(name, label) for name, label in sorted(labels().items())]
    sites = {label["site"] for label in labels().values()}
    print(f"{len(saved)} saved pages from {len(sites)} sites")
    _print_pages(saved)
    _print_parts(saved)
    wrong_dates = [s for s in saved if not s.stated_date and s.found.published]
    print(f"dates invented for pages that state none: {len(wrong_dates)}")
    print("targets on all pages: " + ", ".join(f"{k} >= {v:.0%}" for k, v in TARGETS.items()))
    _print_wrong(saved)
    for folder in (LARGER, GOOSE):
        _print_larger(folder)


def _print_larger(folder: Path) -> None:
    """A larger set: its tune pages one by one and their mistakes, the held part's totals."""
    found = labels(folder)
    scores = [score(name, label, folder) for name, label in sorted(found.items())]
    sites = {label["site"] for label in found.values()}
    print(f"\n{len(scores)} article pages from {len(sites)} sites (eval/{folder.name}/)")
    tune = [s for s in scores if s.part == "tune"]
    _print_pages(tune)
    _print_parts(scores)
    invented = [s for s in scores if not s.stated_date and s.found.published]
    print(f"dates invented for pages that state none: {len(invented)} of {len(scores)} pages")
    _print_wrong(tune)


def _print_pages(scores: list[Score]) -> None:
    width = max(12, *(len(s.name) for s in scores))
    header = f"{'page':{width}} {'part':5} " + " ".join(f"{f:6}" for f in FIELDS)
    print(header + " text F1 (cleaned)")
    for s in scores:
        marks = " ".join(f"{'ok' if s.right[f] else 'WRONG':6}" for f in FIELDS)
        f1 = f"{s.overlap[2]:.2f}    ({s.cleaned[2]:.2f})" if s.overlap and s.cleaned else "-"
        print(f"{s.name:{width}} {s.part:5} {marks} {f1}")


def _print_parts(scores: list[Score]) -> None:
    for part in ("tune", "held", "all"):
        chosen = [s for s in scores if part in ("all", s.part)]
        figures = ", ".join(f"{f} {_share(chosen, f)}" for f in FIELDS)
        print(f"{part}: {figures} (date: of the pages that state one)")
        print(f"  text {_mean_overlap(chosen)}; cleaned {_mean_overlap(chosen, cleaned=True)}")


def _print_wrong(scores: list[Score]) -> None:
    for s in scores:
        for field in FIELDS:
            if not s.right[field]:
                value = {"date": s.found.published}.get(field, getattr(s.found, field, ""))
                print(f"  {s.name}: {field} came out as {value!r}")
