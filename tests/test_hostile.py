"""Hostile and broken input: each bad file is named with its problem; a file that is an error
stops the build before anything is written, and once those are fixed the rest is published;
nothing from the content runs, and nothing outside the output folder is touched.

The fixtures in tests/fixtures/hostile/ are built as a new user would: dropped into a content
folder beside two good articles, then `python -m generator build` is run on it.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.analysis.clean import clean
from generator.analysis.keywords import extract_keywords
from generator.analysis.summary import lead
from generator.build import BuildOptions, Project, build
from generator.content.load import parse_front_matter, split_front_matter
from generator.content.markdown import is_allowed_link, make_markdown, refused_links
from generator.links import is_safe_url
from generator.output.write import MARKER
from generator.site.theme import default_templates
from generator.slugs import WINDOWS_RESERVED
from tests.conftest import (
    HOSTILE_CONFIG,
    HOSTILE_ERRORS,
    HOSTILE_FIXTURES,
    HOSTILE_NAME,
    SMALL_CONFIG,
    run_build,
    snapshot,
    write_content,
)

GOOD_TITLES = {
    "Harbour Bridge closed after engineers find cracks",
    "Divers inspect the bridge piers as the closure enters its second day",
}
# Made at test time: too big to commit.
HUGE = "huge_5mb.txt"


@dataclass(frozen=True)
class Case:
    """What the build must say about one fixture: a message fragment and the line, if any."""

    message: str | None  # None: nothing to say, the file is published safely as it is
    line: int | None = None
    level: str = "warning"  # an "error" stops the build: nothing is written


CASES: dict[str, Case] = {
    # Markup, script and template syntax from the content come out as text.
    "script_in_title.md": Case(None),
    "img_onerror_in_title.md": Case(None),
    "attribute_breakout_in_outlet_and_note.md": Case(None),
    "script_in_body.md": Case(None),
    "unclosed_script_tag.md": Case(None),
    "html_event_handlers_in_body.md": Case(None),
    "template_syntax_in_title.md": Case(None),
    "template_syntax_in_body.md": Case(None),
    "control_chars_in_title.md": Case(None),
    # A source address that is not http(s) is dropped, and the key's line named.
    "javascript_url.md": Case(
        "'url' \"javascript:alert('url')\" is not an http(s) address; dropped (give the page's https:// address)",
        3,
    ),
    "javascript_url_uppercase.md": Case(
        "'url' \"JAVASCRIPT:alert('URL')\" is not an http(s) address", 3
    ),
    "data_url.md": Case(
        "'url' 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' is not an http(s) address",
        3,
    ),
    "vbscript_based_on.md": Case(
        "'based_on' \"vbscript:msgbox('based_on')\" is not an http(s) address", 5
    ),
    "protocol_relative_url.md": Case("'url' '//evil.example/steal' is not an http(s) address", 3),
    "control_chars_in_url.md": Case(
        "'url' \"java script:alert('tab')\" is not an http(s) address", 3
    ),
    "entity_encoded_scheme_url.md": Case(
        "'url' \"&#106;avascript:alert('entity')\" is not an http(s) address", 3
    ),
    # A link in the text that is not http(s) or mailto stays text, and is named.
    "javascript_link_in_body.md": Case(
        "link to \"javascript:alert('link')\" is not an http(s) or mailto address; shown as plain text (fix or remove the link)"
    ),
    "data_url_in_body_link.md": Case(
        "link to 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' is not an http(s) or mailto address"
    ),
    "vbscript_link_uppercase_in_body.md": Case(
        "link to 'VBScript:MsgBox(1)' is not an http(s) or mailto address"
    ),
    "autolink_javascript_in_body.md": Case(
        "link to \"javascript:alert('autolink')\" is not an http(s) or mailto address"
    ),
    "entity_encoded_link_in_body.md": Case(
        "link to \"javascript:alert('entity')\" is not an http(s) or mailto address"
    ),
    "protocol_relative_link_in_body.md": Case(
        "link to '//evil.example/steal' is not an http(s) or mailto address"
    ),
    # The cleaner keeps "[1]: javascript:..." as a line of text, so no link exists to name.
    "reference_link_in_body.md": Case(None),
    "mailto_and_https_links_in_body.md": Case(None),
    # Names that try to escape the output folder, or to collide.
    "path_traversal_title.md": Case(None),
    "path_traversal_event.md": Case(
        "event '../../../tmp/evil' is not defined in briefing.toml; grouped by its text (use one of 'closure', 'reopening', or remove 'event:')",
        5,
    ),
    "windows_reserved_title_con.md": Case(None),
    "windows_reserved_title_lpt1.md": Case(None),
    "same_title_a.md": Case(None),
    "same_title_b.md": Case(None),
    "title_without_ascii.md": Case(None),
    "very_long_title.md": Case(None),
    # Broken files.
    "empty.md": Case("is empty; add the article text or delete the file", level="error"),
    "whitespace_only.md": Case("is empty; add the article text or delete the file", level="error"),
    "front_matter_only.md": Case("has front matter but no article text below it", 5, "error"),
    "unclosed_front_matter.md": Case(
        "front matter opened with '---' is never closed; add a '---' line after it", 1, "error"
    ),
    "malformed_yaml.md": Case("front matter is not valid YAML (", 3, "error"),  # "[" opens on 3
    "yaml_python_tag.md": Case(
        "front matter is not valid YAML (could not determine a constructor for the tag 'tag:yaml.org,2002:python/object/apply:os.system'); fix it",
        2,
        "error",
    ),
    "yaml_alias_bomb.md": Case("'title' must be text, not list; ignored", 7),
    "deeply_nested_yaml.md": Case(
        "front matter nests brackets over 100 deep; write plain 'key: value' lines", 2, "error"
    ),
    "raw_control_char_in_front_matter.md": Case(
        "front matter is not valid YAML (unacceptable character #x001b: control characters are not allowed); fix it",
        3,
        "error",
    ),
    "front_matter_is_a_list.md": Case("front matter must be 'key: value' lines; ignored", 2),
    "published_yesterday.md": Case("'published' 'yesterday' is not a date; write YYYY-MM-DD", 4),
    "published_impossible_date.md": Case(
        "'published' '2025-02-30' is a day that does not exist (February 2025 has 28 days); "
        "check the day",
        4,
    ),
    "title_is_a_list.md": Case("'title' must be text, not list; ignored", 2),
    "unknown_front_matter_key.md": Case("unknown front matter key 'tittle' ignored", 5),
    "unknown_event.md": Case(
        "event 'ferry-strike' is not defined in briefing.toml; grouped by its text",
        5,
    ),
    "not_english.md": Case("does not read as English: built, but digest reads keywords"),
    "mistyped_event.md": Case(
        "event 'closur' is not defined in briefing.toml; grouped by its text (did you mean 'closure'? or remove 'event:')",
        5,
    ),
    "invalid_utf8.txt": Case(
        "is not valid UTF-8; undecodable bytes were replaced with U+FFFD (re-save as UTF-8)", 3
    ),
    "utf16_bom.txt": Case(None),
    "utf32_bom.txt": Case(None),
    "utf16_without_bom.txt": Case(
        "is not text (it holds NUL bytes: a binary file, or UTF-16 saved without a byte-order mark); remove it or re-save it as UTF-8",
        level="error",
    ),
    "binary.txt": Case("is not text (it holds NUL bytes", level="error"),
    "cr_only_line_endings.txt": Case(None),
    HUGE: Case("MB, far longer than a news article; check that it holds one article"),
    HOSTILE_NAME: Case("no title found; add 'title:' to the front matter"),
}


def huge_article(size: int = 5_000_000) -> str:
    """About `size` characters of varied story paragraphs with boilerplate lines among them."""
    rng = random.Random(5)
    words = [
        "the",
        "harbour",
        "authority",
        "said",
        "on",
        "Tuesday",
        "that",
        "ferry",
        "sailings",
        "would",
        "change",
        "next",
        "month",
        "as",
        "engineers",
        "repaired",
        "cracks",
        "in",
        "the",
        "bridge",
        "cables",
        "while",
        "commuters",
        "faced",
        "delays",
        "officials",
        "council",
        "mayor",
        "budget",
        "timetable",
        "pier",
    ]
    boilerplate = [
        "Advertisement",
        "Share on Facebook",
        "Sign up for our newsletter",
        "Related Articles",
    ]
    parts = [
        "---\ntitle: A five-megabyte article\nurl: https://news.example/huge\npublished: 2025-03-12\n---\n"
    ]
    size_so_far = 0
    while size_so_far < size:
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(12, 40)))
        paragraph = sentence.capitalize() + ", officials said."
        if rng.random() < 0.02:
            paragraph = rng.choice(boilerplate)
        parts.append(paragraph)
        size_so_far += len(paragraph) + 2
    return "\n\n".join(parts) + "\n"


@dataclass(frozen=True)
class Built:
    root: Path
    site: Path
    failed: subprocess.CompletedProcess[str]  # the build with every fixture: it fails
    wrote_on_failure: bool  # whether that build wrote the output folder
    result: subprocess.CompletedProcess[str]  # the build once the errors are taken out
    seconds: float

    @property
    def messages(self) -> list[str]:
        return self.failed.stderr.splitlines()

    def about(self, name: str) -> list[str]:
        shown = f"content/articles/{name}"
        return [m for m in self.messages if m.split(": ", 1)[-1].startswith(shown + ":")]

    @property
    def briefing(self) -> dict:
        return json.loads((self.site / "briefing.json").read_text(encoding="utf-8"))

    def article(self, name: str) -> dict:
        (found,) = [a for a in self.briefing["articles"] if a["file"] == f"articles/{name}"]
        return found

    def page(self, name: str) -> str:
        return (self.site / self.article(name)["path"]).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The hostile fixtures beside two good articles, built with the command line as a user
    would: all of them, which fails on the errors, then without the files that are errors."""
    root = tmp_path_factory.mktemp("hostile")
    content = write_content(root, HOSTILE_CONFIG)
    (content / "articles" / HUGE).write_text(huge_article(), encoding="utf-8")
    started = time.perf_counter()
    failed = run_build(root, "--content", "content", "--output", "site")
    seconds = time.perf_counter() - started
    wrote = (root / "site").exists()
    for name in HOSTILE_ERRORS:
        (content / "articles" / name).unlink()
    result = run_build(root, "--content", "content", "--output", "site")
    return Built(root, root / "site", failed, wrote, result, seconds)


def test_every_case_has_a_fixture_and_there_are_at_least_thirty() -> None:
    committed = {path.name for path in HOSTILE_FIXTURES.iterdir()}
    assert committed == set(CASES) - {HUGE, HOSTILE_NAME}
    assert len(CASES) >= 30
    assert {name for name, case in CASES.items() if case.level == "error"} == HOSTILE_ERRORS


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_bad_file_is_named_with_its_problem(hostile: Built, name: str) -> None:
    case = CASES[name]
    said = hostile.about(name)
    if case.message is None:
        assert said == [], f"{name} is fine as it is, yet the build said: {said}"
    else:
        where = f"content/articles/{name}" + (f":{case.line}" if case.line else "")
        expected = [m for m in said if m.startswith(f"{case.level}: {where}: ")]
        assert any(case.message in m for m in expected), f"expected {case.message!r}, got {said}"
    files = {article["file"] for article in hostile.briefing["articles"]}
    assert (f"articles/{name}" in files) == (case.level != "error")


def test_errors_fail_the_build_with_every_problem_and_write_nothing(hostile: Built) -> None:
    failed = hostile.failed
    assert failed.returncode == 1 and "Traceback" not in failed.stderr
    assert not hostile.wrote_on_failure and failed.stdout == ""
    errors = sum(line.startswith("error: content/") for line in hostile.messages)
    assert errors == len(HOSTILE_ERRORS)
    assert hostile.messages[-1] == (
        f"error: {errors} errors above; nothing was written, the last site stays as it was"
    )


def test_without_the_errors_the_rest_builds_with_a_summary(hostile: Built) -> None:
    assert hostile.result.returncode == 0, hostile.result.stderr
    assert "Traceback" not in hostile.result.stderr
    assert re.match(r"Built \d+ articles in \d+ events", hostile.result.stdout)
    warnings = hostile.result.stderr.count("\nwarning: ") + hostile.result.stderr.startswith(
        "warning: "
    )
    assert hostile.result.stdout.splitlines()[0].endswith(f"; {warnings} warnings above")


def test_a_5mb_article_is_handled_not_hung(hostile: Built) -> None:
    # Wall time, generous for a loaded machine; run_build's timeout is the hard limit.
    assert hostile.seconds < 240, f"the hostile build took {hostile.seconds:.0f} s"
    huge = hostile.article(HUGE)
    assert huge["title"] == "A five-megabyte article" and len(huge["text"]) > 4_000_000
    assert huge["keywords"] and huge["lead"].endswith("officials said.")


def test_the_good_articles_are_published_whole(hostile: Built) -> None:
    published = {a["title"]: a for a in hostile.briefing["articles"]}
    assert set(published) >= GOOD_TITLES
    closure = published["Harbour Bridge closed after engineers find cracks"]
    assert closure["event"] == "closure"
    assert "cracks in two of its main cables" in closure["text"]
    assert "Advertisement" not in closure["text"]


class _Tags(HTMLParser):
    """Every start tag of a page with its attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {name: value or "" for name, value in attrs}))


_OWN_SCRIPT = re.compile(r"(?:\.\./)*(?:static/search\.js|search-index\.js)")
_URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "srcset", "data", "poster"}
_ALLOWED_SCHEME = re.compile(r"(?i)^(?:https?:|mailto:|[^:]*$)")  # a relative path has no scheme


def test_no_page_can_run_anything_from_the_content(hostile: Built) -> None:
    pages = sorted(hostile.site.rglob("*.html"))
    assert len(pages) > 50
    for path in pages:
        html = path.read_text(encoding="utf-8")
        parser = _Tags()
        parser.feed(html)
        for tag, attrs in parser.tags:
            where = f"{path.relative_to(hostile.site)}: <{tag} {attrs}>"
            assert tag not in {"iframe", "frame", "object", "embed", "applet", "img", "base"}, where
            if tag == "script":
                assert _OWN_SCRIPT.fullmatch(attrs.get("src", "")), where
            assert not [name for name in attrs if name.startswith("on")], where
            for name in _URL_ATTRIBUTES & set(attrs):
                # Browsers ignore control characters and spaces around a scheme; so does this.
                url = re.sub(r"[\x00-\x20]", "", attrs[name])
                assert _ALLOWED_SCHEME.match(url), where
        # Inline script, in any spelling, only as escaped text.
        assert len(re.findall(r"(?i)<script", html)) == html.count('<script src="'), path


def test_markup_from_every_field_comes_out_as_text(hostile: Built) -> None:
    page = hostile.page("script_in_title.md")
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Ferry timetable changes" in page
    assert "&lt;img src=x onerror=alert(&#39;img&#39;)&gt;" in hostile.page(
        "img_onerror_in_title.md"
    )
    outlet = hostile.page("attribute_breakout_in_outlet_and_note.md")
    assert "&#34;&gt;&lt;svg onload=alert(&#34;outlet&#34;)&gt;" in outlet
    assert (
        "&lt;script&gt;alert(&#39;config&#39;)&lt;/script&gt;"
        in (hostile.site / "index.html").read_text()
    )
    body = hostile.page("html_event_handlers_in_body.md")
    assert "&lt;img src=x onerror=alert('onerror')&gt;" in body  # kept in its sentence, as text


def test_template_syntax_comes_out_literally(hostile: Built) -> None:
    title_page = hostile.page("template_syntax_in_title.md")
    assert (
        "{{ 7*7 }} sailings {% for x in range(3) %}{{ x }}{% endfor %} {{ config }}" in title_page
    )
    body_page = hostile.page("template_syntax_in_body.md")
    assert "read {{ 7*7 }} and {% raw %}{{ page }}{% endraw %} in full." in body_page
    assert "{{ self.__init__.__globals__ }}" in body_page  # removed as code, listed verbatim
    index = (hostile.site / "index.html").read_text()
    assert "The {{ 7*7 }} harbour briefing" in index and "49" not in index


def test_unsafe_links_are_text_and_safe_ones_stay_links(hostile: Built) -> None:
    for name in ("javascript_link_in_body.md", "autolink_javascript_in_body.md"):
        page = hostile.page(name)
        assert "javascript:alert" in page and 'href="javascript' not in page
    safe = hostile.page("mailto_and_https_links_in_body.md")
    assert 'href="mailto:desk@news.example"' in safe
    assert 'href="https://harbour.example/timetable"' in safe
    for name in ("javascript_url.md", "protocol_relative_url.md", "data_url.md"):
        assert hostile.article(name)["url"] is None
        assert "Source address not recorded" in hostile.page(name)


def test_slugs_stay_inside_the_output_folder_and_never_collide(hostile: Built) -> None:
    articles = hostile.briefing["articles"]
    paths = [a["path"] for a in articles]
    assert len(set(paths)) == len(paths)
    assert hostile.article("path_traversal_title.md")["path"] == "articles/etc-passwd.html"
    assert hostile.article("windows_reserved_title_con.md")["path"] == "articles/con-article.html"
    assert hostile.article("windows_reserved_title_lpt1.md")["path"] == "articles/lpt1-article.html"
    same = {hostile.article(f"same_title_{x}.md")["path"] for x in "ab"}
    assert len(same) == 2 and all(
        p.startswith("articles/ferry-timetable-changes-next-month") for p in same
    )
    assert len(hostile.article("very_long_title.md")["id"]) <= 60
    for path in hostile.site.rglob("*"):
        relative = path.relative_to(hostile.site)
        assert path.resolve().is_relative_to(hostile.site.resolve())
        for part in relative.parts:
            assert re.fullmatch(r"[a-z0-9][a-z0-9._-]*|\.digest-site|\.nojekyll", part), relative
            assert part.split(".")[0] not in WINDOWS_RESERVED, relative
    # Nothing was written beside the content and the site but the cache, and nothing ran.
    assert sorted(p.name for p in hostile.root.iterdir()) == [".cache", "content", "site"]
    assert not list(hostile.root.rglob("digest-pwned"))


def test_text_fields_are_decoded_and_cleaned_of_control_characters(hostile: Built) -> None:
    for name, title in [
        ("utf16_bom.txt", "Ferry timetable: saved as UTF-16 with a BOM"),
        ("utf32_bom.txt", "Ferry timetable: saved as UTF-32 with a BOM"),
        ("cr_only_line_endings.txt", "Ferry timetable: old Mac line endings"),
        ("control_chars_in_title.md", "Ferry [31m timetable changes"),
    ]:
        assert hostile.article(name)["title"] == title
    assert "caf\ufffd on the pier" in hostile.article("invalid_utf8.txt")["text"]


UNSAFE_URLS = [
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    " javascript:alert(1)",
    "\tjavascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "java\x00script:alert(1)",
    "\x01javascript:alert(1)",
    "javascript\u00a0:alert(1)",
    "\uff4aavascript:alert(1)",  # a fullwidth "j"
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "javascript&colon;alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "//evil.example/x",
    "\\\\evil.example\\x",
    "/\\evil.example",
    "file:///etc/passwd",
    "about:blank",
    "",
]


@pytest.mark.parametrize("url", UNSAFE_URLS)
def test_unsafe_addresses_are_refused_as_source_and_as_link(url: str) -> None:
    assert not is_safe_url(url) and not is_allowed_link(url)


@pytest.mark.parametrize(
    "url", ["https://x.example/a?b=c#d", "HTTP://X.EXAMPLE/", "http://x.example"]
)
def test_web_addresses_are_accepted_as_source_and_as_link(url: str) -> None:
    assert is_safe_url(url) and is_allowed_link(url)


@pytest.mark.parametrize(
    "link",
    [
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x]( javascript:alert(1) )",
        "[x](<javascript:alert(1)>)",
        "[x](javascript&#58;alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;avascript:alert(1))",
        "[x](java%0ascript:alert(1))",
        "[x](//evil.example/x)",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "[x](vbscript:msgbox(1))",
        "![x](javascript:alert(1))",
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "[x][r]\n\n[r]: javascript:alert(1)",
    ],
)
def test_a_refused_link_in_the_text_is_plain_text_and_named(link: str) -> None:
    text = f"On Monday the minister said {link}"
    assert "<a " not in make_markdown().render(text)
    assert refused_links(text)


def test_safe_links_in_the_text_are_links_and_not_named() -> None:
    text = "See [the desk](mailto:desk@x.example), [the report](https://x.example/r) and <https://x.example>."
    assert make_markdown().render(text).count("<a ") == 3
    assert refused_links(text) == []


def test_front_matter_nested_deep_enough_to_crash_libyaml_is_refused() -> None:
    # 100,000 levels crash the interpreter inside libyaml; the guard must answer before it.
    raw = "title: " + "[" * 100_000 + "]" * 100_000 + "\n"
    meta, (problem,) = parse_front_matter(raw, "deep.md")
    assert meta.title == "" and problem.level == "error" and "nests brackets" in problem.message


def test_a_5mb_text_is_cleaned_summarised_and_keyworded_in_seconds() -> None:
    # CPU time, not wall time, so that a busy machine does not fail it. Linear work takes some
    # seconds here; anything quadratic in lines or characters would take hours.
    body = huge_article().split("---\n", 2)[2]
    timings = {}
    started = time.process_time()
    cleaned = clean(body, "A five-megabyte article")
    timings["clean"] = time.process_time() - started
    started = time.process_time()
    assert lead(cleaned.text)
    timings["lead"] = time.process_time() - started
    started = time.process_time()
    assert extract_keywords("A five-megabyte article", cleaned.text)
    timings["keywords"] = time.process_time() - started
    assert sum(timings.values()) < 60, timings


# -- briefing.toml --------------------------------------------------------------------------
CONFIG_CASES = {
    "syntax_error": (
        SMALL_CONFIG.replace('[[events]]\nid = "reopening"', '[[events]\nid = "reopening"'),
        "error: content/briefing.toml:10: TOML syntax error",
    ),
    "duplicate_event_id": (
        SMALL_CONFIG.replace('id = "reopening"', 'id = "closure"'),
        "events[2]: duplicate event id 'closure'; each event needs its own id",
    ),
    "bad_date": (
        SMALL_CONFIG.replace("date = 2025-03-10", 'date = "10 March"'),
        "events[1].date is '10 March'; write a TOML date without quotes, e.g. date = 2026-01-05",
    ),
    "impossible_date": (
        SMALL_CONFIG.replace("date = 2025-03-10", "date = 2025-02-30"),
        "error: content/briefing.toml:7: TOML syntax error",
    ),
    "protocol_relative_base_url": (
        SMALL_CONFIG.replace('description = "', 'base_url = "//evil.example/"\ndescription = "'),
        "'base_url' '//evil.example/' must be a path starting with one '/' or an http(s) URL",
    ),
    "windows_reserved_event_id": (
        SMALL_CONFIG.replace('id = "reopening"', 'id = "con"'),
        "events[2].id 'con' is a file name Windows refuses (events/con.html); choose another id",
    ),
    "not_utf8": (
        SMALL_CONFIG.replace("Harbour", "H\udce4rbour"),
        "error: content/briefing.toml: is not UTF-8 text",
    ),
}


@pytest.mark.parametrize("case", sorted(CONFIG_CASES))
def test_a_broken_briefing_toml_fails_once_naming_the_file_and_key(
    tmp_path: Path, case: str
) -> None:
    text, message = CONFIG_CASES[case]
    content = write_content(tmp_path, hostile=False)
    (content / "briefing.toml").write_bytes(text.encode("utf-8", "surrogateescape"))
    result = run_build(tmp_path, "--content", "content", "--output", "site")
    assert result.returncode == 1
    assert message in result.stderr and "content/briefing.toml" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "site").exists()  # nothing half-built was published


def test_an_unknown_key_warns_and_strict_makes_warnings_fail(tmp_path: Path) -> None:
    content = write_content(tmp_path, hostile=False)
    config = SMALL_CONFIG.replace('description = "', 'theme = "dark"\ndescription = "')
    (content / "briefing.toml").write_text(config, encoding="utf-8")
    strict = run_build(tmp_path, "--content", "content", "--output", "site", "--strict")
    assert strict.returncode == 1 and "unknown key 'theme' ignored" in strict.stderr
    assert "error: 1 warning, and --strict fails the build; nothing was written" in strict.stderr
    assert not (tmp_path / "site").exists()  # a failed build publishes nothing
    relaxed = run_build(tmp_path, "--content", "content", "--output", "site")
    assert relaxed.returncode == 0
    assert "warning: content/briefing.toml: unknown key 'theme' ignored" in relaxed.stderr


def test_a_clean_briefing_passes_strict(tmp_path: Path) -> None:
    write_content(tmp_path, hostile=False)
    result = run_build(tmp_path, "--content", "content", "--output", "site", "--strict")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


# -- Templates, and a failing build -------------------------------------------------------------
def broken_templates(
    root: Path, line: str, name: str = "article.html", after: str = "{% block main %}"
) -> int:
    """Copy the project's templates, add `line` to template `name` after the line holding
    `after` (the article page's main block); the number of the line added."""
    templates = root / "templates"
    shutil.copytree(default_templates(), templates)
    template = templates / name
    lines = template.read_text(encoding="utf-8").splitlines(keepends=True)
    number = 1 + next(i for i, text in enumerate(lines) if after in text) + 1
    lines.insert(number - 1, line + "\n")
    template.write_text("".join(lines), encoding="utf-8")
    return number


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{% if %}", "template syntax error: Expected an expression"),
        ("{{ page.no_such_field.title }}", "template error: "),
        ("{% include 'missing.html' %}", "missing.html"),
        # Past the first piece of the page (pages are rendered in pieces of 4,096 strings).
        (
            "{% for i in range(5000) %}{{ i }}{% endfor %}{{ page.no_such_field.title }}",
            "template error: ",
        ),
    ],
    ids=["syntax", "undefined", "missing-include", "undefined-after-a-long-start"],
)
def test_a_template_error_fails_naming_the_template_and_line_and_keeps_the_old_site(
    tmp_path: Path, line: str, message: str
) -> None:
    write_content(tmp_path, hostile=False)
    first = run_build(tmp_path, "--content", "content", "--output", "site")
    assert first.returncode == 0, first.stderr
    before = snapshot(tmp_path / "site")
    number = broken_templates(tmp_path, line)
    result = run_build(
        tmp_path, "--content", "content", "--output", "site", "--templates", "templates"
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    (said,) = [m for m in result.stderr.splitlines() if m.startswith("error: ")]
    assert re.match(rf"error: (?:.*/)?article\.html:{number}: ", said), said
    assert message in said
    assert snapshot(tmp_path / "site") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".cache", "content", "site", "templates"]


def test_a_broken_card_macro_fails_naming_its_template_and_line_and_keeps_the_old_site(
    tmp_path: Path,
) -> None:
    # Every page that lists articles shows each with this macro, called once per folder.
    write_content(tmp_path, hostile=False)
    assert run_build(tmp_path, "--content", "content", "--output", "site").returncode == 0
    before = snapshot(tmp_path / "site")
    line = "{{ article.no_such_field.title }}"
    number = broken_templates(tmp_path, line, "_macros.html", "{% macro article_card(")
    result = run_build(
        tmp_path, "--content", "content", "--output", "site", "--templates", "templates"
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    (said,) = [m for m in result.stderr.splitlines() if m.startswith("error: ")]
    assert re.match(rf"error: (?:.*/)?_macros\.html:{number}: template error: ", said), said
    assert snapshot(tmp_path / "site") == before


def test_templates_without_the_card_macro_fail_saying_so(tmp_path: Path) -> None:
    write_content(tmp_path, hostile=False)
    templates = tmp_path / "templates"
    shutil.copytree(default_templates(), templates)
    macros = templates / "_macros.html"
    macros.write_text(macros.read_text().replace("macro article_card(", "macro card("))
    result = run_build(
        tmp_path, "--content", "content", "--output", "site", "--templates", "templates"
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert re.search(r"^error: (?:.*/)?_macros\.html: no macro 'article_card'", result.stderr, re.M)
    assert not (tmp_path / "site").exists()


def test_a_build_failing_on_its_config_leaves_the_previous_site_byte_identical(
    tmp_path: Path,
) -> None:
    content = write_content(tmp_path, hostile=False)
    assert run_build(tmp_path, "--content", "content", "--output", "site").returncode == 0
    before = snapshot(tmp_path / "site")
    (content / "briefing.toml").write_text("title = ", encoding="utf-8")
    result = run_build(tmp_path, "--content", "content", "--output", "site")
    assert result.returncode == 1 and "briefing.toml:1: TOML syntax error" in result.stderr
    assert snapshot(tmp_path / "site") == before


def test_a_build_failing_on_an_article_leaves_the_previous_site_byte_identical(
    tmp_path: Path,
) -> None:
    content = write_content(tmp_path, hostile=False)
    assert run_build(tmp_path, "--content", "content", "--output", "site").returncode == 0
    before = snapshot(tmp_path / "site")
    (content / "articles" / "lost.md").write_text(
        "---\ntitle: Ferry fares rise\nurl: https://news.example/fares\n\n"
        "Ferry fares rise by a tenth from May, the harbour authority said on Tuesday.\n",
        encoding="utf-8",
    )
    result = run_build(tmp_path, "--content", "content", "--output", "site")
    assert result.returncode == 1 and "content/articles/lost.md:1: front matter" in result.stderr
    assert "nothing was written, the last site stays as it was" in result.stderr
    assert snapshot(tmp_path / "site") == before


@pytest.mark.parametrize(
    "second",
    [
        "The harbour authority said on Tuesday that fares would rise.",
        "Update: this story was corrected on Tuesday to give the right fare.",
        "WASHINGTON: The harbour authority said on Tuesday that fares would rise.",
    ],
)
def test_a_text_opening_with_a_rule_and_prose_is_built_as_text_with_a_warning(
    second: str,
) -> None:
    text = f"---\n{second}\n\nFares rise by a tenth from May.\n"
    front, body, _, problems = split_front_matter(text, "a.md")
    assert (front, body) == ("", text)
    assert [(p.level, p.line) for p in problems] == [("warning", 1)]


# -- Refusing to delete --------------------------------------------------------------------------
REFUSED = {
    "content": "would replace",
    "templates": "would replace",
    "project": "would replace",
    "parent-of-project": "would replace",
    "content/articles": "not made by digest",
    "home": "is the file-system root or your home folder",
    "/": "is the file-system root or your home folder",
    "notes": "not made by digest",
}


@pytest.mark.parametrize("target", sorted(REFUSED))
def test_the_build_refuses_an_output_folder_holding_anything_but_a_built_site(
    tmp_path: Path, target: str
) -> None:
    project = tmp_path / "parent" / "project"
    project.mkdir(parents=True)
    (project / "pyproject.toml").write_text("[project]\nname = 'mine'\n")
    write_content(project, hostile=False)
    shutil.copytree(default_templates(), project / "templates")
    (project / "notes").mkdir()
    (project / "notes" / "mine.txt").write_text("mine")
    home = tmp_path / "home"
    home.mkdir()
    (home / "diary.txt").write_text("mine")
    output = {
        "project": str(project),
        "parent-of-project": str(project.parent),
        "home": str(home),
        "/": "/",
    }.get(target, target)
    before = {p: snapshot(p) for p in (project, home)}
    result = run_build(
        project,
        *["--content", "content", "--templates", "templates", "--output", output],
        env={"HOME": str(home)},
    )
    assert result.returncode == 1, result.stderr
    assert REFUSED[target] in result.stderr and "Traceback" not in result.stderr
    assert {p: snapshot(p) for p in (project, home)} == before
    assert not list(tmp_path.rglob(f"*{MARKER}"))


# -- Determinism ------------------------------------------------------------------------------
def test_two_builds_of_the_same_hostile_content_are_byte_identical(tmp_path: Path) -> None:
    content = write_content(tmp_path, HOSTILE_CONFIG, errors=False)
    build(Project(content, tmp_path / "first"))
    build(Project(content, tmp_path / "cached"))  # analyses and pages now come from the cache
    build(Project(content, tmp_path / "fresh"), BuildOptions(use_cache=False))
    first = snapshot(tmp_path / "first")
    assert len(first) > 50
    assert snapshot(tmp_path / "cached") == first
    assert snapshot(tmp_path / "fresh") == first
    build(Project(content, tmp_path / "first"))  # rebuilt in place
    assert snapshot(tmp_path / "first") == first
