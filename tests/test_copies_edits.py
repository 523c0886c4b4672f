"""Copy detection after an edit in one process (watch mode): only the edited text is read
again, not its whole site (briefing/copies/own_texts.py)."""

from __future__ import annotations

import dataclasses

import pytest

from generator.briefing.copies import copy_groups, forget, own_texts
from tests.test_copies import SIX, source


def test_an_edit_unquotes_only_the_edited_text_of_its_site_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sources = [source(name, site) for name, site in SIX]
    forget()
    first = copy_groups(sources)
    unquoted = []
    real = own_texts._unquoted
    monkeypatch.setattr(own_texts, "_unquoted", lambda text: unquoted.append(text) or real(text))
    # The third text of harbourherald.example (three articles: a template is looked for).
    edited = dataclasses.replace(sources[5], text=sources[5].text + "\n\nA late line was added.")
    again = copy_groups([*sources[:5], edited])
    assert len(unquoted) == 1 and unquoted[0].endswith("A late line was added."), [
        t[:40] for t in unquoted
    ]
    forget()
    monkeypatch.setattr(own_texts, "_unquoted", real)
    assert again == copy_groups([*sources[:5], edited])  # what measuring afresh finds
    assert first == copy_groups(sources)
