"""The exceptions digest raises for problems a user can fix."""

from __future__ import annotations


class DigestError(Exception):
    """A problem with the user's content, templates or command, with a message for them."""

    def __init__(self, message: str, file: str | None = None, line: int | None = None):
        self.message = message
        self.file = file
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.file and self.line:
            return f"{self.file}:{self.line}: {self.message}"
        if self.file:
            return f"{self.file}: {self.message}"
        return self.message


class ConfigError(DigestError):
    """briefing.toml is missing, malformed or invalid."""


class TemplateProblem(DigestError):
    """A template failed to load or render."""


class UnsafeOutputError(DigestError):
    """The output folder is somewhere digest must never delete."""
