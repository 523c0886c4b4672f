"""Collecting articles into a briefing (`digest add`): pages from the web or saved from a browser.

The web libraries are imported only when `add` runs, so `--help` and a build never load them.
"""

from __future__ import annotations

import importlib

from generator.errors import DigestError

# The `web` extra: what `digest add` needs beyond digest's own dependencies.
WEB_PACKAGES = ("httpx", "trafilatura", "htmldate")
INSTALL_HINT = "pip install 'digest[web]'"


class CollectFailed(DigestError):
    """One page or file could not be added; the message says why, for the user."""


class AddRefused(DigestError):
    """`digest add` cannot run as asked (an unknown --event); nothing was downloaded."""


def missing_packages() -> list[str]:
    """The packages of the `web` extra that cannot be imported."""
    missing = []
    for name in WEB_PACKAGES:
        try:
            importlib.import_module(name)
        except ImportError:
            missing.append(name)
    return missing
