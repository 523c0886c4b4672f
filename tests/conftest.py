"""Shared fixtures: small scratch briefings written inline, layered config → articles → site."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"

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
