"""Errors that carry a message fit to show a branch secretary (Simplified Chinese)."""

from __future__ import annotations


class DomainError(Exception):
    """Base for every error the user should read. ``str(err)`` is the Chinese message."""


class ValidationError(DomainError):
    """Input that breaks a rule. ``problems`` lists each problem (field, message)."""

    def __init__(self, message: str, problems: list[tuple[str, str]] | None = None):
        self.problems = problems or []
        if self.problems and not message:
            message = "；".join(m for _, m in self.problems)
        super().__init__(message)


class NotFoundError(DomainError):
    pass


class ReadOnlyError(DomainError):
    """The store (or record) may not be written: another instance, a locked record, an HQ copy."""
