"""What the site stage hands to the output stage: each file as bytes, or made only if needed.

A page is fingerprinted by what it is made from (see fingerprints.py); the writer makes it
only when the fingerprint differs from the one the previous build recorded. A big file comes
in chunks, some of them keyed Parts that the writer copies from the previous version of the
file instead of making them again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class Part:
    """A piece of a file whose bytes its key decides: copied from the file's previous version
    if that held a part with the same key, else made."""

    key: str
    make: Callable[[], bytes]


def joined(chunks: Iterable[bytes | Part]) -> bytes:
    """The whole of a file given in chunks, every Part made."""
    return b"".join(chunk.make() if isinstance(chunk, Part) else chunk for chunk in chunks)


@runtime_checkable
class PendingPage(Protocol):
    """A file not made yet, with a fingerprint of everything its bytes depend on.

    It renders to bytes, or to chunks (bytes, or Parts) written as they come, so that a large
    file (briefing.json, the search index) is never whole in memory.
    """

    def fingerprint(self) -> str: ...

    def render(self) -> bytes | Iterable[bytes | Part]: ...


@dataclass(frozen=True)
class PendingFile:
    """The PendingPage the site stage makes: a fingerprint, and how to make the file."""

    described: str  # the fingerprint
    make: Callable[[], bytes | Iterable[bytes | Part]] = field(repr=False, compare=False)

    def fingerprint(self) -> str:
        return self.described

    def render(self) -> bytes | Iterable[bytes | Part]:
        return self.make()

    def whole(self) -> bytes:
        made = self.make()
        return made if isinstance(made, bytes) else joined(made)


# A site file as given to write_site(): its bytes, or a file made only if it changed.
File = bytes | PendingPage
