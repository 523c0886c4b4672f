"""End to end: `python -m generator build` turns a content folder into a linked, clean briefing."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import REPO, run_build

CONTENT = REPO / "content"
# The AFP report that seed 003 rewrites, as four sites published it (see eval/copies/seed-afp).
AFP_COPIES = {5: "sinodaily", 6: "newsofbahrain", 7: "hurriyetdailynews", 8: "arabnews_pk"}
EXPECTED_EVENTS = {  # the editor's grouping of the seed articles
    "pre-visit-interview": {"000_8451e265bbcb7627.txt", "001_56bf9781b76ec8e3.txt"},
    "departure": {
        "003_c1cbc3802c2125c7.txt",
        "004_071aeb18122fc6f2.txt",
        *(f"00{n}_afp_{site}.md" for n, site in AFP_COPIES.items()),
    },
    "summit": {"002_77345354ff28eb02.txt"},
}


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hrefs += [value for name, value in attrs if name in ("href", "src") and value]


def links_of(page: Path) -> list[str]:
    parser = Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.hrefs


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("seed") / "site"
    # A cache of its own: the default, beside content/, is the checkout's, which a test must
    # neither write to nor take its analyses from.
    paths = ["--content", str(CONTENT), "--output", str(output)]
    result = run_build(output.parent, *paths, "--cache", str(output.parent / "cache"))
    assert result.returncode == 0, result.stderr
    assert re.search(r"Built 9 articles in 3 events, removed \d+ boilerplate lines", result.stdout)
    return output


@pytest.fixture(scope="module")
def briefing(seed_site: Path) -> dict:
    return json.loads((seed_site / "briefing.json").read_text(encoding="utf-8"))


def test_the_seed_briefing_groups_articles_as_the_editor_did(briefing: dict) -> None:
    files = {a["id"]: Path(a["file"]).name for a in briefing["articles"]}
    grouped = {e["id"]: {files[i] for i in e["articles"]} for e in briefing["events"]}
    assert grouped == EXPECTED_EVENTS
    assert [e["date"] for e in briefing["events"]] == sorted(e["date"] for e in briefing["events"])
    assert all(a["event_reason"] for a in briefing["articles"])


def test_every_article_links_its_original_source(seed_site: Path, briefing: dict) -> None:
    index_links = links_of(seed_site / "index.html")
    for article in briefing["articles"]:
        assert article["url"].startswith("https://")
        # On the index: its card, or a link to its page beside the card of a copy of it.
        assert article["url"] in index_links or article["path"] in index_links
        assert article["url"] in links_of(seed_site / article["path"])


def test_every_internal_link_resolves(seed_site: Path) -> None:
    pages = sorted(seed_site.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        if page == seed_site / "404.html":
            continue  # served at any depth, so its links start from base_url: tests/browser checks them
        for href in links_of(page):
            if href.startswith(("http://", "https://", "mailto:", "#")):
                continue
            assert not href.startswith("/"), f"{page}: absolute link {href}"
            target = (page.parent / href.split("#")[0].split("?")[0]).resolve()
            assert target.is_file(), f"{page.relative_to(seed_site)} links to missing {href}"


def test_seed_text_keeps_every_story_line_and_no_boilerplate(briefing: dict) -> None:
    for article in briefing["articles"]:
        raw = (CONTENT / article["file"]).read_text(encoding="utf-8").split("\n---\n", 1)[1]
        kept = {line.lstrip("#- ").strip() for line in article["text"].splitlines() if line.strip()}
        removed = {r["line"] for r in article["removed"]}
        for line in raw.splitlines():
            line = " ".join(line.split()).lstrip("• ")
            if line:  # every non-empty line is either kept or recorded as removed, never lost
                assert line in kept or line in removed, (article["file"], line)
        for line in kept:
            assert not re.search(
                r"(?i)leave a reply|subscribe|newsletter|<script|advertisement|share this", line
            )
            assert line != article["title"]


def test_the_ai_generated_article_is_flagged_and_shown_with_a_badge(
    seed_site: Path, briefing: dict
) -> None:
    flagged = [a for a in briefing["articles"] if "ai-generated" in a["flags"]]
    assert [Path(a["file"]).name for a in flagged] == ["001_56bf9781b76ec8e3.txt"]
    assert "badge-ai-generated" in (seed_site / flagged[0]["path"]).read_text(encoding="utf-8")


def test_keywords_and_leads_are_sensible(briefing: dict) -> None:
    for article in briefing["articles"]:
        assert 5 <= len(article["keywords"]) <= 10
        prose = [line for line in article["text"].splitlines() if not line.startswith(("#", "- "))]
        assert article["lead"] and article["lead"] in " ".join(" ".join(prose).split())
        assert len(article["lead"].split()) <= 60
    spellings = {k for a in briefing["articles"] for k in a["keywords"] if "jae" in k.lower()}
    assert len(spellings) == 1  # "Lee Jae-myung" and "Lee Jae Myung" are one keyword


def test_the_afp_copies_are_one_report_and_the_rewrite_quote_is_checked(
    seed_site: Path, briefing: dict
) -> None:
    by_file = {Path(a["file"]).name: a for a in briefing["articles"]}
    copies = [by_file[f"00{n}_afp_{site}.md"] for n, site in AFP_COPIES.items()]
    assert len({a["copy_group"] for a in copies}) == 1 and copies[0]["copy_group"]
    assert all(a["origin"]["name"] == "AFP" for a in copies)
    assert all(
        len(a["shared_with"]) == 3 and min(s["share"] for s in a["shared_with"]) > 0.5
        for a in copies
    )
    others = [a for name, a in by_file.items() if "_afp_" not in name]
    assert all(a["copy_group"] is None for a in others)
    # 003 names the AFP report in based_on; its adviser's quotation comes after the point
    # where every stored copy of the report stops: it cannot be checked, and is not flagged.
    rewrite = by_file["003_c1cbc3802c2125c7.txt"]
    checks = {c["quote"]: c["status"] for c in rewrite["quote_checks"]}
    assert checks["This trip reflects a careful, pragmatic approach"] == "unchecked"
    assert any(status == "verbatim" and "weakest link" in q for q, status in checks.items())
    adviser = next(q for q in briefing["quotes"] if q["text"].startswith("This trip reflects"))
    assert (adviser["speaker"], adviser["speaker_description"]) == (
        "Wi Sung-lac",
        "a top presidential adviser",
    )
    event_page = (seed_site / "events" / "departure.html").read_text(encoding="utf-8")
    assert "Who said what" in event_page and "could not check" in event_page
    # Only the rewrite that names its original says so there: a wire copy's quotations past
    # the end of a shorter copy are no news (its own page still tells).
    notes = re.findall(r'<p class="check">([^:<]+): could not check', event_page)
    assert notes and set(notes) == {rewrite["outlet"]}
    assert "Same report also published by" in event_page and "origin: AFP" in event_page
    speakers = (seed_site / "speakers.html").read_text(encoding="utf-8")
    assert "Wi Sung-lac" in speakers and "Kang Jun-young" in speakers


def test_another_story_builds_just_as_cleanly(make_content, tmp_path: Path) -> None:
    make_content()
    result = run_build(tmp_path, "--content", "content", "--output", "site")
    assert result.returncode == 0, result.stderr
    data = json.loads((tmp_path / "site" / "briefing.json").read_text(encoding="utf-8"))
    by_file = {a["file"]: a for a in data["articles"]}
    closure, reopening = by_file["articles/closure.md"], by_file["articles/reopening.txt"]
    assert (closure["event"], reopening["event"]) == ("closure", "reopening")
    assert reopening["title"] == "The Harbour Bridge reopens with a ribbon ceremony"  # inferred
    assert "Council approves budget" not in reopening["text"]
    assert "Sign up" not in closure["text"] and "Commuters faced long delays" in closure["text"]
    assert closure["outlet"] == "harbourherald.example"


def test_a_broken_config_exits_1_with_a_message_and_keeps_the_old_site(
    make_content, tmp_path: Path
) -> None:
    content = make_content()
    output = tmp_path / "site"
    assert run_build(tmp_path, "--content", "content", "--output", "site").returncode == 0
    before = (output / "index.html").read_bytes()
    (content / "briefing.toml").write_text('title = "x"\n[[events]\nid = 1\n', encoding="utf-8")
    result = run_build(tmp_path, "--content", "content", "--output", "site")
    assert result.returncode == 1
    assert "briefing.toml:2" in result.stderr and "Traceback" not in result.stderr
    assert (output / "index.html").read_bytes() == before


def test_bad_usage_exits_2(tmp_path: Path) -> None:
    result = run_build(tmp_path, "--bogus")
    assert result.returncode == 2


def test_with_no_events_configured_the_events_are_discovered(make_content, tmp_path: Path) -> None:
    make_content(config='title = "No events"\n')
    assert run_build(tmp_path, "--content", "content", "--output", "site").returncode == 0
    data = json.loads((tmp_path / "site" / "briefing.json").read_text(encoding="utf-8"))
    assert data["events"] and all(e["discovered"] for e in data["events"])
    assert all(a["event"] and a["event_reason"] for a in data["articles"])


def test_with_discover_off_and_no_events_everything_is_other_coverage(
    make_content, tmp_path: Path
) -> None:
    make_content(config='title = "No events"\ndiscover = false\n')
    assert run_build(tmp_path, "--content", "content", "--output", "site").returncode == 0
    data = json.loads((tmp_path / "site" / "briefing.json").read_text(encoding="utf-8"))
    assert [e["id"] for e in data["events"]] == ["other"]
    assert all(a["event"] is None for a in data["articles"])


def test_a_dropped_field_is_named_once_not_followed_by_a_cascade_of_hints(
    make_content, tmp_path: Path
) -> None:
    make_content(
        {
            "dated.md": "---\ntitle: Ferry strike ends\npublished: yesterday\n---\nThe strike ended on Friday.\n"
        }
    )
    result = run_build(tmp_path, "--content", "content", "--output", "site")
    lines = [line for line in result.stderr.splitlines() if "dated.md" in line]
    assert len(lines) == 1 and "'published' 'yesterday' is not a date" in lines[0]
