"""How pages word what copies of one report were checked against: a copy of a wire report is
no rewrite of another copy, so a quotation only it carries is not "not in the original"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from generator.build import Project, build

REPORT = (
    "Dock workers at the port walked out on Monday, halting the loading of container ships for "
    "the first time in a decade as talks over pay broke down.\n\n"
    "The strike began at dawn and union leaders said it would last at least two days unless the "
    "port operators returned to the table with a better offer on wages and shift patterns.\n\n"
    "Shipping lines warned of delays across northern Europe, and several vessels were diverted "
    "to other ports while the terminals stood idle through the morning.\n\n"
    "The port authority said it regretted the walkout and hoped both sides would meet again soon."
)
INTERVIEW = (
    "“The ships will come back once the port is calm again,” said Piet Jansen, a harbour pilot "
    "who spoke to this newspaper on the quay."
)


def page(outlet: str, title: str, body: str) -> str:
    host = outlet.lower().replace(" ", "")
    return (
        f'---\ntitle: "{title}"\nurl: "https://{host}.example/strike"\noutlet: "{outlet}"\n'
        f"published: 2026-03-02\n---\n{body}\n\n(PTI)\n"
    )


def _build_wire_and_copy_with_interview(make_content: Callable[..., Path], tmp_path: Path) -> None:
    """A wire report on one site, and on another with an interview of its own inside it."""
    first, rest = REPORT.split("\n\n", 1)
    content = make_content(
        {
            "wire.md": page("Harbour Times", "Dock workers walk out", REPORT),
            "own.md": page(
                "Quay Post", "Pilot: ships will return", f"{first}\n\n{INTERVIEW}\n\n{rest}"
            ),
        },
        config='title = "Port strike"\n',
    )
    build(Project(content, tmp_path / "site"))


def test_a_copy_with_an_interview_of_its_own_is_not_called_a_rewrite(
    make_content, tmp_path: Path
) -> None:
    _build_wire_and_copy_with_interview(make_content, tmp_path)
    pages = "".join(
        path.read_text(encoding="utf-8") for path in (tmp_path / "site" / "articles").glob("*.html")
    )
    assert "1 quote not found in the other copies" in pages
    assert "not in the original</span>" not in pages  # the badge on its card


def test_the_event_page_says_what_a_copy_was_checked_against_and_shows_its_own_headline(
    make_content, tmp_path: Path
) -> None:
    _build_wire_and_copy_with_interview(make_content, tmp_path)
    (event,) = (tmp_path / "site" / "events").glob("*.html")
    html = event.read_text(encoding="utf-8")
    assert "not in the other copies of the PTI report (checked against Harbour Times)" in html
    assert "not in the original report" not in html
    assert "Quay Post, as “Pilot: ships will return”" in html  # its headline, not only its name
    assert "origin: PTI, credit line &#39;(PTI)&#39; in Harbour Times" in html
