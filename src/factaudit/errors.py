"""The one exception family of factaudit, each with a short, stable reason code."""

from __future__ import annotations


class FactauditError(Exception):
    """Base of every error factaudit reports to a user; the CLI shows it and exits 2."""

    reason = "error"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path

    def __str__(self) -> str:
        message = super().__str__()
        return f"{self.path}: {message}" if self.path else message


class InputError(FactauditError):
    """A source file or folder that cannot be read or makes no sense."""

    reason = "bad_input"


class UsageError(FactauditError):
    """Options or configuration that contradict each other or name nothing."""

    reason = "bad_usage"
