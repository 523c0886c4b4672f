"""A check against the copies of a report named after an outlet reads as English: "the other
copies of The Lantern Gazette report", never "the The Lantern Gazette report"."""

from __future__ import annotations

from generator.briefing.provenance import checked_against
from generator.models import Origin, Provenance
from tests.conftest import article


def test_copies_of_an_outlet_s_report_are_named_without_a_doubled_the() -> None:
    origin = Origin("The Lantern Gazette", "credit line 'The story continues at ...'", "b")
    copies = {
        name: article(id=name, outlet=f"Outlet {name}", provenance=Provenance("a", origin=origin))
        for name in "abc"
    }
    against = checked_against(copies["a"], "c", copies)
    assert against == "the other copies of The Lantern Gazette report"
