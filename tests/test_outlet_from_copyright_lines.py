"""The outlet read from a page's copyright footer is the outlet's name as a reader knows it:
without the year, without the company's legal form, whether the name comes before or after
the sign; and a company that publishes the outlet is not taken for it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.build import BuildOptions, Project, build
from generator.content.infer import infer_outlet

STORY = (
    "The Wexmoor ferry terminal reopened on Tuesday after three weeks of repairs, and the first "
    "boat left on time, the harbour master told reporters on the quay."
)


def outlet(footer: str) -> str | None:
    found = infer_outlet(f"Ferry terminal reopens\n\n{STORY}\n\n{footer}\n")
    return found.value if found else None


@pytest.mark.parametrize(
    "footer",
    [
        "© Wexmoor Gazette 2025",  # the year after the name
        "Copyright Wexmoor Gazette 2024-2025. All rights reserved.",
        "© 2025 Wexmoor Gazette DAC",  # a legal form after the name
        "Copyright 2025 Wexmoor Gazette, LLC. All rights reserved.",
        "© 2025 Wexmoor Gazette Pty Ltd",
        "© Wexmoor Gazette S.A. 2025",
        "© 2025 Wexmoor Gazette Co., Ltd.",
        "Wexmoor Gazette © 2025 All rights reserved",  # the name before the sign
        "Wexmoor Gazette Copyright 2025",
        "Copyright © 2025 Wexmoor Gazette - All rights reserved",  # a dash before the notice
    ],
)
def test_a_copyright_line_gives_the_outlets_name_alone(footer: str) -> None:
    assert outlet(footer) == "Wexmoor Gazette"


@pytest.mark.parametrize(
    "footer",
    [
        "Tarnby News Agency © 2025 All rights reserved",
        "© Tarnby News Agency 2025",
        "Copyright © 2025 Tarnby News Agency - All rights reserved",
    ],
)
def test_an_agencys_own_page_names_the_agency(footer: str) -> None:
    assert outlet(footer) == "Tarnby News Agency"


@pytest.mark.parametrize(
    "footer",
    [
        "© 2025 Wexmoor Media DAC",  # a company in the media business publishes the outlet
        "© 2025 Wexmoor Gazette Holdings",
        "Jane Doe ©",  # a photographer's credit under a picture: no year, no notice
    ],
)
def test_a_publishing_company_or_a_credit_is_not_taken_for_the_outlet(footer: str) -> None:
    assert outlet(footer) is None


def test_the_built_briefing_names_the_outlet_from_its_footer(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    page = f"Ferry terminal reopens\n\n{STORY}\n\n© Wexmoor Gazette 2025\n"
    content = make_content({"ferry.txt": page})
    build(Project(content, tmp_path / "site"), BuildOptions(use_cache=False, jobs=1))
    exported = json.loads((tmp_path / "site" / "briefing.json").read_text(encoding="utf-8"))
    ferry = next(a for a in exported["articles"] if a["file"] == "articles/ferry.txt")
    assert ferry["outlet"] == "Wexmoor Gazette"
    assert ferry["inferred"]["outlet"] == "from the copyright line ‘© Wexmoor Gazette 2025’"
